"""The report's "The room's picture": where its charts go, as placeholders in the HTML. Qt-free.

The charts themselves are painted by ``chart_objects`` (QtGui), which puts a
drawn object in place of each ``<img src="chart:…">`` once the HTML is laid
out: a stacked-bar chart for every :data:`BARS_PER_CHART` objectives (so no
chart is taller than a page), then the mean-against-consensus scatter.
"""

from __future__ import annotations

from collections.abc import Sequence

from planner_gui.core.board_paper import ChartRow
from planner_gui.core.tally import CONTESTED_BELOW
from planner_gui.i18n import N_, _, format_decimal
from planner_gui.report.markup import empty, esc

__all__ = ["BARS_PER_CHART", "CHART_PREFIX", "PICTURE", "bar_chunks", "picture_html"]

CHART_PREFIX = "chart:"
BARS_PER_CHART = 30


def bar_chunks(rows: Sequence[ChartRow]) -> list[Sequence[ChartRow]]:
    """The objectives of each bar chart, in plan order."""
    return [rows[i : i + BARS_PER_CHART] for i in range(0, len(rows), BARS_PER_CHART)]


PICTURE = N_("The room's picture")


def picture_html(rows: Sequence[ChartRow]) -> str:
    heading = _(PICTURE)
    html = f"<h3>{esc(heading)}</h3>"
    if not any(sum(row.counts) > 0 for row in rows):
        return html + empty(_("No votes recorded yet: the picture appears once the board has ranked the objectives."))
    votes = _("Votes per objective, in the plan's order")
    html += f"<h4>{esc(votes)}</h4>"
    html += "".join(f'<p><img src="{CHART_PREFIX}bars:{i}"></p>' for i in range(len(bar_chunks(rows))))
    bars = _("Each bar is an objective's votes, a segment for each tier, its count written on it where it fits.")
    scatter = _(
        "Each objective's mean score (high 3 … dropped 0) against its consensus (1 when everyone voted alike). "
        "Below a consensus of {contested} the room was split: those objectives were discussed before the board "
        "decided. Dots are coloured by the board's decision; objectives voted alike share a dot."
    ).format(contested=format_decimal(CONTESTED_BELOW, 1))
    html += (
        f'<p class="muted small">{esc(bars)}</p>'
        f"<h4>{esc(_('Where the board agrees, and where it is split'))}</h4>"
        f'<p><img src="{CHART_PREFIX}scatter"></p>'
        f'<p class="muted small">{esc(scatter)}</p>'
    )
    return html
