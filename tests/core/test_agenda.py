"""The agenda: times of day, sessions and their rules, the projection of the day, the timer.

Every clock reading is an explicit datetime; nothing here reads the real clock.
Times in the projection are minutes after midnight (09:00 is 540).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plan_files import committed
from planner_gui.core.agenda import SESSIONS, day_end, elapsed_minutes, format_time, parse_time, project
from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import InvalidEdit
from planner_gui.core.events import Action, Event, SessionEvent
from planner_gui.core.model_review import AgendaSession
from planner_gui.core.sample import sample_data

DAY = datetime(2014, 3, 10)


def at(hhmm: str, seconds: int = 0) -> datetime:
    """That time of day on the retreat's first day."""
    return DAY + timedelta(minutes=parse_time(hhmm), seconds=seconds)


# --------------------------------------------------------------- times of day


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("09:30", 570), ("9:30", 570), ("00:00", 0), ("23:59", 1439), (" 14:00 ", 840), ("07:05", 425)],
)
def test_parse_time_reads_hours_and_minutes(text: str, minutes: int) -> None:
    assert parse_time(text) == minutes


@pytest.mark.parametrize("text", ["24:00", "9.30", "0930", "", "noon", "12:60", "-1:00", "9:5", "09:30 am"])
def test_parse_time_refuses_what_is_not_a_time_of_day_and_says_how_to_write_one(text: str) -> None:
    with pytest.raises(InvalidEdit) as caught:
        parse_time(text)
    assert str(caught.value) == f"“{text}” is not a time of day; write it like 09:30 or 14:00."


@pytest.mark.parametrize(
    ("minutes", "text"),
    [
        (0, "00:00"),
        (570, "09:30"),
        (1439, "23:59"),
        (1440, "00:00"),
        (1530, "01:30"),
        (569.6, "09:30"),
        (90.4, "01:30"),
    ],
)
def test_format_time_writes_hh_mm_rounding_to_the_minute_and_wrapping_at_midnight(minutes: float, text: str) -> None:
    assert format_time(minutes) == text


@given(st.integers(min_value=0, max_value=24 * 60 - 1))
def test_format_time_and_parse_time_are_inverses_over_the_day(minutes: int) -> None:
    assert parse_time(format_time(minutes)) == minutes


# ------------------------------------------------------------------ sessions


@pytest.fixture
def doc(tmp_path: Path) -> Iterator[PlanDocument]:
    document = PlanDocument.create(tmp_path / "agenda.retreat")
    yield document
    document.close()


def add(doc: PlanDocument, title: str, start: str, minutes: int, day: int = 1) -> int:
    return doc.lists.insert_row(SESSIONS, {"title": title, "start": start, "minutes": minutes, "day": day})


def test_a_session_start_is_stored_as_hh_mm(doc: PlanDocument) -> None:
    sid = add(doc, "Welcome", "9:05", 25)
    assert committed(doc.path, "SELECT start, minutes, day FROM agenda_session WHERE id = ?", (sid,)) == [
        ("09:05", 25, 1)
    ]
    doc.lists.update_row(SESSIONS, sid, start=" 14:00")
    assert doc.lists.row(SESSIONS, sid).start == "14:00"


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"minutes": 0}, "A session lasts between 1 minute and 24 hours"),
        ({"minutes": -30}, "A session lasts between 1 minute and 24 hours"),
        ({"minutes": 24 * 60 + 1}, "A session lasts between 1 minute and 24 hours"),
        ({"day": 0}, "A retreat day is numbered from 1 to 14"),
        ({"day": 15}, "A retreat day is numbered from 1 to 14"),
        ({"step": "lunch"}, "“lunch” is not a step of the retreat"),
        ({"start": "25:00"}, "“25:00” is not a time of day"),
    ],
)
def test_a_session_breaking_a_rule_is_refused_on_add_and_on_edit(
    doc: PlanDocument, values: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidEdit, match=message):
        doc.lists.insert_row(SESSIONS, {"title": "Refused", **values})
    assert committed(doc.path, "SELECT count(*) FROM agenda_session") == [(0,)]

    sid = add(doc, "Kept", "09:00", 60)
    before = committed(doc.path, "SELECT * FROM agenda_session")
    heard: list[Event] = []
    doc.events.subscribe(heard.append)
    with pytest.raises(InvalidEdit, match=message):
        doc.lists.update_row(SESSIONS, sid, title="Should not stick", **values)
    assert committed(doc.path, "SELECT * FROM agenda_session") == before
    assert doc.lists.row(SESSIONS, sid).title == "Kept"
    assert heard == []


