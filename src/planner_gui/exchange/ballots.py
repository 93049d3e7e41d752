"""Ballot workbooks: one per member, filled in Excel or LibreOffice, read back whole or not at all.

A ballot has a visible sheet ``Ballot`` (the member's name, then a table headed
Number / Objective / Priority / Comment with a drop-down on Priority; the sheet
is protected except for Priority and Comment) and a hidden sheet holding the
plan's identity, so a ballot can't be imported into another plan.

This module reads them; they are written by :mod:`planner_gui.exchange.ballot_writing`
(its names are here too, so callers need one module for ballots).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import PlanError
from planner_gui.core.ranking import BallotRefused
from planner_gui.core.tally import parse_priority
from planner_gui.core.words import fold
from planner_gui.exchange.ballot_layout import (
    FORMAT,
    HEADERS,
    ID_SHEET,
    MAX_BALLOT_BYTES,
    MEMBER,
    MEMBER_ROW,
    SHEET,
    ballot_file_name,
)
from planner_gui.exchange.ballot_writing import BallotsInTheWay, ballot_paths, write_ballot, write_ballots
from planner_gui.exchange.cells import cell_text
from planner_gui.exchange.safe_workbook import (
    DAMAGE,
    UNSAVED_FORMULA,
    SheetMarks,
    WorkbookRefused,
    has_cells,
    open_workbook,
    sheet_marks,
)
from planner_gui.exchange.sheet_reader import title_in_any_language
from planner_gui.i18n import _, in_every_language

__all__ = [
    "FORMAT",
    "HEADERS",
    "ID_SHEET",
    "MAX_BALLOT_BYTES",
    "MEMBER",
    "MEMBER_ROW",
    "SHEET",
    "AlreadyVoted",
    "BallotFileError",
    "BallotsInTheWay",
    "ImportReport",
    "ParsedBallot",
    "Problem",
    "ballot_file_name",
    "ballot_paths",
    "import_ballots",
    "read_ballot",
    "refusal",
    "write_ballot",
    "write_ballots",
]


@dataclass(frozen=True)
class Problem:
    row: int | None
    column: str | None  # "C (Priority)"
    message: str

    def where(self) -> str:
        parts = [
            _("row {row}").format(row=self.row) if self.row else "",
            _("column {column}").format(column=self.column) if self.column else "",
        ]
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


# ------------------------------------------------------------------ reading
def read_ballot(doc: PlanDocument, path: Path) -> ParsedBallot:
    """Read and check one ballot workbook against the plan; BallotFileError lists every problem."""
    path = Path(path)
    rows, identity, marks, sheet_title = _load(path)
    problems: list[Problem] = []

    def fail(row: int | None, column: str | None, message: str) -> None:
        problems.append(Problem(row, column, message))

    if identity.get("format") != FORMAT:
        raise BallotFileError(path, [Problem(None, None, _("is not a ballot written by Retreat Planner."))])
    plan = doc.plan
    if identity.get("plan id") != plan.uid:
        raise BallotFileError(path, [Problem(None, None, _another_plan(doc, identity))])
    name = cell_text(_at(rows, MEMBER_ROW, 2))
    written_for = " ".join(identity.get("member", "").split())
    member = doc.ranking.find_member(name) if name else None
    mismatch = bool(written_for) and " ".join(name.split()).casefold() != written_for.casefold()
    member_cell = _column("B", MEMBER)
    if (MEMBER_ROW, 2) in marks.unsaved:
        fail(MEMBER_ROW, member_cell, _(UNSAVED_FORMULA))
        member = None
    elif mismatch and not name:
        said = _("the Member cell is empty; this ballot was written for {member}: write their name back in it.")
        fail(MEMBER_ROW, member_cell, said.format(member=written_for))
    elif mismatch and member is None and name:
        fail(
            MEMBER_ROW,
            member_cell,
            _("the plan has no member called “{name}” (this ballot was written for {member}).").format(
                name=name, member=written_for
            ),
        )
    elif mismatch:
        fail(
            MEMBER_ROW,
            member_cell,
            _(
                "the Member cell says “{name}”, but this ballot was written for {member}. A ballot counts only "
                "for the member it was written for: give it back to {member}, or write {name} a ballot of their own."
            ).format(name=name, member=written_for),
        )
        member = None
    elif member is None:
        fail(
            MEMBER_ROW,
            member_cell,
            _(
                "the plan has no member called “{name}”. A ballot counts only under the name it was written "
                "for: if the member was renamed since, write them a new ballot."
            ).format(name=name)
            if name
            else _("the member's name is empty."),
        )
    elif not member.votes:
        fail(MEMBER_ROW, member_cell, _("{name} is not a voting member.").format(name=member.name))

    spelled = [{fold(s) for s in in_every_language(h)} for h in HEADERS]  # the headers in any of the languages
    header = next(
        (
            i
            for i, row in enumerate(rows[:30], start=1)
            if len(row) >= len(HEADERS) and all(fold(cell_text(v)) in s for v, s in zip(row, spelled, strict=False))
        ),
        None,
    )
    if header is None:
        headed = ", ".join(_(h) for h in HEADERS)
        fail(None, None, _("has no table headed {headers}.").format(headers=headed))
        raise BallotFileError(path, problems)
    # Merged cells in the table would give their value to the first objective only, and blanks to the others.
    table_merges = [m for m in marks.merges if m.reaches(header + 1, range(1, len(HEADERS) + 1))]
    if table_merges:
        for merge in table_merges:
            said = _(
                "on the {sheet} sheet, cells {cells} are merged; unmerge them so each objective has its own "
                "priority and comment."
            )
            fail(None, None, said.format(sheet=sheet_title, cells=merge.ref))
        raise BallotFileError(path, problems)
    by_number = doc.structure.objective_ids()
    choices: dict[int, tuple[str | None, str]] = {}
    seen: dict[str, int] = {}
    for row_number, row in enumerate(rows[header:], start=header + 1):
        unsaved = [c for c in range(1, len(HEADERS) + 1) if (row_number, c) in marks.unsaved]
        for column in unsaved:
            fail(row_number, _column("ABCD"[column - 1], HEADERS[column - 1]), _(UNSAVED_FORMULA))
        if unsaved:
            continue
        number = cell_text(_cell(row, 0))
        priority_text, comment = _cell(row, 2), cell_text(_cell(row, 3))
        if not number:
            if cell_text(priority_text) or comment:
                fail(row_number, _column("A", "Number"), _("a priority or comment with no objective number."))
            continue
        if number in seen:
            said = _("Obj. {number} is already on row {row}.").format(number=number, row=seen[number])
            fail(row_number, _column("A", "Number"), said)
            continue
        seen[number] = row_number
        objective_id = by_number.get(number)
        if objective_id is None:
            fail(row_number, _column("A", "Number"), _("the plan has no Obj. {number}.").format(number=number))
            continue
        try:
            priority = parse_priority(priority_text)
        except ValueError as error:
            fail(row_number, _column("C", "Priority"), str(error))
            continue
        if priority is None and comment:  # the plan keeps a comment only with its priority: never dropped unsaid
            said = _(
                "a comment but no priority, and a comment is kept only with its priority. "
                "Give it one, or delete the comment."
            )
            fail(row_number, _column("C", "Priority"), said)
            continue
        choices[objective_id] = (priority, comment)
    if problems or member is None:
        raise BallotFileError(path, problems)
    return ParsedBallot(path, member.id, member.name, choices)


def refusal(ballot: ParsedBallot, result: BallotRefused) -> BallotFileError:
    """A ballot the plan's rules refused (``RankingEdits.cast_ballots``), as problems of its file."""
    if result.already_voted:
        said = _("{name} has already voted; replace that ballot only if they asked to.").format(name=ballot.member_name)
        return AlreadyVoted(ballot.path, [Problem(MEMBER_ROW, _column("B", MEMBER), said)])
    priority = _column("C", "Priority")
    return BallotFileError(ballot.path, [Problem(None, priority, problem) for problem in result.problems])


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
                            _column("B", MEMBER),
                            _("{name}'s ballot is also in {file}.").format(
                                name=ballot.member_name, file=members_done[ballot.member_id].name
                            ),
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


