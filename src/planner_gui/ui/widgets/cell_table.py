"""A table whose current cell can be seen: the cell is selected and framed, its row lightly tinted.

A table that selects whole rows hides which cell the keyboard is on, so F2
and Enter seem to do nothing. Here the selection is the current cell alone,
filled with a light shade of the highlight colour (a priority's coloured chip
stays legible on it) inside a dark frame; the rest of its row keeps a lighter
tint, so the room still reads the row as one. The frame is thin and grey
while the keys go elsewhere. Enter opens the current cell's editor as F2
does, and a cell edited with a list of choices opens with the list shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex
CELL_SHADE = 0.35  # the current cell's fill: this much of the highlight colour over the base
ROW_TINT_ALPHA = 36  # the rest of its row: the highlight colour at this opacity (of 255), over the cells
FRAME_WIDTH = 3  # while the table has the keys; 1 (grey) while it hasn't
Group, Role = QPalette.ColorGroup, QPalette.ColorRole


def shade(color: QColor, over: QColor, amount: float) -> QColor:
    """``amount`` (0–1) of ``color`` laid over ``over``."""

    def mix(a: float, b: float) -> float:
        return a * amount + b * (1 - amount)

    return QColor.fromRgbF(
        mix(color.redF(), over.redF()), mix(color.greenF(), over.greenF()), mix(color.blueF(), over.blueF())
    )


class CellTableView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(triggers.EditKeyPressed | triggers.DoubleClicked)
        palette = self.palette()
        highlight = palette.color(Group.Active, Role.Highlight)
        self.frame_color = highlight.darker(140)
        self.row_tint = QColor(highlight)
        self.row_tint.setAlpha(ROW_TINT_ALPHA)
        for group in (Group.Active, Group.Inactive):  # the selected cell: a light fill, its text as any other
            base = palette.color(group, Role.Base)
            palette.setColor(group, Role.Highlight, shade(palette.color(group, Role.Highlight), base, CELL_SHADE))
            palette.setColor(group, Role.HighlightedText, palette.color(group, Role.Text))
        self.setPalette(palette)

    # -------------------------------------------------------------- editing
    def open_editor(self, cell: QModelIndex) -> bool:
        """Make ``cell`` the current cell and open its editor (a list: shown open). False if it can't be edited."""
        if not cell.isValid():
            return False
        self.setCurrentIndex(cell)
        self.scrollTo(cell)
        return self.edit(cell)

    def edit(  # type: ignore[override]
        self,
        index: Index,
        trigger: QAbstractItemView.EditTrigger = QAbstractItemView.EditTrigger.AllEditTriggers,
        event: QEvent | None = None,
    ) -> bool:
        """Qt's own way into an editor (a key, a double-click); ``view.edit(index)`` from Python comes here too."""
        opened = super().edit(index, trigger, event)  # type: ignore[arg-type]
        if opened and self.state() == QAbstractItemView.State.EditingState:
            editor = self.indexWidget(self._plain(index))
            if isinstance(editor, QComboBox):
                editor.showPopup()  # the choices at once: one key less for the facilitator
        return opened

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens the current cell's editor, as F2 does (on macOS, Enter already does)."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if enter and plain and self.state() != QAbstractItemView.State.EditingState:
            current = self.currentIndex()
            if current.isValid() and self.model().flags(current) & Qt.ItemFlag.ItemIsEditable:
                self.open_editor(current)
                return
        super().keyPressEvent(event)

    # ------------------------------------------------------------- painting
    def currentChanged(self, current: Index, previous: Index) -> None:  # type: ignore[override]
        super().currentChanged(current, previous)  # type: ignore[arg-type]
        for index in (previous, current):  # Qt repaints the two cells; the tint spans their rows
            if index.isValid():
                self.viewport().update(self._row_rect(self._plain(index)))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()  # the frame says whether the keys go to the table

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def _plain(self, index: Index) -> QModelIndex:
        if isinstance(index, QModelIndex):
            return index
        return self.model().index(index.row(), index.column(), index.parent())

    def _row_rect(self, index: QModelIndex) -> QRect:
        last = self.model().columnCount(index.parent()) - 1
        row = self.visualRect(index.siblingAtColumn(0)).united(self.visualRect(index.siblingAtColumn(last)))
        return QRect(0, row.top(), max(row.right() + 1, self.viewport().width()), row.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        current = self.currentIndex()
        cell = self.visualRect(current) if current.isValid() else QRect()
        if not cell.isValid():
            return
        row = self._row_rect(current)
        focus = QApplication.focusWidget()
        keys_here = focus is not None and (focus is self or self.isAncestorOf(focus))
        painter = QPainter(self.viewport())
        left = QRect(row.left(), row.top(), cell.left() - row.left(), row.height())
        right = QRect(cell.right() + 1, row.top(), row.right() - cell.right(), row.height())
        for part in (left, right):
            if part.width() > 0:
                painter.fillRect(part, self.row_tint)
        width = FRAME_WIDTH if keys_here else 1
        pen = QPen(self.frame_color if keys_here else self.palette().color(Role.Mid), width)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(cell).adjusted(width / 2, width / 2, -width / 2, -width / 2))
        painter.end()
