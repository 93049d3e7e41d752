"""Opening a plan file from the GUI: the lock, the read-only fallback, and the messages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QWidget

from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import PlanError, ReadOnlyPlan
from planner_gui.core.sample import write_sample
from planner_gui.plan_lock import PlanLock
from planner_gui.ui import dialogs
from planner_gui.ui.open_plan import OpenPlan


def open_plan_file(path: Path, parent: QWidget | None) -> OpenPlan | None:
    """Open ``path`` for editing, or read-only when another program holds it.

    Says why in a dialog when the plan can't be opened, or only read-only.
    """
    path = Path(path)
    lock = PlanLock(path)
    try:
        if lock.acquire():
            try:
                return OpenPlan(PlanDocument.open(path), lock)
            except ReadOnlyPlan as error:
                lock.release()
                return _open_read_only(path, parent, str(error))
            except PlanError:
                lock.release()
                raise
        if lock.blocked_by_permissions:
            return _open_read_only(
                path,
                parent,
                f"The folder holding “{path.name}” can't be written to (a write-protected stick?), "
                "so the plan can't be changed here.",
            )
        holder = lock.holder()
        who = holder.describe() if holder else "another program"
        return _open_read_only(
            path,
            parent,
            f"“{path.name}” is already open in {who}. To keep it safe, it opens read-only here: "
            "you can look, but not change it. Close it there to edit it here.",
        )
    except PlanError as error:
        dialogs.show_error(parent, "The plan could not be opened", str(error))
        return None


def _open_read_only(path: Path, parent: QWidget | None, reason: str) -> OpenPlan | None:
    doc = PlanDocument.open_snapshot(path)
    dialogs.inform(parent, "Opened read-only", reason)
    return OpenPlan(doc, None)


def demo_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    folder = Path(base) / "samples"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def fresh_sample_path() -> Path:
    """Where a new copy of the sample goes: a fixed name, unless another program has it open."""
    folder = demo_folder()
    for n in range(1, 50):
        candidate = folder / ("Sample plan.retreat" if n == 1 else f"Sample plan {n}.retreat")
        lock = PlanLock(candidate)
        if lock.acquire(0):
            lock.release()
            return candidate
    raise PlanError(f"Too many copies of the sample plan are open; close some, or clear {folder}.")


def open_fresh_sample(parent: QWidget | None) -> OpenPlan | None:
    try:
        path = fresh_sample_path()
        write_sample(path, overwrite=True).close()
    except PlanError as error:
        dialogs.show_error(parent, "The sample plan could not be opened", str(error))
        return None
    return open_plan_file(path, parent)


def claim_for_writing(
    path: Path, open_here: Path | None, failure_title: str, parent: QWidget | None
) -> PlanLock | None:
    """The lock of a file about to be written over, or None (and a message) if a plan there is in use."""
    if open_here is not None and path.resolve() == open_here.resolve():
        message = f"“{path.name}” is the plan open in this window. Choose another name."
        dialogs.show_error(parent, failure_title, message)
        return None
    lock = PlanLock(path)
    if not lock.acquire():
        if lock.blocked_by_permissions or lock.holder() is None:  # no lock file could be made there at all
            message = (
                f"The folder {path.parent} can't be written (a write-protected stick, or a folder you may not "
                "change). Choose another folder."
            )
        else:
            message = (
                f"“{path.name}” is open in another program or window, so it can't be replaced. Choose another name."
            )
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
