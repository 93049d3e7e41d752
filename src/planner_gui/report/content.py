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
from planner_gui.core.words import fold
from planner_gui.i18n import N_, _, format_date, in_every_language, ngettext, speaking
from planner_gui.report.markup import (
    ACCENT,
    STYLE,
    TIER_COLORS,
    UNDECIDED,
    bullets,
    empty,
    esc,
    grid,
    numbers_list,
    paragraphs,
    priority_label,
    rating_word,
    td,
    tier_cell,
)
from planner_gui.report.priorities import goals_html, strategies_html

__all__ = ["long_date", "report_html", "report_sections", "report_title", "short_name"]

ADDED_VALUE = {
    "strong": N_("Strong added value"),
    "some": N_("Some added value"),
    "limited": N_("Limited added value"),
    "none": N_("No added value"),
}
# A context section that holds the key stakeholders, as a template or a person names it in any language.
STAKEHOLDER_TITLES = {fold(title) for title in in_every_language("Key stakeholders")}
_ACRONYM = re.compile(r"\(([^()]{2,24})\)\s*$")


def short_name(organisation: str) -> str:
    """What the report calls the organisation: its acronym in brackets, or its name if short; else ""."""
    text = " ".join(organisation.split())
    found = _ACRONYM.search(text)
    if found:
        return found.group(1).strip()
    return text if text and len(text) <= 32 else ""


def report_sections(doc: PlanDocument) -> list[str]:
    """The report's section titles in order: what its table of contents lists."""
    name = short_name(doc.plan.organisation)
    return [
        _("Our vision"),
        _("Our mission and values"),
        _("1. The review process"),
        _("2. {name}’s contribution to outcomes").format(name=name) if name else _("2. Our contribution to outcomes"),
        _("3. Updating the context analysis"),
        _("4. Revised strategic goals and objectives"),
        _("5. Strategies for the revised objectives"),
    ]


def report_title(doc: PlanDocument) -> str:
    return " ".join(doc.plan.title.split()) or _("Strategic plan")


def long_date(day: date) -> str:
    """“15 October 2014”, “15 octobre 2014”, “15 de octubre de 2014”: in the language spoken now."""
    return format_date(day)


def report_html(doc: PlanDocument, *, today: date | None = None, pages: Sequence[int] | None = None) -> str:
    """The whole report, in the plan's language. ``pages``, if given, are the page numbers of the sections."""
    with speaking(doc.plan.language):
        return _report_html(doc, today=today, pages=pages)


def _report_html(doc: PlanDocument, *, today: date | None, pages: Sequence[int] | None) -> str:
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
            tier_cell(tier, TIER_COLORS, f"{counts[tier]} {priority_label(tier)}")
            for tier in ("high", "medium", "low", "dropped")
        )
        by_priority = esc(_("Objectives by decided priority"))
        glance = (
            f'<p class="muted" style="margin-top: 36px; margin-bottom: 4px;">{by_priority}</p>'
            f'<table width="70%" cellspacing="3" cellpadding="6" border="0"><tr>{cells}</tr></table>'
        )
        if counts[UNDECIDED]:
            undecided = ngettext("{count} not decided yet.", "{count} not decided yet.", counts[UNDECIDED]).format(
                count=counts[UNDECIDED]
            )
            glance += f'<p class="muted small">{esc(undecided)}</p>'
    strategies = doc.strategies.strategies()
    if strategies:
        agreed = sum(1 for s in strategies if s.status == "agreed")
        drafts = len(strategies) - agreed
        parts = [ngettext("{count} agreed", "{count} agreed", agreed).format(count=agreed)] if agreed else []
        parts += [_("{count} in draft").format(count=drafts)] if drafts else []
        said = ngettext(
            "{count} strategy for the priorities: {parts}.",
            "{count} strategies for the priorities: {parts}.",
            len(strategies),
        ).format(count=len(strategies), parts=_(" and ").join(parts))
        glance += f'<p class="muted">{esc(said)}</p>'
    organisation = esc(plan.organisation) or "&#160;"
    subtitle = esc(_("The revised plan")) + period
    lead = esc(_("Summary of the strategic plan review, {date}").format(date=long_date(today)))
    return (
        '<p style="font-size: 1pt; margin: 0px;">&#160;</p>'
        f'<p class="kicker" style="margin-top: 200px;">{organisation}</p>'
        f"<h1>{esc(report_title(doc))}</h1>"
        f'<p class="subtitle">{subtitle}</p>'
        '<table width="100%" cellspacing="0" cellpadding="0" border="0" style="margin-top: 14px; margin-bottom: 14px;">'
        f'<tr><td bgcolor="{ACCENT}" style="font-size: 3pt;">&#160;</td></tr></table>'
        f'<p class="lead">{lead}</p>'
        f"{glance}"
    )


