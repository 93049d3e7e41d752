"""The board's members: who ranks the objectives, and who (staff, observers) takes part without voting."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from planner_gui.core.events import BallotEvent, Event, MemberEvent, Reloaded
from planner_gui.core.ranking import MEMBERS
from planner_gui.ui.models.rows_table import Column
from planner_gui.ui.open_plan import OpenPlan
from planner_gui.ui.pages.ranking.secret_option import SecretBallotsOption
from planner_gui.ui.widgets.names import named
from planner_gui.ui.widgets.row_form import Field
from planner_gui.ui.widgets.rows_panel import RowsPanel

NAME, ROLE, VOTES, WEIGHT, BALLOT = range(5)


def member_label(row: Any) -> str:
    return row.name or f"member {row.position + 1}"


def ballot_text(doc: Any, row: Any) -> str:
    if not row.votes:
        return ""
    return "✓ voted" if doc.ranking.has_voted(row.id) else "not yet"


class MembersTab(RowsPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            MEMBERS,
            noun="member",
            columns=lambda: [
                Column("name", "Name"),
                Column("role", "Role"),
                Column(
                    "votes", "Votes", display=lambda doc, row: "Votes" if row.votes else "Does not vote", editable=False
                ),
                Column("weight", "Weight", display=lambda doc, row: f"{row.weight:g}"),
                Column("", "Ballot", display=ballot_text, editable=False),
            ],
            fields=[
                Field("name", "&Name"),
                Field("role", "&Role"),
                Field("votes", "&Votes", "check", check_text="Ranks the objectives (untick for staff and observers)"),
                Field("weight", "&Weight of the ballot", "decimal", maximum=100),
            ],
            add_text="Add member",
            empty_text="Select a member to edit them here, or add the board's members one by one.",
            new_values=self._new_member,
            first_field="name",
            row_label=member_label,
            also_watch=(BallotEvent,),
            accessible_name="Members",
            edit_new_in_table=True,
        )
        self.summary = named(QLabel(), "summaryStrip")
        self.summary.setAccessibleName("Members who vote")
        self.summary.setWordWrap(True)
        self.above_table.addWidget(self.summary)
        self.secret = SecretBallotsOption()  # chosen before the first ballot
        self.above_table.addWidget(self.secret)
        self.configure_view = self._configure_view
        self.plan_changed.connect(self._on_plan_changed)

    def set_plan(self, plan: OpenPlan | None) -> None:
        super().set_plan(plan)
        self.secret.set_plan(plan)

    def _new_member(self) -> dict[str, Any]:
        taken = {m.name.casefold() for m in self.plan.doc.ranking.members()} if self.plan is not None else set()
        name = next(
            n
            for n in (f"New member {i}" if i > 1 else "New member" for i in range(1, 10_000))
            if n.casefold() not in taken
        )
        return {"name": name, "role": "Board member"}

    def _configure_view(self) -> None:
        self.fit_columns(ROLE, {NAME: 24, VOTES: 14, WEIGHT: 8, BALLOT: 12})
        self._refresh()

    def _on_plan_changed(self, event: Event) -> None:
        if isinstance(event, MemberEvent | BallotEvent | Reloaded):
            self._refresh()

    def _refresh(self) -> None:
        if self.plan is None:
            self.summary.setText("")
            return
        doc = self.plan.doc
        voters = doc.ranking.members(voting_only=True)
        voted = doc.ranking.voted()
        others = len(doc.ranking.members()) - len(voters)
        text = f"{len(voters)} voting members, {sum(1 for m in voters if m.id in voted)} have voted"
        if others:
            text += f"; {others} taking part without a vote"
        if doc.ranking.weights_in_use():
            text += ". Some ballots carry a weight other than 1."
        self.summary.setText(text + ("" if text.endswith(".") else "."))
