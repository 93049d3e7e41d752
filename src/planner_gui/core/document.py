"""The open plan: one object for the file and the capabilities that read and edit it.

``PlanDocument`` is what the rest of the program holds. It opens, creates and
copies plan files (here), and is composed of one object per capability, each
over the same :class:`~planner_gui.core.store.PlanStore` (one session, one
transaction at a time, one stream of typed events):

    doc.structure    the plan's texts, goals and objectives
    doc.lists        any ordered list by its kind (outcomes, members, sessions…)
    doc.walkthrough  achievements' objectives, each step's done mark and notes
    doc.context      the context analysis
    doc.agenda       the agenda and its timer
    doc.ranking      members, ballots, hand counts, results, decisions
    doc.strategies   strategies and their coverage
    doc.baseline     the review's starting point and what changed since
    doc.room         room voting's round: the secret of the members' links, its options
    doc.events       who hears of each commit (``core/events.py``)

A capability is given what it uses, so what it depends on is in its signature.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, exc
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from planner_gui import PLAN_SUFFIX
from planner_gui.core.agenda import AgendaEdits
from planner_gui.core.baseline import BaselineEdits
from planner_gui.core.context import ContextEdits
from planner_gui.core.errors import DamagedPlanFile, FileAccessError, PlanError, ReadOnlyPlan
from planner_gui.core.events import Notifier
from planner_gui.core.migrations import SCHEMA_VERSION, migrate
from planner_gui.core.model import Plan
from planner_gui.core.ordered import Lists
from planner_gui.core.planfile import (
    backup_to,
    clear_stale_journal,
    connect_raw,
    inspect_plan_file,
    journal_path,
    make_engine,
    stamp_identity,
)
from planner_gui.core.ranking import RankingEdits
from planner_gui.core.room_round import RoomRounds
from planner_gui.core.safe_files import replace_into_place, sweep_leftovers, temporary_path
from planner_gui.core.store import PlanStore, describe_os_error
from planner_gui.core.strategies import StrategyEdits
from planner_gui.core.structure import StructureEdits
from planner_gui.core.walkthrough import WalkthroughEdits
from planner_gui.i18n import _, current_language, normalise

__all__ = ["PlanDocument"]


class PlanDocument:
    """An open plan file. Create with :meth:`create`, :meth:`open` or :meth:`open_snapshot`."""

    def __init__(self, path: Path, engine: Engine, *, read_only: bool, memory: sqlite3.Connection | None = None):
        self.store = store = PlanStore(path, engine, read_only=read_only, memory=memory)
        self.lists = Lists(store)
        self.structure = StructureEdits(store, self.lists)
        self.walkthrough = WalkthroughEdits(store, self.lists, self.structure)
        self.context = ContextEdits(store, self.lists)
        self.agenda = AgendaEdits(store, self.lists)
        self.ranking = RankingEdits(store, self.lists, self.structure)
        self.strategies = StrategyEdits(store, self.lists, self.structure)
        self.baseline = BaselineEdits(store, self.structure)
        self.room = RoomRounds(store)
        self.migration_backup: Path | None = None

    # ------------------------------------------------------------ the store
    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    @property
    def session(self) -> Session:
        return self.store.session

    @property
    def events(self) -> Notifier:
        return self.store.events

    @property
    def plan(self) -> Plan:
        return self.store.plan

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Group the edits of several capabilities into one commit (and one notice to listeners)."""
        with self.store.transaction() as session:
            yield session

    # ------------------------------------------------------------------ files
    @classmethod
    def create(
        cls,
        path: Path,
        *,
        title: str = "",
        organisation: str = "",
        overwrite: bool = False,
        fill: Callable[[PlanDocument], None] | None = None,
        language: str | None = None,
    ) -> PlanDocument:
        """Write a new, empty plan at ``path`` and open it.

        ``language``: that of the plan's documents ("en", "fr", "es"); by
        default the language spoken now, the person's who creates it.

        The file is built under a temporary name and renamed into place, so a
        failure leaves nothing behind and never harms an existing file.
        ``fill``, if given, runs on the new plan before the rename.
        """
        path = Path(path)
        cls.check_new_path(path, overwrite=overwrite)
        tmp = temporary_path(path, "creating")
        with suppress(OSError):  # a leftover of an earlier attempt; on a write-protected stick the next step says so
            tmp.unlink(missing_ok=True)
        engine = None
        doc: PlanDocument | None = None
        try:
            raw = connect_raw(tmp, read_only=False, create=True)
            stamp_identity(raw, 0)
            raw.close()
            engine = make_engine(tmp, read_only=False)
            migrate(engine, 0)
            doc = cls(tmp, engine, read_only=False)
            with doc.transaction() as session:
                session.add(
                    Plan(
                        id=1,
                        uid=str(uuid.uuid4()),
                        title=title,
                        organisation=organisation,
                        created_at=datetime.now().replace(microsecond=0),
                        language=normalise(language) if language else current_language(),
                    )
                )
            doc.baseline.take()  # the review starts from the plan as created; ``fill`` may take it again
            if fill is not None:
                fill(doc)
            doc.close()
            doc = None
            clear_stale_journal(path)
            replace_into_place(tmp, path)
        except BaseException as error:
            # Close the half-made plan before removing it (Windows can't delete an open file).
            if doc is not None:
                doc.close()
            elif engine is not None:
                engine.dispose()
            for leftover in (tmp, journal_path(tmp)):
                with suppress(OSError):  # on a write-protected stick even removing fails: keep the real error
                    leftover.unlink(missing_ok=True)
            if isinstance(error, PermissionError):
                raise FileAccessError(
                    _("You don't have permission to create files in {parent}.").format(parent=path.parent)
                ) from None
            if isinstance(error, OSError):
                raise FileAccessError(
                    _("The plan could not be created: {error}.").format(error=error.strerror or error)
                ) from None
            if isinstance(error, sqlite3.Error | exc.DBAPIError):
                raise FileAccessError(
                    _("The plan could not be created: {error}.").format(error=describe_os_error(error))
                ) from None
            raise
        return cls.open(path)

    @staticmethod
    def check_new_path(path: Path, *, overwrite: bool = False) -> None:
        """Refuse, with a message, a path a new plan can't be written to."""
        if path.is_dir():
            raise FileAccessError(
                _("{path} is a folder. Choose a file name ending in {plan_suffix}.").format(
                    path=path, plan_suffix=PLAN_SUFFIX
                )
            )
        if path.exists() and not overwrite:
            raise FileAccessError(
                _("“{name}” already exists. Choose another name, or open it instead.").format(name=path.name)
            )
        if not path.parent.is_dir():
            raise FileAccessError(_("The folder {parent} does not exist.").format(parent=path.parent))

    @classmethod
    def open(cls, path: Path) -> PlanDocument:
        """Open a plan for editing, upgrading an older file (after a backup copy)."""
        path = Path(path)
        info = inspect_plan_file(path, SCHEMA_VERSION)
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise ReadOnlyPlan(
                _(
                    "“{name}” is read-only here (a write-protected stick, or a file you may not change). Copy "
                    "it to a folder you can write to, or open it read-only."
                ).format(name=path.name)
            )
        engine = make_engine(path, read_only=False)
        try:
            with engine.connect() as conn:
                # A hot journal left by a crash is rolled back by this first read.
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").fetchone()
                if info.hot_journal:
                    problems = conn.exec_driver_sql("PRAGMA quick_check").fetchall()
                    if [p for (p,) in problems if p != "ok"]:
                        raise DamagedPlanFile(
                            _("“{name}” is damaged. Open a backup copy instead.").format(name=path.name)
                        )
                # A trigger would change what is recorded behind every edit's back (a vote typed Low kept High).
                trigger = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").first()
                if trigger is not None:
                    raise DamagedPlanFile(
                        _(
                            "“{name}” holds a trigger ({trigger}) that this program never makes: another program "
                            "has changed how the plan records what is typed, so it is not opened to be changed. "
                            "Open a backup copy instead."
                        ).format(name=path.name, trigger=trigger[0])
                    )
            _clear_unused_journal(engine, path)
            doc = cls(path, engine, read_only=False)
            if info.schema_version < SCHEMA_VERSION:
                doc.migration_backup = migrate(engine, info.schema_version, backup_of=path)
            doc._check_plan_row()
        except PlanError:
            engine.dispose()
            raise
        except (exc.DatabaseError, sqlite3.DatabaseError) as error:
            engine.dispose()
            raise DamagedPlanFile(
                _("“{name}” can't be opened as a plan: {error}.").format(name=path.name, error=error)
            ) from None
        sweep_leftovers(path)
        return doc

    @classmethod
    def open_snapshot(cls, path: Path) -> PlanDocument:
        """Open a read-only view: a copy in memory, taken now, holding no lock on the file."""
        path = Path(path)
        memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        try:
            info = inspect_plan_file(path, SCHEMA_VERSION, snapshot=memory)  # read under the plan's lock
            if info.hot_journal:
                raise ReadOnlyPlan(
                    _(
                        "“{name}” was left in the middle of a change by a program that stopped. Open it for "
                        "editing once to recover it."
                    ).format(name=path.name)
                )
        except BaseException:
            memory.close()
            raise
        memory.execute("PRAGMA foreign_keys=ON")
        engine = create_engine("sqlite+pysqlite://", creator=lambda: memory, poolclass=StaticPool)
        if info.schema_version < SCHEMA_VERSION:
            migrate(engine, info.schema_version)
        doc = cls(path, engine, read_only=True, memory=memory)
        doc._check_plan_row()
        return doc

    def _check_plan_row(self) -> None:
        if self.session.get(Plan, 1) is None:
            raise DamagedPlanFile(_("“{name}” holds no plan record; it is damaged.").format(name=self.path.name))

    def close(self) -> None:
        self.store.close()

    def save_copy(self, dest: Path) -> None:
        """Write a consistent copy of the plan to ``dest`` with SQLite's backup API."""
        dest = Path(dest)
        if dest.resolve() == self.path.resolve():
            raise FileAccessError(_("A copy can't be saved over the plan itself. Choose another name."))
        if not dest.parent.is_dir():
            raise FileAccessError(_("The folder {parent} does not exist.").format(parent=dest.parent))
        try:
            # From the plan's own connection: it reads the plan even if its file was since removed (a stick pulled).
            self.session.commit()
            source = self.session.connection().connection.driver_connection
            assert isinstance(source, sqlite3.Connection)
            try:
                backup_to(source, dest)
            finally:
                self.session.commit()
        except PermissionError:
            raise FileAccessError(
                _("You don't have permission to write in {parent}.").format(parent=dest.parent)
            ) from None
        except (OSError, sqlite3.Error, exc.DBAPIError) as error:
            raise FileAccessError(
                _("The copy could not be written to {dest}: {error}. Nothing was written there.").format(
                    dest=dest, error=describe_os_error(error)
                )
            ) from None

    def integrity_problems(self) -> list[str]:
        rows = self.session.connection().exec_driver_sql("PRAGMA integrity_check").fetchall()
        self.session.commit()
        return [row[0] for row in rows if row[0] != "ok"]


def _clear_unused_journal(engine: Engine, path: Path) -> None:
    """Remove a journal SQLite ignores (a commit killed before it began), so it can't bar read-only opening.

    SQLite deletes such a journal only when it next writes; a write of nothing
    (the file format, set to itself) does it now. If even that fails, the
    journal stays, harmless.
    """
    if not journal_path(path).exists():
        return
    with suppress(exc.DBAPIError, OSError), engine.begin() as conn:
        version = int(conn.exec_driver_sql("PRAGMA user_version").scalar() or 0)
        conn.exec_driver_sql(f"PRAGMA user_version={version}")