def _column(letter: str, header: str) -> str:
    """Where a problem is: “B (Member)”, the header in the language spoken now."""
    return f"{letter} ({_(header)})"


def _cell(row: Sequence[Any], index: int) -> Any:
    return row[index] if index < len(row) else None


def _at(rows: Sequence[Sequence[Any]], row: int, column: int) -> Any:
    return _cell(rows[row - 1], column - 1) if row <= len(rows) else None


MAX_ROWS = 5000  # a plan has tens of objectives; a sheet longer than this is not a ballot


def _another_plan(doc: PlanDocument, identity: dict[str, str]) -> str:
    """Why a ballot of another plan is refused, naming what tells the two plans apart."""
    plan, other = doc.plan, identity.get("plan") or _("another plan")
    if other != plan.title:
        return _("is a ballot for “{other}”, not for this plan (“{title}”).").format(other=other, title=plan.title)
    theirs = [f"“{identity['plan file']}”" if identity.get("plan file") else ""]
    if identity.get("plan created"):
        theirs.append(_("made {when}").format(when=identity["plan created"]))
    made = _("made {when}").format(when=plan.created_at.isoformat(" ", "minutes"))
    ours = f"“{doc.path.name}”, {made}"
    told = ", ".join(t for t in theirs if t) or _("a plan file written elsewhere")
    return _(
        "is a ballot for another plan also called “{other}” ({theirs}), not for this one ({ours}). "
        "Write the ballots again from this plan, or import this one into the plan it came from."
    ).format(other=other, theirs=told, ours=ours)


def _load(path: Path) -> tuple[list[tuple[Any, ...]], dict[str, str], SheetMarks, str]:
    """The Ballot sheet's values (never formulas), the identity sheet, and what the Ballot sheet's values don't show."""

    def refuse(message: str) -> BallotFileError:
        return BallotFileError(path, [Problem(None, None, message)])

    try:
        wb = open_workbook(path, max_bytes=MAX_BALLOT_BYTES, max_unpacked=20 * MAX_BALLOT_BYTES, what="ballot")
    except WorkbookRefused as error:
        raise refuse(str(error).removeprefix(f"{path.name} ")) from None
    try:
        sheet = title_in_any_language(wb.sheetnames, SHEET)
        if sheet is None or ID_SHEET not in wb.sheetnames or not (has_cells(wb[sheet]) and has_cells(wb[ID_SHEET])):
            raise refuse(_("is not a ballot written by Retreat Planner (it has no Ballot sheet)."))
        identity = {
            cell_text(row[0]): cell_text(row[1]) for row in wb[ID_SHEET].iter_rows(max_col=2, values_only=True) if row
        }
        rows: list[tuple[Any, ...]] = []
        for row in wb[sheet].iter_rows(max_col=4, values_only=True):
            rows.append(row)
            if len(rows) > MAX_ROWS:
                said = _("has more than {rows} rows; a ballot has one row per objective.")
                raise refuse(said.format(rows=MAX_ROWS))
        return rows, identity, sheet_marks(path, [sheet]).get(sheet, SheetMarks()), sheet
    except DAMAGE as error:
        raise refuse(_("is damaged and can't be read ({error}).").format(error=type(error).__name__)) from None
    finally:
        wb.close()
