"""What a deletion takes with it, kept so that undo can put it all back.

Deleting a row deletes, by ``ON DELETE CASCADE``, every row that belongs to it
(a goal's objectives; later, an objective's ballots and decisions). Before the
delete, :func:`capture` walks the schema's foreign keys and records all of
those rows, parents first; :func:`restore` inserts them again with their ids.
Tables added by later migrations are covered without any change here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, MetaData, Table, insert, select, update


@dataclass
class Tombstone:
    """Rows removed by one deletion, parents first: ``[(table, [row, ...]), ...]``."""

    root_table: str
    root_ids: tuple[int, ...]
    rows: list[tuple[str, list[dict[str, Any]]]] = field(default_factory=list)
    # References the deletion set to NULL (ON DELETE SET NULL), put back on restore:
    # (table, column, id of the row that pointed, the id it pointed to).
    nulled: list[tuple[str, str, Any, Any]] = field(default_factory=list)

    def count(self, table: str) -> int:
        return sum(len(rows) for name, rows in self.rows if name == table)

    def dependents(self) -> dict[str, int]:
        """How many rows of each other table go with the root rows."""
        counts: dict[str, int] = {}
        for name, rows in self.rows[1:]:
            if rows:
                counts[name] = counts.get(name, 0) + len(rows)
        return counts


def _children(metadata: MetaData, parent: Table, on_delete: str = "CASCADE") -> Iterable[tuple[Table, str, str]]:
    """Tables whose rows point to ``parent`` by a foreign key that does ``on_delete``."""
    for table in metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table is parent and (fk.ondelete or "").upper() == on_delete:
                yield table, fk.parent.name, fk.column.name


def capture(conn: Connection, metadata: MetaData, table_name: str, ids: Iterable[int]) -> Tombstone:
    root = metadata.tables[table_name]
    id_list = tuple(ids)
    tomb = Tombstone(table_name, id_list)
    queue: list[tuple[Table, str, str, tuple[Any, ...]]] = [(root, "id", "id", id_list)]
    seen: set[tuple[str, Any]] = set()
    while queue:
        table, column, _ref, keys = queue.pop(0)
        if not keys:
            continue
        rows = [dict(row._mapping) for row in conn.execute(select(table).where(table.c[column].in_(keys)))]
        rows = [r for r in rows if (table.name, r.get("id", id(r))) not in seen]
        seen.update((table.name, r.get("id", id(r))) for r in rows)
        if not rows:
            continue
        tomb.rows.append((table.name, rows))
        for child, fk_col, ref_col in _children(metadata, table):
            queue.append((child, fk_col, ref_col, tuple({r[ref_col] for r in rows})))
        for child, fk_col, ref_col in _children(metadata, table, "SET NULL"):
            keys = tuple({r[ref_col] for r in rows})
            pointing = conn.execute(select(child.c.id, child.c[fk_col]).where(child.c[fk_col].in_(keys)))
            tomb.nulled.extend((child.name, fk_col, row_id, value) for row_id, value in pointing)
    return tomb


def _parents_first(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows of a table that points to itself (a sub-point to its point), each after the row it points to."""
    own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    if not own or "id" not in table.c:
        return rows
    waiting = {r["id"]: r for r in rows}
    ordered: list[dict[str, Any]] = []

    def place(row: dict[str, Any]) -> None:
        if waiting.pop(row["id"], None) is None:
            return
        for column in own:
            parent = waiting.get(row[column])
            if parent is not None:
                place(parent)
        ordered.append(row)

    for row in rows:
        place(row)
    return ordered


def restore(conn: Connection, metadata: MetaData, tomb: Tombstone) -> None:
    for name, rows in tomb.rows:
        table = metadata.tables[name]
        conn.execute(insert(table), _parents_first(table, rows))
    for name, column, row_id, value in tomb.nulled:
        table = metadata.tables[name]
        conn.execute(update(table).where(table.c.id == row_id).values({column: value}))
