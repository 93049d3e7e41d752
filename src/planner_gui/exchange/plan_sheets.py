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
from functools import cache
from typing import Any

from sqlalchemy import select

from planner_gui.core.document import PlanDocument
from planner_gui.core.model_review import OutcomeObjective
from planner_gui.core.model_strategy import StrategyObjective
from planner_gui.core.ordered import RowKind
from planner_gui.core.strategies import ACTIONS, COUNTRIES, TARGETS
from planner_gui.core.walkthrough import OUTCOMES, RECOMMENDATIONS, STAKEHOLDERS

Cell = str | int | float | None
Table = list[list[Cell]]


@dataclass(frozen=True)
class SheetSpec:
    name: str
    headers: tuple[str, ...]
    widths: tuple[int, ...]  # characters, one per header; see print_setup for what fits a page
    required: tuple[str, ...] = ()  # headers an imported sheet must have
    about: str = ""  # for the template's instructions and the README

    def __post_init__(self) -> None:
        assert len(self.name) <= 31 and len(self.widths) == len(self.headers), self.name


VOTE_HEADERS = ("High", "Medium", "Low", "Dropped")
HANDS_PREFIX = "Show of hands: "
SHEETS: tuple[SheetSpec, ...] = (
    SheetSpec("Plan", ("Field", "Value"), (20, 98), ("Field", "Value"), "the plan's identity and texts"),
    SheetSpec(
        "Goals",
        ("Number", "Title", "Status", "Note", "Description"),
        (8, 34, 8, 34, 36),
        ("Number", "Title"),
        "Status is Active or Folded; Note says why a goal was folded",
    ),
    SheetSpec(
        "Objectives",
        (
            "Goal",
            "Number",
            "Objective",
            "Priority",
            "Rationale",
            "Drop reason",
            "Related objective",
            *VOTE_HEADERS,
            "Mean",
            "Consensus",
            "Strategy",
            "Description",
        ),
        (6, 8, 30, 9, 30, 14, 9, 6, 8, 6, 8, 6, 9, 24, 28),
        ("Goal", "Number", "Objective"),
        "one row per objective under the number of its goal; Priority is High, Medium, Low or Dropped",
    ),
    SheetSpec(
        "Votes",
        ("Number", "Objective"),
        (9, 40),
        ("Number",),
        "each member's vote, one column per member (or the counts only when votes are anonymous)",
    ),
    SheetSpec(
        "Members",
        ("Name", "Role", "Votes", "Weight"),
        (28, 30, 7, 8),
        ("Name",),
        "the board's members; Votes is Yes or No",
    ),
    SheetSpec(
        "Strategies",
        ("No.", "Strategy", "Objectives", "Status", "Approach", "Carried by", "Members"),
        (5, 26, 11, 8, 40, 14, 16),
        ("Strategy",),
        "Objectives lists the numbers it serves, such as “8, 10”; Status is Draft or Agreed",
    ),
    SheetSpec(
        "Actions",
        ("Strategy no.", "Strategy", "Kind", "Action", "Lead"),
        (12, 24, 10, 55, 18),
        ("Action",),
        "ordered actions of each strategy; Kind is reactive, proactive, other or a kind of your own",
    ),
    SheetSpec(
        "Targets",
        ("Strategy no.", "Strategy", "Target", "Measure", "Number", "Due"),
        (12, 24, 40, 22, 9, 11),
        ("Target",),
        "Due is a year and month (2015-09) or a date (2015-09-30)",
    ),
    SheetSpec(
        "Countries",
        ("Strategy no.", "Strategy", "Country", "Plan", "Status"),
        (12, 24, 16, 55, 12),
        ("Country",),
        "priority countries; Status is not started, under way or done",
    ),
    SheetSpec(
        "Achievements",
        ("Outcome", "Objectives", "Contribution", "Evidence"),
        (38, 12, 13, 56),
        ("Outcome",),
        "Contribution is strong, some, limited or none",
    ),
    SheetSpec(
        "Review",
        ("Recommendation", "Status", "Response"),
        (48, 15, 56),
        ("Recommendation",),
        "Status is accepted, partly accepted, not accepted or pending",
    ),
    SheetSpec(
        "Context",
        ("Section", "Prompt", "Notes", "Point", "Sub-point"),
        (18, 20, 22, 30, 29),
        ("Section",),
        "a row per point; a sub-point's row follows its point's, with the Point cell empty; "
        "a section is named on its first row, and a blank Section continues the one above",
    ),
    SheetSpec(
        "Stakeholders",
        ("Name", "Kind", "Role", "What we need from them"),
        (24, 11, 42, 42),
        ("Name",),
        "Kind is state, donor, UN agency, NGO, media or other",
    ),
    SheetSpec(
        "Changes",
        ("What", "Item", "Before", "After", "Why"),
        (18, 9, 30, 26, 36),
        (),
        "what the review changed against the plan as it stood before it (written on export, not read back)",
    ),
)
SPECS = {spec.name: spec for spec in SHEETS}
PLAN_FIELDS = (
    ("Organisation", "organisation"),
    ("Title", "title"),
    ("Period", "period"),
    ("Vision", "vision"),
    ("Mission", "mission"),
    ("Values", "values"),
)
CAP_FIELD, VOTES_FIELD, EXPORTED_FIELD = "Most “High” per ballot", "Votes shown", "Exported"


