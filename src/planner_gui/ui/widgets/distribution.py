"""A row's votes as one bar: a segment per tier, as wide as its share, with its count written on it.

Drawn by a delegate (no chart library): legible on a projector, and the words
are never left to colour alone: the table's count columns and the legend above
it (:func:`legend_html`) name each tier.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from planner_gui.core.model_ranking import PRIORITIES
from planner_gui.report.tier_bar import paint_distribution, segments
from planner_gui.ui import numbers, words
from planner_gui.ui.widgets.palette import PRIORITY_COLORS, text_color_on

Index = QModelIndex | QPersistentModelIndex
__all__ = ["DistributionBar", "DistributionDelegate", "VoteDelegate", "distribution_text", "legend_html", "segments"]


def legend_html() -> str:
    """The tiers' colours with their names, for a label above a table of bars."""
    chips = []
    for priority in PRIORITIES:
        color = PRIORITY_COLORS[priority]
        word = words.priority_name(priority)
        if priority == "dropped":
            word = f"<s>{word}</s>"
        chips.append(
            f'<span style="background:{color}; color:{text_color_on(color).name()};">&nbsp;{word}&nbsp;</span>'
        )
        chips.append("&nbsp;")
    return "".join(chips)


def distribution_text(counts: Sequence[float]) -> str:
    """The bar in words (its tooltip, and what a screen reader says): “High 6 · Medium 1 · Dropped 0”."""
    return " · ".join(f"{words.priority_name(p)} {numbers.count(c)}" for p, c in zip(PRIORITIES, counts, strict=True))


class DistributionDelegate(QStyledItemDelegate):
    """Paints the counts a model gives (``counts_role``: a tuple high, medium, low, dropped)."""

    def __init__(self, counts_role: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts_role = counts_role

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(option.fontMetrics.horizontalAdvance("0") * 24, option.fontMetrics.height() + 12)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        counts = index.data(self.counts_role)
        if isinstance(counts, tuple):
            paint_distribution(painter, QRectF(option.rect).adjusted(4, 3, -4, -3), counts, option.font)


class DistributionBar(QWidget):
    """One objective's votes as a bar of its own (the discussion view), in the widget's font."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: tuple[float, ...] = ()
        self.setMinimumHeight(24)

    def set_counts(self, counts: Sequence[float]) -> None:
        self.counts = tuple(counts)
        self.setAccessibleDescription(distribution_text(self.counts) if self.counts else self.tr("No votes"))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("0") * 40, self.fontMetrics().height() * 2 + 8)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_distribution(painter, QRectF(self.rect()).adjusted(1, 1, -1, -1), self.counts, self.font())
        painter.end()


class VoteDelegate(QStyledItemDelegate):
    """A member's vote as a chip in the tier's colour: the word, or its first letter in a narrow column."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        value = index.data(Qt.ItemDataRole.EditRole)
        if value not in PRIORITY_COLORS:
            return
        metrics = option.fontMetrics
        text = words.priority_name(str(value))
        widest = max(metrics.horizontalAdvance(words.priority_name(p)) for p in PRIORITIES)
        if widest + metrics.height() > option.rect.width() - 8:  # the whole column in letters, not some of each
            text = words.priority_letters()[PRIORITIES.index(str(value))]
        height = min(option.rect.height() - 4, metrics.height() + 6)
        width = min(option.rect.width() - 8, metrics.horizontalAdvance(text) + height)
        rect = QRectF(
            option.rect.center().x() - width / 2 + 1, option.rect.center().y() - height / 2 + 1, width, height
        )
        color = PRIORITY_COLORS[value]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(text_color_on(color))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
