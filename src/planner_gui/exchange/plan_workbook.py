"""Writing the revised-plan workbook (and the empty template) with openpyxl, formatted for circulation.

Every data sheet is a table: a bold, frozen header row with an autofilter,
wrapped text, set widths, and print setup (``print_setup``: landscape, type
never below 9 pt, the header row on every page, no page of a row or two, the
plan's name, the sheet's and the page number in the footer). Two sheets made to
be read come first: the "Revised plan" and the "Charts" (``revised_plan_sheet``,
``charts_sheet``); the importer reads neither. What people
typed is always written as text, never as a formula. A text longer than a
cell can hold is cut into parts on the ``Continued`` sheet, with a note in the
cell saying so. The file is written under a temporary name and renamed into
place, so a failed or cancelled export leaves an earlier file untouched.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import suppress
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from planner_gui.core.colors import PRIORITY_COLORS
from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import FileAccessError, PlanError
from planner_gui.core.planfile import refuse_writing_over_a_plan
from planner_gui.core.safe_files import replace_into_place, sweep_leftovers, sync_file, temporary_path
from planner_gui.core.tally import parse_priority
from planner_gui.exchange.cells import clean_text
from planner_gui.exchange.plan_sheets import (
    CONTEXT_OF,
    CONTINUED,
    CONTINUED_HEADERS,
    CONTINUED_NOTE,
    SHEETS,
    SPECS,
    Cell,
    SheetSpec,
    Table,
    plan_tables,
    sheet_title,
    shown_headers,
    vote_headers,
)
from planner_gui.exchange.print_setup import KEY_COLUMNS, apply_print, plan_print, start_print
from planner_gui.i18n import N_, _, speaking

CELL_LIMIT = 32_767  # Excel's most characters in one cell (UTF-16 units: an emoji is two)
INSTRUCTIONS = N_("Instructions")
HEADER_FILL = "DCE3EC"
LINE_HEIGHT, MAX_ROW_HEIGHT = 15, 409  # points: one line of 11-point text; the most a row can be
LABEL_HEADERS = frozenset({"Number", "Goal", "Related objective", "Objectives", "No.", "Strategy no."})
"""Columns of numbers that are labels ("1.10", "A", "8, 10"), formatted as text so what is typed stays as typed."""
EXTRA_WIDTH = 10  # a column beyond a sheet's own (a member's votes): "Medium" and a name on two lines
Look = tuple[str, bool, str | None]  # kind ("text", "float", "other"), header, priority
Progress = Callable[[int, int], None]  # (rows written, rows in all); may raise ExportCancelled


class ExportCancelled(PlanError):
    """The person asked to stop; nothing was written."""

    def __init__(self) -> None:
        super().__init__(_("The export was cancelled; nothing was written."))


def write_plan_workbook(
    doc: PlanDocument, path: Path, *, progress: Progress | None = None, today: date | None = None
) -> None:
    """Write the revised plan to ``path`` (.xlsx), in the language of the plan's documents."""
    with speaking(doc.plan.language):
        _write_plan_workbook(doc, Path(path), progress, today)


def _write_plan_workbook(doc: PlanDocument, path: Path, progress: Progress | None, today: date | None) -> None:
    from planner_gui.core.board_paper import board_paper

    tables = plan_tables(doc, today=today)
    headers = {spec.name: spec.headers for spec in SHEETS} | {"Votes": vote_headers(doc)}
    title = doc.plan.title or doc.path.stem
    paper = board_paper(doc)

    def front(wb: Any, footer: str) -> None:  # the sheets made to be read, ahead of the data
        from planner_gui.exchange.charts_sheet import write_charts
        from planner_gui.exchange.revised_plan_sheet import write_revised_plan

        write_revised_plan(wb, paper, footer)
        write_charts(wb, paper, footer)

    sheets = [(SPECS[name], headers[name], tables[name]) for name in tables]
    _save(Path(path), title, sheets, progress, front=front)


def write_template(path: Path) -> None:
    """An empty plan workbook: every sheet with its headers, and an instructions sheet first (in the language
    spoken now: the person's)."""
    sheets: list[tuple[SheetSpec, Sequence[str], Table]] = [
        (spec, spec.headers, []) for spec in SHEETS if spec.name != "Changes"
    ]
    plan_rows: Table = [[_(label), ""] for label in _plan_labels()]
    sheets[0] = (SHEETS[0], SHEETS[0].headers, plan_rows)
    _save(Path(path), _("Plan template"), sheets, None, instructions=True)


def _plan_labels() -> list[str]:
    from planner_gui.exchange.plan_sheets import CAP_FIELD, LANGUAGE_FIELD, PLAN_FIELDS, VOTES_FIELD

    return [*(label for label, _field in PLAN_FIELDS), CAP_FIELD, VOTES_FIELD, LANGUAGE_FIELD]


