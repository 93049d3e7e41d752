"""Who may vote and who has voted, never how: one list model for every view of the room's progress.

The ballot tab's list of names reads it, and so does anything that shows the
room who is still to vote. It reads ``RankingEdits.voters`` again when members
or ballots change; nothing about a ballot's content is ever in it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from planner_gui.core.events import BallotEvent, Event, MemberEvent
from planner_gui.core.ranking import Voter
from planner_gui.ui.open_plan import Listening, OpenPlan

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 7
VOTED_ROLE = Qt.ItemDataRole.UserRole + 8


class VotersModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan: OpenPlan | None = None
        self.voters: list[Voter] = []
        self._listening: Listening | None = None

    def set_plan(self, plan: OpenPlan | None) -> None:
        if self._listening is not None:
            self._listening.cancel()
        self.plan = plan
        self._listening = plan.listen(self, self._on_event, MemberEvent, BallotEvent) if plan is not None else None
        self.refresh()

    def _on_event(self, _event: Event) -> None:
        self.refresh()

    def refresh(self) -> None:
        voters = self.plan.doc.ranking.voters() if self.plan is not None else []
        if voters == self.voters:
            return
        if [v.member_id for v in voters] == [v.member_id for v in self.voters]:
            self.voters = voters  # the same names in the same order: repainted, the selection kept
            if voters:
                self.dataChanged.emit(self.index(0), self.index(len(voters) - 1))
            return
        self.beginResetModel()
        self.voters = voters
        self.endResetModel()

    # ------------------------------------------------------------ lookups
    def row_of(self, member_id: int) -> int:
        return next((row for row, v in enumerate(self.voters) if v.member_id == member_id), -1)

    def voted(self) -> list[Voter]:
        return [v for v in self.voters if v.voted]

    def waiting(self) -> list[Voter]:
        """The voting members who have not voted yet, in order."""
        return [v for v in self.voters if not v.voted]

    # --------------------------------------------------------- Qt interface
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.voters)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.voters):
            return None
        voter = self.voters[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return voter.name + ("    " + self.tr("✓ voted") if voter.voted else "")  # who has voted, never how
        if role == Qt.ItemDataRole.AccessibleTextRole:
            said = self.tr("{name}, has voted") if voter.voted else self.tr("{name}, has not voted yet")
            return said.format(name=voter.name)
        if role == MEMBER_ID_ROLE:
            return voter.member_id
        if role == VOTED_ROLE:
            return voter.voted
        return None
