"""Any ordered list of the plan as a table: outcomes, recommendations, stakeholders, sessions.

The model holds the row ids, read through the document, and the row objects it
has been asked about (each read once, not once per cell and role: painting
asks for every cell several times). Document changes forget the rows they may
touch and become targeted row signals; edits in place and drag-and-drop
reordering become undo commands.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from planner_gui.core.document import Change
from planner_gui.core.errors import PlanError
from planner_gui.ui.commands import EditFields, MoveRow
from planner_gui.ui.models.drag import MoveDrag
from planner_gui.ui.models.list_sync import sync_rows
from planner_gui.ui.open_plan import OpenPlan

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 2
SHOWN_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
    }
)


@dataclass(frozen=True)
class Column:
    """One column: the row's ``field``, shown as it is or through ``display``; ``editable`` edits the field."""

    field: str
    header: str
    display: Callable[[Any, Any], str] | None = None  # (document, row) -> text
    editable: bool = True
    tooltip: Callable[[Any, Any], str] | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    parse: Callable[[str], Any] = field(default=lambda text: text)  # text typed -> value stored


class RowsTableModel(MoveDrag, QAbstractTableModel):
    mime_type = "application/x-retreat-planner-row"

    def __init__(
        self,
        plan: OpenPlan,
        table: str,
        columns: list[Column],
        *,
        label: Callable[[Any], str] = lambda row: f"row {row.position + 1}",
        also_watch: tuple[str, ...] = (),
        scope: dict[str, Any] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.plan, self.table, self.columns, self.label = plan, table, columns, label
        self.also_watch = also_watch  # other tables shown in computed columns
        self.scope = dict(scope or {})  # the rows of one parent only: {"strategy_id": 3}
        self._ids: list[int] = plan.doc.row_ids(table, **self.scope)
        self._rows: dict[int, Any] = {}  # row id -> the document's object, read when first shown
        plan.changed.connect(self._on_change)

    # ------------------------------------------------------------ lookups
    def row_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, row_id: int) -> int:
        return self._ids.index(row_id) if row_id in self._ids else -1

    def ids(self) -> list[int]:
        return list(self._ids)

    def _row(self, row_id: int) -> Any:
        """The document's object for ``row_id``, read once until a change may have touched it.

        An object the document no longer holds is read again even before the change
        notice reaches this model (listeners connected earlier repaint first): after
        Save As the plan has a new document, and a deletion or its undo lets go of
        every object.
        """
        doc = self.plan.doc
        row = self._rows.get(row_id)
        if row is None or row not in doc.session:
            row = self._rows[row_id] = doc.row(self.table, row_id)
        return row

    # --------------------------------------------------------- Qt interface
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        row_id = self._ids[index.row()]
        if role == ROW_ID_ROLE:
            return row_id
        if role not in SHOWN_ROLES:
            return None
        column = self.columns[index.column()]
        doc = self.plan.doc
        try:
            row = self._row(row_id)
        except PlanError:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(doc, row) if column.display else _text(getattr(row, column.field))
        if role == Qt.ItemDataRole.EditRole:
            return getattr(row, column.field) if column.field else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tooltip:
                return column.tooltip(doc, row)
            return column.display(doc, row) if column.display else _text(getattr(row, column.field))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if not self.plan.read_only else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.plan.read_only:
            return flags
        column = self.columns[index.column()]
        if column.editable and column.field:  # shown through ``display``, edited as the field itself
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags | Qt.ItemFlag.ItemIsDragEnabled

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.columns[index.column()]
        if not column.field:
            return False
        row = self.plan.doc.row(self.table, self._ids[index.row()])
        old = getattr(row, column.field)
        try:
            new = column.parse(value) if isinstance(value, str) else value
        except (ValueError, PlanError) as error:
            from planner_gui.ui import dialogs

            dialogs.show_error(None, "That change was not made", str(error))
            return False
        if new == old:
            return False
        text = f"Edit {column.header.lower()} of {self.label(row)}"
        return self.plan.push(EditFields(self.plan, self.table, row.id, {column.field: old}, {column.field: new}, text))

    # --------------------------------------------------------- reordering
    def move(self, row_id: int, new_index: int) -> bool:
        old_index = self.row_of(row_id)
        new_index = max(0, min(new_index, len(self._ids) - 1))
        if old_index < 0 or new_index == old_index:
            return False
        row = self.plan.doc.row(self.table, row_id)
        command = MoveRow(self.plan, self.table, row_id, (old_index, {}), (new_index, {}), f"Move {self.label(row)}")
        return self.plan.push(command)

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return self.pack([self.table, [self._ids[r] for r in rows[:1]]])

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        payload = self.unpack(data)
        if self.plan.read_only or not payload:
            return False
        table, ids = payload
        if table != self.table or not ids:
            return False
        target = parent.row() if parent.isValid() else (len(self._ids) if row < 0 else row)
        source = self.row_of(ids[0])
        if source < target:
            target -= 1
        self.move(ids[0], target)
        return False  # moved through the document; the view must not delete the source row

    # -------------------------------------------------- document changes
    def _on_change(self, change: Change) -> None:
        self._forget(change)
        if change.action == "reset":
            self.beginResetModel()
            self._ids = self.plan.doc.row_ids(self.table, **self.scope)
            self.endResetModel()
        elif change.table == self.table and change.action == "changed":
            for row_id in change.ids:
                row = self.row_of(row_id)
                if row >= 0:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        elif change.table == self.table:
            sync_rows(self, QModelIndex(), self._ids, self.plan.doc.row_ids(self.table, **self.scope))
        elif change.table in self.also_watch and self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1))

    def _forget(self, change: Change) -> None:
        """Drop the row objects ``change`` may have made stale.

        An edit of this table's rows changes those objects only; anything else
        (added, removed, moved, reset, or another table) may renumber rows or
        make the document hand out new objects (a deletion or its undo detaches
        every object it held), so all of them are read again.
        """
        if change.table == self.table and change.action == "changed":
            for row_id in change.ids:
                self._rows.pop(row_id, None)
        else:
            self._rows.clear()


def _text(value: Any) -> str:
    if value is None:
        return ""
    return str(value).replace("\n", " ") if isinstance(value, str) else str(value)
