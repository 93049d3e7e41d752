"""The Decisions tab by keyboard alone: the current cell is the one selected (and framed), D opens the
"Why dropped" list at once, F2 and Enter open the current cell's editor, and the other keys still decide.

Each test runs on a fresh copy of the sample plan in a window, and checks what the file holds.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox
from ui_driver import ALT

from plan_files import committed
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.pages.ranking.decisions_tab import DECISION, NUMBER, REASON, RELATED, TITLE, DecisionsTab
from planner_gui.ui.pages.ranking.ranking_page import RankingPage


def decisions_tab(qtbot: Any, window: MainWindow) -> DecisionsTab:
    qtbot.keyClick(window, Qt.Key.Key_5, ALT)
    page = window.workspace.pages[window.workspace.current()]
    assert isinstance(page, RankingPage)
    page.show_tab(page.decisions)
    tab = page.decisions
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == 16)
    tab.view.setFocus()
    return tab


def row_of(tab: DecisionsTab, number: str) -> int:
    [row] = [r for r in range(tab.proxy.rowCount()) if tab.proxy.index(r, NUMBER).data() == number]
    return row


def selected(tab: DecisionsTab) -> list[tuple[int, int]]:
    return sorted((i.row(), i.column()) for i in tab.view.selectionModel().selectedIndexes())


def open_editor(tab: DecisionsTab) -> QComboBox:
    """The editor open on the current cell: a list, shown open."""
    editor = tab.view.indexWidget(tab.view.currentIndex())
    assert isinstance(editor, QComboBox), "no editor is open on the current cell"
    return editor


def decision_in_file(path: Path, number: str) -> tuple[str | None, str | None, str | None]:
    [row] = committed(
        path,
        "SELECT o.priority, o.drop_kind, r.number FROM objective o LEFT JOIN objective r ON r.id = o.related_id "
        "WHERE o.number = ?",
        (number,),
    )
    return row  # type: ignore[no-any-return]


def test_the_current_cell_is_the_one_selected_and_moves_with_the_arrows(qtbot: Any, sample_window: MainWindow) -> None:
    tab = decisions_tab(qtbot, sample_window)
    assert (tab.view.currentIndex().row(), tab.view.currentIndex().column()) == (0, DECISION)
    assert selected(tab) == [(0, DECISION)]  # the cell, not the whole row
    qtbot.keyClick(tab.view, Qt.Key.Key_Right)
    qtbot.keyClick(tab.view, Qt.Key.Key_Down)
    qtbot.keyClick(tab.view, Qt.Key.Key_Down)
    assert (tab.view.currentIndex().row(), tab.view.currentIndex().column()) == (2, REASON)
    assert selected(tab) == [(2, REASON)]
    assert tab.current_id() == sample_window.plan.doc.structure.find_objective("3").id  # type: ignore[union-attr]
    assert tab.rationale_label.text() == "&Rationale for Obj. 3"


def test_the_current_cell_is_framed_and_its_row_tinted_on_screen(qtbot: Any, sample_window: MainWindow) -> None:
    tab = decisions_tab(qtbot, sample_window)
    qtbot.keyClick(tab.view, Qt.Key.Key_Down)  # Obj. 2, its decision

    def pixel(x: int, y: int) -> QColor:
        return QColor(tab.view.viewport().grab().toImage().pixel(x, y))

    cell = tab.view.visualRect(tab.view.currentIndex())
    title = tab.view.visualRect(tab.view.currentIndex().siblingAtColumn(TITLE))
    other_row = tab.view.visualRect(tab.proxy.index(4, TITLE))
    assert pixel(cell.left() + 1, cell.center().y()).rgb() == tab.view.frame_color.rgb()  # framed
    assert pixel(cell.right() - 3, cell.top() + 4).rgb() != pixel(cell.right() - 3, other_row.top() + 4).rgb()  # filled
    tinted, plain = pixel(title.right() - 2, title.top() + 2), pixel(other_row.right() - 2, other_row.top() + 2)
    assert tinted.rgb() != plain.rgb()  # the rest of the row stands out from the others…
    assert abs(tinted.lightness() - plain.lightness()) < 40  # …lightly: its text stays readable
    tab.rationale.setFocus()  # the keys go elsewhere: a thin grey frame
    qtbot.waitUntil(lambda: pixel(cell.left() + 1, cell.center().y()).rgb() != tab.view.frame_color.rgb())


def test_d_drops_the_objective_and_opens_why_dropped_then_points_to_then_the_next_row(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path
) -> None:
    tab = decisions_tab(qtbot, sample_window)
    row = row_of(tab, "3")  # medium in the sample
    tab.view.setCurrentIndex(tab.proxy.index(row, DECISION))
    qtbot.keyClick(tab.view, Qt.Key.Key_D)
    assert decision_in_file(sample_plan, "3") == ("dropped", None, None)
    assert tab.view.currentIndex() == tab.proxy.index(row, REASON)  # still Obj. 3, on its reason
    reasons = open_editor(tab)
    qtbot.waitUntil(lambda: reasons.view().isVisible())  # the choices are shown, not just the box
    assert [reasons.itemText(i) for i in range(reasons.count())] == [
        "(no reason given)",
        "Indicator of another objective",
        "Merged into another objective",
        "Outside our influence",
        "Achieved",
        "Other",
    ]
    # Down twice to "Merged into another objective", Enter: written, and "Points to" opens.
    popup = reasons.view()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert decision_in_file(sample_plan, "3") == ("dropped", "merged into another objective", None)
    assert tab.view.currentIndex() == tab.proxy.index(row, RELATED)
    targets = open_editor(tab)
    qtbot.waitUntil(lambda: targets.view().isVisible())
    assert targets.itemText(1).startswith("Obj. 1  ")
    qtbot.keyClick(targets.view(), Qt.Key.Key_Down)
    qtbot.keyClick(targets.view(), Qt.Key.Key_Return)
    assert decision_in_file(sample_plan, "3") == ("dropped", "merged into another objective", "1")
    assert tab.view.currentIndex() == tab.proxy.index(row + 1, DECISION)  # on to Obj. 4
    assert tab.view.indexWidget(tab.proxy.index(row, RELATED)) is None  # the editors closed
    qtbot.keyClick(tab.view, Qt.Key.Key_H)  # the other keys decide as before, and move on
    assert decision_in_file(sample_plan, "4")[0] == "high"
    assert tab.view.currentIndex() == tab.proxy.index(row + 2, DECISION)
    assert sample_window.plan is not None
    assert sample_window.plan.undo_stack.undoText() == "Decide high for Obj. 4"


def test_a_reason_needing_no_objective_goes_on_to_the_next_row(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path
) -> None:
    tab = decisions_tab(qtbot, sample_window)
    row = row_of(tab, "5")
    tab.view.setCurrentIndex(tab.proxy.index(row, DECISION))
    qtbot.keyClick(tab.view, Qt.Key.Key_4)  # 4 is dropped too
    reasons = open_editor(tab)
    qtbot.waitUntil(lambda: reasons.view().isVisible())
    reasons.view().setCurrentIndex(reasons.model().index(3, 0))  # "Outside our influence"
    qtbot.keyClick(reasons.view(), Qt.Key.Key_Return)
    assert decision_in_file(sample_plan, "5") == ("dropped", "outside our influence", None)
    assert tab.view.currentIndex() == tab.proxy.index(row + 1, DECISION)


def test_escape_leaves_the_list_and_keeps_the_objective_dropped_without_a_reason(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path
) -> None:
    tab = decisions_tab(qtbot, sample_window)
    row = row_of(tab, "2")
    tab.view.setCurrentIndex(tab.proxy.index(row, DECISION))
    qtbot.keyClick(tab.view, Qt.Key.Key_D)
    reasons = open_editor(tab)
    qtbot.waitUntil(lambda: reasons.view().isVisible())
    qtbot.keyClick(reasons.view(), Qt.Key.Key_Escape)  # the list closes
    qtbot.waitUntil(lambda: not reasons.view().isVisible())
    qtbot.keyClick(reasons, Qt.Key.Key_Escape)  # and the editor
    qtbot.waitUntil(lambda: tab.view.indexWidget(tab.proxy.index(row, REASON)) is None)
    assert decision_in_file(sample_plan, "2") == ("dropped", None, None)
    assert tab.view.currentIndex() == tab.proxy.index(row, REASON)


def test_f2_and_enter_open_the_current_cells_editor(qtbot: Any, sample_window: MainWindow, sample_plan: Path) -> None:
    tab = decisions_tab(qtbot, sample_window)
    row = row_of(tab, "11")  # dropped in the sample, an indicator of Obj. 8
    tab.view.setCurrentIndex(tab.proxy.index(row, REASON))
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    reasons = open_editor(tab)
    qtbot.waitUntil(lambda: reasons.view().isVisible())
    assert reasons.currentText() == "Indicator of another objective"  # the cell's value, chosen in the list
    qtbot.keyClick(reasons.view(), Qt.Key.Key_Escape)
    qtbot.keyClick(reasons, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: tab.view.indexWidget(tab.view.currentIndex()) is None)

    qtbot.keyClick(tab.view, Qt.Key.Key_Left)  # the decision
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    chips = open_editor(tab)
    qtbot.waitUntil(lambda: chips.view().isVisible())
    assert chips.currentText() == "Dropped"
    chips.view().setCurrentIndex(chips.model().index(2, 0))  # Low
    qtbot.keyClick(chips.view(), Qt.Key.Key_Return)
    qtbot.keyClick(tab.view.focusWidget(), Qt.Key.Key_Return)  # Enter again closes the editor, as typed
    assert decision_in_file(sample_plan, "11")[0] == "low"

    tab.view.setCurrentIndex(tab.proxy.index(row, TITLE))  # a title is not edited here: Enter does nothing
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    assert tab.view.indexWidget(tab.view.currentIndex()) is None


def test_a_double_click_still_opens_a_cells_list(qtbot: Any, sample_window: MainWindow) -> None:
    tab = decisions_tab(qtbot, sample_window)
    cell = tab.proxy.index(row_of(tab, "11"), RELATED)  # points to Obj. 8
    tab.view.scrollTo(cell)
    where = tab.view.visualRect(cell).center()
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a double-click's first press
    qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    targets = open_editor(tab)
    qtbot.waitUntil(lambda: targets.view().isVisible())
    assert tab.view.currentIndex() == cell and targets.currentText().startswith("Obj. 8  ")


def test_the_hint_names_the_keys_not_a_double_click(qtbot: Any, sample_window: MainWindow) -> None:
    tab = decisions_tab(qtbot, sample_window)
    hints = [label.text() for label in tab.findChildren(type(tab.summary)) if label.objectName() == "hint"]
    [hint] = hints
    assert "double-click" not in hint
    for key in ("1–4", "H, M, L, D", "After D", "F2 or Enter"):
        assert key in hint


def test_a_read_only_plan_neither_decides_nor_opens_an_editor(
    qtbot: Any, read_only_window: MainWindow, sample_plan: Path
) -> None:
    tab = decisions_tab(qtbot, read_only_window)
    row = row_of(tab, "3")
    tab.view.setCurrentIndex(tab.proxy.index(row, DECISION))
    qtbot.keyClick(tab.view, Qt.Key.Key_D)
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    assert decision_in_file(sample_plan, "3")[0] == "medium"
    assert tab.view.indexWidget(tab.view.currentIndex()) is None
    assert tab.view.currentIndex() != QModelIndex()
