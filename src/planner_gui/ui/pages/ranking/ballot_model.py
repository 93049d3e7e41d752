"""One member's ballot while they fill it in: kept here, not in the plan, until they submit it whole.

Nothing of an unsubmitted ballot reaches the file (or the undo stack): a member
who walks away leaves no half ballot behind, and the next member can't see it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from planner_gui.core.model import Objective
from planner_gui.ui import words

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
NUMBER, TITLE, PRIORITY, COMMENT = range(4)
HEADERS = (
    str(QT_TRANSLATE_NOOP("BallotModel", "Obj.")),
    str(QT_TRANSLATE_NOOP("BallotModel", "Objective")),
    str(QT_TRANSLATE_NOOP("BallotModel", "Priority")),
    str(QT_TRANSLATE_NOOP("BallotModel", "Comment")),
)


class BallotModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.objectives: list[tuple[int, str, str]] = []  # (id, number, title)
        self.priority: dict[int, str | None] = {}
        self.comment: dict[int, str] = {}

    # ------------------------------------------------------------- filling
    def start(self, objectives: list[Objective]) -> None:
        """An empty ballot over these objectives."""
        self.beginResetModel()
        self.objectives = [(o.id, o.number, o.title) for o in objectives]
        self.priority, self.comment = {}, {}
        self.endResetModel()

    def refresh_objectives(self, objectives: list[Objective]) -> None:
        """The plan's objectives changed while a member votes: keep what they chose for those still there."""
        self.beginResetModel()
        self.objectives = [(o.id, o.number, o.title) for o in objectives]
        ids = {o.id for o in objectives}
        self.priority = {k: v for k, v in self.priority.items() if k in ids}
        self.comment = {k: v for k, v in self.comment.items() if k in ids}
        self.endResetModel()

    def clear(self) -> None:
        self.start([])

    def choices(self) -> dict[int, tuple[str | None, str]]:
        return {oid: (self.priority.get(oid), self.comment.get(oid, "")) for oid, _, _ in self.objectives}

    def count(self, priority: str) -> int:
        return sum(1 for p in self.priority.values() if p == priority)

    def count_set(self) -> int:
        """How many objectives have a priority on this ballot."""
        return sum(1 for p in self.priority.values() if p)

    def blanks(self) -> int:
        return sum(1 for oid, _, _ in self.objectives if not self.priority.get(oid))

    def unkept_comments(self) -> int:
        """Comments on objectives left without a priority: the plan keeps a comment only with its priority."""
        return sum(
            1 for oid, _, _ in self.objectives if not self.priority.get(oid) and self.comment.get(oid, "").strip()
        )

    def choices_kept(self) -> dict[int, tuple[str | None, str]]:
        """The choices as the plan keeps them: a comment only with its priority (the question said so)."""
        return {oid: (priority, comment if priority else "") for oid, (priority, comment) in self.choices().items()}

    def touched(self) -> bool:
        return any(self.priority.values()) or any(self.comment.values())

    def set_priority(self, row: int, priority: str | None) -> None:
        oid = self.objectives[row][0]
        self.priority[oid] = priority
        index = self.index(row, PRIORITY)
        self.dataChanged.emit(index, index)

    # --------------------------------------------------------- Qt interface
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.objectives)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("BallotModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.objectives):
            return None
        oid, number, title = self.objectives[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == NUMBER:
                return number
            if column == TITLE:
                return title
            if column == PRIORITY:
                value = self.priority.get(oid)
                if role == Qt.ItemDataRole.EditRole:
                    return value
                return words.priority_name(value) if value else "—"
            return self.comment.get(oid, "")
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (PRIORITY, COMMENT):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        oid = self.objectives[index.row()][0]
        if index.column() == PRIORITY:
            self.priority[oid] = value or None
        elif index.column() == COMMENT:
            self.comment[oid] = str(value)
        else:
            return False
        self.dataChanged.emit(index, index)
        return True
