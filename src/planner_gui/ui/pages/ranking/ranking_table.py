"""Every objective as one row with its votes and decision: the one read model behind the ranking's tabs.

The Results, Decisions and Show-of-hands tabs show the same list, each through
a :class:`TabColumns` proxy that keeps its own columns and its own sort. The
list is read from the plan once (``RankingEdits.results``, plain values) and
this model owns when to read it again, from the plan's events:

- a decision, a retitled objective: those rows' objectives are read again and
  repainted (the votes are the same);
- votes, voters, weights, hand counts, objectives added, moved or gone: the
  list is read again (the same rows repainted, or a reset if the rows differ);
- the ranking's options: every row repainted (what the room may see changed).

Editable columns edit through typed undo commands (``SetDecision``,
``SetHandCount``), built by the column (``ResultColumn.edit``).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from planner_gui.core.errors import PlanError
from planner_gui.core.events import (
    Action,
    BallotEvent,
    DecisionEvent,
    Event,
    GoalEvent,
    HandCountEvent,
    MemberEvent,
    ObjectiveEvent,
    PlanEvent,
    Reloaded,
)
from planner_gui.core.results import ObjectiveResult
from planner_gui.ui import words
from planner_gui.ui.commands import PlanCommand
from planner_gui.ui.open_plan import Listening, OpenPlan
from planner_gui.ui.widgets.fitted import fit_view
from planner_gui.ui.widgets.when_shown import WhenShown

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
OBJECTIVE_ID_ROLE = Qt.ItemDataRole.UserRole + 3
SORT_ROLE = Qt.ItemDataRole.UserRole + 4
RESULT_ROLE = Qt.ItemDataRole.UserRole + 5  # the row's ObjectiveResult, for delegates
COUNTS_ROLE = Qt.ItemDataRole.UserRole + 6  # votes per tier (high, medium, low, dropped), for the bar
_ALIGN_NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
WATCHED = (ObjectiveEvent, GoalEvent, DecisionEvent, BallotEvent, HandCountEvent, MemberEvent, PlanEvent)
READ_AGAIN = (BallotEvent, HandCountEvent, MemberEvent, GoalEvent)  # what changes the votes, or which rows there are

Edit = Callable[[OpenPlan, ObjectiveResult, Any], PlanCommand | None]  # the undo command setting a cell to a value


class SharedTable(Protocol):
    """Where a tab finds the ranking's one table (``results_columns.SharedRanking``)."""

    def table(self) -> RankingTable: ...


@dataclass(frozen=True, eq=False)
class ResultColumn:
    key: Hashable  # what the column is, for the tabs that show it
    header: str
    value: Callable[[ObjectiveResult], Any]  # shown (and sorted by, unless ``sort`` says otherwise)
    edit: Edit | None = None
    text: Callable[[Any], str] = str
    sort: Callable[[ObjectiveResult], Any] | None = None
    tooltip: Callable[[ObjectiveResult], str] | None = None
    numeric: bool = False
    plan_order: bool = False  # sorts in the plan's order (objective numbers sort naturally that way)
    editable: Callable[[ObjectiveResult], bool] | None = None  # which rows may edit it (all, if None)
    decoration: Callable[[ObjectiveResult], Any] | None = None  # an icon beside the text (None: no icon)
    header_tooltip: str = ""


def objective_label(result: ObjectiveResult) -> str:
    return words.objective_label(result.objective.number)


