"""Ordered schema migrations, run when a plan is opened.

Each migration is a module ``vNNN_*.py`` with ``VERSION`` (the schema version it
produces) and ``upgrade(op)``, where ``op`` is Alembic's ``Operations`` bound to
the plan's connection. They run in order inside one transaction with foreign
keys off (so ``batch_alter_table`` rebuilds don't cascade), checked with
``PRAGMA foreign_key_check`` before commit. A backup copy of the file is taken
next to it before anything changes.

A new plan (version 0 to the newest) skips Alembic: ``schema.sql``, generated
from the migrations by ``scripts/dump_schema.py``, holds the very statements
SQLite stored when they ran, and runs in the same transaction and checks.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from planner_gui.core.errors import MigrationError
from planner_gui.core.planfile import backup_to, connect_raw, stamp_identity
from planner_gui.i18n import _

if TYPE_CHECKING:
    from alembic.operations import Operations

SCHEMA_SCRIPT = "schema.sql"
"""The newest schema of an empty plan, package data next to this module."""

SCRIPT_VERSION_LINE = re.compile(r"^-- file format: (\d+)$", re.MULTILINE)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    upgrade: Callable[[Operations], None]


def _discover() -> tuple[Migration, ...]:
    found: list[Migration] = []
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("v"):
            continue
        module: ModuleType = importlib.import_module(f"{__name__}.{info.name}")
        found.append(Migration(module.VERSION, info.name, module.upgrade))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..n without gaps, found {versions}")
    return tuple(found)


MIGRATIONS: tuple[Migration, ...] = _discover()
SCHEMA_VERSION: int = MIGRATIONS[-1].version


def backup_path_for(path: Path, old_version: int) -> Path:
    base = path.with_name(f"{path.stem}.before-upgrade-v{old_version}{path.suffix}")
    candidate, n = base, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}.before-upgrade-v{old_version}-{n}{path.suffix}")
    return candidate


def schema_script(version: int = SCHEMA_VERSION) -> str | None:
    """The text of ``schema.sql`` if it makes file format ``version``; None if it is missing or for another.

    Without it the migrations make a new plan instead: slower, never wrong.
    """
    try:
        text = resources.files(__name__).joinpath(SCHEMA_SCRIPT).read_text(encoding="utf-8")
    except OSError:
        return None
    text = text.replace("\r\n", "\n")  # a checkout that turned line ends into CRLF; the script itself has no \r
    declared = SCRIPT_VERSION_LINE.search(text)
    if declared is None or int(declared.group(1)) != version:
        return None
    return text


def script_statements(script: str) -> Iterator[str]:
    """The statements of ``script``, each exactly as written (without its ``;``), comments between them left out."""
    pending: list[str] = []
    for line in script.splitlines(keepends=True):
        if not pending and (not line.strip() or line.startswith("--")):
            continue
        pending.append(line)
        statement = "".join(pending)
        if sqlite3.complete_statement(statement):
            pending.clear()
            yield statement.rstrip().removesuffix(";")
    if pending:
        raise ValueError(f"{SCHEMA_SCRIPT} ends in the middle of a statement: {''.join(pending)[:80]!r}")


def migrate(
    engine: Engine,
    current: int,
    *,
    target: int | None = None,
    migrations: Sequence[Migration] = MIGRATIONS,
    backup_of: Path | None = None,
) -> Path | None:
    """Bring the schema from ``current`` to ``target`` (default: the newest).

    From 0 to the newest with the default migrations (a new plan), the
    statements of ``schema.sql`` run instead of Alembic; pass any other
    sequence (``list(MIGRATIONS)``) to run the migrations themselves.
    Returns the backup file taken before migrating, if one was asked for.
    """
    target = migrations[-1].version if target is None else target
    pending = [m for m in migrations if current < m.version <= target]
    if not pending:
        return None
    script = schema_script(target) if current == 0 and migrations is MIGRATIONS and target == SCHEMA_VERSION else None
    backup = None
    if backup_of is not None:
        backup = backup_path_for(backup_of, current)
        source = connect_raw(backup_of, read_only=True)
        try:
            backup_to(source, backup)
        finally:
            source.close()
    try:
        _upgrade(engine, script, pending, target)
    except BaseException:
        if backup is not None:  # the file is left as it was: a copy of it would only be one more file to puzzle over
            backup.unlink(missing_ok=True)
        raise
    return backup


def _upgrade(engine: Engine, script: str | None, pending: Sequence[Migration], target: int) -> None:
    """Run ``script`` (a new plan) or the ``pending`` migrations, and stamp version ``target``: all or nothing."""
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        # Outside any transaction, or SQLite ignores it.
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                if script is not None:
                    for statement in script_statements(script):
                        conn.exec_driver_sql(statement)
                else:
                    _run_migrations(conn, pending)
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise MigrationError(
                        _(
                            "The plan could not be upgraded: some rows would lose the rows they belong to "
                            "({count} found). The file was left as it was."
                        ).format(count=len(problems))
                    )
                stamp_identity(raw, target)  # type: ignore[arg-type]
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def _run_migrations(conn: Connection, pending: Sequence[Migration]) -> None:
    from alembic.migration import MigrationContext  # Alembic loads only when a plan needs upgrading
    from alembic.operations import Operations

    op = Operations(MigrationContext.configure(conn))
    for migration in pending:
        try:
            migration.upgrade(op)
        except MigrationError:
            raise
        except Exception as error:
            raise MigrationError(
                _(
                    "The plan could not be upgraded to file format {version} ({error}). The file was left as it was."
                ).format(version=migration.version, error=error)
            ) from error
