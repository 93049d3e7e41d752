"""Which page each retreat step has, imported only when the window first shows it.

Each function imports its page's module when called: starting the program
loads none of them (``steps.py`` holds what the sidebar needs), and a page's
module never imports this one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner_gui.ui.pages.base import StepPage


def _plan() -> type[StepPage]:
    from planner_gui.ui.pages.plan_page import PlanPage

    return PlanPage


def _achievements() -> type[StepPage]:
    from planner_gui.ui.pages.achievements_page import AchievementsPage

    return AchievementsPage


def _review() -> type[StepPage]:
    from planner_gui.ui.pages.review_page import ReviewPage

    return ReviewPage


def _context() -> type[StepPage]:
    from planner_gui.ui.pages.context_page import ContextPage

    return ContextPage


def _ranking() -> type[StepPage]:
    from planner_gui.ui.pages.ranking.ranking_page import RankingPage

    return RankingPage


def _strategies() -> type[StepPage]:
    from planner_gui.ui.pages.strategies_page import StrategiesPage

    return StrategiesPage


def _export() -> type[StepPage]:
    from planner_gui.ui.pages.export_page import ExportPage

    return ExportPage


PAGE_CLASSES: dict[str, Callable[[], type[StepPage]]] = {
    "plan": _plan,
    "achievements": _achievements,
    "review": _review,
    "context": _context,
    "ranking": _ranking,
    "strategies": _strategies,
    "export": _export,
}


def page_class(key: str) -> type[StepPage]:
    """The page of step ``key``, its module imported now if it was not yet."""
    return PAGE_CLASSES[key]()
