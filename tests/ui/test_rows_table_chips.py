"""The status and contribution chips of the rows tables, and how often the tables read their rows.

A chip column is shown through ``display`` ("Partly accepted") but edits the
row's own field ("partly accepted"): double-click (or F2) opens the chip's
drop-down list, the choice is one undo step. Painting a table reads each row
from the document once, not once per cell and role.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox
from ui_driver import ALT, CTRL, LEFT, undo_text

from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import PlanError
from planner_gui.core.walkthrough import RECOMMENDATIONS
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.models.rows_table import Column, RowsTableModel
from planner_gui.ui.open_plan import OpenPlan
from planner_gui.ui.pages.achievements_page import AchievementsPage
from planner_gui.ui.pages.review_page import ReviewPage
from planner_gui.ui.pages.rows_page import RowsPage
from planner_gui.ui.widgets.chips import ChipDelegate

PageT = TypeVar("PageT", bound=RowsPage)
STATUS, CONTRIBUTION = 1, 2


def show_page(qtbot: Any, window: MainWindow, page_class: type[PageT]) -> PageT:
    """Go to the page's step with its Alt+number key."""
    [row] = [i for i, page in enumerate(window.workspace.pages) if isinstance(page, page_class)]
    page = window.workspace.pages[row]
    assert isinstance(page, page_class)
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + page.number), ALT)
    assert window.workspace.current() == row
    return page


def file_column(path: Path, table: str, field: str) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [value for (value,) in conn.execute(f"SELECT {field} FROM {table} ORDER BY position, id")]


def double_click_cell(qtbot: Any, page: RowsPage, index: QModelIndex) -> QComboBox:
    """Open the cell's editor as the facilitator would, and return the chip's drop-down list."""
    page.view.scrollTo(index)
    centre = page.view.visualRect(index).center()
    qtbot.mouseClick(page.view.viewport(), LEFT, pos=centre)
    qtbot.mouseDClick(page.view.viewport(), LEFT, pos=centre)

    def editor_open() -> bool:
        combo = page.view.findChild(QComboBox)
        return combo is not None and combo.isVisible()

    qtbot.waitUntil(editor_open)
    combo = page.view.findChild(QComboBox)
    assert isinstance(combo, QComboBox)
    return combo


def choose(qtbot: Any, combo: QComboBox, text: str) -> None:
    """Pick ``text`` in the open editor and leave it with Return, committing the choice."""
    combo.setCurrentIndex(combo.findText(text))
    combo.activated.emit(combo.currentIndex())
    qtbot.keyClick(combo, Qt.Key.Key_Return)


def test_a_recommendations_status_chip_opens_on_double_click_and_its_choice_is_one_undo_step(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path
) -> None:
    page = show_page(qtbot, sample_window, ReviewPage)
    assert isinstance(page.view.itemDelegateForColumn(STATUS), ChipDelegate)
    status = page.proxy.index(0, STATUS)
    shown, stored = status.data(), status.data(Qt.ItemDataRole.EditRole)
    assert shown == stored.capitalize()  # shown through display=, edited as the field itself
    assert status.flags() & Qt.ItemFlag.ItemIsEditable
    before_file = file_column(sample_plan, "recommendation", "status")

    combo = double_click_cell(qtbot, page, status)
    assert combo.currentData() == stored
    choice = "Not accepted" if stored != "not accepted" else "Pending"
    choose(qtbot, combo, choice)

    status = page.proxy.index(0, STATUS)
    assert status.data() == choice
    assert status.data(Qt.ItemDataRole.EditRole) == choice.lower()
    assert file_column(sample_plan, "recommendation", "status")[0] == choice.lower()
    assert undo_text(sample_window) == "Undo Edit status of recommendation 1"

    qtbot.keyClick(sample_window, Qt.Key.Key_Z, CTRL)
    assert page.proxy.index(0, STATUS).data() == shown
    assert file_column(sample_plan, "recommendation", "status") == before_file


