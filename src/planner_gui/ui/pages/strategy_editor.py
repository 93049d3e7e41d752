"""The editor of one strategy: its fields, the objectives it serves, and its actions, targets and countries.

Everything is saved as typed and undoable; on a read-only plan nothing can be changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from planner_gui.core.errors import PlanError
from planner_gui.core.events import DecisionEvent, Event, GoalEvent, ObjectiveEvent, StrategyEvent
from planner_gui.core.model_strategy import STRATEGY_STATUSES
from planner_gui.core.strategies import STRATEGIES
from planner_gui.ui import words
from planner_gui.ui.commands import SetStrategyObjectives
from planner_gui.ui.open_plan import Listening, OpenPlan
from planner_gui.ui.pages.achievements_page import ObjectivePicker
from planner_gui.ui.pages.strategy_tables import KindsPanel, actions_panel, countries_panel, targets_panel
from planner_gui.ui.widgets.palette import PRIORITY_COLORS
from planner_gui.ui.widgets.row_form import Field, RowForm
from planner_gui.ui.widgets.rows_panel import RowsPanel
from planner_gui.ui.widgets.when_shown import WhenShown


def strategy_fields() -> list[Field]:
    return [
        Field("name", QCoreApplication.translate("StrategyEditor", "&Name")),
        Field("status", QCoreApplication.translate("StrategyEditor", "S&tatus"), "choice", STRATEGY_STATUSES),
        Field("carried_by", QCoreApplication.translate("StrategyEditor", "Carried &by")),
        Field("carriers", QCoreApplication.translate("StrategyEditor", "&Members")),
        Field("approach", QCoreApplication.translate("StrategyEditor", "A&pproach"), "text", lines=3),
    ]


def priority_text(priority: str | None) -> str:
    return words.priority_name(priority) if priority else QCoreApplication.translate("StrategyEditor", "Undecided")


def strategy_label(row: Any) -> str:
    if row.name:
        return QCoreApplication.translate("StrategyEditor", "strategy “{name}”").format(name=row.name[:40])
    return QCoreApplication.translate("StrategyEditor", "strategy {number}").format(number=row.position + 1)


class PriorityPicker(ObjectivePicker):
    """The plan's objectives with the board's decision on each, ticked for those the strategy serves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Objectives this strategy serves"))
        self.setMaximumHeight(16777215)
        side = self.fontMetrics().height() * 2 // 3
        self.setIconSize(QSize(side, side))  # the priority's colour: a small swatch beside its word
        self.label_of = lambda o: f"{words.objective_label(o.number)}  [{priority_text(o.priority)}]  {o.title}"

    def fill(self, doc: Any, checked: list[int], read_only: bool) -> None:
        super().fill(doc, checked, read_only)
        self._loading = True
        try:
            for row, objective in enumerate(doc.structure.objectives()):
                color = PRIORITY_COLORS.get(objective.priority or "")
                item = self.item(row)
                item.setData(Qt.ItemDataRole.DecorationRole, QColor(color) if color else None)
                tip = self.tr("{objective}: {title} (priority: {priority})").format(
                    objective=words.objective_label(objective.number),
                    title=objective.title,
                    priority=priority_text(objective.priority),
                )
                item.setToolTip(tip)
        finally:
            self._loading = False


class StrategyEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: OpenPlan | None = None
        self.strategy_id: int | None = None
        self._listening: Listening | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        empty = QLabel(self.tr("Select a strategy to edit it here, or add one."))
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setWordWrap(True)
        self.stack.addWidget(empty)
        body = QSplitter(Qt.Orientation.Vertical)
        self.stack.addWidget(body)

        self.form = RowForm(STRATEGIES, strategy_fields(), "")
        self.form.label_of = strategy_label
        body.addWidget(self.form)  # the whole width: the fields are read, not squeezed beside the objectives
        self.picker = PriorityPicker()
        self.picker.on_change = self._objectives_picked
        self.picker_refresh = WhenShown(self.picker, self.refresh_picker)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of the strategy"))
        self.actions_panel = actions_panel()
        self.targets_panel = targets_panel()
        self.countries_panel = countries_panel()
        self.kinds_panel = KindsPanel()
        for panel, label in (
            (self.picker, self.tr("&Objectives")),  # the objectives it serves, each on its line, the whole width
            (self.actions_panel, self.tr("Act&ions")),
            (self.targets_panel, self.tr("Tar&gets")),
            (self.countries_panel, self.tr("Priority co&untries")),
            (self.kinds_panel, self.tr("&Kinds of action")),
        ):
            self.tabs.addTab(panel, label)
        body.addWidget(self.tabs)
        body.setStretchFactor(0, 2)
        body.setStretchFactor(1, 3)
        body.setCollapsible(0, False)

    @property
    def parts(self) -> tuple[RowsPanel, ...]:
        """The lists that belong to the strategy shown."""
        return (self.actions_panel, self.targets_panel, self.countries_panel)

    # ---------------------------------------------------------------- plan
    def set_plan(self, plan: OpenPlan | None) -> None:
        self.plan = plan
        self.strategy_id = None
        self.form.set_plan(plan)
        for panel in self.parts:
            panel.scope = {"strategy_id": None}
            panel.set_plan(plan)
        self.kinds_panel.set_plan(plan)
        if self._listening is not None:
            self._listening.cancel()
        watched = (ObjectiveEvent, GoalEvent, DecisionEvent, StrategyEvent)  # the picker shows decided priorities
        self._listening = plan.listen(self, self._on_change, *watched) if plan is not None else None
        self.show_strategy(None)

    def show_strategy(self, strategy_id: int | None) -> None:
        self.strategy_id = strategy_id
        self.form.show_row(strategy_id)
        for panel in self.parts:
            panel.set_scope({"strategy_id": strategy_id})
        self.stack.setCurrentIndex(1 if self._current() is not None else 0)
        self.refresh_picker()

    def _current(self) -> Any:
        if self.plan is None or self.strategy_id is None:
            return None
        try:
            return self.plan.doc.lists.row(STRATEGIES, self.strategy_id)
        except PlanError:
            return None

    def refresh_picker(self) -> None:
        if self.plan is None or self._current() is None:
            self.picker.clear()
            return
        assert self.strategy_id is not None
        self.picker.fill(
            self.plan.doc, self.plan.doc.strategies.strategy_objectives(self.strategy_id), self.plan.read_only
        )

    def _on_change(self, event: Event) -> None:
        if not isinstance(event, StrategyEvent):
            self.picker_refresh.request()
        elif self.strategy_id in event.ids:
            self.stack.setCurrentIndex(1 if self._current() is not None else 0)
            self.refresh_picker()

    def _objectives_picked(self, objective_ids: list[int]) -> None:
        strategy = self._current()
        if self.plan is None or strategy is None:
            return
        old = self.plan.doc.strategies.strategy_objectives(strategy.id)
        if sorted(old) == sorted(objective_ids):
            return
        text = self.tr("Change objectives of {row}").format(row=strategy_label(strategy))
        if not self.plan.push(SetStrategyObjectives(self.plan, strategy.id, old, objective_ids, text), self):
            self.refresh_picker()
