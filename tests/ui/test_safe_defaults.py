"""Every question's default button is the safe choice: Enter never submits, deletes, replaces or discards.

The real message box is checked for what Enter and Escape press; then each risky question the program asks
(through the real widgets) is checked for the button it made the default, as the scripted dialogs record it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from ui_driver import ALT, CTRL, click, pick_member, plan_page, select_goal

from conftest import ScriptedDialogs
from planner_gui.core.document import PlanDocument
from planner_gui.core.sample import write_sample_copy
from planner_gui.ui import dialogs
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.pages.ranking.ballot_booth import FORM
from planner_gui.ui.pages.ranking.ranking_page import RankingPage
from planner_gui.ui.plan_opener import choose_sample_copy
from planner_gui.ui.plan_out import export_workbook

# The real functions, taken before the autouse fixture puts the scripted ones in their place.
REAL_ASK_YES_NO = dialogs.ask_yes_no
REAL_ASK_CHOICE = dialogs.ask_choice


def answer_box_with(qtbot: Any, key: Qt.Key, seen: list[str]) -> None:
    """Once the question box is up: note its default button, then press ``key`` in it."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, press)
            return
        default = box.defaultButton()
        seen.append(default.text() if default is not None else "")
        QTest.keyClick(box, key)

    QTimer.singleShot(0, press)


@pytest.mark.parametrize(
    ("ask", "key", "expected"),
    [
        (lambda: REAL_ASK_YES_NO(None, "Delete?", "Delete it?", yes="Delete"), Qt.Key.Key_Return, (False, "Cancel")),
        (lambda: REAL_ASK_YES_NO(None, "Delete?", "Delete it?", yes="Delete"), Qt.Key.Key_Escape, (False, "Cancel")),
        (lambda: REAL_ASK_YES_NO(None, "Done", "Open it?", yes="Open It", no="Close", default_yes=True),
         Qt.Key.Key_Return, (True, "Open It")),
        (lambda: REAL_ASK_YES_NO(None, "Done", "Open it?", yes="Open It", no="Close", default_yes=True),
         Qt.Key.Key_Escape, (False, "Open It")),
        (lambda: REAL_ASK_CHOICE(None, "Which?", "Which one?", ["Replace", "Merge"]), Qt.Key.Key_Return,
         (None, "Cancel")),
        (lambda: REAL_ASK_CHOICE(None, "Which?", "Which one?", ["Go on", "Fresh"], default=0), Qt.Key.Key_Return,
         (0, "Go on")),
        (lambda: REAL_ASK_CHOICE(None, "Which?", "Which one?", ["Go on", "Fresh"], default=0), Qt.Key.Key_Escape,
         (None, "Go on")),
    ],
    ids=["enter-is-no", "escape-is-no", "enter-opens-when-safe", "escape-still-no", "choice-enter-cancels",
         "choice-enter-takes-a-safe-default", "choice-escape-cancels"],
)  # fmt: skip
def test_the_real_box_presses_the_safe_button_on_enter_and_always_the_safe_one_on_escape(
    qtbot: Any, ask: Callable[[], object], key: Qt.Key, expected: tuple[object, str]
) -> None:
    seen: list[str] = []
    answer_box_with(qtbot, key, seen)
    answer = ask()
    assert (answer, seen[0]) == expected


# ------------------------------------------------------------------ the program's questions


def go_to_ranking(qtbot: Any, window: MainWindow) -> RankingPage:
    qtbot.keyClick(window, Qt.Key.Key_5, ALT)
    page = window.workspace.current_page()
    assert isinstance(page, RankingPage)
    page.show_tab(page.ballots)
    return page


def last_question(fake_dialogs: ScriptedDialogs) -> tuple[str, str | None]:
    call = [c for c in fake_dialogs.calls if c.kind in ("ask_yes_no", "ask_choice")][-1]
    return call.title, call.default


