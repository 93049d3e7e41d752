"""Plan data: the one shape (nested dicts and lists, as in ``resources/sample/plan.json``) that fills a plan.

The bundled sample and plans read from spreadsheets both arrive in this shape
and go into a new plan through :func:`fill_from_data`, in one commit.
"""

from __future__ import annotations

from typing import Any

from planner_gui.core.agenda import SESSIONS
from planner_gui.core.context import SECTIONS, load_template
from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import InvalidEdit
from planner_gui.core.ordered import RowKind
from planner_gui.core.ranking import MEMBERS, BallotRefused
from planner_gui.core.strategies import ACTION_KINDS, COUNTRIES, STRATEGIES, TARGETS
from planner_gui.core.tally import parse_priority
from planner_gui.core.walkthrough import OUTCOMES, RECOMMENDATIONS, STAKEHOLDERS
from planner_gui.i18n import _
from planner_gui.resources import resource_path

ROW_LISTS: tuple[tuple[str, RowKind[Any]], ...] = (
    ("recommendations", RECOMMENDATIONS),
    ("stakeholders", STAKEHOLDERS),
    ("agenda", SESSIONS),
)


def fill_from_data(doc: PlanDocument, data: dict[str, Any], *, baseline: str = "before review") -> None:
    """Add everything in ``data`` to a new plan, in one commit.

    ``baseline`` says where the review's baseline is taken: "before review"
    (after the goals and objectives, before any decision: the sample) or
    "as given" (at the end: a plan read from a workbook starts its review there).
    """
    with doc.transaction():
        for field, value in data.get("plan", {}).items():
            doc.structure.set_plan_field(field, value)
        for goal in data.get("goals", []):
            goal_id = doc.structure.add_goal(goal["number"], goal.get("title", ""), goal.get("description", ""))
            if goal.get("folded"):
                doc.structure.fold_goal(goal_id, goal.get("fold_note", ""))
            for index, objective in enumerate(goal.get("objectives", [])):
                doc.structure.add_objective(
                    goal_id,
                    objective["number"],
                    objective.get("title", ""),
                    objective.get("description", ""),
                    index=index,
                )
        if baseline == "before review":
            doc.baseline.take()  # the plan as it stood before the retreat changed it
        for outcome in data.get("outcomes", []):
            values = {k: v for k, v in outcome.items() if k != "objectives"}
            outcome_id = doc.lists.insert_row(OUTCOMES, values)
            doc.walkthrough.set_outcome_objectives(
                outcome_id, [_objective_id(doc, n) for n in outcome.get("objectives", [])]
            )
        for key, table in ROW_LISTS:
            for values in data.get(key, []):
                doc.lists.insert_row(table, values)
        _fill_context(doc, data.get("context"))
        _fill_ranking(doc, data.get("ranking"))
        _fill_strategies(doc, data.get("strategies", []))
        if baseline != "before review":
            doc.baseline.take()


def _objective_id(doc: PlanDocument, number: str) -> int:
    objective = doc.structure.find_objective(number)
    if objective is None:
        raise InvalidEdit(_("The sample names Obj. {number}, which the plan does not have.").format(number=number))
    return objective.id


def _fill_context(doc: PlanDocument, context: dict[str, Any] | None) -> None:
    """A template's sections filled in by title ({"template", "sections": {title: ...}}), or sections as given."""
    if not context:
        return
    if "template" not in context:  # {"sections": [{"title", "prompt", "notes", "items"}]}
        sections = context.get("sections", [])
        for section_id, section in zip(doc.context.apply_template({"sections": sections}), sections, strict=True):
            if section.get("notes"):
                doc.lists.update_row(SECTIONS, section_id, notes=section["notes"])
        return
    template = load_template(resource_path("context_templates", context["template"]))
    section_ids = doc.context.apply_template(template)
    by_title = dict(zip([s["title"] for s in template["sections"]], section_ids, strict=True))
    for title, content in context.get("sections", {}).items():
        section_id = by_title[title]
        if content.get("notes"):
            doc.lists.update_row(SECTIONS, section_id, notes=content["notes"])
        for point in content.get("items", []):
            doc.context.add_context_point(section_id, point)


