"""The board's members: who ranks the objectives, and who (staff, observers) takes part without voting."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from planner_gui.core.events import BallotEvent, Event, MemberEvent, Reloaded
from planner_gui.core.ranking import MEMBERS
from planner_gui.core.words import first_free
from planner_gui.ui import numbers
from planner_gui.ui.models.rows_table import Column
from planner_gui.ui.open_plan import OpenPlan
from planner_gui.ui.pages.ranking.secret_option import SecretBallotsOption
from planner_gui.ui.widgets.names import named
from planner_gui.ui.widgets.row_form import Field
from planner_gui.ui.widgets.rows_panel import RowsPanel

NAME, ROLE, VOTES, WEIGHT, BALLOT = range(5)


def member_label(row: Any) -> str:
    return row.name or QCoreApplication.translate("MembersTab", "member {number}").format(number=row.position + 1)


def ballot_text(doc: Any, row: Any) -> str:
    if not row.votes:
        return ""
    if doc.ranking.has_voted(row.id):
        return QCoreApplication.translate("MembersTab", "✓ voted")
    return QCoreApplication.translate("MembersTab", "not yet")


class MembersTab(RowsPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            MEMBERS,
            noun=self.tr("member"),
            columns=lambda: [
                Column("name", self.tr("Name")),
                Column("role", self.tr("Role")),
                Column(
                    "votes",
                    self.tr("Votes", "a column: whether the member votes"),
                    display=lambda doc, row: self.tr("Votes") if row.votes else self.tr("Does not vote"),
                    editable=False,
                ),
                Column("weight", self.tr("Weight"), display=lambda doc, row: numbers.count(row.weight)),
                Column("", self.tr("Ballot"), display=ballot_text, editable=False),
            ],
            fields=[
                Field("name", self.tr("&Name"), commit_on_finish=True),  # a name is checked whole, not per key
                Field("role", self.tr("&Role")),
                Field(
                    "votes",
                    self.tr("Vote&s"),
                    "check",
                    check_text=self.tr("Ranks the objectives (untick for staff and observers)"),
                ),
                Field("weight", self.tr("&Weight of the ballot"), "decimal", maximum=100),
            ],
            add_text=self.tr("Add member"),
            empty_text=self.tr("Select a member to edit them here, or add the board's members one by one."),
            delete_tip=self.tr("Delete the member (Delete)"),
            new_values=self._new_member,
            first_field="name",
            row_label=member_label,
            also_watch=(BallotEvent,),
            accessible_name=self.tr("Members"),
            edit_new_in_table=True,
        )
        self.summary = named(QLabel(), "summaryStrip")
        self.summary.setAccessibleName(self.tr("Members who vote"))
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
        taken = [m.name for m in self.plan.doc.ranking.members()] if self.plan is not None else []
        return {"name": first_free(self.tr("New member"), taken), "role": self.tr("Board member")}

    def _configure_view(self) -> None:
        self.fit_columns(ROLE, {NAME: 24, VOTES: 14, WEIGHT: 8, BALLOT: 14})
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
        text = self.tr("%n voting member(s)", "", len(voters))
        text = self.tr("{members}, {voted} have voted").format(
            members=text, voted=sum(1 for m in voters if m.id in voted)
        )
        if others:
            text = self.tr("{before}; %n taking part without a vote", "", others).format(before=text)
        text += "."
        if doc.ranking.weights_in_use():
            text = f"{text} {self.tr('Some ballots carry a weight other than 1.')}"
        self.summary.setText(text)
