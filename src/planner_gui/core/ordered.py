"""Rows kept in an order the room chose: add, edit, move, delete and restore, for any such table.

Most of what a retreat records is an ordered list: outcomes, recommendations,
context points, stakeholders, agenda sessions, goals, objectives. Each table
registers a :class:`RowKind` saying which columns group its rows (its *scope*,
e.g. an objective's goal), which fields may be edited, and which values a field
may take. :class:`OrderedRows` then gives every such table the same
transactional, notifying operations, so each capability adds a registration,
not another copy of the same code.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select, update

from planner_gui.core import tombstone
from planner_gui.core.document_base import DocumentBase
from planner_gui.core.errors import InvalidEdit
from planner_gui.core.model import Base
from planner_gui.core.tombstone import Tombstone

Validator = Callable[[DocumentBase, dict[str, Any], int | None], dict[str, Any]]


@dataclass(frozen=True)
class RowKind:
    table: str
    model: type[Any]
    label: str  # what one row is called, for messages: "outcome"
    scope: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    choices: dict[str, tuple[str, ...]] = field(default_factory=dict)
    defaults: dict[str, Any] = field(default_factory=dict)
    validate: Validator | None = None  # cleans values, raises InvalidEdit
    after_move: Callable[[DocumentBase, Any], None] | None = None  # e.g. sub-points follow their point


KINDS: dict[str, RowKind] = {}


def register(kind: RowKind) -> RowKind:
    KINDS[kind.table] = kind
    return kind


def kind_of(table: str) -> RowKind:
    try:
        return KINDS[table]
    except KeyError:
        raise InvalidEdit(f"The plan has no list called “{table}”.") from None


class OrderedRows(DocumentBase):
    # ----------------------------------------------------------------- reads
    def row(self, table: str, row_id: int) -> Any:
        kind = kind_of(table)
        found = self.session.get(kind.model, row_id)
        if found is None:
            raise InvalidEdit(f"That {kind.label} is no longer in the plan.")
        return found

    def rows(self, table: str, **scope: Any) -> list[Any]:
        """The rows of ``table`` in their order, within ``scope`` (all of them if not given)."""
        kind = kind_of(table)
        model = kind.model
        query = select(model)
        for name, value in scope.items():
            query = query.where(getattr(model, name).is_(None) if value is None else getattr(model, name) == value)
        order = [getattr(model, name) for name in kind.scope if name not in scope]
        return list(self.session.scalars(query.order_by(*order, model.position, model.id)))

    def row_ids(self, table: str, **scope: Any) -> list[int]:
        return [row.id for row in self.rows(table, **scope)]

    def count_rows(self, table: str, **scope: Any) -> int:
        return len(self.rows(table, **scope))

    # ----------------------------------------------------------------- edits
    def _clean(self, kind: RowKind, values: dict[str, Any], row_id: int | None) -> dict[str, Any]:
        unknown = set(values) - set(kind.fields) - set(kind.scope)
        if unknown:
            raise InvalidEdit(f"{a(kind.label).capitalize()} has no field {', '.join(sorted(unknown))}.")
        for name, allowed in kind.choices.items():
            if name in values and values[name] not in allowed:
                raise InvalidEdit(
                    f"“{values[name]}” is not a {name.replace('_', ' ')} of {a(kind.label)}; "
                    f"choose one of: {', '.join(allowed)}."
                )
        return kind.validate(self, dict(values), row_id) if kind.validate else dict(values)

    def _scope_of(self, kind: RowKind, source: Any) -> dict[str, Any]:
        get = source.get if isinstance(source, dict) else lambda name: getattr(source, name)
        return {name: get(name) for name in kind.scope}

    def insert_row(
        self, table: str, values: dict[str, Any], *, index: int | None = None, row_id: int | None = None
    ) -> int:
        """Add a row at ``index`` among its scope's rows (at the end if None); returns its id."""
        kind = kind_of(table)
        with self.transaction():
            clean = {**kind.defaults, **self._clean(kind, values, None)}
            missing = [name for name in kind.scope if name not in clean]
            if missing:
                raise InvalidEdit(f"{a(kind.label).capitalize()} needs its {', '.join(missing)}.")
            siblings = self.rows(table, **self._scope_of(kind, clean))
            index = len(siblings) if index is None else max(0, min(index, len(siblings)))
            row = kind.model(id=row_id, position=index, **clean)
            self.session.add(row)
            siblings.insert(index, row)
            renumber(siblings)
            self.session.flush()
            self._changed(table, "added", (row.id,))
        return int(row.id)

    def update_row(self, table: str, row_id: int, **changes: Any) -> None:
        kind = kind_of(table)
        with self.transaction():
            row = self.row(table, row_id)
            moved = sorted(set(changes) & set(kind.scope))
            if moved:
                raise InvalidEdit(
                    f"{a(kind.label).capitalize()} has no field {', '.join(moved)} to edit; move it instead."
                )
            clean = self._clean(kind, changes, row_id)
            for name, value in clean.items():
                setattr(row, name, value)
            self._changed(table, "changed", (row_id,), tuple(clean))

    def move_row(self, table: str, row_id: int, index: int, **new_scope: Any) -> None:
        """Move a row to ``index`` among the rows of ``new_scope`` (its own scope if not given)."""
        kind = kind_of(table)
        with self.transaction():
            row = self.row(table, row_id)
            old_scope = self._scope_of(kind, row)
            target_scope = {**old_scope, **new_scope}
            if kind.validate and new_scope:
                kind.validate(self, dict(target_scope), row_id)  # the scope it ends in, whole
            renumber([r for r in self.rows(table, **old_scope) if r.id != row_id])
            siblings = [r for r in self.rows(table, **target_scope) if r.id != row_id]
            for name, value in target_scope.items():
                setattr(row, name, value)
            siblings.insert(max(0, min(index, len(siblings))), row)
            renumber(siblings)
            if kind.after_move:
                kind.after_move(self, row)
            self._changed(table, "moved", (row_id,))

    def set_order(self, table: str, row_ids: Sequence[int], **scope: Any) -> None:
        """Order the rows of a scope as given (each of them, once)."""
        with self.transaction():
            rows = {r.id: r for r in self.rows(table, **scope)}
            if sorted(rows) != sorted(row_ids):
                raise InvalidEdit(f"The new order must list each {kind_of(table).label} once.")
            renumber([rows[i] for i in row_ids])
            self._changed(table, "moved", tuple(row_ids))

    # ------------------------------------------------------ delete and undo
    def dependents(self, table: str, row_id: int) -> dict[str, int]:
        """What would go with this row if it were deleted: {table: count}."""
        return tombstone.capture(self.session.connection(), Base.metadata, table, (row_id,)).dependents()

    def delete_row(self, table: str, row_id: int) -> Tombstone:
        """Delete a row and all that belongs to it; returns what :meth:`restore` needs."""
        kind = kind_of(table)
        with self.transaction():
            row = self.row(table, row_id)
            self.session.flush()
            conn = self.session.connection()
            tomb = tombstone.capture(conn, Base.metadata, table, (row_id,))
            sql_table = Base.metadata.tables[table]
            conn.execute(delete(sql_table).where(sql_table.c.id == row_id))
            conn.execute(
                update(sql_table)
                .where(self._scope_clause(kind, sql_table, row), sql_table.c.position > row.position)
                .values(position=sql_table.c.position - 1)
            )
            self.session.expunge_all()
            for name, rows in tomb.rows:
                self._changed(name, "removed", [r["id"] for r in rows if "id" in r])
        return tomb

    def restore(self, tomb: Tombstone) -> None:
        """Put back everything a deletion removed, at the same place (undo of a delete)."""
        kind = kind_of(tomb.root_table)
        with self.transaction():
            conn = self.session.connection()
            sql_table = Base.metadata.tables[tomb.root_table]
            for root in tomb.rows[0][1]:
                conn.execute(
                    update(sql_table)
                    .where(self._scope_clause(kind, sql_table, root), sql_table.c.position >= root["position"])
                    .values(position=sql_table.c.position + 1)
                )
            tombstone.restore(conn, Base.metadata, tomb)
            self.session.expunge_all()
            for name, rows in tomb.rows:
                self._changed(name, "added", [r["id"] for r in rows if "id" in r])

    @staticmethod
    def _scope_clause(kind: RowKind, sql_table: Any, source: Any) -> Any:
        get = source.get if isinstance(source, dict) else lambda name: getattr(source, name)
        clause = sql_table.c.id.isnot(None)
        for name in kind.scope:
            value = get(name)
            column = sql_table.c[name]
            clause = clause & (column.is_(None) if value is None else column == value)
        return clause


def a(noun: str) -> str:
    """“an objective”, “a goal”."""
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


def renumber(rows: Sequence[Any]) -> None:
    for position, row in enumerate(rows):
        if row.position != position:
            row.position = position