def _contents(titles: Sequence[str], pages: Sequence[int] | None) -> str:
    rows = "".join(
        f'<tr><td width="88%">{esc(title)}</td>'
        f'<td width="12%" align="right">{pages[i] if pages is not None and i < len(pages) else ""}</td></tr>'
        for i, title in enumerate(titles)
    )
    return (
        f'<h1 style="page-break-before: always; font-size: 20pt; margin-bottom: 18px;">{esc(_("Contents"))}</h1>'
        f'<table class="toc" width="100%" cellspacing="0" cellpadding="0" border="0">{rows}</table>'
    )


# ------------------------------------------------------- vision and mission


def _vision(doc: PlanDocument) -> str:
    vision = doc.plan.vision.strip()
    return paragraphs(vision, "lead") if vision else empty(_("No vision statement recorded yet."))


def _mission(doc: PlanDocument) -> str:
    plan = doc.plan
    parts: list[str] = []
    if plan.mission.strip():
        parts.append(f"<h3>{esc(_('Mission'))}</h3>" + paragraphs(plan.mission))
    values = [line.strip() for line in plan.values.splitlines() if line.strip()]
    if len(values) > 1:
        parts.append(f"<h3>{esc(_('Values'))}</h3>" + bullets(esc(v) for v in values))
    elif values:
        parts.append(f"<h3>{esc(_('Values'))}</h3>" + paragraphs(values[0]))
    return "".join(parts) or empty(_("No mission or values recorded yet."))


# --------------------------------------------------------- review process


def _process(doc: PlanDocument) -> str:
    plan = doc.plan
    name = short_name(plan.organisation) or _("the organisation")
    said = _(
        "This document sets out the outcome of the review of {plan}. The review looked at what had been "
        "achieved and what {organisation} contributed to it; at what the external review recommended and the "
        "response to each recommendation; at the context, outside and inside the organisation; it then ranked "
        "every objective of the plan, and drew up strategies for the priorities."
    ).format(plan=report_title(doc), organisation=name)
    intro = f"<p>{esc(said)}</p>"
    return intro + _retreat(doc) + _recommendations(doc)


def _retreat(doc: PlanDocument) -> str:
    members = doc.ranking.members()
    sessions = doc.agenda.sessions()
    html = f"<h3>{esc(_('The retreat'))}</h3>"
    if not members and not sessions:
        return html + empty(_("No participants or agenda recorded yet."))
    if members:
        voted = doc.ranking.voted()
        rows = [
            [
                td(esc(m.name)),
                td(esc(m.role)),
                td(
                    esc(_("Ranked the objectives") if m.id in voted else _("Voting member"))
                    if m.votes
                    else f'<span class="muted">{esc(_("Took part without a vote"))}</span>'
                ),
            ]
            for m in members
        ]
        took_part = ngettext("{count} person took part.", "{count} people took part.", len(members))
        html += f"<p>{esc(took_part.format(count=len(members)))}</p>"
        html += grid([(N_("Name"), "34%"), (N_("Role"), "38%"), (N_("In the ranking"), "28%")], rows)
    if sessions:
        html += _agenda(sessions)
    return html


def _agenda(sessions: Sequence[AgendaSession]) -> str:
    """The retreat's sessions: a column per day (a row per session when the retreat is long)."""
    days = sorted({s.day for s in sessions})
    ran = ngettext("The retreat ran over {count} day:", "The retreat ran over {count} days:", len(days))
    html = f"<p>{esc(ran.format(count=len(days)))}</p>"
    if len(days) > 4:
        rows = [
            [td(esc(_("Day {day}").format(day=s.day)), "num"), td(esc(s.start)), td(esc(s.title))] for s in sessions
        ]
        return html + grid([(N_("Day"), "12%"), (N_("Start"), "12%"), (N_("Session"), "76%")], rows)
    width = f"{100 // len(days)}%"
    cells = [
        td(
            "<br>".join(
                f'<span class="muted">{esc(s.start)}</span>&#160; {esc(s.title)}' for s in sessions if s.day == day
            )
        )
        for day in days
    ]
    return html + grid([(_("Day {day}").format(day=day), width) for day in days], [cells])


