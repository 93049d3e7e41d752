"""Where the room was in each plan: the step (and tab) it was left at, and the plan open last.

A retreat runs over days, and the laptop is closed between sessions: opening
a plan again, by any route (File > Open, recent plans, the welcome screen, the
program's start), goes back to the step and tab where the room left it. The
place is remembered in the settings for each plan's path (the last
``settings.MAX_PLACES`` plans), when the room moves to another step and when
the plan closes; so is the plan open when the program stopped, for the next
start (``settings.REOPEN_LAST``). A new plan written over an old file starts
at step 1: its path's place is forgotten.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget, QWidget

from planner_gui.ui import settings
from planner_gui.ui.steps import STEPS

if TYPE_CHECKING:
    from planner_gui.ui.workspace import Workspace


def _tabs(page: QWidget | None) -> QTabWidget | None:
    """A page's own tabs (Ranking's, Context's), if it has them."""
    tabs = getattr(page, "tabs", None)
    return tabs if isinstance(tabs, QTabWidget) else None


class PlanPlaces(QObject):
    def __init__(self, workspace: Workspace, prefs: settings.Settings) -> None:
        super().__init__(workspace)
        self.workspace, self.prefs = workspace, prefs
        self.keeping = True  # off for the self-test: it walks a sample copy, the facilitator's places stay theirs
        self._going_back = False
        workspace.step_changed.connect(lambda _row: self.record())

    def opened(self, path: Path) -> None:
        """``path`` is the plan open now: the one to reopen at the next start."""
        if self.keeping:
            self.prefs.set(settings.LAST_OPEN, str(Path(path).resolve()))

    def closed_by_hand(self) -> None:
        """The facilitator closed the plan (File > Close Plan): the next start shows the welcome screen."""
        if self.keeping:
            self.prefs.set(settings.LAST_OPEN, "")

    def forget(self, path: Path) -> None:
        """A new plan was written at ``path``: it starts at step 1."""
        if self.keeping:
            self.prefs.forget_place(path)

    def go_back(self) -> None:
        """Show the step and tab where the open plan was left (step 1 for a plan never seen here)."""
        plan = self.workspace.plan
        place = self.prefs.place(plan.doc.path) if plan is not None and self.keeping else None
        key, tab = place or (STEPS[0].key, 0)
        row = next((row for row, step in enumerate(STEPS) if step.key == key), 0)
        self._going_back = True
        try:
            self.workspace.go_to(row)
            tabs = _tabs(self.workspace.page(row)) if tab > 0 else None  # built now, not after this frame
            if tabs is not None and tab < tabs.count():
                tabs.setCurrentIndex(tab)
        finally:
            self._going_back = False

    def record(self) -> None:
        """Remember the open plan's step and tab (as it is left, or the room moves on)."""
        plan = self.workspace.plan
        row = self.workspace.current()
        if plan is None or not self.keeping or self._going_back or not 0 <= row < len(STEPS):
            return
        key = STEPS[row].key
        page = next((page for page in self.workspace.built_pages() if page.key == key), None)
        tabs = _tabs(page)
        self.prefs.remember_place(plan.doc.path, key, tabs.currentIndex() if tabs is not None else 0)
