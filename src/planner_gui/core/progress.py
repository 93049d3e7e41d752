"""How far the room has got at each retreat step, read from the plan alone.

A step is done when the facilitator marks it so; otherwise it is in progress
once the room has put something into it. The window's sidebar shows this for
every step without building the steps' pages, and refreshes a step only when
one of the tables its content depends on changes.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from planner_gui.core.events import (
    BallotEvent,
    BaselineEvent,
    DecisionEvent,
    Event,
    GoalEvent,
    HandCountEvent,
    ObjectiveEvent,
    OutcomeEvent,
    PointEvent,
    RecommendationEvent,
    Reloaded,
    SectionEvent,
    StakeholderEvent,
    StepEvent,
    StrategyEvent,
)
from planner_gui.core.model import Goal, Objective
from planner_gui.core.model_review import ContextSection, Outcome, Recommendation, Stakeholder
from planner_gui.core.model_strategy import Strategy

if TYPE_CHECKING:
    from planner_gui.core.document import PlanDocument


class StepState(Enum):
    NOT_STARTED = "Not started"
    IN_PROGRESS = "In progress"
    DONE = "Done"


# The things that decide whether a step has content: a change to any other leaves its state alone.
CONTENT_EVENTS: dict[str, tuple[type[Event], ...]] = {
    "plan": (GoalEvent, ObjectiveEvent),
    "achievements": (OutcomeEvent,),
    "review": (RecommendationEvent,),
    "context": (SectionEvent, PointEvent, StakeholderEvent),
    "ranking": (BallotEvent, HandCountEvent, DecisionEvent, ObjectiveEvent),
    "strategies": (StrategyEvent,),
    "export": (GoalEvent, ObjectiveEvent, DecisionEvent, BaselineEvent),
}


def _any(doc: PlanDocument, *models: Any) -> bool:
    return any(doc.session.scalar(select(func.count()).select_from(model)) for model in models)


def has_content(doc: PlanDocument, key: str) -> bool:
    """Whether the room has put anything into step ``key`` yet."""
    if key == "plan":
        return _any(doc, Goal, Objective)
    if key == "achievements":
        return _any(doc, Outcome)
    if key == "review":
        return _any(doc, Recommendation)
    if key == "context":
        return _any(doc, ContextSection, Stakeholder)
    if key == "ranking":
        decided = doc.ranking.decision_counts()
        return bool(doc.ranking.voted()) or decided["undecided"] < sum(decided.values())
    if key == "strategies":
        return _any(doc, Strategy)
    if key == "export":
        return bool(doc.baseline.plan_changes())
    raise KeyError(key)


def step_state(doc: PlanDocument | None, key: str) -> StepState:
    if doc is None:
        return StepState.NOT_STARTED
    if doc.walkthrough.step_progress(key).done:
        return StepState.DONE
    return StepState.IN_PROGRESS if has_content(doc, key) else StepState.NOT_STARTED


def affects(event: Event, key: str) -> bool:
    """Whether ``event`` may change step ``key``'s state."""
    return isinstance(event, (Reloaded, StepEvent, *CONTENT_EVENTS[key]))
