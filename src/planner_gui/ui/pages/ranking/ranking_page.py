"""Step 5, ranking: members, ballots cast three ways, the results and their chart, and the board's decision.

One tab per stage of the step, in the order the room goes through them.
Each tab is a widget with ``set_plan``; the page only holds them together.

While room voting is on, a member's ballot is open or the discussion view is up,
the page can't be let go and built again in another language (``language_hold``):
it keeps its words until they are over (``hold_released``).
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
        self.tabs.setAccessibleName(self.tr("Ranking"))
        self.shared = SharedRanking(self)  # one table for the three tabs that show objectives
        self.members = MembersTab()
        self.ballots = BallotTab()
        self.room = RoomTab()  # members' own phones, over the venue's network
        self.hands = HandsTab(self.shared)
        self.results = ResultsTab(self.shared)
        self.chart = ChartTab(self.shared)
        self.decisions = DecisionsTab(self.shared)
        for widget, label in (
            (self.members, self.tr("&Members")),
            (self.ballots, self.tr("&Cast ballots")),
            (self.room, self.tr("R&oom voting")),
            (self.hands, self.tr("Show of h&ands")),
            (self.results, self.tr("Res&ults")),
            (self.chart, self.tr("Char&t")),
            (self.decisions, self.tr("&Decisions")),
        ):
            self.tabs.addTab(widget, label)
        layout.addWidget(self.tabs)
        self.decisions.strategy_requested.connect(lambda objective_id: self.open_step.emit("strategies", objective_id))
        self.room.running_changed.connect(lambda on: None if on else self.hold_released.emit())
        self.ballots.ballot_open_changed.connect(lambda on: None if on else self.hold_released.emit())
        self.results.discussion_closed.connect(self.hold_released.emit)

    def language_hold(self) -> str:
        """Room voting on, a ballot open, the discussion view up: the page is not let go in another language yet."""
        if self.room.room is not None:
            return self.tr("Room voting is on: the Ranking step changes language once it is closed.")
        if self.ballots.member_id is not None:
            return self.tr("A member is voting: the Ranking step changes language once the ballot is closed.")
        if self.results.discussion is not None and self.results.discussion.isVisible():
            return self.tr("The discussion view is open: the Ranking step changes language once it is closed.")
        return ""

    def unrecorded(self) -> str:
        """A member's ballot open on the laptop: nothing of it is in the plan until they submit."""
        if self.ballots.member_id is None:
            return ""
        return self.tr("{name} is voting: their ballot is not recorded yet.").format(name=self.ballots.member_name)

    def set_plan(self, plan: OpenPlan | None) -> None:
        super().set_plan(plan)
        self.shared.set_plan(plan)
        for tab in (self.members, self.ballots, self.room, self.hands, self.results, self.chart, self.decisions):
            tab.set_plan(plan)

    def show_tab(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)

    def focus_target(self) -> QWidget | None:
        """The current tab's table, else the tabs themselves; nothing while a member's ballot is open (theirs)."""
        if self.ballots.member_id is not None:
            return None
        view = getattr(self.tabs.currentWidget(), "view", None)
        return view if isinstance(view, QWidget) else self.tabs.tabBar()
