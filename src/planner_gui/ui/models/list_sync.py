"""Bring an item model's list of row ids to a new list with the fewest row signals.

Removals, then moves, then insertions, each announced with the begin/end calls
Qt expects, so views keep their selection, expansion and scroll position. The
rows that keep their order among themselves (the longest run of them in the
old order) stay put; each other row is moved once, to just after the row that
comes before it in the new order.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex


def longest_increasing(values: Sequence[int]) -> set[int]:
    """The places in ``values`` of one longest strictly increasing run (not necessarily contiguous)."""
    tails: list[int] = []  # tails[k]: the place of the smallest last value of a run of length k + 1
    tail_values: list[int] = []
    before: list[int | None] = []
    for place, value in enumerate(values):
        k = bisect.bisect_left(tail_values, value)
        before.append(tails[k - 1] if k else None)
        if k == len(tails):
            tails.append(place)
            tail_values.append(value)
        else:
            tails[k], tail_values[k] = place, value
    kept: set[int] = set()
    place_or_none: int | None = tails[-1] if tails else None
    while place_or_none is not None:
        kept.add(place_or_none)
        place_or_none = before[place_or_none]
    return kept


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
    place = {x: i for i, x in enumerate(old)}
    staying = {order[i] for i in longest_increasing([place[x] for x in order])}
    for k, item in enumerate(order):
        if item in staying:
            continue
        source = old.index(item)
        target = old.index(order[k - 1]) + 1 if k else 0  # just after the row before it in the new order
        if target > source:
            target -= 1  # counted once the row has left its place
        if target != source:
            model.beginMoveRows(parent, source, source, parent, target + 1 if target > source else target)
            old.insert(target, old.pop(source))
            model.endMoveRows()
    for j, item in enumerate(new):
        if j >= len(old) or old[j] != item:
            model.beginInsertRows(parent, j, j)
            old.insert(j, item)
            if on_insert is not None:
                on_insert(item)
            model.endInsertRows()
