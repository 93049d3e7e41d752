"""The Ranking step through its real widgets: ballots cast in turn by keyboard, show-of-hands counts,
the results hidden then revealed, the board's decisions, the members, and ballot workbooks in and out.

Every test runs on a fresh copy of the sample plan (7 voting members who have all voted,
a cap of 6 high, Obj. 9 contested, the seed's decisions) and checks what the file holds.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from ui_driver import ALT, CTRL, pick_member, replace_text

from plan_files import committed
from planner_gui.core.document import PlanDocument
from planner_gui.core.ranking import MEMBERS
from planner_gui.exchange.ballots import SHEET
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.pages.ranking.ballot_model import PRIORITY
from planner_gui.ui.pages.ranking.ranking_page import RankingPage
from planner_gui.ui.pages.ranking.results_columns import CONSENSUS, DISCUSS, HIGH, MEAN, discuss_text

MEMBER = "Amina Diallo"


def listed(tab: Any) -> list[str]:
    """The names on the ballot tab's list as the room reads them (with "✓ voted" after those who have)."""
    return [tab.voters.index(row).data() for row in range(tab.voters.rowCount())]


def ballot_in_file(path: Path, name: str) -> dict[str, str]:
    rows = committed(
        path,
        "SELECT o.number, v.priority FROM ballot_vote v JOIN ballot b ON b.id = v.ballot_id "
        "JOIN member m ON m.id = b.member_id JOIN objective o ON o.id = v.objective_id WHERE m.name = ?",
        (name,),
    )
    return dict(rows)


def go_to_ranking(qtbot: Any, window: MainWindow) -> RankingPage:
    qtbot.keyClick(window, Qt.Key.Key_5, ALT)
    page = window.workspace.pages[window.workspace.current()]
    assert isinstance(page, RankingPage)
    return page


def clear_ballot_of(window: MainWindow, name: str) -> None:
    """The sample's members have all voted; give one of them a clean slate."""
    assert window.plan is not None
    doc = window.plan.doc
    member = doc.ranking.find_member(name)
    assert member is not None
    doc.ranking.restore_ballot(member.id, None)


