"""The results snapshot for the minutes, as HTML for the report's paper (Qt-free).

One page or two: the plan and the moment, who voted and by which way, then
every objective's votes (a bar with its counts, mean, consensus, the ⚑ Discuss
flag and the board's decision), then the room's picture. The bars are drawn
objects (``chart_objects``: ``dist:N`` is the row ``N``'s bar), as the charts are.
"""

from __future__ import annotations

from collections.abc import Sequence

from planner_gui.core.results_snapshot import WAYS, ResultsSnapshot, SnapshotRow
from planner_gui.core.tally import CONTESTED_BELOW
from planner_gui.i18n import N_, _, format_decimal, ngettext, speaking
from planner_gui.report.content import long_date
from planner_gui.report.markup import STYLE, TIER_COLORS, UNDECIDED, esc, grid, td, tier_cell
from planner_gui.report.picture import CHART_PREFIX, picture_html

__all__ = ["DIST_PREFIX", "snapshot_html", "snapshot_title"]

DIST_PREFIX = "dist:"
FLAG = N_("⚑ Discuss")


def snapshot_title(snapshot: ResultsSnapshot) -> str:
    """The title, in the language spoken now (the plan's, while the snapshot is written)."""
    return _("Ranking results — {plan}").format(plan=snapshot.plan_title or _("the plan"))


def _names(names: Sequence[str]) -> str:
    shown = [esc(n) for n in names]
    return (
        shown[0]
        if len(shown) == 1
        else esc(_("{items} and {last}")).format(items=", ".join(shown[:-1]), last=shown[-1])
    )


def _ways(snapshot: ResultsSnapshot) -> str:
    ballots = sum(snapshot.ways.values())
    if not ballots:
        parts = [_("No ballots were cast")]
    else:
        parts = [
            ngettext("{count} ballot {way}", "{count} ballots {way}", count).format(
                count=count, way=_(WAYS[way]) if way in WAYS else way
            )
            for way, count in snapshot.ways.items()
        ]
    if snapshot.hand_counted:
        parts.append(
            ngettext(
                "votes counted by show of hands on {count} objective",
                "votes counted by show of hands on {count} objectives",
                snapshot.hand_counted,
            ).format(count=snapshot.hand_counted)
        )
    return "; ".join(parts) + "."


def _row(index: int, row: SnapshotRow) -> list[str]:
    voted = sum(row.counts) > 0
    bar = (
        f'<img src="{CHART_PREFIX}{DIST_PREFIX}{index}">'
        if voted
        else f'<span class="muted">{esc(_("No votes"))}</span>'
    )
    return [
        td(f"Obj.&#160;{esc(row.number)}", "num"),
        td(esc(row.title)),
        td(bar),
        td(format_decimal(row.mean, 1) if row.mean is not None else "—"),
        td(format_decimal(row.consensus, 2) if row.consensus is not None else "—"),
        td(f'<b title="{esc(_("Discuss"))}">⚑</b>' if row.contested else ""),  # the legend above says what it means
        tier_cell(row.decided or UNDECIDED, TIER_COLORS, None if row.decided else _("Not decided")),
    ]


def snapshot_html(snapshot: ResultsSnapshot) -> str:
    """The whole snapshot, in the plan's language; its bars and charts are ``chart:`` images for ``chart_objects``."""
    with speaking(snapshot.language):
        return _snapshot_html(snapshot)


def _snapshot_html(snapshot: ResultsSnapshot) -> str:
    taken = snapshot.taken
    period = snapshot.period if snapshot.period not in snapshot.plan_title else ""
    plan = " · ".join(p for p in (snapshot.organisation, snapshot.plan_title, period) if p)
    voters = len(snapshot.voted) + len(snapshot.waiting)
    who = esc(_("{voted} of {voters} voting members voted").format(voted=len(snapshot.voted), voters=voters))
    who += f": {_names(snapshot.voted)}." if snapshot.voted else "."
    if snapshot.waiting:
        who += " " + esc(_("Not voted: {names}.")).format(names=_names(snapshot.waiting))
    if snapshot.weighted:
        who += " " + esc(_("Some ballots weigh more or less than one vote: the counts are weighted."))
    headers = [
        (N_("Obj."), "7%"),
        (N_("Objective"), "31%"),
        (N_("Votes: high, medium, low, dropped"), "22%"),
        (N_("Mean"), "7%"),
        (N_("Consensus"), "13%"),
        (N_("Flag"), "10%"),
        (N_("Decision"), "10%"),
    ]
    revealed = _("As revealed to the room on {date} at {time}.").format(
        date=long_date(taken.date()), time=f"{taken:%H:%M}"
    )
    legend = _(
        "Mean: high 3, medium 2, low 1, dropped 0. Consensus: {one} when everyone voted alike, {zero} when the "
        "room split between the extremes; below {contested} an objective is flagged {flag}."
    ).format(
        one=format_decimal(1, 2),
        zero=format_decimal(0, 2),
        contested=format_decimal(CONTESTED_BELOW, 2),
        flag=_(FLAG),
    )
    rows = [_row(i, row) for i, row in enumerate(snapshot.rows)]
    return (
        f"<html><head><style>{STYLE}</style></head><body>"
        f"<h2>{esc(snapshot_title(snapshot))}</h2>"
        f'<p class="muted">{esc(plan)}</p>'
        f"<p>{esc(revealed)}</p>"
        f"<p>{who}</p>"
        f"<p>{esc(_ways(snapshot))}</p>"
        f'<p class="muted small">{esc(legend)}</p>'
        f"{grid(headers, rows)}"
        f"{picture_html(snapshot.chart)}"
        "</body></html>"
    )
