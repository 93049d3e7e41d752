"""Edits to the plan's own structure: its texts, its goals and its objectives."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from planner_gui.core.document_base import DocumentBase, clean_number
from planner_gui.core.errors import InvalidEdit
from planner_gui.core.model import GOAL_FIELDS, OBJECTIVE_FIELDS, PLAN_TEXT_FIELDS, Goal, Objective
from planner_gui.core.natural import natural_key
from planner_gui.core.ordered import OrderedRows, RowKind, register
from planner_gui.core.tombstone import Tombstone


def _unique_number(model: type[Goal] | type[Objective], what: str, clash_message: str) -> Any:
    def validate(doc: DocumentBase, values: dict[str, Any], row_id: int | None) -> dict[str, Any]:
        if "number" in values:
            number = clean_number(values["number"], what)
            clash = doc.session.scalar(select(model.id).where(model.number == number))
            if clash is not None and clash != row_id:
                raise InvalidEdit(clash_message.format(number=number))
            values["number"] = number
        if "goal_id" in values and doc.session.get(Goal, values["goal_id"]) is None:
            raise InvalidEdit("That goal is no longer in the plan.")
        return values

    return validate


register(
    RowKind(
        "goal",
        Goal,
        "goal",
        fields=GOAL_FIELDS,
        defaults={"title": "", "description": "", "folded": False, "fold_note": ""},
        validate=_unique_number(Goal, "goal", "There is already a Goal {number}. Give this goal another number."),
    )
)
register(
    RowKind(
        "objective",
        Objective,
        "objective",
        scope=("goal_id",),
        fields=OBJECTIVE_FIELDS,
        defaults={"title": "", "description": ""},
        validate=_unique_number(
            Objective,
            "objective",
            "There is already an Obj. {number}. Numbers are kept for life, so give this objective a number of its own.",
        ),
    )
)


class StructureEdits(OrderedRows):
    # ------------------------------------------------------------- plan edits
    def set_plan_field(self, field: str, value: str) -> None:
        if field not in PLAN_TEXT_FIELDS:
            raise InvalidEdit(f"The plan has no field “{field}”.")
        with self.transaction():
            setattr(self.plan, field, value)
            self._changed("plan", "changed", (1,), (field,))

    # ------------------------------------------------------------- goals
    def add_goal(
        self,
        number: str,
        title: str = "",
        description: str = "",
        *,
        index: int | None = None,
        goal_id: int | None = None,
    ) -> int:
        values = {"number": number, "title": title, "description": description}
        return self.insert_row("goal", values, index=index, row_id=goal_id)

    def update_goal(self, goal_id: int, **changes: Any) -> None:
        self.update_row("goal", goal_id, **changes)

    def fold_goal(self, goal_id: int, note: str) -> None:
        """Fold a goal away into the others (the seed's Goal 4), with a note saying how."""
        self.update_goal(goal_id, folded=True, fold_note=note)

    def unfold_goal(self, goal_id: int) -> None:
        self.update_goal(goal_id, folded=False)

    def move_goal(self, goal_id: int, index: int) -> None:
        self.move_row("goal", goal_id, index)

    def delete_goal(self, goal_id: int) -> Tombstone:
        """Delete a goal and everything that belongs to it; returns what undo needs."""
        return self.delete_row("goal", goal_id)

    # -------------------------------------------------------- objectives
    def natural_index(self, goal_id: int, number: str, *, ignore: int | None = None) -> int:
        """Where an objective numbered ``number`` belongs among the goal's objectives."""
        key = natural_key(number)
        siblings = [o for o in self.objectives(goal_id) if o.id != ignore]
        return next((i for i, o in enumerate(siblings) if natural_key(o.number) > key), len(siblings))

    def add_objective(
        self,
        goal_id: int,
        number: str,
        title: str = "",
        description: str = "",
        *,
        index: int | None = None,
        objective_id: int | None = None,
    ) -> int:
        """Add an objective to a goal, at its natural place by number unless ``index`` is given."""
        self.goal(goal_id)
        if index is None:
            index = self.natural_index(goal_id, clean_number(number, "objective"))
        values = {"goal_id": goal_id, "number": number, "title": title, "description": description}
        return self.insert_row("objective", values, index=index, row_id=objective_id)

    def update_objective(self, objective_id: int, **changes: Any) -> None:
        self.update_row("objective", objective_id, **changes)

    def move_objective(self, objective_id: int, goal_id: int, index: int | None = None) -> None:
        """Move an objective to ``index`` within ``goal_id`` (its natural place if None)."""
        objective = self.objective(objective_id)
        self.goal(goal_id)
        if index is None:
            index = self.natural_index(goal_id, objective.number, ignore=objective_id)
        self.move_row("objective", objective_id, index, goal_id=goal_id)

    def sort_objectives(self, goal_id: int) -> list[int]:
        """Put a goal's objectives in the natural order of their numbers; returns the old order."""
        before = [o.id for o in self.objectives(goal_id)]
        after = sorted(self.objectives(goal_id), key=lambda o: natural_key(o.number))
        self.set_objective_order(goal_id, [o.id for o in after])
        return before

    def set_objective_order(self, goal_id: int, objective_ids: Sequence[int]) -> None:
        """Order a goal's objectives as given (every one of them, each once)."""
        self.set_order("objective", objective_ids, goal_id=goal_id)

    def delete_objective(self, objective_id: int) -> Tombstone:
        return self.delete_row("objective", objective_id)
