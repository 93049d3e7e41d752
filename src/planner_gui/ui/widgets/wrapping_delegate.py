"""Long texts in a tree wrap onto more lines instead of being cut short with “…”.

QTreeView asks its delegate for a row's height without saying how wide the
column is, so word wrap alone never makes a row taller. This delegate gives
the style the width the text really has (the column less the indentation),
and the view lays its rows out again when that width changes.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, QTimer
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

Index = QModelIndex | QPersistentModelIndex


class WrappingDelegate(QStyledItemDelegate):
    def __init__(self, view: QTreeView, padding: int = 4) -> None:
        super().__init__(view)
        self.view = view
        self.padding = padding  # extra pixels above and below each row, for a projector
        view.setWordWrap(True)
        view.setUniformRowHeights(False)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)  # rows of many lines
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(view.doItemsLayout)
        self._width = -1
        view.header().sectionResized.connect(self._column_resized)

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        if column == 0 and new != self._width:
            self._width = new
            self._relayout.start()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        levels = depth + (1 if self.view.rootIsDecorated() else 0)
        width = self.view.header().sectionSize(index.column()) - self.view.indentation() * levels
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, max(width, 80), 1)
        hint = super().sizeHint(sized, index)
        return QSize(hint.width(), hint.height() + 2 * self.padding)
