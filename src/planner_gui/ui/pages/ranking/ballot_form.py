"""One member's ballot as they fill it in: the objectives, a priority and a comment each, by keyboard or mouse.

Keys (see ``hint``): 1–4 or H/M/L/D (each language's initials) set the current objective's priority and move
on, 0 clears, F2 comments, Ctrl+Enter submits, Esc discards. The form only
holds the choices; what submitting and discarding do is the Ballot tab's
(``submit_requested``, ``discard_requested``). It lives in the ballot's own
window (``ballot_booth.py``), never in the projected main window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner_gui.core.model import Objective
from planner_gui.core.model_ranking import PRIORITIES
from planner_gui.ui import icons, words
from planner_gui.ui.pages.ranking.ballot_model import COMMENT, PRIORITY, TITLE, BallotModel
from planner_gui.ui.widgets.chips import ChipDelegate, chip_chars
from planner_gui.ui.widgets.fitted import fit_view
from planner_gui.ui.widgets.palette import OKABE_ITO, PRIORITY_COLORS

CLEAR_KEYS = (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
SUBMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
ENDS = (Qt.Key.Key_Home, Qt.Key.Key_End)
WARNING = f"color: {OKABE_ITO['vermilion']}; font-weight: 600;"


def hint() -> str:
    """The ballot's keys, with the window's language's initials: "↑↓ move · 1 or H high · …"."""
    h, m, low, d = tuple(words.priority_letters())
    return QCoreApplication.translate(
        "BallotForm",
        "↑↓ move · 1 or {h} high · 2 or {m} medium · 3 or {l} low · 4 or {d} dropped · 0 clear · F2 comment · "
        "Ctrl+Enter submit",
    ).format(h=h, m=m, l=low, d=d)