def shown(word: str | None) -> str:
    """“high” → “High”; None → “”."""
    return word[0].upper() + word[1:] if word else ""


def joined(numbers: Sequence[str]) -> str:
    return ", ".join(numbers)


def plan_tables(doc: PlanDocument, *, today: date | None = None) -> dict[str, Table]:
    """Every sheet's rows (headers not included), in the plan's order; ``Votes`` headers in :func:`vote_headers`."""
    tables: dict[str, Table] = {}
    plan = doc.plan
    tables["Plan"] = [[label, getattr(plan, field)] for label, field in PLAN_FIELDS]
    tables["Plan"] += [
        [CAP_FIELD, plan.high_cap],
        [VOTES_FIELD, "by name" if plan.votes_by_name else "anonymously"],
        [EXPORTED_FIELD, (today or date.today()).isoformat()],
    ]
    goals = doc.structure.goals()
    goal_numbers = {g.id: g.number for g in goals}
    tables["Goals"] = [
        [g.number, g.title, "Folded" if g.folded else "Active", g.fold_note, g.description] for g in goals
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
        tables["Objectives"].append(
            [
                goal_numbers[o.goal_id],
                o.number,
                o.title,
                shown(o.priority),
                o.rationale,
                o.drop_kind or "",
                numbers.get(o.related_id, "") if o.related_id is not None else "",
                *(_count(v) for v in t.counts),
                None if t.mean is None else round(t.mean, 2),
                None if t.consensus is None else round(t.consensus, 2),
                "; ".join(serving.get(o.id, [])),
                o.description,
            ]
        )
    tables["Votes"] = _votes(doc, results)
    tables["Members"] = [[m.name, m.role, "Yes" if m.votes else "No", _count(m.weight)] for m in doc.ranking.members()]
    order = {oid: i for i, oid in enumerate(numbers)}
    tables["Strategies"] = [
        [
            i,
            s.name,
            joined([numbers[oid] for oid in sorted(served.get(s.id, []), key=order.__getitem__)]),
            shown(s.status),
            s.approach,
            s.carried_by,
            s.carriers,
        ]
        for i, s in enumerate(strategies, start=1)
    ]
    kinds = {k.id: k.name for k in doc.strategies.action_kinds()}
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
                    [kinds[row.kind_id], row.text, row.lead] if fields is None else [getattr(row, f) for f in fields]
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
            o.contribution,
            o.evidence,
        ]
        for o in doc.lists.rows(OUTCOMES)
    ]
    tables["Review"] = [[r.text, r.status, r.response] for r in doc.lists.rows(RECOMMENDATIONS)]
    tables["Context"] = _context(doc)
    tables["Stakeholders"] = [[s.name, s.kind, s.role, s.needs] for s in doc.lists.rows(STAKEHOLDERS)]
    tables["Changes"] = [[c.what, c.item, c.before, c.after, c.why] for c in doc.baseline.plan_changes()]
    return tables


def vote_headers(doc: PlanDocument) -> tuple[str, ...]:
    """The Votes sheet's headers: one per voting member by name, or the counts when votes are anonymous."""
    base = SPECS["Votes"].headers
    if not doc.plan.votes_by_name:
        return (*base, *VOTE_HEADERS)
    hands = (f"{HANDS_PREFIX}{h}" for h in VOTE_HEADERS) if _any_hands(doc) else ()
    return (*base, *(m.name for m in doc.ranking.members(voting_only=True)), *hands)


def _any_hands(doc: PlanDocument) -> bool:
    from planner_gui.core.model_ranking import HandCount

    return doc.session.scalar(select(HandCount.objective_id).limit(1)) is not None


def _votes(doc: PlanDocument, results: Sequence[Any]) -> Table:
    rows: Table = []
    if not doc.plan.votes_by_name:
        for r in results:
            rows.append([r.objective.number, r.objective.title, *(_count(v) for v in r.tally.counts)])
        return rows
    voters = [m.id for m in doc.ranking.members(voting_only=True)]
    hands = _any_hands(doc)
    word = cache(shown)  # a few words, each shown the same way in every cell
    for r in results:
        row: list[Cell] = [r.objective.number, r.objective.title]
        vote = r.by_member.get
        row += [word(vote(member)) for member in voters]
        if hands:
            row += [_count(v) for v in r.hands.counts]
        rows.append(row)
    return rows


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


def _number(value: float) -> int | float:
    """A number someone typed: whole numbers as integers, others exactly as they are."""
    return int(value) if float(value).is_integer() else value


def _count(value: float) -> int | float:
    """Whole numbers as integers (7, not 7.0), so cells read as people expect."""
    return int(value) if float(value).is_integer() else round(value, 2)
