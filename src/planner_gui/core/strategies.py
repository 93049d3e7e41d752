"""The strategies step: strategies for the priorities, with ordered actions, targets and priority countries.

Strategies, their actions, targets and countries, and the plan's kinds of
action are ordered lists (see ``ordered``); what is particular to them lives
here: which objectives a strategy serves, and the coverage the room keeps in
view (every high-priority objective needs a strategy; a strategy serving a
dropped objective is out of date).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import delete, select

from planner_gui.core.errors import InvalidEdit
from planner_gui.core.events import Action, ActionEvent, ActionKindEvent, CountryEvent, StrategyEvent, TargetEvent
from planner_gui.core.model import Goal, Objective
from planner_gui.core.model_strategy import (
    COUNTRY_STATUSES,
    STRATEGY_STATUSES,
    ActionKind,
    Strategy,
    StrategyAction,
    StrategyCountry,
    StrategyObjective,
    StrategyTarget,
)
from planner_gui.core.numbers import plan_number
from planner_gui.core.ordered import Lists, RowKind, register
from planner_gui.core.store import PlanStore
from planner_gui.core.structure import StructureEdits
from planner_gui.i18n import _

_DUE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def _validate_action(store: PlanStore, values: dict[str, Any], row_id: int | None) -> dict[str, Any]:
    if "kind_id" in values and store.session.get(ActionKind, values["kind_id"]) is None:
        raise InvalidEdit(_("That kind of action is no longer in the plan."))
    return values


def is_due(due: str) -> bool:
    """Whether ``due`` is a target's date: a year, a month or a day of the calendar (2016-02-30 is not)."""
    if not _DUE.match(due):
        return False
    if len(due) < len("2016-02-30"):
        return True
    try:
        date.fromisoformat(due)
    except ValueError:
        return False
    return True


def _validate_target(store: PlanStore, values: dict[str, Any], row_id: int | None) -> dict[str, Any]:
    if "number" in values and values["number"] is not None:
        if not str(values["number"]).strip():
            values["number"] = None
        else:
            try:
                values["number"] = plan_number(values["number"])  # "0,5" is a half, never 5
            except ValueError:
                raise InvalidEdit(
                    _("A target's number is a number (25, 0.5), not “{number}”.").format(number=values["number"])
                ) from None
    if "due" in values:
        due = str(values["due"] or "").strip()
        if due and not is_due(due):
            raise InvalidEdit(
                _(
                    "Write a target's date as a year, a month or a day: 2015, 2015-09 or 2015-09-30, not “{due}”."
                ).format(due=due)
            )
        values["due"] = due
    return values


def _validate_kind(store: PlanStore, values: dict[str, Any], row_id: int | None) -> dict[str, Any]:
    if "name" in values:
        name = " ".join(str(values["name"]).split()).lower()
        if not name:
            raise InvalidEdit(_("A kind of action needs a name."))
        clash = store.session.scalar(select(ActionKind.id).where(ActionKind.name == name))
        if clash is not None and clash != row_id:
            raise InvalidEdit(_("There is already a kind of action called “{name}”.").format(name=name))
        values["name"] = name
    return values


STRATEGIES: RowKind[Strategy] = register(
    RowKind(
        "strategy",
        Strategy,
        "strategy",
        StrategyEvent,
        fields=("name", "approach", "carried_by", "carriers", "status"),
        choices={"status": STRATEGY_STATUSES},
        defaults={"name": "", "approach": "", "carried_by": "", "carriers": "", "status": "draft"},
    )
)
ACTION_KINDS: RowKind[ActionKind] = register(
    RowKind("action_kind", ActionKind, "kind of action", ActionKindEvent, fields=("name",), validate=_validate_kind)
)
ACTIONS: RowKind[StrategyAction] = register(
    RowKind(
        "strategy_action",
        StrategyAction,
        "action",
        ActionEvent,
        scope=("strategy_id",),
        fields=("kind_id", "text", "lead"),
        defaults={"text": "", "lead": ""},
        validate=_validate_action,
    )
)
TARGETS: RowKind[StrategyTarget] = register(
    RowKind(
        "strategy_target",
        StrategyTarget,
        "target",
        TargetEvent,
        scope=("strategy_id",),
        fields=("what", "measure", "number", "due"),
        defaults={"what": "", "measure": "", "number": None, "due": ""},
        validate=_validate_target,
    )
)
COUNTRIES: RowKind[StrategyCountry] = register(
    RowKind(
        "strategy_country",
        StrategyCountry,
        "priority country",
        CountryEvent,
        scope=("strategy_id",),
        fields=("country", "plan", "status"),
        choices={"status": COUNTRY_STATUSES},
        defaults={"country": "", "plan": "", "status": "not started"},
    )
)


