"""The retreat's steps in a sidebar, the current step's page beside it, Back and Next below."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
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
from planner_gui.ui.open_plan import OpenPlan
from planner_gui.ui.pages import STEP_PAGES, StepPage, StepState

STATE_ICONS = {
    StepState.NOT_STARTED: "state-todo",
    StepState.IN_PROGRESS: "state-progress",
    StepState.DONE: "state-done",
}


class Workspace(QWidget):
    step_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.steps = QListWidget(objectName="stepList")
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

        self.pages: list[StepPage] = []
        self._shown: dict[int, StepState] = {}  # the state each sidebar item shows
        for page_class in STEP_PAGES:
            page = page_class()
            self.pages.append(page)
            self.stack.addWidget(page)
            item = QListWidgetItem(icons.icon(STATE_ICONS[StepState.NOT_STARTED]), f"{page.number}  {page.title}")
            self.steps.addItem(item)
            page.state_changed.connect(self.refresh_states)
            page.open_step.connect(self.open_step)
        self.steps.currentRowChanged.connect(self._go)
        self.back_button.clicked.connect(lambda: self.go_to(self.current() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current() + 1))
        self.steps.setCurrentRow(0)
        self.fit_sidebar()

    def fit_sidebar(self) -> None:
        """Wide enough for the longest step name at the current font size."""
        self.refresh_states()
        self.steps.setFixedWidth(self.steps.sizeHintForColumn(0) + 40)

    def current(self) -> int:
        return self.stack.currentIndex()

    def go_to(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.steps.setCurrentRow(row)

    def open_step(self, key: str, target: object) -> None:
        """Go to the step ``key`` and show ``target`` there (one page asking for another)."""
        for row, page in enumerate(self.pages):
            if page.key == key:
                self.go_to(row)
                page.reveal(target)
                return

    def _go(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.back_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < len(self.pages) - 1)
        self.back_button.setText(f"Back: {self.pages[row - 1].title}" if row > 0 else "Back")
        self.next_button.setText(f"Next: {self.pages[row + 1].title}" if row < len(self.pages) - 1 else "Next")
        self.step_changed.emit(row)

    def set_plan(self, plan: OpenPlan | None) -> None:
        for page in self.pages:
            page.set_plan(plan)
        self.refresh_states()

    def refresh_states(self) -> None:
        """Show each step's state in the sidebar; items whose state is unchanged are left alone."""
        for row, page in enumerate(self.pages):
            state = page.state()
            if self._shown.get(row) is state:
                continue
            self._shown[row] = state
            item = self.steps.item(row)
            item.setToolTip(f"{page.title}: {state.value}\n{page.prompt}")
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, state.value)
            item.setIcon(icons.icon(STATE_ICONS[state]))