def chip_icon(color: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def make_button(icon: QIcon, text: str, slot: Callable[[], Any], tip: str = "", primary: bool = False) -> QPushButton:
    button = QPushButton(icon, text)
    button.setToolTip(tip)
    button.setProperty("primary", primary)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def row_of(*items: QWidget | None, stretch: int | None = None) -> QHBoxLayout:
    """Widgets side by side; None leaves the rest of the width empty."""
    row = QHBoxLayout()
    for number, item in enumerate(items):
        row.addStretch(1) if item is None else row.addWidget(item, 1 if number == stretch else 0)
    return row


class BallotForm(QWidget):
    submit_requested = Signal()
    discard_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.open = False  # a member's ballot is on it
        self.ballot = BallotModel(self)
        self.ballot_title, self.counter, keys = QLabel(), QLabel(), QLabel(hint())
        self.ballot_title.setObjectName("stepTitle")  # the whole screen is the member's: a page's title
        self.counter.setAccessibleName(self.tr("High priorities on this ballot"))
        keys.setWordWrap(True)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("My ballot"))
        self.view.setModel(self.ballot)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        triggers = QAbstractItemView.EditTrigger
        self.view.setEditTriggers(triggers.EditKeyPressed | triggers.DoubleClicked | triggers.SelectedClicked)
        self.view.setItemDelegateForColumn(PRIORITY, ChipDelegate(PRIORITY_COLORS, self.view))
        chars = {0: 5, PRIORITY: chip_chars(PRIORITY_COLORS), COMMENT: 24}  # on the wall the title gets the comment's
        self.fitted = fit_view(self.view, title=TITLE, chars=chars, wall=chars | {COMMENT: 14})
        self.view.installEventFilter(self)
        self.cap: int | None = None
        self.ballot.dataChanged.connect(lambda *_: self.show_counter())
        self.priority_buttons: dict[str | None, QPushButton] = {}
        for number, priority in enumerate((*PRIORITIES, None), start=1):
            icon = chip_icon(PRIORITY_COLORS[priority]) if priority else icons.icon("discard")
            text = f"{number}  {words.priority_name(priority)}" if priority else self.tr("0  Clear")
            button = make_button(icon, text, lambda p=priority: self.set_current_priority(p))  # type: ignore[misc]
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays on the ballot
            self.priority_buttons[priority] = button
        tip = self.tr("Record this ballot (Ctrl+Enter)")
        self.submit_button = make_button(
            icons.icon("submit", "white"), self.tr("&Submit my ballot"), self.submit_requested.emit, tip, True
        )
        tip = self.tr("Leave without recording anything (Esc)")
        self.discard_button = make_button(icons.icon("discard"), self.tr("Discard"), self.discard_requested.emit, tip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(row_of(self.ballot_title, self.counter, stretch=0))
        layout.addWidget(keys)
        layout.addWidget(self.view, 1)
        set_label = QLabel(self.tr("Set the selected objective:"))
        layout.addLayout(row_of(set_label, *self.priority_buttons.values(), None))
        layout.addLayout(row_of(self.submit_button, self.discard_button, None))
        action = QAction(self)  # also while typing a comment
        action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(self.submit_requested.emit)
        self.addAction(action)

    # ------------------------------------------------------------ a ballot
    def start(self, name: str, objectives: list[Objective], cap: int | None) -> None:
        """An empty ballot for ``name``: never anyone's votes, nor their own earlier ones."""
        self.open = True
        self.ballot.start(objectives)
        self.set_name(name)
        self.set_cap(cap)
        self.view.setFocus()
        if self.ballot.rowCount():
            self.view.setCurrentIndex(self.ballot.index(0, PRIORITY))

    def set_name(self, name: str) -> None:
        self.ballot_title.setText(self.tr("Ballot of {name}").format(name=name))

    def clear(self) -> None:
        """Off the form: nothing of the choices stays in it."""
        self.open = False
        self.ballot.clear()
        self.ballot_title.setText("")
        self.show_counter()

    def reload_objectives(self, objectives: list[Objective]) -> None:
        """The plan's objectives changed under an open ballot: keep the choices and the current row."""
        row = self.view.currentIndex().row()
        current = self.ballot.objectives[row][0] if 0 <= row < self.ballot.rowCount() else None
        self.ballot.refresh_objectives(objectives)
        ids = [oid for oid, _, _ in self.ballot.objectives]
        if ids:
            at = ids.index(current) if current in ids else min(max(row, 0), len(ids) - 1)
            self.view.setCurrentIndex(self.ballot.index(at, PRIORITY))

    def set_current_priority(self, priority: str | None) -> None:
        """Set the current objective's priority (None clears it); a priority set moves to the next one."""
        row = self.view.currentIndex().row()
        if not self.open or not 0 <= row < self.ballot.rowCount():
            return
        self.ballot.set_priority(row, priority)
        if priority is not None and row + 1 < self.ballot.rowCount():
            row += 1
        self.view.setCurrentIndex(self.ballot.index(row, PRIORITY))
        self.view.setFocus()

    def close_editor(self) -> None:
        """Keep a comment still being typed: commit the open editor before reading the ballot."""
        editor = self.view.focusWidget()  # the editor, even in a window not active
        if self.view.state() == QAbstractItemView.State.EditingState and editor and self.view.isAncestorOf(editor):
            self.view.commitData(editor)
            self.view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def set_cap(self, cap: int | None) -> None:
        """The plan's cap on "high" (None: no cap), counted against at once."""
        self.cap = cap
        self.show_counter()

    def show_counter(self) -> None:
        """How many "high" so far, against the cap; a warning over it."""
        highs = self.ballot.count("high")
        over = self.cap is not None and highs > self.cap
        if self.cap:
            text = self.tr("High: {count} of at most {cap}").format(count=highs, cap=self.cap)
        else:
            text = self.tr("High: {count}").format(count=highs)
        if over:
            text += self.tr(" — too many: move {extra} to medium or low").format(extra=highs - (self.cap or 0))
        self.counter.setText(text)
        self.counter.setProperty("over", over)
        self.counter.setStyleSheet(WARNING if over else "")

    # ------------------------------------------------------------ keys
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        editing = self.view.state() == QAbstractItemView.State.EditingState
        if watched is self.view and event.type() == QEvent.Type.KeyPress and not editing:
            assert isinstance(event, QKeyEvent)
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
            key, row = Qt.Key(event.key()), self.view.currentIndex().row()
            if key in SUBMIT_KEYS and modifiers == Qt.KeyboardModifier.ControlModifier:
                self.submit_requested.emit()
            elif plain and key == Qt.Key.Key_Escape:
                self.discard_requested.emit()
            elif plain and row >= 0 and (key in (keys := words.priority_keys()) or key in CLEAR_KEYS):
                self.set_current_priority(keys.get(key))
            elif plain and key in ENDS and self.ballot.rowCount():  # first or last objective
                self.view.setCurrentIndex(self.ballot.index((self.ballot.rowCount() - 1) * ENDS.index(key), PRIORITY))
            elif plain and row >= 0 and key == Qt.Key.Key_F2:
                self.view.setCurrentIndex(self.ballot.index(row, COMMENT))
                self.view.edit(self.ballot.index(row, COMMENT))
            else:
                return super().eventFilter(watched, event)
            return True
        return super().eventFilter(watched, event)
