"""What every retreat step's page has in common.

A header with the step's name and what the room does here (from ``steps.STEPS``);
a "Done" mark and the facilitator's notes for the step (both kept in the plan,
both undoable); and a way to be given the open plan. The step's state in the
sidebar is the core's (``core.progress``): the window needs no page to show it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner_gui.core.events import Event, StepEvent
from planner_gui.core.progress import StepState, has_content, step_state
from planner_gui.ui import icons
from planner_gui.ui.commands import SetStep
from planner_gui.ui.open_plan import Listening, OpenPlan
from planner_gui.ui.presentation import presentation, presenting, scale_text
from planner_gui.ui.steps import STEP_BY_KEY
from planner_gui.ui.widgets.fields import PlanTextEdit
from planner_gui.ui.widgets.names import named


class StepPage(QWidget):
    """Base of the pages. Subclasses set the class attributes and fill ``body``."""

    key = ""  # the step's key in ``steps.STEPS``, which gives its number, title and prompt
    tracks_progress = True  # has a Done mark and notes
    open_step = Signal(str, object)  # (another step's key, what to show there): see ``reveal``
    hold_released = Signal()  # what ``language_hold`` named is over: the page may be built again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        step = STEP_BY_KEY[self.key]
        self.number, self.title, self.prompt, self.icon_name = step.number, step.title, step.prompt, step.icon_name
        self._notes_shown = False  # whether the notes have anything in them (the Notes button says so)
        self.plan: OpenPlan | None = None
        self._progress_listening: Listening | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        header = named(QWidget(), "stepHeader")
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(0, 0, 0, 8)
        text = QVBoxLayout()
        self.title_label = scale_text(named(QLabel(), "stepTitle"), 1.6, bold=True)
        self.prompt_label = scale_text(named(QLabel(), "stepPrompt"), 1.1)
        self.prompt_label.setWordWrap(True)
        if presenting():  # on the wall, the room's rows have its lines (never shown here: parentless, a window)
            self.prompt_label.hide()
        presentation().changed.connect(self._present)
        text.addWidget(self.title_label)
        text.addWidget(self.prompt_label)
        header_layout.addLayout(text, 1)
        self.notes_button = QPushButton(icons.icon("notes"), "")
        self.notes_button.setCheckable(True)
        self.done_button = QPushButton(icons.icon("state-todo"), "")
        self.done_button.setCheckable(True)
        for button in (self.notes_button, self.done_button):
            header_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)  # first: shown parentless, it'd be a window
            button.setVisible(self.tracks_progress)
        layout.addWidget(header)
        self.notes = PlanTextEdit()
        self.notes.setMaximumHeight(self.notes.fontMetrics().lineSpacing() * 4 + 14)
        self.notes.setVisible(False)
        layout.addWidget(self.notes)
        self.body = QWidget()
        layout.addWidget(self.body, 1)
        self.done_button.toggled.connect(self._done_toggled)
        self.notes_button.toggled.connect(self.notes.setVisible)
        self.notes.edited.connect(self._notes_edited)
        self.retranslate_header()

    def retranslate_header(self) -> None:
        """The heading's words: the step's name and prompt, Notes and Done (in the window's language)."""
        step = STEP_BY_KEY[self.key]
        self.title, self.prompt = step.title, step.prompt
        self.title_label.setText(f"{self.number}  {self.title}")
        self.title_label.setAccessibleName(QCoreApplication.translate("StepPage", "Step title"))
        self.title_label.setToolTip(self.prompt)
        self.prompt_label.setText(self.prompt)
        self.prompt_label.setAccessibleName(QCoreApplication.translate("StepPage", "What the room does here"))
        self.notes_button.setToolTip(QCoreApplication.translate("StepPage", "Show or hide your notes for this step"))
        self.done_button.setToolTip(
            QCoreApplication.translate("StepPage", "Mark this step done (or not done) in the sidebar")
        )
        self.done_button.setAccessibleName(QCoreApplication.translate("StepPage", "Step done"))
        self.notes.setAccessibleName(QCoreApplication.translate("StepPage", "Facilitator's notes for this step"))
        self.notes.setPlaceholderText(
            QCoreApplication.translate(
                "StepPage", "Your notes for this step: what the room said, what to come back to…"
            )
        )
        self._say_progress()

    def language_hold(self) -> str:
        """Why this page can't be let go and built again in another language now ("": it can); see ``Workspace``."""
        return ""

    def unrecorded(self) -> str:
        """What closing the plan now would throw away, in the facilitator's words ("": nothing, every edit is in
        the file already)."""
        return ""

    def _say_progress(self) -> None:
        done = self.done_button.isChecked()
        self.done_button.setText(
            QCoreApplication.translate("StepPage", "Done")
            if done
            else QCoreApplication.translate("StepPage", "Mark done")
        )
        notes = QCoreApplication.translate("StepPage", "Notes")
        self.notes_button.setText(f"{notes} •" if self._notes_shown else notes)

    def _present(self, on: bool) -> None:
        self.prompt_label.setVisible(not on)

    # ---------------------------------------------------------------- plan
    def set_plan(self, plan: OpenPlan | None) -> None:
        """Show ``plan`` (or nothing). Subclasses extend this and listen to what they show (``plan.listen``)."""
        self.plan = plan
        if self._progress_listening is not None:
            self._progress_listening.cancel()
        self._progress_listening = plan.listen(self, self._progress_changed, StepEvent) if plan else None
        self._show_progress()

    def _progress_changed(self, _event: Event) -> None:
        self._show_progress()

    def _show_progress(self) -> None:
        enabled = self.plan is not None and not self.plan.read_only and self.tracks_progress
        done, notes = False, ""
        if self.plan is not None and self.tracks_progress:
            progress = self.plan.doc.walkthrough.step_progress(self.key)
            done, notes = progress.done, progress.notes
        self.done_button.blockSignals(True)
        self.done_button.setChecked(done)
        self.done_button.blockSignals(False)
        self.done_button.setIcon(icons.icon("state-done" if done else "state-todo"))
        self.done_button.setEnabled(enabled)
        self.notes.set_value(notes)
        self.notes.setReadOnly(not enabled)
        self._notes_shown = bool(notes.strip())
        self._say_progress()

    def _done_toggled(self, done: bool) -> None:
        if self.plan is None:
            return
        text = (
            QCoreApplication.translate("StepPage", "Mark step {number} done")
            if done
            else QCoreApplication.translate("StepPage", "Mark step {number} not done")
        ).format(number=self.number)
        was = self.plan.doc.walkthrough.step_progress(self.key).done
        if not self.plan.push(SetStep(self.plan, self.key, {"done": was}, {"done": done}, text)):
            self._show_progress()

    def _notes_edited(self, text: str, session: object) -> None:
        if self.plan is None:
            return
        old = self.plan.doc.walkthrough.step_progress(self.key).notes
        command = SetStep(
            self.plan,
            self.key,
            {"notes": old},
            {"notes": text},
            QCoreApplication.translate("StepPage", "Edit notes of step {number}").format(number=self.number),
            session,
        )
        self.plan.push(command, self)

    def reveal(self, target: object) -> None:
        """Show ``target`` (what another step asked for through ``open_step``); pages that can say how."""

    def focus_target(self) -> QWidget | None:
        """What takes the keys when the room goes to this step (its list, so its shortcuts work at once)."""
        for name in ("tree", "view", "list"):
            widget = getattr(self, name, None)
            if isinstance(widget, QWidget):
                return widget
        return None

    # --------------------------------------------------------------- state
    def has_content(self) -> bool:
        """Whether the room has put anything into this step yet."""
        return self.plan is not None and has_content(self.plan.doc, self.key)

    def state(self) -> StepState:
        return step_state(self.plan.doc if self.plan is not None else None, self.key)
