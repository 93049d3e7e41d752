"""Strategies in the core: the objectives they serve, ordered actions of the plan's kinds, targets,
countries, coverage of the priorities, and undo of a deletion with everything that belonged to it."""

from __future__ import annotations

import pytest

from plan_files import committed
from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import InvalidEdit
from planner_gui.core.sample import sample_data
from planner_gui.core.strategies import ACTION_KINDS, ACTIONS, STRATEGIES, TARGETS

SAMPLE_STRATEGIES = sample_data()["strategies"]


def oid(doc: PlanDocument, number: str) -> int:
    found = doc.structure.find_objective(number)
    assert found is not None
    return found.id


def numbers(doc: PlanDocument, strategy_id: int) -> list[str]:
    return [doc.structure.objective(i).number for i in doc.strategies.strategy_objectives(strategy_id)]


def test_the_sample_carries_the_seeds_four_strategies(doc: PlanDocument) -> None:
    strategies = doc.strategies.strategies()
    assert [s.name for s in strategies] == [s["name"] for s in SAMPLE_STRATEGIES]
    assert [numbers(doc, s.id) for s in strategies] == [["1"], ["2"], ["8", "10"], ["13", "15"]]
    clearance = strategies[2]
    kinds = {k.id: k.name for k in doc.strategies.action_kinds()}
    actions = doc.lists.rows(ACTIONS, strategy_id=clearance.id)
    assert [kinds[a.kind_id] for a in actions][:5] == ["proactive"] * 4 + ["reactive"]
    (target,) = doc.lists.rows(TARGETS, strategy_id=strategies[0].id)
    assert (target.number, target.due) == (25.0, "2015-09")
    # The sample's priorities all have a strategy; nothing serves a dropped objective.
    coverage = doc.strategies.coverage()
    assert coverage.high_without == [] and coverage.serving_dropped == []
    assert [o.number for o in coverage.medium_without] == ["3", "5", "9"]


def test_the_default_kinds_of_action_and_a_new_one(doc: PlanDocument) -> None:
    assert [k.name for k in doc.strategies.action_kinds()] == ["reactive", "proactive", "other"]
    kind = doc.lists.insert_row(ACTION_KINDS, {"name": "  Research "})
    assert doc.lists.row(ACTION_KINDS, kind).name == "research"
    with pytest.raises(InvalidEdit, match="already a kind of action called “reactive”"):
        doc.lists.insert_row(ACTION_KINDS, {"name": "Reactive"})
    with pytest.raises(InvalidEdit, match="needs a name"):
        doc.lists.insert_row(ACTION_KINDS, {"name": " "})


def test_a_kind_in_use_is_not_deleted(doc: PlanDocument) -> None:
    reactive = doc.strategies.action_kinds()[0]
    assert doc.strategies.kind_in_use(reactive.id) > 0
    with pytest.raises(InvalidEdit):
        doc.lists.delete_row(ACTION_KINDS, reactive.id)
    assert [k.name for k in doc.strategies.action_kinds()] == ["reactive", "proactive", "other"]


def test_a_strategy_serving_two_objectives_with_actions_and_a_dated_target(doc: PlanDocument) -> None:
    sid = doc.strategies.add_strategy("Stockpiles", [oid(doc, "3"), oid(doc, "4")])
    doc.strategies.add_action(sid, "Reactive", "Call out missed deadlines", "Monitor")
    doc.strategies.add_action(sid, "proactive", "Offer help to plan destruction")
    tid = doc.lists.insert_row(TARGETS, {"strategy_id": sid, "what": "Stockpiles destroyed", "number": "1,000"})
    doc.lists.update_row(TARGETS, tid, due="2015-12-31")
    assert numbers(doc, sid) == ["3", "4"]
    assert committed(doc.path, "SELECT number, due FROM strategy_target WHERE id = ?", (tid,)) == [
        (1000.0, "2015-12-31")
    ]
    actions = doc.lists.rows(ACTIONS, strategy_id=sid)
    doc.lists.move_row(ACTIONS, actions[1].id, 0)
    assert [a.text for a in doc.lists.rows(ACTIONS, strategy_id=sid)] == [
        "Offer help to plan destruction",
        "Call out missed deadlines",
    ]
    assert doc.strategies.strategies_serving(oid(doc, "3")) == [sid]
    doc.lists.update_row(TARGETS, tid, number="0,5")  # a decimal comma: a half, never 5
    assert committed(doc.path, "SELECT number FROM strategy_target WHERE id = ?", (tid,)) == [(0.5,)]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"number": "many"}, "is a number"),
        ({"number": "inf"}, "is a number"),
        ({"number": "1e300"}, "is a number"),
        ({"number": "1,5,0"}, "is a number"),
        ({"due": "September 2015"}, "as a year, a month or a day"),
        ({"due": "2015-13"}, "as a year, a month or a day"),
        ({"due": "2016-02-30"}, "as a year, a month or a day"),
        ({"due": "2015-02-29"}, "as a year, a month or a day"),
    ],
)
def test_a_bad_target_changes_nothing(doc: PlanDocument, changes: dict, message: str) -> None:
    sid = doc.strategies.strategies()[0].id
    (target,) = doc.lists.rows(TARGETS, strategy_id=sid)
    before = committed(doc.path, "SELECT * FROM strategy_target")
    with pytest.raises(InvalidEdit, match=message):
        doc.lists.update_row(TARGETS, target.id, **changes)
    assert committed(doc.path, "SELECT * FROM strategy_target") == before


def test_coverage_follows_the_decisions(doc: PlanDocument) -> None:
    doc.ranking.set_decision(oid(doc, "3"), priority="high")
    assert [o.number for o in doc.strategies.coverage().high_without] == ["3"]
    doc.ranking.set_decision(oid(doc, "10"), priority="dropped")
    (stale,) = doc.strategies.coverage().serving_dropped
    assert (stale[0].name, stale[1].number) == ("Clearance plans country by country", "10")
    doc.strategies.add_strategy("Stockpiles", [oid(doc, "3")])
    assert doc.strategies.coverage().high_without == []


def test_deleting_a_strategy_takes_its_parts_and_undo_brings_them_back(doc: PlanDocument) -> None:
    sid = doc.strategies.strategies()[2].id
    tables = ("strategy", "strategy_objective", "strategy_action", "strategy_target")
    before = {t: sorted(committed(doc.path, f"SELECT * FROM {t}")) for t in tables}
    tomb = doc.lists.delete_row(STRATEGIES, sid)
    assert tomb.dependents() == {"strategy_objective": 2, "strategy_action": 7, "strategy_target": 1}
    assert [o.number for o in doc.strategies.coverage().high_without] == ["8", "10"]
    doc.lists.restore(tomb)
    assert {t: sorted(committed(doc.path, f"SELECT * FROM {t}")) for t in tables} == before


def test_deleting_an_objective_unlinks_it_and_undo_links_it_again(doc: PlanDocument) -> None:
    sid = doc.strategies.strategies()[2].id
    tomb = doc.structure.delete_objective(oid(doc, "10"))
    assert numbers(doc, sid) == ["8"]
    doc.lists.restore(tomb)
    assert numbers(doc, sid) == ["8", "10"]


def test_links_to_objectives_that_are_gone_are_refused_whole(doc: PlanDocument) -> None:
    sid = doc.strategies.strategies()[0].id
    with pytest.raises(InvalidEdit, match="no longer in the plan"):
        doc.strategies.set_strategy_objectives(sid, [oid(doc, "2"), 9999])
    assert numbers(doc, sid) == ["1"]
