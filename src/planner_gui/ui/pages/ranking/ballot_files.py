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

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from planner_gui.core.errors import PlanError
from planner_gui.core.ranking import BallotRefused
from planner_gui.exchange.ballots import (
    BallotFileError,
    ParsedBallot,
    ballot_paths,
    read_ballot,
    refusal,
    write_ballots,
)
from planner_gui.ui import ballot_record, dialogs
from planner_gui.ui.ballot_record import BallotsRefused
from planner_gui.ui.counts import counts
from planner_gui.ui.folders import remember, start_folder
from planner_gui.ui.open_plan import OpenPlan


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
    title = QCoreApplication.translate("ballot_files", "Write the ballot workbooks in which folder?")
    folder = dialogs.ask_folder(parent, title, str(start))
    if folder is None:
        return []
    folder = Path(folder)
    remember(parent, folder)
    not_written = QCoreApplication.translate("ballot_files", "The ballot workbooks were not written")
    try:
        existing = [path for _, path in ballot_paths(doc, folder) if path.exists()]
    except PlanError as error:
        dialogs.show_error(parent, not_written, str(error))
        return []
    shown = ", ".join(p.name for p in existing[:3]) + (", …" if len(existing) > 3 else "")
    if existing and not dialogs.ask_yes_no(
        parent,
        QCoreApplication.translate("ballot_files", "Replace the ballot workbooks already there?"),
        counts().workbooks_there(len(existing)).format(folder=folder, names=shown),
        yes=QCoreApplication.translate("ballot_files", "Replace them"),
        no=dialogs.cancel_text(),
    ):
        return []
    try:
        with busy():
            written = write_ballots(doc, folder, overwrite=bool(existing))
    except PlanError as error:
        dialogs.show_error(parent, not_written, str(error))
        return []
    names = "\n".join(f"  {path.name}" for path in written)
    dialogs.inform(
        parent,
        QCoreApplication.translate("ballot_files", "Ballot workbooks written"),
        counts().workbooks_written(len(written)).format(folder=folder, names=names),
    )
    return written


# ------------------------------------------------------------------ reading
def read_all(plan: OpenPlan, paths: list[Path], parent: QWidget | None) -> tuple[list[ParsedBallot], list[str]] | None:
    """Each file read and checked: the good ballots and the problems of the others; None if cancelled."""
    good: list[ParsedBallot] = []
    rejected: list[str] = []
    seen: dict[int, Path] = {}
    reading = QCoreApplication.translate("ballot_files", "Reading the ballots…")
    progress = QProgressDialog(reading, dialogs.cancel_text(), 0, len(paths), parent)
    progress.setWindowTitle(QCoreApplication.translate("ballot_files", "Import ballots"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)
    try:
        for done, path in enumerate(paths):
            progress.setValue(done)
            progress.setLabelText(QCoreApplication.translate("ballot_files", "Reading {name}…").format(name=path.name))
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
                    QCoreApplication.translate(
                        "ballot_files", "{file}: {name}'s ballot is also in {other}; import only one of the two."
                    ).format(file=path.name, name=ballot.member_name, other=seen[ballot.member_id].name)
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
    title = QCoreApplication.translate("ballot_files", "Import filled-in ballots")
    paths = [Path(p) for p in dialogs.ask_open_paths(parent, title, str(start))]
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
            QCoreApplication.translate("ballot_files", "Some of these members have voted already"),
            counts().voted_already(len(again)).format(names=names),
            yes=QCoreApplication.translate("ballot_files", "Replace their ballots"),
            no=QCoreApplication.translate("ballot_files", "Keep the earlier ones"),
        )
        if not replace:
            kept = again
            good = [b for b in good if b.member_id not in voted]
    imported: list[ParsedBallot] = []
    if good:
        ballots = [(b.member_id, b.choices) for b in good]
        try:
            results = ballot_record.cast(plan, ballots, source="spreadsheet", replace=replace)
        except BallotsRefused as refused:
            results = refused.results
        except PlanError as error:
            dialogs.show_error(
                parent, QCoreApplication.translate("ballot_files", "That change was not made"), str(error)
            )
            results = []
        # Each file read well; the plan's rules (the cap, a folded goal, a secret ballot) may still refuse one.
        for ballot, result in zip(good, results, strict=False):
            if isinstance(result, BallotRefused):
                rejected.append(str(refusal(ballot, result)))
            else:
                imported.append(ballot)
    lines = [
        counts().ballots_imported(len(imported)).format(names=", ".join(b.member_name for b in imported))
        if imported
        else QCoreApplication.translate("ballot_files", "No ballots were imported.")
    ]
    if kept:
        lines.append(counts().earlier_kept(len(kept)).format(names=", ".join(b.member_name for b in kept)))
    if rejected:
        lines.append("\n" + counts().files_refused(len(rejected)) + "\n" + "\n".join(rejected))
        dialogs.show_error(
            parent, QCoreApplication.translate("ballot_files", "Some ballots were not imported"), "\n".join(lines)
        )
    else:
        title = (
            QCoreApplication.translate("ballot_files", "Ballots imported")
            if imported
            else QCoreApplication.translate("ballot_files", "No ballots imported")
        )
        dialogs.inform(parent, title, "\n".join(lines))
    return len(imported)