def _save(
    path: Path,
    title: str,
    sheets: Sequence[tuple[SheetSpec, Sequence[str], Table]],
    progress: Progress | None,
    *,
    instructions: bool = False,
    front: Callable[[Any, str], None] | None = None,
) -> None:
    from openpyxl import Workbook

    if path.is_dir():
        raise FileAccessError(_("{path} is a folder. Choose a file name ending in .xlsx.").format(path=path))
    if not path.parent.is_dir():
        raise FileAccessError(_("The folder {folder} does not exist.").format(folder=path.parent))
    refuse_writing_over_a_plan(path)
    wb = Workbook(write_only=True)
    writer = _SheetWriter(wb, title, sum(len(rows) for _, _, rows in sheets), progress)
    sweep_leftovers(path)  # what an export killed before it finished left beside the workbook
    tmp = temporary_path(path, "writing")
    try:
        try:
            if instructions:
                writer.instructions()
            if front is not None:
                front(wb, clean_text(title))
            for spec, headers, rows in sheets:
                writer.table(spec.name, headers, _widths(spec, headers), rows)
            if writer.continued:
                writer.table(CONTINUED, CONTINUED_HEADERS, (14, 10, 6, 100), writer.continued, split=False)
            wb.save(tmp)
        except BaseException:
            _discard(wb)
            raise
        sync_file(tmp)
        replace_into_place(tmp, path)
    except PermissionError:
        raise FileAccessError(
            _("You don't have permission to write {path}. Nothing was written there.").format(path=path)
        ) from None
    except OSError as error:
        raise FileAccessError(
            _("The workbook could not be written to {path}: {error}. Nothing was written there.").format(
                path=path, error=error.strerror or error
            )
        ) from None
    finally:
        with suppress(OSError):  # on a write-protected stick even removing fails: keep the real error
            tmp.unlink(missing_ok=True)


def _fitting(text: str, limit: int) -> int:
    """How many of ``text``'s characters fit in ``limit`` as Excel and LibreOffice count a cell: in UTF-16
    units, where a character beyond the first 65,536 (an emoji) is two. Never half of one."""
    units = 0
    for index, char in enumerate(text):
        units += 2 if ord(char) > 0xFFFF else 1
        if units > limit:
            return index
    return len(text)


def _per_line(width: float) -> int:
    """Characters on a line of a column ``width`` characters wide, at the least (proportional fonts, and a
    spreadsheet drawing in a wider font than Calibri): a row made tall enough for them never cuts text off."""
    return max(1, int(width * 1.1) - 1)


