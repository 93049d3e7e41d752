"""The export's floor: the same workbook's cells, already in memory, written the fastest way the program knows.

    python benchmarks/export_floor.py CELLS.pickle OUT.xlsx      (a whole process: what ``run.py`` times)

:func:`record` catches every cell the program writes while it exports a plan
(``files.py`` does, once, untimed): each sheet's values row by row, each
cell's style (font, fill, border, alignment, number format), the row heights,
column widths and formats, frozen header, filter and print setup; and the Charts sheet (a few
rows and two charts, whatever the plan's size) is drawn by the program's own
function from what the program drew it from. :func:`write_book` then
writes those cells into a new workbook with the program's own writing
technique (``exchange/styled_sheet.py``: openpyxl's write-only sheet, one
reused cell per style, its style number worked out once), under a temporary
name that is synced to disk and renamed into place, as the program's export
does. So the floor writes the same file by the same means, and does nothing
else: no reading of the plan, no cleaning of text or counting of wrapped lines,
no choosing of styles. Whatever the program spends beyond it is the cost of
getting the cells out of the plan. As a whole process it also loads the cells
from a pickle (reported as ``load``), where the program reads them from SQLite.
"""

from __future__ import annotations

import time

STARTED = time.monotonic()

import copy  # noqa: E402
import os  # noqa: E402
import pickle  # noqa: E402
import sys  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from child import report  # noqa: E402
from openpyxl import Workbook  # noqa: E402
from openpyxl.cell import WriteOnlyCell  # noqa: E402
from openpyxl.styles.numbers import BUILTIN_FORMATS  # noqa: E402

from planner_gui.exchange import charts_sheet  # noqa: E402
from planner_gui.exchange.styled_sheet import LookCell, StyledSheet  # noqa: E402

Style = tuple[Any, Any, Any, Any, str]  # font, fill, border, alignment, number format
LAYOUT = ("page_margins", "print_options", "HeaderFooter", "row_breaks", "col_breaks")
SETTINGS = (
    "freeze_panes",
    "print_title_rows",
    "print_title_cols",
    "auto_filter.ref",
    "page_setup.orientation",
    "page_setup.fitToWidth",
    "page_setup.fitToHeight",
    "sheet_properties.pageSetUpPr.fitToPage",
    "print_options.gridLines",
    "sheet_view.showGridLines",
    "oddFooter.left.text",
    "oddFooter.right.text",
)


@dataclass
class SheetCells:
    """One sheet as written: its rows' values, each cell's style (an index into the book's), its layout."""

    title: str
    rows: list[list[Any]] = field(default_factory=list)
    styles: list[bytes] = field(default_factory=list)  # per row, each cell's style index
    heights: dict[int, float] = field(default_factory=dict)
    widths: dict[str, float] = field(default_factory=dict)
    formats: dict[str, str] = field(default_factory=dict)  # columns typed into as text (labels such as "1.10")
    settings: dict[str, Any] = field(default_factory=dict)
    merged: list[str] = field(default_factory=list)  # the Revised plan's headings across the page
    layout: dict[str, Any] = field(default_factory=dict)  # margins, print options and breaks, as objects
    charts: tuple[Any, ...] | None = None  # the Charts sheet: what the program drew it from, to draw it alike


@dataclass
class BookCells:
    sheets: list[SheetCells] = field(default_factory=list)
    styles: list[Style] = field(default_factory=list)

    @property
    def cells(self) -> int:
        return sum(len(row) for sheet in self.sheets for row in sheet.rows)


def _get(obj: Any, dotted: str) -> Any:
    for name in dotted.split("."):
        obj = getattr(obj, name)
    return obj


def _set(obj: Any, dotted: str, value: Any) -> None:
    *path, last = dotted.split(".")
    setattr(_get(obj, ".".join(path)) if path else obj, last, value)


