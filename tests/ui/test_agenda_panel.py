"""The agenda dock: sessions typed in place (undoable), and a visible timer driven by a fake clock.

The sample plan has nine sessions over three days; day 2 is 09:00 (90 min),
11:00 "Ranking the objectives" (120 min) and 14:00 "Strategies for the
priorities" (180 min), so it is planned to end at 17:00. Every dialog is
scripted by ``fake_dialogs`` (tests/ui/conftest.py, autouse).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QSpinBox
from ui_driver import CTRL, SHIFT, activate, click, undo_text

from planner_gui.ui.agenda_panel import AgendaDock
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.widgets.agenda_table import DAY, MINUTES, PROJECTED, START, STATE, STEP, TITLE

RETREAT_DAY_2 = datetime(2014, 3, 11)
RANKING, STRATEGIES = "Ranking the objectives", "Strategies for the priorities"


class FakeClock:
    """A clock the test moves by hand; the widgets call it like ``datetime.now``."""

    def __init__(self, hhmm: str) -> None:
        hours, minutes = map(int, hhmm.split(":"))
        self.time = RETREAT_DAY_2 + timedelta(hours=hours, minutes=minutes)

    def __call__(self) -> datetime:
        return self.time

    def advance(self, minutes: int = 0, seconds: int = 0) -> None:
        self.time += timedelta(minutes=minutes, seconds=seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock("11:00")


def show_agenda(window: MainWindow, clock: FakeClock) -> AgendaDock:
    window.agenda_dock.now = clock
    window.timer_label.now = clock
    if not window.agenda_dock.isVisible():
        window.agenda_action.trigger()
    window.agenda_dock.refresh()
    return window.agenda_dock


@pytest.fixture
def agenda(sample_window: MainWindow, clock: FakeClock) -> AgendaDock:
    return show_agenda(sample_window, clock)


@pytest.fixture
def wide_agenda(qtbot: Any, sample_window: MainWindow, clock: FakeClock) -> AgendaDock:
    """The dock widened, as a facilitator does to edit the agenda: every column shows."""
    dock = show_agenda(sample_window, clock)
    qtbot.waitUntil(lambda: dock.width() == dock.sizeHint().width())  # it opens narrow, at its preferred width
    sample_window.resize(1800, 900)
    qtbot.waitUntil(lambda: sample_window.width() == 1800)
    sample_window.resizeDocks([dock], [900], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: dock.width() > 800)
    assert not any(dock.view.isColumnHidden(column) for column in range(dock.proxy.columnCount()))
    return dock


# ----------------------------------------------------------------- helpers


def cell(dock: AgendaDock, row: int, column: int) -> str:
    return str(dock.proxy.index(row, column).data())


def row_titled(dock: AgendaDock, title: str) -> int:
    rows = [r for r in range(dock.proxy.rowCount()) if cell(dock, r, TITLE) == title]
    assert len(rows) == 1, f"no single session titled {title!r}"
    return rows[0]


def click_cell(qtbot: Any, dock: AgendaDock, row: int, column: int) -> None:
    index = dock.proxy.index(row, column)
    dock.view.scrollTo(index)
    rect = dock.view.visualRect(index)
    assert rect.isValid(), "that cell is not visible"
    qtbot.mouseClick(dock.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dock.view.currentIndex() == index


def type_in_cell(qtbot: Any, dock: AgendaDock, row: int, column: int, text: str, enter: bool = True) -> Any:
    """Click a cell, press F2 and type over what it holds; Enter commits (title: every key already did)."""
    click_cell(qtbot, dock, row, column)
    qtbot.keyClick(dock.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit | QSpinBox), f"no editor opened, focus is on {editor!r}"
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editor, text)
    if enter:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dock.view)  # Qt commits on its next turn
    return editor


def file_sessions(path: Path) -> list[tuple[Any, ...]]:
    """What the plan file holds, read with sqlite: (day, start, minutes, title, step), in the agenda's order."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT day, start, minutes, title, step FROM agenda_session ORDER BY position").fetchall()
    finally:
        conn.close()


