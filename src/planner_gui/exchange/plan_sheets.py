"""The revised-plan workbook's sheets: their names and headers, and the plan as rows of cells.

One description (:data:`SHEETS`) serves the export, the empty template and the
import, so the three can't drift apart. :func:`plan_tables` turns an open plan
into plain rows (text, numbers, None); ``plan_workbook`` writes them, and the
round-trip test compares them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from planner_gui.core.document import PlanDocument
from planner_gui.core.model import Goal
from planner_gui.core.model_review import OutcomeObjective
from planner_gui.core.model_strategy import StrategyObjective
from planner_gui.core.ordered import RowKind
from planner_gui.core.strategies import ACTIONS, COUNTRIES, TARGETS
from planner_gui.core.walkthrough import OUTCOMES, RECOMMENDATIONS, STAKEHOLDERS
from planner_gui.core.words import (
    ACTION_KIND_WORDS,
    CONTRIBUTION_WORDS,
    COUNTRY_STATUS_WORDS,
    DROP_KIND_WORDS,
    GOAL_STATE_WORDS,
    RESPONSE_WORDS,
    STAKEHOLDER_WORDS,
    STRATEGY_STATUS_WORDS,
    VOTES_SHOWN_WORDS,
    YES_NO_WORDS,
    priority_word,
    word,
)
from planner_gui.exchange.cells import Cell as Cell  # (the sheets' users find these here)
from planner_gui.exchange.cells import Table as Table
from planner_gui.exchange.vote_sheet import HANDS_PREFIX as HANDS_PREFIX
from planner_gui.exchange.vote_sheet import VOTE_HEADERS as VOTE_HEADERS
from planner_gui.exchange.vote_sheet import MemberName as MemberName
from planner_gui.exchange.vote_sheet import count_cell, vote_rows
from planner_gui.exchange.vote_sheet import vote_headers as vote_headers
from planner_gui.i18n import LANGUAGES, N_, NP_, _, pgettext


@dataclass(frozen=True)
class SheetSpec:
    name: str
    headers: tuple[str, ...]
    widths: tuple[int, ...]  # characters, one per header; see print_setup for what fits a page
    required: tuple[str, ...] = ()  # headers an imported sheet must have
    about: str = ""  # for the template's instructions and the README

    def __post_init__(self) -> None:
        assert len(self.name) <= 31 and len(self.widths) == len(self.headers), self.name


SHEETS: tuple[SheetSpec, ...] = (
    SheetSpec(
        N_("Plan"),
        (N_("Field"), N_("Value")),
        (20, 98),
        (N_("Field"), N_("Value")),
        N_("the plan's identity and texts"),
    ),
    SheetSpec(
        N_("Goals"),
        (N_("Number"), N_("Title"), N_("Status"), N_("Note"), N_("Description")),
        (8, 34, 8, 34, 36),
        (N_("Number"), N_("Title")),
        N_("Status is Active or Folded; Note says why a goal was folded"),
    ),
    SheetSpec(
        N_("Objectives"),
        (
            N_("Goal"),
            N_("Number"),
            N_("Objective"),
            N_("Priority"),
            N_("Rationale"),
            N_("Drop reason"),
            N_("Related objective"),
            *VOTE_HEADERS,
            N_("Mean"),
            N_("Consensus"),
            N_("Strategy"),
            N_("Description"),
        ),
        (6, 8, 30, 9, 30, 14, 9, 6, 8, 6, 8, 6, 9, 24, 28),
        (N_("Goal"), N_("Number"), N_("Objective")),
        N_("one row per objective under the number of its goal; Priority is High, Medium, Low or Dropped"),
    ),
    SheetSpec(
        N_("Votes"),
        (N_("Number"), N_("Objective")),
        (9, 40),
        (N_("Number"),),
        N_("each member's vote, one column per member (or the counts only when votes are anonymous)"),
    ),
    SheetSpec(
        N_("Members"),
        (N_("Name"), N_("Role"), N_("Votes"), N_("Weight")),
        (28, 30, 7, 8),
        (N_("Name"),),
        N_("the board's members; Votes is Yes or No"),
    ),
    SheetSpec(
        N_("Strategies"),
        (N_("No."), N_("Strategy"), N_("Objectives"), N_("Status"), N_("Approach"), N_("Carried by"), N_("Members")),
        (5, 26, 11, 8, 40, 14, 16),
        (N_("Strategy"),),
        N_("Objectives lists the numbers it serves, such as “8, 10”; Status is Draft or Agreed"),
    ),
    SheetSpec(
        N_("Actions"),
        (N_("Strategy no."), N_("Strategy"), N_("Kind"), N_("Action"), N_("Lead")),
        (12, 24, 10, 55, 18),
        (N_("Action"),),
        N_("ordered actions of each strategy; Kind is reactive, proactive, other or a kind of your own"),
    ),
    SheetSpec(
        N_("Targets"),
        (N_("Strategy no."), N_("Strategy"), N_("Target"), N_("Measure"), N_("Number"), N_("Due")),
        (12, 24, 40, 22, 9, 11),
        (N_("Target"),),
        N_("Due is a year and month (2015-09) or a date (2015-09-30)"),
    ),
    SheetSpec(
        N_("Countries"),
        (N_("Strategy no."), N_("Strategy"), N_("Country"), N_("Plan"), N_("Status")),
        (12, 24, 16, 55, 12),
        (N_("Country"),),
        N_("priority countries; Status is not started, under way or done"),
    ),
    SheetSpec(
        N_("Achievements"),
        (N_("Outcome"), N_("Objectives"), N_("Contribution"), N_("Evidence")),
        (38, 12, 13, 56),
        (N_("Outcome"),),
        N_("Contribution is strong, some, limited or none"),
    ),
    SheetSpec(
        N_("Review"),
        (N_("Recommendation"), N_("Status"), N_("Response")),
        (48, 15, 56),
        (N_("Recommendation"),),
        N_("Status is accepted, partly accepted, not accepted or pending"),
    ),
    SheetSpec(
        N_("Context"),
        (N_("Section"), N_("Prompt"), N_("Notes"), N_("Point"), N_("Sub-point")),
        (18, 20, 22, 30, 29),
        (N_("Section"),),
        N_(
            "a row per point; a sub-point's row follows its point's, with the Point cell empty; "
            "a section is named on its first row, and a blank Section continues the one above"
        ),
    ),
    SheetSpec(
        N_("Stakeholders"),
        (N_("Name"), N_("Kind"), N_("Role"), N_("What we need from them")),
        (24, 11, 42, 42),
        (N_("Name"),),
        N_("Kind is state, donor, UN agency, NGO, media or other"),
    ),
    SheetSpec(
        N_("Changes"),
        (N_("What"), N_("Item"), N_("Before"), N_("After"), N_("Why")),
        (18, 9, 30, 26, 36),
        (),
        N_("what the review changed against the plan as it stood before it (written on export, not read back)"),
    ),
)
SPECS = {spec.name: spec for spec in SHEETS}
PLAN_FIELDS = (
    (N_("Organisation"), "organisation"),
    (N_("Title"), "title"),
    (N_("Period"), "period"),
    (N_("Vision"), "vision"),
    (N_("Mission"), "mission"),
    (N_("Values"), "values"),
)
CAP_FIELD, VOTES_FIELD, EXPORTED_FIELD = N_("Most “High” per ballot"), N_("Votes shown"), N_("Exported")
LANGUAGE_FIELD = N_("Language")  # the language of the plan's documents, in its own words ("Français")
CONTINUED = N_("Continued")  # the sheet a text too long for its cell goes on, part by part
CONTINUED_HEADERS = (N_("Sheet"), N_("Cell"), N_("Part"), N_("Text"))
CONTINUED_NOTE = N_(" […continued on the sheet “Continued”]")


def shown(word: str | None) -> str:
    """“high” → “High”; None → “”."""
    return word[0].upper() + word[1:] if word else ""


def sheet_title(name: str) -> str:
    """A sheet's name in the language spoken now (``name``: its English name, the key it is known by)."""
    return _(name)


