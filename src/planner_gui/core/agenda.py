"""The retreat's agenda: sessions, the running session's timer, and where the day will end.

The timer lives in the plan file (seconds already run, and since when it is
running), so a crash or a restart does not lose it. :func:`project` is a pure
function of the sessions and the clock: tests give it any "now".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from planner_gui.core.errors import InvalidEdit
from planner_gui.core.events import Action, SessionEvent
from planner_gui.core.model_review import STEP_KEYS, AgendaSession
from planner_gui.core.ordered import Lists, RowKind, register
from planner_gui.core.store import PlanStore
from planner_gui.i18n import _

_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def parse_time(text: str) -> int:
    """Minutes after midnight of "HH:MM"."""
    match = _TIME.match(text.strip())
    if not match:
        raise InvalidEdit(_("“{text}” is not a time of day; write it like 09:30 or 14:00.").format(text=text))
    return int(match.group(1)) * 60 + int(match.group(2))


def format_time(minutes: float) -> str:
    day_minutes = round(minutes)
    return f"{day_minutes // 60 % 24:02d}:{day_minutes % 60:02d}"


def _whole_number(value: Any, what: str) -> int:
    if isinstance(value, bool):
        raise InvalidEdit(_("{what} is a whole number, not “{value}”.").format(what=what, value=value))
    try:
        number = float(str(value).strip())
    except ValueError:
        raise InvalidEdit(_("{what} is a whole number, not “{value}”.").format(what=what, value=value)) from None
    if not number.is_integer():
        raise InvalidEdit(_("{what} is a whole number, not “{value}”.").format(what=what, value=value))
    return int(number)


def _validate_session(store: PlanStore, values: dict[str, Any], row_id: int | None) -> dict[str, Any]:
    if "start" in values:
        values["start"] = format_time(parse_time(values["start"]))
    if "minutes" in values:
        minutes = _whole_number(values["minutes"], _("A session's length in minutes"))
        if not 1 <= minutes <= 24 * 60:
            raise InvalidEdit(_("A session lasts between 1 minute and 24 hours."))
        values["minutes"] = minutes
    if "day" in values:
        day = _whole_number(values["day"], _("The day of a session"))
        if not 1 <= day <= 14:
            raise InvalidEdit(_("A retreat day is numbered from 1 to 14."))
        values["day"] = day
    if "step" in values and values["step"] not in STEP_KEYS:
        raise InvalidEdit(_("“{step}” is not a step of the retreat.").format(step=values["step"]))
    return values


SESSIONS: RowKind[AgendaSession] = register(
    RowKind(
        "agenda_session",
        AgendaSession,
        "session",
        SessionEvent,
        fields=("day", "start", "minutes", "title", "step"),
        defaults={"day": 1, "start": "09:00", "minutes": 60, "title": "", "step": "plan"},
        validate=_validate_session,
    )
)


@dataclass(frozen=True)
class SessionTiming:
    session_id: int
    day: int
    planned_start: int  # minutes after midnight
    planned_end: int
    projected_start: float
    projected_end: float
    elapsed: float  # minutes run so far
    running: bool
    finished: bool

    @property
    def overrun(self) -> float:
        """Minutes this session ends later than planned (negative: earlier)."""
        return self.projected_end - self.planned_end


DAY_MINUTES = 24 * 60


def elapsed_minutes(session: AgendaSession, now: datetime) -> float:
    seconds: float = session.elapsed_seconds
    if session.running_since is not None:
        seconds += max(0.0, (now - session.running_since).total_seconds())
    return seconds / 60


def project(sessions: list[AgendaSession], now: datetime) -> list[SessionTiming]:
    """When each session will start and end, given what has run so far.

    Sessions of a day follow one another; one not started yet never starts
    before its planned time, nor before the one ahead of it ends. A running
    session is placed by the clock (now, less the time it has run), however early
    or late it was started; it takes at least its planned length (more once it
    runs over). A finished session takes the time it took.
    """
    result: list[SessionTiming] = []
    clock_by_day: dict[int, float] = {}
    minutes_now = now.hour * 60 + now.minute + now.second / 60
    for session in sorted(sessions, key=lambda s: (s.day, s.position, s.id)):
        planned_start = parse_time(session.start)
        elapsed = elapsed_minutes(session, now)
        running = session.running_since is not None
        start: float = max(planned_start, clock_by_day.get(session.day, planned_start))
        if running:
            # As if it had run without a pause: early, on time or late. The clock's time of day starts again at
            # midnight: of the times a day apart, the start nearest the one expected (a session past midnight).
            expected, start = start, minutes_now - elapsed
            start += DAY_MINUTES * round((expected - start) / DAY_MINUTES)
            length = max(session.minutes, elapsed)
        elif session.finished:
            length = elapsed
        else:
            length = max(session.minutes - elapsed, 0) + elapsed
        end = start + length
        clock_by_day[session.day] = end
        result.append(
            SessionTiming(
                session.id,
                session.day,
                planned_start,
                planned_start + session.minutes,
                start,
                end,
                elapsed,
                running,
                session.finished,
            )
        )
    return result


def day_end(timings: list[SessionTiming], day: int) -> tuple[float, float] | None:
    """(planned end, projected end) of a day, in minutes after midnight."""
    of_day = [t for t in timings if t.day == day]
    if not of_day:
        return None
    return max(t.planned_end for t in of_day), max(t.projected_end for t in of_day)


TIMER = frozenset({"timer"})  # the field a timer event names


class AgendaEdits:
    """The agenda's sessions by day, and the running session's timer (timer clicks are not undo steps)."""

    def __init__(self, store: PlanStore, lists: Lists) -> None:
        self.store, self.lists = store, lists

    def sessions(self) -> list[AgendaSession]:
        query = select(AgendaSession).order_by(AgendaSession.day, AgendaSession.position)
        return list(self.store.session.scalars(query))

    def running_session(self) -> AgendaSession | None:
        return self.store.session.scalar(select(AgendaSession).where(AgendaSession.running_since.isnot(None)))

    def start_session(self, session_id: int, now: datetime) -> None:
        """Start (or resume) a session's timer; any other running session is paused."""
        with self.store.transaction():
            target = self.lists.row(SESSIONS, session_id)
            for other in self.sessions():
                if other.running_since is not None and other.id != session_id:
                    self._pause(other, now)
            if target.running_since is None:
                target.running_since = now
                target.finished = False
            self.store.emit(SessionEvent(Action.CHANGED, (session_id,), TIMER))

    def pause_session(self, session_id: int, now: datetime) -> None:
        with self.store.transaction():
            self._pause(self.lists.row(SESSIONS, session_id), now)

    def finish_session(self, session_id: int, now: datetime) -> int | None:
        """End a session and start the next one of the day, if any; returns the next one's id."""
        with self.store.transaction():
            current = self.lists.row(SESSIONS, session_id)
            self._pause(current, now)
            current.finished = True
            following = [s for s in self.sessions() if s.day == current.day and s.position > current.position]
            upcoming = next((s for s in following if not s.finished), None)
            if upcoming is not None:
                upcoming.running_since = now
                self.store.emit(SessionEvent(Action.CHANGED, (upcoming.id,), TIMER))
            return upcoming.id if upcoming is not None else None

    def reset_timer(self, session_id: int) -> None:
        with self.store.transaction():
            session = self.lists.row(SESSIONS, session_id)
            session.elapsed_seconds, session.running_since, session.finished = 0, None, False
            self.store.emit(SessionEvent(Action.CHANGED, (session_id,), TIMER))

    def _pause(self, session: AgendaSession, now: datetime) -> None:
        if session.running_since is not None:
            session.elapsed_seconds += max(0, int((now - session.running_since) / timedelta(seconds=1)))
            session.running_since = None
        self.store.emit(SessionEvent(Action.CHANGED, (session.id,), TIMER))
