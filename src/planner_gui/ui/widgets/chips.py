"""A rating shown as a coloured chip with its word on it; edited with a drop-down list."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QComboBox, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from planner_gui.ui import words
from planner_gui.ui.widgets.palette import text_color_on

Index = QModelIndex | QPersistentModelIndex


def _chip_width(metrics: QFontMetrics, text: str) -> int:
    """A chip's own width: its word, and a rounded end of half its height on each side, and some air."""
    return metrics.horizontalAdvance(text) + metrics.height() + 8


class ChipDelegate(QStyledItemDelegate):
    def __init__(self, colors: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colors = colors

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        value = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if value not in self.colors:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = option.fontMetrics
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or value)
        width = min(option.rect.width() - 8, _chip_width(metrics, text))
        height = min(option.rect.height() - 4, metrics.height() + 6)
        rect = QRectF(option.rect.x() + 4, option.rect.center().y() - height / 2 + 1, width, height)
        background = self.colors[value]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(text_color_on(background))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Wide enough for the chip as painted, with its margins (a column sized to its contents shows it whole)."""
        size = super().sizeHint(option, index)
        value = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if value in self.colors:
            metrics = option.fontMetrics
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or value)
            size.setWidth(max(size.width(), _chip_width(metrics, text) + 12))  # and the cell's margins
        return size

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for value in self.colors:
            combo.addItem(words.label(value), value)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(editor.findData(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        value = editor.currentData()
        if value is not None and value != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, value, Qt.ItemDataRole.EditRole)


def chip_chars(values: Iterable[str], least: int = 10) -> int:
    """How many characters a column of chips for ``values`` needs in the window's language (their longest word,
    and the chip's round ends): "Partly accepted" needs more room in French ("Acceptée en partie")."""
    labels = [words.label(value) for value in values]
    return max([least - 5, *(len(label) for label in labels)]) + 5
