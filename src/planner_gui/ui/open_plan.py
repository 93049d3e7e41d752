"""An open plan on the Qt side: the document, its undo stack and its lock.

Turns the document's plain change callbacks into a Qt signal, so item models
and pages update themselves and disconnect safely when they are destroyed.
Undo commands refer to this object (not to the document), so "Save As" can
switch the file under them and undo keeps working.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner_gui.core.document import Change, PlanDocument
from planner_gui.core.errors import PlanError
from planner_gui.plan_lock import PlanLock
from planner_gui.ui import dialogs


class OpenPlan(QObject):
    changed = Signal(object)  # a core Change, after it is committed
    saved = Signal()  # something was committed to the file

    def __init__(self, doc: PlanDocument, lock: PlanLock | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.doc = doc
        self.lock = lock
        self._unsubscribe = doc.subscribe(self._on_change)

    @property
    def read_only(self) -> bool:
        return self.doc.read_only

    def _on_change(self, change: Change) -> None:
        self.changed.emit(change)
        self.saved.emit()

    def switch_document(self, doc: PlanDocument, lock: PlanLock | None) -> None:
        """Carry on with another file holding the same plan (after Save As)."""
        self._unsubscribe()
        self.doc.close()
        if self.lock is not None:
            self.lock.release()
        self.doc, self.lock = doc, lock
        self._unsubscribe = doc.subscribe(self._on_change)
        self.changed.emit(Change("plan", "reset"))

    def push(self, command: QUndoCommand, parent_widget=None) -> bool:  # type: ignore[no-untyped-def]
        """Apply an edit and put it on the undo stack; explain a refused edit in a dialog."""
        try:
            command.apply()  # type: ignore[attr-defined]
        except PlanError as error:
            dialogs.show_error(parent_widget, "That change was not made", str(error))
            return False
        self.undo_stack.push(command)
        return True

    def close(self) -> None:
        self._unsubscribe()
        self.undo_stack.clear()
        self.doc.close()
        if self.lock is not None:
            self.lock.release()
