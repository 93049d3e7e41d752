"""The report as HTML: the revised plan in the shape of the seed's summary document.

Qt-free. :func:`report_html` builds the whole report: a cover, the table of
contents, then the sections :func:`report_sections` names (vision; mission and
values; the review process; the contribution to outcomes; the context
analysis; the revised goals and objectives; the strategies). Every piece of
user text is escaped. A part with nothing in it says so in a line rather than
showing an empty heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from planner_gui.core.colors import CONTRIBUTION_COLORS, RESPONSE_COLORS
from planner_gui.core.document import PlanDocument
from planner_gui.core.model_review import CONTRIBUTIONS, AgendaSession, ContextSection
from planner_gui.core.walkthrough import OUTCOMES, RECOMMENDATIONS, STAKEHOLDERS
from planner_gui.report.markup import (
    ACCENT,
    MONTHS,
    STYLE,
    TIER_COLORS,
    UNDECIDED,
    bullets,
    empty,
    esc,
    grid,
    numbers_list,
    paragraphs,
    td,
    tier_cell,
    title_case,
)
from planner_gui.report.priorities import goals_html, strategies_html

__all__ = ["long_date", "report_html", "report_sections", "report_title", "short_name"]

_ACRONYM = re.compile(r"\(([^()]{2,24})\)\s*$")


def short_name(organisation: str) -> str:
    """What the report calls the organisation: its acronym in brackets, or its name if short; else ""."""
    text = " ".join(organisation.split())
    found = _ACRONYM.search(text)
    if found:
        return found.group(1).strip()
    return text if text and len(text) <= 32 else ""


def _possessive(name: str) -> str:
    return f"{name}’s" if name else "Our"


def report_sections(doc: PlanDocument) -> list[str]:
    """The report's section titles in order: what its table of contents lists."""
    name = short_name(doc.plan.organisation)
    return [
        "Our vision",
        "Our mission and values",
        "1. The review process",
        f"2. {_possessive(name)} contribution to outcomes",
        "3. Updating the context analysis",
        "4. Revised strategic goals and objectives",
        "5. Strategies for the revised objectives",
    ]


def report_title(doc: PlanDocument) -> str:
    return " ".join(doc.plan.title.split()) or "Strategic plan"


def long_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def report_html(doc: PlanDocument, *, today: date | None = None, pages: Sequence[int] | None = None) -> str:
    """The whole report. ``pages``, if given, are the page numbers of the sections, for the contents."""
    titles = report_sections(doc)
    bodies = [
        _vision(doc),
        _mission(doc),
        _process(doc),
        _contribution(doc),
        _context(doc),
        goals_html(doc),
        strategies_html(doc),
    ]
    parts = []
    for index, (title, body) in enumerate(zip(titles, bodies, strict=True)):
        # The vision starts the page after the contents, and each numbered section a page of its own.
        style = "" if index == 1 else ' style="page-break-before: always"'
        parts.append(f"<h2{style}>{esc(title)}</h2>{body}")
    return (
        f'<html><head><meta charset="utf-8"><title>{esc(report_title(doc))}</title>'
        f"<style>{STYLE}</style></head><body>"
        f"{_cover(doc, today or date.today())}{_contents(titles, pages)}{''.join(parts)}</body></html>"
    )


# ------------------------------------------------------------------ cover