def _recommendations(doc: PlanDocument) -> str:
    html = f"<h3>{esc(_('The external review and the response'))}</h3>"
    recommendations = doc.lists.rows(RECOMMENDATIONS)
    if not recommendations:
        return html + empty(_("No recommendations of an external review recorded."))
    rows = [
        [
            td(str(index), "num"),
            td(esc(r.text)),
            tier_cell(r.status, RESPONSE_COLORS),
            td(esc(r.response) or f'<span class="muted">{esc(_("No response recorded."))}</span>'),
        ]
        for index, r in enumerate(recommendations, 1)
    ]
    headers = [("#", "5%"), (N_("Recommendation"), "41%"), (N_("Status"), "17%"), (N_("Response"), "37%")]
    return html + grid(headers, rows)


# ------------------------------------------------------------ contribution


def _contribution(doc: PlanDocument) -> str:
    outcomes = doc.lists.rows(OUTCOMES)
    if not outcomes:
        return empty(_("No achievements recorded yet."))
    name = short_name(doc.plan.organisation) or _("the organisation")
    numbers = {o.id: o.number for o in doc.structure.objectives()}
    said = _("What has been achieved since the plan began, grouped by how much {organisation} added to each outcome.")
    html = f"<p>{esc(said.format(organisation=name))}</p>"
    for level in CONTRIBUTIONS:
        found = [o for o in outcomes if o.contribution == level]
        if not found:
            continue
        items = []
        for outcome in found:
            related = numbers_list([numbers[i] for i in doc.walkthrough.outcome_objectives(outcome.id) if i in numbers])
            tail = f' <span class="muted">({related})</span>' if related else ""
            evidence = f" {esc(outcome.evidence)}" if outcome.evidence.strip() else ""
            items.append(f"<b>{esc(outcome.title) or esc(_('Untitled outcome'))}.</b>{evidence}{tail}")
        label = _(ADDED_VALUE[level])
        html += (
            f'<h3>{esc(label)} <span style="font-size: 9pt; font-weight: normal;">'
            f"{_count_chip(level, len(found))}</span></h3>" + bullets(items)
        )
    missing = doc.walkthrough.objectives_without_outcome()
    if missing:
        said = esc(_("No outcome recorded yet for {objectives}.")).format(
            objectives=numbers_list([o.number for o in missing])
        )
        html += f'<p class="muted small">{said}</p>'
    return html


def _count_chip(level: str, count: int) -> str:
    color = CONTRIBUTION_COLORS[level]
    said = ngettext("{count} outcome", "{count} outcomes", count).format(count=count)
    return f'<span style="color: {color};">&#9632;</span> {esc(said)}'


# ----------------------------------------------------------------- context


def _context(doc: PlanDocument) -> str:
    sections = doc.context.sections()
    stakeholders = _stakeholders(doc)
    if not sections and not stakeholders:
        return empty(_("No context analysis recorded yet."))
    html = ""
    placed = False
    for section in sections:
        is_stakeholders = fold(section.title) in STAKEHOLDER_TITLES
        body = _section_body(doc, section)
        if is_stakeholders and stakeholders:
            body += stakeholders
            placed = True
        heading = esc(section.title) or esc(_("Untitled section"))
        html += f"<h3>{heading}</h3>" + (body or empty(_("Nothing recorded here.")))
    if stakeholders and not placed:
        html += f"<h3>{esc(_('Key stakeholders'))}</h3>" + stakeholders
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
        [td(f"<b>{esc(s.name)}</b>"), td(esc(rating_word(s.kind))), td(esc(s.role)), td(esc(s.needs))]
        for s in doc.lists.rows(STAKEHOLDERS)
    ]
    if not rows:
        return ""
    headers = [(N_("Stakeholder"), "26%"), (N_("Kind"), "12%"), (N_("Their role"), "31%"), (N_("What we need"), "31%")]
    return grid(headers, rows)
