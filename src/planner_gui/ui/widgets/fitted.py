"""Tables and trees laid out in characters, whose titles wrap on the wall.

Column widths are given in characters of the view's font, so they grow with
presentation mode's larger type; the title column takes the room left. In
presentation mode the title column wraps and each row grows to its text, so
what the room reads is never cut short ("More states become party to the
Con…"); outside it, rows keep one line (2,000 objectives lay out at once).

A view not on screen when presentation mode changes is fitted when it is
shown: a toggle re-lays out only what the room sees.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QHeaderView, QTableView, QTreeView

from planner_gui.ui.presentation import presentation, presenting
from planner_gui.ui.widgets.wrapping_delegate import WrappingDelegate

View = QTableView | QTreeView


class Fitted(QObject):
    """One view's fit: widths in characters (``chars``; ``wall``: in presentation mode), the ``title`` wrapping.

    A column is never narrower than its header's words.

    The title column takes the room left, unless ``stretch`` is False (the view's owner sizes it).
    """

    def __init__(
        self,
        view: View,
        *,
        title: int | None,
        chars: dict[int, int] | None = None,
        wall: dict[int, int] | None = None,
        stretch: bool = True,
    ) -> None:
        super().__init__(view)
        self.view, self.title, self.stretch = view, title, stretch
        self.chars, self.wall = dict(chars or {}), dict(wall or chars or {})
        self._wrapping: bool | None = None  # as last fitted (None: not yet)
        self._pending = False
        self._delegate: WrappingDelegate | None = None  # the title's, while it wraps
        self._unwrapped: QAbstractItemDelegate | None = None  # the one it replaced
        self._uniform = view.uniformRowHeights() if isinstance(view, QTreeView) else False
        self._word_wrap = view.wordWrap()
        if isinstance(view, QTableView):
            self._shortest_row = view.verticalHeader().minimumSectionSize()
            view.horizontalHeader().sectionResized.connect(self._column_resized)
        self._rows_again = QTimer(self, singleShot=True, interval=0)
        self._rows_again.timeout.connect(self._resize_rows)
        view.installEventFilter(self)
        presentation().changed.connect(self._mode_changed)
        self.fit()

    # ------------------------------------------------------------ fitting
    def configure(self, title: int | None, chars: dict[int, int], wall: dict[int, int] | None = None) -> None:
        """Fit to these columns from now on (see the class), and now."""
        self.title, self.chars, self.wall = title, dict(chars), dict(wall or chars)
        self._wrapping = None if self._wrapping is False else self._wrapping
        self.fit()

    @property
    def header(self) -> QHeaderView:
        view = self.view
        return view.header() if isinstance(view, QTreeView) else view.horizontalHeader()

    def unit(self) -> int:
        """One character of the view's font, in pixels: what widths are given in."""
        return self.view.fontMetrics().averageCharWidth()

    def fit(self) -> None:
        """Set the widths for the view's font, and wrap the title or not for the mode (call after a new model)."""
        self._pending = False
        if self.view.model() is None:
            return
        on = presenting()
        unit = self.unit()
        for column, chars in (self.wall if on else self.chars).items():
            if column < self.header.count():
                self.header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                self.header.resizeSection(column, max(chars * unit, self.header.sectionSizeHint(column)))
        if self.stretch and self.title is not None and self.title < self.header.count():
            self.header.setSectionResizeMode(self.title, QHeaderView.ResizeMode.Stretch)
        self._wrap(on and self.title is not None)

    def _wrap(self, on: bool) -> None:
        view = self.view
        if on == self._wrapping:
            if on and isinstance(view, QTableView):
                view.verticalHeader().setMinimumSectionSize(view.fontMetrics().height() + 12)
                self._rows_again.start()
            return
        self._wrapping = on
        if on and self.title is not None:  # the title's own delegate wraps it; the other columns keep one line
            self._unwrapped = view.itemDelegateForColumn(self.title)
            self._delegate = WrappingDelegate(view, self.title)
            view.setItemDelegateForColumn(self.title, self._delegate)
        elif self._delegate is not None and self.title is not None:
            view.setItemDelegateForColumn(self.title, self._unwrapped)  # type: ignore[arg-type]  # Qt takes None
            self._delegate.deleteLater()
            self._delegate = self._unwrapped = None
        if isinstance(view, QTreeView):
            if not on:
                view.setWordWrap(self._word_wrap)
                view.setUniformRowHeights(self._uniform)
                view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
                view.doItemsLayout()
            return
        rows = view.verticalHeader()
        if on:  # each row as tall as its title, and never shorter than a line with room around it
            rows.setMinimumSectionSize(view.fontMetrics().height() + 12)
            rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.resizeRowsToContents()
        else:
            rows.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            rows.setMinimumSectionSize(self._shortest_row)
            for row in range(view.model().rowCount()):
                view.setRowHeight(row, rows.defaultSectionSize())

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if self._wrapping and column == self.title:
            self._rows_again.start()  # a wider or narrower title: its lines change

    def _resize_rows(self) -> None:
        if self._wrapping and isinstance(self.view, QTableView):
            self.view.resizeRowsToContents()

    # ------------------------------------------------------------- events
    def _mode_changed(self, _on: bool) -> None:
        if self.view.isVisible():
            self.fit()
        else:
            self._pending = True  # fitted when shown

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.view and (kind == QEvent.Type.FontChange or (kind == QEvent.Type.Show and self._pending)):
            self.fit()
        return False


def fit_view(
    view: View,
    *,
    title: int | None,
    chars: dict[int, int] | None = None,
    wall: dict[int, int] | None = None,
    stretch: bool = True,
) -> Fitted:
    """Fit ``view`` (see :class:`Fitted`); keep the result to call ``fit`` again after the view's model changes."""
    return Fitted(view, title=title, chars=chars, wall=wall, stretch=stretch)