def file_timer(path: Path, title: str) -> tuple[int, str | None, int]:
    """(seconds run before the last start, running since, finished) of a session, as committed."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        query = "SELECT elapsed_seconds, running_since, finished FROM agenda_session WHERE title = ?"
        return conn.execute(query, (title,)).fetchone()  # type: ignore[no-any-return]
    finally:
        conn.close()


def click_start_on(qtbot: Any, dock: AgendaDock, title: str) -> None:
    click_cell(qtbot, dock, row_titled(dock, title), DAY)
    assert dock.start_button.text() == "Start"
    click(qtbot, dock.start_button)


# ------------------------------------------------------------------- tests


def test_a_session_is_added_after_the_selected_one_typed_in_place_and_undone_step_by_step(
    qtbot: Any, sample_window: MainWindow, wide_agenda: AgendaDock, sample_plan: Path
) -> None:
    dock, before = wide_agenda, file_sessions(sample_plan)
    click_cell(qtbot, dock, 0, DAY)  # "Welcome, purpose of the retreat", day 1, 09:00-09:30
    click(qtbot, dock.add_button)

    assert cell(dock, 1, TITLE) == "New session"
    assert (cell(dock, 1, DAY), cell(dock, 1, START), cell(dock, 1, MINUTES)) == ("1", "09:30", "60")
    editor = QApplication.focusWidget()  # the new session's title is open for typing
    assert isinstance(editor, QLineEdit) and editor.selectedText() == "New session"
    qtbot.keyClicks(editor, "Coffee")
    assert file_sessions(sample_plan)[1][3] == "Coffee"  # committed as it is typed, before Enter
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dock.view)

    type_in_cell(qtbot, dock, 1, START, "9:45")
    type_in_cell(qtbot, dock, 1, MINUTES, "20")
    click_cell(qtbot, dock, 1, STEP)
    qtbot.keyClick(dock.view, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox) and combo.currentText() == "Plan"
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # picking a step commits it
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dock.view)

    edited = (1, "09:45", 20, "Coffee", "achievements")
    assert file_sessions(sample_plan) == [before[0], edited, *before[1:]]
    assert [cell(dock, 1, c) for c in (DAY, START, MINUTES, TITLE, STEP)] == [
        "1",
        "09:45",
        "20",
        "Coffee",
        "achievements",
    ]
    assert cell(dock, 1, PROJECTED) == "09:45–10:05"
    assert undo_text(sample_window) == "Undo Edit step of “Coffee”"

    expected_after_each_undo = [
        [before[0], (1, "09:45", 20, "Coffee", "plan"), *before[1:]],
        [before[0], (1, "09:45", 60, "Coffee", "plan"), *before[1:]],
        [before[0], (1, "09:30", 60, "Coffee", "plan"), *before[1:]],
        [before[0], (1, "09:30", 60, "New session", "plan"), *before[1:]],
        before,
    ]
    for expected in expected_after_each_undo:
        sample_window.undo_action.trigger()
        assert file_sessions(sample_plan) == expected
    assert dock.proxy.rowCount() == 9
    assert not sample_window.undo_action.isEnabled()

    for _ in expected_after_each_undo:
        sample_window.redo_action.trigger()
    assert file_sessions(sample_plan) == [before[0], edited, *before[1:]]
    assert cell(dock, row_titled(dock, "Coffee"), START) == "09:45"


def test_an_impossible_start_time_is_explained_and_changes_nothing(
    qtbot: Any, sample_window: MainWindow, agenda: AgendaDock, sample_plan: Path, fake_dialogs: Any
) -> None:
    before = sample_plan.read_bytes()

    type_in_cell(qtbot, agenda, 0, START, "25:99")

    [error] = fake_dialogs.take("show_error")
    assert error.title == "That change was not made"
    assert error.text == "“25:99” is not a time of day; write it like 09:30 or 14:00."
    assert cell(agenda, 0, START) == "09:00"
    assert sample_plan.read_bytes() == before
    assert not sample_window.undo_action.isEnabled()


def test_the_running_session_shows_its_time_each_second_and_moves_the_end_of_its_day(
    qtbot: Any, sample_window: MainWindow, agenda: AgendaDock, clock: FakeClock, sample_plan: Path
) -> None:
    assert not agenda.timer.isActive()  # nothing runs: no repainting
    assert not sample_window.timer_label.isVisible()
    click_start_on(qtbot, agenda, RANKING)
    assert agenda.timer.isActive()
    assert file_timer(sample_plan, RANKING) == (0, "2014-03-11 11:00:00.000000", 0)

    clock.advance(minutes=42, seconds=10)  # the QTimer's next tick shows it
    qtbot.waitUntil(lambda: agenda.clock.text() == f"{RANKING} — 42:10 of 120:00 — 78 min left", timeout=3000)
    qtbot.waitUntil(lambda: sample_window.timer_label.text() == f"{RANKING} — 42:10 of 120:00", timeout=3000)
    assert agenda.start_button.text() == "Pause"
    assert cell(agenda, row_titled(agenda, RANKING), PROJECTED) == "11:00–13:00"
    assert [label.text() for label in agenda.day_ends.labels] == [
        "Day 1 ends at 16:30 — as planned",
        "Day 2 ends at 17:00 — as planned",
        "Day 3 ends at 12:00 — as planned",
    ]

    clock.advance(minutes=225 - 42, seconds=-10)  # 225 minutes run: past 14:00, when Strategies should start
    agenda.refresh()
    sample_window.timer_label.refresh()

    assert agenda.clock.text() == f"{RANKING} — 225:00 of 120:00 — over by 105 min"
    assert "#D55E00" in agenda.clock.styleSheet()
    assert sample_window.timer_label.text() == f"{RANKING} — 225:00 of 120:00 — over by 105 min"
    assert agenda.day_ends.labels[1].text() == "Day 2 ends at 17:45 — planned 17:00 (+45 min)"
    assert cell(agenda, row_titled(agenda, RANKING), PROJECTED) == "11:00–14:45 (+105)"
    assert cell(agenda, row_titled(agenda, STRATEGIES), PROJECTED) == "14:45–17:45 (+45)"
    assert not sample_window.undo_action.isEnabled()  # clock events are not undo steps


def test_pause_keeps_the_time_run_and_next_session_starts_the_following_one(
    qtbot: Any, sample_window: MainWindow, wide_agenda: AgendaDock, clock: FakeClock, sample_plan: Path
) -> None:
    dock = wide_agenda
    click_start_on(qtbot, dock, RANKING)
    clock.advance(minutes=30)
    click(qtbot, dock.start_button)  # Pause

    assert not dock.timer.isActive()
    assert file_timer(sample_plan, RANKING) == (1800, None, 0)
    assert cell(dock, row_titled(dock, RANKING), STATE) == "Paused at 30:00"
    assert dock.start_button.text() == "Resume"
    assert dock.clock.text() == f"{RANKING} — 30:00 of 120:00 — Paused. Resume it with F7."
    assert sample_window.timer_label.text() == ""

    clock.advance(minutes=5)  # a pause does not count
    dock.hide()  # the agenda closed: its keys still work, from any page
    activate(qtbot, sample_window)
    qtbot.keyClick(sample_window, Qt.Key.Key_F7)  # Resume, from the keyboard
    assert dock.start_button.text() == "Pause"
    assert sample_window.timer_label.text().startswith(RANKING)
    dock.show()
    clock.advance(minutes=10)
    click(qtbot, dock.next_button)

    assert cell(dock, row_titled(dock, RANKING), STATE) == "Done in 40 min"
    assert cell(dock, row_titled(dock, STRATEGIES), STATE) == "Running"
    assert cell(dock, dock.view.currentIndex().row(), TITLE) == STRATEGIES
    assert dock.clock.text() == f"{STRATEGIES} — 0:00 of 180:00 — 180 min left"
    assert file_timer(sample_plan, RANKING) == (2400, None, 1)
    assert file_timer(sample_plan, STRATEGIES) == (0, "2014-03-11 11:45:00.000000", 0)
    assert not sample_window.undo_action.isEnabled()


def test_f7_after_the_plan_is_closed_and_opened_again_goes_on_with_the_session_paused(
    qtbot: Any, sample_window: MainWindow, clock: FakeClock, sample_plan: Path
) -> None:
    """Not with the day's first session: the agenda opens on the session the timer was last on."""
    dock = show_agenda(sample_window, clock)
    click_start_on(qtbot, dock, RANKING)
    clock.advance(minutes=5)
    qtbot.keyClick(sample_window, Qt.Key.Key_F7)  # paused
    qtbot.keyClick(sample_window, Qt.Key.Key_W, CTRL)
    assert sample_window.open_path(sample_plan)
    dock = show_agenda(sample_window, clock)
    assert cell(dock, dock.view.currentIndex().row(), TITLE) == RANKING
    qtbot.keyClick(sample_window, Qt.Key.Key_F7)  # resumed
    assert file_timer(sample_plan, RANKING)[0] == 300 and file_timer(sample_plan, RANKING)[1] is not None


