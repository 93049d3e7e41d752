"""The retreat's steps, in order. The main window knows this list and nothing of the pages' insides."""

from __future__ import annotations

from planner_gui.ui.pages.achievements_page import AchievementsPage
from planner_gui.ui.pages.base import StepPage, StepState
from planner_gui.ui.pages.context_page import ContextPage
from planner_gui.ui.pages.export_page import ExportPage
from planner_gui.ui.pages.plan_page import PlanPage
from planner_gui.ui.pages.ranking.ranking_page import RankingPage
from planner_gui.ui.pages.review_page import ReviewPage
from planner_gui.ui.pages.strategies_page import StrategiesPage

STEP_PAGES: tuple[type[StepPage], ...] = (
    PlanPage,
    AchievementsPage,
    ReviewPage,
    ContextPage,
    RankingPage,
    StrategiesPage,
    ExportPage,
)

__all__ = ["STEP_PAGES", "StepPage", "StepState"]
