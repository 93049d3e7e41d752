"""A row of buttons that shows the words it has room for.

On a narrow window (a 1280-pixel laptop with the agenda open, or French and
Spanish words, longer than English ones) the least needed buttons show their
icon alone, one after another in the order given, before any word is cut:
"Ajouter un objec" told no one anything. Their tooltips and accessible names
keep the words; the first buttons keep theirs to the last.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolButton, QWidget

WORDS, ICON = Qt.ToolButtonStyle.ToolButtonTextBesideIcon, Qt.ToolButtonStyle.ToolButtonIconOnly


class ButtonBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        # As wide as it is given (never wider than the page): what does not fit goes icon-only.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._shrinking: list[QToolButton] = []  # the order they give up their words in

    def add(self, widget: QWidget, *, shrinks_at: int | None = None) -> None:
        """Add ``widget``; a tool button with ``shrinks_at`` gives up its words, lowest first, when room is short."""
        self.row.addWidget(widget)
        if shrinks_at is not None and isinstance(widget, QToolButton):
            self._shrinking.insert(min(shrinks_at, len(self._shrinking)), widget)

    def add_stretch(self) -> None:
        self.row.addStretch(1)

    def sizeHint(self) -> QSize:  # as tall as its buttons, as wide as all of them in words
        return self.row.sizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self.fit()  # bigger text (presentation mode), other words: room again to weigh

    def fit(self) -> None:
        """Words on every button there is room for; icons alone on the others, in their order. The bar is never
        narrower than with every word it may give up given up (the page makes room for that much)."""
        for button in self._shrinking:
            button.setToolButtonStyle(ICON)
        self.setMinimumWidth(self._needed())
        for button in reversed(self._shrinking):  # words back, the last to give them up first
            button.setToolButtonStyle(WORDS)
            if self._needed() > self.width():
                button.setToolButtonStyle(ICON)
                break
        self.row.invalidate()  # each button at its new width now, not at the next turn of the event loop
        self.row.activate()

    def _needed(self) -> int:
        items = (self.row.itemAt(i) for i in range(self.row.count()))
        shown = [item.widget() for item in items if item is not None]
        widths = [w.sizeHint().width() for w in shown if w is not None and not w.isHidden()]
        return sum(widths) + self.row.spacing() * max(0, len(widths) - 1)
