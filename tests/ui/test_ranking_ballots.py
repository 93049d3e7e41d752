"""The "Cast ballots" tab on its own: ballots cast in turn by keyboard or mouse, the cap on high,
replacing and discarding, the spreadsheet route, and the tab keeping up with the plan.

Here Qt has one screen, so each ballot opens behind a cover that the member passes with a key
(``pick``); the covers themselves are tested in ``test_private_ballot.py``.

Each test builds the tab over a fresh copy of the sample plan (7 voting members who have all voted,
16 objectives on a ballot, a cap of 6 high) and checks what the file holds, read with sqlite.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from planner_gui.core.document import PlanDocument
from planner_gui.core.ranking import MEMBERS
from planner_gui.exchange.ballots import SHEET
from planner_gui.ui.commands import SetRankingOptions
from planner_gui.ui.open_plan import OpenPlan
from planner_gui.ui.pages.ranking.ballot_booth import FORM
from planner_gui.ui.pages.ranking.ballot_model import COMMENT, PRIORITY, TITLE
from planner_gui.ui.pages.ranking.ballot_tab import BallotTab
from planner_gui.ui.settings import SINGLE_SCREEN_NOTED, Settings

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton
WORDS = {"h": "high", "m": "medium", "l": "low", "d": "dropped"}


def listed(tab: Any) -> list[str]:
    """The names on the ballot tab's list as the room reads them (with "✓ voted" after those who have)."""
    return [tab.voters.index(row).data() for row in range(tab.voters.rowCount())]


@dataclass
class Setup:
    tab: BallotTab
    plan: OpenPlan
    doc: PlanDocument
    path: Path

    def member(self, name: str) -> int:
        member = self.doc.ranking.find_member(name)
        assert member is not None
        return member.id

    def clear(self, *names: str) -> None:
        for name in names:
            self.doc.ranking.restore_ballot(self.member(name), None)

    def listed(self) -> list[str]:
        return listed(self.tab)

    def on_screen(self) -> list[str]:
        model = self.tab.form.ballot
        return [str(model.index(r, PRIORITY).data()) for r in range(model.rowCount())]


@pytest.fixture
def ballots(qtbot: Any, sample_plan: Path, make_prefs: Callable[[], Settings]) -> Iterator[Setup]:
    doc = PlanDocument.open(sample_plan)
    plan = OpenPlan(doc, None)
    tab = BallotTab()
    tab.prefs = make_prefs()
    tab.prefs.set(SINGLE_SCREEN_NOTED, True)  # the one-screen note, given once, was seen (tested on its own)
    qtbot.addWidget(tab)
    tab.set_plan(plan)
    tab.resize(1200, 720)
    tab.show()
    qtbot.waitExposed(tab)
    yield Setup(tab, plan, doc, sample_plan)
    tab.set_plan(None)
    plan.close()