def _cover(doc: PlanDocument, today: date) -> str:
    plan = doc.plan
    counts = doc.ranking.decision_counts()
    period = plan.period.strip()
    period = f" · {esc(period)}" if period and period not in plan.title else ""
    glance = ""
    if any(counts[p] for p in ("high", "medium", "low", "dropped")):
        cells = "".join(
            tier_cell(tier, TIER_COLORS, f"{counts[tier]} {title_case(tier)}") for tier in ("high", "medium", "low")
        )
        cells += tier_cell("dropped", TIER_COLORS, f"{counts['dropped']} Dropped")
        glance = (
            '<p class="muted" style="margin-top: 36px; margin-bottom: 4px;">Objectives by decided priority</p>'
            f'<table width="70%" cellspacing="3" cellpadding="6" border="0"><tr>{cells}</tr></table>'
        )
        if counts[UNDECIDED]:
            glance += f'<p class="muted small">{counts[UNDECIDED]} not decided yet.</p>'
    strategies = doc.strategies.strategies()
    if strategies:
        agreed = sum(1 for s in strategies if s.status == "agreed")
        drafts = len(strategies) - agreed
        parts = [f"{agreed} agreed"] if agreed else []
        parts += [f"{drafts} in draft"] if drafts else []
        noun = "strategy" if len(strategies) == 1 else "strategies"
        glance += f'<p class="muted">{len(strategies)} {noun} for the priorities: {" and ".join(parts)}.</p>'
    organisation = esc(plan.organisation) or "&#160;"
    return (
        '<p style="font-size: 1pt; margin: 0px;">&#160;</p>'
        f'<p class="kicker" style="margin-top: 200px;">{organisation}</p>'
        f"<h1>{esc(report_title(doc))}</h1>"
        f'<p class="subtitle">The revised plan{period}</p>'
        '<table width="100%" cellspacing="0" cellpadding="0" border="0" style="margin-top: 14px; margin-bottom: 14px;">'
        f'<tr><td bgcolor="{ACCENT}" style="font-size: 3pt;">&#160;</td></tr></table>'
        f'<p class="lead">Summary of the strategic plan review, {esc(long_date(today))}</p>'
        f"{glance}"
    )


def _contents(titles: Sequence[str], pages: Sequence[int] | None) -> str:
    rows = "".join(
        f'<tr><td width="88%">{esc(title)}</td>'
        f'<td width="12%" align="right">{pages[i] if pages is not None and i < len(pages) else ""}</td></tr>'
        for i, title in enumerate(titles)
    )
    return (
        '<h1 style="page-break-before: always; font-size: 20pt; margin-bottom: 18px;">Contents</h1>'
        f'<table class="toc" width="100%" cellspacing="0" cellpadding="0" border="0">{rows}</table>'
    )


# ------------------------------------------------------- vision and mission


def _vision(doc: PlanDocument) -> str:
    vision = doc.plan.vision.strip()
    return paragraphs(vision, "lead") if vision else empty("No vision statement recorded yet.")


def _mission(doc: PlanDocument) -> str:
    plan = doc.plan
    parts: list[str] = []
    if plan.mission.strip():
        parts.append("<h3>Mission</h3>" + paragraphs(plan.mission))
    values = [line.strip() for line in plan.values.splitlines() if line.strip()]
    if len(values) > 1:
        parts.append("<h3>Values</h3>" + bullets(esc(v) for v in values))
    elif values:
        parts.append("<h3>Values</h3>" + paragraphs(values[0]))
    return "".join(parts) or empty("No mission or values recorded yet.")


# --------------------------------------------------------- review process


def _process(doc: PlanDocument) -> str:
    plan = doc.plan
    name = short_name(plan.organisation) or "the organisation"
    intro = (
        f"<p>This document sets out the outcome of the review of {esc(report_title(doc))}. The review "
        f"looked at what had been achieved and what {esc(name)} contributed to it; at what the external "
        "review recommended and the response to each recommendation; at the context, outside and inside "
        "the organisation; it then ranked every objective of the plan, and drew up strategies for the "
        "priorities.</p>"
    )
    return intro + _retreat(doc) + _recommendations(doc)


def _retreat(doc: PlanDocument) -> str:
    members = doc.ranking.members()
    sessions = doc.agenda.sessions()
    if not members and not sessions:
        return "<h3>The retreat</h3>" + empty("No participants or agenda recorded yet.")
    html = "<h3>The retreat</h3>"
    if members:
        voted = doc.ranking.voted()
        rows = [
            [
                td(esc(m.name)),
                td(esc(m.role)),
                td(
                    ("Ranked the objectives" if m.id in voted else "Voting member")
                    if m.votes
                    else '<span class="muted">Took part without a vote</span>'
                ),
            ]
            for m in members
        ]
        html += f"<p>{len(members)} {'person' if len(members) == 1 else 'people'} took part.</p>"
        html += grid([("Name", "34%"), ("Role", "38%"), ("In the ranking", "28%")], rows)
    if sessions:
        html += _agenda(sessions)
    return html


