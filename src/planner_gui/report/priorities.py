"""The report's second half as HTML: the revised goals and objectives, and the strategies.

Qt-free. Objectives keep their numbers as the plan writes them; every priority
is a word on its tier's colour.
"""

from __future__ import annotations

from collections.abc import Sequence

from planner_gui.core.baseline import drop_kind_text
from planner_gui.core.board_paper import board_paper
from planner_gui.core.document import PlanDocument
from planner_gui.core.model import Goal, Objective
from planner_gui.core.model_ranking import PRIORITIES
from planner_gui.core.model_strategy import Strategy
from planner_gui.core.strategies import ACTIONS, COUNTRIES, TARGETS
from planner_gui.report.markup import (
    MONTHS,
    TIER_COLORS,
    UNDECIDED,
    bullets,
    chip,
    empty,
    esc,
    grid,
    numbers_list,
    objective_label,
    paragraphs,
    priority_label,
    td,
    tier_cell,
    title_case,
)
from planner_gui.report.picture import picture_html

__all__ = ["drop_reason", "due_text", "goals_html", "strategies_html"]

TIERS = (*PRIORITIES, UNDECIDED)


def drop_reason(objective: Objective, numbers: dict[int, str]) -> str:
    """“Indicator of Obj. 8”, “Outside our influence”; plain text."""
    if objective.drop_kind == "other":
        return "Other reason"
    return drop_kind_text(objective, numbers) or "Reason not recorded"


def due_text(due: str) -> str:
    """“2015-09” → “September 2015”; “2015-09-30” → “30 September 2015”."""
    parts = due.strip().split("-")
    try:
        if len(parts) == 2:
            return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 3:
            return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        pass
    return due.strip()


def _title_cell(objective: Objective, *, struck: bool = False) -> str:
    title = esc(objective.title) or '<span class="muted">Untitled objective</span>'
    if struck:
        title = f'<span class="struck">{title}</span>'
    return td(title)


# ------------------------------------------------------- goals and objectives


def goals_html(doc: PlanDocument) -> str:
    goals = doc.structure.goals()
    objectives = doc.structure.objectives()
    if not goals:
        return empty("No goals or objectives in the plan yet.")
    numbers = {o.id: o.number for o in objectives}
    active = [g for g in goals if not g.folded]
    folded = [g for g in goals if g.folded]
    html = _decided_intro(doc, objectives)
    if active:
        html += f"<p>The work is framed by {len(active)} {'goal' if len(active) == 1 else 'goals'}:</p>"
        html += bullets((f"<b>Goal {esc(g.number)}</b> {esc(g.title)}" for g in active), ordered=False)
    html += _glance(objectives)
    html += picture_html(board_paper(doc).chart)
    if folded:
        html += "<h3>Goals folded into the others</h3>"
        for goal in folded:
            html += f"<p><b>Goal {esc(goal.number)}</b> {esc(goal.title)}</p>"
            html += paragraphs(goal.fold_note) if goal.fold_note.strip() else empty("No note on how it was folded.")
            inside = doc.structure.objectives(goal.id)
            if inside:
                listed = ", ".join(f"{objective_label(o.number)} ({priority_label(o.priority)})" for o in inside)
                html += f'<p class="muted small">Its objectives: {listed}.</p>'
    html += "<h3>Revised strategic priorities</h3>"
    for goal in active:
        html += _goal_table(doc, goal)
    html += _dropped(objectives, numbers)
    return html


def _decided_intro(doc: PlanDocument, objectives: Sequence[Objective]) -> str:
    if not objectives:
        return empty("The plan has no objectives yet.")
    voters = doc.ranking.members(voting_only=True)
    voted = len(doc.ranking.voted() & {m.id for m in voters})
    ballots = (
        f"{voted} of {len(voters)} voting members ranked every objective, and the board then decided. "
        if voters and voted
        else ""
    )
    return (
        f"<p>The review ranked the plan's {len(objectives)} objectives. {ballots}Resources go first to the "
        "high priorities; having priorities does not rule out work on the rest of the plan.</p>"
    )


def _glance(objectives: Sequence[Objective]) -> str:
    """One table: each tier with the numbers of its objectives (the seed's “high (1, 2, 8 …)”)."""
    by_tier = {tier: [o.number for o in objectives if (o.priority or UNDECIDED) == tier] for tier in TIERS}
    shown = [tier for tier in TIERS if by_tier[tier] or tier != UNDECIDED]
    if not objectives:
        return ""
    head = "".join(
        tier_cell(tier, TIER_COLORS, f"{priority_label(None if tier == UNDECIDED else tier)} ({len(by_tier[tier])})")
        for tier in shown
    )
    body = "".join(
        f'<td align="center" style="font-size: 9pt;">{numbers_list(by_tier[t]) or "&#8212;"}</td>' for t in shown
    )
    return (
        "<h3>The priorities at a glance</h3>"
        '<table class="grid" width="100%" cellspacing="0" cellpadding="5" border="0">'
        f"<tr>{head}</tr><tr>{body}</tr></table>"
    )


def _goal_table(doc: PlanDocument, goal: Goal) -> str:
    kept = [o for o in doc.structure.objectives(goal.id) if o.priority != "dropped"]
    html = f'<h4>Goal {esc(goal.number)} · <span style="color: #1d2430;">{esc(goal.title)}</span></h4>'
    if not kept:
        return html + empty("Every objective of this goal was dropped (see below).")
    rows = []
    for objective in kept:
        tier = objective.priority or UNDECIDED
        title = esc(objective.title) or '<span class="muted">Untitled objective</span>'
        if objective.description.strip():
            title += f'<br><span class="muted small">{esc(objective.description)}</span>'
        rows.append(
            [
                td(objective_label(objective.number), "num"),
                td(title),
                tier_cell(tier, TIER_COLORS, priority_label(objective.priority)),
                td(esc(objective.rationale)),
            ]
        )
    return html + grid([("Obj.", "8%"), ("Objective", "47%"), ("Priority", "13%"), ("Why", "32%")], rows)


