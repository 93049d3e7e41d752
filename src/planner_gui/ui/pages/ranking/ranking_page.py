"""Step 5, ranking: members, ballots cast three ways, the results and their chart, and the board's decision.

One tab per stage of the step, in the order the room goes through them.
Each tab is a widget with ``set_plan``; the page only holds them together.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from planner_gui.ui.open_plan import OpenPlan
from planner_gui.ui.pages.base import StepPage
from planner_gui.ui.pages.ranking.ballot_tab import BallotTab
from planner_gui.ui.pages.ranking.chart_tab import ChartTab
from planner_gui.ui.pages.ranking.decisions_tab import DecisionsTab
from planner_gui.ui.pages.ranking.hands_tab import HandsTab
from planner_gui.ui.pages.ranking.members_tab import MembersTab
from planner_gui.ui.pages.ranking.results_columns import SharedRanking
from planner_gui.ui.pages.ranking.results_tab import ResultsTab
from planner_gui.ui.pages.ranking.room_tab import RoomTab


class RankingPage(StepPage):
    key = "ranking"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 8, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Ranking")
        self.shared = SharedRanking(self)  # one table for the three tabs that show objectives
        self.members = MembersTab()
        self.ballots = BallotTab()
        self.room = RoomTab()  # members' own phones, over the venue's network
        self.hands = HandsTab(self.shared)
        self.results = ResultsTab(self.shared)
        self.chart = ChartTab(self.shared)
        self.decisions = DecisionsTab(self.shared)
        for widget, label in (
            (self.members, "&Members"),
            (self.ballots, "&Cast ballots"),
            (self.room, "R&oom voting"),
            (self.hands, "Show of &hands"),
            (self.results, "Res&ults"),
            (self.chart, "Char&t"),
            (self.decisions, "&Decisions"),
        ):
            self.tabs.addTab(widget, label)
        layout.addWidget(self.tabs)
        self.decisions.strategy_requested.connect(lambda objective_id: self.open_step.emit("strategies", objective_id))

    def set_plan(self, plan: OpenPlan | None) -> None:
        super().set_plan(plan)
        self.shared.set_plan(plan)
        for tab in (self.members, self.ballots, self.room, self.hands, self.results, self.chart, self.decisions):
            tab.set_plan(plan)

    def show_tab(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)
