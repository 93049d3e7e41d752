"""Every objective as one row with its votes and decision: the table behind the ranking's tabs.

Rows are the plan's objectives in order (those of folded goals too: the board
decides on every objective). Values come from ``doc.results()`` once per
change, not once per cell. Each tab picks its columns; an editable column edits
through an undo command (``EditFields`` on "decision" or "hand_count").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from planner_gui.core.document import Change
from planner_gui.core.errors import PlanError
from planner_gui.core.ranking import ObjectiveResult
from planner_gui.ui.commands import EditFields
from planner_gui.ui.open_plan import OpenPlan
from planner_gui.ui.widgets.when_shown import WhenShown

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
OBJECTIVE_ID_ROLE = Qt.ItemDataRole.UserRole + 3
SORT_ROLE = Qt.ItemDataRole.UserRole + 4
RESULT_ROLE = Qt.ItemDataRole.UserRole + 5  # the row's ObjectiveResult, for delegates
COUNTS_ROLE = Qt.ItemDataRole.UserRole + 6  # votes per tier (high, medium, low, dropped), for the bar
WATCHED = ("objective", "goal", "ballot", "hand_count", "member", "plan")
_ALIGN_NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class ResultColumn:
    header: str
    value: Callable[[ObjectiveResult], Any]  # shown (and sorted by, unless ``sort`` says otherwise)
    edit: str | None = None  # "decision:<field>" or "hand_count:<priority>"
    text: Callable[[Any], str] = str
    sort: Callable[[ObjectiveResult], Any] | None = None
    tooltip: Callable[[ObjectiveResult], str] | None = None
    numeric: bool = False
    plan_order: bool = False  # sorts in the plan's order (objective numbers sort naturally that way)
    editable: Callable[[ObjectiveResult], bool] | None = None  # which rows may edit it (all, if None)
    decoration: Callable[[ObjectiveResult], Any] | None = None  # an icon beside the text (None: no icon)
    header_tooltip: str = ""


def objective_label(result: ObjectiveResult) -> str:
    return f"Obj. {result.objective.number}"


class ObjectivesModel(QAbstractTableModel):
    def __init__(self, plan: OpenPlan, columns: list[ResultColumn], parent: Any = None) -> None:
        super().__init__(parent)
        self.plan, self.columns = plan, columns
        self.results: list[ObjectiveResult] = plan.doc.results()
        self._ids = [r.objective.id for r in self.results]  # kept apart: a closed file's rows can't be read
        plan.changed.connect(self._on_change)

    # ------------------------------------------------------------ lookups
    def row_of(self, objective_id: int) -> int:
        return next((i for i, r in enumerate(self.results) if r.objective.id == objective_id), -1)

    def result(self, row: int) -> ObjectiveResult:
        return self.results[row]

    # --------------------------------------------------------- Qt interface
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.results)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if role == Qt.ItemDataRole.ToolTipRole and self.columns[section].header_tooltip:
            return self.columns[section].header_tooltip
        return None

    def set_columns(self, columns: list[ResultColumn]) -> None:
        """Show other columns (a tab whose columns depend on the plan, such as one per member)."""
        self.beginResetModel()
        self.columns = columns
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.results):
            return None
        result, column = self.results[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(result)
            return "" if value is None else column.text(value)
        if role == Qt.ItemDataRole.EditRole:
            return column.value(result)
        if role == SORT_ROLE:
            if column.plan_order:
                return index.row()
            key = column.sort(result) if column.sort else column.value(result)
            return -1 if key is None else key
        if role == OBJECTIVE_ID_ROLE:
            return result.objective.id
        if role == RESULT_ROLE:
            return result
        if role == COUNTS_ROLE:
            return result.tally.counts
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(result)
        if role == Qt.ItemDataRole.DecorationRole and column.decoration is not None:
            return column.decoration(result)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return _ALIGN_NUMBER
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        row_may_edit = column.editable is None or column.editable(self.results[index.row()])
        if column.edit and not self.plan.read_only and row_may_edit:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        column = self.columns[index.column()] if index.isValid() else None
        if column is None or column.edit is None or role != Qt.ItemDataRole.EditRole:
            return False
        result = self.results[index.row()]
        table, field = column.edit.split(":")
        old = column.value(result)
        if table == "decision" and field == "rationale":
            value = str(value)
        if value == old:
            return False
        what = "votes counted by hand" if table == "hand_count" else field.replace("_", " ").replace(" id", "")
        command = EditFields(
            self.plan,
            table,
            result.objective.id,
            {field: old},
            {field: value},
            f"Set {what} of {objective_label(result)}",
        )
        return self.plan.push(command, None)

    # ------------------------------------------------------------ updates
    def _on_change(self, change: Change) -> None:
        if change.action != "reset" and change.table not in WATCHED:
            return
        last = len(self.columns) - 1
        if change.table == "objective" and change.action == "changed" and change.ids:  # a decision: its rows
            self.results = self.plan.doc.results()  # the same objectives, in the same order
            for row in (self._ids.index(oid) for oid in change.ids if oid in self._ids):
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
            return
        try:
            fresh = self.plan.doc.results()
        except PlanError:
            fresh = []
        ids = [r.objective.id for r in fresh]
        if change.action == "reset" or ids != self._ids:  # another file (Save As), or objectives added or gone
            self.beginResetModel()
            self.results, self._ids = fresh, ids
            self.endResetModel()
            return
        self.results = fresh
        if fresh:
            self.dataChanged.emit(self.index(0, 0), self.index(len(fresh) - 1, last))


class ObjectivesTable(QObject):
    """The model behind a tab's table, made the first time the tab is on screen with a plan.

    2,000 rows take a tenth of a second to make and lay out: a plan opened on
    another tab (or another step) doesn't wait for this one. ``on_change`` is
    connected once the model exists, after the model's own handler, so the tab
    hears of a change with its table already up to date; ``made`` runs each time
    a model is made.
    """

    def __init__(
        self,
        tab: QWidget,
        view: QTableView,
        proxy: QSortFilterProxyModel,
        columns: Callable[[], list[ResultColumn]],
        *,
        widths: dict[int, int],
        current_column: int,
        on_change: Callable[[Change], None],
        made: Callable[[], None],
    ) -> None:
        super().__init__(tab)
        self.view, self.proxy, self.columns = view, proxy, columns
        self.widths, self.current_column = widths, current_column
        self.on_change, self.made = on_change, made
        self.plan: OpenPlan | None = None
        self.model: ObjectivesModel | None = None
        self.making = WhenShown(tab, self._make)

    def set_plan(self, plan: OpenPlan | None) -> None:
        if self.plan is not None and self.model is not None:
            self.plan.changed.disconnect(self.on_change)
        old, self.model, self.plan = self.model, None, plan
        self.proxy.setSourceModel(None)
        if old is not None:
            old.deleteLater()
        if plan is not None:
            self.making.request()

    def _make(self) -> None:
        if self.plan is None or self.model is not None:
            return
        self.model = ObjectivesModel(self.plan, self.columns(), self.view)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # in the plan's order, without sorting it first
        self.proxy.setSourceModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the objective's title takes the room left
        for column, width in self.widths.items():
            self.view.setColumnWidth(column, width)
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, self.current_column))
        self.plan.changed.connect(self.on_change)
        self.made()
