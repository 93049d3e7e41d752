"""The agenda dock's actions: the timer's clock events, and the sessions' undoable edits (see ``agenda_panel``).

A base of ``AgendaDock``, apart so each file stays short. Its words are in the
dock's own translation context (``AgendaDock``), named, as ``self.tr`` would
look them up under the dock's class anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDockWidget, QTableView

from planner_gui.core.agenda import SESSIONS, SessionTiming, elapsed_minutes, format_time
from planner_gui.core.errors import PlanError
from planner_gui.ui import dialogs
from planner_gui.ui.commands import AddRow, DeleteRow, EditRow
from planner_gui.ui.models.rows_table import RowsTableModel
from planner_gui.ui.open_plan import OpenPlan
from planner_gui.ui.widgets.agenda_table import session_label
from planner_gui.ui.widgets.timer_label import Clock, clock_text


class AgendaEdits(QDockWidget):
    """What the dock's buttons and keys do; the dock provides the rest."""

    plan: OpenPlan | None
    model: RowsTableModel | None
    view: QTableView
    now: Clock
    _note: str
    refresh: Callable[[], None]

    def timings(self) -> dict[int, SessionTiming]:
        raise NotImplementedError

    def selected_id(self) -> int | None:
        raise NotImplementedError

    def select(self, row_id: int | None) -> None:
        raise NotImplementedError

    def _view_ids(self) -> list[int]:
        raise NotImplementedError

    def _target(self) -> Any:
        raise NotImplementedError

    # ------------------------------------------------- timer: clock events
    def _clock_event(self, act: Any) -> Any:
        # Committed to the file now, and deliberately NOT pushed on the undo stack: undoing a clock
        # makes no sense (the room's minutes are spent), and Undo must keep meaning "undo my last edit".
        self._note = ""
        try:
            return act()
        except PlanError as error:
            dialogs.show_error(self, QCoreApplication.translate("AgendaDock", "The timer was not changed"), str(error))
            return None

    def toggle_timer(self) -> None:
        if self.plan is None or self.plan.read_only:
            return
        doc, running = self.plan.doc, self.plan.doc.agenda.running_session()
        if running is not None:
            self._clock_event(lambda: doc.agenda.pause_session(running.id, self.now()))
            return
        target = self._target()
        if target is not None:
            self._clock_event(lambda: doc.agenda.start_session(target.id, self.now()))
            self.select(target.id)

    def next_session(self) -> None:
        if self.plan is None or self.plan.read_only:
            return
        doc = self.plan.doc
        current = doc.agenda.running_session() or self._target()
        if current is None:
            return
        day = current.day
        following = self._clock_event(lambda: doc.agenda.finish_session(current.id, self.now()))
        if following is not None:
            self.select(following)
        else:
            self._note = QCoreApplication.translate(
                "AgendaDock", "That was the last session of day {day}. Select the next one and press Start."
            ).format(day=day)
            self.refresh()

    def reset_timer(self) -> None:
        target = self._target() if self.plan is not None and not self.plan.read_only else None
        if target is None or self.plan is None:
            return
        ran = clock_text(elapsed_minutes(target, self.now()))
        question = QCoreApplication.translate(
            "AgendaDock", "Set the timer of {session} back to zero? The {ran} it has run will be forgotten."
        ).format(session=session_label(target), ran=ran)
        if dialogs.ask_yes_no(
            self,
            QCoreApplication.translate("AgendaDock", "Reset the timer?"),
            question,
            yes=QCoreApplication.translate("AgendaDock", "Reset"),
        ):
            doc = self.plan.doc
            self._clock_event(lambda: doc.agenda.reset_timer(target.id))

    # ------------------------------------------------ sessions: undoable edits
    def type_title(self, row_id: int, text: str, typing: object) -> None:
        """A keystroke in a title: committed now; one stretch of typing is one undo step."""
        if self.plan is None or self.plan.read_only:
            return
        row = self.plan.doc.lists.row(SESSIONS, row_id)
        if row.title != text:
            what = QCoreApplication.translate("AgendaDock", "Edit title of {session}").format(
                session=session_label(row)
            )
            old, new = {"title": row.title}, {"title": text}
            self.plan.push(EditRow(self.plan, SESSIONS, row_id, old, new, what, typing), self)

    def add_session(self) -> None:
        if self.plan is None or self.plan.read_only or self.model is None:
            return
        ids = self._view_ids()
        after_id = self.selected_id() or (ids[-1] if ids else None)
        values: dict[str, Any] = {"title": QCoreApplication.translate("AgendaDock", "New session"), "minutes": 60}
        index = None
        if after_id is not None:
            after, timing = self.plan.doc.lists.row(SESSIONS, after_id), self.timings()[after_id]
            values |= {"day": after.day, "start": format_time(timing.planned_end), "step": after.step}
            index = self.model.row_of(after_id) + 1
        command = AddRow(self.plan, SESSIONS, values, QCoreApplication.translate("AgendaDock", "Add session"), index)
        if self.plan.push(command, self) and command.row_id is not None:
            self.select(command.row_id)
            self.view.setFocus()
            self.view.edit(self.view.currentIndex())

    def delete_selected(self) -> None:
        row_id = self.selected_id()
        if self.plan is None or self.plan.read_only or row_id is None:
            return
        ids = self._view_ids()
        neighbour = ids[ids.index(row_id) + 1] if ids.index(row_id) + 1 < len(ids) else ids[ids.index(row_id) - 1]
        label = session_label(self.plan.doc.lists.row(SESSIONS, row_id))
        text = QCoreApplication.translate("AgendaDock", "Delete {session}").format(session=label)
        if self.plan.push(DeleteRow(self.plan, SESSIONS, row_id, text), self) and neighbour != row_id:
            self.select(neighbour)

    def move_selected(self, step: int) -> None:
        """Earlier or later within its day (the day itself is changed in the Day column)."""
        row_id = self.selected_id()
        if self.plan is None or self.plan.read_only or self.model is None or row_id is None:
            return
        ids = self._view_ids()
        place = ids.index(row_id) + step
        if not 0 <= place < len(ids):
            return
        doc = self.plan.doc
        if doc.lists.row(SESSIONS, ids[place]).day != doc.lists.row(SESSIONS, row_id).day:
            return
        self.model.move(row_id, self.model.row_of(ids[place]))
        self.select(row_id)
