"""Writing what people typed into cells as text, and reading cells back as plain values."""

from __future__ import annotations

import re
from typing import Any

Cell = str | int | float | None  # a cell's value, as the workbooks are written
Table = list[list[Cell]]  # a sheet's rows
# What a cell can't hold: controls and what XML 1.0 forbids. Tab and newline stay; CR becomes a newline.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    if text.isprintable():  # most texts: no controls, line breaks, surrogates or non-characters, nothing to do
        return text
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def put_text(cell: Any, text: str) -> None:
    """Store ``text`` as text: a leading ``=`` never turns into a formula, control characters go."""
    cell.value = clean_text(text)
    cell.data_type = "s"


def cell_text(value: object) -> str:
    """A cell's value as the text a person sees: 10.0 → "10", None → ""."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return clean_text(str(value)).strip()
