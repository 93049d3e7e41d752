"""A costly refresh that waits until its widget is on screen.

Every page listens to the plan, and most of them are hidden behind the current
one. A page that rebuilds a picker of 2,000 objectives or the strategies'
coverage on every decision made elsewhere would make each edit wait for
screens nobody is looking at. ``WhenShown`` runs the refresh at once when the
widget is showing (or would be, were its window shown), and otherwise once,
when whatever hides it (a page of a stack, a tab) is shown again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

SHOWN = (QEvent.Type.Show, QEvent.Type.ShowToParent)  # ShowToParent also comes while the window is hidden


def hidden_ancestor(widget: QWidget) -> QWidget | None:
    """The widget itself or the nearest ancestor below its window that is hidden; None if none is."""
    current: QWidget | None = widget
    while current is not None and not current.isWindow():
        if current.isHidden():
            return current
        current = current.parentWidget()
    return None


class WhenShown(QObject):
    def __init__(self, widget: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.refresh = refresh
        self.watching: QWidget | None = None

    @property
    def pending(self) -> bool:
        return self.watching is not None

    def request(self) -> None:
        """Refresh now if the widget is showing, or as soon as it is."""
        hidden = hidden_ancestor(self.widget)
        if hidden is None:
            self._stop_watching()
            self.refresh()
        elif hidden is not self.watching:
            self._stop_watching()
            self.watching = hidden
            hidden.installEventFilter(self)

    def _stop_watching(self) -> None:
        if self.watching is not None:
            self.watching.removeEventFilter(self)
            self.watching = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.watching and event.type() in SHOWN:
            self._stop_watching()
            self.request()  # another ancestor may still hide it (a tab of a hidden page)
        return False
