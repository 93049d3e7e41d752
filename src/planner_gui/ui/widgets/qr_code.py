"""A QR code on screen, square and as large as its space allows, every module a whole number of pixels."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class QrCode(QWidget):
    def __init__(self, parent: QWidget | None = None, *, smallest: int = 160) -> None:
        super().__init__(parent)
        self.url = ""
        self.setMinimumSize(smallest, smallest)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("QR code"))

    def set_url(self, url: str) -> None:
        self.url = url
        self.setAccessibleDescription(url)
        self.setToolTip(url)
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.url:
            return
        from planner_gui.report.qr_paint import paint_qr  # segno loads with the first code shown

        painter = QPainter(self)
        try:
            paint_qr(painter, QRectF(self.rect()), self.url, whole_pixels=True)
        finally:
            painter.end()
