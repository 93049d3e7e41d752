"""A step page built on one ordered list: a table, a toolbar, and an editor for the selected row.

The Achievements and Review steps are such pages; each says which table, which
columns and which fields, and adds what is particular to it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner_gui.core.document import Change
from planner_gui.ui import dialogs, icons
from planner_gui.ui.commands import AddRow, DeleteRow
from planner_gui.ui.models.rows_table import ROW_ID_ROLE, Column, RowsTableModel
from planner_gui.ui.open_plan import OpenPlan
from planner_gui.ui.pages.base import StepPage
from planner_gui.ui.widgets.row_form import Field, RowForm


def tool_button(text: str, icon_name: str, slot, tip: str) -> QToolButton:  # type: ignore[no-untyped-def]
    button = QToolButton()
    button.setIcon(icons.icon(icon_name))
    button.setText(text)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setToolTip(tip)
    button.setAccessibleName(text)
    button.clicked.connect(slot)
    return button


def primary_button(text: str, icon_name: str, slot, tip: str) -> QPushButton:  # type: ignore[no-untyped-def]
    button = QPushButton(icons.icon(icon_name, "white"), text)
    button.setProperty("primary", True)
    button.setToolTip(tip)
    button.setAccessibleName(text)
    button.clicked.connect(slot)
    return button


class RowsPage(StepPage):
    table = ""
    noun = "row"  # what one row is called: "outcome"
    add_text = "Add"
    empty_text = "Select a row to edit it here."
    new_values: dict[str, Any] = {}
    first_field = ""  # focused after adding a row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RowsTableModel | None = None
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setFilterKeyColumn(-1)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 8, 0, 0)
        self.above_table = QVBoxLayout()
        layout.addLayout(self.above_table)
        bar = QHBoxLayout()
        self.add_button = primary_button(self.add_text, "add", self.add_row, f"{self.add_text} (Ctrl+Shift+N)")
        bar.addWidget(self.add_button)
        self.toolbar = bar
        bar.addStretch(1)
        self.up_button = tool_button("Up", "up", lambda: self.move_selected(-1), "Move up (Ctrl+Up)")
        self.down_button = tool_button("Down", "down", lambda: self.move_selected(1), "Move down (Ctrl+Down)")
        self.delete_button = tool_button("Delete", "delete", self.delete_selected, "Delete (Delete)")
        for button in (self.up_button, self.down_button, self.delete_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.view = QTableView()
        self.view.setAccessibleName(self.title)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragDropOverwriteMode(False)
        self.view.verticalHeader().setVisible(False)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        splitter.addWidget(self.view)
        self.form = RowForm(self.table, self.fields(), self.empty_text)
        self.form.label_of = self.row_label
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self._actions()

    # -------------------------------------------------- for subclasses
    def columns(self) -> list[Column]:
        raise NotImplementedError

    def fields(self) -> list[Field]:
        raise NotImplementedError

    def row_label(self, row: Any) -> str:
        return f"{self.noun} {row.position + 1}"

    def configure_view(self) -> None:
        """Set delegates and column widths once the model exists."""

    def plan_changed(self, change: Change) -> None:
        """Hook: the plan changed (after the table and form have updated)."""

    # --------------------------------------------------------- building
    def _actions(self) -> None:
        def action(shortcut: QKeySequence | str, slot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
            act = QAction(widget)
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            widget.addAction(act)

        action(QKeySequence.StandardKey.Delete, self.delete_selected, self.view)
        action("Ctrl+Up", lambda: self.move_selected(-1), self.view)
        action("Ctrl+Down", lambda: self.move_selected(1), self.view)
        action("Ctrl+Shift+N", self.add_row, self)

    # -------------------------------------------------------------- plan
    def set_plan(self, plan: OpenPlan | None) -> None:
        super().set_plan(plan)
        old = self.model
        self.model = (
            RowsTableModel(
                plan, self.table, self.columns(), label=self.row_label, also_watch=self.also_watch(), parent=self
            )
            if plan is not None
            else None
        )
        self.proxy.setSourceModel(self.model)
        if old is not None:
            old.deleteLater()
        self.form.set_plan(plan)
        editable = plan is not None and not plan.read_only
        for widget in (self.add_button, self.up_button, self.down_button, self.delete_button):
            widget.setEnabled(editable)
        if plan is None:
            return
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.configure_view()
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        plan.changed.connect(self._on_change)
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def also_watch(self) -> tuple[str, ...]:
        return ()

    def has_content(self) -> bool:
        return bool(self.model is not None and self.model.rowCount())

    def _on_change(self, change: Change) -> None:
        if change.table == self.table and change.action in ("added", "removed"):
            self.state_changed.emit()
        self.plan_changed(change)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.form.show_row(current.data(ROW_ID_ROLE) if current.isValid() else None)

    def selected_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(ROW_ID_ROLE) if index.isValid() else None

    def select(self, row_id: int) -> None:
        if self.model is None:
            return
        row = self.model.row_of(row_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().setCurrentIndex(index, flags)
            self.view.scrollTo(index)

    # ----------------------------------------------------------- actions
    def add_row(self) -> None:
        if self.plan is None or self.plan.read_only:
            return
        selected = self.selected_id()
        index = None
        if selected is not None and self.model is not None:
            index = self.model.row_of(selected) + 1
        command = AddRow(self.plan, self.table, dict(self.new_values), f"Add {self.noun}", index)
        if self.plan.push(command, self) and command.row_id is not None:
            self.select(command.row_id)
            editor = self.form.editors.get(self.first_field)
            if editor is not None:
                editor.setFocus()

    def delete_selected(self) -> None:
        row_id = self.selected_id()
        if self.plan is None or self.plan.read_only or row_id is None:
            return
        row = self.plan.doc.row(self.table, row_id)
        label = self.row_label(row)
        dependents = {
            t: n for t, n in self.plan.doc.dependents(self.table, row_id).items() if not t.endswith("_objective")
        }
        if dependents:
            parts = ", ".join(f"{n} {t.replace('_', ' ')}" for t, n in dependents.items())
            if not dialogs.ask_yes_no(self, f"Delete {label}?", f"Delete {label} and its {parts}?", yes="Delete"):
                return
        self.plan.push(DeleteRow(self.plan, self.table, row_id, f"Delete {label}"), self)

    def move_selected(self, step: int) -> None:
        row_id = self.selected_id()
        if self.model is None or row_id is None or self.plan is None or self.plan.read_only:
            return
        self.model.move(row_id, self.model.row_of(row_id) + step)
        self.select(row_id)
