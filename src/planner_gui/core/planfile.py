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

from planner_gui import PLAN_SUFFIX
from planner_gui.core.errors import (
    DamagedPlanFile,
    FileAccessError,
    NewerPlanFile,
    NotAPlanFile,
    PlanFileError,
)
from planner_gui.core.safe_files import replace_into_place, temporary_path
from planner_gui.i18n import _, ngettext

APPLICATION_ID = 0x52504C4E  # "RPLN"
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


@dataclass(frozen=True)
class PlanFileInfo:
    path: Path
    schema_version: int
    hot_journal: bool


SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_CANTOPEN = 5, 6, 10, 14
SQLITE_READONLY_ROLLBACK = 776  # a read-only connection found a hot journal it may not roll back
LOCK_WAIT = 5.0  # seconds a reader waits for another program's commit to end


def _display(path: Path) -> str:
    return f"“{path.name}”"


def journal_path(path: Path) -> Path:
    return Path(f"{path}-journal")


def _read_header(path: Path) -> tuple[bytes, int]:
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
        size = path.stat().st_size
    except PermissionError:
        raise FileAccessError(
            _(
                "You don't have permission to read {path}. Ask the owner of the file, or copy it "
                "somewhere you can read it."
            ).format(path=_display(path))
        ) from None
    except OSError as exc:
        raise FileAccessError(
            _("{path} could not be read: {error}.").format(path=_display(path), error=exc.strerror or exc)
        ) from None
    return header, size


def _field(header: bytes, offset: int) -> int:
    return int(struct.unpack(">I", header[offset : offset + 4])[0])


def refuse_writing_over_a_plan(path: Path) -> None:
    """A document (a workbook, a PDF, ballots, a list of links) is never written over a plan, whatever its name
    (a plan called "plan.xlsx" given as the export's file): FileAccessError, and nothing is written."""
    path = Path(path)
    try:
        if not path.is_file():
            return
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except OSError:
        return  # can't be read: whatever it is, writing there will say so
    if len(header) == HEADER_SIZE and header.startswith(SQLITE_MAGIC) and _field(header, 68) == APPLICATION_ID:
        raise FileAccessError(
            _("{path} is a plan: writing there would replace it. Choose another name. Nothing was written.").format(
                path=path
            )
        )


def change_counter(path: Path) -> int | None:
    """SQLite's file change counter (header offset 24): it goes up with every commit that changes the file.

    None if ``path`` is missing or is not an SQLite file. A plan uses a rollback
    journal, so the counter is kept by every commit (a WAL database would not).
    """
    try:
        with Path(path).open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except OSError:
        return None
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        return None
    return _field(header, 24)


def _cut_short(path: Path, header: bytes, size: int) -> DamagedPlanFile | None:
    """The refusal for a file shorter than its header says, when the header's page count is current."""
    (raw_page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    page_count = _field(header, 28)
    if _field(header, 92) == _field(header, 24) and page_count and size < page_count * page_size:
        return DamagedPlanFile(
            _(
                "{path} is cut short ({size:,} of {count:,} bytes): it is an incomplete copy. Copy the "
                "plan again from where it came from."
            ).format(path=_display(path), size=size, count=page_count * page_size)
        )
    return None


def _check_version(path: Path, user_version: int, newest_version: int) -> int:
    if user_version > newest_version:
        raise NewerPlanFile(
            _(
                "{path} was saved by a newer version of Retreat Planner (file format {user_version}; this "
                "version reads up to {newest_version}). Install the newer version to open it."
            ).format(path=_display(path), user_version=user_version, newest_version=newest_version)
        )
    if user_version == 0:
        raise DamagedPlanFile(
            _("{path} was never finished being created: it holds no plan.").format(path=_display(path))
        )
    return user_version


def _unreadable(path: Path, header: bytes, size: int, error: sqlite3.Error) -> PlanFileError:
    """What to tell the user when SQLite itself can't read ``path``."""
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return FileAccessError(
            _("{path} is being saved by another program and could not be read in time. Try again in a moment.").format(
                path=_display(path)
            )
        )
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN):
        return FileAccessError(
            _("{path} could not be read ({error}). Was the disk or stick removed?").format(
                path=_display(path), error=error
            )
        )
    return _cut_short(path, header, size) or DamagedPlanFile(
        _("{path} is damaged and can't be read ({error}). Open a backup copy of the plan instead.").format(
            path=_display(path), error=error
        )
    )