def _agenda(sessions: Sequence[AgendaSession]) -> str:
    """The retreat's sessions: a column per day (a row per session when the retreat is long)."""
    days = sorted({s.day for s in sessions})
    html = f"<p>The retreat ran over {len(days)} {'day' if len(days) == 1 else 'days'}:</p>"
    if len(days) > 4:
        rows = [[td(f"Day {s.day}", "num"), td(esc(s.start)), td(esc(s.title))] for s in sessions]
        return html + grid([("Day", "12%"), ("Start", "12%"), ("Session", "76%")], rows)
    width = f"{100 // len(days)}%"
    cells = [
        td(
            "<br>".join(
                f'<span class="muted">{esc(s.start)}</span>&#160; {esc(s.title)}' for s in sessions if s.day == day
            )
        )
        for day in days
    ]
    return html + grid([(f"Day {day}", width) for day in days], [cells])


def _recommendations(doc: PlanDocument) -> str:
    html = "<h3>The external review and the response</h3>"
    recommendations = doc.lists.rows(RECOMMENDATIONS)
    if not recommendations:
        return html + empty("No recommendations of an external review recorded.")
    rows = [
        [
            td(str(index), "num"),
            td(esc(r.text)),
            tier_cell(r.status, RESPONSE_COLORS),
            td(esc(r.response) or '<span class="muted">No response recorded.</span>'),
        ]
        for index, r in enumerate(recommendations, 1)
    ]
    return html + grid([("#", "5%"), ("Recommendation", "41%"), ("Status", "17%"), ("Response", "37%")], rows)


# ------------------------------------------------------------ contribution


def _contribution(doc: PlanDocument) -> str:
    outcomes = doc.lists.rows(OUTCOMES)
    if not outcomes:
        return empty("No achievements recorded yet.")
    name = short_name(doc.plan.organisation) or "the organisation"
    numbers = {o.id: o.number for o in doc.structure.objectives()}
    html = f"<p>What has been achieved since the plan began, grouped by how much {esc(name)} added to each outcome.</p>"
    for level in CONTRIBUTIONS:
        found = [o for o in outcomes if o.contribution == level]
        if not found:
            continue
        items = []
        for outcome in found:
            related = numbers_list([numbers[i] for i in doc.walkthrough.outcome_objectives(outcome.id) if i in numbers])
            tail = f' <span class="muted">({related})</span>' if related else ""
            evidence = f" {esc(outcome.evidence)}" if outcome.evidence.strip() else ""
            items.append(f"<b>{esc(outcome.title) or 'Untitled outcome'}.</b>{evidence}{tail}")
        label = "No added value" if level == "none" else f"{title_case(level)} added value"
        html += (
            f'<h3>{esc(label)} <span style="font-size: 9pt; font-weight: normal;">'
            f"{_count_chip(level, len(found))}</span></h3>" + bullets(items)
        )
    missing = doc.walkthrough.objectives_without_outcome()
    if missing:
        html += f'<p class="muted small">No outcome recorded yet for {numbers_list([o.number for o in missing])}.</p>'
    return html


def _count_chip(level: str, count: int) -> str:
    color = CONTRIBUTION_COLORS[level]
    return f'<span style="color: {color};">&#9632;</span> {count} {"outcome" if count == 1 else "outcomes"}'


# ----------------------------------------------------------------- context


def _context(doc: PlanDocument) -> str:
    sections = doc.context.sections()
    stakeholders = _stakeholders(doc)
    if not sections and not stakeholders:
        return empty("No context analysis recorded yet.")
    html = ""
    placed = False
    for section in sections:
        is_stakeholders = section.title.strip().casefold() == "key stakeholders"
        body = _section_body(doc, section)
        if is_stakeholders and stakeholders:
            body += stakeholders
            placed = True
        html += f"<h3>{esc(section.title) or 'Untitled section'}</h3>" + (body or empty("Nothing recorded here."))
    if stakeholders and not placed:
        html += "<h3>Key stakeholders</h3>" + stakeholders
    return html


def _section_body(doc: PlanDocument, section: ContextSection) -> str:
    html = paragraphs(section.notes) if section.notes.strip() else ""
    points = []
    for item in doc.context.items(section.id):
        subs = [esc(sub.text) for sub in doc.context.items(section.id, item.id)]
        points.append(esc(item.text) + bullets(subs))
    return html + bullets(points)


def _stakeholders(doc: PlanDocument) -> str:
    rows = [
        [td(f"<b>{esc(s.name)}</b>"), td(esc(title_case(s.kind))), td(esc(s.role)), td(esc(s.needs))]
        for s in doc.lists.rows(STAKEHOLDERS)
    ]
    if not rows:
        return ""
    return grid([("Stakeholder", "26%"), ("Kind", "12%"), ("Their role", "31%"), ("What we need", "31%")], rows)
