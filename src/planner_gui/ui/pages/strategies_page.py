"""Step 6: strategies for the priorities, with their actions, dated targets and priority countries.

The coverage strip stays above the list; the list of strategies is on the
left, the editor of the selected one on the right (see ``strategy_editor``).
The Ranking page's Decisions tab reaches this page through ``reveal``: the
strategy serving an objective, or a new one drafted for it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from planner_gui.core.errors import PlanError
from planner_gui.core.events import DecisionEvent, Event, GoalEvent, ObjectiveEvent, StrategyEvent
from planner_gui.core.strategies import STRATEGIES
from planner_gui.ui import words
from planner_gui.ui.commands import AddStrategy
from planner_gui.ui.models.rows_table import ROW_ID_ROLE, Column
from planner_gui.ui.open_plan import Listening, OpenPlan
from planner_gui.ui.pages.base import StepPage
from planner_gui.ui.pages.strategy_coverage import CoverageStrip
from planner_gui.ui.pages.strategy_editor import StrategyEditor, strategy_label
from planner_gui.ui.pages.strategy_tables import compact
from planner_gui.ui.widgets.chips import ChipDelegate, chip_chars
from planner_gui.ui.widgets.fields import PlanLineEdit
from planner_gui.ui.widgets.palette import STRATEGY_COLORS
from planner_gui.ui.widgets.rows_panel import RowsPanel
from planner_gui.ui.widgets.when_shown import WhenShown

STATUS_COLUMN = 2
COVERAGE = (ObjectiveEvent, GoalEvent, DecisionEvent, StrategyEvent)  # what the coverage strip is made of


def served_numbers(doc: Any, strategy: Any) -> str:
    numbers = [doc.structure.objective(oid).number for oid in doc.strategies.strategy_objectives(strategy.id)]
    return words.objective_label(", ".join(numbers)) if numbers else "—"  # "Obj. 8, 10": read in its column


class StrategyList(RowsPanel):
    """The plan's strategies; a new one is named in the editor beside the list."""

    def __init__(self, editor: StrategyEditor) -> None:
        super().__init__(
            STRATEGIES,
            noun=self.tr("strategy"),
            columns=lambda: [
                Column("name", self.tr("Strategy")),
                Column("", self.tr("Serves"), display=served_numbers),
                Column("status", self.tr("Status"), display=lambda doc, row: words.label(row.status)),
            ],
            fields=[],
            add_text=self.tr("Add strategy"),
            delete_tip=self.tr("Delete the strategy (Delete)"),
            new_values={"name": self.tr("New strategy")},
            row_label=strategy_label,
            also_watch=(ObjectiveEvent, GoalEvent),
            accessible_name=self.tr("Strategies"),
        )
        self.form.hide()
        compact(self)
        self.editor = editor
        self.chips = ChipDelegate(STRATEGY_COLORS, self.view)

    def add_row(self) -> None:
        before = self.count()
        super().add_row()
        if self.count() > before:
            self.editor.show_strategy(self.selected_id())
            self.focus_name()

    def focus_name(self) -> None:
        name = self.editor.form.editors["name"]
        name.setFocus()
        if isinstance(name, PlanLineEdit):
            name.selectAll()


class StrategiesPage(StepPage):
    key = "strategies"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.coverage = CoverageStrip()
        layout.addWidget(self.coverage)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.editor = StrategyEditor()
        self.list = StrategyList(self.editor)
        self.list.configure_view = self._configure_list
        self.list.view.selectionModel().currentRowChanged.connect(self._current_changed)
        splitter.addWidget(self.list)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([400, 720])  # the list wide enough for its three columns, the editor for its five tabs
        layout.addWidget(splitter, 1)
        self.view, self.add_button = self.list.view, self.list.add_button
        self.coverage_refresh = WhenShown(self.coverage, self._show_coverage)
        self._listening: Listening | None = None

    def _configure_list(self) -> None:
        self.view.setItemDelegateForColumn(STATUS_COLUMN, self.list.chips)
        self.list.fit_columns(0, {1: 14, 2: chip_chars(STRATEGY_COLORS)})

    # ---------------------------------------------------------------- plan
    def set_plan(self, plan: OpenPlan | None) -> None:
        super().set_plan(plan)
        self.editor.set_plan(plan)
        self.list.set_plan(plan)
        if self._listening is not None:
            self._listening.cancel()
        self._listening = plan.listen(self, self._on_change, *COVERAGE) if plan is not None else None
        self.editor.show_strategy(self.list.selected_id())
        self.coverage_refresh.request()

    def _show_coverage(self) -> None:
        self.coverage.show_coverage(self.plan.doc if self.plan is not None else None)

    def selected_id(self) -> int | None:
        return self.list.selected_id()

    def select(self, strategy_id: int) -> None:
        self.list.select(strategy_id)
        self.editor.show_strategy(self.list.selected_id())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.editor.show_strategy(current.data(ROW_ID_ROLE) if current.isValid() else None)

    def _on_change(self, _event: Event) -> None:
        self.coverage_refresh.request()

    # -------------------------------------------------------- from ranking
    def reveal(self, target: object) -> None:
        """Show the strategy serving objective ``target``, or draft one serving it (one undo step)."""
        if self.plan is None or not isinstance(target, int):
            return
        doc = self.plan.doc
        try:
            objective = doc.structure.objective(target)
        except PlanError:
            return
        serving = doc.strategies.strategies_serving(target)
        if serving:
            self.select(serving[0])
            self.view.setFocus()
            return
        if self.plan.read_only:
            return
        command = AddStrategy(
            self.plan,
            self.tr("Strategy for Obj. {number}").format(number=objective.number),
            [target],
            self.tr("Draft a strategy for Obj. {number}").format(number=objective.number),
        )
        if self.plan.push(command, self) and command.row_id is not None:
            self.select(command.row_id)
            self.list.focus_name()
