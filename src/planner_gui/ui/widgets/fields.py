"""Text fields whose every edit goes to the plan's undo stack, as it is typed.

Qt's line and text edits keep an undo history of their own and grab Ctrl+Z
while focused; these don't, so Ctrl+Z always undoes through the plan's stack
(and the Edit menu says what it will undo); a line that commits whole when left (a
number, a name) takes back its own typing first, none of it being in the plan
yet. ``edited(text, session)`` fires on
every user change; ``session`` changes each time the field gains focus, so one
stretch of typing is one undo step. ``set_value`` updates the text from the
document without firing ``edited`` and without moving the cursor needlessly.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def _is_undo_key(event: QEvent) -> bool:
    return isinstance(event, QKeyEvent) and any(event.matches(k) for k in _UNDO_KEYS)


class _TypingSession(QObject):
    """A fresh token each time the field gains focus."""

    def __init__(self) -> None:
        super().__init__()
        self.token = object()

    def renew(self) -> None:
        self.token = object()


class PlanLineEdit(QLineEdit):
    edited = Signal(str, object)
    committed = Signal(str)  # Enter pressed or focus left, for fields that commit whole
    typed_back = Signal()  # Ctrl+Z on typing not yet committed (a field that commits whole): show the plan's value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.commits_whole = False  # set by fields that commit on leaving: their typing is taken back by Ctrl+Z
        self._session = _TypingSession()
        self.textEdited.connect(lambda text: self.edited.emit(text, self._session.token))
        self.editingFinished.connect(lambda: self.committed.emit(self.text()))

    def event(self, event: QEvent) -> bool:
        undo = isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Undo)
        if undo and self.commits_whole and self.isModified():
            event.accept()  # the typing, not the plan's last edit: nothing of it is in the plan yet
            if event.type() == QEvent.Type.KeyPress:
                self.setModified(False)
                self.typed_back.emit()
            return True
        if event.type() == QEvent.Type.ShortcutOverride and _is_undo_key(event):
            event.ignore()
            return False
        if event.type() == QEvent.Type.KeyPress and _is_undo_key(event):
            event.ignore()
            return False
        if event.type() == QEvent.Type.FocusIn:
            self._session.renew()
        return super().event(event)

    def set_value(self, text: str) -> None:
        if self.text() != text:
            self.setText(text)
            if not self.hasFocus():
                self.setCursorPosition(0)  # show the start of a long text, not its end


class PlanTextEdit(QPlainTextEdit):
    edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self._session = _TypingSession()
        self._quiet = False
        self.textChanged.connect(self._on_text_changed)

    def _on_text_changed(self) -> None:
        if not self._quiet:
            self.edited.emit(self.toPlainText(), self._session.token)

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and _is_undo_key(event):
            event.ignore()
            return False
        return super().event(event)

    def focusInEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._session.renew()
        super().focusInEvent(event)

    def set_value(self, text: str) -> None:
        if self.toPlainText() == text:
            return
        self._quiet = True
        try:
            cursor = self.textCursor()
            position = min(cursor.position(), len(text))
            self.setPlainText(text)
            cursor = self.textCursor()
            cursor.setPosition(position)
            self.setTextCursor(cursor)
        finally:
            self._quiet = False
