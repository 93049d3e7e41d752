"""Presentation mode: text for the back of the room, and layouts that give the width to what the room reads.

Pressing F5 re-styles what is on screen; nothing is rebuilt:

- the application's font grows by the presentation scale (Qt tells every
  widget, which lays itself out again);
- the few texts sized relative to the rest (step titles, the sidebar) are set
  again by :func:`scale_text`'s rule, not by the style sheet: the sheet is set
  once, because setting it again re-polishes every widget (a third of a
  second with all the steps open);
- what lays out differently on the wall (titles that wrap, the sidebar's
  numbers) hears :attr:`Presentation.changed`;
- what is not on screen (the steps not shown, the tabs behind the current
  one) keeps the size it had until it is shown: laying out every page of
  every step again would cost the toggle two tenths of a second.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

W = TypeVar("W", bound=QWidget)
_SCALE_PROPERTY = "retreatTextScale"
_BOLD_PROPERTY = "retreatTextBold"
_HELD_PROPERTY = "retreatFontHeld"  # a page not on screen, its font held until it is
_WATCHED_PROPERTY = "retreatReleasesPages"


class Presentation(QObject):
    """Whether presentation mode is on; one per application (:func:`presentation`)."""

    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on = False
        self.base_point_size = 0.0  # the application's font size with presentation mode off

    def set_on(self, on: bool, scale: float) -> None:
        """Turn presentation mode on (text ``scale`` times larger) or off."""
        changed, self.on = on != self.on, on  # first: views told of the new font fit for the new mode at once
        app = QApplication.instance()
        if isinstance(app, QApplication):
            if self.base_point_size <= 0:
                size = app.font().pointSizeF()
                self.base_point_size = size if size > 0 else 10.0
            font = QFont(app.font())
            font.setPointSizeF(self.base_point_size * (scale if on else 1.0))
            if font.pointSizeF() != app.font().pointSizeF():
                for window in app.topLevelWidgets():
                    _hold_hidden_pages(window)
                app.setFont(font)  # each window is told, and passes it on to what it holds
                for widget in app.allWidgets():  # those with a size of their own keep it: set it anew
                    if widget.property(_SCALE_PROPERTY) is not None:
                        _apply_scale(widget)
        if changed:
            self.changed.emit(on)


_PRESENTATION: list[Presentation] = []


def presentation() -> Presentation:
    """The application's presentation mode (made with the first call, and kept while the application lives)."""
    app = QCoreApplication.instance()
    if _PRESENTATION and _PRESENTATION[0].parent() is app:
        return _PRESENTATION[0]
    _PRESENTATION[:] = [Presentation(app)]
    return _PRESENTATION[0]


def presenting() -> bool:
    return presentation().on


def _hold_hidden_pages(window: QWidget) -> None:
    """Pin the font of each page not shown in a stack (steps, tabs) until it is shown."""
    for stack in window.findChildren(QStackedWidget):
        if not stack.property(_WATCHED_PROPERTY):
            stack.setProperty(_WATCHED_PROPERTY, True)
            stack.currentChanged.connect(lambda _row, s=stack: _release(s.currentWidget()))
        current = stack.currentWidget()
        for row in range(stack.count()):
            page = stack.widget(row)
            if page is not None and page is not current and not page.property(_HELD_PROPERTY):
                page.setProperty(_HELD_PROPERTY, True)
                held = QFont(page.font())
                held.setPointSizeF(held.pointSizeF())  # its own size now: the application's no longer reaches it
                page.setFont(held)


def _release(page: QWidget | None) -> None:
    """A page comes on screen: it takes the font of what holds it again, and so do its own current pages."""
    if page is None:
        return
    if page.property(_HELD_PROPERTY):
        page.setProperty(_HELD_PROPERTY, False)
        page.setFont(QFont())  # nothing of its own: all from its parent
    for stack in page.findChildren(QStackedWidget):
        _release(stack.currentWidget())


def _apply_scale(widget: QWidget) -> None:
    scale = widget.property(_SCALE_PROPERTY)
    font = QFont(widget.font())
    app_size = QApplication.font().pointSizeF()
    font.setPointSizeF(round(app_size * float(scale), 1))
    if widget.property(_BOLD_PROPERTY):
        font.setWeight(QFont.Weight.DemiBold)
    if font != widget.font():
        widget.setFont(font)


def scale_text(widget: W, scale: float, *, bold: bool = False) -> W:
    """Show ``widget``'s text at ``scale`` times the application's font, now and whenever that font changes."""
    widget.setProperty(_SCALE_PROPERTY, scale)
    widget.setProperty(_BOLD_PROPERTY, bold)
    _apply_scale(widget)
    return widget
