"""The spreadsheet route from the window: ballot workbooks written for the members, and read back.

Reading goes through the same core as ``planner-gui import-ballots``: each file
whole or not at all, every problem named by file, row and column. The files
that read well are recorded in one commit, for good like every ballot (no undo
step: ``ui/ballot_record.py``); one dialog then says what was imported, what was
kept, and what was refused and why.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from planner_gui.core.errors import PlanError
from planner_gui.exchange.ballots import BallotFileError, ParsedBallot, ballot_paths, read_ballot, write_ballots
from planner_gui.ui import ballot_record, dialogs
from planner_gui.ui.folders import remember, start_folder
from planner_gui.ui.open_plan import OpenPlan


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


@contextmanager
def busy() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


# ------------------------------------------------------------------ writing
def write_workbooks(plan: OpenPlan | None, parent: QWidget | None) -> list[Path]:
    """Ask for a folder and write one ballot workbook per voting member there; returns the files."""
    if plan is None or plan.read_only:
        return []
    doc = plan.doc
    start = start_folder(parent, doc.path.parent)
    folder = dialogs.ask_folder(parent, "Write the ballot workbooks in which folder?", str(start))
    if folder is None:
        return []
    folder = Path(folder)
    remember(parent, folder)
    try:
        existing = [path for _, path in ballot_paths(doc, folder) if path.exists()]
    except PlanError as error:
        dialogs.show_error(parent, "The ballot workbooks were not written", str(error))
        return []
    if existing and not dialogs.ask_yes_no(
        parent,
        "Replace the ballot workbooks already there?",
        f"{folder} already holds {plural(len(existing), 'ballot workbook')} with the same names "
        f"({', '.join(p.name for p in existing[:3])}{', …' if len(existing) > 3 else ''}). "
        "Writing new ones replaces them, and anything members filled in there is lost. "
        "Import the filled-in ones first, or choose another folder.",
        yes="Replace them",
        no="Cancel",
    ):
        return []
    try:
        with busy():
            written = write_ballots(doc, folder, overwrite=bool(existing))
    except PlanError as error:
        dialogs.show_error(parent, "The ballot workbooks were not written", str(error))
        return []
    names = "\n".join(f"  {path.name}" for path in written)
    dialogs.inform(
        parent,
        "Ballot workbooks written",
        f"{plural(len(written), 'ballot workbook')} written in {folder}:\n{names}\n\n"
        "Give each member their own. They fill in the Priority column (and a comment if they like) "
        "in Excel or LibreOffice, save it and give it back; then use Import ballots.",
    )
    return written


# ------------------------------------------------------------------ reading
def read_all(plan: OpenPlan, paths: list[Path], parent: QWidget | None) -> tuple[list[ParsedBallot], list[str]] | None:
    """Each file read and checked: the good ballots and the problems of the others; None if cancelled."""
    good: list[ParsedBallot] = []
    rejected: list[str] = []
    seen: dict[int, Path] = {}
    progress = QProgressDialog("Reading the ballots…", "Cancel", 0, len(paths), parent)
    progress.setWindowTitle("Import ballots")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)
    try:
        for done, path in enumerate(paths):
            progress.setValue(done)
            progress.setLabelText(f"Reading {path.name}…")
            if progress.wasCanceled():
                return None
            try:
                ballot = read_ballot(plan.doc, path)
            except BallotFileError as error:
                rejected.append(str(error))
                continue
            except PlanError as error:
                rejected.append(f"{path.name}: {error}")
                continue
            if ballot.member_id in seen:
                rejected.append(
                    f"{path.name}: {ballot.member_name}'s ballot is also in {seen[ballot.member_id].name}; "
                    "import only one of the two."
                )
                continue
            seen[ballot.member_id] = path
            good.append(ballot)
        progress.setValue(len(paths))
    finally:
        progress.deleteLater()
    return good, rejected


def import_workbooks(plan: OpenPlan | None, parent: QWidget | None) -> int:
    """Ask for filled-in ballot workbooks and import those that read well; returns how many were imported."""
    if plan is None or plan.read_only:
        return 0
    start = start_folder(parent, plan.doc.path.parent)
    paths = [Path(p) for p in dialogs.ask_open_paths(parent, "Import filled-in ballots", str(start))]
    if not paths:
        return 0
    remember(parent, paths[0])
    read = read_all(plan, paths, parent)
    if read is None:
        return 0  # cancelled: nothing imported
    good, rejected = read
    voted = plan.doc.ranking.voted()
    again = [b for b in good if b.member_id in voted]
    replace = False
    kept: list[ParsedBallot] = []
    if again:
        names = ", ".join(b.member_name for b in again)
        replace = dialogs.ask_yes_no(
            parent,
            "Some of these members have voted already",
            f"{names} {'has' if len(again) == 1 else 'have'} voted already. "
            "Replace their ballots with these files? (Cancel keeps their earlier ballots and skips these files.)",
            yes="Replace their ballots",
            no="Keep the earlier ones",
        )
        if not replace:
            kept = again
            good = [b for b in good if b.member_id not in voted]
    imported: list[ParsedBallot] = []
    if good:
        try:
            ballot_record.cast(plan, [(b.member_id, b.choices) for b in good], source="spreadsheet", replace=replace)
            imported = good
        except PlanError as error:
            dialogs.show_error(parent, "That change was not made", str(error))
    lines = [
        f"{plural(len(imported), 'ballot')} imported: {', '.join(b.member_name for b in imported)}."
        if imported
        else "No ballots were imported."
    ]
    if kept:
        lines.append(
            "Kept the earlier ballots of "
            + ", ".join(b.member_name for b in kept)
            + f"; {'its file was' if len(kept) == 1 else 'their files were'} not imported."
        )
    if rejected:
        lines.append(
            f"\n{plural(len(rejected), 'file')} not imported, nothing of {'it' if len(rejected) == 1 else 'them'} "
            "recorded. Correct these and import again:\n" + "\n".join(rejected)
        )
        dialogs.show_error(parent, "Some ballots were not imported", "\n".join(lines))
    else:
        dialogs.inform(parent, "Ballots imported" if imported else "No ballots imported", "\n".join(lines))
    return len(imported)
