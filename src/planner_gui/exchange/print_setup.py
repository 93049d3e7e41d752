"""How each sheet of the revised-plan workbook prints: readable type on A4 and on Letter, no page of a row or two.

Widths are reckoned for the widest rendering we know of: LibreOffice without
Calibri's metric twin (Carlito) measures a column's width unit on its fallback
font, 7 points a unit at 11 pt, where Excel's Calibri takes about 5.6. Paper is
the narrower of A4 and Letter across and the shorter of the two down, so one
setup suits both.

- A sheet whose columns fit across the page at :data:`MIN_SCALE` or more is
  fitted to the page's width (spreadsheets only ever shrink to fit, so where
  the font is narrower it prints at full size).
- A wider one is not fitted: it prints at :data:`MIN_SCALE` on as many pages
  across as it needs, its identifying columns repeated at the left of each.
- Rows are put on pages here, from the heights the writer gave them, at the
  largest scale the sheet can print at, with a page break after each page's
  last row: the spreadsheet never has to break on its own, so no page ends up
  with one stray row, and the last page of a sheet is given at least
  :data:`MIN_ROWS` rows by taking them from the page before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from planner_gui.i18n import _

UNIT_PT = 7.0  # a column width unit, in points, where it is widest (LibreOffice on a fallback font)
MIN_SCALE = 0.85  # 11-point text prints no smaller than 9.35 points
MIN_ROWS = 3  # rows a page carries at least, unless the sheet has fewer
FILL = 0.94  # of a page's height: room for a spreadsheet measuring its page a little shorter than here
MAX_BREAKS = 1000  # Excel keeps at most 1,026 manual breaks a sheet
MARGINS_IN = {"left": 0.5, "right": 0.5, "top": 0.6, "bottom": 0.75, "header": 0.3, "footer": 0.3}
# The printable area, in points: (width, height) across the narrower and down the shorter of A4 and Letter.
PAGE_PT = {
    "landscape": ((11.0 - 1.0) * 72, (8.27 - 1.35) * 72),
    "portrait": ((8.27 - 1.0) * 72, (11.0 - 1.35) * 72),
}


# The columns that say which row is which, printed at the left of every page across when a sheet is too wide.
KEY_COLUMNS = {
    "Objectives": "B:C",
    "Votes": "A:B",
    "Strategies": "A:B",
    "Goals": "A:B",
    "Actions": "A:B",
    "Targets": "A:B",
    "Countries": "A:C",
    "Continued": "A:C",
}


@dataclass(frozen=True)
class PrintPlan:
    """What a sheet's print setup comes to: fitted or at a fixed scale, and the rows each page ends on."""

    orientation: str
    fit: bool  # fit to the page's width (and any number of pages down)
    scale: float  # the largest scale the sheet prints at: 1 when fitted, MIN_SCALE when not
    breaks: tuple[int, ...]  # sheet row numbers that end a page (the last page's end is not listed)
    repeat_columns: str | None  # such as "B:C": columns printed at the left of every page across


def columns_width_pt(widths: Sequence[float]) -> float:
    return sum(widths) * UNIT_PT


def fits_across(widths: Sequence[float], orientation: str = "landscape") -> bool:
    """Whether columns this wide fit across the page at :data:`MIN_SCALE` or more."""
    return not widths or PAGE_PT[orientation][0] / columns_width_pt(widths) >= MIN_SCALE


def start_print(ws: Any, widths: Sequence[float], orientation: str = "landscape") -> None:
    """What must be set before a write-only sheet's first row: it writes its properties with it."""
    ws.sheet_properties.pageSetUpPr.fitToPage = fits_across(widths, orientation)


def plan_print(
    widths: Sequence[float],
    heights: Sequence[float],
    *,
    orientation: str = "landscape",
    first_row: int = 2,
    title_height: float = 15.0,
    keep_with_next: Sequence[bool] = (),
    key_columns: str | None = None,
) -> PrintPlan:
    """Plan the printing of a sheet whose rows from ``first_row`` on are ``heights`` points tall.

    ``title_height`` is the height of the rows repeated at the top of every page; a row whose
    ``keep_with_next`` is true is never the last of its page (a heading, or the first line of an item).
    """
    fit = fits_across(widths, orientation)
    page_height = PAGE_PT[orientation][1]
    scale = 1.0 if fit else MIN_SCALE
    capacity = (page_height / scale - title_height) * FILL
    ends = page_ends(heights, capacity, keep_with_next)
    breaks = tuple(first_row + end for end in ends) if len(ends) <= MAX_BREAKS else ()
    return PrintPlan(orientation, fit, scale, breaks, None if fit else key_columns)


def page_ends(heights: Sequence[float], capacity: float, keep_with_next: Sequence[bool] = ()) -> list[int]:
    """The 0-based index of the last row on each page but the last, filling pages up to ``capacity``.

    A row that must stay with the next one never ends a page (unless it starts it), and the last page
    takes rows from the one before until it has :data:`MIN_ROWS` (while that one keeps as many).
    """
    keep = list(keep_with_next) + [False] * (len(heights) - len(keep_with_next))
    starts = [0]
    used = 0.0
    for index, height in enumerate(heights):
        if used + height > capacity and index > starts[-1]:
            start = index
            while start - 1 > starts[-1] and keep[start - 1]:
                start -= 1  # carry the rows that belong with this one over with it
            starts.append(start)
            used = sum(heights[start:index])
        used += height
    if len(starts) > 1:
        last, before = starts[-1], starts[-2]
        short = MIN_ROWS - (len(heights) - last)
        if short > 0 and last - short - before >= MIN_ROWS:
            start = last - short
            while start - 1 > before and keep[start - 1]:
                start -= 1
            if start - before >= MIN_ROWS:
                starts[-1] = start
    return [start - 1 for start in starts[1:]]


def apply_print(ws: Any, plan: PrintPlan, footer: str, *, title_rows: str | None = "1:1") -> None:
    """Set a (write-only) sheet's page setup, margins, footer and manual page breaks from ``plan``."""
    from openpyxl.worksheet.pagebreak import Break

    setup = ws.page_setup
    setup.orientation = plan.orientation
    if plan.fit:
        setup.fitToWidth, setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    else:
        setup.scale = round(plan.scale * 100)
        setup.pageOrder = "overThenDown"  # each page's continuation across comes straight after it
        if plan.repeat_columns:
            ws.print_title_cols = plan.repeat_columns
    for side, inches in MARGINS_IN.items():
        setattr(ws.page_margins, side, inches)
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddFooter.left.text = footer.replace("&", "&&")[:200]
    ws.oddFooter.center.text = "&A"  # the sheet's name, so a printed page says what it is part of
    ws.oddFooter.right.text = _("Page &P of &N")
    for row in plan.breaks:
        ws.row_breaks.append(Break(id=row))
