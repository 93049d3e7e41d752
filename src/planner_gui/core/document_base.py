"""The open plan's foundation: its session, its transactions and who hears of changes.

Each operation runs in one transaction and commits before it returns: there is
no "Save". After the commit, listeners hear what changed (a :class:`Change`:
which table, what happened, which ids), so the Qt side can turn it into
item-model signals without the core knowing Qt exists. The edits themselves
live in mixins (``structure.py``, and one per later capability), and the files
in ``document.py``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import exc, func, select
from sqlalchemy.orm import Session

from planner_gui.core.errors import InvalidEdit, PlanFileError, ReadOnlyPlan
from planner_gui.core.held_rows import hold_loaded_rows
from planner_gui.core.model import Goal, Objective, Plan


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


def clean_number(number: str, what: str) -> str:
    text = (number or "").strip()
    if not text:
        raise InvalidEdit(f"A {what} needs a number, such as “1”, “2.3” or “A”.")
    if len(text) > 40:
        raise InvalidEdit(f"A {what} number is a short label; “{text[:20]}…” is too long.")
    return text


def describe_os_error(error: BaseException) -> str:
    text = str(getattr(error, "orig", error)).lower()
    if "readonly" in text or "read-only" in text or "permission" in text:
        return "the plan file can't be written (is it on a write-protected stick, or read-only?)"
    if "full" in text or "no space" in text:
        return "the disk is full"
    if "disk i/o" in text or "unable to open" in text:
        return "the disk could not be written (was the stick removed?)"
    return str(getattr(error, "orig", error))


class DocumentBase:
    """Session, transactions, change notices and reads; see ``PlanDocument`` for the whole."""

    def __init__(self, path: Path, engine: Any, *, read_only: bool, memory: sqlite3.Connection | None = None):
        self.path = Path(path)
        self.read_only = read_only
        self._engine = engine
        self._memory = memory
        self.session = Session(engine, expire_on_commit=False, autoflush=True)
        hold_loaded_rows(self.session, (Plan, Goal, Objective))  # the rows the views read for every cell
        self._listeners: list[Listener] = []
        self._depth = 0
        self._pending: list[Change] = []
        self.migration_backup: Path | None = None

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
                f"The change could not be saved: {describe_os_error(error)}. The plan is as it was before this change."
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
