"""What the document tells its listeners after each commit: typed events, one type per kind of thing.

An event says what happened (:class:`Action`) to which rows (``ids``) of one
kind of thing, and for a change which fields. A listener subscribes to the
kinds it shows (``doc.events.subscribe(listener, GoalEvent, ObjectiveEvent)``),
so a view of goals never hears of ballots, and a kind renamed or added is a
name mypy follows, not a string a view compares against.

:class:`Reloaded` is heard by every listener: the whole plan may differ (the
window carries on in another file after Save As).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum


class Action(Enum):
    ADDED = "added"
    REMOVED = "removed"
    MOVED = "moved"  # within its list, or into another (another goal, section, point)
    CHANGED = "changed"  # fields of the rows named


@dataclass(frozen=True)
class Event:
    action: Action
    ids: tuple[int, ...] = ()
    fields: frozenset[str] = frozenset()


class Reloaded(Event):
    """Everything may have changed: read it all again."""


# ------------------------------------------------------------- the plan and its structure
class PlanEvent(Event):
    """The plan's own texts, its ranking options and its documents' language (``fields`` say which); id 1."""


class GoalEvent(Event):
    pass


class ObjectiveEvent(Event):
    """An objective's number, title, description, goal or place (the board's decision is a DecisionEvent)."""


class BaselineEvent(Event):
    """The review's starting point was taken again (or put back)."""


# ------------------------------------------------------------- the first half of the retreat
class StepEvent(Event):
    """A step marked done or not, or its notes; ids are the steps' places in ``STEP_KEYS``."""


class OutcomeEvent(Event):
    """An achievement (its objectives too: field "objectives")."""


class RecommendationEvent(Event):
    pass


class StakeholderEvent(Event):
    pass


class SectionEvent(Event):
    """A section of the context analysis."""


class PointEvent(Event):
    """A point or sub-point of the context analysis."""


class SessionEvent(Event):
    """A session of the agenda (its timer too: fields "elapsed_seconds", "running_since")."""


# ------------------------------------------------------------- ranking
class MemberEvent(Event):
    pass


class BallotEvent(Event):
    """Ballots cast, replaced or taken back; ids are the members' ids (who, never how)."""


class HandCountEvent(Event):
    """Votes counted by show of hands; ids are the objectives'."""


class RoomEvent(Event):
    """Room voting's round: a new round (new links), or its options; id 1."""


class DecisionEvent(Event):
    """The board's decision on objectives (priority, rationale, reason, the objective pointed to); ids are theirs."""


# ------------------------------------------------------------- strategies
class StrategyEvent(Event):
    """A strategy (the objectives it serves too: field "objectives")."""


class ActionEvent(Event):
    """An action of a strategy."""


class TargetEvent(Event):
    pass


class CountryEvent(Event):
    """A priority country of a strategy."""


class ActionKindEvent(Event):
    """One of the plan's kinds of action (reactive, proactive…)."""


Listener = Callable[[Event], None]


class Notifier:
    """Who hears of events, each listener for the kinds it asked for (and every :class:`Reloaded`)."""

    def __init__(self) -> None:
        self._listeners: list[tuple[Listener, tuple[type[Event], ...]]] = []

    def subscribe(self, listener: Listener, *kinds: type[Event]) -> Callable[[], None]:
        """Call ``listener`` with each event of ``kinds`` (of every kind, if none given); returns the unsubscribe."""
        entry = (listener, kinds or (Event,))
        self._listeners.append(entry)

        def unsubscribe() -> None:
            if entry in self._listeners:
                self._listeners.remove(entry)

        return unsubscribe

    def publish(self, event: Event) -> None:
        for listener, kinds in list(self._listeners):
            if isinstance(event, (*kinds, Reloaded)):
                listener(event)

    def clear(self) -> None:
        self._listeners.clear()
