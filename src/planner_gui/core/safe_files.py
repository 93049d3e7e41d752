"""Files written whole or not at all: temporary names, the rename into place, and what a crash leaves.

Every file the program writes over another goes first to a temporary name
beside it (``.NAME.PID.KIND``), is synced, and is renamed into place; the
folder is then synced too, so the rename itself survives a power cut. A
process killed half-way leaves its temporary file behind: opening the plan for
editing sweeps those of dead processes (:func:`sweep_leftovers`).
"""

from __future__ import annotations

import os
import re
from contextlib import suppress
from pathlib import Path

TEMPORARY_KINDS = ("creating", "partial", "writing")  # a new plan, a copy, a workbook or ballot


def temporary_path(dest: Path, kind: str) -> Path:
    """Where ``dest`` is written before it is renamed into place: hidden, and named by this process."""
    return dest.with_name(f".{dest.name}.{os.getpid()}.{kind}")


def sync_folder(folder: Path) -> None:
    """Make the folder's entries (a rename into it) durable, where the system can sync a folder.

    Windows can't open a folder to sync it, and some file systems refuse; the
    file itself was synced before its rename, so that is as far as it can go.
    """
    if os.name == "nt":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass  # the rename is done; a folder that can't be synced (some network and FAT mounts) keeps it anyway
    finally:
        os.close(handle)


def sync_file(path: Path) -> None:
    """Put a finished file's bytes on the disk before it is renamed into place (libraries that wrote it don't)."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def replace_into_place(tmp: Path, dest: Path) -> None:
    """Rename the finished ``tmp`` over ``dest`` (atomically) and sync their folder."""
    os.replace(tmp, dest)
    sync_folder(Path(dest).parent)


def process_is_alive(pid: int) -> bool:
    """Whether process ``pid`` runs on this computer (when in doubt, it does)."""
    if os.name == "nt" or pid <= 0:
        return True  # os.kill would end the process on Windows: never ask it there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OSError, OverflowError):
        return True  # it exists, run by someone else (or the number is no process id at all)
    return True


def sweep_leftovers(path: Path) -> list[Path]:
    """Remove the temporary files dead processes left while writing ``path``; returns those removed.

    Only files named for ``path`` (``.NAME.PID.KIND`` and their ``-journal``)
    whose process is gone are touched: a live process's file is left to it.
    Anything that can't be removed is left quietly: it harms nothing.
    """
    path = Path(path)
    pattern = re.compile(rf"\.{re.escape(path.name)}\.(\d+)\.({'|'.join(TEMPORARY_KINDS)})(-journal)?")
    removed: list[Path] = []
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return removed
    for entry in entries:
        found = pattern.fullmatch(entry.name)
        if found is None or int(found.group(1)) == os.getpid() or process_is_alive(int(found.group(1))):
            continue
        with suppress(OSError):
            if entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed
