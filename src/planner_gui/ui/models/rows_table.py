"""Any ordered list of the plan as a table: outcomes, recommendations, stakeholders, sessions.

The model holds the row ids, read through the document, and the row objects it
has been asked about (each read once, not once per cell and role: painting
asks for every cell several times). Document changes forget the rows they may
touch and become targeted row signals; edits in place and drag-and-drop
reordering become undo commands.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt

from planner_gui.core.errors import PlanError
from planner_gui.core.events import Event
from planner_gui.core.ordered import RowKind
from planner_gui.ui.commands import EditRow, MoveRow
from planner_gui.ui.models.drag import MoveDrag
from planner_gui.ui.models.shape import Key, Shape, ShapeModel, rows_of
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
    header: str  # in the window's language: the column's heading, and its field's name in the Edit menu
    display: Callable[[Any, Any], str] | None = None  # (document, row) -> text
    editable: bool = True
    tooltip: Callable[[Any, Any], str] | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    parse: Callable[[str], Any] = dataclasses.field(default=lambda text: text)  # text typed -> value stored


class RowsTableModel(MoveDrag, ShapeModel):
    mime_type = "application/x-retreat-planner-row"

    def __init__(
        self,
        plan: OpenPlan,
        kind: RowKind[Any],
        columns: list[Column],
        *,
        label: Callable[[Any], str] = lambda row: QCoreApplication.translate("RowsTableModel", "row {number}").format(
            number=row.position + 1
        ),
        also_watch: tuple[type[Event], ...] = (),
        scope: dict[str, Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        self.kind, self.column_specs, self.label = kind, columns, label
        self.kinds = (kind.event,)
        self.repaint_on = also_watch  # other things shown in computed columns
        self.columns = len(columns)
        self.scope = dict(scope or {})  # the rows of one parent only: {"strategy_id": 3}
        super().__init__(plan, parent)

    def read_shape(self) -> Shape:
        return {None: rows_of(self.kind.event, self.plan.doc.lists.row_ids(self.kind, **self.scope))}

    # ------------------------------------------------------------ lookups
    def row_id(self, row: int) -> int:
        return self.ids()[row]

    def row_of(self, row_id: int) -> int:
        key = (self.kind.event, row_id)
        return self.keys().index(key) if key in self.keys() else -1

    def read_row(self, key: Key) -> Any:
        return self.plan.doc.lists.row(self.kind, key[1])

    # --------------------------------------------------------- Qt interface
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.column_specs[section].header
        return str(section + 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        key = self.key(index)
        if key is None:
            return None
        row_id = key[1]
        if role == ROW_ID_ROLE:
            return row_id
        if role not in SHOWN_ROLES:
            return None
        column = self.column_specs[index.column()]
        doc = self.plan.doc
        try:
            row = self.held_row(key)
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
        column = self.column_specs[index.column()]
        if column.editable and column.field:  # shown through ``display``, edited as the field itself
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags | Qt.ItemFlag.ItemIsDragEnabled

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole:
            return False
        column = self.column_specs[index.column()]
        key = self.key(index)
        if not column.field or key is None:
            return False
        row = self.plan.doc.lists.row(self.kind, key[1])
        old = getattr(row, column.field)
        try:
            new = column.parse(value) if isinstance(value, str) else value
        except (ValueError, PlanError) as error:
            from planner_gui.ui import dialogs

            dialogs.show_error(
                None, QCoreApplication.translate("RowsTableModel", "That change was not made"), str(error)
            )
            return False
        if new == old:
            return False
        text = QCoreApplication.translate("RowsTableModel", "Edit {field} of {row}").format(
            field=column.header.lower(), row=self.label(row)
        )
        return self.plan.push(EditRow(self.plan, self.kind, row.id, {column.field: old}, {column.field: new}, text))

    # --------------------------------------------------------- reordering
    def move(self, row_id: int, new_index: int) -> bool:
        old_index = self.row_of(row_id)
        new_index = max(0, min(new_index, self.rowCount() - 1))
        if old_index < 0 or new_index == old_index:
            return False
        row = self.plan.doc.lists.row(self.kind, row_id)
        text = QCoreApplication.translate("RowsTableModel", "Move {row}").format(row=self.label(row))
        command = MoveRow(self.plan, self.kind, row_id, (old_index, {}), (new_index, {}), text)
        return self.plan.push(command)

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return self.pack([self.kind.table, [self.row_id(r) for r in rows[:1]]])

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        payload = self.unpack(data)
        if self.plan.read_only or not payload:
            return False
        table, ids = payload
        if table != self.kind.table or not ids:
            return False
        target = parent.row() if parent.isValid() else (self.rowCount() if row < 0 else row)
        source = self.row_of(ids[0])
        if source < target:
            target -= 1
        self.move(ids[0], target)
        return False  # moved through the document; the view must not delete the source row


def _text(value: Any) -> str:
    if value is None:
        return ""
    return str(value).replace("\n", " ") if isinstance(value, str) else str(value)
