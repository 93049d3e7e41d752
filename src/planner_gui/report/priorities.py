"""The report's second half as HTML: the revised goals and objectives, and the strategies.

Qt-free. Objectives keep their numbers as the plan writes them; every priority
is a word on its tier's colour.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from planner_gui.core.baseline import drop_kind_text
from planner_gui.core.board_paper import board_paper
from planner_gui.core.document import PlanDocument
from planner_gui.core.model import Goal, Objective
from planner_gui.core.model_ranking import PRIORITIES
from planner_gui.core.model_strategy import Strategy
from planner_gui.core.strategies import ACTIONS, COUNTRIES, TARGETS
from planner_gui.core.words import ACTION_KIND_WORDS, word
from planner_gui.i18n import N_, _, format_date, format_month, format_number, ngettext
from planner_gui.report.markup import (
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
    rating_word,
    td,
    tier_cell,
    title_case,
)
from planner_gui.report.picture import PICTURE, picture_html

__all__ = ["drop_reason", "due_text", "goals_html", "strategies_html"]

TIERS = (*PRIORITIES, UNDECIDED)


def drop_reason(objective: Objective, numbers: dict[int, str]) -> str:
    """“Indicator of Obj. 8”, “Outside our influence”; plain text."""
    if objective.drop_kind == "other":
        return _("Other reason")
    return drop_kind_text(objective, numbers) or _("Reason not recorded")


def due_text(due: str) -> str:
    """“2015-09” → “September 2015”; “2015-09-30” → “30 September 2015”."""
    parts = due.strip().split("-")
    try:
        if len(parts) == 2:
            return format_month(int(parts[0]), int(parts[1]))
        if len(parts) == 3:
            return format_date(date(int(parts[0]), int(parts[1]), int(parts[2])))
    except (ValueError, IndexError):
        pass
    return due.strip()


def _title_cell(objective: Objective, *, struck: bool = False) -> str:
    title = esc(objective.title) or f'<span class="muted">{esc(_("Untitled objective"))}</span>'
    if struck:
        title = f'<span class="struck">{title}</span>'
    return td(title)


# ------------------------------------------------------- goals and objectives


def goals_html(doc: PlanDocument) -> str:
    goals = doc.structure.goals()
    objectives = doc.structure.objectives()
    if not goals:
        return empty(_("No goals or objectives in the plan yet."))
    numbers = {o.id: o.number for o in objectives}
    active = [g for g in goals if not g.folded]
    folded = [g for g in goals if g.folded]
    html = _decided_intro(doc, objectives)
    if active:
        framed = ngettext("The work is framed by {count} goal:", "The work is framed by {count} goals:", len(active))
        html += f"<p>{esc(framed.format(count=len(active)))}</p>"
        html += bullets((f"<b>{_goal(g.number)}</b> {esc(g.title)}" for g in active), ordered=False)
    html += _glance(objectives)
    if doc.plan.results_revealed:
        html += picture_html(board_paper(doc).chart)
    else:  # the summary is previewed on the laptop, which may be the projector's: the votes stay hidden
        html += f"<h3>{esc(_(PICTURE))}</h3>" + empty(
            _("The results are hidden: reveal them (Ranking, Results tab) to show the room's picture here.")
        )
    if folded:
        html += f"<h3>{esc(_('Goals folded into the others'))}</h3>"
        for goal in folded:
            html += f"<p><b>{_goal(goal.number)}</b> {esc(goal.title)}</p>"
            html += paragraphs(goal.fold_note) if goal.fold_note.strip() else empty(_("No note on how it was folded."))
            inside = doc.structure.objectives(goal.id)
            if inside:
                listed = ", ".join(f"{objective_label(o.number)} ({priority_label(o.priority)})" for o in inside)
                html += (
                    f'<p class="muted small">{esc(_("Its objectives: {objectives}.")).format(objectives=listed)}</p>'
                )
    html += f"<h3>{esc(_('Revised strategic priorities'))}</h3>"
    for goal in active:
        html += _goal_table(doc, goal)
    html += _dropped(objectives, numbers)
    return html


def _decided_intro(doc: PlanDocument, objectives: Sequence[Objective]) -> str:
    if not objectives:
        return empty(_("The plan has no objectives yet."))
    voters = doc.ranking.members(voting_only=True)
    voted = len(doc.ranking.voted() & {m.id for m in voters})
    ranked = ngettext(
        "The review ranked the plan's {count} objective.",
        "The review ranked the plan's {count} objectives.",
        len(objectives),
    ).format(count=len(objectives))
    ballots = (
        _("{voted} of {voters} voting members ranked every objective, and the board then decided.").format(
            voted=voted, voters=len(voters)
        )
        if voters and voted
        else ""
    )
    rest = _(
        "Resources go first to the high priorities; having priorities does not rule out work on the rest of the plan."
    )
    return f"<p>{esc(' '.join(s for s in (ranked, ballots, rest) if s))}</p>"


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
        f"<h3>{esc(_('The priorities at a glance'))}</h3>"
        '<table class="grid" width="100%" cellspacing="0" cellpadding="5" border="0">'
        f"<tr>{head}</tr><tr>{body}</tr></table>"
    )


def _goal_table(doc: PlanDocument, goal: Goal) -> str:
    kept = [o for o in doc.structure.objectives(goal.id) if o.priority != "dropped"]
    html = f'<h4>{_goal(goal.number)} · <span style="color: #1d2430;">{esc(goal.title)}</span></h4>'
    if not kept:
        return html + empty(_("Every objective of this goal was dropped (see below)."))
    rows = []
    for objective in kept:
        tier = objective.priority or UNDECIDED
        title = esc(objective.title) or f'<span class="muted">{esc(_("Untitled objective"))}</span>'
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
    return html + grid(
        [(N_("Obj."), "8%"), (N_("Objective"), "47%"), (N_("Priority"), "13%"), (N_("Why"), "32%")], rows
    )


def _dropped(objectives: Sequence[Objective], numbers: dict[int, str]) -> str:
    dropped = [o for o in objectives if o.priority == "dropped"]
    html = f"<h3>{esc(_('Objectives dropped from the plan'))}</h3>"
    if not dropped:
        return html + empty(_("No objective was dropped."))
    rows = [
        [
            td(objective_label(o.number), "num"),
            _title_cell(o, struck=True),
            td(f"<b>{esc(drop_reason(o, numbers)).replace('Obj. ', 'Obj.&#160;')}</b>"),
            td(esc(o.rationale) or f'<span class="muted">{esc(_("No rationale recorded."))}</span>'),
        ]
        for o in dropped
    ]
    return html + grid([(N_("Obj."), "8%"), (N_("Objective"), "38%"), (N_("Reason"), "22%"), (N_("Why"), "32%")], rows)


# ------------------------------------------------------------- strategies


def strategies_html(doc: PlanDocument) -> str:
    strategies = doc.strategies.strategies()
    coverage = doc.strategies.coverage()
    html = ""
    if coverage.high_without:
        said = esc(_("No strategy yet for the high priorities {objectives}.")).format(
            objectives=numbers_list([o.number for o in coverage.high_without])
        )
        html += f'<p class="muted">{said}</p>'
    if not strategies:
        return html + empty(_("No strategies drafted yet."))
    count = len(strategies)
    said = ngettext(
        "{count} strategy to reach the revised objectives. A strategy may serve more than one objective.",
        "{count} strategies to reach the revised objectives. A strategy may serve more than one objective.",
        count,
    ).format(count=count)
    html = f"<p>{esc(said)}</p>" + html
    for strategy, objective in coverage.serving_dropped:
        said = esc(_("“{strategy}” still serves {objective}, which was dropped.")).format(
            strategy=esc(strategy.name), objective=objective_label(objective.number)
        )
        html += f'<p class="muted">{said}</p>'

    kinds = {k.id: word(ACTION_KIND_WORDS, k.name) for k in doc.strategies.action_kinds()}
    for strategy in strategies:
        html += _strategy(doc, strategy, kinds)
    return html


def _strategy(doc: PlanDocument, strategy: Strategy, kinds: dict[int, str]) -> str:
    html = f"<h3>{esc(strategy.name) or esc(_('Untitled strategy'))}</h3>"
    served = [doc.structure.objective(i) for i in doc.strategies.strategy_objectives(strategy.id)]
    facts = []
    if served:
        lines = "<br>".join(
            f"<b>{objective_label(o.number)}</b> {esc(o.title)} "
            f"{chip(o.priority or UNDECIDED, TIER_COLORS, priority_label(o.priority))}"
            for o in served
        )
        facts.append((_("Serves"), lines))
    else:
        facts.append((_("Serves"), f'<span class="muted">{esc(_("No objective chosen yet."))}</span>'))
    if strategy.carried_by.strip() or strategy.carriers.strip():
        carriers = f'<br><span class="muted">{esc(strategy.carriers)}</span>' if strategy.carriers.strip() else ""
        facts.append((_("Carried by"), esc(strategy.carried_by) + carriers))
    status = _("Agreed") if strategy.status == "agreed" else _("Draft, still being worked on")
    facts.append((_("Status"), esc(status)))
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
        return f"<h4>{esc(_('Actions'))}</h4>" + empty(_("No actions listed yet."))
    html = ""
    for kind_id, name in kinds.items():
        mine = [a for a in actions if a.kind_id == kind_id]
        if not mine:
            continue
        items = [
            esc(a.text)
            + (f' <span class="muted">({esc(_("lead: {name}").format(name=a.lead))})</span>' if a.lead.strip() else "")
            for a in mine
        ]
        html += f"<h4>{esc(title_case(_('{kind} action').format(kind=name)))}</h4>" + bullets(items, ordered=True)
    return html


def _targets(doc: PlanDocument, strategy: Strategy) -> str:
    targets = doc.lists.rows(TARGETS, strategy_id=strategy.id)
    if not targets:
        return ""
    rows = []
    for target in targets:
        number = "" if target.number is None else f"{_number(target.number)} "
        measure = f"{number}{target.measure}".strip()
        rows.append([td(esc(target.what)), td(esc(measure) or "&#8212;"), td(esc(due_text(target.due)) or "&#8212;")])
    return f"<h4>{esc(_('Targets'))}</h4>" + grid(
        [(N_("Target"), "60%"), (N_("Measure"), "18%"), (N_("By"), "22%")], rows
    )


def _countries(doc: PlanDocument, strategy: Strategy) -> str:
    countries = doc.lists.rows(COUNTRIES, strategy_id=strategy.id)
    if not countries:
        return ""
    rows = [[td(f"<b>{esc(c.country)}</b>"), td(esc(c.plan)), td(esc(rating_word(c.status)))] for c in countries]
    return f"<h4>{esc(_('Priority countries'))}</h4>" + grid(
        [(N_("Country"), "22%"), (N_("Its plan"), "58%"), (N_("Where it stands"), "20%")], rows
    )


def _goal(number: str) -> str:
    """“Goal 2”, escaped, in the language spoken now."""
    return esc(_("Goal {number}").format(number=number))


def _number(value: float) -> str:
    """A target's number as the language writes it: 0.5, 0,5; 25."""
    return format_number(value)
