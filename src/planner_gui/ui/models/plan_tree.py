"""The goals and their objectives as a two-level item model.

The model keeps only the plan's shape (goal ids, each with its objective ids),
read through the document; every value is read from the document's objects
when asked. Changes from the document become targeted row signals (insert,
remove, move, dataChanged), so selection and expansion survive edits.
Edits made in the view, including drag and drop, become undo commands.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from planner_gui.core.document import Change
from planner_gui.core.errors import PlanError
from planner_gui.ui import icons
from planner_gui.ui.commands import EditFields, MoveGoal, MoveObjective
from planner_gui.ui.models.drag import MoveDrag
from planner_gui.ui.models.list_sync import sync_rows
from planner_gui.ui.open_plan import OpenPlan

COL_NUMBER, COL_TITLE, COL_STATE = range(3)
HEADERS = ("Number", "Title", "State")
SHOWN_FIELDS = frozenset({"number", "title", "description", "folded", "fold_note"})  # what the cells and tips show
ROW_KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "goal" or "objective"
ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 2
FOLDED_COLOR = QColor("#6B6B6B")
Role = Qt.ItemDataRole
SERVED_ROLES = frozenset(
    {
        Role.DisplayRole,
        Role.EditRole,
        Role.ToolTipRole,
        Role.AccessibleTextRole,
        Role.DecorationRole,
        Role.FontRole,
        Role.ForegroundRole,
        ROW_KIND_ROLE,
        ROW_ID_ROLE,
    }
)

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class PlanTreeModel(MoveDrag, QAbstractItemModel):
    mime_type = "application/x-retreat-planner-rows"

    def __init__(self, plan: OpenPlan, parent: Any = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self._goals: list[int] = []
        self._children: dict[int, list[int]] = {}
        self._rows: dict[tuple[str, int], Any] = {}  # the goal or objective behind each row, as painted
        self._load()
        plan.changed.connect(self._on_change)

    # ------------------------------------------------------------ structure
    def _load(self) -> None:
        self._rows.clear()
        structure = self.plan.doc.structure()
        self._goals = [gid for gid, _ in structure]
        self._children = {gid: list(children) for gid, children in structure}

    def goal_index(self, goal_id: int) -> QModelIndex:
        if goal_id not in self._children:
            return QModelIndex()
        return self.index(self._goals.index(goal_id), 0)

    def objective_index(self, objective_id: int) -> QModelIndex:
        for gid, children in self._children.items():
            if objective_id in children:
                return self.index(children.index(objective_id), 0, self.goal_index(gid))
        return QModelIndex()

    def kind_and_id(self, index: Index) -> tuple[str, int] | None:
        if not index.isValid():
            return None
        parent_goal = index.internalId()
        if parent_goal == 0:
            return "goal", self._goals[index.row()]
        return "objective", self._children[parent_goal][index.row()]

    # --------------------------------------------------------- Qt interface
    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if column < 0 or column >= len(HEADERS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._goals) else QModelIndex()
        if parent.internalId() != 0:
            return QModelIndex()
        goal_id = self._goals[parent.row()]
        if row >= len(self._children[goal_id]):
            return QModelIndex()
        return self.createIndex(row, column, goal_id)

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(self._goals.index(index.internalId()), 0, 0)

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return len(self._goals)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        return len(self._children[self._goals[parent.row()]])

    def columnCount(self, parent: Index = ROOT) -> int:
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in SERVED_ROLES:  # sizing a column asks every role of a hundred rows, several times
            return None
        found = self.kind_and_id(index)
        if found is None:
            return None
        kind, row_id = found
        if role == ROW_KIND_ROLE:
            return kind
        if role == ROW_ID_ROLE:
            return row_id
        row = self._rows.get(found)
        if row is None:  # asked once per row, not per cell and role (2,000 objectives, many cells each)
            doc = self.plan.doc
            try:
                row = doc.goal(row_id) if kind == "goal" else doc.objective(row_id)
            except PlanError:  # already deleted from the plan, while the view is being told
                return None
            self._rows[found] = row
        column = index.column()
        folded = kind == "goal" and row.folded
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == COL_NUMBER:
                if role == Qt.ItemDataRole.EditRole:
                    return row.number
                return f"Goal {row.number}" if kind == "goal" else f"Obj. {row.number}"
            if column == COL_TITLE:
                return row.title
            if column == COL_STATE and kind == "goal":
                return "Folded into the others" if folded else "Active"
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            text = row.description or row.title
            return f"{text}\n\nFolded: {row.fold_note}" if folded and row.fold_note else text
        if role == Qt.ItemDataRole.AccessibleTextRole and column == COL_NUMBER:
            return f"Goal {row.number}" if kind == "goal" else f"Objective {row.number}"
        if role == Qt.ItemDataRole.DecorationRole and column == COL_NUMBER:
            return icons.icon(kind)
        if role == Qt.ItemDataRole.FontRole and kind == "goal":
            font = QFont()
            font.setBold(True)
            font.setStrikeOut(folded)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and folded:
            return QBrush(FOLDED_COLOR)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():  # the root: goals can be dropped between, nothing else
            return Qt.ItemFlag.NoItemFlags if self.plan.read_only else Qt.ItemFlag.ItemIsDropEnabled
        if self.plan.read_only:
            return base
        flags = base | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in (COL_NUMBER, COL_TITLE):
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.internalId() == 0:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        found = self.kind_and_id(index)
        if found is None or role != Qt.ItemDataRole.EditRole or index.column() not in (COL_NUMBER, COL_TITLE):
            return False
        kind, row_id = found
        field = "number" if index.column() == COL_NUMBER else "title"
        row = self.plan.doc.goal(row_id) if kind == "goal" else self.plan.doc.objective(row_id)
        old = getattr(row, field)
        new = str(value).strip() if field == "number" else str(value)
        if new == old:
            return False
        label = f"Goal {row.number}" if kind == "goal" else f"Obj. {row.number}"
        text = f"Renumber {label}" if field == "number" else f"Edit title of {label}"
        return self.plan.push(EditFields(self.plan, kind, row_id, {field: old}, {field: new}, text))

    # ------------------------------------------------------- drag and drop
    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        rows = []
        for index in indexes:
            found = self.kind_and_id(index)
            if found and found not in rows:
                rows.append(found)
        return self.pack(rows[:1])

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        rows = self.unpack(data)
        if self.plan.read_only or not rows:
            return False
        kind = rows[0][0]
        target = self.kind_and_id(parent)
        if kind == "goal":
            return target is None
        return target is not None and target[0] == "goal"

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        kind, row_id = self.unpack(data)[0]
        if kind == "goal":
            old = self._goals.index(row_id)
            new = len(self._goals) if row < 0 else row
            if new > old:
                new -= 1
            if new != old:
                self.move_goal(row_id, new)
            return False  # the move is done; the view must not remove the source row itself
        target = self.kind_and_id(parent)
        assert target is not None
        goal_id = target[1]
        siblings = self._children[goal_id]
        new = len(siblings) if row < 0 else row
        if row_id in siblings and siblings.index(row_id) < new:
            new -= 1
        self.move_objective(row_id, goal_id, new)
        return False

    # ------------------------------------------------------ move commands
    def move_goal(self, goal_id: int, new_index: int) -> bool:
        old_index = self._goals.index(goal_id)
        new_index = max(0, min(new_index, len(self._goals) - 1))
        if new_index == old_index:
            return False
        number = self.plan.doc.goal(goal_id).number
        return self.plan.push(MoveGoal(self.plan, goal_id, old_index, new_index, number))

    def move_objective(self, objective_id: int, goal_id: int, new_index: int | None) -> bool:
        objective = self.plan.doc.objective(objective_id)
        source_goal = objective.goal_id
        source = (source_goal, self._children[source_goal].index(objective_id))
        if new_index is not None:
            limit = len(self._children[goal_id]) - (1 if goal_id == source_goal else 0)
            new_index = max(0, min(new_index, limit))
        if (goal_id, new_index) == source:
            return False
        command = MoveObjective(self.plan, objective_id, source, (goal_id, new_index), objective.number)
        return self.plan.push(command)

    # -------------------------------------------------- document changes
    def _on_change(self, change: Change) -> None:
        if change.table == "plan" and change.action == "reset":
            self.beginResetModel()
            self._load()
            self.endResetModel()
            return
        if change.table not in ("goal", "objective"):
            return
        if change.action != "changed":
            self._rows.clear()  # an undone delete puts back other objects under the same ids
        if change.action == "changed":
            if change.fields and not SHOWN_FIELDS.intersection(change.fields):
                return  # a decision or a vote: nothing this tree shows (and a hidden tree re-measured for it)
            for row_id in change.ids:
                index = self.goal_index(row_id) if change.table == "goal" else self.objective_index(row_id)
                if index.isValid():
                    last = index.siblingAtColumn(len(HEADERS) - 1)
                    self.dataChanged.emit(index, last)
            return
        try:
            self._sync()
        except PlanError:
            self.beginResetModel()
            self._load()
            self.endResetModel()

    def _sync(self) -> None:
        """Bring the model's shape to the document's with minimal row signals."""
        structure = self.plan.doc.structure()
        new_goals = [gid for gid, _ in structure]
        new_children = {gid: list(children) for gid, children in structure}
        # Objectives leaving a goal that stays (or that is going) are removed first.
        for gid in list(self._goals):
            keep = set(new_children.get(gid, []))
            sync_rows(self, self.goal_index(gid), self._children[gid], [c for c in self._children[gid] if c in keep])
        sync_rows(
            self,
            QModelIndex(),
            self._goals,
            new_goals,
            on_remove=lambda gone: self._children.pop(gone, None),
            on_insert=lambda added: self._children.__setitem__(added, []),
        )
        for gid in self._goals:
            sync_rows(self, self.goal_index(gid), self._children[gid], new_children[gid])
