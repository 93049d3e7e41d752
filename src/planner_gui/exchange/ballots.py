"""Ballot workbooks: one per member, filled in Excel or LibreOffice, read back whole or not at all.

A ballot has a visible sheet ``Ballot`` (the member's name, then a table headed
Number / Objective / Priority / Comment with a drop-down on Priority; the sheet
is protected except for Priority and Comment) and a hidden sheet holding the
plan's identity, so a ballot can't be imported into another plan.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planner_gui.core.colors import PRIORITY_COLORS
from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import FileAccessError, InvalidEdit, PlanError
from planner_gui.core.model_ranking import Member
from planner_gui.core.ranking import BallotRefused
from planner_gui.core.safe_files import replace_into_place, sweep_leftovers, temporary_path
from planner_gui.core.tally import parse_priority
from planner_gui.exchange.cells import cell_text, put_text
from planner_gui.exchange.safe_workbook import (
    DAMAGE,
    UNSAVED_FORMULA,
    SheetMarks,
    WorkbookRefused,
    open_workbook,
    sheet_marks,
)

SHEET = "Ballot"
ID_SHEET = "Ballot identity"
HEADERS = ("Number", "Objective", "Priority", "Comment")
FORMAT = "retreat-planner-ballot-1"
CHOICES = ("High", "Medium", "Low", "Dropped")
MEMBER_ROW = 2
MAX_BALLOT_BYTES = 20 * 1024 * 1024  # a ballot is a few kilobytes; anything this big is not one


@dataclass(frozen=True)
class Problem:
    row: int | None
    column: str | None  # "C (Priority)"
    message: str

    def where(self) -> str:
        parts = [f"row {self.row}" if self.row else "", f"column {self.column}" if self.column else ""]
        return ", ".join(p for p in parts if p)


class BallotFileError(PlanError):
    """A ballot workbook that can't be imported; ``problems`` says where and why."""

    def __init__(self, path: Path, problems: Sequence[Problem]) -> None:
        self.path, self.problems = path, list(problems)
        lines = [
            f"{path.name}: {p.where()}: {p.message}" if p.where() else f"{path.name}: {p.message}" for p in problems
        ]
        super().__init__("\n".join(lines))


class AlreadyVoted(BallotFileError):
    """A ballot for a member who has voted: it replaces theirs only when asked to."""


@dataclass
class ParsedBallot:
    path: Path
    member_id: int
    member_name: str
    choices: dict[int, tuple[str | None, str]]  # objective id -> (priority, comment)


@dataclass
class ImportReport:
    imported: list[ParsedBallot] = field(default_factory=list)
    rejected: list[BallotFileError] = field(default_factory=list)


def ballot_file_name(member_name: str) -> str:
    slug = re.sub(r"[^\w]+", "-", member_name.casefold()).strip("-") or "member"
    return f"ballot-{slug}.xlsx"


# ------------------------------------------------------------------ writing
class BallotsInTheWay(FileAccessError):
    """Ballot workbooks are already where new ones would go; ``paths`` names them."""

    def __init__(self, outdir: Path, paths: Sequence[Path]) -> None:
        self.paths = list(paths)
        shown = ", ".join(p.name for p in self.paths[:5]) + (", …" if len(self.paths) > 5 else "")
        count = len(self.paths)
        super().__init__(
            f"{outdir} already holds {count} ballot workbook{'s' if count != 1 else ''} with the same name"
            f"{'s' if count != 1 else ''} ({shown}); nothing was written. Members may have filled them in: "
            "import them first, or write the new ballots in another folder."
        )


def ballot_paths(doc: PlanDocument, outdir: Path, names: Iterable[str] = ()) -> list[tuple[Member, Path]]:
    """Each member who gets a ballot (every voting member, or those named) with its file in ``outdir``."""
    wanted = list(names)
    if wanted:
        members = []
        for name in wanted:
            member = doc.ranking.find_member(name)
            if member is None:
                raise InvalidEdit(f"The plan has no member called “{name}”.")
            if not member.votes:
                raise InvalidEdit(f"{member.name} is not a voting member, so has no ballot.")
            members.append(member)
    else:
        members = doc.ranking.members(voting_only=True)
        if not members:
            raise InvalidEdit("The plan has no voting members yet: add the board's members first.")
    return [(member, Path(outdir) / ballot_file_name(member.name)) for member in members]


