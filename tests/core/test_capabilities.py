"""Each capability of the document on its own: a store, and only what the capability is given.

``PlanDocument`` composes them; here each one is built by hand over a plan
file's store, so a capability that reached for something it was not given
would fail here. Each test reads what the capability did in the file and in
the events it published.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from plan_files import committed
from planner_gui.core.agenda import SESSIONS, AgendaEdits
from planner_gui.core.baseline import BaselineEdits
from planner_gui.core.context import ContextEdits
from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import InvalidEdit
from planner_gui.core.events import (
    Action,
    BallotEvent,
    BaselineEvent,
    DecisionEvent,
    Event,
    GoalEvent,
    MemberEvent,
    ObjectiveEvent,
    OutcomeEvent,
    PlanEvent,
    PointEvent,
    SectionEvent,
    SessionEvent,
    StepEvent,
    StrategyEvent,
)
from planner_gui.core.ordered import Lists
from planner_gui.core.planfile import make_engine
from planner_gui.core.ranking import BallotRecorded, BallotRefused, RankingEdits
from planner_gui.core.store import PlanStore
from planner_gui.core.strategies import StrategyEdits
from planner_gui.core.structure import StructureEdits
from planner_gui.core.walkthrough import OUTCOMES, WalkthroughEdits


@pytest.fixture
def store(tmp_path: Path) -> Iterator[PlanStore]:
    """The store of a new, empty plan file, and nothing else of the document."""
    path = tmp_path / "plan.retreat"
    PlanDocument.create(path, title="Alone").close()
    plan_store = PlanStore(path, make_engine(path, read_only=False), read_only=False)
    yield plan_store
    plan_store.close()


@pytest.fixture
def heard(store: PlanStore) -> list[Event]:
    events: list[Event] = []
    store.events.subscribe(events.append)
    return events


def structure_of(store: PlanStore) -> tuple[Lists, StructureEdits]:
    lists = Lists(store)
    return lists, StructureEdits(store, lists)


# ------------------------------------------------------------------ the store


def test_the_store_publishes_a_transactions_events_once_it_has_committed(store: PlanStore, heard: list[Event]) -> None:
    with store.transaction():
        store.plan.title = "Changed"
        store.emit(PlanEvent(Action.CHANGED, (1,), frozenset({"title"})))
        assert heard == []  # not before the commit
        with store.transaction():  # nested: one commit, at the end of the outer one
            store.emit(PlanEvent(Action.CHANGED, (1,), frozenset({"period"})))
        assert heard == []
    assert [e.fields for e in heard] == [frozenset({"title"}), frozenset({"period"})]
    assert committed(store.path, "SELECT title FROM plan") == [("Changed",)]


def test_a_rolled_back_transaction_is_heard_by_nobody_and_tells_the_caches(
    store: PlanStore, heard: list[Event]
) -> None:
    rolled_back: list[bool] = []
    store.on_rollback(lambda: rolled_back.append(True))
    with pytest.raises(RuntimeError), store.transaction():
        store.plan.title = "Half done"
        store.emit(PlanEvent(Action.CHANGED, (1,), frozenset({"title"})))
        raise RuntimeError("the projector cable was pulled")
    assert heard == [] and rolled_back == [True]
    assert committed(store.path, "SELECT title FROM plan") == [("Alone",)]


def test_a_listener_hears_only_the_kinds_it_asked_for(store: PlanStore) -> None:
    _, structure = structure_of(store)
    goals: list[Event] = []
    store.events.subscribe(goals.append, GoalEvent)
    goal = structure.add_goal("1", "Ban")
    structure.add_objective(goal, "1", "Universalise")
    assert goals == [GoalEvent(Action.ADDED, (goal,))]


# ------------------------------------------------------------------ each capability


def test_structure_alone_keeps_numbers_and_the_natural_order(store: PlanStore, heard: list[Event]) -> None:
    _, structure = structure_of(store)
    goal = structure.add_goal("1", "Ban")
    ten = structure.add_objective(goal, "10", "Ten")
    two = structure.add_objective(goal, "2", "Two")  # goes before 10, not after it
    assert [o.number for o in structure.objectives(goal)] == ["2", "10"]
    structure.set_plan_field("period", "2016–2020")
    assert heard == [
        GoalEvent(Action.ADDED, (goal,)),
        ObjectiveEvent(Action.ADDED, (ten,)),
        ObjectiveEvent(Action.ADDED, (two,)),
        PlanEvent(Action.CHANGED, (1,), frozenset({"period"})),
    ]
    with pytest.raises(InvalidEdit, match=r"There is already an Obj\. 2"):
        structure.add_objective(goal, "2", "Again")


def test_ranking_alone_records_a_ballot_and_a_decision(store: PlanStore, heard: list[Event]) -> None:
    lists, structure = structure_of(store)
    ranking = RankingEdits(store, lists, structure)
    goal = structure.add_goal("1", "Ban")
    objective = structure.add_objective(goal, "1", "Universalise")
    ana = ranking.add_member("Ana")
    heard.clear()
    assert ranking.cast_ballot(ana, {objective: ("high", "")}) == BallotRecorded(ana, None)
    assert isinstance(ranking.cast_ballot(ana, {objective: ("low", "")}), BallotRefused)
    ranking.set_decision(objective, priority="high")
    [result] = ranking.results()
    assert (result.tally.high, result.objective.priority) == (1.0, "high")
    assert heard == [
        BallotEvent(Action.CHANGED, (ana,)),
        DecisionEvent(Action.CHANGED, (objective,), frozenset({"priority"})),
    ]
    assert [v.voted for v in ranking.voters()] == [True]
    assert MemberEvent not in {type(e) for e in heard}


def test_walkthrough_alone_links_an_achievement_and_marks_a_step(store: PlanStore, heard: list[Event]) -> None:
    lists, structure = structure_of(store)
    walkthrough = WalkthroughEdits(store, lists, structure)
    goal = structure.add_goal("1", "Ban")
    objective = structure.add_objective(goal, "1", "Universalise")
    outcome = lists.insert_row(OUTCOMES, {"title": "Ten new States Parties"})
    heard.clear()
    walkthrough.set_outcome_objectives(outcome, [objective])
    walkthrough.set_step("plan", done=True)
    assert walkthrough.outcome_objectives(outcome) == [objective]
    assert walkthrough.objectives_without_outcome() == []
    assert heard == [
        OutcomeEvent(Action.CHANGED, (outcome,), frozenset({"objectives"})),
        StepEvent(Action.CHANGED, (0,), frozenset({"done"})),
    ]


def test_context_alone_adds_a_point_with_its_sub_points_in_one_commit(store: PlanStore, heard: list[Event]) -> None:
    context = ContextEdits(store, Lists(store))
    [section] = context.apply_template({"name": "T", "sections": [{"title": "Mandate"}]})
    point = context.add_context_point(section, {"text": "Ban", "items": ["and clear"]})
    [sub] = context.items(section, point)
    assert sub.text == "and clear"
    assert [type(e) for e in heard] == [SectionEvent, PointEvent, PointEvent]


def test_agenda_alone_runs_a_timer_that_is_no_undo_step(store: PlanStore, heard: list[Event]) -> None:
    lists = Lists(store)
    agenda = AgendaEdits(store, lists)
    session = lists.insert_row(SESSIONS, {"title": "Ranking", "start": "09:00", "minutes": 60})
    heard.clear()
    agenda.start_session(session, datetime(2026, 12, 6, 9, 0))
    agenda.pause_session(session, datetime(2026, 12, 6, 9, 10))
    assert agenda.sessions()[0].elapsed_seconds == 600
    assert {type(e) for e in heard} == {SessionEvent}
    assert all(e.fields == frozenset({"timer"}) for e in heard)


def test_strategies_alone_serve_objectives_and_report_coverage(store: PlanStore, heard: list[Event]) -> None:
    lists, structure = structure_of(store)
    strategies = StrategyEdits(store, lists, structure)
    goal = structure.add_goal("1", "Ban")
    objective = structure.add_objective(goal, "1", "Universalise")
    heard.clear()
    strategy = strategies.add_strategy("Country by country", [objective])
    assert strategies.strategies_serving(objective) == [strategy]
    assert [type(e) for e in heard] == [StrategyEvent, StrategyEvent]  # added, then its objectives


def test_the_baseline_alone_is_taken_and_compared(store: PlanStore, heard: list[Event]) -> None:
    _, structure = structure_of(store)
    baseline = BaselineEdits(store, structure)
    goal = structure.add_goal("1", "Ban")
    heard.clear()
    baseline.take()
    structure.update_goal(goal, title="Ban them all")
    assert [(c.what, c.after) for c in baseline.plan_changes()] == [("Goal retitled", "Ban them all")]
    assert heard[0] == BaselineEvent(Action.CHANGED, (1,))
