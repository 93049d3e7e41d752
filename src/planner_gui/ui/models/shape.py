"""The one joint between the plan's events and an item model's rows: :class:`ShapeModel`.

A model over the plan shows its things (goals, objectives, sections, points,
outcomes…) as rows, at any depth. Each row is a *key*: the kind of thing (the
event class that tells of it) and its id. A subclass says which keys it shows
under which (:meth:`ShapeModel.read_shape`) and what a row shows (``data``);
this class keeps that shape, answers Qt's structure calls (``index``,
``parent``, ``rowCount``), and turns the plan's events into row signals:

- rows added, removed or moved: the shape is read again and the difference
  told with the fewest begin/end calls (``list_sync.sync_rows``), what leaves
  a parent first (deepest first), then moves and insertions from the top;
- rows changed: those rows repainted (``dataChanged``), nothing read again;
- :class:`~planner_gui.core.events.Reloaded`: a reset.

The plan's object behind each row is read once (``held_row``) and held until a
change may have touched it: the session's identity map holds objects weakly,
so a row not held here would be read by a ``SELECT`` for each role of each
cell at every paint (presentation mode re-measures every row).

Views keep their selection, expansion and scroll position through it all.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex

from planner_gui.core.errors import PlanError
from planner_gui.core.events import Action, Event, Reloaded
from planner_gui.ui.models.list_sync import sync_rows
from planner_gui.ui.open_plan import OpenPlan

Index = QModelIndex | QPersistentModelIndex
Key = tuple[type[Event], int]  # a row: the kind of thing it is (by its event) and its id
Shape = dict[Key | None, list[Key]]  # each parent (None: the root) and the keys under it, in order
ROOT = QModelIndex()


class ShapeModel(QAbstractItemModel):
    """An item model whose rows follow the plan's events; subclasses give ``read_shape``, ``data``, ``columns``."""

    kinds: tuple[type[Event], ...] = ()  # the things shown: their events move rows or repaint them
    repaint_on: tuple[type[Event], ...] = ()  # other things shown in the rows (every row is repainted)
    columns = 1

    def __init__(self, plan: OpenPlan, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self._held: dict[Key, Any] = {}  # the plan's object behind each row, as painted
        self.shape: Shape = {None: []}
        self._parent_of: dict[Key, Key | None] = {}
        self._handles: dict[Key | None, int] = {None: 0}
        self._handle_keys: list[Key | None] = [None]
        self._take(self.read_shape())
        self.listening = plan.listen(self, self.on_event, *self.kinds, *self.repaint_on)

    # ------------------------------------------------------------ to give
    def read_shape(self) -> Shape:
        """Each parent's keys in order, as the plan has them now (the root is None)."""
        raise NotImplementedError

    def repaints(self, event: Event) -> bool:
        """Whether a change of ``event.fields`` shows in this model's rows (all of them, unless told)."""
        return True

    def read_row(self, key: Key) -> Any:
        """The plan's object behind the row ``key`` (raises PlanError if it is gone); for ``held_row``."""
        raise NotImplementedError

    def held_row(self, key: Key) -> Any:
        """The object behind ``key``, read once until a change may have touched it.

        An object the document no longer holds is read again even before the
        change reaches this model (listeners connected earlier repaint first):
        after Save As the plan has a new document, and a deletion or its undo
        lets go of every object.
        """
        row = self._held.get(key)
        if row is None or row not in self.plan.doc.session:
            row = self._held[key] = self.read_row(key)
        return row

    def forget(self, keys: Iterable[Key] | None) -> None:
        """What the model read of these rows (None: of every row) may be stale: read it again when painted."""
        if keys is None:
            self._held.clear()
        else:
            for key in keys:
                self._held.pop(key, None)

    # ---------------------------------------------------------- structure
    def key(self, index: Index) -> Key | None:
        """The thing a row shows; None for the root (or a row no longer there)."""
        if not index.isValid():
            return None
        children = self.shape.get(self._handle_keys[index.internalId()], [])
        return children[index.row()] if index.row() < len(children) else None

    def keys(self, parent: Key | None = None) -> list[Key]:
        return self.shape.get(parent, [])

    def ids(self, parent: Key | None = None) -> list[int]:
        """The ids of the rows under ``parent`` (the root's, by default), in order."""
        return [row_id for _, row_id in self.shape.get(parent, [])]

    def parent_key(self, key: Key) -> Key | None:
        return self._parent_of.get(key)

    def index_of(self, key: Key | None, column: int = 0) -> QModelIndex:
        if key is None or key not in self._parent_of:
            return QModelIndex()
        parent = self._parent_of[key]
        return self.createIndex(self.shape[parent].index(key), column, self._handle(parent))

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if row < 0 or not 0 <= column < self.columns or (parent.isValid() and parent.column() != 0):
            return QModelIndex()
        key = self.key(parent) if parent.isValid() else None
        if parent.isValid() and key is None:
            return QModelIndex()
        if row >= len(self.shape.get(key, [])):
            return QModelIndex()
        return self.createIndex(row, column, self._handle(key))

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        return self.index_of(self._handle_keys[index.internalId()])

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return len(self.shape[None])
        if parent.column() != 0:
            return 0
        key = self.key(parent)
        return len(self.shape.get(key, [])) if key is not None else 0

    def columnCount(self, parent: Index = ROOT) -> int:
        return self.columns

    def _handle(self, key: Key | None) -> int:
        """A number standing for ``key`` in the indexes of its rows (Qt's internal id); never given twice."""
        handle = self._handles.get(key)
        if handle is None:
            handle = self._handles[key] = len(self._handle_keys)
            self._handle_keys.append(key)
        return handle

    # ------------------------------------------------------------- events
    def on_event(self, event: Event) -> None:
        if isinstance(event, Reloaded):
            self.reset()
        elif not isinstance(event, self.kinds):  # something shown in the rows changed
            self.forget(None)
            self._repaint(self._all_keys())
        elif event.action is Action.CHANGED:
            keys = [(type(event), row_id) for row_id in event.ids]
            self.forget(keys)
            if self.repaints(event):
                self._repaint(keys)
        else:
            self.forget(None)  # an undone delete puts back other objects under the same ids
            try:
                self.sync(self.read_shape())
            except PlanError:
                self.reset()

    def reset(self) -> None:
        self.beginResetModel()
        self.forget(None)
        self._take(self.read_shape())
        self.endResetModel()

    def _repaint(self, keys: Iterable[Key]) -> None:
        for key in keys:
            index = self.index_of(key)
            if index.isValid():
                self.dataChanged.emit(index, index.siblingAtColumn(self.columns - 1))

    def _all_keys(self) -> list[Key]:
        return [key for keys in self.shape.values() for key in keys]

    def _take(self, shape: Shape) -> None:
        self.shape = {None: list(shape.get(None, []))}
        self._parent_of = {}
        pending: list[Key | None] = [None]
        while pending:
            parent = pending.pop()
            for key in self.shape[parent]:
                self._parent_of[key] = parent
                self.shape[key] = list(shape.get(key, []))
                pending.append(key)

    def sync(self, new: Shape) -> None:
        """Bring the rows to ``new`` with the fewest row signals, telling the views as it goes."""

        def depth(key: Key | None) -> int:
            steps = 0
            while key is not None:
                key, steps = self._parent_of.get(key), steps + 1
            return steps

        for parent in sorted(self.shape, key=depth, reverse=True):  # what leaves a parent: deepest first
            if parent is None or parent in self._parent_of:
                keep = set(new.get(parent, []))
                shown = self.shape[parent]
                sync_rows(self, self.index_of(parent), shown, [k for k in shown if k in keep], on_remove=self._drop)
        pending: list[Key | None] = [None]  # then moves and insertions, from the top down
        while pending:
            parent = pending.pop(0)
            sync_rows(
                self,
                self.index_of(parent),
                self.shape[parent],
                new.get(parent, []),
                on_insert=functools.partial(self._adopt, parent=parent),
            )
            pending.extend(self.shape[parent])

    def _adopt(self, key: Key, *, parent: Key | None) -> None:
        self._parent_of[key] = parent
        self.shape[key] = []

    def _drop(self, key: Key) -> None:
        for child in self.shape.pop(key, []):
            self._drop(child)
        self._parent_of.pop(key, None)


def rows_of(kind: type[Event], ids: Iterable[int]) -> list[Key]:
    return [(kind, row_id) for row_id in ids]
