"""The program reopens the plan open last at the step (and tab) where the room left it; any plan opened again,
by any route, goes back to its step. Two windows over the same settings stand for two runs of the program.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from ui_driver import ALT, activate

from conftest import ScriptedDialogs
from planner_gui.ui import settings
from planner_gui.ui.folders import sample_folder
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.pages.ranking.ranking_page import RankingPage
from planner_gui.ui.steps import STEPS

Prefs = Callable[[], settings.Settings]


def step_key(window: MainWindow) -> str:
    return STEPS[window.workspace.current()].key


def click_tab(qtbot: Any, page: RankingPage, label: str) -> None:
    bar = page.tabs.tabBar()
    [index] = [i for i in range(bar.count()) if bar.tabText(i).replace("&", "") == label]
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert page.tabs.currentIndex() == index


def start(make_window: Callable[..., MainWindow], make_prefs: Prefs) -> MainWindow:
    """The program started with no file named, as ``run_gui`` does it: the plan open last, reopened."""
    prefs = make_prefs()
    last = prefs.plan_to_reopen()
    window = make_window(prefs, opening=last.name if last is not None and last.is_file() else None)
    if last is not None:
        window.reopen_last(last)
    return window


def test_the_next_start_reopens_the_last_plan_at_the_step_and_tab_where_it_was(
    qtbot: Any, make_window: Callable[..., MainWindow], make_prefs: Prefs, sample_plan: Path
) -> None:
    first = make_window(make_prefs())
    assert first.open_path(sample_plan)
    assert step_key(first) == "plan"
    qtbot.keyClick(first, Qt.Key.Key_5, ALT)
    page = first.workspace.current_page()
    assert isinstance(page, RankingPage)
    click_tab(qtbot, page, "Decisions")
    first.close()  # quitting keeps the plan to reopen

    again = start(make_window, make_prefs)
    assert again.plan is not None and again.plan.doc.path == sample_plan.resolve()
    assert again.central.currentWidget() is again.workspace and step_key(again) == "ranking"
    page = again.workspace.current_page()
    assert isinstance(page, RankingPage) and page.tabs.currentWidget() is page.decisions
    assert page.decisions.isVisible() and page.decisions.proxy.rowCount() == 16  # the tab made, as shown
    assert again.statusBar().currentMessage() == ""  # nothing to say: it simply is where it was


def test_a_plan_opened_again_by_any_route_goes_back_to_its_own_step(
    qtbot: Any,
    make_window: Callable[..., MainWindow],
    make_prefs: Prefs,
    sample_plan: Path,
    tmp_path: Path,
    fake_dialogs: ScriptedDialogs,
) -> None:
    other = tmp_path / "other" / "board.retreat"
    other.parent.mkdir()
    shutil.copy(sample_plan, other)
    window = make_window(make_prefs())
    assert window.open_path(sample_plan)
    qtbot.keyClick(window, Qt.Key.Key_3, ALT)  # Review
    fake_dialogs.answer("ask_open_path", other)
    window.open_action.trigger()  # File > Open Plan: a plan never opened here starts at step 1
    assert window.plan is not None and window.plan.doc.path == other.resolve() and step_key(window) == "plan"
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_6, ALT)  # Strategies
    window._fill_recent_menu()
    [back] = [a for a in window.recent_menu.actions() if a.text() == str(sample_plan.resolve())]
    back.trigger()  # File > Open Recent
    assert window.plan.doc.path == sample_plan.resolve() and step_key(window) == "review"
    window.close_plan()  # closed by hand: the welcome screen
    window.welcome.recent.setCurrentRow(1)  # the other plan, on the welcome screen's list
    window.welcome.recent.setFocus()
    qtbot.keyClick(window.welcome.recent, Qt.Key.Key_Return)
    assert window.plan is not None and window.plan.doc.path == other.resolve()
    assert step_key(window) == "strategies"


def test_a_plan_closed_by_hand_is_not_reopened_and_the_setting_can_be_turned_off(
    qtbot: Any, make_window: Callable[..., MainWindow], make_prefs: Prefs, sample_plan: Path
) -> None:
    window = make_window(make_prefs())
    assert window.open_path(sample_plan)
    window.close_action.trigger()  # File > Close Plan
    window.close()
    assert start(make_window, make_prefs).plan is None  # the welcome screen

    window = make_window(make_prefs())
    assert window.open_path(sample_plan)
    file_menu = window.menuBar().actions()[0].menu()
    [reopen] = [a for a in file_menu.actions() if a.text().replace("&", "") == "Reopen Last Plan at Start"]
    assert reopen.isCheckable() and reopen.isChecked()  # on by default
    reopen.trigger()  # turned off
    window.close()
    again = start(make_window, make_prefs)
    assert again.plan is None and not again.reopen_action.isChecked()


def test_a_last_plan_gone_or_damaged_leaves_the_welcome_screen_saying_so_without_a_dialog(
    make_window: Callable[..., MainWindow], make_prefs: Prefs, tmp_path: Path, fake_dialogs: ScriptedDialogs
) -> None:
    gone = tmp_path / "on the stick" / "retreat.retreat"
    make_prefs().set(settings.LAST_OPEN, str(gone))
    window = start(make_window, make_prefs)
    assert window.plan is None and window.central.currentWidget() is window.welcome
    message = window.statusBar().currentMessage()
    assert message.startswith("The plan open last, “retreat.retreat”, was not opened.")
    assert f"It is not in {gone.parent} any more" in message
    assert fake_dialogs.calls == []  # no dialog greets the facilitator at start
    window.close()

    damaged = tmp_path / "damaged.retreat"
    damaged.write_bytes(b"PK\x03\x04 this is a spreadsheet, not a plan")
    make_prefs().set(settings.LAST_OPEN, str(damaged))
    window = start(make_window, make_prefs)
    assert window.plan is None and window.central.currentWidget() is window.welcome
    message = window.statusBar().currentMessage()
    assert message.startswith("The plan open last, “damaged.retreat”, was not opened.")
    assert "\n" not in message and "New from Spreadsheet" in message  # the reason, on one line
    assert fake_dialogs.calls == []


def test_a_fresh_sample_copy_starts_at_step_one_and_the_sample_copy_worked_in_is_reopened(
    qtbot: Any, make_window: Callable[..., MainWindow], make_prefs: Prefs
) -> None:
    window = make_window(make_prefs())
    assert window.open_sample(fresh=True)
    copy = window.plan.doc.path if window.plan is not None else None
    assert copy is not None and copy.parent == sample_folder().resolve()
    qtbot.keyClick(window, Qt.Key.Key_4, ALT)  # looked at, nothing changed: still an untouched copy
    window.close()
    again = start(make_window, make_prefs)  # the sample copy is the user's: it is reopened where it was
    assert again.plan is not None and again.plan.doc.path == copy and step_key(again) == "context"
    again.close_plan()
    assert again.open_sample(fresh=True)  # a fresh copy under the untouched one's name: from step 1
    assert again.plan is not None and again.plan.doc.path == copy and step_key(again) == "plan"


def test_the_places_remembered_are_capped_newest_first(make_prefs: Prefs, tmp_path: Path) -> None:
    prefs = make_prefs()
    for n in range(settings.MAX_PLACES + 5):
        prefs.remember_place(tmp_path / f"plan {n}.retreat", "ranking", n % 5)
    prefs.remember_place(tmp_path / "plan 10.retreat", "export", 0)  # again: moves to the front
    again = make_prefs()  # as after a restart
    kept = again.get(settings.PLACES)
    assert len(kept) == settings.MAX_PLACES
    assert again.place(tmp_path / "plan 10.retreat") == ("export", 0)
    assert again.place(tmp_path / "plan 24.retreat") == ("ranking", 4)
    assert again.place(tmp_path / "plan 0.retreat") is None  # the oldest went first
    assert again.place(tmp_path / "a|b.retreat") is None
    again.remember_place(tmp_path / "a|b.retreat", "review", 0)  # a path with the separator in it
    assert make_prefs().place(tmp_path / "a|b.retreat") == ("review", 0)