@contextmanager
def record() -> Iterator[BookCells]:
    """While inside, every workbook the program writes through ``StyledSheet`` is noted in the book yielded."""
    book = BookCells()
    sheets: list[tuple[Any, SheetCells]] = []
    index: dict[tuple[int, ...], int] = {}
    add = StyledSheet.__dict__["add"]
    had_append = "append" in StyledSheet.__dict__
    append = StyledSheet.append
    draw_charts = charts_sheet.write_charts

    def style_index(ws: Any, cell: Any) -> int:
        key = tuple(cell._style)
        found = index.get(key)
        if found is None:
            wb, style = ws.parent, cell._style
            number_format = BUILTIN_FORMATS.get(style.numFmtId) or wb._number_formats[style.numFmtId - 164]
            described = (
                wb._fonts[style.fontId],
                wb._fills[style.fillId],
                wb._borders[style.borderId],
                wb._alignments[style.alignmentId],
                number_format,
            )
            found = index[key] = len(book.styles)
            assert found < 256, "a style's index is kept in a byte"
            book.styles.append(described)
        return found

    def recording_add(cls: type[StyledSheet], wb: Any, title: str) -> StyledSheet:
        ws = add.__func__(cls, wb, title)
        sheets.append((ws, SheetCells(title)))
        return ws

    def recording_append(ws: Any, row: list[tuple[Any, Any]]) -> None:
        sheet = next(cells for sheet, cells in reversed(sheets) if sheet is ws)
        sheet.rows.append([value for value, _ in row])
        sheet.styles.append(bytes(style_index(ws, cell) for _, cell in row))
        append(ws, row)

    def recording_charts(wb: Any, *args: Any) -> None:  # a few rows and two charts, whatever the plan's size
        draw_charts(wb, *args)
        sheets.append((None, SheetCells(charts_sheet.CHARTS, charts=args)))

    StyledSheet.add = classmethod(recording_add)  # type: ignore[method-assign, assignment]
    StyledSheet.append = recording_append  # type: ignore[method-assign, assignment]
    charts_sheet.write_charts = recording_charts  # type: ignore[assignment]
    try:
        yield book
    finally:
        charts_sheet.write_charts = draw_charts  # type: ignore[assignment]
        StyledSheet.add = add  # type: ignore[method-assign]
        if had_append:
            StyledSheet.append = append  # type: ignore[method-assign]
        else:
            del StyledSheet.append
    for ws, sheet in sheets:
        if ws is None:
            book.sheets.append(sheet)
            continue
        sheet.heights = {r: d.height for r, d in ws.row_dimensions.items() if d.height is not None}
        sheet.widths = {c: d.width for c, d in ws.column_dimensions.items()}
        sheet.formats = {c: d.number_format for c, d in ws.column_dimensions.items() if d.number_format != "General"}
        sheet.settings = {name: _get(ws, name) for name in SETTINGS}
        sheet.merged = [str(cells) for cells in ws.merged_cells.ranges]
        sheet.layout = {name: copy.deepcopy(getattr(ws, name)) for name in LAYOUT}
        sheet.settings |= {f"page_setup.{name}": getattr(ws.page_setup, name) for name in ws.page_setup.__attrs__}
        book.sheets.append(sheet)


def write_book(book: BookCells, path: Path) -> None:
    """Write the cells to ``path`` as the program writes them: styled cells, reused, then synced and renamed."""
    wb = Workbook(write_only=True)
    made: dict[int, Any] = {}  # each style, made in this workbook when first used (openpyxl numbers them so)

    def style(index: int, ws: Any) -> Any:
        if index not in made:
            font, fill, border, alignment, number_format = book.styles[index]
            proto = WriteOnlyCell(ws, None)
            proto.font, proto.fill, proto.border, proto.alignment = font, fill, border, alignment
            proto.number_format = number_format
            made[index] = proto._style
        return made[index]

    for sheet in book.sheets:
        if sheet.charts is not None:
            charts_sheet.write_charts(wb, *sheet.charts)  # the program's own drawing of the Charts sheet
            continue
        ws: Any = StyledSheet.add(wb, sheet.title)
        for column, width in sheet.widths.items():
            ws.column_dimensions[column].width = width
        for column, number_format in sheet.formats.items():
            ws.column_dimensions[column].number_format = number_format
        for name, value in sheet.settings.items():
            _set(ws, name, value)
        for cells in sheet.merged:
            ws.merged_cells.add(cells)
        for name, value in sheet.layout.items():
            setattr(ws, name, value)
        used = dict.fromkeys(i for styles in sheet.styles for i in styles)  # in the order first used
        looks = [None] * len(book.styles)
        for i in used:
            looks[i] = LookCell(ws, style(i, ws))
        heights, look = sheet.heights, looks.__getitem__
        for number, (values, styles) in enumerate(zip(sheet.rows, sheet.styles, strict=True), start=1):
            if number in heights:
                ws.row_dimensions[number].height = heights[number]
            ws.append(list(zip(values, map(look, styles), strict=True)))
    tmp = path.with_name(f".{path.name}.writing")
    wb.save(tmp)
    with open(tmp, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def main() -> int:
    cells, out = Path(sys.argv[1]), Path(sys.argv[2])
    started = time.perf_counter()
    with open(cells, "rb") as handle:
        book: BookCells = pickle.load(handle)
    loaded = time.perf_counter()
    write_book(book, out)
    done = time.perf_counter()
    report({"load": loaded - started, "write": done - loaded, "cells": book.cells})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
