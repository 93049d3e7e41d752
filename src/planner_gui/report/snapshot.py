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
from planner_gui.report.content import long_date
from planner_gui.report.markup import STYLE, TIER_COLORS, UNDECIDED, esc, grid, td, tier_cell
from planner_gui.report.picture import CHART_PREFIX, picture_html

__all__ = ["DIST_PREFIX", "snapshot_html", "snapshot_title"]

DIST_PREFIX = "dist:"
FLAG = "⚑ Discuss"


def snapshot_title(snapshot: ResultsSnapshot) -> str:
    return f"Ranking results — {snapshot.plan_title or 'the plan'}"


def _names(names: Sequence[str]) -> str:
    shown = [esc(n) for n in names]
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} and {shown[-1]}"


def _ways(snapshot: ResultsSnapshot) -> str:
    ballots = sum(snapshot.ways.values())
    if not ballots:
        parts = ["No ballots were cast"]
    else:
        parts = [
            f"{count} {'ballot' if count == 1 else 'ballots'} {WAYS.get(way, way)}"
            for way, count in snapshot.ways.items()
        ]
    if snapshot.hand_counted:
        objectives = "objective" if snapshot.hand_counted == 1 else "objectives"
        parts.append(f"votes counted by show of hands on {snapshot.hand_counted} {objectives}")
    return "; ".join(parts) + "."


def _row(index: int, row: SnapshotRow) -> list[str]:
    voted = sum(row.counts) > 0
    bar = f'<img src="{CHART_PREFIX}{DIST_PREFIX}{index}">' if voted else '<span class="muted">No votes</span>'
    return [
        td(f"Obj.&#160;{esc(row.number)}", "num"),
        td(esc(row.title)),
        td(bar),
        td(f"{row.mean:.1f}" if row.mean is not None else "—"),
        td(f"{row.consensus:.2f}" if row.consensus is not None else "—"),
        td('<b title="Discuss">⚑</b>' if row.contested else ""),  # the legend above says what it means
        tier_cell(row.decided or UNDECIDED, TIER_COLORS, None if row.decided else "Not decided"),
    ]


def snapshot_html(snapshot: ResultsSnapshot) -> str:
    """The whole snapshot; its bars and charts are ``chart:`` images for ``chart_objects`` to draw."""
    taken = snapshot.taken
    period = snapshot.period if snapshot.period not in snapshot.plan_title else ""
    plan = " · ".join(p for p in (snapshot.organisation, snapshot.plan_title, period) if p)
    voters = len(snapshot.voted) + len(snapshot.waiting)
    who = f"{len(snapshot.voted)} of {voters} voting members voted"
    who += f": {_names(snapshot.voted)}." if snapshot.voted else "."
    if snapshot.waiting:
        who += f" Not voted: {_names(snapshot.waiting)}."
    if snapshot.weighted:
        who += " Some ballots weigh more or less than one vote: the counts are weighted."
    headers = [
        ("Obj.", "7%"),
        ("Objective", "31%"),
        ("Votes: high, medium, low, dropped", "22%"),
        ("Mean", "7%"),
        ("Consensus", "13%"),
        ("Flag", "10%"),
        ("Decision", "10%"),
    ]
    rows = [_row(i, row) for i, row in enumerate(snapshot.rows)]
    return (
        f"<html><head><style>{STYLE}</style></head><body>"
        f"<h2>{esc(snapshot_title(snapshot))}</h2>"
        f'<p class="muted">{esc(plan)}</p>'
        f"<p>As revealed to the room on {esc(long_date(taken.date()))} at {taken:%H:%M}.</p>"
        f"<p>{who}</p>"
        f"<p>{esc(_ways(snapshot))}</p>"
        f'<p class="muted small">Mean: high 3, medium 2, low 1, dropped 0. Consensus: 1.00 when everyone voted '
        f"alike, 0.00 when the room split between the extremes; below {CONTESTED_BELOW:.2f} an objective is flagged "
        f"{FLAG}.</p>"
        f"{grid(headers, rows)}"
        f"{picture_html(snapshot.chart)}"
        "</body></html>"
    )
