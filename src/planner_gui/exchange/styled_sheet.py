"""A write-only worksheet whose rows are styled cells, written without openpyxl's detour for each one.

openpyxl's write-only sheet takes whatever is appended as values first: a styled
cell is tried as a value, fails (formatting an error message that names the
cell), is then taken as the cell it is, and a spare cell is made after it for
the next value. In a table where every cell is styled that costs about as much
as writing the cell. Here a row is a list of (value, cell) pairs instead: the
cell carries a look (its style) and is bound to the value just before it is
written, so one cell serves every value of its look, as openpyxl reuses its
own plain cell: the sheet writes each cell before it takes the next. And a
look's cell knows its style's number in the workbook, which openpyxl would
otherwise look up again for every cell.

Imported only when a workbook is written, like openpyxl itself.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import TypeVar

from openpyxl.cell.cell import Cell
from openpyxl.styles.cell_style import StyleArray
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

Value = str | int | float | None
Look = TypeVar("Look", bound=Hashable)


class StyledSheet(WriteOnlyWorksheet):
    """Append rows of (value, cell) pairs; text must already be clean and at most 32,767 characters.

    Each value is bound to its cell just before the cell is written, as openpyxl binds its own.
    """

    @classmethod
    def add(cls, wb: Workbook, title: str) -> StyledSheet:
        ws = cls(parent=wb, title=title)
        wb._add_sheet(ws)  # type: ignore[attr-defined]  # what Workbook.create_sheet does with its own kind
        return ws

    def _values_to_row(self, values: Iterable[tuple[Value, Cell]], row_idx: int) -> Iterator[Cell]:
        for column, (value, cell) in enumerate(values, 1):
            if isinstance(value, str):
                cell._value = value  # type: ignore[attr-defined]  # bound as text, as openpyxl binds it, but:
                cell.data_type = "s"  # typed text stays text: "=1+1" and "#N/A" are not a formula or an error
            elif value is None or type(value) in (int, float):
                cell.value = value
            else:  # a date, say: binding it sets the cell's number format, so not on the look's own cell
                cell = Cell(self, row=1, column=1, value=value, style_array=cell._style)  # type: ignore[attr-defined]
            cell.row, cell.column = row_idx, column
            yield cell


class LookCell(Cell):
    """A cell whose style stays as made: its number among the workbook's styles is worked out once.

    openpyxl works it out again for every cell it writes (hashing the cell's style to look it up),
    and whether the cell has a style at all, which together cost about a sixth of writing the cell.
    The number is taken when the look is first used, just before its first cell is written, so the
    workbook numbers its styles in the order openpyxl would.
    """

    __slots__ = ("has_style", "style_id")  # plain values here, where openpyxl's cell has properties
    has_style: bool
    style_id: int

    def __init__(self, ws: StyledSheet, style: StyleArray) -> None:
        super().__init__(ws, row=1, column=1, style_array=style)
        plain = Cell(ws, row=1, column=1, style_array=style)
        self.style_id, self.has_style = plain.style_id, plain.has_style


class Looks(dict[Look, Cell]):
    """A sheet's cell for each look, made with the look's style the first time it is asked for."""

    def __init__(self, ws: StyledSheet, style: Callable[[Look], StyleArray]) -> None:
        super().__init__()
        self.ws, self.style = ws, style

    def __missing__(self, look: Look) -> Cell:
        cell = self[look] = LookCell(self.ws, self.style(look))
        return cell
