"""One sheet of a handed-over workbook as rows keyed by header, each problem noted by sheet, row and column."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from planner_gui.core.errors import PlanError
from planner_gui.exchange.cells import cell_text, clean_text
from planner_gui.exchange.safe_workbook import UNSAVED_FORMULA, Merge, SheetMarks

MAX_ROWS = 50_000  # rows of one sheet: a plan of 2,000 objectives needs a few thousand
MAX_COLUMNS = 200


@dataclass(frozen=True)
class SheetProblem:
    sheet: str
    row: int | None
    column: str | None  # "D (Priority)"
    message: str

    def __str__(self) -> str:
        where = [self.sheet, f"row {self.row}" if self.row else "", f"column {self.column}" if self.column else ""]
        return f"{', '.join(w for w in where if w)}: {self.message}"


class PlanWorkbookError(PlanError):
    """A workbook that can't become a plan; ``problems`` lists every one found."""

    SHOWN = 25

    def __init__(self, path: Path, problems: Sequence[SheetProblem]) -> None:
        self.path, self.problems = Path(path), list(problems)
        lines = [str(p) for p in self.problems[: self.SHOWN]]
        if len(self.problems) > self.SHOWN:
            lines.append(f"… and {len(self.problems) - self.SHOWN} more problems.")
        count = len(self.problems)
        plural = "s" if count != 1 else ""
        head = f"{self.path.name} can't be read as a plan ({count} problem{plural}); nothing was made:"
        super().__init__("\n".join([head, *lines]))


@dataclass
class SheetRows:
    """A sheet's rows as {header: value}, with what is needed to point at a cell."""

    name: str
    columns: dict[str, int]  # header -> 0-based column
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (row number, values)
    problems: list[SheetProblem] = field(default_factory=list)
    continued: dict[str, list[str]] = field(default_factory=dict)  # "E5" -> parts 2, 3... of a long text
    merged: list[Merge] = field(default_factory=list)  # merged ranges over the rows read (each one a problem)

    def where(self, header: str) -> str:
        from openpyxl.utils import get_column_letter

        index = self.columns.get(header)
        return f"{get_column_letter(index + 1)} ({header})" if index is not None else header

    def fail(self, row: int | None, header: str | None, message: str) -> None:
        index = self.columns.get(header) if header else None
        if row and index is not None and any(m.covers(row, index + 1) for m in self.merged):
            return  # a blank under a merged range: the merge is the problem, and it is reported once
        column = self.where(header) if header else None
        if row and column and any(p.row == row and p.column == column for p in self.problems):
            return  # one problem a cell: a formula with no value is not also "empty"
        self.problems.append(SheetProblem(self.name, row, column, message))

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
            from planner_gui.exchange.plan_workbook import CONTINUED_NOTE

            text = text.removesuffix(CONTINUED_NOTE) + "".join(parts)
        return text

    def label(self, row: int, values: dict[str, Any], header: str) -> str:
        """A short label or choice: trimmed, numbers as people see them (10.0 → "10")."""
        return " ".join(self.text(row, values, header).split())

    def choice(self, row: int, values: dict[str, Any], header: str, choices: tuple[str, ...], default: str) -> str:
        """One of ``choices`` whatever its case; blank gives ``default``; anything else is a problem."""
        word = self.label(row, values, header)
        if not word:
            return default
        found = {c.casefold(): c for c in choices}.get(word.casefold())
        if found is None:
            self.fail(row, header, f"“{word}” is not one of: {', '.join(choices)}.")
        return found or default

    def number(self, row: int, values: dict[str, Any], header: str, *, whole: bool = False) -> float | None:
        value = values.get(header)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        try:
            number = float(str(value).strip().replace(",", "")) if isinstance(value, str) else float(value)
        except (TypeError, ValueError):
            number = float("nan")
        if number != number or (whole and not number.is_integer()) or isinstance(value, bool):
            kind = "a whole number" if whole else "a number"
            self.fail(row, header, f"“{cell_text(value)}” is not {kind}.")
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
    rows = ws.iter_rows(max_col=MAX_COLUMNS, values_only=True)
    header = next(rows, None) or ()
    columns: dict[str, int] = {}
    wanted = {h.casefold(): h for h in known}
    result = SheetRows(name, columns, continued=continued or {})
    for index, value in enumerate(header):
        title = " ".join(cell_text(value).split())
        if not title:
            continue
        canonical = wanted.get(title.casefold(), title if extra else None)
        if canonical is None:
            continue
        if canonical in columns:
            result.fail(1, None, f"the header “{title}” appears twice.")
        columns[canonical] = index
    for needed in required:
        if needed not in columns:
            result.fail(1, None, f"there is no column headed “{needed}”.")
    if result.problems:
        return result
    read = [index + 1 for index in columns.values()]
    result.merged = [m for m in merged if m.reaches(2, read)]
    for merge in result.merged:
        result.fail(None, None, f"cells {merge.ref} are merged; unmerge them so each row has its own value.")
    for number, row in enumerate(rows, start=2):
        if number > MAX_ROWS + 1:
            result.fail(None, None, f"has more than {MAX_ROWS:,} rows; that is more than any plan.")
            result.rows.clear()
            break
        values = {h: row[i] if i < len(row) else None for h, i in columns.items()}
        unsaved = [h for h, i in columns.items() if (number, i + 1) in marks.unsaved]
        for header_name in unsaved:
            result.fail(number, header_name, UNSAVED_FORMULA)
        if not unsaved and all(v is None or (isinstance(v, str) and not v.strip()) for v in values.values()):
            continue
        result.rows.append((number, values))
    return result
