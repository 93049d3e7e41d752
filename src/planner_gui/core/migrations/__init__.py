"""Ordered schema migrations, run when a plan is opened.

Each migration is a module ``vNNN_*.py`` with ``VERSION`` (the schema version it
produces) and ``upgrade(op)``, where ``op`` is Alembic's ``Operations`` bound to
the plan's connection. They run in order inside one transaction with foreign
keys off (so ``batch_alter_table`` rebuilds don't cascade), checked with
``PRAGMA foreign_key_check`` before commit. A backup copy of the file is taken
next to it before anything changes.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from planner_gui.core.errors import MigrationError
from planner_gui.core.planfile import backup_to, connect_raw, stamp_identity

if TYPE_CHECKING:
    from alembic.operations import Operations


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


def migrate(
    engine: Engine,
    current: int,
    *,
    target: int | None = None,
    migrations: Sequence[Migration] = MIGRATIONS,
    backup_of: Path | None = None,
) -> Path | None:
    """Bring the schema from ``current`` to ``target`` (default: the newest).

    Returns the backup file taken before migrating, if one was asked for.
    """
    from alembic.migration import MigrationContext  # Alembic loads only when a plan needs upgrading
    from alembic.operations import Operations

    target = migrations[-1].version if target is None else target
    pending = [m for m in migrations if current < m.version <= target]
    if not pending:
        return None
    backup = None
    if backup_of is not None:
        backup = backup_path_for(backup_of, current)
        source = connect_raw(backup_of, read_only=True)
        try:
            backup_to(source, backup)
        finally:
            source.close()
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        # Outside any transaction, or SQLite ignores it.
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                op = Operations(MigrationContext.configure(conn))
                for migration in pending:
                    try:
                        migration.upgrade(op)
                    except MigrationError:
                        raise
                    except Exception as error:
                        raise MigrationError(
                            f"The plan could not be upgraded to file format {migration.version} ({error}). "
                            "The file was left as it was."
                        ) from error
                problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise MigrationError(
                        "The plan could not be upgraded: some rows would lose the rows they "
                        f"belong to ({len(problems)} found). The file was left as it was."
                    )
                stamp_identity(raw, target)  # type: ignore[arg-type]
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    return backup
