"""Undo commands: each holds what it needs to redo and undo through the document.

Views only push commands (through ``OpenPlan.push``); commands call the
document; the document's change notices update the views. ``apply`` makes the
edit the first time (so a refused edit never reaches the stack); Qt's first
``redo`` call on push is then skipped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from planner_gui.core.tombstone import Tombstone
from planner_gui.ui.open_plan import OpenPlan

MERGE_TYPING = 1001


class PlanCommand(QUndoCommand):
    def __init__(self, plan: OpenPlan, text: str) -> None:
        super().__init__(text)
        self.plan = plan
        self._applied_once = False

    @property
    def doc(self):  # type: ignore[no-untyped-def]
        return self.plan.doc

    def apply(self) -> None:
        self.do()
        self._applied_once = True

    def redo(self) -> None:
        if self._applied_once:
            self._applied_once = False
            return
        self.do()

    def undo(self) -> None:
        self.undo_it()

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError


def _update(doc, table: str, row_id: Any, values: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    """Fields of one thing: a row of an ordered list, or one of the few things edited their own way."""
    if table == "step_progress":
        doc.set_step(row_id, **values)
    elif table == "plan":
        for name, value in values.items():
            doc.set_plan_field(name, value)
    elif table == "ranking":  # the plan's ranking options
        doc.set_ranking_options(**values)
    elif table == "decision":  # the board's decision on an objective
        doc.set_decision(row_id, **values)
    elif table == "hand_count":
        doc.set_hand_count(row_id, **values)
    else:
        doc.update_row(table, row_id, **values)


class EditFields(PlanCommand):
    """Change fields of one row. Typing into one field merges into one undo step.

    ``typing_session`` identifies one stretch of typing in one editor; edits in
    the same session merge, a new focus on the field starts a new step.
    """

    def __init__(
        self,
        plan: OpenPlan,
        table: str,
        row_id: Any,
        old: dict[str, Any],
        new: dict[str, Any],
        text: str,
        typing_session: object | None = None,
    ) -> None:
        super().__init__(plan, text)
        self.table, self.row_id, self.old, self.new = table, row_id, old, new
        self.typing_session = typing_session

    def do(self) -> None:
        _update(self.doc, self.table, self.row_id, self.new)

    def undo_it(self) -> None:
        _update(self.doc, self.table, self.row_id, self.old)

    def id(self) -> int:
        return MERGE_TYPING if self.typing_session is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditFields) or other.typing_session is None:
            return False
        same = (other.table, other.row_id, other.typing_session, set(other.new)) == (
            self.table,
            self.row_id,
            self.typing_session,
            set(self.new),
        )
        if same:
            self.new = dict(other.new)
        return same


class AddGoal(PlanCommand):
    def __init__(self, plan: OpenPlan, number: str, title: str, index: int | None = None) -> None:
        super().__init__(plan, f"Add Goal {number}")
        self.number, self.title, self.index = number, title, index
        self.goal_id: int | None = None

    def do(self) -> None:
        self.goal_id = self.doc.add_goal(self.number, self.title, index=self.index, goal_id=self.goal_id)

    def undo_it(self) -> None:
        assert self.goal_id is not None
        self.doc.delete_goal(self.goal_id)


class AddObjective(PlanCommand):
    def __init__(self, plan: OpenPlan, goal_id: int, number: str, title: str) -> None:
        super().__init__(plan, f"Add Obj. {number}")
        self.goal_id, self.number, self.title = goal_id, number, title
        self.objective_id: int | None = None

    def do(self) -> None:
        self.objective_id = self.doc.add_objective(
            self.goal_id, self.number, self.title, objective_id=self.objective_id
        )

    def undo_it(self) -> None:
        assert self.objective_id is not None
        self.doc.delete_objective(self.objective_id)


class AddRow(PlanCommand):
    """Add a row to any ordered list of the plan; undo deletes it again."""

    def __init__(self, plan: OpenPlan, table: str, values: dict[str, Any], text: str, index: int | None = None) -> None:
        super().__init__(plan, text)
        self.table, self.values, self.index = table, values, index
        self.row_id: int | None = None

    def do(self) -> None:
        self.row_id = self.doc.insert_row(self.table, self.values, index=self.index, row_id=self.row_id)

    def undo_it(self) -> None:
        assert self.row_id is not None
        self.doc.delete_row(self.table, self.row_id)


class DeleteRow(PlanCommand):
    """Delete a row with all that belongs to it; undo puts it all back."""

    def __init__(self, plan: OpenPlan, table: str, row_id: int, text: str) -> None:
        super().__init__(plan, text)
        self.table, self.row_id = table, row_id
        self.tomb: Tombstone | None = None

    def do(self) -> None:
        self.tomb = self.doc.delete_row(self.table, self.row_id)

    def undo_it(self) -> None:
        assert self.tomb is not None
        self.doc.restore(self.tomb)


class MoveRow(PlanCommand):
    """Move a row within its list, or into another scope (another section, another parent)."""

    def __init__(
        self,
        plan: OpenPlan,
        table: str,
        row_id: int,
        source: tuple[int, dict[str, Any]],
        target: tuple[int, dict[str, Any]],
        text: str,
    ) -> None:
        super().__init__(plan, text)
        self.table, self.row_id, self.source, self.target = table, row_id, source, target

    def do(self) -> None:
        index, scope = self.target
        self.doc.move_row(self.table, self.row_id, index, **scope)

    def undo_it(self) -> None:
        index, scope = self.source
        self.doc.move_row(self.table, self.row_id, index, **scope)


class MoveGoal(PlanCommand):
    def __init__(self, plan: OpenPlan, goal_id: int, old_index: int, new_index: int, number: str) -> None:
        super().__init__(plan, f"Move Goal {number}")
        self.goal_id, self.old_index, self.new_index = goal_id, old_index, new_index

    def do(self) -> None:
        self.doc.move_goal(self.goal_id, self.new_index)

    def undo_it(self) -> None:
        self.doc.move_goal(self.goal_id, self.old_index)


class MoveObjective(PlanCommand):
    def __init__(
        self,
        plan: OpenPlan,
        objective_id: int,
        source: tuple[int, int],
        target: tuple[int, int | None],
        number: str,
    ) -> None:
        super().__init__(plan, f"Move Obj. {number}")
        self.objective_id, self.source, self.target = objective_id, source, target

    def do(self) -> None:
        self.doc.move_objective(self.objective_id, *self.target)

    def undo_it(self) -> None:
        self.doc.move_objective(self.objective_id, *self.source)


class SortObjectives(PlanCommand):
    def __init__(self, plan: OpenPlan, goal_id: int, number: str) -> None:
        super().__init__(plan, f"Sort objectives of Goal {number}")
        self.goal_id = goal_id
        self.before: list[int] = []

    def do(self) -> None:
        self.before = self.doc.sort_objectives(self.goal_id)

    def undo_it(self) -> None:
        self.doc.set_objective_order(self.goal_id, self.before)


class SetObjectiveLinks(PlanCommand):
    """Say which objectives a row relates to: an achievement's ("outcome") or a strategy's ("strategy")."""

    def __init__(self, plan: OpenPlan, kind: str, row_id: int, old: list[int], new: list[int], text: str) -> None:
        super().__init__(plan, text)
        self.kind, self.row_id, self.old, self.new = kind, row_id, old, new

    def _set(self, objective_ids: list[int]) -> None:
        getattr(self.doc, f"set_{self.kind}_objectives")(self.row_id, objective_ids)

    def do(self) -> None:
        self._set(self.new)

    def undo_it(self) -> None:
        self._set(self.old)


class CastBallots(PlanCommand):
    """Record one or several members' ballots as one step; undo puts back what each replaced."""

    def __init__(
        self,
        plan: OpenPlan,
        ballots: list[tuple[int, dict[int, tuple[str | None, str]]]],
        text: str,
        *,
        source: str = "laptop",
        replace: bool = False,
    ) -> None:
        super().__init__(plan, text)
        self.ballots, self.source, self.replace = ballots, source, replace
        self.previous: list[tuple[int, Any]] = []

    def do(self) -> None:
        previous = []
        with self.doc.transaction():
            for member_id, choices in self.ballots:
                before = self.doc.cast_ballot(member_id, choices, source=self.source, replace=self.replace)
                previous.append((member_id, before))
        self.previous = previous
        self.replace = True  # a redo replaces what undo put back

    def undo_it(self) -> None:
        with self.doc.transaction():
            for member_id, before in reversed(self.previous):
                self.doc.restore_ballot(member_id, before)