@dataclass
class Coverage:
    """What the room keeps in view while drafting: the priorities without a strategy, and stale links."""

    high_without: list[Objective] = field(default_factory=list)
    medium_without: list[Objective] = field(default_factory=list)
    serving_dropped: list[tuple[Strategy, Objective]] = field(default_factory=list)


class StrategyEdits:
    """Strategies for the priorities, the objectives each serves, the plan's kinds of action, and coverage."""

    def __init__(self, store: PlanStore, lists: Lists, structure: StructureEdits) -> None:
        self.store, self.lists, self.structure = store, lists, structure

    # --------------------------------------------------------- strategies
    def strategies(self) -> list[Strategy]:
        return self.lists.rows(STRATEGIES)

    def add_strategy(self, name: str, objective_ids: Iterable[int] = (), *, index: int | None = None) -> int:
        """A new strategy serving ``objective_ids``, in one step."""
        with self.store.transaction():
            strategy_id = self.lists.insert_row(STRATEGIES, {"name": name}, index=index)
            self.set_strategy_objectives(strategy_id, objective_ids)
        return strategy_id

    def strategy_objectives(self, strategy_id: int) -> list[int]:
        """The objectives a strategy serves, in the plan's order."""
        query = (
            select(Objective.id)
            .join(StrategyObjective, StrategyObjective.objective_id == Objective.id)
            .join(Goal, Goal.id == Objective.goal_id)
            .where(StrategyObjective.strategy_id == strategy_id)
            .order_by(Goal.position, Objective.position)
        )
        return list(self.store.session.scalars(query))

    def strategies_serving(self, objective_id: int) -> list[int]:
        query = (
            select(Strategy.id)
            .join(StrategyObjective, StrategyObjective.strategy_id == Strategy.id)
            .where(StrategyObjective.objective_id == objective_id)
            .order_by(Strategy.position)
        )
        return list(self.store.session.scalars(query))

    def set_strategy_objectives(self, strategy_id: int, objective_ids: Iterable[int]) -> None:
        wanted = list(dict.fromkeys(objective_ids))
        with self.store.transaction() as session:
            self.lists.row(STRATEGIES, strategy_id)
            known = set(session.scalars(select(Objective.id).where(Objective.id.in_(wanted))))
            if len(known) != len(wanted):
                raise InvalidEdit(_("Some of those objectives are no longer in the plan."))
            session.execute(delete(StrategyObjective).where(StrategyObjective.strategy_id == strategy_id))
            session.add_all(StrategyObjective(strategy_id=strategy_id, objective_id=oid) for oid in wanted)
            self.store.emit(StrategyEvent(Action.CHANGED, (strategy_id,), frozenset({"objectives"})))

    # ------------------------------------------------------ kinds of action
    def action_kinds(self) -> list[ActionKind]:
        return self.lists.rows(ACTION_KINDS)

    def kind_in_use(self, kind_id: int) -> int:
        """How many actions are of this kind (a kind in use can't be deleted)."""
        query = select(StrategyAction.id).where(StrategyAction.kind_id == kind_id)
        return len(list(self.store.session.scalars(query)))

    def add_action(self, strategy_id: int, kind: str, text: str, lead: str = "") -> int:
        kind_id = self.store.session.scalar(select(ActionKind.id).where(ActionKind.name == kind.strip().lower()))
        if kind_id is None:
            raise InvalidEdit(_("The plan has no kind of action called “{kind}”.").format(kind=kind))
        return self.lists.insert_row(
            ACTIONS, {"strategy_id": strategy_id, "kind_id": kind_id, "text": text, "lead": lead}
        )

    # ------------------------------------------------------------ coverage
    def coverage(self) -> Coverage:
        served = {oid for (oid,) in self.store.session.execute(select(StrategyObjective.objective_id))}
        result = Coverage()
        for objective in self.structure.objectives():
            if objective.priority == "high" and objective.id not in served:
                result.high_without.append(objective)
            elif objective.priority == "medium" and objective.id not in served:
                result.medium_without.append(objective)
        for strategy in self.strategies():
            for objective_id in self.strategy_objectives(strategy.id):
                objective = self.structure.objective(objective_id)
                if objective.priority == "dropped":
                    result.serving_dropped.append((strategy, objective))
        return result
