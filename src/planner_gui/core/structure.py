"""Edits to the plan's own structure: its texts, its goals and its objectives."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, select, update

from planner_gui.core import tombstone
from planner_gui.core.document_base import DocumentBase, clean_number
from planner_gui.core.errors import InvalidEdit
from planner_gui.core.model import GOAL_FIELDS, OBJECTIVE_FIELDS, PLAN_TEXT_FIELDS, Base, Goal, Objective
from planner_gui.core.natural import natural_key
from planner_gui.core.tombstone import Tombstone


class StructureEdits(DocumentBase):
    # ------------------------------------------------------------- plan edits
    def set_plan_field(self, field: str, value: str) -> None:
        if field not in PLAN_TEXT_FIELDS:
            raise InvalidEdit(f"The plan has no field “{field}”.")
        with self.transaction():
            setattr(self.plan, field, value)
            self._changed("plan", "changed", (1,), (field,))

    # ------------------------------------------------------------- goal edits
    def _check_goal_number(self, number: str, goal_id: int | None = None) -> str:
        number = clean_number(number, "goal")
        clash = self.session.scalar(select(Goal.id).where(Goal.number == number))
        if clash is not None and clash != goal_id:
            raise InvalidEdit(f"There is already a Goal {number}. Give this goal another number.")
        return number

    def add_goal(
        self,
        number: str,
        title: str = "",
        description: str = "",
        *,
        index: int | None = None,
        goal_id: int | None = None,
    ) -> int:
        with self.transaction():
            number = self._check_goal_number(number)
            siblings = self.goals()
            index = len(siblings) if index is None else max(0, min(index, len(siblings)))
            goal = Goal(
                id=goal_id,
                number=number,
                title=title,
                description=description,
                position=index,
                folded=False,
                fold_note="",
            )
            self.session.add(goal)
            siblings.insert(index, goal)
            self._renumber(siblings)
            self.session.flush()
            self._changed("goal", "added", (goal.id,))
        return goal.id

    def update_goal(self, goal_id: int, **changes: Any) -> None:
        unknown = set(changes) - set(GOAL_FIELDS)
        if unknown:
            raise InvalidEdit(f"A goal has no field {', '.join(sorted(unknown))}.")
        with self.transaction():
            goal = self.goal(goal_id)
            if "number" in changes:
                changes["number"] = self._check_goal_number(changes["number"], goal_id)
            for name, value in changes.items():
                setattr(goal, name, value)
            self._changed("goal", "changed", (goal_id,), tuple(changes))

    def fold_goal(self, goal_id: int, note: str) -> None:
        """Fold a goal away into the others (the seed's Goal 4), with a note saying how."""
        self.update_goal(goal_id, folded=True, fold_note=note)

    def unfold_goal(self, goal_id: int) -> None:
        self.update_goal(goal_id, folded=False)

    def move_goal(self, goal_id: int, index: int) -> None:
        with self.transaction():
            goals = self.goals()
            goal = self.goal(goal_id)
            goals.remove(goal)
            goals.insert(max(0, min(index, len(goals))), goal)
            self._renumber(goals)
            self._changed("goal", "moved", (goal_id,))

    # -------------------------------------------------------- objective edits
    def _check_objective_number(self, number: str, objective_id: int | None = None) -> str:
        number = clean_number(number, "objective")
        clash = self.session.scalar(select(Objective.id).where(Objective.number == number))
        if clash is not None and clash != objective_id:
            raise InvalidEdit(
                f"There is already an Obj. {number}. Numbers are kept for life, so give this "
                "objective a number of its own."
            )
        return number

    def natural_index(self, goal_id: int, number: str) -> int:
        """Where an objective numbered ``number`` belongs among the goal's objectives."""
        key = natural_key(number)
        for i, objective in enumerate(self.objectives(goal_id)):
            if natural_key(objective.number) > key:
                return i
        return len(self.objectives(goal_id))

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
        with self.transaction():
            self.goal(goal_id)
            number = self._check_objective_number(number)
            siblings = self.objectives(goal_id)
            if index is None:
                index = self.natural_index(goal_id, number)
            index = max(0, min(index, len(siblings)))
            objective = Objective(
                id=objective_id, goal_id=goal_id, number=number, title=title, description=description, position=index
            )
            self.session.add(objective)
            siblings.insert(index, objective)
            self._renumber(siblings)
            self.session.flush()
            self._changed("objective", "added", (objective.id,))
        return objective.id

    def update_objective(self, objective_id: int, **changes: Any) -> None:
        unknown = set(changes) - set(OBJECTIVE_FIELDS)
        if unknown:
            raise InvalidEdit(f"An objective has no field {', '.join(sorted(unknown))}.")
        with self.transaction():
            objective = self.objective(objective_id)
            if "number" in changes:
                changes["number"] = self._check_objective_number(changes["number"], objective_id)
            for name, value in changes.items():
                setattr(objective, name, value)
            self._changed("objective", "changed", (objective_id,), tuple(changes))

    def move_objective(self, objective_id: int, goal_id: int, index: int | None = None) -> None:
        """Move an objective to ``index`` within ``goal_id`` (its natural place if None)."""
        with self.transaction():
            objective = self.objective(objective_id)
            self.goal(goal_id)
            old_goal = objective.goal_id
            old_siblings = [o for o in self.objectives(old_goal) if o.id != objective_id]
            self._renumber(old_siblings)
            siblings = [o for o in self.objectives(goal_id) if o.id != objective_id]
            if index is None:
                key = natural_key(objective.number)
                index = next((i for i, o in enumerate(siblings) if natural_key(o.number) > key), len(siblings))
            siblings.insert(max(0, min(index, len(siblings))), objective)
            objective.goal_id = goal_id
            self._renumber(siblings)
            self._changed("objective", "moved", (objective_id,))

    def sort_objectives(self, goal_id: int) -> list[int]:
        """Put a goal's objectives in the natural order of their numbers; returns the old order."""
        before = [o.id for o in self.objectives(goal_id)]
        after = sorted(self.objectives(goal_id), key=lambda o: natural_key(o.number))
        self.set_objective_order(goal_id, [o.id for o in after])
        return before

    def set_objective_order(self, goal_id: int, objective_ids: Sequence[int]) -> None:
        """Order a goal's objectives as given (every one of them, each once)."""
        with self.transaction():
            siblings = {o.id: o for o in self.objectives(goal_id)}
            if sorted(siblings) != sorted(objective_ids):
                raise InvalidEdit("The new order must list each of the goal's objectives once.")
            self._renumber([siblings[i] for i in objective_ids])
            self._changed("objective", "moved", tuple(objective_ids))

    @staticmethod
    def _renumber(rows: Sequence[Goal | Objective]) -> None:
        for position, row in enumerate(rows):
            if row.position != position:
                row.position = position

    # ---------------------------------------------------- deletion and undo
    def dependents(self, table: str, row_id: int) -> dict[str, int]:
        """What would go with this row if it were deleted: {table: count}."""
        tomb = tombstone.capture(self.session.connection(), Base.metadata, table, (row_id,))
        return tomb.dependents()

    def delete_goal(self, goal_id: int) -> Tombstone:
        """Delete a goal and everything that belongs to it; returns what undo needs."""
        return self._delete("goal", goal_id)

    def delete_objective(self, objective_id: int) -> Tombstone:
        return self._delete("objective", objective_id)

    def _delete(self, table_name: str, row_id: int) -> Tombstone:
        with self.transaction():
            row: Goal | Objective | None = (
                self.session.get(Goal, row_id) if table_name == "goal" else self.session.get(Objective, row_id)
            )
            if row is None:
                raise InvalidEdit(f"That {table_name} is no longer in the plan.")
            self.session.flush()
            conn = self.session.connection()
            tomb = tombstone.capture(conn, Base.metadata, table_name, (row_id,))
            table = Base.metadata.tables[table_name]
            position = row.position
            if table_name == "goal":
                scope = table.c.position > position
            else:
                assert isinstance(row, Objective)
                scope = (table.c.position > position) & (table.c.goal_id == row.goal_id)
            conn.execute(delete(table).where(table.c.id == row_id))
            conn.execute(update(table).where(scope).values(position=table.c.position - 1))
            self.session.expunge_all()
            for name, rows in tomb.rows:
                self._changed(name, "removed", [r["id"] for r in rows if "id" in r])
        return tomb

    def restore(self, tomb: Tombstone) -> None:
        """Put back everything a deletion removed, at the same place (undo of a delete)."""
        with self.transaction():
            conn = self.session.connection()
            table = Base.metadata.tables[tomb.root_table]
            for root in tomb.rows[0][1]:
                if tomb.root_table == "goal":
                    scope = table.c.position >= root["position"]
                else:
                    scope = (table.c.position >= root["position"]) & (table.c.goal_id == root["goal_id"])
                conn.execute(update(table).where(scope).values(position=table.c.position + 1))
            tombstone.restore(conn, Base.metadata, tomb)
            self.session.expunge_all()
            for name, rows in tomb.rows:
                self._changed(name, "added", [r["id"] for r in rows if "id" in r])
