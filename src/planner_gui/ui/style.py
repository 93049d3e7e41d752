"""The application's look: its style sheet, and presentation mode's larger type."""

from __future__ import annotations

from string import Template

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from planner_gui.resources import resource_path

_BASE_POINT_SIZE: dict[str, float] = {}


def apply_style(app: QApplication, scale: float = 1.0) -> None:
    """Set the font (scaled for a projector when ``scale`` > 1) and the style sheet."""
    if "pt" not in _BASE_POINT_SIZE:
        size = app.font().pointSizeF()
        _BASE_POINT_SIZE["pt"] = size if size > 0 else 10.0
    base = _BASE_POINT_SIZE["pt"]
    font = QFont(app.font())
    font.setPointSizeF(base * scale)
    app.setFont(font)
    template = Template(resource_path("styles", "app.qss").read_text(encoding="utf-8"))
    sizes = {
        "title_pt": round(base * scale * 1.6, 1),
        "prompt_pt": round(base * scale * 1.1, 1),
        "side_pt": round(base * scale * 1.15, 1),
        "welcome_pt": round(base * scale * 2.2, 1),
    }
    app.setStyleSheet(template.substitute(sizes))