class RankingTable(QAbstractTableModel):
    def __init__(self, plan: OpenPlan, columns: list[ResultColumn], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan, self.columns = plan, list(columns)
        self.results: list[ObjectiveResult] = plan.doc.ranking.results()
        self._ids = [r.objective.id for r in self.results]  # kept apart: a closed file's rows can't be read
        self._rows = {objective_id: row for row, objective_id in enumerate(self._ids)}
        self.listening = plan.listen(self, self._on_event, *WATCHED)

    # ------------------------------------------------------------ lookups
    def ids(self) -> list[int]:
        """The objectives' ids, in the plan's order."""
        return list(self._ids)

    def row_of(self, objective_id: int) -> int:
        return self._rows.get(objective_id, -1)

    def result(self, row: int) -> ObjectiveResult:
        return self.results[row]

    def column_of(self, key: Hashable) -> int:
        return next((i for i, c in enumerate(self.columns) if c.key == key), -1)

    # ------------------------------------------------------------ columns
    def set_extra_columns(self, columns: list[ResultColumn], after: Hashable) -> None:
        """Replace the columns after the one keyed ``after`` (one per member, when votes are shown by name)."""
        first = self.column_of(after) + 1
        old = self.columns[first:]
        if [c.key for c in old] == [c.key for c in columns]:
            return
        if old:
            self.beginRemoveColumns(ROOT, first, len(self.columns) - 1)
            del self.columns[first:]
            self.endRemoveColumns()
        if columns:
            self.beginInsertColumns(ROOT, first, first + len(columns) - 1)
            self.columns.extend(columns)
            self.endInsertColumns()

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
        if column.edit is not None and not self.plan.read_only and row_may_edit:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        column = self.columns[index.column()] if index.isValid() else None
        if column is None or column.edit is None or role != Qt.ItemDataRole.EditRole or self.plan.read_only:
            return False
        result = self.results[index.row()]
        if column.editable is not None and not column.editable(result):
            return False
        command = column.edit(self.plan, result, value)
        return command is not None and self.plan.push(command, None)

    # ------------------------------------------------------------ updates
    def _on_event(self, event: Event) -> None:
        if isinstance(event, DecisionEvent) or (isinstance(event, ObjectiveEvent) and event.action is Action.CHANGED):
            self._read_rows(event.ids)  # the same objectives, in the same order, with the same votes
        elif isinstance(event, PlanEvent):
            self._repaint_all()  # the ranking's options: what the room may see of the votes
        elif isinstance(event, (*READ_AGAIN, ObjectiveEvent, Reloaded)):
            self._read_all(reset=isinstance(event, Reloaded))

    def _read_rows(self, objective_ids: tuple[int, ...]) -> None:
        fresh = {info.id: info for info in self.plan.doc.ranking.decisions(objective_ids)}
        last = len(self.columns) - 1
        for objective_id, info in fresh.items():
            row = self.row_of(objective_id)
            if row >= 0:
                self.results[row] = self.results[row].with_objective(info)
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def _read_all(self, *, reset: bool) -> None:
        try:
            fresh = self.plan.doc.ranking.results()
        except PlanError:
            fresh = []
        ids = [r.objective.id for r in fresh]
        if reset or ids != self._ids:  # another file (Save As), or objectives added, gone or moved
            self.beginResetModel()
            self.results, self._ids = fresh, ids
            self._rows = {objective_id: row for row, objective_id in enumerate(ids)}
            self.endResetModel()
            return
        self.results = fresh
        self._repaint_all()

    def _repaint_all(self) -> None:
        if self.results:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.results) - 1, len(self.columns) - 1))


class TabColumns(QSortFilterProxyModel):
    """One tab's view of the shared table: its own columns (by key, in the table's order) and its own sort."""

    def __init__(self, keys: Iterable[Hashable], parent: QObject | None = None, *, extra: bool = False) -> None:
        super().__init__(parent)
        self.keys = set(keys)
        self.extra = extra  # the table's extra columns too (votes by name)
        self.setSortRole(SORT_ROLE)

    def table(self) -> RankingTable | None:
        source = self.sourceModel()
        return source if isinstance(source, RankingTable) else None

    def filterAcceptsColumn(self, source_column: int, source_parent: Index) -> bool:
        table = self.table()
        if table is None or not 0 <= source_column < len(table.columns):
            return False
        key = table.columns[source_column].key
        return key in self.keys or (self.extra and isinstance(key, tuple) and key[:1] == ("member",))


class TabTable(QObject):
    """A tab's table: the shared table through the tab's proxy, joined the first time the tab is on screen.

    ``widths``: the columns' widths in characters (they grow with presentation mode's type).

    2,000 rows take a tenth of a second to lay out: a plan opened on another
    tab (or another step) doesn't wait for this one. The tab hears of the
    plan's events (``on_event``) after the table has read them; ``made`` runs
    each time the tab joins a table.
    """

    def __init__(
        self,
        tab: QWidget,
        view: QTableView,
        proxy: TabColumns,
        shared: SharedTable,
        *,
        widths: dict[int, int],
        current_column: int,
        on_event: Callable[[Event], None],
        made: Callable[[], None],
    ) -> None:
        super().__init__(tab)
        self.view, self.proxy, self.shared = view, proxy, shared
        self.current_column = current_column
        self.fitted = fit_view(view, title=1, chars=widths)  # the objective's title takes the room left
        self.on_event, self.made = on_event, made
        self.plan: OpenPlan | None = None
        self._listening: Listening | None = None
        self.making = WhenShown(tab, self._make)

    @property
    def model(self) -> RankingTable | None:
        return self.proxy.table()

    def set_plan(self, plan: OpenPlan | None) -> None:
        if self._listening is not None:
            self._listening.cancel()
            self._listening = None
        self.plan = plan
        self.proxy.setSourceModel(None)  # type: ignore[arg-type]  # Qt takes None (no source); PySide's stubs don't say so
        if plan is not None:
            self.making.request()

    def _make(self) -> None:
        if self.plan is None or self.model is not None:
            return
        table = self.shared.table()
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # in the plan's order, without sorting it first
        self.proxy.setSourceModel(table)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.fitted.fit()
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, self.current_column))
        self._listening = self.plan.listen(self, self.on_event, *WATCHED)  # after the table's own
        self.made()
