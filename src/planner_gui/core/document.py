"""The open plan: one object for the file, its session and every edit.

Each operation is intention-revealing (``add_objective``, ``fold_goal``...),
runs in one transaction and commits before it returns: there is no "Save".
After the commit, listeners hear what changed (a :class:`Change`: which table,
what happened, which ids), so the Qt side can turn it into item-model signals
without the core knowing Qt exists.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, exc, func, select, update
from sqlalchemy.orm import Session

from planner_gui.core import tombstone
from planner_gui.core.errors import (
    DamagedPlanFile,
    FileAccessError,
    InvalidEdit,
    PlanError,
    PlanFileError,
    ReadOnlyPlan,
)
from planner_gui.core.migrations import SCHEMA_VERSION, migrate
from planner_gui.core.model import (
    GOAL_FIELDS,
    OBJECTIVE_FIELDS,
    PLAN_TEXT_FIELDS,
    Base,
    Goal,
    Objective,
    Plan,
)
from planner_gui.core.natural import natural_key
from planner_gui.core.planfile import (
    PLAN_SUFFIX,
    backup_to,
    connect_raw,
    inspect_plan_file,
    make_engine,
    stamp_identity,
)
from planner_gui.core.tombstone import Tombstone


@dataclass(frozen=True)
class Change:
    """One thing that changed: ``table`` is the table name ("plan", "goal"...).

    ``action`` is "added", "changed", "removed", "moved" or "reset" (reload all).
    """

    table: str
    action: str
    ids: tuple[int, ...] = ()
    fields: tuple[str, ...] = ()


Listener = Callable[[Change], None]


def _clean_number(number: str, what: str) -> str:
    text = (number or "").strip()
    if not text:
        raise InvalidEdit(f"A {what} needs a number, such as “1”, “2.3” or “A”.")
    if len(text) > 40:
        raise InvalidEdit(f"A {what} number is a short label; “{text[:20]}…” is too long.")
    return text


def _describe_os_error(error: BaseException) -> str:
    text = str(getattr(error, "orig", error)).lower()
    if "readonly" in text or "read-only" in text or "permission" in text:
        return "the plan file can't be written (is it on a write-protected stick, or read-only?)"
    if "full" in text or "no space" in text:
        return "the disk is full"
    if "disk i/o" in text or "unable to open" in text:
        return "the disk could not be written (was the stick removed?)"
    return str(getattr(error, "orig", error))


class PlanDocument:
    """An open plan file. Create with :meth:`create`, :meth:`open` or :meth:`open_snapshot`."""

    def __init__(self, path: Path, engine: Any, *, read_only: bool, memory: sqlite3.Connection | None = None):
        self.path = Path(path)
        self.read_only = read_only
        self._engine = engine
        self._memory = memory
        self.session = Session(engine, expire_on_commit=False, autoflush=True)
        self._listeners: list[Listener] = []
        self._depth = 0
        self._pending: list[Change] = []
        self.migration_backup: Path | None = None

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
    ) -> PlanDocument:
        """Write a new, empty plan at ``path`` and open it.

        The file is built under a temporary name and renamed into place, so a
        failure leaves nothing behind and never harms an existing file.
        ``fill``, if given, runs on the new plan before the rename.
        """
        path = Path(path)
        if path.is_dir():
            raise FileAccessError(f"{path} is a folder. Choose a file name ending in {PLAN_SUFFIX}.")
        if path.exists() and not overwrite:
            raise FileAccessError(f"“{path.name}” already exists. Choose another name, or open it instead.")
        if not path.parent.is_dir():
            raise FileAccessError(f"The folder {path.parent} does not exist.")
        tmp = path.with_name(f".{path.name}.{os.getpid()}.creating")
        tmp.unlink(missing_ok=True)
        try:
            raw = connect_raw(tmp, read_only=False, create=True)
            stamp_identity(raw, 0)
            raw.close()
            engine = make_engine(tmp, read_only=False)
            migrate(engine, 0)
            doc = cls(tmp, engine, read_only=False)
            with doc.transaction():
                doc.session.add(
                    Plan(
                        id=1,
                        uid=str(uuid.uuid4()),
                        title=title,
                        organisation=organisation,
                        created_at=datetime.now().replace(microsecond=0),
                    )
                )
            if fill is not None:
                fill(doc)
            doc.close()
            os.replace(tmp, path)
        except PermissionError:
            tmp.unlink(missing_ok=True)
            raise FileAccessError(f"You don't have permission to create files in {path.parent}.") from None
        except OSError as error:
            tmp.unlink(missing_ok=True)
            raise FileAccessError(f"The plan could not be created: {error.strerror or error}.") from None
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return cls.open(path)

    @classmethod
    def open(cls, path: Path) -> PlanDocument:
        """Open a plan for editing, upgrading an older file (after a backup copy)."""
        path = Path(path)
        info = inspect_plan_file(path, SCHEMA_VERSION)
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise ReadOnlyPlan(
                f"“{path.name}” is read-only here (a write-protected stick, or a file you may not "
                "change). Copy it to a folder you can write to, or open it read-only."
            )
        engine = make_engine(path, read_only=False)
        try:
            with engine.connect() as conn:
                # A hot journal left by a crash is rolled back by this first read.
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").fetchone()
                if info.hot_journal:
                    problems = conn.exec_driver_sql("PRAGMA quick_check").fetchall()
                    if [p for (p,) in problems if p != "ok"]:
                        raise DamagedPlanFile(f"“{path.name}” is damaged. Open a backup copy instead.")
            doc = cls(path, engine, read_only=False)
            if info.schema_version < SCHEMA_VERSION:
                doc.migration_backup = migrate(engine, info.schema_version, backup_of=path)
            doc._check_plan_row()
        except PlanError:
            engine.dispose()
            raise
        except (exc.DatabaseError, sqlite3.DatabaseError) as error:
            engine.dispose()
            raise DamagedPlanFile(f"“{path.name}” can't be opened as a plan: {error}.") from None
        return doc

    @classmethod
    def open_snapshot(cls, path: Path) -> PlanDocument:
        """Open a read-only view: a copy in memory, taken now, holding no lock on the file."""
        path = Path(path)
        info = inspect_plan_file(path, SCHEMA_VERSION)
        if info.hot_journal:
            raise ReadOnlyPlan(
                f"“{path.name}” was left in the middle of a change by a program that stopped. "
                "Open it for editing once to recover it."
            )
        memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        source = connect_raw(path, read_only=True)
        try:
            source.backup(memory)
        finally:
            source.close()
        memory.execute("PRAGMA foreign_keys=ON")
        from sqlalchemy import create_engine
        from sqlalchemy.pool import StaticPool

        engine = create_engine("sqlite+pysqlite://", creator=lambda: memory, poolclass=StaticPool)
        if info.schema_version < SCHEMA_VERSION:
            migrate(engine, info.schema_version)
        doc = cls(path, engine, read_only=True, memory=memory)
        doc._check_plan_row()
        return doc

    def _check_plan_row(self) -> None:
        if self.session.get(Plan, 1) is None:
            raise DamagedPlanFile(f"“{self.path.name}” holds no plan record; it is damaged.")

    def close(self) -> None:
        with suppress(Exception):
            self.session.rollback()
        self.session.close()
        self._engine.dispose()
        if self._memory is not None:
            self._memory.close()
        self._listeners.clear()

    def save_copy(self, dest: Path) -> None:
        """Write a consistent copy of the plan to ``dest`` with SQLite's backup API."""
        dest = Path(dest)
        if dest.resolve() == self.path.resolve():
            raise FileAccessError("A copy can't be saved over the plan itself. Choose another name.")
        if not dest.parent.is_dir():
            raise FileAccessError(f"The folder {dest.parent} does not exist.")
        source = self._memory if self._memory is not None else connect_raw(self.path, read_only=True)
        try:
            backup_to(source, dest)
        except PermissionError:
            raise FileAccessError(f"You don't have permission to write in {dest.parent}.") from None
        except (OSError, sqlite3.Error) as error:
            raise FileAccessError(
                f"The copy could not be written to {dest}: {_describe_os_error(error)}. Nothing was written there."
            ) from None
        finally:
            if source is not self._memory:
                source.close()

    def integrity_problems(self) -> list[str]:
        rows = self.session.connection().exec_driver_sql("PRAGMA integrity_check").fetchall()
        self.session.commit()
        return [row[0] for row in rows if row[0] != "ok"]

    # ---------------------------------------------------------- notifications
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _changed(self, table: str, action: str, ids: Sequence[int] = (), fields: Sequence[str] = ()) -> None:
        self._pending.append(Change(table, action, tuple(ids), tuple(fields)))

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Group edits into one commit; listeners hear of them after it succeeds."""
        if self.read_only:
            raise ReadOnlyPlan(f"“{self.path.name}” is open read-only, so it can't be changed here.")
        self._depth += 1
        try:
            yield self.session
            if self._depth == 1:
                self.session.commit()
        except exc.IntegrityError as error:
            self._abort()
            raise InvalidEdit(f"That change breaks a rule of the plan ({error.orig}).") from None
        except (exc.OperationalError, exc.DatabaseError, OSError) as error:
            self._abort()
            raise PlanFileError(
                f"The change could not be saved: {_describe_os_error(error)}. The plan is as it was before this change."
            ) from None
        except BaseException:
            self._abort()
            raise
        finally:
            self._depth -= 1
        if self._depth == 0:
            pending, self._pending = self._pending, []
            for change in pending:
                for listener in list(self._listeners):
                    listener(change)

    def _abort(self) -> None:
        if self._depth == 1:
            with suppress(Exception):
                self.session.rollback()
            self._pending.clear()

    # ------------------------------------------------------------------ reads
    @property
    def plan(self) -> Plan:
        plan = self.session.get(Plan, 1)
        assert plan is not None
        return plan

    def goals(self) -> list[Goal]:
        return list(self.session.scalars(select(Goal).order_by(Goal.position, Goal.id)))

    def goal(self, goal_id: int) -> Goal:
        goal = self.session.get(Goal, goal_id)
        if goal is None:
            raise InvalidEdit("That goal is no longer in the plan.")
        return goal

    def objective(self, objective_id: int) -> Objective:
        objective = self.session.get(Objective, objective_id)
        if objective is None:
            raise InvalidEdit("That objective is no longer in the plan.")
        return objective

    def objectives(self, goal_id: int | None = None) -> list[Objective]:
        """Objectives in the plan's order: by goal, then by their place in the goal."""
        query = select(Objective).join(Goal).order_by(Goal.position, Goal.id, Objective.position, Objective.id)
        if goal_id is not None:
            query = query.where(Objective.goal_id == goal_id)
        return list(self.session.scalars(query))

    def structure(self) -> list[tuple[int, list[int]]]:
        """Goal ids in order, each with its objective ids in order (one query each)."""
        goals = [row[0] for row in self.session.execute(select(Goal.id).order_by(Goal.position, Goal.id))]
        children: dict[int, list[int]] = {gid: [] for gid in goals}
        rows = self.session.execute(select(Objective.id, Objective.goal_id).order_by(Objective.position, Objective.id))
        for oid, gid in rows:
            children.setdefault(gid, []).append(oid)
        return [(gid, children[gid]) for gid in goals]

    def find_objective(self, number: str) -> Objective | None:
        return self.session.scalar(select(Objective).where(Objective.number == number.strip()))

    def counts(self) -> dict[str, int]:
        goals = self.session.scalar(select(func.count()).select_from(Goal)) or 0
        folded = self.session.scalar(select(func.count()).select_from(Goal).where(Goal.folded)) or 0
        objectives = self.session.scalar(select(func.count()).select_from(Objective)) or 0
        return {"goals": goals, "folded goals": folded, "objectives": objectives}

    # ------------------------------------------------------------- plan edits
    def set_plan_field(self, field: str, value: str) -> None:
        if field not in PLAN_TEXT_FIELDS:
            raise InvalidEdit(f"The plan has no field “{field}”.")
        with self.transaction():
            setattr(self.plan, field, value)
            self._changed("plan", "changed", (1,), (field,))

    # ------------------------------------------------------------- goal edits
    def _check_goal_number(self, number: str, goal_id: int | None = None) -> str:
        number = _clean_number(number, "goal")
        clash = self.session.scalar(select(Goal.id).where(Goal.number == number))
        if clash is not None and clash != goal_id:
            raise InvalidEdit(f"There is already a Goal {number}. Give this goal another number.")
        return number

    def add_goal(
        self,
        number: str,
        title: str = "",
        description: str = "",
        *,
        index: int | None = None,
        goal_id: int | None = None,
    ) -> int:
        with self.transaction():
            number = self._check_goal_number(number)
            siblings = self.goals()
            index = len(siblings) if index is None else max(0, min(index, len(siblings)))
            goal = Goal(
                id=goal_id,
                number=number,
                title=title,
                description=description,
                position=index,
                folded=False,
                fold_note="",
            )
            self.session.add(goal)
            siblings.insert(index, goal)
            self._renumber(siblings)
            self.session.flush()
            self._changed("goal", "added", (goal.id,))
        return goal.id

    def update_goal(self, goal_id: int, **changes: Any) -> None:
        unknown = set(changes) - set(GOAL_FIELDS)
        if unknown:
            raise InvalidEdit(f"A goal has no field {', '.join(sorted(unknown))}.")
        with self.transaction():
            goal = self.goal(goal_id)
            if "number" in changes:
                changes["number"] = self._check_goal_number(changes["number"], goal_id)
            for name, value in changes.items():
                setattr(goal, name, value)
            self._changed("goal", "changed", (goal_id,), tuple(changes))

    def fold_goal(self, goal_id: int, note: str) -> None:
        """Fold a goal away into the others (the seed's Goal 4), with a note saying how."""
        self.update_goal(goal_id, folded=True, fold_note=note)

    def unfold_goal(self, goal_id: int) -> None:
        self.update_goal(goal_id, folded=False)

    def move_goal(self, goal_id: int, index: int) -> None:
        with self.transaction():
            goals = self.goals()
            goal = self.goal(goal_id)
            goals.remove(goal)
            goals.insert(max(0, min(index, len(goals))), goal)
            self._renumber(goals)
            self._changed("goal", "moved", (goal_id,))

    # -------------------------------------------------------- objective edits
    def _check_objective_number(self, number: str, objective_id: int | None = None) -> str:
        number = _clean_number(number, "objective")
        clash = self.session.scalar(select(Objective.id).where(Objective.number == number))
        if clash is not None and clash != objective_id:
            raise InvalidEdit(
                f"There is already an Obj. {number}. Numbers are kept for life, so give this "
                "objective a number of its own."
            )
        return number

    def natural_index(self, goal_id: int, number: str) -> int:
        """Where an objective numbered ``number`` belongs among the goal's objectives."""
        key = natural_key(number)
        for i, objective in enumerate(self.objectives(goal_id)):
            if natural_key(objective.number) > key:
                return i
        return len(self.objectives(goal_id))

    def add_objective(
        self,
        goal_id: int,
        number: str,
        title: str = "",
        description: str = "",
        *,
        index: int | None = None,
        objective_id: int | None = None,
    ) -> int:
        with self.transaction():
            self.goal(goal_id)
            number = self._check_objective_number(number)
            siblings = self.objectives(goal_id)
            if index is None:
                index = self.natural_index(goal_id, number)
            index = max(0, min(index, len(siblings)))
            objective = Objective(
                id=objective_id, goal_id=goal_id, number=number, title=title, description=description, position=index
            )
            self.session.add(objective)
            siblings.insert(index, objective)
            self._renumber(siblings)
            self.session.flush()
            self._changed("objective", "added", (objective.id,))
        return objective.id

    def update_objective(self, objective_id: int, **changes: Any) -> None:
        unknown = set(changes) - set(OBJECTIVE_FIELDS)
        if unknown:
            raise InvalidEdit(f"An objective has no field {', '.join(sorted(unknown))}.")
        with self.transaction():
            objective = self.objective(objective_id)
            if "number" in changes:
                changes["number"] = self._check_objective_number(changes["number"], objective_id)
            for name, value in changes.items():
                setattr(objective, name, value)
            self._changed("objective", "changed", (objective_id,), tuple(changes))

    def move_objective(self, objective_id: int, goal_id: int, index: int | None = None) -> None:
        """Move an objective to ``index`` within ``goal_id`` (its natural place if None)."""
        with self.transaction():
            objective = self.objective(objective_id)
            self.goal(goal_id)
            old_goal = objective.goal_id
            old_siblings = [o for o in self.objectives(old_goal) if o.id != objective_id]
            self._renumber(old_siblings)
            siblings = [o for o in self.objectives(goal_id) if o.id != objective_id]
            if index is None:
                key = natural_key(objective.number)
                index = next((i for i, o in enumerate(siblings) if natural_key(o.number) > key), len(siblings))
            siblings.insert(max(0, min(index, len(siblings))), objective)
            objective.goal_id = goal_id
            self._renumber(siblings)
            self._changed("objective", "moved", (objective_id,))

    def sort_objectives(self, goal_id: int) -> list[int]:
        """Put a goal's objectives in the natural order of their numbers; returns the old order."""
        before = [o.id for o in self.objectives(goal_id)]
        after = sorted(self.objectives(goal_id), key=lambda o: natural_key(o.number))
        self.set_objective_order(goal_id, [o.id for o in after])
        return before

    def set_objective_order(self, goal_id: int, objective_ids: Sequence[int]) -> None:
        """Order a goal's objectives as given (every one of them, each once)."""
        with self.transaction():
            siblings = {o.id: o for o in self.objectives(goal_id)}
            if sorted(siblings) != sorted(objective_ids):
                raise InvalidEdit("The new order must list each of the goal's objectives once.")
            self._renumber([siblings[i] for i in objective_ids])
            self._changed("objective", "moved", tuple(objective_ids))

    @staticmethod
    def _renumber(rows: Sequence[Goal] | Sequence[Objective]) -> None:
        for position, row in enumerate(rows):
            if row.position != position:
                row.position = position

    # ---------------------------------------------------- deletion and undo
    def dependents(self, table: str, row_id: int) -> dict[str, int]:
        """What would go with this row if it were deleted: {table: count}."""
        tomb = tombstone.capture(self.session.connection(), Base.metadata, table, (row_id,))
        return tomb.dependents()

    def delete_goal(self, goal_id: int) -> Tombstone:
        """Delete a goal and everything that belongs to it; returns what undo needs."""
        return self._delete("goal", goal_id)

    def delete_objective(self, objective_id: int) -> Tombstone:
        return self._delete("objective", objective_id)

    def _delete(self, table_name: str, row_id: int) -> Tombstone:
        model = {"goal": Goal, "objective": Objective}[table_name]
        with self.transaction():
            row = self.session.get(model, row_id)
            if row is None:
                raise InvalidEdit(f"That {table_name} is no longer in the plan.")
            self.session.flush()
            conn = self.session.connection()
            tomb = tombstone.capture(conn, Base.metadata, table_name, (row_id,))
            table = Base.metadata.tables[table_name]
            position = row.position
            if table_name == "goal":
                scope = table.c.position > position
            else:
                scope = (table.c.position > position) & (table.c.goal_id == row.goal_id)
            conn.execute(delete(table).where(table.c.id == row_id))
            conn.execute(update(table).where(scope).values(position=table.c.position - 1))
            self.session.expunge_all()
            for name, rows in tomb.rows:
                self._changed(name, "removed", [r["id"] for r in rows if "id" in r])
        return tomb

    def restore(self, tomb: Tombstone) -> None:
        """Put back everything a deletion removed, at the same place (undo of a delete)."""
        with self.transaction():
            conn = self.session.connection()
            table = Base.metadata.tables[tomb.root_table]
            for root in tomb.rows[0][1]:
                if tomb.root_table == "goal":
                    scope = table.c.position >= root["position"]
                else:
                    scope = (table.c.position >= root["position"]) & (table.c.goal_id == root["goal_id"])
                conn.execute(update(table).where(scope).values(position=table.c.position + 1))
            tombstone.restore(conn, Base.metadata, tomb)
            self.session.expunge_all()
            for name, rows in tomb.rows:
                self._changed(name, "added", [r["id"] for r in rows if "id" in r])