def test_undo_undoes_the_last_edit_and_leaves_the_clock_running(
    qtbot: Any, sample_window: MainWindow, agenda: AgendaDock, clock: FakeClock, sample_plan: Path
) -> None:
    type_in_cell(qtbot, agenda, row_titled(agenda, STRATEGIES), START, "14:30")
    click_start_on(qtbot, agenda, RANKING)
    clock.advance(minutes=3)

    sample_window.undo_action.trigger()

    assert cell(agenda, row_titled(agenda, STRATEGIES), START) == "14:00"
    assert file_timer(sample_plan, RANKING)[1] == "2014-03-11 11:00:00.000000"
    assert agenda.timer.isActive()
    assert not sample_window.undo_action.isEnabled()


def test_reset_asks_first_then_sets_the_timer_back_to_zero(
    qtbot: Any, agenda: AgendaDock, clock: FakeClock, sample_plan: Path, fake_dialogs: Any
) -> None:
    click_start_on(qtbot, agenda, RANKING)
    clock.advance(minutes=12)
    fake_dialogs.answer("ask_yes_no", False, True)

    click(qtbot, agenda.reset_button)
    assert file_timer(sample_plan, RANKING)[1] is not None  # "Cancel": still running

    click(qtbot, agenda.reset_button)
    [_kept, reset] = fake_dialogs.take("ask_yes_no")
    assert reset.text == f"Set the timer of “{RANKING}” back to zero? The 12:00 it has run will be forgotten."
    assert file_timer(sample_plan, RANKING) == (0, None, 0)
    assert cell(agenda, row_titled(agenda, RANKING), STATE) == "Not started"
    assert not agenda.timer.isActive()


