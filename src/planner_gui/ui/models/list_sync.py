"""Bring an item model's list of row ids to a new list with the fewest row signals.

Removals, then moves, then insertions, each announced with the begin/end calls
Qt expects, so views keep their selection, expansion and scroll position.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex


def sync_rows(
    model: QAbstractItemModel,
    parent: QModelIndex,
    old: list[Any],
    new: list[Any],
    on_remove: Callable[[Any], None] | None = None,
    on_insert: Callable[[Any], None] | None = None,
) -> None:
    """Edit ``old`` in place until it equals ``new``, telling ``model``'s views as it goes."""
    wanted = set(new)
    for i in reversed(range(len(old))):
        if old[i] not in wanted:
            model.beginRemoveRows(parent, i, i)
            gone = old.pop(i)
            if on_remove is not None:
                on_remove(gone)
            model.endRemoveRows()
    present = set(old)
    order = [x for x in new if x in present]
    for k, item in enumerate(order):
        if old[k] != item:
            source = old.index(item)
            model.beginMoveRows(parent, source, source, parent, k)
            old.insert(k, old.pop(source))
            model.endMoveRows()
    for j, item in enumerate(new):
        if j >= len(old) or old[j] != item:
            model.beginInsertRows(parent, j, j)
            old.insert(j, item)
            if on_insert is not None:
                on_insert(item)
            model.endInsertRows()
