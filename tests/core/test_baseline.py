"""The review's baseline and the Changes it gives: taken at creation, again on request, undoable."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from planner_gui.core.baseline import PlanChange
from planner_gui.core.document import PlanDocument


def make_plan(path: Path) -> PlanDocument:
    doc = PlanDocument.create(path, title="Plan")
    with doc.transaction():
        g1 = doc.structure.add_goal("1", "Ban")
        g2 = doc.structure.add_goal("2", "Clear")
        doc.structure.add_objective(g1, "1", "Universalise")
        doc.structure.add_objective(g1, "2", "Stop use")
        doc.structure.add_objective(g2, "3", "Clear land")
        doc.structure.add_objective(g2, "4", "Report")
    return doc


def ids(doc: PlanDocument) -> dict[str, int]:
    return {o.number: o.id for o in doc.structure.objectives()}


def test_a_new_plan_starts_its_review_from_itself_and_an_empty_one_has_no_changes(tmp_path: Path) -> None:
    doc = PlanDocument.create(tmp_path / "p.retreat")
    try:
        assert doc.baseline.current().objective_count == 0
        assert doc.baseline.plan_changes() == []
    finally:
        doc.close()


def test_changes_name_what_the_review_did_against_the_baseline(tmp_path: Path) -> None:
    doc = make_plan(tmp_path / "p.retreat")
    try:
        doc.baseline.take(now=datetime(2014, 3, 1, 9, 0))
        assert doc.baseline.plan_changes() == []
        o = ids(doc)
        goals = {g.number: g.id for g in doc.structure.goals()}
        doc.ranking.set_decision(
            o["4"], priority="dropped", drop_kind="indicator of another objective", related_id=o["3"]
        )
        doc.ranking.set_decision(
            o["2"], priority="dropped", drop_kind="outside our influence", rationale="Beyond reach."
        )
        doc.ranking.set_decision(o["1"], priority="high")
        doc.structure.update_objective(o["1"], title="Universalise both treaties", number="1a")
        doc.structure.move_objective(o["3"], goals["1"])
        doc.structure.fold_goal(goals["2"], "Folded into goal 1")
        g3 = doc.structure.add_goal("3", "New goal")
        doc.structure.add_objective(g3, "5", "A new objective")
        changes = doc.baseline.plan_changes()
    finally:
        doc.close()
    assert changes == [
        PlanChange("Goal folded", "Goal 2", "Clear", "folded into the other goals", "Folded into goal 1"),
        PlanChange("Goal added", "Goal 3", "", "New goal"),
        PlanChange("Objective renumbered", "Obj. 1a", "Obj. 1", "Obj. 1a"),
        PlanChange("Objective retitled", "Obj. 1a", "Universalise", "Universalise both treaties"),
        PlanChange("Objective dropped", "Obj. 2", "Stop use", "dropped", "Outside our influence. Beyond reach."),
        PlanChange("Objective moved", "Obj. 3", "Goal 2", "Goal 1"),
        PlanChange("Objective dropped", "Obj. 4", "Report", "dropped", "Indicator of Obj. 3."),
        PlanChange("Objective added", "Obj. 5", "", "A new objective"),
    ]


def test_removed_and_reinstated_items_show_and_retaking_the_baseline_clears_the_changes(tmp_path: Path) -> None:
    doc = make_plan(tmp_path / "p.retreat")
    try:
        o = ids(doc)
        doc.ranking.set_decision(o["2"], priority="dropped")
        doc.baseline.take()
        doc.ranking.set_decision(o["2"], priority="medium")
        doc.structure.delete_objective(o["4"])
        assert doc.baseline.plan_changes() == [
            PlanChange("Objective reinstated", "Obj. 2", "dropped", "medium"),
            PlanChange("Objective removed", "Obj. 4", "Report", ""),
        ]
        previous = doc.baseline.take()
        assert doc.baseline.plan_changes() == []
        doc.baseline.restore(previous)  # what undo does
        assert len(doc.baseline.plan_changes()) == 2
    finally:
        doc.close()


def test_the_baseline_is_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "p.retreat"
    doc = make_plan(path)
    doc.baseline.take(now=datetime(2014, 3, 1, 9, 0))
    doc.structure.update_objective(ids(doc)["3"], title="Release land")
    doc.close()
    doc = PlanDocument.open(path)
    try:
        assert doc.baseline.current().taken_at == datetime(2014, 3, 1, 9, 0)
        assert doc.baseline.current().objective_count == 4
        assert [c.what for c in doc.baseline.plan_changes()] == ["Objective retitled"]
    finally:
        doc.close()


def test_the_sample_records_the_seed_plan_as_it_stood_before_the_retreat(sample_plan: Path) -> None:
    doc = PlanDocument.open_snapshot(sample_plan)
    try:
        changes = doc.baseline.plan_changes()
    finally:
        doc.close()
    assert [(c.what, c.item) for c in changes] == [
        ("Goal folded", "Goal 4"),
        ("Objective dropped", "Obj. 7"),
        ("Objective dropped", "Obj. 11"),
        ("Objective dropped", "Obj. 12"),
        ("Objective dropped", "Obj. 14"),
    ]
    assert changes[2].why.startswith("Indicator of Obj. 8.")


def test_an_objective_moved_to_a_goal_renumbered_since_is_said_by_each_goal_s_number_then_and_now(
    tmp_path: Path,
) -> None:
    doc = make_plan(tmp_path / "p.retreat")
    try:
        doc.baseline.take(now=datetime(2014, 3, 1, 9, 0))
        goals = {g.number: g.id for g in doc.structure.goals()}
        doc.structure.update_goal(goals["1"], number="5")  # Goal 1 is Goal 5 now
        doc.structure.move_objective(ids(doc)["3"], goals["1"])  # Obj. 3, of Goal 2, moved to it
        changes = doc.baseline.plan_changes()
    finally:
        doc.close()
    assert changes == [
        PlanChange("Goal renumbered", "Goal 5", "Goal 1", "Goal 5"),
        PlanChange("Objective moved", "Obj. 3", "Goal 2", "Goal 5"),
    ]
