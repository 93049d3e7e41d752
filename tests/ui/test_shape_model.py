"""The one joint from the plan's events to an item model's rows (``ui/models/shape.py``), on its own.

A two-level model (goals, their objectives) and a three-level one (sections,
points, sub-points) are driven through the document; each added, removed,
moved or changed row must reach the model as exactly one row signal of that
kind, at the right place, and Qt's own model tester must find the model
consistent throughout.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import PlanError
from planner_gui.core.events import Action, GoalEvent, ObjectiveEvent, Reloaded
from planner_gui.core.structure import OBJECTIVES
from planner_gui.ui.models.context_tree import ContextTreeModel
from planner_gui.ui.models.list_sync import longest_increasing, sync_rows
from planner_gui.ui.models.shape import Shape, ShapeModel, rows_of
from planner_gui.ui.open_plan import OpenPlan


class GoalsAndObjectives(ShapeModel):
    kinds = (GoalEvent, ObjectiveEvent)

    def read_shape(self) -> Shape:
        structure = self.plan.doc.structure.structure()
        shape: Shape = {None: rows_of(GoalEvent, (gid for gid, _ in structure))}
        for gid, children in structure:
            shape[(GoalEvent, gid)] = rows_of(ObjectiveEvent, children)
        return shape

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        key = self.key(index)
        if key is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        structure = self.plan.doc.structure
        try:
            return structure.goal(key[1]).number if key[0] is GoalEvent else structure.objective(key[1]).number
        except PlanError:  # gone from the plan while the views are being told
            return f"#{key[1]}"


class Signals:
    """Every row signal a model sends, as (kind, parent's text, first, last[, destination's text, row])."""

    def __init__(self, model: ShapeModel) -> None:
        self.seen: list[tuple[Any, ...]] = []

        def text(parent: QModelIndex) -> str:
            return str(parent.data()) if parent.isValid() else "root"

        model.rowsInserted.connect(lambda p, a, b: self.seen.append(("inserted", text(p), a, b)))
        model.rowsRemoved.connect(lambda p, a, b: self.seen.append(("removed", text(p), a, b)))
        model.rowsMoved.connect(lambda p, a, b, d, r: self.seen.append(("moved", text(p), a, b, text(d), r)))
        model.dataChanged.connect(lambda tl, br, roles: self.seen.append(("changed", tl.data(), tl.row(), br.row())))
        model.modelReset.connect(lambda: self.seen.append(("reset",)))

    def take(self) -> list[tuple[Any, ...]]:
        seen, self.seen = self.seen, []
        return seen


@pytest.fixture
def plan(sample_plan: Path) -> Iterator[OpenPlan]:
    open_plan = OpenPlan(PlanDocument.open(sample_plan), None)
    yield open_plan
    open_plan.close()


@pytest.fixture
def model(plan: OpenPlan, qtmodeltester: Any) -> GoalsAndObjectives:
    made = GoalsAndObjectives(plan)
    qtmodeltester.check(made)  # Qt's QAbstractItemModelTester, which also watches every later change
    return made


def gid(plan: OpenPlan, number: str) -> int:
    return next(g.id for g in plan.doc.structure.goals() if g.number == number)


def oid(plan: OpenPlan, number: str) -> int:
    found = plan.doc.structure.find_objective(number)
    assert found is not None
    return found.id


def test_the_shape_is_the_plans(model: GoalsAndObjectives, plan: OpenPlan) -> None:
    assert model.rowCount() == 4
    goal_one = model.index(0, 0)
    shown = [model.index(r, 0, goal_one).data() for r in range(model.rowCount(goal_one))]
    assert goal_one.data() == "1" and shown == [o.number for o in plan.doc.structure.objectives(gid(plan, "1"))]
    assert model.index_of((ObjectiveEvent, oid(plan, "9"))).parent().data() == "2"


def test_an_objective_added_is_one_insertion_in_its_goal(model: GoalsAndObjectives, plan: OpenPlan) -> None:
    signals = Signals(model)
    plan.doc.structure.add_objective(gid(plan, "2"), "9.5", "Between nine and ten")
    [inserted] = signals.take()
    assert inserted[:2] == ("inserted", "2") and inserted[2] == inserted[3]
    assert model.index(inserted[2], 0, model.index_of((GoalEvent, gid(plan, "2")))).data() == "9.5"


def test_an_objective_removed_is_one_removal_and_undo_one_insertion(model: GoalsAndObjectives, plan: OpenPlan) -> None:
    signals = Signals(model)
    goal = model.index_of((GoalEvent, gid(plan, "2")))
    row = model.index_of((ObjectiveEvent, oid(plan, "10"))).row()
    tomb = plan.doc.structure.delete_objective(oid(plan, "10"))
    assert signals.take() == [("removed", "2", row, row)]
    plan.doc.lists.restore(tomb)
    assert signals.take() == [("inserted", "2", row, row)]
    assert model.index(row, 0, goal).data() == "10"


def test_an_objective_moved_within_its_goal_is_one_move(model: GoalsAndObjectives, plan: OpenPlan) -> None:
    signals = Signals(model)
    plan.doc.lists.move_row(OBJECTIVES, oid(plan, "8"), 3)
    [moved] = signals.take()
    assert moved[0] == "moved" and moved[1] == moved[4] == "2"
    assert [model.index(r, 0, model.index_of((GoalEvent, gid(plan, "2")))).data() for r in range(4)][3] == "8"


def test_an_objective_moved_to_another_goal_is_one_removal_and_one_insertion(
    model: GoalsAndObjectives, plan: OpenPlan
) -> None:
    signals = Signals(model)
    plan.doc.structure.move_objective(oid(plan, "16"), gid(plan, "1"), 0)
    assert [(s[0], s[1]) for s in signals.take()] == [("removed", "3"), ("inserted", "1")]
    assert model.index(0, 0, model.index(0, 0)).data() == "16"


def test_a_title_changed_repaints_that_row_alone(model: GoalsAndObjectives, plan: OpenPlan) -> None:
    signals = Signals(model)
    plan.doc.structure.update_objective(oid(plan, "3"), title="Stockpiles destroyed")
    assert signals.take() == [("changed", "3", 2, 2)]


def test_a_goal_deleted_takes_its_objectives_in_one_removal(model: GoalsAndObjectives, plan: OpenPlan) -> None:
    signals = Signals(model)
    plan.doc.structure.delete_goal(gid(plan, "2"))
    seen = signals.take()
    assert seen[-1] == ("removed", "root", 1, 1)  # the goal itself, once, after its objectives left it
    assert all(s[0] == "removed" for s in seen) and model.rowCount() == 3


def test_what_the_model_does_not_show_sends_nothing(model: GoalsAndObjectives, plan: OpenPlan) -> None:
    signals = Signals(model)
    plan.doc.ranking.set_decision(oid(plan, "1"), priority="low")  # a decision: not in this model
    plan.doc.ranking.add_member("Someone new")
    assert signals.take() == []


def test_reloaded_resets_the_model_once(model: GoalsAndObjectives, plan: OpenPlan) -> None:
    signals = Signals(model)
    plan.changed.emit(Reloaded(Action.CHANGED))
    assert signals.take() == [("reset",)]
    assert model.rowCount() == 4


def test_three_levels_a_point_moved_to_another_section_brings_its_sub_points(
    plan: OpenPlan, qtmodeltester: Any
) -> None:
    model = ContextTreeModel(plan)
    qtmodeltester.check(model)
    context = plan.doc.context
    first, second = context.sections()[0].id, context.sections()[1].id
    point = next(p for p in context.items(first) if context.items(first, p.id))
    subs = [s.id for s in context.items(first, point.id)]
    signals = Signals(model)
    model.move_item(point.id, 0, {"section_id": second})
    seen = signals.take()
    # The point out (its sub-points go with its row), then in, then each sub-point under it: each row once.
    assert [s[0] for s in seen] == ["removed", "inserted"] + ["inserted"] * len(subs)
    moved = model.item_index(point.id)
    assert model.section_of(moved) == second
    assert [model.index(r, 0, moved).data(Qt.ItemDataRole.UserRole + 2) for r in range(len(subs))] == subs


# ------------------------------------------------------------------ the list's own diff, on any lists


class Recorder(QAbstractListModel):
    """A model that only counts the row signals ``sync_rows`` sends it."""

    def __init__(self) -> None:
        super().__init__()
        self.moves = self.removals = self.insertions = 0
        self.rowsMoved.connect(lambda *_: setattr(self, "moves", self.moves + 1))
        self.rowsRemoved.connect(lambda *_: setattr(self, "removals", self.removals + 1))
        self.rowsInserted.connect(lambda *_: setattr(self, "insertions", self.insertions + 1))

    def rowCount(self, parent: Any = None) -> int:
        return 0

    def data(self, index: Any, role: int = 0) -> Any:
        return None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 30), unique=True), st.lists(st.integers(0, 30), unique=True))
def test_sync_rows_reaches_the_new_list_with_one_signal_a_row(old: list[int], new: list[int]) -> None:
    model, rows = Recorder(), list(old)
    sync_rows(model, QModelIndex(), rows, new)
    assert rows == new
    assert model.removals == len(set(old) - set(new)) and model.insertions == len(set(new) - set(old))
    kept = [x for x in new if x in set(old)]
    staying = longest_increasing([old.index(x) for x in kept])
    assert model.moves <= len(kept) - len(staying)  # only the rows out of order move, once each


def test_one_row_moved_far_is_one_move() -> None:
    model, rows = Recorder(), [1, 2, 3, 4, 5]
    sync_rows(model, QModelIndex(), rows, [2, 3, 4, 1, 5])
    assert rows == [2, 3, 4, 1, 5] and model.moves == 1
