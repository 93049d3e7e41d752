"""A calm cover over a whole screen or window: large white words on the program's blue, and nothing else.

What the room sees while a member votes ("Amina Diallo is voting · 3 of 8
have voted"), and what a member sees before starting and after submitting.
The text grows with the cover, so it reads from the back of the room on a
projector and still fits a small window. A cover may carry one button (its
primary action), in white, so it is found at once.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from planner_gui.ui import icons

BLUE = "#0B4F6C"  # the program's own blue (resources/styles/app.qss)
SHEET = f"""
QWidget#cover {{ background: {BLUE}; }}
QLabel#coverHeading {{ color: white; font-weight: 600; }}
QLabel#coverDetail {{ color: #D6E6EE; }}
QPushButton#coverButton {{
    background: white; color: {BLUE}; border: none; border-radius: 8px; padding: 0.5em 1.4em; font-weight: 600;
}}
QPushButton#coverButton:focus {{ outline: none; border: 3px solid #56B4E9; }}
"""


class Cover(QWidget):
    """A heading, a line or two under it and, if ``button`` is given, one button (``activated`` when pressed)."""

    activated = Signal()

    def __init__(self, parent: QWidget | None = None, *, button: str = "", name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("cover")
        self.setAccessibleName(name or self.tr("Cover"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(SHEET)
        self.logo = QLabel()
        self.heading, self.detail = QLabel(), QLabel()
        self.heading.setObjectName("coverHeading")
        self.detail.setObjectName("coverDetail")
        for label in (self.logo, self.heading, self.detail):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        self.button: QPushButton | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addStretch(2)
        layout.addWidget(self.logo)
        layout.addWidget(self.heading)
        layout.addWidget(self.detail)
        if button:
            self.button = QPushButton(button)
            self.button.setObjectName("coverButton")
            self.button.clicked.connect(lambda _checked=False: self.activated.emit())
            layout.addSpacing(24)
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self._fit()

    def set_text(self, heading: str, detail: str = "") -> None:
        self.heading.setText(heading)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))

    def text(self) -> str:
        """What the cover says, heading and detail (for a reader, and for tests)."""
        return "\n".join(t for t in (self.heading.text(), self.detail.text()) if t)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Words sized to the cover: about a twelfth of its height for the heading, less for the rest."""
        height, width = max(self.height(), 200), max(self.width(), 300)
        heading_px = int(min(height / 12, width / 18, 88))
        self.logo.setPixmap(icons.app_icon().pixmap(QSize(heading_px * 2, heading_px * 2)))
        for widget, pixels in ((self.heading, heading_px), (self.detail, heading_px * 0.5)):
            font = QFont(widget.font())
            font.setPixelSize(max(14, int(pixels)))
            widget.setFont(font)
        if self.button is not None:
            font = QFont(self.button.font())
            font.setPixelSize(max(14, int(heading_px * 0.45)))
            self.button.setFont(font)