def _fill_ranking(doc: PlanDocument, ranking: dict[str, Any] | None) -> None:
    """Members, their ballots, show-of-hands counts, decisions, folded goals and the ranking options.

    A ballot's ``priorities`` is one letter per objective in the plan's order
    (the sample), or a mapping of objective numbers to priorities. The cap on
    "high" is set after the ballots, which were cast under whatever it was then.
    """
    if not ranking:
        return
    for member in ranking.get("members", []):
        doc.lists.insert_row(MEMBERS, member)
    objectives = [o.id for o in doc.structure.objectives()]
    for ballot in ranking.get("ballots", []):
        member = doc.ranking.find_member(ballot["member"])
        priorities = ballot["priorities"]
        if isinstance(priorities, dict):
            choices = {_objective_id(doc, n): (parse_priority(p), "") for n, p in priorities.items()}
        elif member is not None and len(priorities) == len(objectives):
            choices = {oid: (parse_priority(letter), "") for oid, letter in zip(objectives, priorities, strict=True)}
        else:
            raise InvalidEdit(_("The ballot of {member} does not match the plan.").format(member=ballot["member"]))
        if member is None:
            raise InvalidEdit(_("The ballot of {member} names no member of the plan.").format(member=ballot["member"]))
        # Recorded as it was: a ballot cast before its goal was folded keeps its votes on that goal.
        source = ballot.get("source", "laptop")
        result = doc.ranking.cast_ballot(member.id, choices, source=source, on_ballot_only=False)
        if isinstance(result, BallotRefused):
            raise InvalidEdit(
                _("The ballot of {name}: {problems}").format(name=member.name, problems=" ".join(result.problems))
            )
    for number, counts in ranking.get("hands", {}).items():
        doc.ranking.set_hand_count(_objective_id(doc, number), **counts)
    doc.ranking.set_ranking_options(
        high_cap=ranking.get("high_cap"), votes_by_name=bool(ranking.get("votes_by_name", False))
    )
    for decision in ranking.get("decisions", []):
        values = {k: v for k, v in decision.items() if k not in ("objective", "related")}
        if "related" in decision:
            values["related_id"] = _objective_id(doc, decision["related"])
        doc.ranking.set_decision(_objective_id(doc, decision["objective"]), **values)
    for fold in ranking.get("fold_goals", []):
        goal = next(g for g in doc.structure.goals() if g.number == fold["goal"])
        doc.structure.fold_goal(goal.id, fold["note"])


def _fill_strategies(doc: PlanDocument, strategies: list[dict[str, Any]]) -> None:
    """Strategies, each with its objectives, actions (adding the kinds the plan lacks), targets and countries."""
    known = {kind.name for kind in doc.strategies.action_kinds()}
    for kind in dict.fromkeys(a["kind"].strip().lower() for s in strategies for a in s.get("actions", [])):
        if kind not in known:
            doc.lists.insert_row(ACTION_KINDS, {"name": kind})
    for strategy in strategies:
        parts = ("objectives", "actions", "targets", "countries")
        values = {k: v for k, v in strategy.items() if k not in parts}
        strategy_id = doc.lists.insert_row(STRATEGIES, values)
        doc.strategies.set_strategy_objectives(
            strategy_id, [_objective_id(doc, n) for n in strategy.get("objectives", [])]
        )
        for action in strategy.get("actions", []):
            doc.strategies.add_action(strategy_id, action["kind"], action["text"], action.get("lead", ""))
        for kind, key in ((TARGETS, "targets"), (COUNTRIES, "countries")):
            for row in strategy.get(key, []):
                doc.lists.insert_row(kind, {"strategy_id": strategy_id, **row})