@pytest.mark.parametrize(("minutes", "day"), [(1, 1), (24 * 60, 14)])
def test_the_limits_of_a_session_are_allowed(doc: PlanDocument, minutes: int, day: int) -> None:
    sid = doc.lists.insert_row(SESSIONS, {"minutes": minutes, "day": day, "step": "export"})
    assert committed(doc.path, "SELECT minutes, day, step FROM agenda_session WHERE id = ?", (sid,)) == [
        (minutes, day, "export")
    ]


@pytest.mark.parametrize("values", [{"minutes": "ninety"}, {"day": "second"}])
def test_a_session_length_or_day_that_is_not_a_number_is_refused_with_a_message(
    doc: PlanDocument, values: dict[str, Any]
) -> None:
    with pytest.raises(InvalidEdit):
        doc.lists.insert_row(SESSIONS, values)


# --------------------------------------------------------------- projection


def session(
    sid: int,
    start: str,
    minutes: int,
    *,
    day: int = 1,
    elapsed: int = 0,
    running_since: datetime | None = None,
    finished: bool = False,
) -> AgendaSession:
    """A session not in any plan (``project`` is pure); its position follows its id."""
    return AgendaSession(
        id=sid,
        position=sid,
        day=day,
        start=start,
        minutes=minutes,
        title=f"S{sid}",
        step="plan",
        elapsed_seconds=elapsed,
        running_since=running_since,
        finished=finished,
    )


def spans(timings: list) -> list[tuple[int, float, float]]:
    return [(t.session_id, t.projected_start, t.projected_end) for t in timings]


def test_sessions_follow_one_another_and_a_clash_is_pushed_back() -> None:
    sessions = [session(1, "09:00", 30), session(2, "09:30", 60), session(3, "10:00", 45)]  # 3 clashes with 2
    timings = project(sessions, at("08:00"))
    assert spans(timings) == [(1, 540, 570), (2, 570, 630), (3, 630, 675)]
    assert [(t.planned_start, t.planned_end) for t in timings] == [(540, 570), (570, 630), (600, 645)]
    assert [t.overrun for t in timings] == [0, 0, 30]
    assert day_end(timings, 1) == (645, 675)


def test_a_session_never_starts_before_its_planned_time() -> None:
    sessions = [session(1, "09:00", 30), session(2, "10:00", 60)]  # a break from 09:30 to 10:00
    assert spans(project(sessions, at("08:00"))) == [(1, 540, 570), (2, 600, 660)]


def test_the_projection_orders_by_day_and_position_not_by_the_list_given() -> None:
    sessions = [session(3, "09:00", 60, day=2), session(2, "10:00", 30), session(1, "09:00", 60)]
    timings = project(sessions, at("08:00"))
    assert [(t.session_id, t.day) for t in timings] == [(1, 1), (2, 1), (3, 2)]


def test_a_running_session_that_runs_over_pushes_the_rest_of_the_day() -> None:
    sessions = [
        session(1, "09:00", 60, running_since=at("09:00")),
        session(2, "10:00", 60),
        session(3, "11:00", 30),
        session(4, "09:00", 60, day=2),
    ]
    timings = project(sessions, at("10:15"))
    assert spans(timings) == [(1, 540, 615), (2, 615, 675), (3, 675, 705), (4, 540, 600)]
    assert [t.overrun for t in timings] == [15, 15, 15, 0]
    assert (timings[0].elapsed, timings[0].running, timings[0].finished) == (75, True, False)
    assert day_end(timings, 1) == (690, 705)
    assert day_end(timings, 2) == (600, 600)  # another day is not pushed


