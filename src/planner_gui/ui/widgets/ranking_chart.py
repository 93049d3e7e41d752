"""The room's picture on the Ranking page: votes per objective as stacked bars, beside mean against consensus.

Both charts are drawn by ``report.ranking_chart``, the same functions as the
printable summary's, in the widget's font: the application's, so presentation
mode (which scales the application font) enlarges them with everything else.
The widget shows plain rows (``ChartRow``); the page gives it
``board_paper(doc).chart`` whenever the votes change.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner_gui.core.tally import CONTESTED_BELOW
from planner_gui.report.ranking_chart import BarsGeometry, ChartRow, ScatterGeometry, paint_bars, paint_scatter
from planner_gui.ui.counts import counts

__all__ = ["RankingChart"]

BARS_SHARE = 0.55  # of the width: the bars at the left, the scatter at the right


class RankingChart(QWidget):
    """Paints the bars and the scatter side by side; ``bars`` and ``scatter`` say where the last paint put things."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[ChartRow, ...] = ()
        self.bars = BarsGeometry()
        self.scatter = ScatterGeometry()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("The room's picture: votes per objective, and mean against consensus"))

    def set_rows(self, rows: Sequence[ChartRow]) -> None:
        self.rows = tuple(rows)
        self.setToolTip(_summary(self.rows))
        self.update()

    def _line(self) -> float:
        return QFontMetricsF(self.font()).height()

    def sizeHint(self) -> QSize:
        line = self._line()
        return QSize(round(line * 56), round(line * 30))

    def minimumSizeHint(self) -> QSize:
        line = self._line()
        return QSize(round(line * 30), round(line * 16))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # presentation mode: the app font grew or shrank
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), self.palette().base())
            margin = self._line() * 0.6
            area = QRectF(self.rect()).adjusted(margin, margin, -margin, -margin)
            split = area.width() * BARS_SHARE
            left = QRectF(area.left(), area.top(), split - margin, area.height())
            right = QRectF(area.left() + split + margin, area.top(), area.width() - split - margin, area.height())
            self.bars = paint_bars(painter, left, self.rows, self.font())
            self.scatter = paint_scatter(painter, right, self.rows, self.font())
        finally:
            painter.end()


def _summary(rows: Sequence[ChartRow]) -> str:
    """The picture in words, for the tooltip and a screen reader."""
    voted = [r for r in rows if sum(r.counts) > 0]
    if not voted:
        return QCoreApplication.translate("RankingChart", "No votes yet.")
    split = [
        r.number for r in voted if r.consensus is not None and r.consensus < CONTESTED_BELOW and sum(r.counts) >= 2
    ]
    said = counts().voted_on(len(voted))
    if split:
        return (
            said
            + " "
            + QCoreApplication.translate("RankingChart", "Split: Obj. {numbers}.").format(numbers=", ".join(split))
        )
    return said + " " + QCoreApplication.translate("RankingChart", "The room agreed on every one.")
