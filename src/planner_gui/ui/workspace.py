"""The retreat's steps in a sidebar, the current step's page beside it, Back and Next below.

The sidebar, the step shortcuts and Back/Next come from ``steps.STEPS``. A
step's page is built the first time it is shown and given the open plan then,
just after the event that went to it (a plan opened, a key pressed), so steps
passed over on the way (Alt+5 straight after opening a plan) are never built;
opening another plan lets the built pages go, so a plan fills only the pages
the room visits. Each step's state in the sidebar comes from the core, and is
refreshed for the steps a change can affect, just after the change is painted.

When the window's language changes, the sidebar and Back/Next say their words
again, and the built pages are let go: the current one is built again at once
(on the same tab), the others when next shown. A page that can't be let go
now (room voting on, a member's ballot open) keeps its words until it can; it
says why (``StepPage.language_hold``), and is built again when it is free.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner_gui.ui import icons, language, words
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
    language_held = Signal(str)  # why a page keeps the last language's words for now (see ``retranslate``)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._language = language.current()  # the language its words (and its pages' words) are in
        self.steps = scale_text(named(QListWidget(), "stepList"), 1.15)
        self.steps.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.steps)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 8)
        self.stack = QStackedWidget()
        right.addWidget(self.stack, 1)
        nav = QHBoxLayout()
        nav.setContentsMargins(16, 0, 16, 0)
        self.back_button = QPushButton(icons.icon("previous"), "")
        self.next_button = QPushButton(icons.icon("next"), "")
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
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
        self._held: set[int] = set()  # built pages still in the last language's words (``language_hold``)
        self._state_timer = QTimer(self, singleShot=True, interval=STATE_DELAY_MS)
        self._state_timer.timeout.connect(lambda: self.refresh_states(self._stale))
        for step in STEPS:
            self.stack.addWidget(QWidget())  # the page's place, until it is first shown
            item = QListWidgetItem(icons.icon(STATE_ICONS[NOT_STARTED]), f"{step.number}  {step.title}")
            self.steps.addItem(item)
        self.steps.setCurrentRow(0)  # its page is built when a plan is shown
        self.back_button.setEnabled(False)
        self._say_nav(0)
        self.steps.setAccessibleName(self.tr("Retreat steps"))
        self.back_button.setToolTip(self.tr("Previous step (Ctrl+Page Up)"))
        self.next_button.setToolTip(self.tr("Next step (Ctrl+Page Down)"))
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
            page.hold_released.connect(lambda r=row: QTimer.singleShot(0, self, lambda: self._held_released(r)))
            page.set_plan(self.plan)
            self._built[row] = page
            if row == self.current():
                self.stack.setCurrentWidget(page)
                self._focus(page)
        return page

    def _focus(self, page: StepPage) -> None:
        """Give the step's list the keys (else they land on whatever widget follows the page left: a button,
        where the list's shortcuts do nothing), unless they are walking the steps in the sidebar."""
        focus = QApplication.focusWidget()
        if focus is self.steps or (focus is not None and not self.isAncestorOf(focus)):
            return  # (the sidebar's arrows, or a dialog or the welcome screen holding the keys)
        target = page.focus_target()
        if target is not None and target.isEnabled():
            target.setFocus(Qt.FocusReason.OtherFocusReason)

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

    def unrecorded(self) -> list[str]:
        """What closing the plan now would throw away, page by page (``StepPage.unrecorded``)."""
        return [said for page in self.built_pages() if (said := page.unrecorded())]

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

    # ------------------------------------------------------------- language
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self._language != language.current():
            self.retranslate()

    def retranslate(self) -> None:
        """The sidebar, Back and Next in the language chosen now; the pages built again in it (see the module)."""
        self._language = language.current()
        self.steps.setAccessibleName(self.tr("Retreat steps"))
        self.back_button.setToolTip(self.tr("Previous step (Ctrl+Page Up)"))
        self.next_button.setToolTip(self.tr("Next step (Ctrl+Page Down)"))
        self._present(presenting())
        for row, state in list(self._shown.items()):
            self._show_state(row, state, again=True)
        self._say_nav(max(self.current(), 0))
        reasons = []
        for row in sorted(self._built):
            page = self._built[row]
            reason = page.language_hold()
            if reason:
                page.retranslate_header()  # its heading at least: the rest once it is free
                self._held.add(row)
                reasons.append(reason)
            else:
                self._rebuild(row)
        if reasons:
            self.language_held.emit(" ".join(reasons))

    def _rebuild(self, row: int) -> None:
        """Let the page of step ``row`` go; build it again now if it is on screen (on the tab it showed)."""
        page = self._built.get(row)
        if page is None:
            return
        self._held.discard(row)
        tabs = getattr(page, "tabs", None)
        tab = tabs.currentIndex() if isinstance(tabs, QTabWidget) else 0
        self._let_go(row)
        if row == self._showing:
            tabs = getattr(self.page(row), "tabs", None)
            if isinstance(tabs, QTabWidget) and 0 < tab < tabs.count():
                tabs.setCurrentIndex(tab)

    def _held_released(self, row: int) -> None:
        page = self._built.get(row)
        if row in self._held and page is not None and not page.language_hold():
            self._rebuild(row)

    def _let_go(self, row: int) -> None:
        """The built page of step ``row`` goes (it is built again when next shown)."""
        page = self._built.pop(row)
        placeholder = QWidget()
        self.stack.insertWidget(row, placeholder)
        self.stack.removeWidget(page)
        page.set_plan(None)  # nothing of it reads the plan again, in the moment before it goes
        page.hide()
        page.deleteLater()
        if row == self._showing:
            self.stack.setCurrentIndex(row)

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
            self._focus(page)
        else:  # built just below, before the next frame: after the rest of what the room asked for
            self.stack.setCurrentIndex(row)
            QCoreApplication.postEvent(self, QEvent(BUILD_PAGE))  # repaints wait behind it: they are posted low
        last = len(STEPS) - 1
        self.back_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < last)
        self._say_nav(row)
        self.step_changed.emit(row)

    def _say_nav(self, row: int) -> None:
        last = len(STEPS) - 1
        back, next_ = self.tr("Back: {step}"), self.tr("Next: {step}")
        self.back_button.setText(back.format(step=STEPS[row - 1].title) if row > 0 else self.tr("Back"))
        self.next_button.setText(next_.format(step=STEPS[row + 1].title) if row < last else self.tr("Next"))

    # ----------------------------------------------------------------- plan
    def set_plan(self, plan: OpenPlan | None) -> None:
        """Show ``plan`` (or none): the pages built for the last plan go, and are built again when shown."""
        self.plan = plan
        self._showing = None
        if self._listening is not None:
            self._listening.cancel()
            self._listening = None
        for row in list(self._built):
            self._let_go(row)
        self._held.clear()
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

    def _show_state(self, row: int, state: str, *, again: bool = False) -> None:
        if self._shown.get(row) == state and not again:
            return
        self._shown[row] = state
        step, item, said = STEPS[row], self.steps.item(row), words.state_name(state)
        item.setToolTip(self.tr("{step}: {state}\n{prompt}").format(step=step.title, state=said, prompt=step.prompt))
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, said)
        item.setIcon(icons.icon(STATE_ICONS[state]))
