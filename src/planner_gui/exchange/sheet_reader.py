"""One sheet of a handed-over workbook as rows keyed by header, each problem noted by sheet, row and column."""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from planner_gui.core.errors import PlanError
from planner_gui.core.numbers import MAX_NUMBER, typed_number
from planner_gui.core.words import Vocabulary, fold, listed, read_word, shown
from planner_gui.exchange.cells import cell_text, clean_text
from planner_gui.exchange.safe_workbook import UNSAVED_FORMULA, Merge, SheetMarks, has_cells
from planner_gui.i18n import _, format_integer, in_every_language, ngettext

MAX_ROWS = 50_000  # rows of one sheet: a plan of 2,000 objectives needs a few thousand
MAX_COLUMNS = 200


@dataclass(frozen=True)
class SheetProblem:
    sheet: str  # as the workbook names it ("Objectifs")
    row: int | None
    column: str | None  # "D (Priority)", its header as the workbook has it
    message: str
    key: str = field(default="", compare=False)  # the sheet's English name, which orders the problems

    def __str__(self) -> str:
        where = [
            self.sheet,
            _("row {row}").format(row=self.row) if self.row else "",
            _("column {column}").format(column=self.column) if self.column else "",
        ]
        return _("{where}: {problem}").format(where=", ".join(w for w in where if w), problem=self.message)


class PlanWorkbookError(PlanError):
    """A workbook that can't become a plan; ``problems`` lists every one found."""

    SHOWN = 25

    def __init__(self, path: Path, problems: Sequence[SheetProblem]) -> None:
        self.path, self.problems = Path(path), list(problems)
        lines = [str(p) for p in self.problems[: self.SHOWN]]
        if len(self.problems) > self.SHOWN:
            more = len(self.problems) - self.SHOWN
            lines.append(ngettext("… and {more} more problem.", "… and {more} more problems.", more).format(more=more))
        count = len(self.problems)
        head = ngettext(
            "{name} can't be read as a plan ({count} problem); nothing was made:",
            "{name} can't be read as a plan ({count} problems); nothing was made:",
            count,
        ).format(name=self.path.name, count=count)
        super().__init__("\n".join([head, *lines]))


@dataclass
class SheetRows:
    """A sheet's rows as {header: value}, with what is needed to point at a cell."""

    name: str  # the sheet's English name, the key it is known by
    columns: dict[str, int]  # header (its English words) -> 0-based column
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (row number, values)
    problems: list[SheetProblem] = field(default_factory=list)
    continued: dict[str, list[str]] = field(default_factory=dict)  # "E5" -> parts 2, 3... of a long text
    merged: list[Merge] = field(default_factory=list)  # merged ranges over the rows read (each one a problem)
    title: str = ""  # the sheet's name as the workbook has it, in whatever language (the name if none)
    written: dict[str, str] = field(default_factory=dict)  # header -> as the workbook has it
    _failed: set[tuple[int, str]] = field(default_factory=set, repr=False)  # (row, column) of each cell's problem

    def where(self, header: str) -> str:
        from openpyxl.utils import get_column_letter

        index = self.columns.get(header)
        shown = self.written.get(header) or _(header)
        return f"{get_column_letter(index + 1)} ({shown})" if index is not None else shown

    def fail(self, row: int | None, header: str | None, message: str) -> None:
        index = self.columns.get(header) if header else None
        if row and index is not None and any(m.covers(row, index + 1) for m in self.merged):
            return  # a blank under a merged range: the merge is the problem, and it is reported once
        column = self.where(header) if header else None
        if row and column:
            if (row, column) in self._failed:
                return  # one problem a cell: a formula with no value is not also "empty"
            self._failed.add((row, column))
        self.problems.append(SheetProblem(self.title or _(self.name), row, column, message, self.name))

    def __iter__(self) -> Iterator[tuple[int, dict[str, Any]]]:
        return iter(self.rows)

    # ------------------------------------------------------------ values
    def text(self, row: int, values: dict[str, Any], header: str) -> str:
        """Free text as written (never trimmed), with a long text's continuation parts put back."""
        value = values.get(header)
        if value is None:
            return ""
        if isinstance(value, datetime):
            return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
        if isinstance(value, date):
            return value.isoformat()
        text = cell_text(value) if isinstance(value, int | float) else clean_text(str(value))
        parts = self.continued.get(self._ref(row, header))
        if parts:
            from planner_gui.exchange.plan_sheets import CONTINUED_NOTE

            for note in in_every_language(CONTINUED_NOTE):
                if text.endswith(note):
                    text = text.removesuffix(note)
                    break
            text += "".join(parts)
        return text

    def label(self, row: int, values: dict[str, Any], header: str) -> str:
        """A short label or choice: trimmed, numbers as people see them (10.0 → "10")."""
        return " ".join(self.text(row, values, header).split())

    def choice(self, row: int, values: dict[str, Any], header: str, choices: Vocabulary, default: str) -> str:
        """The key of one of the words of ``choices``, in any language, case or accents; blank gives ``default``;
        anything else is a problem."""
        text = self.label(row, values, header)
        if not text:
            return default
        found = read_word(choices, text)
        if found is None:
            said = _("“{text}” is not one of: {choices}.")
            self.fail(row, header, said.format(text=shown(text), choices=listed(choices)))
        return found or default

    def number(self, row: int, values: dict[str, Any], header: str, *, whole: bool = False) -> float | None:
        value = values.get(header)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        try:
            number = typed_number(value) if isinstance(value, str) else float(value)
        except (TypeError, ValueError):
            number = float("nan")
        if not math.isfinite(number) or (whole and not number.is_integer()) or isinstance(value, bool):
            said = _("“{value}” is not a whole number.") if whole else _("“{value}” is not a number.")
            self.fail(row, header, said.format(value=shown(cell_text(value))))
            return None
        if abs(number) > MAX_NUMBER:
            self.fail(
                row,
                header,
                _("{value} is far larger than any number a plan holds.").format(value=shown(cell_text(value))),
            )
            return None
        return number

    def _ref(self, row: int, header: str) -> str:
        from openpyxl.utils import get_column_letter

        return f"{get_column_letter(self.columns.get(header, 0) + 1)}{row}"