def write_ballots(doc: PlanDocument, outdir: Path, names: Iterable[str] = (), *, overwrite: bool = False) -> list[Path]:
    """One ballot workbook per voting member (or per member named), in ``outdir``.

    A workbook already there is never replaced unless ``overwrite``
    (:class:`BallotsInTheWay` names them, and nothing is written). A folder
    that does not exist yet is made, if the folder it goes in exists.
    """
    outdir = Path(outdir)
    ballots = ballot_paths(doc, outdir, names)
    if outdir.exists() and not outdir.is_dir():
        raise FileAccessError(f"{outdir} is a file, not a folder. Choose a folder for the ballot workbooks.")
    if not outdir.parent.is_dir():
        raise FileAccessError(f"The folder {outdir.parent} does not exist, so {outdir.name} can't be made in it.")
    in_the_way = [path for _, path in ballots if path.exists()]
    if in_the_way and not overwrite:
        raise BallotsInTheWay(outdir, in_the_way)
    try:
        outdir.mkdir(exist_ok=True)
    except OSError as error:
        raise FileAccessError(f"The folder {outdir} could not be made: {error.strerror or error}.") from None
    written = []
    for member, path in ballots:
        write_ballot(doc, member, path)
        written.append(path)
    return written


def write_ballot(doc: PlanDocument, member: Member, path: Path) -> None:
    """Write one member's ballot to ``path`` (through a temporary file renamed into place)."""
    from openpyxl import Workbook
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    plan = doc.plan
    objectives = doc.ranking.ballot_objectives()
    cap = plan.high_cap
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = SHEET
    put_text(ws.cell(1, 1), f"Ballot: {plan.title or 'strategic plan review'}")
    ws.cell(1, 1).font = Font(bold=True, size=14)
    ws.cell(MEMBER_ROW, 1, "Member").font = Font(bold=True)
    put_text(ws.cell(MEMBER_ROW, 2), member.name)
    rule = f"At most {cap} objectives may be High. " if cap else ""
    put_text(
        ws.cell(3, 1),
        f"For each objective choose High, Medium, Low or Dropped in the Priority column. {rule}"
        "A comment is optional. Save the file and give it back to the facilitator.",
    )
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=4)
    ws.cell(3, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[3].height = 32
    header = 6
    first, last = header + 1, header + max(1, len(objectives))
    ws.cell(4, 1, "High so far").font = Font(bold=True)
    ws.cell(4, 2, f'=COUNTIF(C{first}:C{last},"High")' + (f'&" of at most {cap}"' if cap else ""))
    for column, title in enumerate(HEADERS, start=1):
        cell = ws.cell(header, column, title)
        cell.font = Font(bold=True)
    for row, objective in enumerate(objectives, start=first):
        put_text(ws.cell(row, 1), objective.number)
        put_text(ws.cell(row, 2), objective.title)
        ws.cell(row, 2).alignment = Alignment(wrap_text=True, vertical="top")
        for column in (3, 4):
            ws.cell(row, column).protection = Protection(locked=False)
        ws.cell(row, 4).alignment = Alignment(wrap_text=True, vertical="top")
    choices = DataValidation(
        type="list",
        formula1='"' + ",".join(CHOICES) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Priority",
        error="Choose High, Medium, Low or Dropped.",
    )
    ws.add_data_validation(choices)
    choices.add(f"C{first}:C{last}")
    for word in CHOICES:
        color = PRIORITY_COLORS[parse_priority(word) or "high"].lstrip("#")
        ws.conditional_formatting.add(
            f"C{first}:C{last}",
            CellIsRule(  # type: ignore[no-untyped-call]
                operator="equal", formula=[f'"{word}"'], fill=PatternFill("solid", start_color=color)
            ),
        )
    for letter, width in zip("ABCD", (10, 70, 14, 40), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = f"A{first}"
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False

    ident = wb.create_sheet(ID_SHEET)
    identity = (
        ("format", FORMAT),
        ("plan id", plan.uid),
        ("plan", plan.title),
        ("member", member.name),
        ("plan file", doc.path.name),
        ("plan created", plan.created_at.isoformat(" ", "minutes")),
    )
    for row, (key, value) in enumerate(identity, start=1):
        put_text(ident.cell(row, 1), key)
        put_text(ident.cell(row, 2), value)
    ident.sheet_state = "hidden"
    ident.protection.sheet = True

    sweep_leftovers(path)  # what a killed writing of this ballot left
    tmp = temporary_path(path, "writing")
    try:
        wb.save(tmp)
        replace_into_place(tmp, path)
    except OSError as error:
        with suppress(OSError):  # on a write-protected stick even removing fails: keep the real error
            tmp.unlink(missing_ok=True)
        raise FileAccessError(f"The ballot {path.name} could not be written: {error.strerror or error}.") from None


# ------------------------------------------------------------------ reading
def read_ballot(doc: PlanDocument, path: Path) -> ParsedBallot:
    """Read and check one ballot workbook against the plan; BallotFileError lists every problem."""
    path = Path(path)
    rows, identity, marks = _load(path)
    problems: list[Problem] = []

    def fail(row: int | None, column: str | None, message: str) -> None:
        problems.append(Problem(row, column, message))

    if identity.get("format") != FORMAT:
        raise BallotFileError(path, [Problem(None, None, "is not a ballot written by Retreat Planner.")])
    plan = doc.plan
    if identity.get("plan id") != plan.uid:
        raise BallotFileError(path, [Problem(None, None, _another_plan(doc, identity))])
    name = cell_text(_at(rows, MEMBER_ROW, 2))
    written_for = " ".join(identity.get("member", "").split())
    member = doc.ranking.find_member(name) if name else None
    mismatch = bool(written_for) and " ".join(name.split()).casefold() != written_for.casefold()
    if (MEMBER_ROW, 2) in marks.unsaved:
        fail(MEMBER_ROW, "B (Member)", UNSAVED_FORMULA)
        member = None
    elif mismatch and member is None and name:
        fail(
            MEMBER_ROW,
            "B (Member)",
            f"the plan has no member called “{name}” (this ballot was written for {written_for}).",
        )
    elif mismatch:
        fail(
            MEMBER_ROW,
            "B (Member)",
            f"the Member cell says “{name}”, but this ballot was written for {written_for}. A ballot counts only "
            f"for the member it was written for: give it back to {written_for}, or write {name or 'them'} "
            "a ballot of their own.",
        )
        member = None
    elif member is None:
        fail(
            MEMBER_ROW,
            "B (Member)",
            f"the plan has no member called “{name}”." if name else "the member's name is empty.",
        )
    elif not member.votes:
        fail(MEMBER_ROW, "B (Member)", f"{member.name} is not a voting member.")

    header = next(
        (i for i, row in enumerate(rows[:30], start=1) if [cell_text(v) for v in row[:4]] == list(HEADERS)), None
    )
    if header is None:
        fail(None, None, "has no table headed " + ", ".join(HEADERS) + ".")
        raise BallotFileError(path, problems)
    # Merged cells in the table would give their value to the first objective only, and blanks to the others.
    table_merges = [m for m in marks.merges if m.reaches(header + 1, range(1, len(HEADERS) + 1))]
    if table_merges:
        for merge in table_merges:
            message = f"on the {SHEET} sheet, cells {merge.ref} are merged; unmerge them so each objective has its own"
            fail(None, None, f"{message} priority and comment.")
        raise BallotFileError(path, problems)
    by_number = {o.number: o.id for o in doc.structure.objectives()}
    choices: dict[int, tuple[str | None, str]] = {}
    seen: dict[str, int] = {}
    for row_number, row in enumerate(rows[header:], start=header + 1):
        unsaved = [c for c in range(1, len(HEADERS) + 1) if (row_number, c) in marks.unsaved]
        for column in unsaved:
            fail(row_number, f"{'ABCD'[column - 1]} ({HEADERS[column - 1]})", UNSAVED_FORMULA)
        if unsaved:
            continue
        number = cell_text(_cell(row, 0))
        priority_text, comment = _cell(row, 2), cell_text(_cell(row, 3))
        if not number:
            if cell_text(priority_text) or comment:
                fail(row_number, "A (Number)", "a priority or comment with no objective number.")
            continue
        if number in seen:
            fail(row_number, "A (Number)", f"Obj. {number} is already on row {seen[number]}.")
            continue
        seen[number] = row_number
        objective_id = by_number.get(number)
        if objective_id is None:
            fail(row_number, "A (Number)", f"the plan has no Obj. {number}.")
            continue
        try:
            priority = parse_priority(priority_text)
        except ValueError as error:
            fail(row_number, "C (Priority)", str(error))
            continue
        choices[objective_id] = (priority, comment)
    if problems or member is None:
        raise BallotFileError(path, problems)
    return ParsedBallot(path, member.id, member.name, choices)


def refusal(ballot: ParsedBallot, result: BallotRefused) -> BallotFileError:
    """A ballot the plan's rules refused (``RankingEdits.cast_ballots``), as problems of its file."""
    if result.already_voted:
        said = f"{ballot.member_name} has already voted; replace that ballot only if they asked to."
        return AlreadyVoted(ballot.path, [Problem(MEMBER_ROW, "B (Member)", said)])
    return BallotFileError(ballot.path, [Problem(None, "C (Priority)", problem) for problem in result.problems])


def import_ballots(doc: PlanDocument, paths: Iterable[Path], *, replace: bool = False) -> ImportReport:
    """Import each file whole or not at all; a second ballot for one member needs ``replace``."""
    report = ImportReport()
    members_done: dict[int, Path] = {}
    for path in paths:
        path = Path(path)
        try:
            ballot = read_ballot(doc, path)
            if ballot.member_id in members_done:
                raise BallotFileError(
                    path,
                    [
                        Problem(
                            MEMBER_ROW,
                            "B (Member)",
                            f"{ballot.member_name}'s ballot is also in {members_done[ballot.member_id].name}.",
                        )
                    ],
                )
            # Each file its own commit: a power cut keeps the ballots already read.
            result = doc.ranking.cast_ballot(ballot.member_id, ballot.choices, source="spreadsheet", replace=replace)
            if isinstance(result, BallotRefused):
                raise refusal(ballot, result)
        except BallotFileError as error:
            report.rejected.append(error)
            continue
        members_done[ballot.member_id] = path
        report.imported.append(ballot)
    return report


def _cell(row: Sequence[Any], index: int) -> Any:
    return row[index] if index < len(row) else None


def _at(rows: Sequence[Sequence[Any]], row: int, column: int) -> Any:
    return _cell(rows[row - 1], column - 1) if row <= len(rows) else None


MAX_ROWS = 5000  # a plan has tens of objectives; a sheet longer than this is not a ballot


def _another_plan(doc: PlanDocument, identity: dict[str, str]) -> str:
    """Why a ballot of another plan is refused, naming what tells the two plans apart."""
    plan, other = doc.plan, identity.get("plan") or "another plan"
    if other != plan.title:
        return f"is a ballot for “{other}”, not for this plan (“{plan.title}”)."
    theirs = [f"“{identity['plan file']}”" if identity.get("plan file") else ""]
    if identity.get("plan created"):
        theirs.append(f"made {identity['plan created']}")
    ours = f"“{doc.path.name}”, made {plan.created_at.isoformat(' ', 'minutes')}"
    told = ", ".join(t for t in theirs if t) or "a plan file written elsewhere"
    return (
        f"is a ballot for another plan also called “{other}” ({told}), not for this one ({ours}). "
        "Write the ballots again from this plan, or import this one into the plan it came from."
    )


def _load(path: Path) -> tuple[list[tuple[Any, ...]], dict[str, str], SheetMarks]:
    """The Ballot sheet's values (never formulas), the identity sheet, and what the Ballot sheet's values don't show."""

    def refuse(message: str) -> BallotFileError:
        return BallotFileError(path, [Problem(None, None, message)])

    try:
        wb = open_workbook(path, max_bytes=MAX_BALLOT_BYTES, max_unpacked=20 * MAX_BALLOT_BYTES, what="ballot")
    except WorkbookRefused as error:
        raise refuse(str(error).removeprefix(f"{path.name} ")) from None
    try:
        if SHEET not in wb.sheetnames or ID_SHEET not in wb.sheetnames:
            raise refuse("is not a ballot written by Retreat Planner (it has no Ballot sheet).")
        identity = {
            cell_text(row[0]): cell_text(row[1]) for row in wb[ID_SHEET].iter_rows(max_col=2, values_only=True) if row
        }
        rows: list[tuple[Any, ...]] = []
        for row in wb[SHEET].iter_rows(max_col=4, values_only=True):
            rows.append(row)
            if len(rows) > MAX_ROWS:
                raise refuse(f"has more than {MAX_ROWS} rows; a ballot has one row per objective.")
        return rows, identity, sheet_marks(path, [SHEET]).get(SHEET, SheetMarks())
    except DAMAGE as error:
        raise refuse(f"is damaged and can't be read ({type(error).__name__}).") from None
    finally:
        wb.close()
