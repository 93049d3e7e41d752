"""Votes counted on paper or by show of hands: the facilitator types each tier's count per objective.

Keys on the table: type a number and press Enter (or Tab, which goes on to the
next count, row after row); Delete sets a count back to 0; Ctrl+V pastes counts
copied from a spreadsheet, from the current cell on. The counts add to the
members' ballots in the results (the core adds them up).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner_gui.core.events import Event
from planner_gui.ui import numbers
from planner_gui.ui.open_plan import OpenPlan
from planner_gui.ui.pages.ranking.ranking_table import RankingTable, TabColumns, TabTable
from planner_gui.ui.pages.ranking.results_columns import HANDS, SharedRanking, shared_or_own
from planner_gui.ui.widgets.names import named

Index = QModelIndex | QPersistentModelIndex
NUMBER, TITLE, HIGH, MEDIUM, LOW, DROPPED, BALLOTS = range(7)
COUNT_COLUMNS = (HIGH, MEDIUM, LOW, DROPPED)
MOST = 9999


class CountDelegate(QStyledItemDelegate):
    """A whole number, 0 or more, edited in a spin box (up and down arrows work too)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, MOST)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.setAccessibleName(
            self.tr("Votes counted by hand: {tier}").format(
                tier=index.model().headerData(index.column(), Qt.Orientation.Horizontal)
            )
        )
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class CountsView(QTableView):
    """Tab and Shift+Tab go from count to count (left to right, then the next row), skipping the rest."""

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        current, model = self.currentIndex(), self.model()
        Move = QAbstractItemView.CursorAction
        if action not in (Move.MoveNext, Move.MovePrevious) or not current.isValid() or model is None:
            return super().moveCursor(action, modifiers)
        row, column = current.row(), current.column()
        if action == Move.MoveNext:
            if column < HIGH:
                column = HIGH
            elif column < DROPPED:
                column += 1
            else:
                row, column = row + 1, HIGH
        elif column > DROPPED:
            column = DROPPED
        elif column > HIGH:
            column -= 1
        else:
            row, column = row - 1, DROPPED
        return model.index(row, column) if 0 <= row < model.rowCount() else current


class HandsTab(QWidget):
    def __init__(self, shared: SharedRanking | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shared, self._own_table = shared_or_own(shared, self)  # on the page: the page's; alone: its own
        self.plan: OpenPlan | None = None
        self.proxy = TabColumns(HANDS, self)
        self.proxy.setDynamicSortFilter(False)  # a row stays put while its counts are typed in
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.summary = named(QLabel(), "summaryStrip")
        self.summary.setAccessibleName(self.tr("Votes counted by hand"))
        layout.addWidget(self.summary)
        self.hint = named(
            QLabel(
                self.tr(
                    "On paper or by show of hands: count the hands for each tier and type the number, then Enter "
                    "(Tab goes on to the next count). These votes add to the members' ballots in the results."
                ),
            ),
            "hint",
        )
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.view = CountsView()
        self.view.setAccessibleName(self.tr("Show of hands"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.counts = CountDelegate(self.view)
        for column in COUNT_COLUMNS:
            self.view.setItemDelegateForColumn(column, self.counts)
        self.view.installEventFilter(self)
        layout.addWidget(self.view, 1)
        self.table = TabTable(
            self,
            self.view,
            self.proxy,
            self.shared,
            widths={NUMBER: 5} | {column: 9 for column in (*COUNT_COLUMNS, BALLOTS)},
            current_column=HIGH,
            on_event=self._on_change,
            made=self._refresh,
        )

    # ---------------------------------------------------------------- plan
    @property
    def model(self) -> RankingTable | None:
        return self.table.model

    def set_plan(self, plan: OpenPlan | None) -> None:
        self.plan = plan
        if self._own_table:
            self.shared.set_plan(plan)
        self.table.set_plan(plan)  # the table is joined when this tab is first shown
        self._refresh()

    # -------------------------------------------------------------- edits
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste(QGuiApplication.clipboard().text())
                return True
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear_current()
                return True
        return super().eventFilter(watched, event)

    def paste(self, text: str) -> None:
        """Counts copied from a spreadsheet (tabs between columns), from the current cell on: one undo step."""
        current = self.view.currentIndex()
        if self.plan is None or self.plan.read_only or not current.isValid() or current.column() not in COUNT_COLUMNS:
            return
        changes: list[tuple[QPersistentModelIndex, object]] = []
        for r, line in enumerate(text.strip("\r\n").splitlines()):
            for c, cell in enumerate(line.split("\t")):
                index = self.proxy.index(current.row() + r, current.column() + c)
                value: object = int(cell.strip()) if cell.strip().isdigit() else cell.strip()
                if (
                    index.isValid()
                    and index.column() in COUNT_COLUMNS
                    and value != index.data(Qt.ItemDataRole.EditRole)
                ):
                    changes.append((QPersistentModelIndex(index), value))
        if len(changes) > 1:
            self.plan.undo_stack.beginMacro(self.tr("Paste votes counted by hand"))
        try:
            for target, value in changes:
                if not self.proxy.setData(target, value, Qt.ItemDataRole.EditRole):
                    break  # refused, and said why; the counts before it stay
        finally:
            if len(changes) > 1:
                self.plan.undo_stack.endMacro()

    def clear_current(self) -> None:
        """Delete: the selected count back to 0."""
        index = self.view.currentIndex()
        if (
            index.column() in COUNT_COLUMNS
            and index.flags() & Qt.ItemFlag.ItemIsEditable
            and index.data(Qt.ItemDataRole.EditRole)
        ):
            self.proxy.setData(index, 0, Qt.ItemDataRole.EditRole)

    # ------------------------------------------------------------ updates
    def _on_change(self, _event: Event) -> None:
        self._refresh()

    def _refresh(self) -> None:
        if self.plan is None or self.model is None:
            self.summary.setText("")
            return
        read_only = self.plan.read_only
        entered = [r for r in self.model.results if r.hands.total > 0]
        if entered:
            votes = sum(r.hands.total for r in entered)
            self.summary.setText(
                self.tr(
                    "Counted by hand: {votes} votes on {entered} of %n objective(s).", "", len(self.model.results)
                ).format(votes=numbers.count(votes), entered=len(entered))
            )
        else:
            self.summary.setText(self.tr("No votes counted by hand yet."))
        self.hint.setVisible(not read_only)