def test_an_incomplete_ballot_defaults_to_going_back_and_discarding_does_too(
    qtbot: Any, sample_window: MainWindow, fake_dialogs: ScriptedDialogs
) -> None:
    assert sample_window.plan is not None
    doc = sample_window.plan.doc
    member = doc.ranking.find_member("Amina Diallo")
    assert member is not None
    doc.ranking.restore_ballot(member.id, None)  # she has not voted yet
    page = go_to_ranking(qtbot, sample_window)
    pick_member(qtbot, page, "Amina Diallo")
    tab = page.ballots
    qtbot.keyClick(tab.form.view, Qt.Key.Key_M)  # one objective of 16
    fake_dialogs.answer("ask_yes_no", False)
    qtbot.keyClick(tab.form.view, Qt.Key.Key_Return, CTRL)
    assert last_question(fake_dialogs) == ("Some objectives have no priority", "Go back")  # not "Submit"
    assert tab.booth.page() == FORM and doc.ranking.ballot(member.id) is None
    fake_dialogs.answer("ask_yes_no", True)
    qtbot.keyClick(tab.form.view, Qt.Key.Key_Escape)
    assert last_question(fake_dialogs) == ("Discard this ballot?", "Go back")  # not "Discard"


def test_taking_a_ballot_back_defaults_to_keeping_it(
    qtbot: Any, sample_window: MainWindow, fake_dialogs: ScriptedDialogs
) -> None:
    page = go_to_ranking(qtbot, sample_window)
    tab = page.ballots
    assert sample_window.plan is not None
    member = sample_window.plan.doc.ranking.find_member("Priya Raman")
    assert member is not None
    tab.select_member(member.id)  # she has voted
    fake_dialogs.answer("ask_yes_no", False)
    tab.take_back()
    title, default = last_question(fake_dialogs)
    assert title == "Take back Priya Raman's ballot?"
    assert default == "Keep It"  # not "Take Back the Ballot"
    assert sample_window.plan.doc.ranking.ballot(member.id) is not None


def test_deleting_a_goal_with_objectives_defaults_to_cancel(
    qtbot: Any, sample_window: MainWindow, fake_dialogs: ScriptedDialogs
) -> None:
    select_goal(qtbot, sample_window, "2")
    fake_dialogs.answer("ask_yes_no", False)
    click(qtbot, plan_page(sample_window).delete_button)
    assert last_question(fake_dialogs) == ("Delete Goal 2?", "Cancel")


def test_replacing_ballot_workbooks_and_ballots_defaults_to_keeping_them(
    qtbot: Any, sample_window: MainWindow, fake_dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    page = go_to_ranking(qtbot, sample_window)
    tab = page.ballots
    folder = tmp_path / "ballots"
    folder.mkdir()
    fake_dialogs.answer("ask_folder", folder, folder)
    tab.write_button.click()
    fake_dialogs.take("inform")
    fake_dialogs.answer("ask_yes_no", False)
    tab.write_button.click()  # the same folder again: the workbooks there would be written over
    assert last_question(fake_dialogs) == ("Replace the ballot workbooks already there?", "Cancel")

    fake_dialogs.answer("ask_open_paths", [folder / "ballot-priya-raman.xlsx"])  # she has voted
    fake_dialogs.answer("ask_yes_no", False)
    tab.import_button.click()
    assert last_question(fake_dialogs) == ("Some of these members have voted already", "Keep the earlier ones")
    fake_dialogs.take("inform")


def test_open_it_after_an_export_is_the_default_for_it_is_safe(
    sample_window: MainWindow, fake_dialogs: ScriptedDialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: True)
    assert sample_window.plan is not None
    fake_dialogs.answer("ask_yes_no", True)
    export_workbook(sample_window, sample_window.plan, tmp_path / "out.xlsx")
    assert last_question(fake_dialogs) == ("Revised plan exported", "Open It")


def test_continuing_in_the_sample_copy_worked_in_is_the_default(
    window: MainWindow, fake_dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    folder = tmp_path / "samples"
    doc = PlanDocument.open(write_sample_copy(folder))
    doc.structure.set_plan_field("title", "Worked in")
    doc.close()
    fake_dialogs.answer("ask_choice", None)
    assert choose_sample_copy(window, folder, ask=True) is None
    assert last_question(fake_dialogs) == ("Open the sample plan", "Continue in My Copy")
