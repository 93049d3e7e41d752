"""Opening a plan file from the GUI: the lock, the read-only fallback, and the messages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QWidget

from planner_gui import PLAN_SUFFIX
from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import NotAPlanFile, PlanError, ReadOnlyPlan
from planner_gui.plan_lock import PlanLock
from planner_gui.ui import dialogs
from planner_gui.ui.open_plan import OpenPlan

Say = Callable[[str, str], object]  # (title, text): a message for the person


def open_plan_file(path: Path, parent: QWidget | None, *, say: Say | None = None) -> OpenPlan | None:
    """Open ``path`` for editing, or read-only when another program holds it.

    Says why in a dialog when the plan can't be opened, or only read-only; ``say`` takes those
    messages instead (at start, before the facilitator has done anything, they go to the status bar).
    """
    path = Path(path)
    error_said: Say = say or (lambda title, text: dialogs.show_error(parent, title, text))
    note_said: Say = say or (lambda title, text: dialogs.inform(parent, title, text))
    lock = PlanLock(path)
    try:
        if lock.acquire():
            try:
                return OpenPlan(PlanDocument.open(path), lock)
            except ReadOnlyPlan as error:
                lock.release()
                return _open_read_only(path, note_said, str(error))
            except PlanError:
                lock.release()
                raise
        if lock.blocked_by_permissions:
            return _open_read_only(
                path,
                note_said,
                QCoreApplication.translate(
                    "plan_opener",
                    "The folder holding “{name}” can't be written to (a write-protected stick?), "
                    "so the plan can't be changed here.",
                ).format(name=path.name),
            )
        holder = lock.holder()
        who = holder.describe() if holder else QCoreApplication.translate("plan_opener", "another program")
        return _open_read_only(
            path,
            note_said,
            QCoreApplication.translate(
                "plan_opener",
                "“{name}” is already open in {who}. To keep it safe, it opens read-only here: "
                "you can look, but not change it. Close it there to edit it here.",
            ).format(name=path.name, who=who),
        )
    except PlanError as error:
        error_said(
            QCoreApplication.translate("plan_opener", "The plan could not be opened"), f"{error}{_next_step(error)}"
        )
        return None


def _next_step(error: PlanError) -> str:
    if isinstance(error, NotAPlanFile):
        return "\n\n" + QCoreApplication.translate(
            "plan_opener",
            "Choose a plan file: its name ends in {suffix}. A spreadsheet can be made into a plan "
            "with File > New from Spreadsheet…",
        ).format(suffix=PLAN_SUFFIX)
    return ""


def _open_read_only(path: Path, say: Say, reason: str) -> OpenPlan | None:
    doc = PlanDocument.open_snapshot(path)
    say(QCoreApplication.translate("plan_opener", "Opened read-only"), reason)
    return OpenPlan(doc, None)


def in_use(path: Path) -> bool:
    """Whether a plan at ``path`` is open in a window or command (this program's or another's)."""
    lock = PlanLock(path)
    if lock.acquire(0):
        lock.release()
        return False
    return lock.holder() is not None


def choose_sample_copy(parent: QWidget | None, folder: Path, *, ask: bool) -> Path | None:
    """The sample copy to open: the one worked in last (``ask``: asked first), or a fresh one; None to cancel.

    A copy someone worked in is never written over: a fresh copy takes an
    untouched copy's place or a new name (see ``core/sample.py``).
    """
    from planner_gui.core.sample import worked_in_copies, write_sample_copy

    worked = worked_in_copies(folder) if ask else []
    if worked:
        latest = worked[0]
        when = QDateTime.fromSecsSinceEpoch(int(latest.stat().st_mtime))
        changed = QLocale().toString(when, QLocale.FormatType.ShortFormat)
        answer = dialogs.ask_choice(
            parent,
            QCoreApplication.translate("plan_opener", "Open the sample plan"),
            QCoreApplication.translate(
                "plan_opener",
                "You have worked in a copy of the sample plan: “{name}”, last changed {when}.\n\n"
                "Continue in it, or start a fresh copy of the sample? Your copy is kept either way, "
                "and File > Open Recent lists it.",
            ).format(name=latest.stem, when=changed),
            [
                QCoreApplication.translate("plan_opener", "Continue in My Copy"),
                QCoreApplication.translate("plan_opener", "Start a Fresh Copy"),
            ],
            default=0,  # either keeps every copy; going on where the room left off is what Enter should do
        )
        if answer is None:
            return None
        if answer == 0:
            return latest
    try:
        return write_sample_copy(folder, in_use=in_use)
    except PlanError as error:
        dialogs.show_error(
            parent, QCoreApplication.translate("plan_opener", "The sample plan could not be opened"), str(error)
        )
        return None


def copy_plan(source: Path, dest: Path) -> None:
    """Write a copy of the plan at ``source`` to ``dest`` (read under its lock; ``source`` is not changed)."""
    doc = PlanDocument.open_snapshot(source)
    try:
        doc.save_copy(dest)
    finally:
        doc.close()


def claim_for_writing(
    path: Path, open_here: Path | None, failure_title: str, parent: QWidget | None
) -> PlanLock | None:
    """The lock of a file about to be written over, or None (and a message) if a plan there is in use."""
    if open_here is not None and path.resolve() == open_here.resolve():
        message = QCoreApplication.translate(
            "plan_opener", "“{name}” is the plan open in this window. Choose another name."
        ).format(name=path.name)
        dialogs.show_error(parent, failure_title, message)
        return None
    lock = PlanLock(path)
    if not lock.acquire():
        if lock.blocked_by_permissions or lock.holder() is None:  # no lock file could be made there at all
            message = QCoreApplication.translate(
                "plan_opener",
                "The folder {folder} can't be written (a write-protected stick, or a folder you may not "
                "change). Choose another folder.",
            ).format(folder=path.parent)
        else:
            message = QCoreApplication.translate(
                "plan_opener",
                "“{name}” is open in another program or window, so it can't be replaced. Choose another name.",
            ).format(name=path.name)
        dialogs.show_error(parent, failure_title, message)
        return None
    return lock


def write_unless_in_use(
    path: Path, open_here: Path | None, failure_title: str, parent: QWidget | None, write: Callable[[Path], object]
) -> bool:
    """Write a plan file at ``path`` (``write(path)``) while holding its lock; say why if it can't be done."""
    lock = claim_for_writing(path, open_here, failure_title, parent)
    if lock is None:
        return False
    try:
        write(path)
    except PlanError as error:
        dialogs.show_error(parent, failure_title, str(error))
        return False
    finally:
        lock.release()
    return True
