"""One objective's votes as a bar of the tiers' colours (high, medium, low, dropped), each count written on its
segment when it fits: the Results table's cells, the discussion view, the minutes' table.

QtGui only, like :mod:`planner_gui.report.ranking_chart`, whose bars use the same colours and ink.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from planner_gui.core.colors import PRIORITY_COLORS
from planner_gui.i18n import format_number

__all__ = ["GAP", "TIERS", "paint_distribution", "segments", "text_on"]

TIERS = ("high", "medium", "low", "dropped")


def text_on(color: QColor) -> QColor:
    """Black or white, whichever reads on ``color``."""
    return (
        QColor("#000000")
        if color.red() * 0.299 + color.green() * 0.587 + color.blue() * 0.114 > 150
        else QColor("#ffffff")
    )


GAP = 2.0  # white space between two segments, so neighbouring colours stay apart


def segments(counts: Sequence[float], width: float) -> list[tuple[float, float]]:
    """(start, width) of each tier's segment in a bar ``width`` wide; empty tiers get no width."""
    total = sum(counts)
    if total <= 0:
        return [(0.0, 0.0) for _ in counts]
    spans, x = [], 0.0
    for count in counts:
        share = width * count / total
        spans.append((x, share))
        x += share
    return spans


def paint_distribution(painter: QPainter, rect: QRectF, counts: Sequence[float], font: QFont) -> None:
    """The bar in ``rect``: a segment per tier (high, medium, low, dropped), its count written on it if it fits."""
    if len(counts) != len(TIERS) or sum(counts) <= 0:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    metrics = painter.fontMetrics()
    shown = [(p, c, span) for p, c, span in zip(TIERS, counts, segments(counts, rect.width()), strict=True)]
    last = max(i for i, (_p, c, _s) in enumerate(shown) if c > 0)
    for number, (priority, count, (start, width)) in enumerate(shown):
        if width <= 0:
            continue
        color = PRIORITY_COLORS[priority]
        gap = GAP if number < last else 0.0
        segment = QRectF(rect.x() + start, rect.y(), max(1.0, width - gap), rect.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color))
        painter.drawRect(segment)
        label = format_number(count)
        if metrics.horizontalAdvance(label) + 4 <= segment.width():
            painter.setPen(QPen(text_on(QColor(color))))
            painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, label)
    painter.restore()
