"""The context step's stakeholders: who they are, their kind, their role, and what we need from them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QSplitter, QTableView, QVBoxLayout, QWidget

from planner_gui.core.document import Change
from planner_gui.core.model_review import STAKEHOLDER_KINDS
from planner_gui.ui.commands import AddRow, DeleteRow
from planner_gui.ui.models.rows_table import ROW_ID_ROLE, Column, RowsTableModel
from planner_gui.ui.open_plan import OpenPlan
from planner_gui.ui.pages.rows_page import primary_button, tool_button
from planner_gui.ui.widgets.chips import ChipDelegate
from planner_gui.ui.widgets.palette import OKABE_ITO
from planner_gui.ui.widgets.row_form import Field, RowForm

NAME, KIND, ROLE, NEEDS = range(4)
_COLORS = {
    "state": OKABE_ITO["blue"],
    "donor": OKABE_ITO["bluish green"],
    "UN agency": OKABE_ITO["sky blue"],
    "NGO": OKABE_ITO["orange"],
    "media": OKABE_ITO["reddish purple"],
}
KIND_COLORS = {kind: _COLORS.get(kind, OKABE_ITO["grey"]) for kind in STAKEHOLDER_KINDS}  # the choices, in order


def kind_label(kind: str) -> str:
    """“State”, “UN agency”, “NGO”: the first letter raised, the rest as written."""
    return kind[:1].upper() + kind[1:]


def stakeholder_label(row: Any) -> str:
    name = " ".join(row.name.split())
    if not name:
        return f"stakeholder {row.position + 1}"
    return f"stakeholder “{name[:39]}…”" if len(name) > 40 else f"stakeholder “{name}”"


class StakeholderTableModel(RowsTableModel):
    """The stakeholder rows; the kind is shown as written in the choice list (“State”, not “state”)."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid() and index.column() == KIND:
            value = super().data(index, Qt.ItemDataRole.EditRole)
            return kind_label(value) if isinstance(value, str) else value
        return super().data(index, role)


class StakeholdersTab(QWidget):
    count_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: OpenPlan | None = None
        self.model: StakeholderTableModel | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.add_button = primary_button(
            "Add stakeholder", "add", self.add_stakeholder, "Add a stakeholder after the selected one (Ctrl+Shift+N)"
        )
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        self.up_button = tool_button("Up", "up", lambda: self.move_selected(-1), "Move up (Ctrl+Up)")
        self.down_button = tool_button("Down", "down", lambda: self.move_selected(1), "Move down (Ctrl+Down)")
        self.delete_button = tool_button("Delete", "delete", self.delete_selected, "Delete the stakeholder (Delete)")
        for button in (self.up_button, self.down_button, self.delete_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.view = QTableView()
        self.view.setAccessibleName("Stakeholders")
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragDropOverwriteMode(False)
        self.view.verticalHeader().setVisible(False)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.chips = ChipDelegate(KIND_COLORS, self.view)
        self.view.setItemDelegateForColumn(KIND, self.chips)
        splitter.addWidget(self.view)
        self.form = RowForm(
            "stakeholder",
            [
                Field("name", "&Name"),
                Field("kind", "&Kind", "choice", STAKEHOLDER_KINDS),
                Field("role", "&Role", "text", lines=2),
                Field("needs", "What we need from &them", "text", lines=2),
            ],
            "Select a stakeholder to edit them here, or add one.",
        )
        self.form.label_of = stakeholder_label
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        for shortcut, slot, widget in (
            (QKeySequence.StandardKey.Delete, self.delete_selected, self.view),
            ("Ctrl+Up", lambda: self.move_selected(-1), self.view),
            ("Ctrl+Down", lambda: self.move_selected(1), self.view),
            ("Ctrl+Shift+N", self.add_stakeholder, self),
        ):
            action = QAction(widget)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            widget.addAction(action)

    # -------------------------------------------------------------- plan
    def set_plan(self, plan: OpenPlan | None) -> None:
        self.plan = plan
        old = self.model
        self.model = None
        if plan is not None:
            columns = [
                Column("name", "Name"),
                Column("kind", "Kind"),
                Column("role", "Role"),
                Column("needs", "What we need from them"),
            ]
            self.model = StakeholderTableModel(plan, "stakeholder", columns, label=stakeholder_label, parent=self)
        self.view.setModel(self.model)
        if old is not None:
            old.deleteLater()
        self.form.set_plan(plan)
        editable = plan is not None and not plan.read_only
        for widget in (self.add_button, self.up_button, self.down_button, self.delete_button):
            widget.setEnabled(editable)
        if plan is None or self.model is None:
            return
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.setColumnWidth(NAME, 280)
        self.view.setColumnWidth(KIND, 130)
        self.view.setColumnWidth(ROLE, 360)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        plan.changed.connect(self._on_change)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def count(self) -> int:
        return self.model.rowCount() if self.model is not None else 0

    def _on_change(self, change: Change) -> None:
        if change.action == "reset" or (change.table == "stakeholder" and change.action in ("added", "removed")):
            self.count_changed.emit()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.form.show_row(current.data(ROW_ID_ROLE) if current.isValid() else None)

    def selected_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(ROW_ID_ROLE) if index.isValid() else None

    def select(self, row_id: int, column: int = NAME) -> QModelIndex:
        row = self.model.row_of(row_id) if self.model is not None else -1
        if row < 0 or self.model is None:
            return QModelIndex()
        index = self.model.index(row, column)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)
        return index

    # ----------------------------------------------------------- actions
    def add_stakeholder(self) -> None:
        if self.plan is None or self.plan.read_only or self.model is None:
            return
        selected = self.selected_id()
        index = self.model.row_of(selected) + 1 if selected is not None else None
        command = AddRow(
            self.plan, "stakeholder", {"name": "New stakeholder", "kind": "other"}, "Add stakeholder", index
        )
        if self.plan.push(command, self) and command.row_id is not None:
            self.view.setFocus()
            self.view.edit(self.select(command.row_id))

    def delete_selected(self) -> None:
        row_id = self.selected_id()
        if self.plan is None or self.plan.read_only or row_id is None:
            return
        label = stakeholder_label(self.plan.doc.row("stakeholder", row_id))
        self.plan.push(DeleteRow(self.plan, "stakeholder", row_id, f"Delete {label}"), self)

    def move_selected(self, step: int) -> None:
        row_id = self.selected_id()
        if self.model is None or row_id is None or self.plan is None or self.plan.read_only:
            return
        column = max(self.view.currentIndex().column(), 0)
        self.model.move(row_id, self.model.row_of(row_id) + step)
        self.select(row_id, column)
