"""Rows kept in an order the room chose: add, edit, move, delete and restore, for any such table.

Most of what a retreat records is an ordered list: outcomes, recommendations,
context points, stakeholders, agenda sessions, goals, objectives, members. Each
table is described once by a :class:`RowKind` (a typed handle: ``OUTCOMES``,
``MEMBERS``…, defined beside the capability it belongs to) saying which columns
group its rows (its *scope*, e.g. an objective's goal), which fields may be
edited, which values a field may take, and which event tells of its changes.
:class:`Lists` then gives every such table the same transactional, notifying
operations, so each capability adds a kind, not another copy of the same code.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy import delete, select, update

from planner_gui.core import tombstone
from planner_gui.core.errors import InvalidEdit
from planner_gui.core.events import Action, BallotEvent, Event, HandCountEvent
from planner_gui.core.store import PlanStore
from planner_gui.core.tables import METADATA
from planner_gui.core.tombstone import Tombstone
from planner_gui.i18n import N_, _

T = TypeVar("T")
Validator = Callable[[PlanStore, dict[str, Any], int | None], dict[str, Any]]


# What one row of each kind is called in messages, marked here for translation.
ROW_LABELS = (
    N_("goal"),
    N_("objective"),
    N_("outcome"),
    N_("recommendation"),
    N_("stakeholder"),
    N_("section"),
    N_("point"),
    N_("session"),
    N_("member"),
    N_("strategy"),
    N_("kind of action"),
    N_("action"),
    N_("target"),
    N_("priority country"),
)
# The same with "a" or "an", and the fields that hold a choice, for the message refusing a choice.
WITH_ARTICLE = (
    N_("an outcome"),
    N_("a recommendation"),
    N_("a stakeholder"),
    N_("a strategy"),
    N_("a priority country"),
    N_("a member"),
    N_("a session"),
)
CHOICE_FIELDS = (N_("contribution"), N_("status"), N_("kind"))


@dataclass(frozen=True)
class RowKind(Generic[T]):
    table: str
    model: type[T]
    label: str  # what one row is called, for messages: "outcome" (one of ROW_LABELS, translated when shown)
    event: type[Event]  # what tells listeners of these rows' changes
    scope: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()
    choices: dict[str, tuple[str, ...]] = field(default_factory=dict)
    defaults: dict[str, Any] = field(default_factory=dict)
    validate: Validator | None = None  # cleans values, raises InvalidEdit
    after_move: Callable[[PlanStore, Any], None] | None = None  # e.g. sub-points follow their point
    before_delete: Callable[[PlanStore, int], None] | None = None  # raises InvalidEdit to refuse a deletion


# What a deletion's cascade took from each table is told as that table's event, naming rows by this column.
# Link tables (an outcome's objectives…) are told by their owner's own event.
TABLE_EVENTS: dict[str, tuple[type[Event], str]] = {
    "ballot": (BallotEvent, "member_id"),
    "secret_voter": (BallotEvent, "member_id"),
    "hand_count": (HandCountEvent, "objective_id"),
}


KINDS: list[RowKind[Any]] = []  # every kind, for restoring a tombstone by its table


def register(kind: RowKind[T]) -> RowKind[T]:
    KINDS.append(kind)
    TABLE_EVENTS[kind.table] = (kind.event, "id")
    return kind


def kind_of(table: str) -> RowKind[Any]:
    """The kind of the table named (a tombstone names its tables; so do tests)."""
    found = next((kind for kind in KINDS if kind.table == table), None)
    if found is None:
        raise InvalidEdit(f"The plan has no list called “{table}”.")
    return found


class Lists:
    """The ordered lists of a plan, over its store."""

    def __init__(self, store: PlanStore) -> None:
        self.store = store

    # ----------------------------------------------------------------- reads
    def row(self, kind: RowKind[T], row_id: int) -> T:
        found = self.store.session.get(kind.model, row_id)
        if found is None:
            raise InvalidEdit(_("That {thing} is no longer in the plan.").format(thing=_(kind.label)))
        return found

    def rows(self, kind: RowKind[T], /, **scope: Any) -> list[T]:
        """The rows of ``kind`` in their order, within ``scope`` (all of them if not given)."""
        model: Any = kind.model
        query = select(model)
        for name, value in scope.items():
            query = query.where(getattr(model, name).is_(None) if value is None else getattr(model, name) == value)
        order = [getattr(model, name) for name in kind.scope if name not in scope]
        return list(self.store.session.scalars(query.order_by(*order, model.position, model.id)))

    def row_ids(self, kind: RowKind[Any], /, **scope: Any) -> list[int]:
        return [row.id for row in self.rows(kind, **scope)]

    def count_rows(self, kind: RowKind[Any], /, **scope: Any) -> int:
        return len(self.rows(kind, **scope))

    # ----------------------------------------------------------------- edits
    def _clean(self, kind: RowKind[Any], values: dict[str, Any], row_id: int | None) -> dict[str, Any]:
        unknown = set(values) - set(kind.fields) - set(kind.scope)
        if unknown:
            raise InvalidEdit(f"{a(kind.label).capitalize()} has no field {', '.join(sorted(unknown))}.")
        for name, allowed in kind.choices.items():
            if name in values and values[name] not in allowed:
                raise InvalidEdit(
                    _("“{value}” is not a {field} of {a_thing}; choose one of: {choices}.").format(
                        value=values[name],
                        field=_(name.replace("_", " ")),
                        a_thing=_(a(kind.label)),
                        choices=", ".join(allowed),
                    )
                )
        return kind.validate(self.store, dict(values), row_id) if kind.validate else dict(values)

    @staticmethod
    def _scope_of(kind: RowKind[Any], source: Any) -> dict[str, Any]:
        get = source.get if isinstance(source, dict) else lambda name: getattr(source, name)
        return {name: get(name) for name in kind.scope}

    def insert_row(
        self, kind: RowKind[Any], values: dict[str, Any], *, index: int | None = None, row_id: int | None = None
    ) -> int:
        """Add a row at ``index`` among its scope's rows (at the end if None); returns its id."""
        with self.store.transaction() as session:
            clean = {**kind.defaults, **self._clean(kind, values, None)}
            missing = [name for name in kind.scope if name not in clean]
            if missing:
                raise InvalidEdit(f"{a(kind.label).capitalize()} needs its {', '.join(missing)}.")
            siblings = self.rows(kind, **self._scope_of(kind, clean))
            index = len(siblings) if index is None else max(0, min(index, len(siblings)))
            row = kind.model(id=row_id, position=index, **clean)
            session.add(row)
            siblings.insert(index, row)
            renumber(siblings)
            session.flush()
            new_id = int(row.id)  # type: ignore[attr-defined]
            self.store.emit(kind.event(Action.ADDED, (new_id,)))
        return new_id

    def update_row(self, kind: RowKind[Any], row_id: int, /, **changes: Any) -> None:
        with self.store.transaction():
            row = self.row(kind, row_id)
            moved = sorted(set(changes) & set(kind.scope))
            if moved:
                raise InvalidEdit(
                    f"{a(kind.label).capitalize()} has no field {', '.join(moved)} to edit; move it instead."
                )
            clean = self._clean(kind, changes, row_id)
            for name, value in clean.items():
                setattr(row, name, value)
            self.store.emit(kind.event(Action.CHANGED, (row_id,), frozenset(clean)))

    def move_row(self, kind: RowKind[Any], row_id: int, index: int, /, **new_scope: Any) -> None:
        """Move a row to ``index`` among the rows of ``new_scope`` (its own scope if not given)."""
        with self.store.transaction():
            row = self.row(kind, row_id)
            old_scope = self._scope_of(kind, row)
            target_scope = {**old_scope, **new_scope}
            if kind.validate and new_scope:
                kind.validate(self.store, dict(target_scope), row_id)  # the scope it ends in, whole
            renumber([r for r in self.rows(kind, **old_scope) if r.id != row_id])  # type: ignore[attr-defined]
            siblings = [r for r in self.rows(kind, **target_scope) if r.id != row_id]  # type: ignore[attr-defined]
            for name, value in target_scope.items():
                setattr(row, name, value)
            siblings.insert(max(0, min(index, len(siblings))), row)
            renumber(siblings)
            if kind.after_move:
                kind.after_move(self.store, row)
            self.store.emit(kind.event(Action.MOVED, (row_id,)))

    def set_order(self, kind: RowKind[Any], row_ids: Sequence[int], /, **scope: Any) -> None:
        """Order the rows of a scope as given (each of them, once)."""
        with self.store.transaction():
            rows = {r.id: r for r in self.rows(kind, **scope)}
            if sorted(rows) != sorted(row_ids):
                raise InvalidEdit(f"The new order must list each {kind.label} once.")
            renumber([rows[i] for i in row_ids])
            self.store.emit(kind.event(Action.MOVED, tuple(row_ids)))

    # ------------------------------------------------------ delete and undo
    def dependents(self, kind: RowKind[Any], row_id: int) -> dict[str, int]:
        """What would go with this row if it were deleted: {table: count}."""
        return tombstone.capture(self.store.session.connection(), METADATA, kind.table, (row_id,)).dependents()

    def delete_row(self, kind: RowKind[Any], row_id: int) -> Tombstone:
        """Delete a row and all that belongs to it; returns what :meth:`restore` needs."""
        with self.store.transaction() as session:
            row = self.row(kind, row_id)
            if kind.before_delete is not None:
                kind.before_delete(self.store, row_id)
            session.flush()
            conn = session.connection()
            tomb = tombstone.capture(conn, METADATA, kind.table, (row_id,))
            sql_table = METADATA.tables[kind.table]
            conn.execute(delete(sql_table).where(sql_table.c.id == row_id))
            conn.execute(
                update(sql_table)
                .where(_scope_clause(kind, sql_table, row), sql_table.c.position > row.position)  # type: ignore[attr-defined]
                .values(position=sql_table.c.position - 1)
            )
            session.expunge_all()
            self._tell(tomb, Action.REMOVED)
        return tomb

    def restore(self, tomb: Tombstone) -> None:
        """Put back everything a deletion removed, at the same place (undo of a delete)."""
        kind = kind_of(tomb.root_table)
        with self.store.transaction() as session:
            conn = session.connection()
            sql_table = METADATA.tables[tomb.root_table]
            for root in tomb.rows[0][1]:
                conn.execute(
                    update(sql_table)
                    .where(_scope_clause(kind, sql_table, root), sql_table.c.position >= root["position"])
                    .values(position=sql_table.c.position + 1)
                )
            tombstone.restore(conn, METADATA, tomb)
            session.expunge_all()
            self._tell(tomb, Action.ADDED)

    def _tell(self, tomb: Tombstone, action: Action) -> None:
        for name, rows in tomb.rows:
            told = TABLE_EVENTS.get(name)
            if told is not None:
                event, column = told
                self.store.emit(event(action, tuple(r[column] for r in rows if column in r)))


def _scope_clause(kind: RowKind[Any], sql_table: Any, source: Any) -> Any:
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
