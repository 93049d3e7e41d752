"""The application's look: its style sheet, set once (presentation mode's larger type is ``presentation``'s)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from planner_gui.resources import resource_path


def apply_style(app: QApplication) -> None:
    """Set the style sheet (colours, spacing; no sizes: those follow the application's font).

    Qt stops fonts passing from a widget to its children once an application
    has a style sheet, unless told otherwise: without this, presentation mode's
    larger font would reach the windows and none of what is in them.
    """
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_UseStyleSheetPropagationInWidgetStyles, True)
    app.setStyleSheet(resource_path("styles", "app.qss").read_text(encoding="utf-8"))
