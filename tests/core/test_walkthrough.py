"""The review's first half: achievements and their objectives, the external review, stakeholders, step progress.

Expectations about the sample are computed from the bundled data
(``resources/sample/plan.json``), not copied by hand.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from plan_files import committed
from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import InvalidEdit
from planner_gui.core.events import Action, Event, OutcomeEvent, StepEvent
from planner_gui.core.model_review import CONTRIBUTIONS, STEP_KEYS
from planner_gui.core.sample import sample_data
from planner_gui.core.walkthrough import OUTCOMES, RECOMMENDATIONS, STAKEHOLDERS

DATA = sample_data()
PLAN_ORDER = [o["number"] for g in DATA["goals"] for o in g.get("objectives", [])]


@pytest.fixture
def heard(doc: PlanDocument) -> list[Event]:
    changes: list[Event] = []
    doc.events.subscribe(changes.append)
    return changes


def oid(doc: PlanDocument, number: str) -> int:
    objective = doc.structure.find_objective(number)
    assert objective is not None, number
    return objective.id


def numbers(doc: PlanDocument, objective_ids: list[int]) -> list[str]:
    return [doc.structure.objective(o).number for o in objective_ids]


def all_links(doc: PlanDocument) -> dict[int, list[str]]:
    return {o.id: numbers(doc, doc.walkthrough.outcome_objectives(o.id)) for o in doc.lists.rows(OUTCOMES)}


def outcome_titled(doc: PlanDocument, title: str) -> int:
    found = [o.id for o in doc.lists.rows(OUTCOMES) if o.title == title]
    assert len(found) == 1, title
    return found[0]


# ----------------------------------------------------- the sample's content


def test_the_sample_outcomes_are_the_bundled_ones_in_order(doc: PlanDocument) -> None:
    got = [(o.title, o.contribution, o.evidence) for o in doc.lists.rows(OUTCOMES)]
    assert got == [(o["title"], o["contribution"], o["evidence"]) for o in DATA["outcomes"]]


def test_each_sample_outcome_names_its_objectives_in_plan_order(doc: PlanDocument) -> None:
    for outcome, wanted in zip(doc.lists.rows(OUTCOMES), DATA["outcomes"], strict=True):
        expected = sorted(wanted["objectives"], key=PLAN_ORDER.index)
        assert numbers(doc, doc.walkthrough.outcome_objectives(outcome.id)) == expected, outcome.title


def test_the_sample_recommendations_and_stakeholders_are_the_bundled_ones(doc: PlanDocument) -> None:
    assert [(r.text, r.status, r.response) for r in doc.lists.rows(RECOMMENDATIONS)] == [
        (r["text"], r["status"], r["response"]) for r in DATA["recommendations"]
    ]
    assert [(s.name, s.kind, s.role, s.needs) for s in doc.lists.rows(STAKEHOLDERS)] == [
        (s["name"], s["kind"], s["role"], s["needs"]) for s in DATA["stakeholders"]
    ]


# --------------------------------------------------------- outcome objectives


def test_set_outcome_objectives_links_them_and_reads_them_back_in_plan_order(
    doc: PlanDocument, heard: list[Event]
) -> None:
    outcome = doc.lists.insert_row(OUTCOMES, {"title": "Survivors' network funded", "contribution": "limited"})
    heard.clear()
    doc.walkthrough.set_outcome_objectives(outcome, [oid(doc, "15"), oid(doc, "2"), oid(doc, "10"), oid(doc, "2")])
    assert numbers(doc, doc.walkthrough.outcome_objectives(outcome)) == ["2", "10", "15"]
    in_file = committed(doc.path, "SELECT objective_id FROM outcome_objective WHERE outcome_id = ?", (outcome,))
    assert sorted(o for (o,) in in_file) == sorted([oid(doc, "2"), oid(doc, "10"), oid(doc, "15")])
    assert heard == [OutcomeEvent(Action.CHANGED, (outcome,), frozenset(("objectives",)))]


def test_the_plan_order_of_links_follows_moves_of_goals_and_objectives(doc: PlanDocument) -> None:
    outcome = doc.lists.insert_row(OUTCOMES, {"title": "Moves"})
    doc.walkthrough.set_outcome_objectives(outcome, [oid(doc, "1"), oid(doc, "9"), oid(doc, "13")])
    doc.structure.move_goal(doc.structure.objective(oid(doc, "13")).goal_id, 0)
    assert numbers(doc, doc.walkthrough.outcome_objectives(outcome)) == ["13", "1", "9"]
    doc.structure.move_objective(oid(doc, "1"), doc.structure.objective(oid(doc, "9")).goal_id, 99)
    assert numbers(doc, doc.walkthrough.outcome_objectives(outcome)) == ["13", "9", "1"]


def test_set_outcome_objectives_replaces_the_old_links(doc: PlanDocument) -> None:
    outcome = outcome_titled(doc, "Stockpiles destroyed")
    assert numbers(doc, doc.walkthrough.outcome_objectives(outcome)) == ["3", "4"]
    others = {k: v for k, v in all_links(doc).items() if k != outcome}
    doc.walkthrough.set_outcome_objectives(outcome, [oid(doc, "6")])
    assert numbers(doc, doc.walkthrough.outcome_objectives(outcome)) == ["6"]
    assert committed(doc.path, "SELECT count(*) FROM outcome_objective WHERE outcome_id = ?", (outcome,)) == [(1,)]
    assert {k: v for k, v in all_links(doc).items() if k != outcome} == others
    doc.walkthrough.set_outcome_objectives(outcome, [])
    assert doc.walkthrough.outcome_objectives(outcome) == []


@pytest.mark.parametrize("unknown", [9999, -1])
def test_set_outcome_objectives_refuses_an_objective_not_in_the_plan_and_changes_nothing(
    doc: PlanDocument, heard: list[Event], unknown: int
) -> None:
    outcome = outcome_titled(doc, "Stockpiles destroyed")
    before = committed(doc.path, "SELECT * FROM outcome_objective ORDER BY outcome_id, objective_id")
    with pytest.raises(InvalidEdit, match="no longer in the plan"):
        doc.walkthrough.set_outcome_objectives(outcome, [oid(doc, "5"), unknown])
    assert numbers(doc, doc.walkthrough.outcome_objectives(outcome)) == ["3", "4"]
    assert committed(doc.path, "SELECT * FROM outcome_objective ORDER BY outcome_id, objective_id") == before
    assert heard == []


def test_set_outcome_objectives_of_an_outcome_that_is_gone_is_refused(doc: PlanDocument) -> None:
    with pytest.raises(InvalidEdit, match="That outcome is no longer in the plan"):
        doc.walkthrough.set_outcome_objectives(9999, [oid(doc, "1")])
    assert committed(doc.path, "SELECT count(*) FROM outcome_objective WHERE outcome_id = 9999") == [(0,)]


def test_deleting_an_objective_removes_its_links_and_undo_restores_them(doc: PlanDocument) -> None:
    before = all_links(doc)
    with_8 = [k for k, v in before.items() if "8" in v]
    assert len(with_8) == sum("8" in o["objectives"] for o in DATA["outcomes"]) == 2
    tomb = doc.structure.delete_objective(oid(doc, "8"))
    assert tomb.count("outcome_objective") == 2
    after = all_links(doc)
    assert after == {k: [n for n in v if n != "8"] for k, v in before.items()}
    assert all(doc.lists.row(OUTCOMES, k) for k in with_8)  # the outcomes themselves stay
    doc.lists.restore(tomb)
    assert all_links(doc) == before


def test_deleting_an_outcome_and_undoing_it_brings_back_its_links(doc: PlanDocument) -> None:
    before = all_links(doc)
    outcome = outcome_titled(doc, "Pressure on States Parties to meet their clearance obligations")
    tomb = doc.lists.delete_row(OUTCOMES, outcome)
    assert committed(doc.path, "SELECT count(*) FROM outcome_objective WHERE outcome_id = ?", (outcome,)) == [(0,)]
    assert outcome not in all_links(doc)
    doc.lists.restore(tomb)
    assert all_links(doc) == before
    assert doc.lists.row_ids(OUTCOMES)[2] == outcome


# ------------------------------------------------------- the summary strip


def test_contribution_counts_of_the_sample_match_the_data(doc: PlanDocument) -> None:
    counts = Counter(o["contribution"] for o in DATA["outcomes"])
    assert doc.walkthrough.contribution_counts() == {level: counts.get(level, 0) for level in CONTRIBUTIONS}
    assert list(doc.walkthrough.contribution_counts()) == ["strong", "some", "limited", "none"]
    assert doc.walkthrough.contribution_counts() == {"strong": 7, "some": 2, "limited": 0, "none": 0}


def test_contribution_counts_follow_edits(doc: PlanDocument) -> None:
    first = doc.lists.row_ids(OUTCOMES)[0]
    doc.lists.update_row(OUTCOMES, first, contribution="none")
    doc.lists.insert_row(OUTCOMES, {"title": "Defaults to some"})
    doc.lists.delete_row(OUTCOMES, doc.lists.row_ids(OUTCOMES)[1])  # a "strong" one
    assert doc.walkthrough.contribution_counts() == {"strong": 5, "some": 3, "limited": 0, "none": 1}


def test_contribution_counts_of_an_empty_plan_are_all_zero(tmp_path: Path) -> None:
    empty = PlanDocument.create(tmp_path / "empty.retreat")
    try:
        assert empty.walkthrough.contribution_counts() == {"strong": 0, "some": 0, "limited": 0, "none": 0}
        assert empty.walkthrough.objectives_without_outcome() == []
    finally:
        empty.close()


def test_objectives_without_outcome_in_the_sample_are_those_the_data_never_names(doc: PlanDocument) -> None:
    named = {n for o in DATA["outcomes"] for n in o["objectives"]}
    expected = [n for n in PLAN_ORDER if n not in named]
    assert expected  # the sample does leave some objectives without an achievement
    assert [o.number for o in doc.walkthrough.objectives_without_outcome()] == expected


def test_linking_an_objective_takes_it_off_the_list_and_unlinking_puts_it_back(doc: PlanDocument) -> None:
    missing = [o.number for o in doc.walkthrough.objectives_without_outcome()]
    target = missing[-1]
    outcome = doc.lists.insert_row(OUTCOMES, {"title": "New"})
    doc.walkthrough.set_outcome_objectives(outcome, [oid(doc, target)])
    assert [o.number for o in doc.walkthrough.objectives_without_outcome()] == missing[:-1]
    doc.walkthrough.set_outcome_objectives(outcome, [])
    assert [o.number for o in doc.walkthrough.objectives_without_outcome()] == missing


# ------------------------------------------------------------ step progress


def test_a_step_starts_not_done_without_notes(doc: PlanDocument) -> None:
    for step in STEP_KEYS:
        progress = doc.walkthrough.step_progress(step)
        assert (progress.step, progress.done, progress.notes) == (step, False, "")
    assert committed(doc.path, "SELECT count(*) FROM step_progress") == [(0,)]


def test_set_step_marks_it_done_and_keeps_notes(doc: PlanDocument, heard: list[Event]) -> None:
    doc.walkthrough.set_step("review", done=True)
    doc.walkthrough.set_step("review", notes="Recommendation 5 left for the next plan")
    progress = doc.walkthrough.step_progress("review")
    assert (progress.done, progress.notes) == (True, "Recommendation 5 left for the next plan")
    assert committed(doc.path, "SELECT step, done, notes FROM step_progress") == [
        ("review", 1, "Recommendation 5 left for the next plan")
    ]
    index = STEP_KEYS.index("review")
    assert heard == [
        StepEvent(Action.CHANGED, (index,), frozenset(("done",))),
        StepEvent(Action.CHANGED, (index,), frozenset(("notes",))),
    ]
    assert doc.walkthrough.step_progress("context").done is False


def test_step_progress_persists_across_close_and_reopen(sample_plan: Path) -> None:
    document = PlanDocument.open(sample_plan)
    document.walkthrough.set_step("achievements", done=True, notes="Seven strong contributions")
    document.walkthrough.set_step("ranking", notes="Obj. 8 and 10 contested")
    document.walkthrough.set_step("achievements", done=False)
    document.close()
    document = PlanDocument.open(sample_plan)
    try:
        assert (
            document.walkthrough.step_progress("achievements").done,
            document.walkthrough.step_progress("achievements").notes,
        ) == (
            False,
            "Seven strong contributions",
        )
        assert (
            document.walkthrough.step_progress("ranking").done,
            document.walkthrough.step_progress("ranking").notes,
        ) == (
            False,
            "Obj. 8 and 10 contested",
        )
    finally:
        document.close()


@pytest.mark.parametrize("step", ["lunch", "", "Review"])
def test_an_unknown_step_is_refused_and_nothing_is_written(doc: PlanDocument, heard: list[Event], step: str) -> None:
    with pytest.raises(InvalidEdit, match=f"no step “{step}”"):
        doc.walkthrough.step_progress(step)
    with pytest.raises(InvalidEdit, match=f"no step “{step}”"):
        doc.walkthrough.set_step(step, done=True)
    assert committed(doc.path, "SELECT count(*) FROM step_progress") == [(0,)]
    assert heard == []


def test_set_step_refuses_an_unknown_field(doc: PlanDocument, heard: list[Event]) -> None:
    with pytest.raises(InvalidEdit, match="A step has no field colour"):
        doc.walkthrough.set_step("plan", done=True, colour="green")
    assert doc.walkthrough.step_progress("plan").done is False
    assert committed(doc.path, "SELECT count(*) FROM step_progress") == [(0,)]
    assert heard == []


def test_set_step_refuses_a_done_mark_that_is_not_true_or_false(doc: PlanDocument) -> None:
    with pytest.raises(InvalidEdit):
        doc.walkthrough.set_step("plan", done="yes")
    assert doc.walkthrough.step_progress("plan").done is False
