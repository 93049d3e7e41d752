"""One ordered list of the plan, ready to use: a toolbar, a table, and an editor for the selected row.

The Achievements and Review pages, the stakeholders and the board's members are
all such a panel; each says which table, which columns and which fields, and
adds what is particular to it. Keys: Ctrl+Shift+N adds after the selected row,
Delete deletes it, Ctrl+Up / Ctrl+Down move it; rows can also be dragged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
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

from planner_gui.core.events import Action, Event, Reloaded
from planner_gui.core.ordered import RowKind
from planner_gui.ui import dialogs, icons, words
from planner_gui.ui.commands import AddRow, DeleteRow
from planner_gui.ui.models.rows_table import ROW_ID_ROLE, Column, RowsTableModel
from planner_gui.ui.open_plan import Listening, OpenPlan
from planner_gui.ui.widgets.fitted import fit_view
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


class RowsPanel(QWidget):
    rows_changed = Signal()  # a row was added or removed, or the plan was replaced
    plan_changed = Signal(object)  # every change of the plan, after the table and the form have updated

    def __init__(
        self,
        kind: RowKind[Any],
        *,
        noun: str,
        columns: Callable[[], list[Column]],
        fields: list[Field],
        add_text: str = "",
        empty_text: str = "",
        delete_tip: str = "",
        new_values: dict[str, Any] | Callable[[], dict[str, Any]] | None = None,
        first_field: str = "",
        row_label: Callable[[Any], str] | None = None,
        model_class: type[RowsTableModel] = RowsTableModel,
        also_watch: tuple[type[Event], ...] = (),
        accessible_name: str = "",
        edit_new_in_table: bool = False,
        scope: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind, self.noun, self.columns = kind, noun, columns
        self._listening: Listening | None = None
        self.scope = dict(scope or {})  # only the rows of one parent (new rows get these values too)
        self.new_values = new_values if callable(new_values) else dict(new_values or {})
        self.first_field = first_field
        self.row_label = row_label or (
            lambda row: QCoreApplication.translate("RowsPanel", "{noun} {number}").format(
                noun=noun, number=row.position + 1
            )
        )
        add_text = add_text or QCoreApplication.translate("RowsPanel", "Add")
        self.add_text = add_text  # the Add button's words, and the undo step's
        empty_text = empty_text or QCoreApplication.translate("RowsPanel", "Select a row to edit it here.")
        delete_tip = delete_tip or QCoreApplication.translate("RowsPanel", "Delete the selected row (Delete)")
        self.model_class, self.also_watch = model_class, also_watch
        self.edit_new_in_table = edit_new_in_table  # a new row is typed into in the table, not the form
        self.edit_column = 0  # the cell of a new row typed into first, when in the table
        self.configure_view: Callable[[], None] = lambda: None  # delegates and widths, once the model exists
        self.plan: OpenPlan | None = None
        self.model: RowsTableModel | None = None
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setFilterKeyColumn(-1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.above_table = QVBoxLayout()
        layout.addLayout(self.above_table)
        bar = QHBoxLayout()
        self.add_button = primary_button(add_text, "add", self.add_row, f"{add_text.replace('&', '')} (Ctrl+Shift+N)")
        bar.addWidget(self.add_button)
        self.toolbar = bar
        bar.addStretch(1)
        self.up_button = tool_button(
            QCoreApplication.translate("RowsPanel", "Up"),
            "up",
            lambda: self.move_selected(-1),
            QCoreApplication.translate("RowsPanel", "Move up (Ctrl+Up)"),
        )
        self.down_button = tool_button(
            QCoreApplication.translate("RowsPanel", "Down"),
            "down",
            lambda: self.move_selected(1),
            QCoreApplication.translate("RowsPanel", "Move down (Ctrl+Down)"),
        )
        self.delete_button = tool_button(
            QCoreApplication.translate("RowsPanel", "Delete"), "delete", self.delete_selected, delete_tip
        )
        for button in (self.up_button, self.down_button, self.delete_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.view = QTableView()
        self.view.setAccessibleName(accessible_name or noun.capitalize())
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
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)  # the proxy's, kept for life
        self.fitted = fit_view(self.view, title=None)  # see ``fit_columns``
        splitter.addWidget(self.view)
        self.form = RowForm(kind, fields, empty_text)
        self.form.label_of = self.row_label
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        for shortcut, slot, widget in (
            (QKeySequence.StandardKey.Delete, self.delete_selected, self.view),
            ("Ctrl+Up", lambda: self.move_selected(-1), self.view),
            ("Ctrl+Down", lambda: self.move_selected(1), self.view),
            ("Ctrl+Shift+N", self.add_row, self),
        ):
            action = QAction(widget)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            widget.addAction(action)

    # -------------------------------------------------------------- plan
    def set_plan(self, plan: OpenPlan | None) -> None:
        self.plan = plan
        if self._listening is not None:
            self._listening.cancel()
            self._listening = None
        self._build_model()
        self.form.set_plan(plan)
        editable = plan is not None and not plan.read_only
        for widget in (self.add_button, self.up_button, self.down_button, self.delete_button):
            widget.setEnabled(editable)
        if plan is None:
            return
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(self.fitted.title is None)
        self.configure_view()
        self.fitted.fit()
        self._listening = plan.listen(self, self._on_change, Event)  # after the model's: it is up to date
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def _build_model(self) -> None:
        old = self.model
        self.model = None
        if self.plan is not None:
            self.model = self.model_class(
                self.plan,
                self.kind,
                self.columns(),
                label=self.row_label,
                also_watch=self.also_watch,
                scope=self.scope,
                parent=self,
            )
        self.proxy.setSourceModel(self.model)  # type: ignore[arg-type]  # None: no source (PySide's stubs say otherwise)
        if old is not None:
            old.listening.cancel()  # replaced while its plan may stay open: it no longer hears of its changes
            old.deleteLater()

    def set_scope(self, scope: dict[str, Any]) -> None:
        """Show the rows of another parent of the same plan (a new model; the form shows no row)."""
        if scope == self.scope and self.model is not None:
            return
        self.scope = dict(scope)
        self._build_model()
        self.fitted.fit()
        self.form.show_row(None)
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def fit_columns(self, title: int, chars: dict[int, int], wall: dict[int, int] | None = None) -> None:
        """The column that takes the room left (and wraps in presentation mode); the others' widths in characters."""
        self.view.horizontalHeader().setStretchLastSection(False)
        self.fitted.configure(title, chars, wall)

    def count(self) -> int:
        return self.model.rowCount() if self.model is not None else 0

    def _on_change(self, event: Event) -> None:
        added_or_gone = isinstance(event, self.kind.event) and event.action in (Action.ADDED, Action.REMOVED)
        if added_or_gone or isinstance(event, Reloaded):
            self.rows_changed.emit()
        self.plan_changed.emit(event)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.form.show_row(current.data(ROW_ID_ROLE) if current.isValid() else None)

    def selected_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(ROW_ID_ROLE) if index.isValid() else None

    def select(self, row_id: int, column: int = 0) -> QModelIndex:
        row = self.model.row_of(row_id) if self.model is not None else -1
        if row < 0 or self.model is None:
            return QModelIndex()
        index = self.proxy.mapFromSource(self.model.index(row, column))
        if index.isValid():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.view.selectionModel().setCurrentIndex(index, flags)
            self.view.scrollTo(index)
        return index

    # ----------------------------------------------------------- actions
    def add_row(self) -> None:
        if self.plan is None or self.plan.read_only:
            return
        selected = self.selected_id()
        index = None
        if selected is not None and self.model is not None:
            index = self.model.row_of(selected) + 1
        values = self.new_values() if callable(self.new_values) else dict(self.new_values)
        values = {**values, **self.scope}
        command = AddRow(self.plan, self.kind, values, self.add_text.replace("&", "").rstrip("…"), index)
        if self.plan.push(command, self) and command.row_id is not None:
            added = self.select(command.row_id, self.edit_column if self.edit_new_in_table else 0)
            if self.edit_new_in_table:
                self.view.setFocus()
                self.view.edit(added)
                return
            editor = self.form.editors.get(self.first_field)
            if editor is not None:
                editor.setFocus()

    def delete_selected(self) -> None:
        row_id = self.selected_id()
        if self.plan is None or self.plan.read_only or row_id is None:
            return
        row = self.plan.doc.lists.row(self.kind, row_id)
        label = self.row_label(row)
        dependents = {
            t: n
            for t, n in self.plan.doc.lists.dependents(self.kind, row_id).items()
            if not t.endswith(("_objective", "_vote"))  # links and a ballot's lines go without saying
        }
        if dependents:
            parts = ", ".join(words.rows_phrase(t, n) for t, n in dependents.items())
            title = QCoreApplication.translate("RowsPanel", "Delete {row}?").format(row=label)
            question = QCoreApplication.translate("RowsPanel", "Delete {row} and its {parts}?").format(
                row=label, parts=parts
            )
            if not dialogs.ask_yes_no(self, title, question, yes=QCoreApplication.translate("RowsPanel", "Delete")):
                return
        text = QCoreApplication.translate("RowsPanel", "Delete {row}").format(row=label)
        self.plan.push(DeleteRow(self.plan, self.kind, row_id, text), self)

    def move_selected(self, step: int) -> None:
        row_id = self.selected_id()
        if self.model is None or row_id is None or self.plan is None or self.plan.read_only:
            return
        column = max(self.view.currentIndex().column(), 0)
        self.model.move(row_id, self.model.row_of(row_id) + step)
        self.select(row_id, column)
