"""How the workbook's sheets print: type no smaller than 9 pt, pages that never end with a stray row or two."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from planner_gui.exchange.plan_workbook import write_plan_workbook
from planner_gui.exchange.print_setup import MIN_ROWS, MIN_SCALE, PAGE_PT, UNIT_PT, page_ends


def pages(ends: list[int], count: int) -> list[int]:
    """Rows on each page, from the last row of each page but the last."""
    starts = [0, *(e + 1 for e in ends)]
    return [b - a for a, b in zip(starts, [*starts[1:], count], strict=True)]


@pytest.mark.parametrize("count", [1, 2, 3, 10, 31, 32, 33, 34, 95])
def test_no_page_is_left_with_fewer_than_three_rows(count: int) -> None:
    ends = page_ends([15.0] * count, capacity=15.0 * 31)
    sizes = pages(ends, count)
    assert sum(sizes) == count and all(s <= 31 for s in sizes)
    assert all(s >= MIN_ROWS for s in sizes) or count < MIN_ROWS


def test_a_heading_is_carried_over_with_the_rows_it_heads() -> None:
    heights = [15.0] * 10
    keep = [False] * 10
    keep[4] = True  # row 4 heads row 5: a page must not end on it
    ends = page_ends(heights, capacity=15.0 * 5, keep_with_next=keep)
    assert 4 not in ends and ends[0] == 3


def test_tall_rows_fill_pages_by_height() -> None:
    ends = page_ends([100.0, 100.0, 100.0, 400.0, 15.0, 15.0, 15.0], capacity=450.0)
    assert ends == [2]  # the tall row starts the second page, the short ones fit under it


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> openpyxl.Workbook:
    from planner_gui.core.sample import write_sample

    folder = tmp_path_factory.mktemp("print")
    doc = write_sample(folder / "sample.retreat")
    try:
        write_plan_workbook(doc, folder / "revised.xlsx", today=date(2014, 10, 15))
    finally:
        doc.close()
    return openpyxl.load_workbook(folder / "revised.xlsx")


def test_every_sheet_prints_at_9_points_or_more(workbook: openpyxl.Workbook) -> None:
    for ws in workbook.worksheets:
        widths = [ws.column_dimensions[c].width or 13 for c in _columns(ws)]
        across, _down = PAGE_PT[ws.page_setup.orientation]
        if ws.sheet_properties.pageSetUpPr.fitToPage:
            assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0, ws.title
            scale = min(1.0, across / (sum(widths) * UNIT_PT))  # what fitting to the width comes to, at worst
        else:
            scale = int(ws.page_setup.scale) / 100
        assert scale >= MIN_SCALE and 11 * scale >= 9, (ws.title, scale)


def test_every_page_break_leaves_at_least_three_rows_on_each_page(workbook: openpyxl.Workbook) -> None:
    for ws in workbook.worksheets[2:]:  # the data sheets
        breaks = [b.id for b in ws.row_breaks.brk]
        rows = ws.max_row - 1
        ends = [b - 2 for b in breaks]
        assert all(size >= MIN_ROWS for size in pages(ends, rows)) or rows < MIN_ROWS, ws.title


def _columns(ws: openpyxl.worksheet.worksheet.Worksheet) -> list[str]:
    hidden = {c for c, d in ws.column_dimensions.items() if d.hidden}
    from openpyxl.utils import get_column_letter

    letters = [get_column_letter(cell.column) for cell in ws[1]]
    return [c for c in letters if c not in hidden] or ["A"]


def test_a_sheet_too_wide_for_the_page_repeats_the_objectives_numbers_and_titles(workbook: openpyxl.Workbook) -> None:
    ws = workbook["Objectives"]
    assert not ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_cols == "$B:$C" and ws.page_setup.pageOrder == "overThenDown"


def test_what_prints_is_the_sample_in_few_pages(tmp_path: Path) -> None:
    from planner_gui.core.sample import write_sample

    doc = write_sample(tmp_path / "s.retreat")
    try:
        write_plan_workbook(doc, tmp_path / "w.xlsx")
    finally:
        doc.close()
    ws = openpyxl.load_workbook(tmp_path / "w.xlsx")["Revised plan"]
    assert len(ws.row_breaks.brk) <= 2  # the revised plan of 16 objectives: three pages at most
