"""The plan's choice of secret ballots, made on the Members tab before the first ballot (an undo step)."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QWidget

from planner_gui.core.events import BallotEvent, Event, MemberEvent, PlanEvent
from planner_gui.ui.commands import SetRankingOptions
from planner_gui.ui.open_plan import Listening, OpenPlan


class SecretBallotsOption(QCheckBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Secret &ballots: nobody, not even the plan file, can tell whose votes are whose"))
        self.plan: OpenPlan | None = None
        self._listening: Listening | None = None
        self.setAccessibleName(self.tr("Secret ballots"))
        self.setToolTip(self.why())
        self.toggled.connect(self._toggled)

    def why(self) -> str:
        return self.tr(
            "Choose before the first ballot. Every way of voting (this laptop, ballot workbooks, the room's phones) "
            "then records who has voted and, apart, the votes, with nothing linking the two. Votes can't be shown "
            "by name, a secret ballot can't be replaced, and every ballot weighs the same."
        )

    def set_plan(self, plan: OpenPlan | None) -> None:
        if self._listening is not None:
            self._listening.cancel()
        self.plan = plan
        self._listening = plan.listen(self, self._on_event, PlanEvent, BallotEvent, MemberEvent) if plan else None
        self.refresh()

    def _on_event(self, _event: Event) -> None:
        self.refresh()

    def refresh(self) -> None:
        plan = self.plan
        secret = plan is not None and plan.doc.plan.secret_ballots
        with QSignalBlocker(self):
            self.setChecked(secret)
        cast = plan is not None and bool(plan.doc.ranking.voted())
        self.setEnabled(plan is not None and not plan.read_only and not cast)
        if cast:
            self.setToolTip(self.why() + "\n\n" + self.tr("Ballots have been cast, so this can no longer change."))
        else:
            self.setToolTip(self.why())

    def _toggled(self, on: bool) -> None:
        plan = self.plan
        if plan is None or plan.read_only:
            return
        current = plan.doc.plan
        old = {"secret_ballots": current.secret_ballots, "votes_by_name": current.votes_by_name}
        new = {"secret_ballots": on, "votes_by_name": False if on else current.votes_by_name}
        text = self.tr("Make ballots secret") if on else self.tr("Make ballots not secret")
        plan.push(SetRankingOptions(plan, old, new, text), self)
        self.refresh()  # what the plan holds, refused or not