def read_sheet(
    ws: Any,
    name: str,
    known: Sequence[str],
    required: Sequence[str],
    *,
    extra: bool = False,
    continued: dict[str, list[str]] | None = None,
    marks: SheetMarks | None = None,
) -> SheetRows:
    """Rows of ``ws`` under its header row (row 1); ``extra`` keeps headers beyond ``known`` (the Votes sheet).

    ``marks`` (see ``safe_workbook.sheet_marks``) name what the values don't
    show. Cells merged over the rows read are a problem: only the first row
    would get the value (cells merged in the header row alone are harmless: a
    header that goes missing is said so). So is a formula with no saved value
    in a column read: it would read as a blank.
    """
    marks = marks or SheetMarks()
    merged = marks.merges
    if not has_cells(ws):  # a chart sheet under a sheet's name: nothing to read, and said so
        result = SheetRows(name, {}, title=getattr(ws, "title", "") or "")
        result.fail(None, None, _("is a chart, not a sheet of cells; the workbook needs it as a table."))
        return result
    rows = ws.iter_rows(max_col=MAX_COLUMNS, values_only=True)
    header = next(rows, None) or ()
    columns: dict[str, int] = {}
    wanted = headers_in_every_language(known, name)
    result = SheetRows(name, columns, continued=continued or {}, title=getattr(ws, "title", "") or "")
    for index, value in enumerate(header):
        title = " ".join(cell_text(value).split())
        if not title:
            continue
        canonical = wanted.get(fold(title), title if extra else None)
        if canonical is None:
            continue
        if canonical in columns:
            result.fail(1, None, _("the header “{title}” appears twice.").format(title=title))
        columns[canonical] = index
        result.written[canonical] = title
    for needed in required:
        if needed not in columns:
            result.fail(1, None, _("there is no column headed “{header}”.").format(header=_(needed)))
    if result.problems:
        return result
    read = [index + 1 for index in columns.values()]
    result.merged = [m for m in merged if m.reaches(2, read)]
    for merge in result.merged:
        said = _("cells {cells} are merged; unmerge them so each row has its own value.")
        result.fail(None, None, said.format(cells=merge.ref))
    for number, row in enumerate(rows, start=2):
        if number > MAX_ROWS + 1:
            result.fail(
                None,
                None,
                _("has more than {rows} rows; that is more than any plan.").format(rows=format_integer(MAX_ROWS)),
            )
            result.rows.clear()
            break
        values = {h: row[i] if i < len(row) else None for h, i in columns.items()}
        unsaved = [h for h, i in columns.items() if (number, i + 1) in marks.unsaved]
        for header_name in unsaved:
            result.fail(number, header_name, _(UNSAVED_FORMULA))
        if not unsaved and all(v is None or (isinstance(v, str) and not v.strip()) for v in values.values()):
            continue
        result.rows.append((number, values))
    return result


def headers_in_every_language(known: Sequence[str], sheet: str = "") -> dict[str, str]:
    """Each header of ``known`` (on ``sheet``) in English, French and Spanish (folded: any case, no accents), to its
    English."""
    from planner_gui.exchange.plan_sheets import CONTEXT_OF

    found: dict[str, str] = {}
    for header in known:
        for spelled in in_every_language(header, CONTEXT_OF.get((sheet, header))):
            found.setdefault(fold(spelled), header)
    return found


def title_in_any_language(titles: Sequence[str], name: str) -> str | None:
    """The first of a workbook's sheet ``titles`` that is the sheet ``name`` in any language."""
    return next(iter(titles_in_any_language(titles, name)), None)


def titles_in_any_language(titles: Sequence[str], name: str) -> list[str]:
    """Every one of a workbook's sheet ``titles`` that is the sheet ``name`` in some language."""
    spellings = {fold(s) for s in in_every_language(name)}
    return [t for t in titles if fold(t) in spellings]
