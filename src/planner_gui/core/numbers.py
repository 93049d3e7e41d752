"""Numbers typed as text, as people write them in the plan's three languages (Qt-free: the window, the
workbook readers and the core's own rules read them alike).

"1,5" is one and a half, as "1.5" is; "1,000", "1 000" and "1.000,5" group
thousands; "0,500" is a half (no number's thousands start with a 0).
"""

from __future__ import annotations

import re

MAX_NUMBER = 1e12  # beyond any count, cap, weight or target: and within what SQLite stores as an integer

_GROUPED = re.compile(r"[+-]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?")  # 1,000 or 1,234.5: commas group the thousands
_GROUPED_BY_DOTS = re.compile(r"[+-]?[1-9]\d{0,2}(\.\d{3})+,\d+")  # 1.234,5: dots group, a decimal comma
_DECIMAL_COMMA = re.compile(r"[+-]?\d*,\d+")  # 1,5 or 0,75: a decimal comma (French, Spanish)


def typed_number(text: str) -> float:
    """The number ``text`` is, as its writer meant it. Raises ValueError for anything else."""
    text = "".join(text.split())  # spaces, no-break ones too, group thousands in French
    if _GROUPED.fullmatch(text):
        text = text.replace(",", "")
    elif _GROUPED_BY_DOTS.fullmatch(text):
        text = text.replace(".", "").replace(",", ".")
    elif _DECIMAL_COMMA.fullmatch(text):
        text = text.replace(",", ".")
    return float(text)


def plan_number(value: object) -> float:
    """``value`` (a number, or text as :func:`typed_number` reads it) as a finite number a plan can hold.
    Raises ValueError for anything else, infinities, NaN and numbers beyond :data:`MAX_NUMBER` included."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise ValueError(value)
    number = typed_number(value) if isinstance(value, str) else float(value)
    if not abs(number) <= MAX_NUMBER:  # (NaN compares false)
        raise ValueError(value)
    return number
