"""The plan's own structure: its texts, its goals and its objectives (numbers kept for life)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select

from planner_gui.core.errors import InvalidEdit
from planner_gui.core.events import Action, GoalEvent, ObjectiveEvent, PlanEvent
from planner_gui.core.model import GOAL_FIELDS, OBJECTIVE_FIELDS, PLAN_TEXT_FIELDS, Goal, Objective, Plan
from planner_gui.core.natural import natural_key
from planner_gui.core.ordered import Lists, RowKind, register
from planner_gui.core.store import PlanStore, clean_number
from planner_gui.core.tombstone import Tombstone
from planner_gui.i18n import LANGUAGES, N_, _


def _unique_number(model: type[Goal] | type[Objective], what: str, clash_message: str) -> Any:
    def validate(store: PlanStore, values: dict[str, Any], row_id: int | None) -> dict[str, Any]:
        if "number" in values:
            number = clean_number(values["number"], what)
            clash = store.session.scalar(select(model.id).where(model.number == number))
            if clash is not None and clash != row_id:
                raise InvalidEdit(_(clash_message).format(number=number))
            values["number"] = number
        if "goal_id" in values and store.session.get(Goal, values["goal_id"]) is None:
            raise InvalidEdit(_("That goal is no longer in the plan."))
        return values

    return validate


GOALS: RowKind[Goal] = register(
    RowKind(
        "goal",
        Goal,
        "goal",
        GoalEvent,
        fields=GOAL_FIELDS,
        defaults={"title": "", "description": "", "folded": False, "fold_note": ""},
        validate=_unique_number(Goal, "goal", N_("There is already a Goal {number}. Give this goal another number.")),
    )
)
OBJECTIVES: RowKind[Objective] = register(
    RowKind(
        "objective",
        Objective,
        "objective",
        ObjectiveEvent,
        scope=("goal_id",),
        fields=OBJECTIVE_FIELDS,
        defaults={"title": "", "description": ""},
        validate=_unique_number(
            Objective,
            "objective",
            N_(
                "There is already an Obj. {number}. Numbers are kept for life, so give this objective a number of "
                "its own."
            ),
        ),
    )
)


class StructureEdits:
    """The plan's texts, goals and objectives: read in the plan's order, edited one commit at a time."""

    def __init__(self, store: PlanStore, lists: Lists) -> None:
        self.store, self.lists = store, lists

    # ------------------------------------------------------------------ reads
    def goals(self) -> list[Goal]:
        return list(self.store.session.scalars(select(Goal).order_by(Goal.position, Goal.id)))

    def goal(self, goal_id: int) -> Goal:
        goal = self.store.session.get(Goal, goal_id)
        if goal is None:
            raise InvalidEdit(_("That goal is no longer in the plan."))
        return goal

    def objective(self, objective_id: int) -> Objective:
        objective = self.store.session.get(Objective, objective_id)
        if objective is None:
            raise InvalidEdit(_("That objective is no longer in the plan."))
        return objective

    def objectives(self, goal_id: int | None = None) -> list[Objective]:
        """Objectives in the plan's order: by goal, then by their place in the goal."""
        query = select(Objective).join(Goal).order_by(Goal.position, Goal.id, Objective.position, Objective.id)
        if goal_id is not None:
            query = query.where(Objective.goal_id == goal_id)
        return list(self.store.session.scalars(query))

    def structure(self) -> list[tuple[int, list[int]]]:
        """Goal ids in order, each with its objective ids in order (one query each)."""
        session = self.store.session
        goals = [row[0] for row in session.execute(select(Goal.id).order_by(Goal.position, Goal.id))]
        children: dict[int, list[int]] = {gid: [] for gid in goals}
        rows = session.execute(select(Objective.id, Objective.goal_id).order_by(Objective.position, Objective.id))
        for oid, gid in rows:
            children.setdefault(gid, []).append(oid)
        return [(gid, children[gid]) for gid in goals]

    def objective_ids(self) -> dict[str, int]:
        """Each objective's number to its id (one query, no objects loaded: a ballot of 2,000 rows reads it)."""
        return {number: oid for number, oid in self.store.session.execute(select(Objective.number, Objective.id))}

    def find_objective(self, number: str) -> Objective | None:
        return self.store.session.scalar(select(Objective).where(Objective.number == number.strip()))

    def counts(self) -> dict[str, int]:
        session = self.store.session
        goals = session.scalar(select(func.count()).select_from(Goal)) or 0
        folded = session.scalar(select(func.count()).select_from(Goal).where(Goal.folded)) or 0
        objectives = session.scalar(select(func.count()).select_from(Objective)) or 0
        return {"goals": goals, "folded goals": folded, "objectives": objectives}

    # ------------------------------------------------------------- plan edits
    def set_plan_field(self, field: str, value: str) -> None:
        if field not in PLAN_TEXT_FIELDS:
            raise InvalidEdit(_("The plan has no field “{field}”.").format(field=field))
        with self.store.transaction():
            plan: Plan = self.store.plan
            setattr(plan, field, value)
            self.store.emit(PlanEvent(Action.CHANGED, (1,), frozenset({field})))

    @property
    def language(self) -> str:
        """The language of the plan's documents ("en", "fr" or "es"): see :func:`planner_gui.i18n.speaking`."""
        return self.store.plan.language

    def set_language(self, code: str) -> None:
        """Write the plan's documents in ``code`` from now on (an edit, undone by setting the one before again)."""
        if code not in LANGUAGES:
            choices = ", ".join(f"{c} ({name})" for c, name in LANGUAGES.items())
            raise InvalidEdit(
                _("The plan's documents can be written in {choices}, not “{code}”.").format(choices=choices, code=code)
            )
        with self.store.transaction():
            self.store.plan.language = code
            self.store.emit(PlanEvent(Action.CHANGED, (1,), frozenset({"language"})))

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
        return self.lists.insert_row(GOALS, values, index=index, row_id=goal_id)

    def update_goal(self, goal_id: int, **changes: Any) -> None:
        self.lists.update_row(GOALS, goal_id, **changes)

    def fold_goal(self, goal_id: int, note: str) -> None:
        """Fold a goal away into the others (the seed's Goal 4), with a note saying how."""
        self.update_goal(goal_id, folded=True, fold_note=note)

    def unfold_goal(self, goal_id: int) -> None:
        self.update_goal(goal_id, folded=False)

    def move_goal(self, goal_id: int, index: int) -> None:
        self.lists.move_row(GOALS, goal_id, index)

    def delete_goal(self, goal_id: int) -> Tombstone:
        """Delete a goal and everything that belongs to it; returns what undo needs."""
        return self.lists.delete_row(GOALS, goal_id)

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
        return self.lists.insert_row(OBJECTIVES, values, index=index, row_id=objective_id)

    def update_objective(self, objective_id: int, **changes: Any) -> None:
        self.lists.update_row(OBJECTIVES, objective_id, **changes)

    def move_objective(self, objective_id: int, goal_id: int, index: int | None = None) -> None:
        """Move an objective to ``index`` within ``goal_id`` (its natural place if None)."""
        objective = self.objective(objective_id)
        self.goal(goal_id)
        if index is None:
            index = self.natural_index(goal_id, objective.number, ignore=objective_id)
        self.lists.move_row(OBJECTIVES, objective_id, index, goal_id=goal_id)

    def sort_objectives(self, goal_id: int) -> list[int]:
        """Put a goal's objectives in the natural order of their numbers; returns the old order."""
        before = [o.id for o in self.objectives(goal_id)]
        after = sorted(self.objectives(goal_id), key=lambda o: natural_key(o.number))
        self.set_objective_order(goal_id, [o.id for o in after])
        return before

    def set_objective_order(self, goal_id: int, objective_ids: Sequence[int]) -> None:
        """Order a goal's objectives as given (every one of them, each once)."""
        self.lists.set_order(OBJECTIVES, objective_ids, goal_id=goal_id)

    def delete_objective(self, objective_id: int) -> Tombstone:
        return self.lists.delete_row(OBJECTIVES, objective_id)
