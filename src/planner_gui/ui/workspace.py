"""The retreat's steps in a sidebar, the current step's page beside it, Back and Next below.

The sidebar, the step shortcuts and Back/Next come from ``steps.STEPS``. A
step's page is built the first time it is shown and given the open plan then,
just after the event that went to it (a plan opened, a key pressed), so steps
passed over on the way (Alt+5 straight after opening a plan) are never built;
opening another plan lets the built pages go, so a plan fills only the pages
the room visits. Each step's state in the sidebar comes from the core, and is
refreshed for the steps a change can affect, just after the change is painted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner_gui.ui import icons
from planner_gui.ui.next_frame import NextFrame
from planner_gui.ui.presentation import presentation, presenting, scale_text
from planner_gui.ui.step_pages import page_class
from planner_gui.ui.steps import STEPS
from planner_gui.ui.widgets.names import named

if TYPE_CHECKING:
    from planner_gui.core.events import Event
    from planner_gui.ui.open_plan import Listening, OpenPlan
    from planner_gui.ui.pages.base import StepPage

STATE_DELAY_MS = 250  # the sidebar's states wait for a pause in the edits (at 2,000 objectives one costs 50 ms)
NOT_STARTED = "Not started"  # core.progress.StepState's values, named here so the window needn't load the core
STATE_ICONS = {NOT_STARTED: "state-todo", "In progress": "state-progress", "Done": "state-done"}
BUILD_PAGE = QEvent.Type(QEvent.registerEventType())  # build the current step's page, if it is not yet


class Workspace(QWidget):
    step_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.steps = scale_text(named(QListWidget(), "stepList"), 1.15)
        self.steps.setAccessibleName("Retreat steps")
        self.steps.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.steps)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 8)
        self.stack = QStackedWidget()
        right.addWidget(self.stack, 1)
        nav = QHBoxLayout()
        nav.setContentsMargins(16, 0, 16, 0)
        self.back_button = QPushButton(icons.icon("previous"), "Back")
        self.back_button.setToolTip("Previous step (Ctrl+Page Up)")
        self.next_button = QPushButton(icons.icon("next"), "Next")
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.next_button.setToolTip("Next step (Ctrl+Page Down)")
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        right.addLayout(nav)
        layout.addLayout(right, 1)

        self.plan: OpenPlan | None = None
        self._listening: Listening | None = None
        self._built: dict[int, StepPage] = {}
        self._showing: int | None = None  # the step whose page the stack shows, or will once it is built
        self._shown: dict[int, str] = {}  # the state each sidebar item shows
        self._stale: set[int] = set()  # steps whose state a change may have changed
        self._state_timer = QTimer(self, singleShot=True, interval=STATE_DELAY_MS)
        self._state_timer.timeout.connect(lambda: self.refresh_states(self._stale))
        for step in STEPS:
            self.stack.addWidget(QWidget())  # the page's place, until it is first shown
            item = QListWidgetItem(icons.icon(STATE_ICONS[NOT_STARTED]), f"{step.number}  {step.title}")
            self.steps.addItem(item)
        self.steps.setCurrentRow(0)  # its page is built when a plan is shown
        self.back_button.setEnabled(False)
        self.steps.currentRowChanged.connect(self._go)
        self.steps.installEventFilter(self)  # its font changes with presentation mode: its width follows
        presentation().changed.connect(self._present)
        self.back_button.clicked.connect(lambda: self.go_to(self.current() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current() + 1))
        self._present(presenting())

    # ---------------------------------------------------------------- pages
    def page(self, row: int) -> StepPage:
        """The page of step ``row``, built (and given the plan) if this is its first time."""
        page = self._built.get(row)
        if page is None:
            page = page_class(STEPS[row].key)(self.stack)
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            page.open_step.connect(self.open_step)
            page.set_plan(self.plan)
            self._built[row] = page
            if row == self.current():
                self.stack.setCurrentWidget(page)
        return page

    def current_page(self) -> StepPage:
        """The current step's page, built now if the room has only just gone to it."""
        return self.page(self.current())

    def event(self, event: QEvent) -> bool:
        if event.type() == BUILD_PAGE:
            self.current_page()  # the step the room went to last: steps passed over on the way are not built
            return True
        return super().event(event)

    @property
    def pages(self) -> list[StepPage]:
        """Every step's page, building those not built yet (the self-test visits them all)."""
        return [self.page(row) for row in range(len(STEPS))]

    def built_pages(self) -> list[StepPage]:
        return [self._built[row] for row in sorted(self._built)]

    def fit_sidebar(self) -> None:
        """Wide enough for the longest step name (or number, in presentation mode) at the current font size."""
        self.steps.setFixedWidth(self.steps.sizeHintForColumn(0) + 40)

    def _present(self, on: bool) -> None:
        """In presentation mode the sidebar shrinks to the steps' numbers: the width goes to the page."""
        for row, step in enumerate(STEPS):
            self.steps.item(row).setText(str(step.number) if on else f"{step.number}  {step.title}")
            self.steps.item(row).setData(Qt.ItemDataRole.AccessibleTextRole, f"{step.number} {step.title}")
        self.fit_sidebar()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.steps and event.type() == QEvent.Type.FontChange:
            self.fit_sidebar()
        return super().eventFilter(watched, event)

    def current(self) -> int:
        return self.steps.currentRow()

    def go_to(self, row: int) -> None:
        if not 0 <= row < len(STEPS):
            return
        if row != self.current():
            self.steps.setCurrentRow(row)  # shown through currentRowChanged
        elif self._showing != row:  # the same step, its page let go with a plan
            self._go(row)

    def open_step(self, key: str, target: object) -> None:
        """Go to the step ``key`` and show ``target`` there (one page asking for another)."""
        row = next(row for row, step in enumerate(STEPS) if step.key == key)
        self.go_to(row)
        self.page(row).reveal(target)

    def _go(self, row: int) -> None:
        if row < 0:
            return
        self._showing = row
        page = self._built.get(row)
        if page is not None:
            self.stack.setCurrentWidget(page)
        else:  # built just below, before the next frame: after the rest of what the room asked for
            self.stack.setCurrentIndex(row)
            QCoreApplication.postEvent(self, QEvent(BUILD_PAGE))  # repaints wait behind it: they are posted low
        last = len(STEPS) - 1
        self.back_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < last)
        self.back_button.setText(f"Back: {STEPS[row - 1].title}" if row > 0 else "Back")
        self.next_button.setText(f"Next: {STEPS[row + 1].title}" if row < last else "Next")
        self.step_changed.emit(row)

    # ----------------------------------------------------------------- plan
    def set_plan(self, plan: OpenPlan | None) -> None:
        """Show ``plan`` (or none): the pages built for the last plan go, and are built again when shown."""
        self.plan = plan
        self._showing = None
        if self._listening is not None:
            self._listening.cancel()
            self._listening = None
        for row, page in self._built.items():
            placeholder = QWidget()
            self.stack.insertWidget(row, placeholder)
            self.stack.removeWidget(page)
            page.set_plan(None)  # nothing of it reads the last plan again, in the moment before it goes
            page.hide()
            page.deleteLater()
        self._built.clear()
        if plan is None:
            self.refresh_states()
            return
        from planner_gui.core.events import Event  # the plan is open: the core is loaded

        self._listening = plan.listen(self, self._plan_changed, Event)
        self._stale.update(range(len(STEPS)))
        window = self.window()
        if window.isVisible():  # the steps' states just after the plan's first frame, not before it
            NextFrame(window, self._state_timer.start)
        else:
            self._state_timer.start()

    def _plan_changed(self, event: Event) -> None:
        from planner_gui.core.progress import affects

        self._stale.update(row for row, step in enumerate(STEPS) if affects(event, step.key))
        if self._stale:
            self._state_timer.start()  # (again): one refresh once the room pauses, never between a key and its frame

    def refresh_states(self, rows: set[int] | None = None) -> None:
        """Show each step's state in the sidebar (``rows``: only those); unchanged items are left alone."""
        shown = sorted(range(len(STEPS)) if rows is None else rows)
        self._stale.clear()
        if self.plan is None:  # no plan: nothing started, and no need to load the core to say so
            for row in shown:
                self._show_state(row, NOT_STARTED)
            return
        from planner_gui.core.progress import step_state

        for row in shown:
            self._show_state(row, step_state(self.plan.doc, STEPS[row].key).value)

    def _show_state(self, row: int, state: str) -> None:
        if self._shown.get(row) == state:
            return
        self._shown[row] = state
        step, item = STEPS[row], self.steps.item(row)
        item.setToolTip(f"{step.title}: {state}\n{step.prompt}")
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, state)
        item.setIcon(icons.icon(STATE_ICONS[state]))