# A header whose English word means something else on one sheet: said in that context ("Number" of a target: a
# quantity, not a label), for languages that use two words for it.
HEADER_CONTEXTS = {("Targets", "Number"): NP_("quantity", "Number")}
CONTEXT_OF = {key: "quantity" for key in HEADER_CONTEXTS}


def header_word(sheet: str, header: str) -> str:
    """One known header of ``sheet`` in the language spoken now."""
    context = CONTEXT_OF.get((sheet, header))
    return pgettext(context, header) if context else _(header)


def shown_headers(headers: Sequence[str], sheet: str = "") -> list[str]:
    """Headers of ``sheet`` as written in the language spoken now; a member's name as it is."""
    shown: list[str] = []
    for h in headers:
        if isinstance(h, MemberName):
            shown.append(h)
        elif h.startswith(HANDS_PREFIX):
            shown.append(_(HANDS_PREFIX) + _(h.removeprefix(HANDS_PREFIX)))
        else:
            shown.append(header_word(sheet, h))
    return shown


def joined(numbers: Sequence[str]) -> str:
    return ", ".join(numbers)


def plan_tables(doc: PlanDocument, *, today: date | None = None) -> dict[str, Table]:
    """Every sheet's rows (headers not included), in the plan's order; ``Votes`` headers in :func:`vote_headers`."""
    tables: dict[str, Table] = {}
    plan = doc.plan
    tables["Plan"] = [[_(label), getattr(plan, field)] for label, field in PLAN_FIELDS]
    tables["Plan"] += [
        [_(CAP_FIELD), plan.high_cap],
        [_(VOTES_FIELD), word(VOTES_SHOWN_WORDS, "by name" if plan.votes_by_name else "anonymously")],
        [_(LANGUAGE_FIELD), LANGUAGES.get(plan.language, plan.language)],
        [_(EXPORTED_FIELD), (today or date.today()).isoformat()],
    ]
    goals = doc.structure.goals()
    goal_numbers = {g.id: g.number for g in goals}
    tables["Goals"] = [
        # A fold's note only for a goal folded: one unfolded keeps it (for a fold again), but no longer says it.
        [g.number, g.title, word(GOAL_STATE_WORDS, "folded" if g.folded else "active"), fold_note(g), g.description]
        for g in goals
    ]
    strategies = doc.strategies.strategies()
    numbers = {o.id: o.number for o in doc.structure.objectives()}
    serving: dict[int, list[str]] = defaultdict(list)
    served: dict[int, list[int]] = defaultdict(list)
    positions = {s.id: i for i, s in enumerate(strategies)}
    names = {s.id: s.name for s in strategies}
    for strategy_id, objective_id in sorted(
        doc.session.execute(select(StrategyObjective.strategy_id, StrategyObjective.objective_id)),
        key=lambda pair: positions[pair[0]],
    ):
        serving[objective_id].append(names[strategy_id])
        served[strategy_id].append(objective_id)
    results = doc.ranking.results()
    tables["Objectives"] = []
    for result in results:
        o, t = result.objective, result.tally
        dropped = o.priority == "dropped"  # why dropped, only while it is: a decision changed keeps it unsaid
        tables["Objectives"].append(
            [
                goal_numbers[o.goal_id],
                o.number,
                o.title,
                priority_word(o.priority),
                o.rationale,
                word(DROP_KIND_WORDS, o.drop_kind) if dropped else "",
                numbers.get(o.related_id, "") if dropped and o.related_id is not None else "",
                *(count_cell(v) for v in t.counts),
                None if t.mean is None else round(t.mean, 2),
                None if t.consensus is None else round(t.consensus, 2),
                "; ".join(serving.get(o.id, [])),
                o.description,
            ]
        )
    tables["Votes"] = vote_rows(doc, results)
    tables["Members"] = [
        [
            m.name,
            m.role,
            word(YES_NO_WORDS, "yes" if m.votes else "no"),
            _number(m.weight),
        ]
        for m in doc.ranking.members()
    ]
    order = {oid: i for i, oid in enumerate(numbers)}
    tables["Strategies"] = [
        [
            i,
            s.name,
            joined([numbers[oid] for oid in sorted(served.get(s.id, []), key=order.__getitem__)]),
            shown(word(STRATEGY_STATUS_WORDS, s.status)),
            s.approach,
            s.carried_by,
            s.carriers,
        ]
        for i, s in enumerate(strategies, start=1)
    ]
    kinds = {k.id: word(ACTION_KIND_WORDS, k.name) for k in doc.strategies.action_kinds()}
    parts: tuple[tuple[str, RowKind[Any], tuple[str, ...] | None], ...] = (
        ("Actions", ACTIONS, None),
        ("Targets", TARGETS, ("what", "measure", "number", "due")),
        ("Countries", COUNTRIES, ("country", "plan", "status")),
    )
    for sheet, kind, fields in parts:
        rows: Table = []
        by_strategy: dict[int, list[Any]] = defaultdict(list)
        for row in doc.lists.rows(kind):  # one query for the sheet, each strategy's rows in their order
            by_strategy[row.strategy_id].append(row)
        for i, s in enumerate(strategies, start=1):
            for row in by_strategy.get(s.id, ()):
                values = (
                    [kinds[row.kind_id], row.text, row.lead]
                    if fields is None
                    else [word(COUNTRY_STATUS_WORDS, row.status) if f == "status" else getattr(row, f) for f in fields]
                )
                rows.append([i, s.name, *(_number(v) if isinstance(v, float) else v for v in values)])
        tables[sheet] = rows
    outcome_links: dict[int, list[int]] = defaultdict(list)
    for outcome_id, objective_id in doc.session.execute(
        select(OutcomeObjective.outcome_id, OutcomeObjective.objective_id)
    ):
        outcome_links[outcome_id].append(objective_id)
    tables["Achievements"] = [
        [
            o.title,
            joined([numbers[oid] for oid in sorted(outcome_links.get(o.id, []), key=order.__getitem__)]),
            word(CONTRIBUTION_WORDS, o.contribution),
            o.evidence,
        ]
        for o in doc.lists.rows(OUTCOMES)
    ]
    tables["Review"] = [[r.text, word(RESPONSE_WORDS, r.status), r.response] for r in doc.lists.rows(RECOMMENDATIONS)]
    tables["Context"] = _context(doc)
    tables["Stakeholders"] = [
        [s.name, word(STAKEHOLDER_WORDS, s.kind), s.role, s.needs] for s in doc.lists.rows(STAKEHOLDERS)
    ]
    tables["Changes"] = [[c.what, c.item, c.before, c.after, c.why] for c in doc.baseline.plan_changes()]
    return tables


def _context(doc: PlanDocument) -> Table:
    rows: Table = []
    for section in doc.context.sections():
        head: list[Cell] = [section.title, section.prompt, section.notes]
        points = doc.context.items(section.id)
        if not points:
            rows.append([*head, "", ""])
        for point in points:
            rows.append([*head, point.text, ""])
            head = ["", "", ""]  # the section is named on its first row only: a blank Section continues it
            for sub in doc.context.items(section.id, point.id):
                rows.append([*head, "", sub.text])
    return rows


def fold_note(goal: Goal) -> str:
    """The note on how a goal was folded, while it is folded ("" once unfolded)."""
    return goal.fold_note if goal.folded else ""


def _number(value: float) -> int | float:
    """A number someone typed: whole numbers as integers, others exactly as they are."""
    return int(value) if float(value).is_integer() else value
