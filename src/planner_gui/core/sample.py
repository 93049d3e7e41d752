"""The bundled sample plan: data in ``resources/sample/plan.json``, built into a fresh file.

The bundled data is never opened as a plan itself: every demo gets a new copy.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from planner_gui.core.context import load_template
from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import InvalidEdit
from planner_gui.core.tally import parse_priority
from planner_gui.resources import resource_path

ROW_LISTS = (("recommendations", "recommendation"), ("stakeholders", "stakeholder"), ("agenda", "agenda_session"))


def sample_data() -> dict[str, Any]:
    with resource_path("sample", "plan.json").open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def fill_from_data(doc: PlanDocument, data: dict[str, Any]) -> None:
    """Add everything in ``data`` (plan, goals, objectives, the review's first half) in one commit."""
    with doc.transaction():
        for field, value in data.get("plan", {}).items():
            doc.set_plan_field(field, value)
        for goal in data.get("goals", []):
            goal_id = doc.add_goal(goal["number"], goal.get("title", ""), goal.get("description", ""))
            if goal.get("folded"):
                doc.fold_goal(goal_id, goal.get("fold_note", ""))
            for index, objective in enumerate(goal.get("objectives", [])):
                doc.add_objective(
                    goal_id,
                    objective["number"],
                    objective.get("title", ""),
                    objective.get("description", ""),
                    index=index,
                )
        for outcome in data.get("outcomes", []):
            values = {k: v for k, v in outcome.items() if k != "objectives"}
            outcome_id = doc.insert_row("outcome", values)
            doc.set_outcome_objectives(outcome_id, [_objective_id(doc, n) for n in outcome.get("objectives", [])])
        for key, table in ROW_LISTS:
            for values in data.get(key, []):
                doc.insert_row(table, values)
        _fill_context(doc, data.get("context"))
        _fill_ranking(doc, data.get("ranking"))
        _fill_strategies(doc, data.get("strategies", []))


def _objective_id(doc: PlanDocument, number: str) -> int:
    objective = doc.find_objective(number)
    if objective is None:
        raise InvalidEdit(f"The sample names Obj. {number}, which the plan does not have.")
    return objective.id


def _fill_context(doc: PlanDocument, context: dict[str, Any] | None) -> None:
    if not context:
        return
    template = load_template(resource_path("context_templates", context["template"]))
    section_ids = doc.apply_template(template)
    by_title = dict(zip([s["title"] for s in template["sections"]], section_ids, strict=True))
    for title, content in context.get("sections", {}).items():
        section_id = by_title[title]
        if content.get("notes"):
            doc.update_row("context_section", section_id, notes=content["notes"])
        for point in content.get("items", []):
            doc.add_context_point(section_id, point)


def _fill_ranking(doc: PlanDocument, ranking: dict[str, Any] | None) -> None:
    """Members, their ballots (one letter per objective, in the plan's order), decisions, folded goals."""
    if not ranking:
        return
    doc.set_ranking_options(high_cap=ranking.get("high_cap"))
    for member in ranking.get("members", []):
        doc.insert_row("member", member)
    objectives = [o.id for o in doc.objectives()]
    for ballot in ranking.get("ballots", []):
        member = doc.find_member(ballot["member"])
        if member is None or len(ballot["priorities"]) != len(objectives):
            raise InvalidEdit(f"The sample's ballot of {ballot['member']} does not match the plan.")
        choices = {
            oid: (parse_priority(letter), "") for oid, letter in zip(objectives, ballot["priorities"], strict=True)
        }
        doc.cast_ballot(member.id, choices)
    for decision in ranking.get("decisions", []):
        values = {k: v for k, v in decision.items() if k not in ("objective", "related")}
        if "related" in decision:
            values["related_id"] = _objective_id(doc, decision["related"])
        doc.set_decision(_objective_id(doc, decision["objective"]), **values)
    for fold in ranking.get("fold_goals", []):
        goal = next(g for g in doc.goals() if g.number == fold["goal"])
        doc.fold_goal(goal.id, fold["note"])


def _fill_strategies(doc: PlanDocument, strategies: list[dict[str, Any]]) -> None:
    """The seed's strategies, each with its objectives, actions, targets and priority countries."""
    for strategy in strategies:
        parts = ("objectives", "actions", "targets", "countries")
        values = {k: v for k, v in strategy.items() if k not in parts}
        strategy_id = doc.insert_row("strategy", values)
        doc.set_strategy_objectives(strategy_id, [_objective_id(doc, n) for n in strategy.get("objectives", [])])
        for action in strategy.get("actions", []):
            doc.add_action(strategy_id, action["kind"], action["text"], action.get("lead", ""))
        for table, key in (("strategy_target", "targets"), ("strategy_country", "countries")):
            for row in strategy.get(key, []):
                doc.insert_row(table, {"strategy_id": strategy_id, **row})


def write_sample(path: Path, *, overwrite: bool = False) -> PlanDocument:
    """Create a new plan file at ``path`` holding the sample plan, and open it."""
    data = sample_data()
    return PlanDocument.create(path, overwrite=overwrite, fill=lambda doc: fill_from_data(doc, data))
