"""Step 5, ranking: members, ballots cast three ways, the room's picture, and the board's decision.

One tab per stage of the step, in the order the room goes through them.
Each tab is a widget with ``set_plan``; the page only holds them together.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from planner_gui.core.document import Change
from planner_gui.ui.open_plan import OpenPlan
from planner_gui.ui.pages.base import StepPage
from planner_gui.ui.pages.ranking.ballot_tab import BallotTab
from planner_gui.ui.pages.ranking.decisions_tab import DecisionsTab
from planner_gui.ui.pages.ranking.hands_tab import HandsTab
from planner_gui.ui.pages.ranking.members_tab import MembersTab
from planner_gui.ui.pages.ranking.results_tab import ResultsTab

CONTENT_TABLES = ("ballot", "hand_count", "objective")


class RankingPage(StepPage):
    key = "ranking"
    number = 5
    title = "Ranking"
    prompt = (
        "Every board member ranks every objective high, medium, low or dropped; "
        "the room looks at the spread, discusses the contested ones, and the board decides."
    )
    icon_name = "step-ranking"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 8, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Ranking")
        self.members = MembersTab()
        self.ballots = BallotTab()
        self.hands = HandsTab()
        self.results = ResultsTab()
        self.decisions = DecisionsTab()
        for widget, label in (
            (self.members, "&Members"),
            (self.ballots, "&Cast ballots"),
            (self.hands, "Show of &hands"),
            (self.results, "Res&ults"),
            (self.decisions, "&Decisions"),
        ):
            self.tabs.addTab(widget, label)
        layout.addWidget(self.tabs)
        self._had_content = False
        self.decisions.strategy_requested.connect(lambda objective_id: self.open_step.emit("strategies", objective_id))

    def set_plan(self, plan: OpenPlan | None) -> None:
        super().set_plan(plan)
        for tab in (self.members, self.ballots, self.hands, self.results, self.decisions):
            tab.set_plan(plan)
        self._had_content = self.has_content()
        if plan is not None:
            plan.changed.connect(self._on_change)

    def show_tab(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)

    def has_content(self) -> bool:
        if self.plan is None:
            return False
        doc = self.plan.doc
        decided = doc.decision_counts()
        return bool(doc.voted()) or decided["undecided"] < sum(decided.values())

    def _on_change(self, change: Change) -> None:
        if change.table in CONTENT_TABLES or change.action == "reset":
            now = self.has_content()
            if now != self._had_content:
                self._had_content = now
                self.state_changed.emit()
