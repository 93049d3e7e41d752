"""What every capability of the open plan shares: its session, its transactions and its events.

Each operation runs in one transaction and commits before it returns: there is
no "Save". What an operation changed is queued as typed events
(``core/events.py``) and published only once its transaction has committed:
a refused or failed edit is heard by nobody. The capabilities themselves
(structure, ranking, strategies…) each hold the store and nothing of one
another but what they are given (see ``core/document.py``).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import exc
from sqlalchemy.orm import Session

from planner_gui.core.errors import InvalidEdit, PlanFileError, ReadOnlyPlan
from planner_gui.core.events import Event, Notifier
from planner_gui.core.held_rows import hold_loaded_rows
from planner_gui.core.model import Goal, Objective, Plan
from planner_gui.i18n import _


def clean_number(number: str, what: str) -> str:
    text = (number or "").strip()
    if not text:
        missing = _("A goal needs a number, such as “1”, “2.3” or “A”.") if what == "goal" else None
        raise InvalidEdit(missing or _("An objective needs a number, such as “1”, “2.3” or “A”."))
    if len(text) > 40:
        raise InvalidEdit(_("A number is a short label; “{text}…” is too long.").format(text=text[:20]))
    if _LIST_LIKE.search(text):  # the workbook lists numbers ("8, 10", "Obj. 8 and 10"): one must read as one
        raise InvalidEdit(
            _(
                "“{text}” can't be a number: the workbook lists numbers with commas and “and” (“8, 10”) and may "
                "put “Obj.” before one, so it would not read back as itself. Use a label such as “1”, “2.3” or “A”."
            ).format(text=text)
        )
    return text


_LIST_LIKE = re.compile(r"[,;\n\r]|\s(?:and|et|y)\s|^obj\.", re.IGNORECASE)


def describe_os_error(error: BaseException) -> str:
    text = str(getattr(error, "orig", error)).lower()
    if "readonly" in text or "read-only" in text or "permission" in text:
        return _("the plan file can't be written (is it on a write-protected stick, or read-only?)")
    if "full" in text or "no space" in text:
        return _("the disk is full")
    if "disk i/o" in text or "unable to open" in text:
        return _("the disk could not be written (was the stick removed?)")
    return str(getattr(error, "orig", error))


class PlanStore:
    """The session over one plan file, its transactions, and the events they publish."""

    def __init__(self, path: Path, engine: Any, *, read_only: bool, memory: sqlite3.Connection | None = None):
        self.path = Path(path)
        self.read_only = read_only
        self.engine = engine
        self.memory = memory
        self.session = Session(engine, expire_on_commit=False, autoflush=True)
        hold_loaded_rows(self.session, (Plan, Goal, Objective))  # the rows the views read for every cell
        self.events = Notifier()
        self._depth = 0
        self._pending: list[Event] = []
        self._rolled_back: list[Callable[[], None]] = []

    @property
    def plan(self) -> Plan:
        plan = self.session.get(Plan, 1)
        assert plan is not None
        return plan

    # ------------------------------------------------------------- events
    def emit(self, event: Event) -> None:
        """Queue ``event``: listeners hear it once the transaction it belongs to has committed."""
        self._pending.append(event)

    def on_rollback(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` whenever a transaction is rolled back (what a cache read inside it may be wrong)."""
        self._rolled_back.append(callback)

    # -------------------------------------------------------- transactions
    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Group edits into one commit; listeners hear of them after it succeeds."""
        if self.read_only:
            raise ReadOnlyPlan(
                _("“{name}” is open read-only, so it can't be changed here.").format(name=self.path.name)
            )
        self._depth += 1
        try:
            yield self.session
            if self._depth == 1:
                self.session.commit()
        except exc.IntegrityError as error:
            self._abort()
            raise InvalidEdit(_("That change breaks a rule of the plan ({orig}).").format(orig=error.orig)) from None
        except (exc.OperationalError, exc.DatabaseError, OSError) as error:
            self._abort()
            raise PlanFileError(
                _("The change could not be saved: {error}. The plan is as it was before this change.").format(
                    error=describe_os_error(error)
                )
            ) from None
        except BaseException:
            self._abort()
            raise
        finally:
            self._depth -= 1
        if self._depth == 0:
            pending, self._pending = self._pending, []
            for event in pending:
                self.events.publish(event)

    def _abort(self) -> None:
        if self._depth == 1:
            with suppress(Exception):
                self.session.rollback()
            self._pending.clear()
            for callback in self._rolled_back:
                callback()

    def close(self) -> None:
        with suppress(Exception):
            self.session.rollback()
        self.session.close()
        self.engine.dispose()
        if self.memory is not None:
            self.memory.close()
        self.events.clear()