def test_a_break_absorbs_an_overrun_shorter_than_itself() -> None:
    sessions = [session(1, "09:00", 60, running_since=at("09:00")), session(2, "14:00", 60)]
    timings = project(sessions, at("10:40"))
    assert spans(timings) == [(1, 540, 640), (2, 840, 900)]
    assert day_end(timings, 1) == (900, 900)


def test_a_running_session_within_its_time_is_projected_to_its_planned_length() -> None:
    sessions = [session(1, "09:00", 60, running_since=at("09:00")), session(2, "10:00", 60)]
    timings = project(sessions, at("09:20"))
    assert spans(timings) == [(1, 540, 600), (2, 600, 660)]
    assert timings[0].elapsed == 20


def test_a_session_running_past_midnight_is_on_time_not_a_day_early() -> None:
    """An evening session started at 22:00 for three hours, seen at 00:30: it ends at 01:00, as planned."""
    started = datetime(2014, 3, 11, 22, 0)
    sessions = [
        session(1, "11:00", 120, day=2, finished=True, elapsed=7200),
        session(2, "22:00", 180, day=2, running_since=started),
    ]
    timings = project(sessions, started + timedelta(minutes=150))
    assert spans(timings)[1] == (2, 1320, 1500)
    assert timings[1].overrun == 0
    assert day_end(timings, 2) == (1500, 1500)


def test_a_session_started_early_ends_early() -> None:
    sessions = [session(1, "09:00", 60, running_since=at("08:50")), session(2, "09:30", 30)]
    timings = project(sessions, at("09:00"))
    assert spans(timings) == [(1, 530, 590), (2, 590, 620)]


@pytest.mark.parametrize(
    ("running", "expected"),
    [
        # planned 09:30-11:00, started at 09:40; at 09:50, 80 minutes are left
        (session(1, "09:30", 90, running_since=at("09:40")), [(1, 580, 670), (2, 670, 700)]),
        # planned 09:00-10:30, ran 20 minutes, resumed at 09:30; at 09:40, 60 minutes are left
        (session(1, "09:00", 90, elapsed=20 * 60, running_since=at("09:30")), [(1, 550, 640), (2, 660, 690)]),
    ],
    ids=["started late", "resumed after a pause"],
)
def test_a_session_started_late_ends_late_and_pushes_the_next(
    running: AgendaSession, expected: list[tuple[int, float, float]]
) -> None:
    now = at("09:50") if running.elapsed_seconds == 0 else at("09:40")
    timings = project([running, session(2, "11:00", 30)], now)
    assert spans(timings) == expected


@pytest.mark.parametrize(
    ("elapsed_minutes_run", "expected"),
    [
        (80, [(1, 540, 620), (2, 620, 680)]),  # took longer: the next starts late
        (45, [(1, 540, 585), (2, 600, 660)]),  # took less: the next still waits for its time
    ],
)
def test_a_finished_session_takes_the_time_it_actually_took(
    elapsed_minutes_run: int, expected: list[tuple[int, float, float]]
) -> None:
    sessions = [session(1, "09:00", 60, elapsed=elapsed_minutes_run * 60, finished=True), session(2, "10:00", 60)]
    timings = project(sessions, at("12:00"))
    assert spans(timings) == expected
    assert timings[0].finished is True
    assert timings[0].elapsed == elapsed_minutes_run


@pytest.mark.parametrize(("run", "length"), [(20, 60), (70, 70)])
def test_a_paused_session_is_projected_to_the_longer_of_its_plan_and_its_time_so_far(run: int, length: int) -> None:
    timings = project([session(1, "09:00", 60, elapsed=run * 60)], at("12:00"))
    assert spans(timings) == [(1, 540, 540 + length)]
    assert timings[0].running is False


def test_day_end_of_a_day_without_sessions_is_none() -> None:
    timings = project([session(1, "09:00", 60)], at("08:00"))
    assert day_end(timings, 2) is None
    assert day_end([], 1) is None


