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
from planner_gui.core.words import PRIORITY_WORDS, fold, priority_words, words
from planner_gui.exchange.cells import cell_text, put_text
from planner_gui.exchange.safe_workbook import (
    DAMAGE,
    UNSAVED_FORMULA,
    SheetMarks,
    WorkbookRefused,
    open_workbook,
    sheet_marks,
)
from planner_gui.exchange.sheet_reader import title_in_any_language
from planner_gui.i18n import N_, _, current_language, in_every_language, ngettext, speaking

SHEET = N_("Ballot")  # named in the plan's language; read back in any
ID_SHEET = "Ballot identity"  # hidden, for the program alone: never translated
HEADERS = (N_("Number"), N_("Objective"), N_("Priority"), N_("Comment"))
FORMAT = "retreat-planner-ballot-1"
MEMBER = N_("Member")
MEMBER_ROW = 2
MAX_BALLOT_BYTES = 20 * 1024 * 1024  # a ballot is a few kilobytes; anything this big is not one


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
            ngettext(
                "{folder} already holds {count} ballot workbook with the same name ({names}); nothing was "
                "written. Members may have filled it in: import it first, or write the new ballots in another "
                "folder.",
                "{folder} already holds {count} ballot workbooks with the same names ({names}); nothing was "
                "written. Members may have filled them in: import them first, or write the new ballots in another "
                "folder.",
                count,
            ).format(folder=outdir, count=count, names=shown)
        )


def ballot_paths(doc: PlanDocument, outdir: Path, names: Iterable[str] = ()) -> list[tuple[Member, Path]]:
    """Each member who gets a ballot (every voting member, or those named) with its file in ``outdir``."""
    wanted = list(names)
    if wanted:
        members = []
        for name in wanted:
            member = doc.ranking.find_member(name)
            if member is None:
                raise InvalidEdit(_("The plan has no member called “{name}”.").format(name=name))
            if not member.votes:
                raise InvalidEdit(_("{name} is not a voting member, so has no ballot.").format(name=member.name))
            members.append(member)
    else:
        members = doc.ranking.members(voting_only=True)
        if not members:
            raise InvalidEdit(_("The plan has no voting members yet: add the board's members first."))
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
        raise FileAccessError(
            _("{path} is a file, not a folder. Choose a folder for the ballot workbooks.").format(path=outdir)
        )
    if not outdir.parent.is_dir():
        raise FileAccessError(
            _("The folder {folder} does not exist, so {name} can't be made in it.").format(
                folder=outdir.parent, name=outdir.name
            )
        )
    in_the_way = [path for _, path in ballots if path.exists()]
    if in_the_way and not overwrite:
        raise BallotsInTheWay(outdir, in_the_way)
    try:
        outdir.mkdir(exist_ok=True)
    except OSError as error:
        raise FileAccessError(
            _("The folder {folder} could not be made: {error}.").format(folder=outdir, error=error.strerror or error)
        ) from None
    written = []
    for member, path in ballots:
        write_ballot(doc, member, path)
        written.append(path)
    return written


def write_ballot(doc: PlanDocument, member: Member, path: Path) -> None:
    """Write one member's ballot to ``path`` (through a temporary file renamed into place), in the plan's language."""
    with speaking(doc.plan.language):
        _write_ballot(doc, member, path)


def _write_ballot(doc: PlanDocument, member: Member, path: Path) -> None:
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
    choices = words(PRIORITY_WORDS)
    high = choices[0]
    ws.title = _(SHEET)
    put_text(ws.cell(1, 1), _("Ballot: {title}").format(title=plan.title or _("strategic plan review")))
    ws.cell(1, 1).font = Font(bold=True, size=14)
    ws.cell(MEMBER_ROW, 1, _(MEMBER)).font = Font(bold=True)
    put_text(ws.cell(MEMBER_ROW, 2), member.name)
    rule = (
        ngettext("At most {cap} objective may be {high}. ", "At most {cap} objectives may be {high}. ", cap).format(
            cap=cap, high=high
        )
        if cap
        else ""
    )
    put_text(
        ws.cell(3, 1),
        _("For each objective choose {choices} in the {priority} column. ").format(
            choices=priority_words(), priority=_("Priority")
        )
        + rule
        + _("A comment is optional. Save the file and give it back to the facilitator."),
    )
    ws.merge_cells(start_row=3, start_column=1, end_row=3, end_column=4)
    ws.cell(3, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[3].height = 32
    header = 6
    first, last = header + 1, header + max(1, len(objectives))
    ws.cell(4, 1, _("{high} so far").format(high=high)).font = Font(bold=True)
    at_most = _(" of at most {cap}").format(cap=cap).replace('"', "'") if cap else ""
    ws.cell(4, 2, f'=COUNTIF(C{first}:C{last},"{high}")' + (f'&"{at_most}"' if cap else ""))
    for column, title in enumerate(HEADERS, start=1):
        cell = ws.cell(header, column, _(title))
        cell.font = Font(bold=True)
    for row, objective in enumerate(objectives, start=first):
        put_text(ws.cell(row, 1), objective.number)
        put_text(ws.cell(row, 2), objective.title)
        ws.cell(row, 2).alignment = Alignment(wrap_text=True, vertical="top")
        for column in (3, 4):
            ws.cell(row, column).protection = Protection(locked=False)
        ws.cell(row, 4).alignment = Alignment(wrap_text=True, vertical="top")
    validation = DataValidation(
        type="list",
        formula1='"' + ",".join(choices) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=_("Priority"),
        error=_("Choose {choices}.").format(choices=priority_words()),
    )
    ws.add_data_validation(validation)
    validation.add(f"C{first}:C{last}")
    for key, word in zip(PRIORITY_WORDS, choices, strict=True):
        color = PRIORITY_COLORS[key].lstrip("#")
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
        ("language", current_language()),
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
        raise FileAccessError(
            _("The ballot {name} could not be written: {error}.").format(name=path.name, error=error.strerror or error)
        ) from None


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
            ).format(name=name or _("them"), member=written_for),
        )
        member = None
    elif member is None:
        fail(
            MEMBER_ROW,
            member_cell,
            _("the plan has no member called “{name}”.").format(name=name)
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
    by_number = {o.number: o.id for o in doc.structure.objectives()}
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
        if sheet is None or ID_SHEET not in wb.sheetnames:
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
