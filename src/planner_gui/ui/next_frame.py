"""Run something once the window's next frame has been painted: work that may wait, but not long."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class NextFrame(QObject):
    """Calls ``then`` once, as soon as the window's next frame has been painted."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:  # the frame is painted as this event is handled
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
            self.deleteLater()
        return False
