"""The program's colours for ratings and states: always shown with their text, never alone.

From the Okabe–Ito palette, which stays distinct for the common kinds of colour
blindness. The same colours everywhere a rating appears.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from planner_gui.core.colors import CONTRIBUTION_COLORS, OKABE_ITO, PRIORITY_COLORS, RESPONSE_COLORS

__all__ = [
    "CONTRIBUTION_COLORS",
    "COUNTRY_COLORS",
    "OKABE_ITO",
    "PRIORITY_COLORS",
    "RESPONSE_COLORS",
    "STRATEGY_COLORS",
    "text_color_on",
]


def text_color_on(background: str) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    color = QColor(background)
    luminance = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue()
    return QColor("#000000") if luminance > 150 else QColor("#FFFFFF")


STRATEGY_COLORS = {
    "draft": OKABE_ITO["grey"],
    "agreed": OKABE_ITO["bluish green"],
}

COUNTRY_COLORS = {
    "not started": OKABE_ITO["grey"],
    "under way": OKABE_ITO["sky blue"],
    "done": OKABE_ITO["bluish green"],
}