def test_an_achievements_contribution_chip_opens_on_f2_and_undo_restores_it(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path
) -> None:
    page = show_page(qtbot, sample_window, AchievementsPage)
    contribution = page.proxy.index(0, CONTRIBUTION)
    shown = contribution.data()
    before_file = file_column(sample_plan, "outcome", "contribution")
    page.view.setFocus()
    page.view.setCurrentIndex(contribution)
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    combo = page.view.findChild(QComboBox)
    assert isinstance(combo, QComboBox) and combo.isVisible()
    assert [combo.itemText(i) for i in range(combo.count())] == ["Strong", "Some", "Limited", "None"]
    choice = "Limited" if shown != "Limited" else "None"
    choose(qtbot, combo, choice)

    assert page.proxy.index(0, CONTRIBUTION).data() == choice
    assert file_column(sample_plan, "outcome", "contribution")[0] == choice.lower()
    qtbot.keyClick(sample_window, Qt.Key.Key_Z, CTRL)
    assert page.proxy.index(0, CONTRIBUTION).data() == shown
    assert file_column(sample_plan, "outcome", "contribution") == before_file


def test_a_computed_column_without_a_field_stays_read_only(qtbot: Any, sample_window: MainWindow) -> None:
    page = show_page(qtbot, sample_window, AchievementsPage)
    assert not page.proxy.index(0, 1).flags() & Qt.ItemFlag.ItemIsEditable  # "Objectives"


def test_painting_a_table_reads_each_row_once_and_an_edit_reads_it_again(
    qtbot: Any, sample_window: MainWindow, monkeypatch: Any
) -> None:
    page = show_page(qtbot, sample_window, ReviewPage)
    model = page.model
    assert isinstance(model, RowsTableModel) and sample_window.plan is not None
    doc = sample_window.plan.doc
    reads: list[int] = []
    real_row = doc.lists.row

    def counting_row(kind: Any, row_id: int) -> Any:
        if kind is RECOMMENDATIONS:
            reads.append(row_id)
        return real_row(kind, row_id)

    monkeypatch.setattr(doc.lists, "row", counting_row)
    for _ in range(3):
        page.view.viewport().repaint()
    assert len(reads) == len(set(reads)) <= model.rowCount()  # not once per cell, role and paint

    first = model.row_id(0)
    doc.lists.update_row(RECOMMENDATIONS, first, response="Read again after an edit")
    reads.clear()
    page.view.viewport().repaint()
    assert reads == [first]  # the edited row only
    assert model.index(0, 2).data() == "Read again after an edit"


def test_rows_read_before_the_model_hears_of_a_change_are_the_documents_own(
    qtbot: Any, sample_plan: Path, tmp_path: Path
) -> None:
    """A listener connected before the model (the agenda dock is one) may repaint it first."""
    plan = OpenPlan(PlanDocument.open(sample_plan), None)
    seen: list[list[str | None]] = []
    models: list[RowsTableModel] = []
    plan.changed.connect(lambda _change: seen.append(texts(models[0])))
    model = RowsTableModel(plan, RECOMMENDATIONS, [Column("text", "Recommendation")])
    models.append(model)
    try:
        shown = texts(model)
        first, second = model.ids()[:2]
        with pytest.raises(PlanError):  # a refused edit: the document rolls back and forgets what it read
            plan.doc.lists.update_row(RECOMMENDATIONS, first, status="no such status")
        plan.doc.lists.delete_row(RECOMMENDATIONS, second)  # ...and a deletion lets go of every object
        assert seen[-1] == [None if number == 1 else text for number, text in enumerate(shown)]  # read again
        assert texts(model) == [text for number, text in enumerate(shown) if number != 1]

        copy = tmp_path / "copy.retreat"
        plan.doc.save_copy(copy)
        plan.switch_document(PlanDocument.open(copy), None)  # Save As: the old document is closed
        assert seen[-1] == texts(model) == [text for number, text in enumerate(shown) if number != 1]
    finally:
        plan.close()


def texts(model: RowsTableModel) -> list[str | None]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_a_chip_column_sized_to_its_contents_shows_the_longest_chip_whole(qtbot: Any) -> None:
    """The size a chip asks for covers the chip as painted (its word, its rounded ends, the cell's margins)."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QHeaderView, QTableView

    model = QStandardItemModel(2, 1)  # (its edit role is its display role: the word is the chip's key here)
    for row, word in enumerate(["Abandonné", "Haute"]):
        model.setItem(row, 0, QStandardItem(word))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegateForColumn(0, ChipDelegate({"Abandonné": "#999999", "Haute": "#d55e00"}, view))
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    view.show()
    qtbot.waitExposed(view)
    metrics = view.fontMetrics()
    painted = metrics.horizontalAdvance("Abandonné") + metrics.height() + 8  # the chip's own width when not squeezed
    assert view.columnWidth(0) >= painted + 8  # and its 4-pixel margins on both sides
