"""The room's picture (Results) and the show of hands, each tab built on its own over the sample plan.

The sample has 16 objectives and 7 voting members who have all voted; Obj. 9 is the contested one.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from planner_gui.core.document import PlanDocument
from planner_gui.core.ranking import MEMBERS
from planner_gui.core.sample import write_sample
from planner_gui.core.tally import CONTESTED_BELOW
from planner_gui.ui.open_plan import OpenPlan
from planner_gui.ui.pages.ranking import hands_tab
from planner_gui.ui.pages.ranking.hands_tab import BALLOTS, HandsTab
from planner_gui.ui.pages.ranking.results_columns import (
    CONSENSUS,
    DECISION,
    DISCUSS,
    HIGH,
    LEADING,
    MEAN,
    TITLE,
    discuss_text,
)
from planner_gui.ui.pages.ranking.results_tab import COMPACT_HIDES, COUNTS_HIDE, TITLE_CHARS, ResultsTab
from planner_gui.ui.widgets.distribution import distribution_text, legend_html, segments

TIER_WORDS = ("high", "medium", "low", "dropped", "mean", "consensus")
HAND_HIGH, HAND_MEDIUM, HAND_DROPPED = hands_tab.HIGH, hands_tab.MEDIUM, hands_tab.DROPPED


@pytest.fixture
def plan(sample_plan: Path) -> Iterator[OpenPlan]:
    doc = PlanDocument.open(sample_plan)
    open_plan = OpenPlan(doc, None)
    yield open_plan
    open_plan.close()


@pytest.fixture
def results(qtbot: Any, plan: OpenPlan) -> ResultsTab:
    tab = ResultsTab()
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.set_plan(plan)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


@pytest.fixture
def hands(qtbot: Any, plan: OpenPlan) -> HandsTab:
    tab = HandsTab()
    qtbot.addWidget(tab)
    tab.resize(1366, 700)
    tab.set_plan(plan)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    return tab


def member_id(plan: OpenPlan, name: str) -> int:
    member = plan.doc.ranking.find_member(name)
    assert member is not None
    return member.id


def row_of(tab: ResultsTab, number: str) -> int:
    return next(r for r in range(tab.proxy.rowCount()) if tab.proxy.index(r, 0).data() == number)


def visible_texts(widget: QWidget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


# ------------------------------------------------------------------ hidden


def test_until_revealed_the_tab_shows_who_has_voted_and_no_numbers(results: ResultsTab, plan: OpenPlan) -> None:
    plan.doc.ranking.restore_ballot(member_id(plan, "Mei Tanaka"), None)
    plan.doc.ranking.set_hand_count(plan.doc.ranking.results()[2].objective.id, high=2)
    assert results.stack.currentWidget() is results.waiting
    assert results.status.text() == "6 of 7 voting members have voted."
    waiting = results.waiting.text()
    assert "✓</td><td>Amina Diallo" in waiting and "—</td><td>Mei Tanaka" in waiting
    assert "Elena Rossi" not in waiting  # she takes part without a vote
    assert "votes counted for 1 objective" in waiting
    # Nothing of how anyone voted: no model behind the table, no tier or score named on screen.
    assert results.model is None and results.proxy.rowCount() == 0
    assert not any(word in visible_texts(results).lower() for word in TIER_WORDS)
    assert results.reveal_button.text() == "&Reveal results" and results.reveal_button.property("primary")
    assert not results.contested_button.isVisibleTo(results)


# ---------------------------------------------------------------- revealed


def test_revealed_the_numbers_match_the_ballots_and_undo_hides_them_again(results: ResultsTab, plan: OpenPlan) -> None:
    results.reveal_button.click()
    assert plan.doc.plan.results_revealed
    assert results.stack.currentWidget() is results.shown
    assert results.reveal_button.text() == "H&ide results" and not results.reveal_button.property("primary")
    proxy = results.proxy
    expected = {r.objective.number: r for r in plan.doc.ranking.results()}
    assert proxy.rowCount() == 16
    for row in range(proxy.rowCount()):
        result = expected[proxy.index(row, 0).data()]
        tally = result.tally
        assert [proxy.index(row, HIGH + i).data() for i in range(4)] == [f"{c:g}" for c in tally.counts]
        assert proxy.index(row, MEAN).data() == f"{tally.mean:.1f}"
        assert proxy.index(row, CONSENSUS).data() == f"{tally.consensus:.2f}"
        assert proxy.index(row, LEADING).data() == (tally.leading or "").capitalize()
        assert proxy.index(row, DECISION).data() == (result.objective.priority or "").capitalize()
    assert f"below {CONTESTED_BELOW:.2f} is flagged" in results.explain.text()
    assert "<s>Dropped</s>" in results.legend.text()

    plan.undo_stack.undo()
    assert not plan.doc.plan.results_revealed
    assert results.stack.currentWidget() is results.waiting and results.model is None
    results.toggle_reveal()
    results.reveal_button.click()  # "Hide results"
    assert not plan.doc.plan.results_revealed and results.proxy.rowCount() == 0


def test_sorting_puts_the_contested_objective_first_and_only_it_is_flagged(results: ResultsTab, plan: OpenPlan) -> None:
    results.toggle_reveal()
    proxy = results.proxy
    flagged = [proxy.index(r, 0).data() for r in range(proxy.rowCount()) if proxy.index(r, DISCUSS).data()]
    assert flagged == ["9"]
    row = row_of(results, "9")
    assert proxy.index(row, DISCUSS).data() == discuss_text()
    assert "discuss" in proxy.index(row, DISCUSS).data(Qt.ItemDataRole.ToolTipRole).lower()

    results.view.sortByColumn(CONSENSUS, Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, 0).data() == "9"
    results.view.sortByColumn(MEAN, Qt.SortOrder.DescendingOrder)
    means = [float(proxy.index(r, MEAN).data()) for r in range(proxy.rowCount())]
    assert means == sorted(means, reverse=True)
    results.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # back to the plan's order
    assert [proxy.index(r, 0).data() for r in range(3)] == ["1", "2", "3"]
    results.contested_button.click()
    assert proxy.index(0, 0).data() == "9"


def test_votes_by_name_add_a_column_per_voting_member_with_their_comments(results: ResultsTab, plan: OpenPlan) -> None:
    doc = plan.doc
    amina = member_id(plan, "Amina Diallo")
    nine = next(r.objective.id for r in doc.ranking.results() if r.objective.number == "9")
    ballot = doc.ranking.ballot(amina)
    assert ballot is not None
    votes: dict[int, tuple[str | None, str]] = dict(ballot.votes)
    votes[nine] = (votes[nine][0], "Only if the donors stay")
    doc.ranking.cast_ballot(amina, votes, replace=True)
    results.toggle_reveal()
    columns = results.proxy.columnCount()
    results.by_name.click()
    assert doc.plan.votes_by_name
    voters = doc.ranking.members(voting_only=True)
    assert results.proxy.columnCount() == columns + len(voters) == columns + 7
    headers = [results.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(columns, columns + 7)]
    assert headers == [m.name for m in voters]
    row, by_member = row_of(results, "9"), next(r.by_member for r in doc.ranking.results() if r.objective.id == nine)
    shown = [results.proxy.index(row, columns + i).data() for i in range(7)]
    assert shown == [by_member[m.id].capitalize() for m in voters]
    tooltip = results.proxy.index(row, columns).data(Qt.ItemDataRole.ToolTipRole)
    assert "Only if the donors stay" in tooltip and "Amina Diallo" in tooltip

    plan.undo_stack.undo()
    assert not doc.plan.votes_by_name and not results.by_name.isChecked()
    assert results.proxy.columnCount() == columns
    results.by_name.click()
    results.by_name.click()
    assert results.proxy.columnCount() == columns and not doc.plan.votes_by_name


def test_a_weighted_ballot_is_announced_and_counted(results: ResultsTab, plan: OpenPlan) -> None:
    results.toggle_reveal()
    assert not results.weights_note.isVisibleTo(results)
    plan.doc.lists.update_row(MEMBERS, member_id(plan, "Amina Diallo"), weight=2)
    assert results.weights_note.isVisibleTo(results)
    assert "Amina Diallo ×2" in results.weights_note.text()
    plan.doc.lists.update_row(MEMBERS, member_id(plan, "Tomas Lindqvist"), weight=0.5)
    expected = {r.objective.number: r.tally for r in plan.doc.ranking.results()}
    for row in range(results.proxy.rowCount()):
        tally = expected[results.proxy.index(row, 0).data()]
        assert [results.proxy.index(row, HIGH + i).data() for i in range(4)] == [f"{c:g}" for c in tally.counts]
    assert any("." in results.proxy.index(r, HIGH).data() for r in range(results.proxy.rowCount()))
    plan.doc.lists.update_row(MEMBERS, member_id(plan, "Amina Diallo"), weight=1)
    plan.doc.lists.update_row(MEMBERS, member_id(plan, "Tomas Lindqvist"), weight=1)
    assert not results.weights_note.isVisibleTo(results)


def test_a_narrow_table_leaves_out_the_count_columns_but_keeps_every_number_in_the_model(
    results: ResultsTab, qtbot: Any
) -> None:
    results.toggle_reveal()
    assert not any(results.view.isColumnHidden(c) for c in COMPACT_HIDES)
    results.resize(700, 600)
    qtbot.waitUntil(lambda: results.view.isColumnHidden(HIGH))
    assert all(results.view.isColumnHidden(c) for c in COMPACT_HIDES)
    assert results.proxy.index(0, HIGH).data() == "6"
    results.resize(1366, 700)
    qtbot.waitUntil(lambda: not results.view.isColumnHidden(HIGH))


def test_on_a_laptop_the_titles_keep_their_room_the_counts_step_aside_first_and_the_mean_stays(
    results: ResultsTab, qtbot: Any
) -> None:
    results.toggle_reveal()
    results.resize(1140, 600)  # the tab's width in the window on a 1366-pixel laptop screen, sidebar beside it
    qtbot.waitUntil(lambda: results.view.isColumnHidden(HIGH))
    assert all(results.view.isColumnHidden(c) for c in COUNTS_HIDE)
    assert not results.view.isColumnHidden(MEAN) and not results.view.isColumnHidden(CONSENSUS)
    digit = results.view.fontMetrics().horizontalAdvance("0")
    assert results.view.columnWidth(TITLE) >= digit * TITLE_CHARS
    assert results.view.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways to


def test_the_results_tab_renders_legibly_at_projector_size(results: ResultsTab, tmp_path: Path) -> None:
    results.toggle_reveal()
    image = results.grab().toImage()
    assert (image.width(), image.height()) == (1366, 700)
    assert image.save(str(tmp_path / "results.png"))
    bar = results.view.visualRect(results.proxy.index(row_of(results, "9"), 6))
    assert bar.width() >= 120 and bar.height() >= results.fontMetrics().height()


# ------------------------------------------------------------ show of hands


def edit_cell(qtbot: Any, tab: HandsTab, row: int, column: int, keys: str) -> None:
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.proxy.index(row, column))
    qtbot.keyClicks(tab.view, keys)  # any key opens the cell's editor with it


def test_counts_typed_by_keyboard_add_to_the_results(
    qtbot: Any, hands: HandsTab, plan: OpenPlan, sample_plan: Path
) -> None:
    results = ResultsTab()
    qtbot.addWidget(results)
    results.set_plan(plan)
    results.toggle_reveal()
    assert hands.proxy.index(0, BALLOTS).data() == "7"
    assert results.proxy.index(0, HIGH).data() == "6"

    edit_cell(qtbot, hands, 0, HAND_HIGH, "3")
    qtbot.keyClick(hands.view.focusWidget(), Qt.Key.Key_Tab)  # commits, and opens Medium's editor
    qtbot.wait(10)
    assert hands.view.currentIndex().column() == HAND_MEDIUM
    qtbot.keyClicks(hands.view.focusWidget(), "12")
    qtbot.keyClick(hands.view.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(10)
    assert plan.doc.ranking.hand_count(plan.doc.ranking.results()[0].objective.id) == {
        "high": 3,
        "medium": 12,
        "low": 0,
        "dropped": 0,
    }
    assert hands.proxy.index(0, HAND_HIGH).data() == "3"
    assert hands.proxy.index(0, BALLOTS).data() == "7"  # the ballots' own votes, unchanged
    assert results.proxy.index(0, HIGH).data() == "9" and results.proxy.index(0, HIGH + 1).data() == "13"
    assert hands.summary.text() == "Counted by hand: 15 votes on 1 of 16 objectives."

    # Tab from the last count goes on to the next objective's first.
    edit_cell(qtbot, hands, 0, HAND_DROPPED, "1")
    qtbot.keyClick(hands.view.focusWidget(), Qt.Key.Key_Tab)
    qtbot.wait(10)
    assert (hands.view.currentIndex().row(), hands.view.currentIndex().column()) == (1, HAND_HIGH)
    qtbot.keyClick(hands.view.focusWidget(), Qt.Key.Key_Escape)

    plan.undo_stack.undo()  # the dropped count
    plan.undo_stack.undo()  # medium
    assert plan.doc.ranking.hand_count(plan.doc.ranking.results()[0].objective.id)["medium"] == 0
    plan.undo_stack.undo()  # high
    assert results.proxy.index(0, HIGH).data() == "6"
    assert hands.summary.text() == "No votes counted by hand yet."


def test_a_bad_count_is_refused_with_the_cores_message_and_nothing_changes(
    qtbot: Any, hands: HandsTab, plan: OpenPlan, fake_dialogs: Any
) -> None:
    objective = plan.doc.ranking.results()[0].objective.id
    edit_cell(qtbot, hands, 0, HAND_HIGH, "4")
    qtbot.keyClick(hands.view.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(10)
    steps = plan.undo_stack.count()
    assert not hands.model.setData(hands.model.index(0, HAND_MEDIUM), -2)  # type: ignore[union-attr]
    (error,) = fake_dialogs.take("show_error")
    assert "whole number, 0 or more" in error.text and "-2" in error.text
    hands.view.setCurrentIndex(hands.proxy.index(0, HAND_HIGH))
    hands.paste("lots")
    (error,) = fake_dialogs.take("show_error")
    assert "“lots”" in error.text
    assert plan.doc.ranking.hand_count(objective) == {"high": 4, "medium": 0, "low": 0, "dropped": 0}
    assert plan.undo_stack.count() == steps
    edit_cell(qtbot, hands, 0, HAND_HIGH, "7")  # typing replaces the count, it doesn't add digits to it
    qtbot.keyClick(hands.view.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(10)
    assert plan.doc.ranking.hand_count(objective)["high"] == 7


def test_paste_and_delete_fill_and_clear_counts(qtbot: Any, hands: HandsTab, plan: OpenPlan) -> None:
    hands.view.setFocus()
    hands.view.setCurrentIndex(hands.proxy.index(1, HAND_HIGH))
    hands.paste("1\t2\t3\t4\t99\n5\t6\n")  # a block from a spreadsheet; what falls outside the counts is left
    first, second = (r.objective.id for r in plan.doc.ranking.results()[1:3])
    assert plan.doc.ranking.hand_count(first) == {"high": 1, "medium": 2, "low": 3, "dropped": 4}
    assert plan.doc.ranking.hand_count(second) == {"high": 5, "medium": 6, "low": 0, "dropped": 0}
    assert plan.undo_stack.count() == 1  # one step to undo
    qtbot.keyClick(hands.view, Qt.Key.Key_Delete)
    assert plan.doc.ranking.hand_count(first)["high"] == 0
    plan.undo_stack.undo()
    plan.undo_stack.undo()
    assert (
        plan.doc.ranking.hand_count(first)
        == plan.doc.ranking.hand_count(second)
        == dict.fromkeys(("high", "medium", "low", "dropped"), 0)
    )


def test_nothing_is_editable_in_a_read_only_plan(qtbot: Any, sample_plan: Path) -> None:
    doc = PlanDocument.open_snapshot(sample_plan)
    plan = OpenPlan(doc, None)
    hands, results = HandsTab(), ResultsTab()
    for tab in (hands, results):
        qtbot.addWidget(tab)
        tab.set_plan(plan)
    try:
        assert not hands.proxy.flags(hands.proxy.index(0, HAND_HIGH)) & Qt.ItemFlag.ItemIsEditable
        hands.view.setCurrentIndex(hands.proxy.index(0, HAND_HIGH))
        hands.paste("5")
        assert doc.ranking.hand_count(doc.ranking.results()[0].objective.id)["high"] == 0
        assert not results.reveal_button.isEnabled() and not results.by_name.isEnabled()
        results.toggle_reveal()
        assert not doc.plan.results_revealed and plan.undo_stack.count() == 0
    finally:
        for tab in (hands, results):
            tab.set_plan(None)
        plan.close()


def test_no_plan_leaves_both_tabs_empty(qtbot: Any, results: ResultsTab, hands: HandsTab) -> None:
    for tab in (results, hands):
        tab.set_plan(None)
    assert results.model is None and results.proxy.rowCount() == 0 and results.status.text() == ""
    assert hands.model is None and hands.proxy.rowCount() == 0 and hands.summary.text() == ""


# ---------------------------------------------------------------- the bar


def test_the_bar_splits_its_width_by_the_counts_and_says_them_in_words() -> None:
    assert segments((6, 1, 0, 0), 140) == [(0.0, 120.0), (120.0, 20.0), (140.0, 0.0), (140.0, 0.0)]
    assert segments((0, 0, 0, 0), 100) == [(0.0, 0.0)] * 4
    assert distribution_text((2, 3, 0, 2.5)) == "High 2 · Medium 3 · Low 0 · Dropped 2.5"
    legend = legend_html()
    assert all(word in legend for word in ("High", "Medium", "Low", "<s>Dropped</s>"))


def test_the_bar_column_paints_without_text_of_its_own(results: ResultsTab) -> None:
    results.toggle_reveal()
    index: QModelIndex = results.proxy.index(0, 6)
    assert results.view.itemDelegateForIndex(index) is results.bars
    assert index.data() == "High 6 · Medium 1 · Low 0 · Dropped 0"  # what a screen reader says


def test_both_tabs_carry_on_when_another_file_takes_the_plans_place(
    results: ResultsTab, hands: HandsTab, plan: OpenPlan, tmp_path: Path
) -> None:
    results.toggle_reveal()
    results.by_name.click()
    other = tmp_path / "other.retreat"
    write_sample(other).close()
    plan.switch_document(PlanDocument.open(other), None)  # as Save As does
    assert results.stack.currentWidget() is results.waiting  # the new file's own choice: hidden
    assert results.model is None and hands.proxy.rowCount() == 16
    plan.doc.ranking.set_hand_count(plan.doc.ranking.results()[0].objective.id, low=2)
    assert hands.proxy.index(0, hands_tab.LOW).data() == "2"
    results.toggle_reveal()
    assert results.proxy.rowCount() == 16 and results.proxy.index(0, HIGH + 2).data() == "2"