class AddStrategy(PlanCommand):
    """A new strategy already serving some objectives, in one step; undo deletes it again."""

    def __init__(
        self, plan: OpenPlan, name: str, objective_ids: list[int], text: str, index: int | None = None
    ) -> None:
        super().__init__(plan, text)
        self.name, self.objective_ids, self.index = name, objective_ids, index
        self.row_id: int | None = None

    def do(self) -> None:
        with self.doc.transaction():
            self.row_id = self.doc.insert_row("strategy", {"name": self.name}, index=self.index, row_id=self.row_id)
            self.doc.set_strategy_objectives(self.row_id, self.objective_ids)

    def undo_it(self) -> None:
        assert self.row_id is not None
        self.doc.delete_row("strategy", self.row_id)


class TakeBaseline(PlanCommand):
    """ "Start review from here": the plan as it stands becomes the baseline the Changes compare with."""

    def __init__(self, plan: OpenPlan) -> None:
        super().__init__(plan, "Start review from here")
        self.previous: Any = None
        self.taken: Any = None

    def do(self) -> None:
        if self.taken is None:
            self.previous = self.doc.take_baseline()
            self.taken = self.doc.baseline()
        else:
            self.doc.restore_baseline(self.taken)

    def undo_it(self) -> None:
        self.doc.restore_baseline(self.previous)
