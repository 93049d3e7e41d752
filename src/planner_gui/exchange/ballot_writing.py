"""Writing ballot workbooks: one per member, in the plan's language, never over a ballot already in the folder.

A ballot has a visible sheet ``Ballot`` (the member's name, then a table headed
Number / Objective / Priority / Comment with a drop-down on Priority; the sheet
is protected except for Priority and Comment) and a hidden sheet holding the
plan's identity. Read back by :mod:`planner_gui.exchange.ballots`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import suppress
from pathlib import Path

from planner_gui.core.colors import PRIORITY_COLORS
from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import FileAccessError, InvalidEdit
from planner_gui.core.model_ranking import Member
from planner_gui.core.planfile import refuse_writing_over_a_plan
from planner_gui.core.safe_files import replace_into_place, sweep_leftovers, temporary_path
from planner_gui.core.words import PRIORITY_WORDS, priority_words, words
from planner_gui.exchange.ballot_layout import FORMAT, HEADERS, ID_SHEET, MEMBER, MEMBER_ROW, SHEET, ballot_file_name
from planner_gui.exchange.cells import put_text
from planner_gui.i18n import _, current_language, ngettext, speaking


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
        members: list[Member] = []
        for name in wanted:
            member = doc.ranking.find_member(name)
            if member is None:
                raise InvalidEdit(_("The plan has no member called “{name}”.").format(name=name))
            if not member.votes:
                raise InvalidEdit(_("{name} is not a voting member, so has no ballot.").format(name=member.name))
            if all(m.id != member.id for m in members):  # named twice ("Ben", "ben"): one ballot
                members.append(member)
    else:
        members = doc.ranking.members(voting_only=True)
        if not members:
            raise InvalidEdit(_("The plan has no voting members yet: add the board's members first."))
    # Each member a file of their own: "Mary-Ann Lee" and "Mary Ann Lee" would otherwise share one, the second
    # ballot written over the first (compared as a file system that ignores case would).
    paths: list[tuple[Member, Path]] = []
    taken: set[str] = set()
    for member in members:
        name = ballot_file_name(member.name)
        stem, n = name.removesuffix(".xlsx"), 1
        while name.casefold() in taken:
            n += 1
            name = f"{stem}-{n}.xlsx"
        taken.add(name.casefold())
        paths.append((member, Path(outdir) / name))
    return paths


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
        ("member id", str(member.id)),  # the same member, should they be renamed before the ballot comes back
        ("plan file", doc.path.name),
        ("plan created", plan.created_at.isoformat(" ", "minutes")),
        ("language", current_language()),
    )
    for row, (key, value) in enumerate(identity, start=1):
        put_text(ident.cell(row, 1), key)
        put_text(ident.cell(row, 2), value)
    ident.sheet_state = "hidden"
    ident.protection.sheet = True

    refuse_writing_over_a_plan(path)
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