def _lines(text: str, per_line: int) -> int:
    """Lines ``text`` takes wrapped in a column with ``per_line`` characters on a line."""
    return sum(max(1, -(-len(paragraph) // per_line)) for paragraph in text.split("\n"))


def _discard(wb: Any) -> None:
    """Close a half-written workbook's sheets and remove the temporary files openpyxl streams them to."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        with suppress(Exception):
            ws.close()
        with suppress(Exception):
            writer.cleanup()


def _widths(spec: SheetSpec, headers: Sequence[str]) -> list[int]:
    known = dict(zip(spec.headers, spec.widths, strict=True))
    return [known.get(h, EXTRA_WIDTH) for h in headers]


class _SheetWriter:
    def __init__(self, wb: Any, title: str, total: int, progress: Progress | None) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        self.wb, self.title, self.total, self.progress = wb, title, total, progress
        self.done = 0
        self.continued: Table = []
        self.bold = Font(name="Calibri", bold=True)  # the workbook's own font, in bold
        self.title_font = Font(name="Calibri", bold=True, size=14)
        self.header_fill = PatternFill("solid", start_color=HEADER_FILL)
        self.header_border = Border(bottom=Side(style="thin", color="7A8899"))
        self.wrap = Alignment(wrap_text=True, vertical="top")
        self.top = Alignment(vertical="top")
        self.looks: dict[Look, Any] = {}  # each look's style (a StyleArray)
        self.fills = {p: PatternFill("solid", start_color=c.lstrip("#")) for p, c in PRIORITY_COLORS.items()}

    def instructions(self) -> None:
        from openpyxl.cell import WriteOnlyCell

        ws = self.wb.create_sheet(_(INSTRUCTIONS))
        ws.column_dimensions["A"].width = 100
        ws.page_setup.orientation = "landscape"
        lines = [
            _("How to fill this plan workbook"),
            _("Fill in the sheets you need; leave the others empty. Keep each sheet's header row as it is."),
            _(
                "Plan: one value per field. Goals: one row per goal. Objectives: one row per objective, "
                "its Goal column holding the goal's number. Numbers are labels (1, 2.3, A) and are kept as written."
            ),
            _("Then: planner-gui import-plan NEW.retreat THIS.xlsx (or File > New from spreadsheet… in the program)."),
            _("Headers, sheet names and words such as High or Active may be written in English, French or Spanish."),
            "",
            *(
                _("{sheet}: {about}.").format(sheet=_(spec.name), about=_(spec.about))
                for spec in SHEETS
                if spec.name != "Changes"
            ),
        ]
        for line in lines:
            cell = WriteOnlyCell(ws, clean_text(line))
            cell.data_type = "s"
            cell.alignment = self.wrap
            if line is lines[0]:
                cell.font = self.title_font
            ws.append([cell])

    def table(
        self, name: str, headers: Sequence[str], widths: Sequence[int], rows: Table, *, split: bool = True
    ) -> None:
        from openpyxl.utils import get_column_letter

        from planner_gui.exchange.styled_sheet import Looks, StyledSheet

        ws: Any = StyledSheet.add(self.wb, sheet_title(name))  # openpyxl's types don't have its sheet's settings
        last = get_column_letter(len(headers))
        for index, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(index)].width = width
        for index, header in enumerate(headers, start=1):
            if header in LABEL_HEADERS and (name, header) not in CONTEXT_OF:  # (a target's Number is a quantity)
                # Typed into, a label column keeps what is typed as text: "1.10" stays "1.10", never 1.1.
                ws.column_dimensions[get_column_letter(index)].number_format = "@"
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
        ws.print_options.gridLines = True
        start_print(ws, widths)
        per_line = [_per_line(width) for width in widths]
        written = shown_headers(headers, name)
        header_lines = max(_lines(h, max(1, n - 1)) for h, n in zip(written, per_line, strict=False))  # bold: wider
        if header_lines > 1:
            ws.row_dimensions[1].height = LINE_HEIGHT * header_lines
        heights: list[float] = []
        looks: Looks[Look] = Looks(ws, lambda look: self._look(ws, look))  # each look's cell, for every value of it
        ws.append([(clean_text(h)[:CELL_LIMIT], looks["text", True, None]) for h in written])  # Votes: names, cleaned
        priority_columns = {i for i, h in enumerate(headers) if h == "Priority"}
        if name == "Votes" and "Objective" in headers:
            priority_columns |= set(range(2, len(headers)))
        narrowest = _per_line(EXTRA_WIDTH)  # a column beyond the widths given
        for row_number, row in enumerate(rows, start=2):
            cells: list[tuple[Cell, Any]] = []  # (value, the cell of its look)
            lines = 1
            for index, value in enumerate(row):
                if isinstance(value, str):
                    value = clean_text(value)
                    if len(value) > CELL_LIMIT // 2 and _fitting(value, CELL_LIMIT) < len(value):
                        ref = f"{get_column_letter(index + 1)}{row_number}"
                        value = self._split(name, ref, value) if split else value[: _fitting(value, CELL_LIMIT)]
                    chars = per_line[index] if index < len(per_line) else narrowest
                    if len(value) > chars or "\n" in value:  # else one line: most cells
                        lines = max(lines, _lines(value, chars))
                    tier = self._priority(value) if value and index in priority_columns else None
                    cells.append((value, looks["text", False, tier]))
                else:
                    cells.append((value, looks["float" if isinstance(value, float) else "other", False, None]))
            height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines)
            if lines > 1:  # wrapped text shows whole: spreadsheets don't all fit rows to it by themselves
                ws.row_dimensions[row_number].height = height
            heights.append(height)
            ws.append(cells)
            self.done += 1
            if self.progress is not None and (self.done % 200 == 0 or self.done == self.total):
                self.progress(self.done, self.total)
        plan = plan_print(widths, heights, title_height=LINE_HEIGHT * header_lines, key_columns=KEY_COLUMNS.get(name))
        apply_print(ws, plan, clean_text(self.title))

    def _split(self, sheet: str, ref: str, text: str) -> str:
        """Keep the first part in the cell (saying so) and the rest, part by part, on the Continued sheet."""
        note = _(CONTINUED_NOTE)
        head = _fitting(text, CELL_LIMIT - len(note))
        start, part = head, 2
        while start < len(text):
            end = start + _fitting(text[start:], CELL_LIMIT)
            self.continued.append([sheet_title(sheet), ref, part, text[start:end]])
            start, part = end, part + 1
        return text[:head] + note

    def _look(self, ws: Any, look: Look) -> Any:
        """A look's style, made once for the workbook, where it is first needed (openpyxl numbers styles as made)."""
        style = self.looks.get(look)
        if style is None:
            style = self.looks[look] = self._style(ws, *look)
        return style

    def _style(self, ws: Any, kind: str, header: bool, priority: str | None) -> Any:
        from openpyxl.cell import WriteOnlyCell

        proto = WriteOnlyCell(ws, None)
        proto.alignment = self.wrap if kind == "text" else self.top
        if kind == "float":
            proto.number_format = "0.00"
        if header:
            proto.font, proto.fill, proto.border = self.bold, self.header_fill, self.header_border
        elif priority is not None:
            proto.fill, proto.font = self.fills[priority], self.bold
        return proto._style  # type: ignore[attr-defined]

    @staticmethod
    @cache
    def _priority(value: str) -> str | None:
        try:
            return parse_priority(value)
        except ValueError:
            return None