def press_enter_in_editor(qtbot: Any, editor: Any) -> None:
    """Enter in a cell's editor: the view commits it on its next turn of the event loop."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(10)


# ------------------------------------------------------------------ ballots


def test_a_ballot_cast_by_keyboard_alone_is_recorded_whole_hidden_and_for_good(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path
) -> None:
    clear_ballot_of(sample_window, MEMBER)
    page = go_to_ranking(qtbot, sample_window)
    tab = page.ballots
    page.show_tab(tab)
    assert f"{MEMBER}    ✓ voted" not in listed(tab)
    pick_member(qtbot, page, MEMBER)
    assert tab.stack.currentIndex() == 1 and tab.form.ballot_title.text() == f"Ballot of {MEMBER}"
    # Nothing of anyone's earlier votes on screen: an empty ballot.
    assert {tab.form.ballot.index(r, PRIORITY).data() for r in range(tab.form.ballot.rowCount())} == {"—"}
    # 16 objectives: digits and letters, each moving to the next row; one corrected with the arrows.
    for key in "HHML2M4HM1DDH3hl":
        qtbot.keyClick(tab.form.view, key)
    qtbot.keyClick(tab.form.view, Qt.Key.Key_Up)
    qtbot.keyClick(tab.form.view, Qt.Key.Key_Up)
    qtbot.keyClick(tab.form.view, Qt.Key.Key_4)  # Obj. 14: dropped instead of low
    assert tab.form.counter.text() == "High: 6 of at most 6"
    assert committed(sample_plan, "SELECT count(*) FROM ballot") == [(6,)]  # nothing saved while voting
    qtbot.keyClick(tab.form.view, Qt.Key.Key_Return, CTRL)

    expected = dict(zip([str(n) for n in range(1, 17)], "hhmlmmdhmhddhdhl", strict=True))
    words = {"h": "high", "m": "medium", "l": "low", "d": "dropped"}
    assert ballot_in_file(sample_plan, MEMBER) == {n: words[c] for n, c in expected.items()}
    assert tab.stack.currentIndex() == 0  # the choices are off the screen
    assert tab.form.ballot.rowCount() == 0
    assert tab.thanks.text().startswith(f"Thank you, {MEMBER}")
    assert f"{MEMBER}    ✓ voted" in listed(tab)

    assert not sample_window.undo_action.isEnabled()  # nobody takes it back from the Edit menu
    sample_window.undo_action.trigger()
    assert len(ballot_in_file(sample_plan, MEMBER)) == 16


def test_more_high_than_the_cap_is_refused_and_the_ballot_stays_to_be_corrected(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, fake_dialogs: Any
) -> None:
    clear_ballot_of(sample_window, MEMBER)
    page = go_to_ranking(qtbot, sample_window)
    tab = page.ballots
    pick_member(qtbot, page, MEMBER)
    for _ in range(7):
        qtbot.keyClick(tab.form.view, Qt.Key.Key_1)
    for _ in range(9):
        qtbot.keyClick(tab.form.view, Qt.Key.Key_3)
    assert "High: 7 of at most 6" in tab.form.counter.text() and "too many" in tab.form.counter.text()
    qtbot.keyClick(tab.form.view, Qt.Key.Key_Return, CTRL)
    (error,) = fake_dialogs.take("show_error")
    assert "ranks 7 objectives high; the board agreed on at most 6" in error.text
    assert ballot_in_file(sample_plan, MEMBER) == {}
    assert tab.stack.currentIndex() == 1  # still there, to be corrected
    tab.form.view.setCurrentIndex(tab.form.ballot.index(0, PRIORITY))
    qtbot.keyClick(tab.form.view, Qt.Key.Key_2)
    qtbot.keyClick(tab.form.view, Qt.Key.Key_Return, CTRL)
    assert list(ballot_in_file(sample_plan, MEMBER).values()).count("high") == 6


def test_the_cap_is_set_on_the_tab_and_undoable(qtbot: Any, sample_window: MainWindow, sample_plan: Path) -> None:
    page = go_to_ranking(qtbot, sample_window)
    tab = page.ballots
    page.show_tab(tab)
    tab.cap.setFocus()
    tab.cap.selectAll()
    qtbot.keyClicks(tab.cap, "4")
    qtbot.keyClick(tab.cap, Qt.Key.Key_Return)
    assert committed(sample_plan, "SELECT high_cap FROM plan") == [(4,)]
    tab.cap.selectAll()
    qtbot.keyClicks(tab.cap, "0")
    qtbot.keyClick(tab.cap, Qt.Key.Key_Return)
    assert committed(sample_plan, "SELECT high_cap FROM plan") == [(None,)]
    sample_window.undo_action.trigger()
    assert committed(sample_plan, "SELECT high_cap FROM plan") == [(4,)]
    assert tab.cap.value() == 4


def test_voting_again_needs_the_ballot_taken_back_first_and_shows_an_empty_ballot(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, fake_dialogs: Any
) -> None:
    page = go_to_ranking(qtbot, sample_window)
    before = ballot_in_file(sample_plan, MEMBER)
    pick_member(qtbot, page, MEMBER)
    [said] = fake_dialogs.take("inform")
    assert said.title == f"{MEMBER} has voted already"
    assert page.ballots.stack.currentIndex() == 0 and ballot_in_file(sample_plan, MEMBER) == before
    fake_dialogs.answer("ask_yes_no", True, True)  # take it back; then submit with blanks
    page.ballots.take_back()
    pick_member(qtbot, page, MEMBER)
    tab = page.ballots
    assert {tab.form.ballot.index(r, PRIORITY).data() for r in range(tab.form.ballot.rowCount())} == {"—"}
    qtbot.keyClick(tab.form.view, Qt.Key.Key_L)
    qtbot.keyClick(tab.form.view, Qt.Key.Key_Return, CTRL)
    assert [c.title for c in fake_dialogs.of("ask_yes_no")][-1] == "Some objectives have no priority"
    assert ballot_in_file(sample_plan, MEMBER) == {"1": "low"}  # the blanks are abstentions
    assert before != {"1": "low"}
    sample_window.undo_action.trigger()  # not an undo step
    assert ballot_in_file(sample_plan, MEMBER) == {"1": "low"}


def test_discarding_a_ballot_asks_and_records_nothing(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, fake_dialogs: Any
) -> None:
    clear_ballot_of(sample_window, MEMBER)
    page = go_to_ranking(qtbot, sample_window)
    pick_member(qtbot, page, MEMBER)
    qtbot.keyClick(page.ballots.form.view, Qt.Key.Key_H)
    fake_dialogs.answer("ask_yes_no", True)
    page.ballots.form.discard_button.click()
    assert page.ballots.stack.currentIndex() == 0
    assert ballot_in_file(sample_plan, MEMBER) == {}
    assert sample_window.plan is not None and sample_window.plan.undo_stack.count() == 0


# ------------------------------------------------------------ show of hands


def test_show_of_hands_counts_typed_in_add_to_the_results(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, fake_dialogs: Any
) -> None:
    page = go_to_ranking(qtbot, sample_window)
    hands = page.hands
    page.show_tab(hands)
    hands.view.setFocus()
    hands.view.setCurrentIndex(hands.proxy.index(0, 2))  # Obj. 1, High
    qtbot.keyClicks(hands.view, "3")  # any key opens the cell's editor with it
    press_enter_in_editor(qtbot, hands.view.focusWidget())
    assert committed(sample_plan, "SELECT high, medium, low, dropped FROM hand_count") == [(3, 0, 0, 0)]
    assert hands.proxy.index(0, 6).data() == "7"  # from ballots, unchanged
    results = page.results
    page.show_tab(results)
    results.toggle_reveal()
    assert results.proxy.index(0, HIGH).data() == "9"  # 6 ballots + 3 hands
    # A negative count is refused with the core's message, and nothing changes.
    hands.view.setCurrentIndex(hands.proxy.index(0, 3))
    assert not hands.model.setData(hands.model.index(0, 3), -2)  # type: ignore[union-attr]
    (error,) = fake_dialogs.take("show_error")
    assert "whole number, 0 or more" in error.text
    assert committed(sample_plan, "SELECT high, medium, low, dropped FROM hand_count") == [(3, 0, 0, 0)]
    sample_window.undo_action.trigger()  # the reveal
    sample_window.undo_action.trigger()  # the count
    assert committed(sample_plan, "SELECT high, medium, low, dropped FROM hand_count") == [(0, 0, 0, 0)]


# ------------------------------------------------------------------ results


def shown_numbers(page: RankingPage) -> list[str]:
    proxy = page.results.proxy
    return [proxy.index(r, c).data() for r in range(proxy.rowCount()) for c in range(2, 10)]


def test_results_are_hidden_until_revealed_then_match_the_ballots(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path
) -> None:
    clear_ballot_of(sample_window, "Mei Tanaka")
    page = go_to_ranking(qtbot, sample_window)
    results = page.results
    page.show_tab(results)
    assert results.stack.currentWidget() is results.waiting
    assert results.status.text() == "6 of 7 voting members have voted."
    waiting = results.waiting.text()
    assert "✓</td><td>Amina Diallo" in waiting and "—</td><td>Mei Tanaka" in waiting
    assert "High" not in waiting and "consensus" not in waiting.lower()
    assert results.model is None or results.proxy.rowCount() == 0  # no numbers exist on the page yet

    results.reveal_button.click()
    assert committed(sample_plan, "SELECT results_revealed FROM plan") == [(1,)]
    assert sample_window.plan is not None
    expected = {r.objective.number: r.tally for r in sample_window.plan.doc.ranking.results()}
    proxy = results.proxy
    for row in range(proxy.rowCount()):
        number = proxy.index(row, 0).data()
        tally = expected[number]
        assert [proxy.index(row, HIGH + i).data() for i in range(4)] == [f"{c:g}" for c in tally.counts]
        assert proxy.index(row, MEAN).data() == f"{tally.mean:.1f}"
        assert proxy.index(row, CONSENSUS).data() == f"{tally.consensus:.2f}"
    flagged = [proxy.index(r, 0).data() for r in range(proxy.rowCount()) if proxy.index(r, DISCUSS).data()]
    assert flagged == ["9"]
    assert proxy.index(8, DISCUSS).data() == discuss_text()

    results.view.sortByColumn(CONSENSUS, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, 0).data() == "9"  # the split room comes first

    results.reveal_button.click()  # hide again
    assert results.stack.currentWidget() is results.waiting


def test_votes_by_name_add_a_column_per_member_and_weights_are_announced(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path
) -> None:
    page = go_to_ranking(qtbot, sample_window)
    results = page.results
    page.show_tab(results)
    results.toggle_reveal()
    columns = results.proxy.columnCount()
    results.by_name.click()
    assert committed(sample_plan, "SELECT votes_by_name FROM plan") == [(1,)]
    assert results.proxy.columnCount() == columns + 7
    header = [results.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(columns, columns + 7)]
    assert header[0] == "Amina Diallo"
    assert results.proxy.index(0, columns).data() == "High"
    assert not results.weights_note.isVisibleTo(results)
    assert sample_window.plan is not None
    doc = sample_window.plan.doc
    doc.lists.update_row(MEMBERS, doc.ranking.find_member("Amina Diallo").id, weight=2)  # type: ignore[union-attr]
    assert results.weights_note.isVisibleTo(results)
    results.by_name.click()
    assert results.proxy.columnCount() == columns


def members_tab_on(qtbot: Any, window: MainWindow, name: str) -> Any:
    """The Members tab with ``name`` selected: its form shows them."""
    page = go_to_ranking(qtbot, window)
    members = page.members
    page.show_tab(members)
    row = next(r for r in range(members.proxy.rowCount()) if members.proxy.index(r, 0).data() == name)
    members.view.setCurrentIndex(members.proxy.index(row, 0))
    return members


def weight_of(plan: Path, name: str) -> float:
    [(weight,)] = committed(plan, "SELECT weight FROM member WHERE name = ?", (name,))
    return float(weight)


def test_a_weight_is_typed_as_people_write_numbers_and_a_finer_one_from_an_older_plan_is_not_rounded_by_leaving_it(
    qtbot: Any, window: MainWindow, sample_plan: Path, fake_dialogs: Any
) -> None:
    with sqlite3.connect(sample_plan) as older:  # as an earlier version let an import write it
        older.execute("UPDATE member SET weight = 0.333 WHERE name = 'Amina Diallo'")
    older.close()
    assert window.open_path(sample_plan) and window.plan is not None
    members = members_tab_on(qtbot, window, "Amina Diallo")
    weight = members.form.editors["weight"]
    assert weight.text() == "0.333"
    undo = window.plan.undo_stack.count()
    replace_text(qtbot, weight, "0.333")
    qtbot.keyClick(weight, Qt.Key.Key_Tab)  # the field left as it was
    assert weight_of(sample_plan, "Amina Diallo") == 0.333
    assert window.plan.undo_stack.count() == undo  # nothing was edited
    for typed, kept in (("0,5", 0.5), ("1.25", 1.25), ("2", 2.0)):
        replace_text(qtbot, weight, typed)
        qtbot.keyClick(weight, Qt.Key.Key_Tab)
        assert weight_of(sample_plan, "Amina Diallo") == kept, typed
    for typed in ("250", "0", "heavy", "1,5,0"):  # never a different number than typed, without a word
        replace_text(qtbot, weight, typed)
        qtbot.keyClick(weight, Qt.Key.Key_Tab)
        [error] = fake_dialogs.take("show_error")
        assert "weight" in error.text, typed
        assert weight_of(sample_plan, "Amina Diallo") == 2.0 and weight.text() == "2"


def test_ctrl_z_in_the_weight_field_takes_the_weight_back_for_good(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path
) -> None:
    """The field hands Ctrl+Z to the window, which records what was typed and takes it back: the field shows the
    weight kept, so leaving it writes nothing again."""
    members = members_tab_on(qtbot, sample_window, "Amina Diallo")
    weight = members.form.editors["weight"]
    replace_text(qtbot, weight, "2")
    qtbot.keyClick(weight, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert weight_of(sample_plan, "Amina Diallo") == 1.0 and weight.text() == "1"
    qtbot.keyClick(weight, Qt.Key.Key_Tab)
    assert weight_of(sample_plan, "Amina Diallo") == 1.0


def test_a_members_name_is_typed_letter_by_letter_spaces_and_all_and_checked_when_the_field_is_left(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, fake_dialogs: Any
) -> None:
    members = members_tab_on(qtbot, sample_window, "Amina Diallo")
    name = members.form.editors["name"]
    replace_text(qtbot, name, "Amina Diallo Sow")  # a space typed at the end is a space, not eaten
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    assert committed(sample_plan, "SELECT count(*) FROM member WHERE name = 'Amina Diallo Sow'") == [(1,)]
    members = members_tab_on(qtbot, sample_window, "Mei Tanaka")
    replace_text(qtbot, members.form.editors["name"], "Mei")
    qtbot.keyClick(members.form.editors["name"], Qt.Key.Key_Tab)
    members = members_tab_on(qtbot, sample_window, "Amina Diallo Sow")
    name = members.form.editors["name"]
    replace_text(qtbot, name, "Meiling")  # passes through "Mei", another member's name, on the way
    assert fake_dialogs.take("show_error") == []
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    assert committed(sample_plan, "SELECT count(*) FROM member WHERE name IN ('Mei', 'Meiling')") == [(2,)]
    replace_text(qtbot, name, "mei ")  # a name taken is refused once, whole, and the field shows the name kept
    qtbot.keyClick(name, Qt.Key.Key_Tab)
    [error] = fake_dialogs.take("show_error")
    assert "already a member called Mei" in error.text and name.text() == "Meiling"


# ---------------------------------------------------------------- decisions


def test_decisions_by_keyboard_with_a_drop_reason_and_a_rationale(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path
) -> None:
    page = go_to_ranking(qtbot, sample_window)
    decisions = page.decisions
    page.show_tab(decisions)
    decisions.view.setFocus()
    decisions.view.setCurrentIndex(decisions.proxy.index(2, 3))  # Obj. 3, medium in the sample
    qtbot.keyClick(decisions.view, Qt.Key.Key_D)  # dropped; its "Why dropped" list opens
    assert committed(sample_plan, "SELECT priority FROM objective WHERE number = '3'") == [("dropped",)]
    reasons = decisions.view.indexWidget(decisions.view.currentIndex())
    assert decisions.view.currentIndex() == decisions.proxy.index(2, 4) and isinstance(reasons, QComboBox)
    qtbot.keyClick(reasons.view(), Qt.Key.Key_Escape)  # the reason later: the list closes, then the editor
    qtbot.keyClick(reasons, Qt.Key.Key_Escape)
    qtbot.keyClick(decisions.view, Qt.Key.Key_Down)
    assert decisions.proxy.index(3, 0).data() == decisions.view.currentIndex().siblingAtColumn(0).data() == "4"
    qtbot.keyClick(decisions.view, Qt.Key.Key_1)  # Obj. 4 high
    assert committed(sample_plan, "SELECT priority FROM objective WHERE number = '4'") == [("high",)]
    # Obj. 3's reason: merged into Obj. 1, picked in the cells' lists.
    reason, target = decisions.proxy.index(2, 4), decisions.proxy.index(2, 5)
    assert decisions.proxy.setData(reason, "merged into another objective")
    assert decisions.proxy.setData(target, sample_window.plan.doc.structure.find_objective("1").id)  # type: ignore[union-attr]
    assert decisions.proxy.index(2, 5).data() == "Obj. 1"
    decisions.view.setCurrentIndex(decisions.proxy.index(2, 3))
    decisions.rationale.setFocus()
    decisions.rationale.selectAll()
    qtbot.keyClicks(decisions.rationale, "Folded into 1.")
    assert committed(sample_plan, "SELECT priority, drop_kind, rationale FROM objective WHERE number = '3'") == [
        ("dropped", "merged into another objective", "Folded into 1.")
    ]
    assert "4 medium" not in decisions.summary.text()
    # Undo, step by step: rationale, target, reason, Obj. 4, Obj. 3.
    for _ in range(5):
        sample_window.undo_action.trigger()
    assert committed(sample_plan, "SELECT number, priority, drop_kind FROM objective WHERE number IN ('3', '4')") == [
        ("3", "medium", None),
        ("4", "low", None),
    ]
    sample_window.close()
    reopened = PlanDocument.open_snapshot(sample_plan)
    try:
        assert reopened.structure.find_objective("3").priority == "medium"  # type: ignore[union-attr]
    finally:
        reopened.close()


def test_the_reason_and_the_objective_it_points_to_are_editable_only_where_they_apply(
    qtbot: Any, sample_window: MainWindow
) -> None:
    page = go_to_ranking(qtbot, sample_window)
    page.show_tab(page.decisions)
    proxy = page.decisions.proxy
    editable = Qt.ItemFlag.ItemIsEditable
    assert not proxy.flags(proxy.index(0, 4)) & editable  # Obj. 1 is high: no reason to drop
    assert proxy.flags(proxy.index(10, 4)) & editable  # Obj. 11 dropped
    assert proxy.flags(proxy.index(10, 5)) & editable  # ... as an indicator of Obj. 8
    assert proxy.index(10, 5).data() == "Obj. 8"
    assert not proxy.flags(proxy.index(13, 5)) & editable  # Obj. 14: outside our influence, no target


# ------------------------------------------------------------------ members


def test_members_added_marked_as_not_voting_and_deleted_with_their_ballot(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, fake_dialogs: Any
) -> None:
    page = go_to_ranking(qtbot, sample_window)
    members = page.members
    page.show_tab(members)
    members.view.setFocus()
    members.view.setCurrentIndex(members.proxy.index(7, 0))
    qtbot.keyClick(members.view, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    editor = members.view.focusWidget()
    assert editor.text() == "New member"
    editor.selectAll()
    qtbot.keyClicks(editor, "Lena Park")
    press_enter_in_editor(qtbot, editor)
    assert committed(sample_plan, "SELECT name, votes FROM member ORDER BY position")[-1] == ("Lena Park", 1)
    members.form.editors["votes"].click()  # an observer: does not vote
    assert committed(sample_plan, "SELECT votes FROM member WHERE name = 'Lena Park'") == [(0,)]
    assert "1 taking part without a vote" not in members.summary.text()
    assert "2 taking part without a vote" in members.summary.text()
    assert "Lena Park" not in listed(page.ballots)

    members.select(sample_window.plan.doc.ranking.find_member(MEMBER).id)  # type: ignore[union-attr]
    fake_dialogs.answer("ask_yes_no", True)
    qtbot.keyClick(members.view, Qt.Key.Key_Delete)
    assert "and its 1 ballot?" in fake_dialogs.of("ask_yes_no")[-1].text
    assert committed(sample_plan, "SELECT count(*) FROM ballot") == [(6,)]
    sample_window.undo_action.trigger()
    assert len(ballot_in_file(sample_plan, MEMBER)) == 16


# -------------------------------------------------------- ballot workbooks


def fill(path: Path, words: list[str]) -> None:
    wb = openpyxl.load_workbook(path)
    for offset, word in enumerate(words):
        wb[SHEET].cell(7 + offset, 3, word)
    wb.save(path)


def test_ballot_workbooks_written_filled_and_imported_from_the_window(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, fake_dialogs: Any, tmp_path: Path
) -> None:
    for name in ("Priya Raman", "Jorge Castillo"):
        clear_ballot_of(sample_window, name)
    page = go_to_ranking(qtbot, sample_window)
    tab = page.ballots
    page.show_tab(tab)
    folder = tmp_path / "ballots"
    folder.mkdir()
    fake_dialogs.answer("ask_folder", folder)
    tab.write_button.click()
    (note,) = fake_dialogs.take("inform")
    assert "7 ballot workbooks" in note.text
    priya, jorge = folder / "ballot-priya-raman.xlsx", folder / "ballot-jorge-castillo.xlsx"
    fill(priya, ["High"] * 6 + ["Low"] * 10)
    fill(jorge, ["High", "Maybe"] + ["Low"] * 14)
    fake_dialogs.answer("ask_open_paths", [priya, jorge])
    tab.import_button.click()
    (error,) = fake_dialogs.take("show_error")
    assert "1 ballot imported: Priya Raman" in error.text
    assert "ballot-jorge-castillo.xlsx: row 8, column C (Priority): “Maybe” is not a priority" in error.text
    assert list(ballot_in_file(sample_plan, "Priya Raman").values()).count("high") == 6
    assert ballot_in_file(sample_plan, "Jorge Castillo") == {}
    assert committed(
        sample_plan, "SELECT source FROM ballot b JOIN member m ON m.id = b.member_id WHERE m.name = 'Priya Raman'"
    ) == [("spreadsheet",)]
    assert not sample_window.undo_action.isEnabled()  # an imported ballot is no undo step either
    tab.select_member(sample_window.plan.doc.ranking.find_member("Priya Raman").id)  # type: ignore[union-attr]
    fake_dialogs.answer("ask_yes_no", True)
    tab.take_back_button.click()
    assert ballot_in_file(sample_plan, "Priya Raman") == {}


def test_a_read_only_plan_offers_no_way_to_vote_or_decide(
    qtbot: Any, read_only_window: MainWindow, sample_plan: Path
) -> None:
    viewer = read_only_window
    page = go_to_ranking(qtbot, viewer)
    before = sample_plan.read_bytes()
    assert not page.ballots.start_button.isEnabled()
    page.show_tab(page.results)  # a tab is filled in when it is first shown
    assert not page.results.reveal_button.isEnabled()
    assert not page.members.add_button.isEnabled()
    proxy = page.decisions.proxy
    assert not proxy.flags(proxy.index(0, 3)) & Qt.ItemFlag.ItemIsEditable
    page.decisions.view.setCurrentIndex(proxy.index(0, 3))
    qtbot.keyClick(page.decisions.view, Qt.Key.Key_4)
    assert sample_plan.read_bytes() == before


@pytest.fixture(autouse=True)
def _no_stray_ballot_edits(sample_plan: Path) -> None:
    """Every test starts from the sample as written (7 ballots)."""
    assert committed(sample_plan, "SELECT count(*) FROM ballot") == [(7,)]


def test_a_tabs_table_is_made_when_the_tab_is_first_shown_and_then_kept_up_to_date(
    qtbot: Any, sample_window: MainWindow
) -> None:
    # 2,000 rows take a tenth of a second to make: a plan opened on another tab doesn't wait for these.
    page = go_to_ranking(qtbot, sample_window)
    page.show_tab(page.results)
    assert page.decisions.model is None and page.hands.model is None
    assert page.decisions.proxy.rowCount() == 0
    page.show_tab(page.decisions)
    assert sample_window.plan is not None
    doc = sample_window.plan.doc
    assert page.decisions.model is not None and page.hands.model is None
    assert page.decisions.proxy.rowCount() == len(doc.structure.objectives())
    assert page.decisions.summary.text().startswith("Decided:")
    page.show_tab(page.hands)  # a decision made while the table is hidden still reaches it
    first = doc.structure.objectives()[0]
    new = "low" if first.priority != "low" else "high"
    doc.ranking.set_decision(first.id, priority=new)
    assert page.decisions.proxy.index(0, 3).data(Qt.ItemDataRole.EditRole) == new
    assert f"{doc.ranking.decision_counts()[new]} {new}" in page.decisions.summary.text()
