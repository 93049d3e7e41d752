"""The plan file on disk: recognising it, connecting to it, copying it.

A plan is one SQLite file (extension ``.retreat``). It names itself with
``PRAGMA application_id`` and carries its schema version in
``PRAGMA user_version``. It uses ``journal_mode=DELETE`` and
``synchronous=FULL`` because it travels on laptops and USB sticks: no ``-wal``
side files, and a commit is on the disk when it returns.

Everything that decides whether a file is a plan reads it without writing:
a file that is not a plan is left exactly as it was.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool

from planner_gui.core.errors import (
    DamagedPlanFile,
    FileAccessError,
    NewerPlanFile,
    NotAPlanFile,
)

PLAN_SUFFIX = ".retreat"
APPLICATION_ID = 0x52504C4E  # "RPLN"
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


@dataclass(frozen=True)
class PlanFileInfo:
    path: Path
    schema_version: int
    hot_journal: bool


def _display(path: Path) -> str:
    return f"“{path.name}”"


def inspect_plan_file(path: Path, newest_version: int) -> PlanFileInfo:
    """Decide, from the bytes alone, whether ``path`` is a plan this version can open.

    Raises a ``PlanFileError`` with a message for the user; never writes.
    """
    path = Path(path)
    if not path.exists():
        raise FileAccessError(f"The plan file {path} does not exist. It may have been moved or renamed.")
    if path.is_dir():
        raise NotAPlanFile(f"{path} is a folder, not a plan file. Choose a file ending in {PLAN_SUFFIX}.")
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
        size = path.stat().st_size
    except PermissionError:
        raise FileAccessError(
            f"You don't have permission to read {_display(path)}. "
            "Ask the owner of the file, or copy it somewhere you can read it."
        ) from None
    except OSError as exc:
        raise FileAccessError(f"{_display(path)} could not be read: {exc.strerror or exc}.") from None

    if size == 0:
        raise NotAPlanFile(f"{_display(path)} is empty: it holds no plan.")
    if not header.startswith(SQLITE_MAGIC):
        if header.startswith(b"PK"):
            raise NotAPlanFile(
                f"{_display(path)} looks like a spreadsheet or another zipped document, not a Retreat Planner plan."
            )
        raise NotAPlanFile(f"{_display(path)} is not a Retreat Planner plan.")
    if len(header) < HEADER_SIZE:
        raise DamagedPlanFile(f"{_display(path)} is cut short: it is an incomplete copy of a plan.")

    (application_id,) = struct.unpack(">I", header[68:72])
    (user_version,) = struct.unpack(">I", header[60:64])
    if application_id != APPLICATION_ID:
        raise NotAPlanFile(f"{_display(path)} is a database of another program, not a Retreat Planner plan.")

    (raw_page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    (change_counter,) = struct.unpack(">I", header[24:28])
    (page_count,) = struct.unpack(">I", header[28:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    # A program stopped mid-commit leaves its journal: SQLite rolls the file back to whole on the next open,
    # so the header of the half-written state says nothing about the plan's size.
    hot_journal = Path(f"{path}-journal").exists()
    if not hot_journal and valid_for == change_counter and page_count and size < page_count * page_size:
        raise DamagedPlanFile(
            f"{_display(path)} is cut short ({size:,} of {page_count * page_size:,} bytes): "
            "it is an incomplete copy. Copy the plan again from where it came from."
        )

    if user_version > newest_version:
        raise NewerPlanFile(
            f"{_display(path)} was saved by a newer version of Retreat Planner "
            f"(file format {user_version}; this version reads up to {newest_version}). "
            "Install the newer version to open it."
        )
    if user_version == 0:
        raise DamagedPlanFile(f"{_display(path)} was never finished being created: it holds no plan.")

    if not hot_journal:
        check_integrity(path, quick=True)
    return PlanFileInfo(path=path, schema_version=user_version, hot_journal=hot_journal)


def _uri(path: Path, read_only: bool) -> str:
    mode = "ro" if read_only else "rw"
    return f"file:{quote(str(Path(path).resolve()))}?mode={mode}"


def connect_raw(path: Path, *, read_only: bool, create: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection in autocommit mode (we issue BEGIN ourselves)."""
    uri = f"file:{quote(str(Path(path).resolve()))}?mode=rwc" if create else _uri(path, read_only)
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys=ON")
    if not read_only:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("PRAGMA synchronous=FULL")
    return conn


def check_integrity(path: Path, *, quick: bool = False) -> list[str]:
    """Run SQLite's own check, read-only. Returns problems found (empty when sound)."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        conn = sqlite3.connect(_uri(path, True), uri=True)
        try:
            rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedPlanFile(
            f"{_display(Path(path))} is damaged and can't be read ({exc}). Open a backup copy of the plan instead."
        ) from None
    problems = [line for row in rows if row != "ok" for line in str(row).splitlines() if not line.startswith("***")]
    if problems and quick:
        raise DamagedPlanFile(
            f"{_display(Path(path))} is damaged: SQLite found {len(problems)} broken "
            f"{'part' if len(problems) == 1 else 'parts'} in it. Open a backup copy of the plan instead."
        )
    return problems


def make_engine(path: Path, *, read_only: bool, create: bool = False) -> Engine:
    """An engine whose every connection has the plan's pragmas and real transactions.

    pysqlite's own transaction handling would run DDL outside any transaction;
    SQLAlchemy's documented recipe is to switch the driver to autocommit and
    emit BEGIN ourselves, so a migration or a batch of edits is atomic.
    """
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: connect_raw(path, read_only=read_only, create=create),
        poolclass=StaticPool,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn):  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("BEGIN")

    return engine


def stamp_identity(conn: sqlite3.Connection, version: int) -> None:
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version={int(version)}")


def read_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def backup_to(source: sqlite3.Connection, dest: Path) -> None:
    """Copy an open plan to ``dest`` with SQLite's backup API, atomically.

    The copy is written next to ``dest`` under a temporary name, synced, and
    renamed into place, so a failed copy never leaves a half-written file.
    """
    dest = Path(dest)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.partial")
    try:
        if tmp.exists():
            tmp.unlink()
        target = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
        with tmp.open("rb+") as handle:
            os.fsync(handle.fileno())
        clear_stale_journal(dest)
        os.replace(tmp, dest)
    except BaseException:
        with suppress(OSError):  # on a write-protected stick even removing fails: keep the real error
            tmp.unlink(missing_ok=True)
        raise


def clear_stale_journal(path: Path) -> None:
    """Remove the rollback journal a crashed program left beside ``path`` before a new file takes its name.

    SQLite would otherwise roll the old plan's pages into the new file. The
    caller holds the plan's lock, so no live program is using that journal.
    """
    journal = path.with_name(f"{path.name}-journal")
    try:
        journal.unlink(missing_ok=True)
    except OSError as error:
        raise FileAccessError(
            f"“{path.name}” can't be replaced: the change a stopped program left beside it can't be removed "
            f"({error.strerror or error})."
        ) from None
