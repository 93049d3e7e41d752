"""How a headless command takes a plan: the lock held while it writes, a snapshot to read, a plan opened to be
changed (saying so when an older file had to be upgraded), a new file's name checked. Shared by ``planner-gui``'s
commands (``cli.py``) and headless room voting (``room_cli.py``).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from planner_gui import PLAN_SUFFIX
from planner_gui.i18n import _

if TYPE_CHECKING:
    from planner_gui.core.document import PlanDocument

__all__ = [
    "CommandFailed",
    "held",
    "new_plan_path",
    "not_replacing",
    "open_for_editing",
    "snapshot",
]


class CommandFailed(Exception):
    """A headless command could not do what was asked; the message says why."""


def open_for_editing(path: Path, *, out: TextIO | None = None) -> PlanDocument:
    """The plan opened to be changed; an older file is upgraded first, and that is said (on ``out``,
    else stdout), with its backup."""
    from planner_gui.core.document import PlanDocument

    doc = PlanDocument.open(path)
    if doc.migration_backup is not None:
        said = _("Upgraded {plan} to this version's file format; the earlier file is kept as {backup}.")
        print(said.format(plan=path, backup=doc.migration_backup), file=out or sys.stdout, flush=True)
    return doc


@contextmanager
def snapshot(path: Path) -> Iterator[PlanDocument]:
    """The plan at ``path`` as it is on disk, read only, closed when the command is done with it."""
    from planner_gui.core.document import PlanDocument

    doc = PlanDocument.open_snapshot(path)
    try:
        yield doc
    finally:
        doc.close()


@contextmanager
def held(path: Path) -> Iterator[None]:
    """Hold the plan's lock while a command writes it: a plan open in the window is never written under it.

    A file that does not exist yet can't be open anywhere, so creating one needs
    no lock (and loads no Qt at all); the lock is QtCore's, never a widget.
    """
    if not path.exists():
        yield
        return
    from planner_gui.plan_lock import PlanLock

    lock = PlanLock(path)
    if not lock.acquire():
        holder = lock.holder()
        if holder is not None:
            raise CommandFailed(
                _("“{name}” is open in {where}; close it there first, then try again").format(
                    name=path.name, where=holder.describe()
                )
            )
        # No lock could be made (a missing or read-only folder): the command itself will say what is wrong.
    try:
        yield
    finally:
        lock.release()


def new_plan_path(path: Path, force: bool) -> None:
    """Refuse, saying how to go on, a name that is no plan's or a file that would be replaced without --force."""
    if path.suffix.lower() != PLAN_SUFFIX:
        raise CommandFailed(
            _("a plan file name ends in {suffix} (got “{name}”)").format(suffix=PLAN_SUFFIX, name=path.name)
        )
    not_replacing(path, force)


def not_replacing(path: Path, force: bool) -> None:
    """Refuse a file that would be replaced without --force."""
    if path.exists() and not path.is_dir() and not force:
        raise CommandFailed(
            _("“{name}” already exists; choose another name, or add --force to replace it").format(name=path.name)
        )
