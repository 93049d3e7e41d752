"""The goals and their objectives as a two-level item model.

The model keeps only the plan's shape (goal ids, each with its objective ids),
read through the document; every value is read from the document's objects
when asked. ``ShapeModel`` turns the plan's events into targeted row signals
(insert, remove, move, dataChanged), so selection and expansion survive edits.
Edits made in the view, including drag and drop, become undo commands.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from planner_gui.core.errors import PlanError
from planner_gui.core.events import Event, GoalEvent, ObjectiveEvent
from planner_gui.core.model import Goal, Objective
from planner_gui.core.structure import GOALS, OBJECTIVES
from planner_gui.ui import icons, words
from planner_gui.ui.commands import EditRow, MoveGoal, MoveObjective
from planner_gui.ui.models.drag import MoveDrag
from planner_gui.ui.models.shape import Key, Shape, ShapeModel, rows_of

COL_NUMBER, COL_TITLE, COL_STATE = range(3)
HEADERS = (
    str(QT_TRANSLATE_NOOP("PlanTreeModel", "Number")),
    str(QT_TRANSLATE_NOOP("PlanTreeModel", "Title")),
    str(QT_TRANSLATE_NOOP("PlanTreeModel", "State")),
)
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


class PlanTreeModel(MoveDrag, ShapeModel):
    mime_type = "application/x-retreat-planner-rows"
    kinds = (GoalEvent, ObjectiveEvent)
    columns = len(HEADERS)

    # ------------------------------------------------------------ structure
    def read_shape(self) -> Shape:
        structure = self.plan.doc.structure.structure()
        shape: Shape = {None: rows_of(GoalEvent, (gid for gid, _ in structure))}
        for gid, children in structure:
            shape[(GoalEvent, gid)] = rows_of(ObjectiveEvent, children)
        return shape

    def repaints(self, event: Event) -> bool:
        return not event.fields or bool(SHOWN_FIELDS & event.fields)  # else a hidden tree re-measures for nothing

    def read_row(self, key: Key) -> Goal | Objective:
        structure = self.plan.doc.structure
        return structure.goal(key[1]) if key[0] is GoalEvent else structure.objective(key[1])

    @property
    def _goals(self) -> list[int]:
        return self.ids()

    def objective_ids(self, goal_id: int) -> list[int]:
        return self.ids((GoalEvent, goal_id))

    def goal_index(self, goal_id: int) -> QModelIndex:
        return self.index_of((GoalEvent, goal_id))

    def objective_index(self, objective_id: int) -> QModelIndex:
        return self.index_of((ObjectiveEvent, objective_id))

    def kind_and_id(self, index: Index) -> tuple[str, int] | None:
        key = self.key(index)
        if key is None:
            return None
        return ("goal" if key[0] is GoalEvent else "objective"), key[1]

    # --------------------------------------------------------- Qt interface
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PlanTreeModel", HEADERS[section])
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
        key: Key = (GoalEvent if kind == "goal" else ObjectiveEvent, row_id)
        try:  # asked once per row, not per cell and role (2,000 objectives, many cells each)
            row: Goal | Objective = self.held_row(key)
        except PlanError:  # already deleted from the plan, while the view is being told
            return None
        column = index.column()
        folded = isinstance(row, Goal) and row.folded
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == COL_NUMBER:
                if role == Qt.ItemDataRole.EditRole:
                    return row.number
                return words.goal_label(row.number) if kind == "goal" else words.objective_label(row.number)
            if column == COL_TITLE:
                return row.title
            if column == COL_STATE and kind == "goal":
                return self.tr("Folded into the others") if folded else self.tr("Active")
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            text = row.description or row.title
            if isinstance(row, Goal) and folded and row.fold_note:
                return self.tr("{text}\n\nFolded: {note}").format(text=text, note=row.fold_note)
            return text
        if role == Qt.ItemDataRole.AccessibleTextRole and column == COL_NUMBER:
            spoken = self.tr("Goal {number}") if kind == "goal" else self.tr("Objective {number}")
            return spoken.format(number=row.number)
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
        if not index.parent().isValid():  # a goal: objectives are dropped on it
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        found = self.kind_and_id(index)
        if found is None or role != Qt.ItemDataRole.EditRole or index.column() not in (COL_NUMBER, COL_TITLE):
            return False
        kind, row_id = found
        field = "number" if index.column() == COL_NUMBER else "title"
        row = self.plan.doc.structure.goal(row_id) if kind == "goal" else self.plan.doc.structure.objective(row_id)
        old = getattr(row, field)
        new = str(value).strip() if field == "number" else str(value)
        if new == old:
            return False
        label = words.goal_label(row.number) if kind == "goal" else words.objective_label(row.number)
        text = (self.tr("Renumber {label}") if field == "number" else self.tr("Edit title of {label}")).format(
            label=label
        )
        list_kind = GOALS if kind == "goal" else OBJECTIVES
        return self.plan.push(EditRow(self.plan, list_kind, row_id, {field: old}, {field: new}, text))

    # ------------------------------------------------------- drag and drop
    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
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
        siblings = self.objective_ids(goal_id)
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
        number = self.plan.doc.structure.goal(goal_id).number
        return self.plan.push(MoveGoal(self.plan, goal_id, old_index, new_index, number))

    def move_objective(self, objective_id: int, goal_id: int, new_index: int | None) -> bool:
        objective = self.plan.doc.structure.objective(objective_id)
        source_goal = objective.goal_id
        source = (source_goal, self.objective_ids(source_goal).index(objective_id))
        if new_index is not None:
            limit = len(self.objective_ids(goal_id)) - (1 if goal_id == source_goal else 0)
            new_index = max(0, min(new_index, limit))
        if (goal_id, new_index) == source:
            return False
        command = MoveObjective(self.plan, objective_id, source, (goal_id, new_index), objective.number)
        return self.plan.push(command)