def in_file(path: Path, name: str) -> dict[str, tuple[str, str]]:
    """A member's ballot as committed to the plan file: objective number -> (priority, comment)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT o.number, v.priority, v.comment FROM ballot_vote v JOIN ballot b ON b.id = v.ballot_id "
            "JOIN member m ON m.id = b.member_id JOIN objective o ON o.id = v.objective_id WHERE m.name = ?",
            (name,),
        ).fetchall()
    finally:
        conn.close()
    return {number: (priority, comment) for number, priority, comment in rows}


def priorities_in_file(path: Path, name: str) -> dict[str, str]:
    return {number: priority for number, (priority, _) in in_file(path, name).items()}


def pick(qtbot: Any, s: Setup, name: str) -> None:
    """The member walks down the list of names with the arrow keys, presses Enter, then Space on the cover."""
    [row] = [r for r, text in enumerate(s.listed()) if text.split("    ")[0] == name]
    s.tab.members.setFocus()
    qtbot.keyClick(s.tab.members, Qt.Key.Key_Home)
    for _ in range(row):
        qtbot.keyClick(s.tab.members, Qt.Key.Key_Down)
    qtbot.keyClick(s.tab.members, Qt.Key.Key_Return)
    if s.tab.booth.isVisible():  # not when the member said no to voting again
        qtbot.keyClick(s.tab.booth, Qt.Key.Key_Space)
        assert s.tab.booth.page() == FORM


def type_keys(qtbot: Any, s: Setup, keys: str) -> None:
    for key in keys:
        qtbot.keyClick(s.tab.form.view, key)


# ------------------------------------------------------------ in turn on the laptop


def test_a_ballot_cast_by_keyboard_alone_is_recorded_hidden_and_for_good(qtbot: Any, ballots: Setup) -> None:
    s, tab = ballots, ballots.tab
    s.clear("Samuel Okello")
    names = s.listed()
    assert len(names) == 7 and not any("Elena Rossi" in n for n in names)  # staff: no ballot
    assert "Samuel Okello" in names and "Mei Tanaka    ✓ voted" in names  # who voted, never how
    assert tab.progress.text() == "6 of 7 have voted. Still to vote: Samuel Okello."

    pick(qtbot, s, "Samuel Okello")
    assert tab.stack.currentIndex() == 1 and tab.form.ballot_title.text() == "Ballot of Samuel Okello"
    assert s.on_screen() == ["—"] * 16  # an empty ballot: nobody's votes on screen
    assert not tab.cap.isEnabled() and not tab.import_button.isEnabled()  # the facilitator's controls wait

    type_keys(qtbot, s, "1H2m3L4dHM1l2D3h")  # digits and letters, each moving to the next objective
    assert tab.form.view.currentIndex().row() == 15
    for _ in range(3):
        qtbot.keyClick(tab.form.view, Qt.Key.Key_Up)
    qtbot.keyClick(tab.form.view, Qt.Key.Key_4)  # Obj. 13: dropped instead of medium; on to Obj. 14
    assert tab.form.view.currentIndex().row() == 13
    qtbot.keyClick(tab.form.view, Qt.Key.Key_Up)
    qtbot.keyClick(tab.form.view, Qt.Key.Key_F2)  # a comment on Obj. 13
    [editor] = tab.form.view.viewport().findChildren(QLineEdit)
    qtbot.keyClicks(editor, "Only through partners")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(10)
    assert tab.form.counter.text() == "High: 5 of at most 6"
    assert in_file(s.path, "Samuel Okello") == {}  # nothing reaches the file while voting

    qtbot.keyClick(tab.form.view, Qt.Key.Key_Return, CTRL)
    expected = {str(n): WORDS[c] for n, c in enumerate("hhmmllddhmhlddlh", start=1)}
    recorded = in_file(s.path, "Samuel Okello")
    assert {n: p for n, (p, _) in recorded.items()} == expected
    assert recorded["13"] == ("dropped", "Only through partners")
    ballot = s.doc.ranking.ballot(s.member("Samuel Okello"))
    assert ballot is not None and ballot.source == "laptop"
    # Hidden before the next member sits down.
    assert tab.stack.currentIndex() == 0 and tab.form.ballot.rowCount() == 0
    assert tab.thanks.text().startswith("Thank you, Samuel Okello")
    assert "Samuel Okello    ✓ voted" in s.listed()
    assert tab.cap.isEnabled()

    assert s.plan.undo_stack.count() == 0  # no undo step: the next member can't take it back


def test_blanks_are_abstentions_after_a_question(qtbot: Any, ballots: Setup, fake_dialogs: Any) -> None:
    s, tab = ballots, ballots.tab
    s.clear("Amina Diallo")
    pick(qtbot, s, "Amina Diallo")
    qtbot.keyClick(tab.form.view, Qt.Key.Key_End)  # Obj. 16
    qtbot.keyClick(tab.form.view, Qt.Key.Key_M)
    tab.form.ballot.setData(tab.form.ballot.index(0, COMMENT), "Not ours to do")  # Obj. 1: no priority
    fake_dialogs.answer("ask_yes_no", False)  # go back
    qtbot.keyClick(tab.form.view, Qt.Key.Key_Return, CTRL)
    question = fake_dialogs.of("ask_yes_no")[-1]
    assert question.title == "Some objectives have no priority" and question.text.startswith("15 objectives")
    assert question.text.endswith("1 comment on an objective without a priority will not be kept.")
    assert tab.stack.currentIndex() == 1 and in_file(s.path, "Amina Diallo") == {}
    fake_dialogs.answer("ask_yes_no", True)
    qtbot.keyClick(tab.form.view, Qt.Key.Key_Return, CTRL)
    assert priorities_in_file(s.path, "Amina Diallo") == {"16": "medium"}


def test_a_comment_still_being_typed_counts_when_submitted(qtbot: Any, ballots: Setup) -> None:
    s, tab = ballots, ballots.tab
    s.clear("Hanna Kowalski")
    pick(qtbot, s, "Hanna Kowalski")
    type_keys(qtbot, s, "M" * 15 + "D")
    qtbot.keyClick(tab.form.view, Qt.Key.Key_F2)  # on Obj. 16
    [editor] = tab.form.view.viewport().findChildren(QLineEdit)
    qtbot.keyClicks(editor, "Achieved already")
    tab.form.submit_button.click()  # without leaving the comment first
    assert in_file(s.path, "Hanna Kowalski")["16"] == ("dropped", "Achieved already")
    assert tab.stack.currentIndex() == 0


def test_an_empty_ballot_is_refused_without_a_question(qtbot: Any, ballots: Setup, fake_dialogs: Any) -> None:
    s, tab = ballots, ballots.tab
    s.clear("Amina Diallo")
    pick(qtbot, s, "Amina Diallo")
    tab.form.submit_button.click()
    (error,) = fake_dialogs.take("show_error")
    assert "The ballot is empty" in error.text and error.parent is tab.booth  # on the laptop's screen
    assert tab.stack.currentIndex() == 1 and s.plan.undo_stack.count() == 0


def test_the_mouse_sets_priorities_with_the_buttons(qtbot: Any, ballots: Setup) -> None:
    s, tab = ballots, ballots.tab
    s.clear("Mei Tanaka")
    tab.members.setCurrentIndex(tab.voters.index(s.listed().index("Mei Tanaka")))
    qtbot.mouseClick(tab.start_button, LEFT)
    assert tab.booth.start_cover.button is not None
    qtbot.mouseClick(tab.booth.start_cover.button, LEFT)  # "Start my ballot" on the cover
    assert tab.form.ballot_title.text() == "Ballot of Mei Tanaka"
    rect = tab.form.view.visualRect(tab.form.ballot.index(2, TITLE))
    qtbot.mouseClick(tab.form.view.viewport(), LEFT, pos=rect.center())
    qtbot.mouseClick(tab.form.priority_buttons["dropped"], LEFT)
    qtbot.mouseClick(tab.form.priority_buttons["high"], LEFT)  # moved on to the next objective
    assert s.on_screen()[2:4] == ["Dropped", "High"] and tab.form.view.currentIndex().row() == 4
    rect = tab.form.view.visualRect(tab.form.ballot.index(2, TITLE))
    qtbot.mouseClick(tab.form.view.viewport(), LEFT, pos=rect.center())
    qtbot.mouseClick(tab.form.priority_buttons[None], LEFT)  # clear stays on the objective
    assert s.on_screen()[2:4] == ["—", "High"] and tab.form.view.currentIndex().row() == 2
    assert tab.form.counter.text() == "High: 1 of at most 6"
    assert tab.form.view.currentIndex().column() == PRIORITY and tab.form.ballot.index(2, COMMENT).data() == ""


# ------------------------------------------------------------------------ the cap


def test_the_counter_warns_over_the_cap_and_submitting_is_refused(
    qtbot: Any, ballots: Setup, fake_dialogs: Any
) -> None:
    s, tab = ballots, ballots.tab
    s.clear("Jorge Castillo")
    pick(qtbot, s, "Jorge Castillo")
    type_keys(qtbot, s, "HHHHHH")
    assert tab.form.counter.text() == "High: 6 of at most 6" and tab.form.counter.styleSheet() == ""
    type_keys(qtbot, s, "1" + "3" * 9)
    assert tab.form.counter.text() == "High: 7 of at most 6 — too many: move 1 to medium or low"
    assert "#D55E00" in tab.form.counter.styleSheet() and tab.form.counter.property("over") is True
    qtbot.keyClick(tab.form.view, Qt.Key.Key_Return, CTRL)
    (error,) = fake_dialogs.take("show_error")
    assert "ranks 7 objectives high; the board agreed on at most 6" in error.text
    assert in_file(s.path, "Jorge Castillo") == {} and tab.stack.currentIndex() == 1  # kept, to be corrected

    qtbot.keyClick(tab.form.view, Qt.Key.Key_Home)
    qtbot.keyClick(tab.form.view, Qt.Key.Key_L)
    assert tab.form.counter.text() == "High: 6 of at most 6" and tab.form.counter.property("over") is False
    qtbot.keyClick(tab.form.view, Qt.Key.Key_Return, CTRL)
    assert list(priorities_in_file(s.path, "Jorge Castillo").values()).count("high") == 6

    # A cap lowered (by undo, say) under an open ballot counts at once.
    qtbot.keyClick(tab.booth, Qt.Key.Key_Return)  # the laptop handed back
    s.clear("Jorge Castillo")
    pick(qtbot, s, "Jorge Castillo")
    type_keys(qtbot, s, "HHHHH" + "L" * 11)
    s.plan.push(SetRankingOptions(s.plan, {"high_cap": 6}, {"high_cap": 4}, "Set the cap on high"))
    assert tab.form.counter.text().startswith("High: 5 of at most 4 — too many")
    tab.form.submit_button.click()
    (error,) = fake_dialogs.take("show_error")
    assert "at most 4" in error.text and tab.stack.currentIndex() == 1


def test_the_cap_is_set_on_the_tab_through_the_undo_stack(qtbot: Any, ballots: Setup) -> None:
    s, tab = ballots, ballots.tab
    assert tab.cap.value() == 6
    tab.cap.setFocus()
    tab.cap.selectAll()
    qtbot.keyClicks(tab.cap, "3")
    qtbot.keyClick(tab.cap, Qt.Key.Key_Return)
    assert s.doc.plan.high_cap == 3 and s.plan.undo_stack.undoText() == "Set the cap on high"
    tab.cap.selectAll()
    qtbot.keyClicks(tab.cap, "0")
    qtbot.keyClick(tab.cap, Qt.Key.Key_Return)
    assert s.doc.plan.high_cap is None and tab.cap.text() == "no cap"
    s.clear("Amina Diallo")
    pick(qtbot, s, "Amina Diallo")
    type_keys(qtbot, s, "H" * 9)
    assert tab.form.counter.text() == "High: 9"  # no cap: no warning
    s.plan.undo_stack.undo()
    assert s.doc.plan.high_cap == 3 and tab.cap.value() == 3
    assert tab.form.counter.text().startswith("High: 9 of at most 3 — too many")
    s.plan.undo_stack.undo()
    assert s.doc.plan.high_cap == 6 and tab.cap.value() == 6


# ------------------------------------------------------------ replacing, discarding


def test_a_member_who_voted_votes_again_only_once_the_facilitator_takes_the_ballot_back(
    qtbot: Any, ballots: Setup, fake_dialogs: Any
) -> None:
    s, tab = ballots, ballots.tab
    before = in_file(s.path, "Priya Raman")
    assert len(before) == 16
    pick(qtbot, s, "Priya Raman")  # the next member picks Priya's name: her ballot stays hers
    [said] = fake_dialogs.take("inform")
    assert said.title == "Priya Raman has voted already"
    assert "Take Back Priya Raman's Ballot…" in said.text
    assert tab.stack.currentIndex() == 0 and tab.form.ballot.rowCount() == 0  # nothing shown, nothing to replace
    assert in_file(s.path, "Priya Raman") == before

    fake_dialogs.answer("ask_yes_no", True)  # the facilitator takes it back, asked first
    tab.select_member(s.member("Priya Raman"))
    tab.take_back()
    assert in_file(s.path, "Priya Raman") == {}
    pick(qtbot, s, "Priya Raman")
    assert s.on_screen() == ["—"] * 16  # never the old ballot
    type_keys(qtbot, s, "3" * 16)
    qtbot.keyClick(tab.form.view, Qt.Key.Key_Return, CTRL)
    assert set(priorities_in_file(s.path, "Priya Raman").values()) == {"low"}
    assert s.plan.undo_stack.count() == 0  # the earlier ballot is gone for good


def test_discarding_asks_when_something_was_set_and_records_nothing(
    qtbot: Any, ballots: Setup, fake_dialogs: Any
) -> None:
    s, tab = ballots, ballots.tab
    s.clear("Hanna Kowalski")
    pick(qtbot, s, "Hanna Kowalski")
    qtbot.keyClick(tab.form.view, Qt.Key.Key_Escape)  # nothing set yet: no question
    assert tab.stack.currentIndex() == 0

    pick(qtbot, s, "Hanna Kowalski")
    type_keys(qtbot, s, "HM")
    fake_dialogs.answer("ask_yes_no", False, True)
    tab.form.discard_button.click()  # "go back"
    assert tab.stack.currentIndex() == 1 and s.on_screen()[:3] == ["High", "Medium", "—"]
    qtbot.keyClick(tab.form.view, Qt.Key.Key_Escape)
    assert [c.title for c in fake_dialogs.of("ask_yes_no")] == ["Discard this ballot?"] * 2
    assert tab.stack.currentIndex() == 0 and tab.form.ballot.rowCount() == 0
    assert in_file(s.path, "Hanna Kowalski") == {} and s.plan.undo_stack.count() == 0


# ------------------------------------------------------------ the spreadsheet route


def fill(path: Path, words: list[str]) -> None:
    wb = openpyxl.load_workbook(path)
    for offset, word in enumerate(words):
        wb[SHEET].cell(7 + offset, 3, word)  # the table's header is row 6; Priority is column C
    wb.save(path)


def test_workbooks_written_filled_and_imported_each_whole_or_not_at_all(
    ballots: Setup, fake_dialogs: Any, tmp_path: Path
) -> None:
    s, tab = ballots, ballots.tab
    s.clear("Priya Raman", "Jorge Castillo")
    amina_before = in_file(s.path, "Amina Diallo")
    folder = tmp_path / "ballots"
    folder.mkdir()
    fake_dialogs.answer("ask_folder", folder)
    tab.write_button.click()
    (note,) = fake_dialogs.take("inform")
    assert "7 ballot workbooks written" in note.text and "ballot-priya-raman.xlsx" in note.text
    assert len(list(folder.glob("ballot-*.xlsx"))) == 7
    priya, jorge, amina = (folder / f"ballot-{n}.xlsx" for n in ("priya-raman", "jorge-castillo", "amina-diallo"))
    fill(priya, ["High"] * 6 + ["Low"] * 10)
    fill(jorge, ["High", "Maybe"] + ["Low"] * 14)
    fill(amina, ["Dropped"] * 16)

    fake_dialogs.answer("ask_open_paths", [priya, jorge, amina])
    fake_dialogs.answer("ask_yes_no", False)  # Amina voted already: keep her ballot
    tab.import_button.click()
    assert "Amina Diallo has voted already" in fake_dialogs.of("ask_yes_no")[-1].text
    (error,) = fake_dialogs.take("show_error")
    assert "1 ballot imported: Priya Raman." in error.text
    assert "ballot-jorge-castillo.xlsx: row 8, column C (Priority): “Maybe” is not a priority" in error.text
    assert "Kept the earlier ballot of Amina Diallo" in error.text
    assert list(priorities_in_file(s.path, "Priya Raman").values()).count("high") == 6
    assert in_file(s.path, "Jorge Castillo") == {}  # the bad file: nothing of it, not even its good rows
    assert in_file(s.path, "Amina Diallo") == amina_before
    priya_ballot = s.doc.ranking.ballot(s.member("Priya Raman"))
    assert priya_ballot is not None and priya_ballot.source == "spreadsheet"
    assert "Priya Raman    ✓ voted" in s.listed()
    assert s.plan.undo_stack.count() == 0  # imported ballots are not undone from the Edit menu either
    tab.select_member(s.member("Priya Raman"))
    fake_dialogs.answer("ask_yes_no", True)
    tab.take_back_button.click()  # the facilitator takes one back, named and asked first
    assert fake_dialogs.of("ask_yes_no")[-1].title == "Take back Priya Raman's ballot?"
    assert in_file(s.path, "Priya Raman") == {}

    # Jorge's file corrected, and Amina asked for hers to count: both in one step, replacing hers.
    fill(jorge, ["Medium"] * 16)
    fake_dialogs.answer("ask_open_paths", [jorge, amina])
    fake_dialogs.answer("ask_yes_no", True)
    tab.import_button.click()
    (note,) = fake_dialogs.take("inform")
    assert note.text == "2 ballots imported: Jorge Castillo, Amina Diallo."
    assert set(priorities_in_file(s.path, "Amina Diallo").values()) == {"dropped"}
    assert set(priorities_in_file(s.path, "Jorge Castillo").values()) == {"medium"}
    assert s.plan.undo_stack.count() == 0


def test_a_workbook_the_plans_rules_refuse_is_listed_as_refused_never_as_imported(
    ballots: Setup, fake_dialogs: Any, tmp_path: Path
) -> None:
    s, tab = ballots, ballots.tab
    s.clear("Priya Raman", "Jorge Castillo")
    fake_dialogs.answer("ask_folder", tmp_path)
    tab.write_button.click()
    fake_dialogs.take("inform")
    priya, jorge = (tmp_path / f"ballot-{n}.xlsx" for n in ("priya-raman", "jorge-castillo"))
    fill(priya, ["High"] * 6 + ["Low"] * 10)
    fill(jorge, ["High"] * 7 + ["Low"] * 9)  # each cell reads well; the board's cap of 6 refuses the ballot
    fake_dialogs.answer("ask_open_paths", [priya, jorge])
    tab.import_button.click()
    (error,) = fake_dialogs.take("show_error")
    assert error.title == "Some ballots were not imported"
    imported, *refused = error.text.split("\n")
    assert imported == "1 ballot imported: Priya Raman."
    assert any(
        line.startswith("ballot-jorge-castillo.xlsx") and "ranks 7 objectives high" in line for line in refused
    ), error.text
    assert in_file(s.path, "Jorge Castillo") == {}
    assert "Jorge Castillo    ✓ voted" not in s.listed() and "Priya Raman    ✓ voted" in s.listed()


def test_writing_over_workbooks_already_there_asks_first(ballots: Setup, fake_dialogs: Any, tmp_path: Path) -> None:
    tab = ballots.tab
    fake_dialogs.answer("ask_folder", tmp_path)
    tab.write_button.click()
    fake_dialogs.take("inform")
    filled = tmp_path / "ballot-mei-tanaka.xlsx"
    fill(filled, ["High"] * 16)
    before = filled.read_bytes()
    fake_dialogs.answer("ask_folder", tmp_path)
    fake_dialogs.answer("ask_yes_no", False)
    tab.write_button.click()
    assert "7 ballot workbooks" in fake_dialogs.of("ask_yes_no")[-1].text
    assert filled.read_bytes() == before  # not overwritten


# ------------------------------------------------------------ keeping up with the plan


def test_the_tab_follows_members_and_objectives_and_drops_a_removed_members_ballot(qtbot: Any, ballots: Setup) -> None:
    s, tab = ballots, ballots.tab
    s.clear("Mei Tanaka", "Tomas Lindqvist")
    s.doc.lists.update_row(MEMBERS, s.member("Tomas Lindqvist"), name="Tomás Lindqvist")
    assert "Tomás Lindqvist" in s.listed()
    pick(qtbot, s, "Mei Tanaka")
    type_keys(qtbot, s, "HM")
    s.doc.lists.update_row(MEMBERS, s.member("Mei Tanaka"), name="Mei Tanaka-Ito")
    assert tab.form.ballot_title.text() == "Ballot of Mei Tanaka-Ito" and tab.stack.currentIndex() == 1
    goal = s.doc.structure.objective(s.doc.ranking.ballot_objectives()[0].id).goal_id
    s.doc.structure.add_objective(goal, "0", "A new first objective")
    assert tab.form.ballot.rowCount() == 17 and s.on_screen()[:3] == ["—", "High", "Medium"]  # choices kept
    assert tab.form.view.currentIndex().row() == 3  # still on the objective they were at

    s.doc.lists.update_row(MEMBERS, s.member("Mei Tanaka-Ito"), votes=False)  # marked as not voting
    assert tab.stack.currentIndex() == 0 and tab.form.ballot.rowCount() == 0
    assert "no longer a voting member" in tab.thanks.text()
    assert not any("Mei Tanaka" in n for n in s.listed())

    pick(qtbot, s, "Tomás Lindqvist")
    type_keys(qtbot, s, "L")
    s.doc.lists.delete_row(MEMBERS, s.member("Tomás Lindqvist"))
    assert tab.stack.currentIndex() == 0 and "Tomás Lindqvist's ballot was closed" in tab.thanks.text()
    assert len(s.listed()) == 5 and all(name.endswith("    ✓ voted") for name in s.listed())


def test_a_read_only_plan_offers_no_way_to_vote(qtbot: Any, sample_plan: Path) -> None:
    doc = PlanDocument.open_snapshot(sample_plan)
    plan = OpenPlan(doc, None)
    tab = BallotTab()
    qtbot.addWidget(tab)
    tab.set_plan(plan)
    try:
        assert plan.read_only and len(listed(tab)) == 7
        for widget in (tab.cap, tab.write_button, tab.import_button, tab.start_button, tab.members):
            assert not widget.isEnabled()
        tab.members.setCurrentIndex(tab.voters.index(0))
        tab.start_ballot()
        assert tab.stack.currentIndex() == 0
    finally:
        tab.set_plan(None)
        plan.close()