def test_the_timer_survives_closing_the_plan_and_opening_it_again(
    qtbot: Any,
    sample_window: MainWindow,
    agenda: AgendaDock,
    clock: FakeClock,
    sample_plan: Path,
    make_window: Callable[..., MainWindow],
) -> None:
    click_start_on(qtbot, agenda, RANKING)
    clock.advance(minutes=5)
    sample_window.close_plan()

    assert agenda.clock.text() == "No plan is open. — Open a plan to see its agenda."
    assert not agenda.timer.isActive() and not sample_window.timer_label.isVisible()

    clock.advance(minutes=15)  # the room carries on meanwhile
    again = make_window()
    assert again.open_path(sample_plan)
    dock = show_agenda(again, clock)
    again.timer_label.refresh()

    assert dock.clock.text() == f"{RANKING} — 20:00 of 120:00 — 100 min left"
    assert again.timer_label.text() == f"{RANKING} — 20:00 of 120:00"
    assert cell(dock, row_titled(dock, RANKING), STATE) == "Running"
    assert dock.timer.isActive()


def test_sessions_move_within_their_day_and_a_deleted_session_comes_back_with_undo(
    qtbot: Any, sample_window: MainWindow, agenda: AgendaDock, sample_plan: Path
) -> None:
    before = file_sessions(sample_plan)
    click_cell(qtbot, agenda, 1, TITLE)  # "What has been achieved since 2012"
    click(qtbot, agenda.up_button)
    assert [cell(agenda, r, TITLE) for r in (0, 1)] == [before[1][3], before[0][3]]
    click_cell(qtbot, agenda, 4, TITLE)  # the first session of day 2 stays on day 2
    click(qtbot, agenda.up_button)
    assert cell(agenda, 4, TITLE) == before[4][3]

    click(qtbot, agenda.delete_button)
    assert agenda.proxy.rowCount() == 8
    assert before[4][3] not in [row[3] for row in file_sessions(sample_plan)]
    sample_window.undo_action.trigger()
    sample_window.undo_action.trigger()
    assert file_sessions(sample_plan) == before


def test_the_view_menu_action_and_its_shortcut_toggle_the_agenda(qtbot: Any, sample_window: MainWindow) -> None:
    action, dock = sample_window.agenda_action, sample_window.agenda_dock
    view_menu = next(a.menu() for a in sample_window.menuBar().actions() if a.text() == "&View")
    assert action in view_menu.actions()
    assert action.isCheckable() and action.shortcut().toString() == "Ctrl+Shift+A"
    assert not dock.isVisible() and not action.isChecked()  # hidden until asked for

    activate(qtbot, sample_window)
    qtbot.keyClick(sample_window, Qt.Key.Key_A, CTRL | SHIFT)
    assert dock.isVisible() and action.isChecked()
    assert sample_window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea

    action.trigger()
    assert not dock.isVisible() and not action.isChecked()