def _dropped(objectives: Sequence[Objective], numbers: dict[int, str]) -> str:
    dropped = [o for o in objectives if o.priority == "dropped"]
    html = "<h3>Objectives dropped from the plan</h3>"
    if not dropped:
        return html + empty("No objective was dropped.")
    rows = [
        [
            td(objective_label(o.number), "num"),
            _title_cell(o, struck=True),
            td(f"<b>{esc(drop_reason(o, numbers)).replace('Obj. ', 'Obj.&#160;')}</b>"),
            td(esc(o.rationale) or '<span class="muted">No rationale recorded.</span>'),
        ]
        for o in dropped
    ]
    return html + grid([("Obj.", "8%"), ("Objective", "38%"), ("Reason", "22%"), ("Why", "32%")], rows)


# ------------------------------------------------------------- strategies


def strategies_html(doc: PlanDocument) -> str:
    strategies = doc.strategies.strategies()
    coverage = doc.strategies.coverage()
    html = ""
    if coverage.high_without:
        html += (
            '<p class="muted">No strategy yet for the high priorities '
            f"{numbers_list([o.number for o in coverage.high_without])}.</p>"
        )
    if not strategies:
        return html + empty("No strategies drafted yet.")
    count = len(strategies)
    html = (
        f"<p>{count} {'strategy' if count == 1 else 'strategies'} to reach the revised objectives. "
        "A strategy may serve more than one objective.</p>" + html
    )
    for strategy, objective in coverage.serving_dropped:
        html += (
            f'<p class="muted">“{esc(strategy.name)}” still serves {objective_label(objective.number)}, '
            "which was dropped.</p>"
        )
    kinds = {k.id: k.name for k in doc.strategies.action_kinds()}
    for strategy in strategies:
        html += _strategy(doc, strategy, kinds)
    return html


def _strategy(doc: PlanDocument, strategy: Strategy, kinds: dict[int, str]) -> str:
    html = f"<h3>{esc(strategy.name) or 'Untitled strategy'}</h3>"
    served = [doc.structure.objective(i) for i in doc.strategies.strategy_objectives(strategy.id)]
    facts = []
    if served:
        lines = "<br>".join(
            f"<b>{objective_label(o.number)}</b> {esc(o.title)} "
            f"{chip(o.priority or UNDECIDED, TIER_COLORS, priority_label(o.priority))}"
            for o in served
        )
        facts.append(("Serves", lines))
    else:
        facts.append(("Serves", '<span class="muted">No objective chosen yet.</span>'))
    if strategy.carried_by.strip() or strategy.carriers.strip():
        carriers = f'<br><span class="muted">{esc(strategy.carriers)}</span>' if strategy.carriers.strip() else ""
        facts.append(("Carried by", esc(strategy.carried_by) + carriers))
    facts.append(("Status", "Agreed" if strategy.status == "agreed" else "Draft, still being worked on"))
    rows = "".join(
        f'<tr><td width="16%" class="muted small"><b>{esc(k)}</b></td><td width="84%">{v}</td></tr>' for k, v in facts
    )
    html += f'<table width="100%" cellspacing="0" cellpadding="3" border="0" style="margin-bottom: 8px;">{rows}</table>'
    if strategy.approach.strip():
        html += paragraphs(strategy.approach)
    html += _actions(doc, strategy, kinds) + _targets(doc, strategy) + _countries(doc, strategy)
    return html


def _actions(doc: PlanDocument, strategy: Strategy, kinds: dict[int, str]) -> str:
    actions = doc.lists.rows(ACTIONS, strategy_id=strategy.id)
    if not actions:
        return "<h4>Actions</h4>" + empty("No actions listed yet.")
    html = ""
    for kind_id, name in kinds.items():
        mine = [a for a in actions if a.kind_id == kind_id]
        if not mine:
            continue
        items = [
            esc(a.text) + (f' <span class="muted">(lead: {esc(a.lead)})</span>' if a.lead.strip() else "") for a in mine
        ]
        html += f"<h4>{esc(title_case(name))} action</h4>" + bullets(items, ordered=True)
    return html


def _targets(doc: PlanDocument, strategy: Strategy) -> str:
    targets = doc.lists.rows(TARGETS, strategy_id=strategy.id)
    if not targets:
        return ""
    rows = []
    for target in targets:
        number = "" if target.number is None else f"{target.number:g} "
        measure = f"{number}{target.measure}".strip()
        rows.append([td(esc(target.what)), td(esc(measure) or "&#8212;"), td(esc(due_text(target.due)) or "&#8212;")])
    return "<h4>Targets</h4>" + grid([("Target", "60%"), ("Measure", "18%"), ("By", "22%")], rows)


def _countries(doc: PlanDocument, strategy: Strategy) -> str:
    countries = doc.lists.rows(COUNTRIES, strategy_id=strategy.id)
    if not countries:
        return ""
    rows = [[td(f"<b>{esc(c.country)}</b>"), td(esc(c.plan)), td(esc(title_case(c.status)))] for c in countries]
    return "<h4>Priority countries</h4>" + grid(
        [("Country", "22%"), ("Its plan", "58%"), ("Where it stands", "20%")], rows
    )
