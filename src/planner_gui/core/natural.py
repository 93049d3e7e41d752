"""Natural ordering of the number labels a plan gives its goals and objectives.

Labels are kept verbatim ("8", "10", "2.3", "A") and never renumbered; they are
sorted so that "2" comes before "10" and "1.2" before "1.10".
"""

from __future__ import annotations

import re

_CHUNKS = re.compile(r"(\d+)")

NaturalKey = tuple[tuple[tuple[int, int | str], ...], str]


def natural_key(label: str) -> NaturalKey:
    """Sort key: runs of digits compare as numbers, the rest case-insensitively.

    Digits sort before letters at the same place, and the label itself breaks
    ties, so the order is total and stable ("01" and "1" keep a fixed order).
    """
    text = label.strip()
    parts: list[tuple[int, int | str]] = []
    # split() alternates: text, digits, text, digits... (odd places hold the digit runs)
    for place, chunk in enumerate(_CHUNKS.split(text)):
        if not chunk:
            continue
        if place % 2:
            parts.append((0, int(chunk)))
        else:
            parts.append((1, chunk.casefold()))
    return tuple(parts), text
