"""What every retreat step's page has in common: a title, what the room does here,
a completion state, and a way to be given the open plan."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from planner_gui.ui.open_plan import OpenPlan


class StepState(Enum):
    NOT_STARTED = "Not started"
    IN_PROGRESS = "In progress"
    DONE = "Done"
    LATER = "Coming later"


class StepPage(QWidget):
    """Base of the pages. Subclasses set the class attributes and fill ``body``."""

    key = ""
    number = 0
    title = ""
    prompt = ""  # one line: what the room does at this step
    icon_name = ""
    state_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: OpenPlan | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        header = QWidget(objectName="stepHeader")
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(0, 0, 0, 8)
        self.title_label = QLabel(f"{self.number}  {self.title}", objectName="stepTitle")
        self.title_label.setAccessibleName("Step title")
        self.prompt_label = QLabel(self.prompt, objectName="stepPrompt")
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setAccessibleName("What the room does here")
        header_layout.addWidget(self.title_label)
        header_layout.addWidget(self.prompt_label)
        layout.addWidget(header)
        self.body = QWidget()
        layout.addWidget(self.body, 1)

    def set_plan(self, plan: OpenPlan | None) -> None:
        """Show ``plan`` (or nothing). Subclasses extend this and connect to ``plan.changed``."""
        self.plan = plan

    def state(self) -> StepState:
        return StepState.NOT_STARTED
