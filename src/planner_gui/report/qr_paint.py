"""A QR code drawn with a painter: crisp on a projector, sharp as vectors on a printed card.

The modules come from ``room/qr.py`` (segno); this draws them as filled
rectangles, black on white, with the quiet zone a phone's camera needs.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from planner_gui.room.qr import qr_matrix

QUIET_ZONE = 4  # light modules around the code (the standard asks for 4)


def paint_qr(painter: QPainter, rect: QRectF, url: str, *, whole_pixels: bool = False) -> QRectF:
    """Draw the code of ``url`` centred in ``rect``, as large as fits; returns the square it took.

    ``whole_pixels``: every module a whole number of device pixels (a screen), so
    no module blurs into its neighbour; on paper (a PDF) the modules are vectors.
    """
    rows = qr_matrix(url, border=QUIET_ZONE)
    count = len(rows)
    module = min(rect.width(), rect.height()) / count
    if whole_pixels and module >= 1:
        module = math.floor(module)
    side = module * count
    left = rect.left() + (rect.width() - side) / 2
    top = rect.top() + (rect.height() - side) / 2
    if whole_pixels:
        left, top = round(left), round(top)
    square = QRectF(left, top, side, side)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.fillRect(square, QColor("white"))
    black = QColor("black")
    overlap = 0.0 if whole_pixels else module * 0.03  # on paper, rows overlap a hair: no seams in any viewer
    for y, row in enumerate(rows):
        x = 0
        while x < count:
            if not row[x]:
                x += 1
                continue
            start = x
            while x < count and row[x]:
                x += 1
            # One rectangle per run of dark modules: fewer shapes, and no hairline seams between them.
            run = QRectF(left + start * module, top + y * module, (x - start) * module + overlap, module + overlap)
            painter.fillRect(run, black)
    painter.restore()
    return square
