"""The room's picture inside the report's text: each ``chart:`` placeholder becomes an object painted by QPainter.

The charts are drawn when the page is painted, by the same painter as the text,
so the PDF holds them as vector drawing (crisp at any zoom), and the print
preview and the printer get the same. They are sized for the page's width and
drawn in 9-point type, in the layout's pixels like the text around them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QRectF, QSizeF
from PySide6.QtGui import QFont, QPainter, QPyTextObject, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat

from planner_gui.core.board_paper import ChartRow
from planner_gui.report.picture import CHART_PREFIX, bar_chunks
from planner_gui.report.ranking_chart import bars_height, paint_bars, paint_scatter
from planner_gui.report.tier_bar import paint_distribution

__all__ = ["install_charts"]

CHART_OBJECT = QTextFormat.ObjectTypes.UserObject.value + 19
CHART_NAME = QTextFormat.Property.UserProperty.value + 19
CHART_POINTS = 9.0
LAYOUT_DPI = 96
DIST_WIDTH, DIST_HEIGHT = 128.0, 16.0  # a row's bar in a table (the results snapshot), in layout pixels


def chart_font() -> QFont:
    font = QFont()
    font.setPixelSize(round(CHART_POINTS / 72 * LAYOUT_DPI))
    return font


class ChartObject(QPyTextObject):
    """Sizes and paints the charts named in the report's text."""

    def __init__(self, rows: Sequence[ChartRow]) -> None:
        super().__init__()
        self.rows = rows
        self.chunks = bar_chunks(rows)
        self.font = chart_font()

    def _width(self, doc: QTextDocument) -> float:
        return float(doc.pageSize().width()) - 2

    def intrinsicSize(self, doc: QTextDocument, position: int, fmt: QTextFormat) -> QSizeF:
        width = self._width(doc)
        name = str(fmt.property(CHART_NAME))
        if name.startswith("dist:"):  # one objective's votes, in a table's cell
            return QSizeF(DIST_WIDTH, DIST_HEIGHT)
        if name.startswith("bars:"):
            rows = self.chunks[int(name.split(":")[1])]
            return QSizeF(width, bars_height(len(rows), self.font))
        return QSizeF(width, min(width * 0.62, float(doc.pageSize().height()) * 0.6))

    def drawObject(
        self, painter: QPainter, rect: QRectF | QRect, doc: QTextDocument, position: int, fmt: QTextFormat
    ) -> None:
        rect = QRectF(rect)
        name = str(fmt.property(CHART_NAME))
        if name.startswith("dist:"):
            paint_distribution(painter, rect, self.rows[int(name.split(":")[1])].counts, self.font)
        elif name.startswith("bars:"):
            paint_bars(painter, rect, self.chunks[int(name.split(":")[1])], self.font)
        else:
            paint_scatter(painter, rect, self.rows, self.font)


def install_charts(text: QTextDocument, rows: Sequence[ChartRow]) -> int:
    """Put a chart object in place of each ``chart:`` image of ``text``; returns how many were placed."""
    handler = ChartObject(rows)
    text.documentLayout().registerHandler(CHART_OBJECT, handler)
    text._chart_handler = handler  # type: ignore[attr-defined]  # lives as long as the text it paints
    found: list[tuple[int, str]] = []
    block = text.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat() and fmt.toImageFormat().name().startswith(CHART_PREFIX):
                found.append((fragment.position(), fmt.toImageFormat().name().removeprefix(CHART_PREFIX)))
            fragments += 1
        block = block.next()
    cursor = QTextCursor(text)
    for position, name in reversed(found):
        chart = QTextCharFormat()
        chart.setObjectType(CHART_OBJECT)
        chart.setProperty(CHART_NAME, name)
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText("\ufffc", chart)
    return len(found)
