"""An open plan on the Qt side: the document, its undo stack and its lock.

Turns the document's typed events (``core/events.py``) into a Qt signal, so
item models and pages update themselves: each view listens to the kinds of
thing it shows (:meth:`OpenPlan.listen`) and is disconnected when it is
destroyed. Undo commands refer to this object (not to the document), so
"Save As" can switch the file under them and undo keeps working.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import PlanError
from planner_gui.core.events import Action, Event, Reloaded
from planner_gui.plan_lock import PlanLock
from planner_gui.ui import dialogs

if TYPE_CHECKING:
    from planner_gui.ui.commands import PlanCommand

EventSlot = Callable[[Event], None]


class Listening(QObject):
    """One view's subscription: ``slot`` hears the events of ``kinds`` (and every Reloaded) while both live.

    It is a child of the view, so it goes (and stops delivering) with it;
    :meth:`cancel` ends it sooner (the view is given another plan).
    """

    def __init__(self, plan: OpenPlan, slot: EventSlot, kinds: tuple[type[Event], ...], receiver: QObject) -> None:
        super().__init__(receiver)
        self._slot, self._kinds, self._plan = slot, (*kinds, Reloaded), plan
        plan.changed.connect(self._deliver)

    def _deliver(self, event: Event) -> None:
        if isinstance(event, self._kinds):
            self._slot(event)

    def cancel(self) -> None:
        with suppress(RuntimeError, TypeError):  # the plan is gone already
            self._plan.changed.disconnect(self._deliver)
        self.deleteLater()


class OpenPlan(QObject):
    changed = Signal(object)  # an Event, after its transaction is committed
    saved = Signal()  # something was committed to the file

    def __init__(self, doc: PlanDocument, lock: PlanLock | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.secret_keys: dict[int, str] = {}  # secret ballots cast while open: their keys, to take one back
        self.doc = doc
        self.lock = lock
        self._unsubscribe = doc.events.subscribe(self._on_event)

    @property
    def read_only(self) -> bool:
        return self.doc.read_only

    def listen(self, receiver: QObject, slot: EventSlot, *kinds: type[Event]) -> Listening:
        """Call ``slot`` with each committed event of ``kinds`` (and every Reloaded) while ``receiver`` lives."""
        return Listening(self, slot, kinds, receiver)

    def _on_event(self, event: Event) -> None:
        self.changed.emit(event)
        self.saved.emit()

    def switch_document(self, doc: PlanDocument, lock: PlanLock | None) -> None:
        """Carry on with another file holding the same plan (after Save As)."""
        self._unsubscribe()
        self.doc.close()
        if self.lock is not None:
            self.lock.release()
        self.doc, self.lock = doc, lock
        self._unsubscribe = doc.events.subscribe(self._on_event)
        self.changed.emit(Reloaded(Action.CHANGED))

    def push(self, command: PlanCommand, parent_widget: QWidget | None = None) -> bool:
        """Apply an edit and put it on the undo stack; explain a refused edit in a dialog."""
        try:
            self.apply(command)
        except PlanError as error:
            dialogs.show_error(
                parent_widget, QCoreApplication.translate("OpenPlan", "That change was not made"), str(error)
            )
            return False
        return True

    def apply(self, command: PlanCommand) -> None:
        """Apply an edit and put it on the undo stack; a refused edit raises its PlanError, and stays off it."""
        command.apply()
        self.undo_stack.push(command)

    def close(self) -> None:
        self._unsubscribe()
        self.undo_stack.clear()
        self.doc.close()
        if self.lock is not None:
            self.lock.release()