def test_the_sample_agenda_ends_each_day_when_planned_before_it_starts(sample_plan: Path) -> None:
    data = sample_data()["agenda"]
    sample = PlanDocument.open_snapshot(sample_plan)
    try:
        timings = project(sample.agenda.sessions(), at("07:00"))
    finally:
        sample.close()
    for day in sorted({s["day"] for s in data}):
        planned = [parse_time(s["start"]) + s["minutes"] for s in data if s["day"] == day]
        assert day_end(timings, day) == (max(planned), max(planned)), day
    assert [t.overrun for t in timings] == [0] * len(data)


# -------------------------------------------------------------------- timer


def timer(doc: PlanDocument, sid: int) -> tuple[int, datetime | None, bool]:
    row = doc.lists.row(SESSIONS, sid)
    return row.elapsed_seconds, row.running_since, row.finished


@pytest.fixture
def day_one(doc: PlanDocument) -> list[int]:
    """Three sessions on day 1 and one on day 2."""
    return [
        add(doc, "Welcome", "09:00", 30),
        add(doc, "Achievements", "09:30", 90),
        add(doc, "Review", "11:15", 75),
        add(doc, "Ranking", "09:00", 120, day=2),
    ]


def test_start_session_runs_its_timer_from_the_given_time(doc: PlanDocument, day_one: list[int]) -> None:
    heard: list[Event] = []
    doc.events.subscribe(heard.append)
    doc.agenda.start_session(day_one[0], at("09:02"))
    assert timer(doc, day_one[0]) == (0, at("09:02"), False)
    assert doc.agenda.running_session().id == day_one[0]
    assert committed(doc.path, "SELECT id FROM agenda_session WHERE running_since IS NOT NULL") == [(day_one[0],)]
    assert heard == [SessionEvent(Action.CHANGED, (day_one[0],), frozenset(("timer",)))]
    assert elapsed_minutes(doc.lists.row(SESSIONS, day_one[0]), at("09:12")) == 10


def test_pause_and_resume_add_up_the_time_run(doc: PlanDocument, day_one: list[int]) -> None:
    first = day_one[0]
    doc.agenda.start_session(first, at("09:00"))
    doc.agenda.pause_session(first, at("09:10", seconds=30))
    assert timer(doc, first) == (630, None, False)
    doc.agenda.pause_session(first, at("09:30"))  # pausing a paused session changes nothing
    assert timer(doc, first) == (630, None, False)
    doc.agenda.start_session(first, at("09:20"))
    doc.agenda.start_session(first, at("09:25"))  # starting a running one does not restart it
    doc.agenda.pause_session(first, at("09:25", seconds=40))
    assert timer(doc, first) == (630 + 340, None, False)
    assert doc.agenda.running_session() is None


def test_only_one_session_runs_at_once(doc: PlanDocument, day_one: list[int]) -> None:
    doc.agenda.start_session(day_one[0], at("09:00"))
    doc.agenda.start_session(day_one[2], at("09:25"))  # the facilitator jumps ahead
    assert timer(doc, day_one[0]) == (25 * 60, None, False)
    assert timer(doc, day_one[2]) == (0, at("09:25"), False)
    assert doc.agenda.running_session().id == day_one[2]
    assert committed(doc.path, "SELECT count(*) FROM agenda_session WHERE running_since IS NOT NULL") == [(1,)]


def test_finish_session_ends_it_and_starts_the_next_of_the_same_day(doc: PlanDocument, day_one: list[int]) -> None:
    doc.agenda.start_session(day_one[0], at("09:00"))
    assert doc.agenda.finish_session(day_one[0], at("09:40")) == day_one[1]
    assert timer(doc, day_one[0]) == (40 * 60, None, True)
    assert timer(doc, day_one[1]) == (0, at("09:40"), False)
    timings = project(doc.agenda.sessions(), at("09:50"))
    assert spans(timings)[:3] == [(day_one[0], 540, 580), (day_one[1], 580, 670), (day_one[2], 675, 750)]


