"""The review's baseline, and what the review changed against it.

The baseline records the plan's goals and objectives as they stood when the
review began: taken when a plan is created or imported, and again on request
("Start review from here"). :meth:`BaselineEdits.plan_changes` compares the
plan with it, matching goals and objectives by identity, so an objective that
was renumbered, retitled or moved to another goal is one change, not a removal
and an addition.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from planner_gui.core.events import Action, BaselineEvent
from planner_gui.core.model import Goal, Objective
from planner_gui.core.model_baseline import Baseline
from planner_gui.core.results import ObjectiveInfo
from planner_gui.core.store import PlanStore
from planner_gui.core.structure import StructureEdits
from planner_gui.core.words import DROP_KIND_WORDS, PRIORITY_WORDS, word
from planner_gui.i18n import N_, _


@dataclass(frozen=True)
class BaselineRecord:
    taken_at: datetime
    snapshot: dict[str, Any]

    @property
    def goal_count(self) -> int:
        return len(self.snapshot.get("goals", []))

    @property
    def objective_count(self) -> int:
        return len(self.snapshot.get("objectives", []))


@dataclass(frozen=True)
class PlanChange:
    """One line of the Changes sheet: ``what`` changed on ``item`` (“Obj. 7”), from ``before`` to ``after``."""

    what: str
    item: str
    before: str
    after: str
    why: str = ""


def _goal_label(number: str) -> str:
    return _("Goal {number}").format(number=number)


def _objective_label(number: str) -> str:
    return _("Obj. {number}").format(number=number)


class BaselineEdits:
    """The review's starting point (taken, taken again, put back) and what changed since."""

    def __init__(self, store: PlanStore, structure: StructureEdits) -> None:
        self.store, self.structure = store, structure

    def snapshot(self) -> dict[str, Any]:
        """The plan's goals and objectives now, as the baseline records them."""
        goals = [
            {"id": g.id, "number": g.number, "title": g.title, "folded": g.folded, "fold_note": g.fold_note}
            for g in self.structure.goals()
        ]
        objectives = [
            {"id": o.id, "goal_id": o.goal_id, "number": o.number, "title": o.title, "priority": o.priority}
            for o in self.structure.objectives()
        ]
        return {"goals": goals, "objectives": objectives}

    def current(self) -> BaselineRecord:
        row = self.store.session.get(Baseline, 1)
        if row is None:  # never on a plan written by this program; harmless to report as empty
            return BaselineRecord(datetime.min, {"goals": [], "objectives": []})
        return BaselineRecord(row.taken_at, json.loads(row.snapshot))

    def take(self, *, now: datetime | None = None) -> BaselineRecord | None:
        """Record the plan as it stands as the review's starting point; returns the one replaced (for undo)."""
        previous = self.store.session.get(Baseline, 1)
        before = BaselineRecord(previous.taken_at, json.loads(previous.snapshot)) if previous else None
        self.restore(BaselineRecord((now or datetime.now()).replace(microsecond=0), self.snapshot()))
        return before

    def restore(self, record: BaselineRecord | None) -> None:
        with self.store.transaction() as session:
            row = session.get(Baseline, 1)
            if record is None:
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(Baseline(id=1, taken_at=record.taken_at, snapshot=json.dumps(record.snapshot)))
            else:
                row.taken_at, row.snapshot = record.taken_at, json.dumps(record.snapshot)
            self.store.emit(BaselineEvent(Action.CHANGED, (1,)))

    # ------------------------------------------------------------- changes
    def plan_changes(self) -> list[PlanChange]:
        """What the review changed: goals folded, objectives dropped (and why), moved, renumbered, retitled."""
        base = self.current().snapshot
        old_goals = {g["id"]: g for g in base.get("goals", [])}
        old_objectives = {o["id"]: o for o in base.get("objectives", [])}
        goals = self.structure.goals()
        now = {g.id: g.number for g in goals}
        goal_numbers = (now | {gid: g["number"] for gid, g in old_goals.items()}, now)  # (before, after)
        changes: list[PlanChange] = []
        for goal in goals:
            changes.extend(self._goal_changes(goal, old_goals.pop(goal.id, None)))
        for old in old_goals.values():
            changes.append(PlanChange(_("Goal removed"), _goal_label(old["number"]), old["title"], ""))
        objectives = self.structure.objectives()
        numbers = {o.id: o.number for o in objectives}
        for objective in objectives:
            old = old_objectives.pop(objective.id, None)
            changes.extend(self._objective_changes(objective, old, goal_numbers, numbers))
        for old in old_objectives.values():
            changes.append(PlanChange(_("Objective removed"), _objective_label(old["number"]), old["title"], ""))
        return changes

    @staticmethod
    def _goal_changes(goal: Goal, old: dict[str, Any] | None) -> list[PlanChange]:
        label = _goal_label(goal.number)
        if old is None:
            return [PlanChange(_("Goal added"), label, "", goal.title)]
        found = []
        if old["number"] != goal.number:
            found.append(PlanChange(_("Goal renumbered"), label, _goal_label(old["number"]), label))
        if old["title"] != goal.title:
            found.append(PlanChange(_("Goal retitled"), label, old["title"], goal.title))
        if goal.folded and not old["folded"]:
            found.append(
                PlanChange(_("Goal folded"), label, goal.title, _("folded into the other goals"), goal.fold_note)
            )
        elif old["folded"] and not goal.folded:
            found.append(PlanChange(_("Goal restored"), label, _("folded"), _("active")))
        return found

    def _objective_changes(
        self,
        objective: Objective,
        old: dict[str, Any] | None,
        goal_numbers: tuple[dict[int, str], dict[int, str]],
        numbers: dict[int, str],
    ) -> list[PlanChange]:
        """``goal_numbers``: each goal's number as the baseline had it, and as it is now (a goal renumbered since
        is named by its old number before a move, by its new one after)."""
        label = _objective_label(objective.number)
        if old is None:
            return [PlanChange(_("Objective added"), label, "", objective.title)]
        found = []
        if old["number"] != objective.number:
            found.append(PlanChange(_("Objective renumbered"), label, _objective_label(old["number"]), label))
        if old["goal_id"] != objective.goal_id:
            then, now = goal_numbers
            before = _goal_label(then.get(old["goal_id"], "?"))
            found.append(PlanChange(_("Objective moved"), label, before, _goal_label(now[objective.goal_id])))
        if old["title"] != objective.title:
            found.append(PlanChange(_("Objective retitled"), label, old["title"], objective.title))
        if objective.priority == "dropped" and old.get("priority") != "dropped":
            why = self.drop_reason(objective, numbers)
            found.append(PlanChange(_("Objective dropped"), label, objective.title, _("dropped"), why))
        elif old.get("priority") == "dropped" and objective.priority != "dropped":
            after = word(PRIORITY_WORDS, objective.priority).lower() if objective.priority else _("undecided")
            found.append(PlanChange(_("Objective reinstated"), label, _("dropped"), after))
        return found

    @staticmethod
    def drop_reason(objective: Objective, numbers: dict[int, str]) -> str:
        """“Indicator of Obj. 8. <rationale>”: the decision's drop kind, linked objective and rationale."""
        kind = drop_kind_text(objective, numbers)
        parts = [_("{reason}.").format(reason=kind) if kind and objective.drop_kind != "other" else ""]
        parts.append(objective.rationale.strip())
        return " ".join(p for p in parts if p)


def drop_kind_text(objective: Objective | ObjectiveInfo, numbers: dict[int, str]) -> str:
    """Why an objective was dropped, in a few words: “Indicator of Obj. 8”, “Outside our influence”, or ""."""
    kind = objective.drop_kind
    if not kind:
        return ""
    related = numbers.get(objective.related_id) if objective.related_id is not None else None
    if related and kind in POINTING:
        return _(POINTING[kind]).format(number=related)
    text = word(DROP_KIND_WORDS, kind)
    if related:
        text = _("{reason} (see Obj. {number})").format(reason=text, number=related)
    return text[0].upper() + text[1:]


# A drop reason that names the objective it points to, as the board's papers say it.
POINTING = {
    "indicator of another objective": N_("Indicator of Obj. {number}"),
    "merged into another objective": N_("Merged into Obj. {number}"),
}