def inspect_plan_file(path: Path, newest_version: int, *, snapshot: sqlite3.Connection | None = None) -> PlanFileInfo:
    """Decide whether ``path`` is a plan this version can open; ``snapshot``, if given, receives a copy of it.

    What never changes in a plan's life (SQLite's mark, the application id) is
    read from the bytes; the rest is read under SQLite's own shared lock, so a
    plan another program is saving is seen as it was before or after a commit,
    never half-way. A hot journal (a program stopped mid-commit) is reported,
    never rolled back here: the connection is read-only.
    Raises a ``PlanFileError`` with a message for the user; never writes.
    """
    path = Path(path)
    if not path.exists():
        raise FileAccessError(
            _("The plan file {path} does not exist. It may have been moved or renamed.").format(path=path)
        )
    if path.is_dir():
        raise NotAPlanFile(
            _("{path} is a folder, not a plan file. Choose a file ending in {plan_suffix}.").format(
                path=path, plan_suffix=PLAN_SUFFIX
            )
        )
    header, size = _read_header(path)
    if size == 0:
        raise NotAPlanFile(_("{path} is empty: it holds no plan.").format(path=_display(path)))
    if not header.startswith(SQLITE_MAGIC):
        if header.startswith(b"PK"):
            raise NotAPlanFile(
                _("{path} looks like a spreadsheet or another zipped document, not a Retreat Planner plan.").format(
                    path=_display(path)
                )
            )
        raise NotAPlanFile(_("{path} is not a Retreat Planner plan.").format(path=_display(path)))
    if len(header) < HEADER_SIZE:
        raise DamagedPlanFile(_("{path} is cut short: it is an incomplete copy of a plan.").format(path=_display(path)))
    if _field(header, 68) != APPLICATION_ID:
        raise NotAPlanFile(
            _("{path} is a database of another program, not a Retreat Planner plan.").format(path=_display(path))
        )

    conn = sqlite3.connect(_uri(path, True), uri=True, timeout=LOCK_WAIT, isolation_level=None)
    try:
        try:
            # The shared lock: SQLite waits out a commit in progress, and refuses (read-only) a hot journal.
            conn.execute("BEGIN")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as error:
            if getattr(error, "sqlite_errorcode", None) != SQLITE_READONLY_ROLLBACK:
                raise _unreadable(path, header, size, error) from None
            # A program stopped mid-commit: SQLite rolls the file back to whole on the next open for
            # editing, so the half-written header says nothing about the plan's size or soundness.
            version = _check_version(path, _field(header, 60), newest_version)
            return PlanFileInfo(path=path, schema_version=version, hot_journal=True)
        # Under the lock, the plan as last committed, whole: read through SQLite only, since closing any
        # other handle on the file would drop this process's locks on it (POSIX). A file shorter than its
        # header says was refused above: SQLite checks that first.
        try:
            version = _check_version(path, int(conn.execute("PRAGMA user_version").fetchone()[0]), newest_version)
            _integrity_problems(path, conn, "quick_check", quick=True)
            if snapshot is not None:
                conn.backup(snapshot)
        except sqlite3.Error as error:
            raise _unreadable(path, header, size, error) from None
    finally:
        conn.close()
    return PlanFileInfo(path=path, schema_version=version, hot_journal=False)


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
        conn = sqlite3.connect(_uri(path, True), uri=True, timeout=LOCK_WAIT)
        try:
            return _integrity_problems(Path(path), conn, pragma, quick=quick)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedPlanFile(
            _("{path} is damaged and can't be read ({error}). Open a backup copy of the plan instead.").format(
                path=_display(Path(path)), error=exc
            )
        ) from None


def _integrity_problems(path: Path, conn: sqlite3.Connection, pragma: str, *, quick: bool) -> list[str]:
    rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}")]
    problems = [line for row in rows if row != "ok" for line in str(row).splitlines() if not line.startswith("***")]
    if not quick:  # what a file edited by another program may hold besides (only ``check`` asks)
        from planner_gui.core.soundness import content_problems

        problems += content_problems(conn)
    if problems and quick:
        raise DamagedPlanFile(
            ngettext(
                "{path} is damaged: SQLite found {count} broken part in it. Open a backup copy of the plan instead.",
                "{path} is damaged: SQLite found {count} broken parts in it. Open a backup copy of the plan instead.",
                len(problems),
            ).format(path=_display(path), count=len(problems))
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
    tmp = temporary_path(dest, "partial")
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
        replace_into_place(tmp, dest)
    except BaseException:
        with suppress(OSError):  # on a write-protected stick even removing fails: keep the real error
            tmp.unlink(missing_ok=True)
        raise


def clear_stale_journal(path: Path) -> None:
    """Remove the rollback journal a crashed program left beside ``path`` before a new file takes its name.

    SQLite would otherwise roll the old plan's pages into the new file. The
    caller holds the plan's lock, so no live program is using that journal.
    """
    journal = journal_path(path)
    try:
        journal.unlink(missing_ok=True)
    except OSError as error:
        raise FileAccessError(
            _(
                "“{name}” can't be replaced: the change a stopped program left beside it can't be removed ({error})."
            ).format(name=path.name, error=error.strerror or error)
        ) from None