def test_finishing_the_last_session_of_a_day_starts_nothing(doc: PlanDocument, day_one: list[int]) -> None:
    doc.agenda.start_session(day_one[2], at("11:15"))
    assert doc.agenda.finish_session(day_one[2], at("12:30")) is None
    assert doc.agenda.running_session() is None
    assert timer(doc, day_one[3]) == (0, None, False)  # day 2's first session waits for day 2


def test_finish_session_skips_sessions_already_finished(doc: PlanDocument, day_one: list[int]) -> None:
    doc.agenda.start_session(day_one[1], at("09:00"))
    doc.agenda.finish_session(day_one[1], at("09:20"))  # started the third, which runs ...
    doc.agenda.finish_session(day_one[2], at("09:30"))  # ... and is finished too
    doc.agenda.start_session(day_one[0], at("09:30"))  # back to the first one
    assert doc.agenda.finish_session(day_one[0], at("09:45")) is None
    assert [timer(doc, sid)[2] for sid in day_one] == [True, True, True, False]
    assert doc.agenda.running_session() is None


def test_finish_a_session_never_started_still_starts_the_next(doc: PlanDocument, day_one: list[int]) -> None:
    assert doc.agenda.finish_session(day_one[0], at("09:30")) == day_one[1]
    assert timer(doc, day_one[0]) == (0, None, True)
    assert doc.agenda.running_session().id == day_one[1]


def test_starting_a_finished_session_again_reopens_it(doc: PlanDocument, day_one: list[int]) -> None:
    doc.agenda.start_session(day_one[0], at("09:00"))
    doc.agenda.finish_session(day_one[0], at("09:30"))
    doc.agenda.start_session(day_one[0], at("09:35"))
    assert timer(doc, day_one[0]) == (30 * 60, at("09:35"), False)
    assert timer(doc, day_one[1]) == (5 * 60, None, False)  # paused by the restart


def test_reset_timer_forgets_the_time_run(doc: PlanDocument, day_one: list[int]) -> None:
    doc.agenda.start_session(day_one[0], at("09:00"))
    doc.agenda.finish_session(day_one[0], at("09:45"))
    doc.agenda.reset_timer(day_one[0])
    assert timer(doc, day_one[0]) == (0, None, False)
    assert committed(
        doc.path, "SELECT elapsed_seconds, running_since, finished FROM agenda_session WHERE id = ?", (day_one[0],)
    ) == [(0, None, 0)]


def test_timer_operations_on_a_session_that_is_gone_are_refused(doc: PlanDocument) -> None:
    for operation in (
        lambda: doc.agenda.start_session(9999, at("09:00")),
        lambda: doc.agenda.pause_session(9999, at("09:00")),
        lambda: doc.agenda.finish_session(9999, at("09:00")),
        lambda: doc.agenda.reset_timer(9999),
    ):
        with pytest.raises(InvalidEdit, match="That session is no longer in the plan"):
            operation()


def test_the_time_run_survives_closing_and_reopening_the_plan(tmp_path: Path) -> None:
    path = tmp_path / "timer.retreat"
    document = PlanDocument.create(path)
    first = add(document, "Welcome", "09:00", 30)
    second = add(document, "Achievements", "09:30", 90)
    document.agenda.start_session(first, at("09:00"))
    document.agenda.pause_session(first, at("09:25"))
    document.close()

    document = PlanDocument.open(path)
    assert timer(document, first) == (25 * 60, None, False)
    document.agenda.start_session(first, at("10:00"))
    document.close()  # closed while running, as if the laptop crashed

    document = PlanDocument.open(path)
    try:
        assert timer(document, first) == (25 * 60, at("10:00"), False)
        assert document.agenda.running_session().id == first
        assert elapsed_minutes(document.lists.row(SESSIONS, first), at("10:05")) == 30
        assert [t.elapsed for t in project(document.agenda.sessions(), at("10:05"))] == [30, 0]
        assert document.agenda.finish_session(first, at("10:10")) == second
        assert timer(document, first) == (35 * 60, None, True)
    finally:
        document.close()
