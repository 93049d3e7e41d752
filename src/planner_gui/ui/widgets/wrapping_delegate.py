"""Long texts in a tree (or a list) wrap onto more lines instead of being cut short with “…”.

QTreeView asks its delegate for a row's height without saying how wide the
column is, so word wrap alone never makes a row taller. This delegate gives
the style the width the text really has (the column less the indentation),
and the view lays its rows out again when that width changes.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
)

Index = QModelIndex | QPersistentModelIndex


class WrappingDelegate(QStyledItemDelegate):
    """One column's text wrapped to the column's width: in a tree (rows laid out again as it changes), or a table.

    In a table the other columns keep one line each: the view's owner makes the
    rows grow (``QHeaderView.ResizeToContents``) and measures them again when
    the column's width changes (``widgets.fitted``).
    """

    def __init__(self, view: QTreeView | QTableView, column: int = 0, padding: int = 4) -> None:
        super().__init__(view)
        self.view, self.column = view, column
        self.padding = padding  # extra pixels above and below each row, for a projector
        if isinstance(view, QTreeView):
            view.setWordWrap(True)
            view.setUniformRowHeights(False)
            view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)  # rows of many lines
            self._relayout = QTimer(self, singleShot=True, interval=0)
            self._relayout.timeout.connect(view.doItemsLayout)
            self._width = -1
            view.header().sectionResized.connect(self._column_resized)

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        if column == self.column and new != self._width:
            self._width = new
            self._relayout.start()

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText  # type: ignore[attr-defined]

    def _width_of(self, index: Index) -> int:
        view = self.view
        if isinstance(view, QTableView):
            return view.columnWidth(index.column())
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        levels = depth + (1 if view.rootIsDecorated() else 0) if index.column() == 0 else 0
        return view.header().sectionSize(index.column()) - view.indentation() * levels

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, max(self._width_of(index), 80), 1)
        hint = super().sizeHint(sized, index)
        return QSize(hint.width(), hint.height() + 2 * self.padding)


class FittingListDelegate(QStyledItemDelegate):
    """A list's items as wide as the list (never a sideways scroll bar): cut short with “…”, or wrapped.

    QListView sizes an item by its text on one line, so a long title makes the
    whole list scroll sideways. Items here are the list's width; their text
    wraps onto more lines when ``wrap`` is on (presentation mode), else is cut
    short (the item's tooltip has it whole).
    """

    def __init__(self, view: QListView, wrap: bool = False) -> None:
        super().__init__(view)
        self.view, self.wrap = view, wrap
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setResizeMode(QListView.ResizeMode.Adjust)  # items laid out again as the list's width changes
        view.setUniformItemSizes(False)
        view.setWordWrap(wrap)

    def set_wrap(self, wrap: bool) -> None:
        if wrap != self.wrap:
            self.wrap = wrap
            self.view.setWordWrap(wrap)
            self.view.doItemsLayout()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = max(self.view.viewport().width() - 2 * self.view.spacing() - 2, 80)
        if not self.wrap:
            return QSize(width, super().sizeHint(option, index).height())
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, width, 1)
        sized.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        return QSize(width, super().sizeHint(sized, index).height() + 4)
