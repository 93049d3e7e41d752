"""A step page built on one ordered list (a :class:`RowsPanel`): the Achievements and Review steps.

Each subclass says which list (``kind``), which columns and which fields, and adds what
is particular to it; the panel's parts (``view``, ``proxy``, ``form``,
``toolbar``...) are reachable from the page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from planner_gui.core.events import Event
from planner_gui.core.ordered import RowKind
from planner_gui.ui.models.rows_table import Column
from planner_gui.ui.open_plan import OpenPlan
from planner_gui.ui.pages.base import StepPage
from planner_gui.ui.widgets.row_form import Field
from planner_gui.ui.widgets.rows_panel import RowsPanel, primary_button, tool_button

__all__ = ["RowsPage", "primary_button", "tool_button"]


class RowsPage(StepPage):
    kind: RowKind[Any]
    noun = "row"  # what one row is called: "outcome"
    add_text = "Add"
    empty_text = "Select a row to edit it here."
    new_values: dict[str, Any] = {}
    first_field = ""  # focused after adding a row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = RowsPanel(
            self.kind,
            noun=self.noun,
            columns=self.columns,
            fields=self.fields(),
            add_text=self.add_text,
            empty_text=self.empty_text,
            new_values=self.new_values,
            first_field=self.first_field,
            row_label=self.row_label,
            also_watch=self.also_watch(),
            accessible_name=self.title,
        )
        self.panel.configure_view = self.configure_view
        self.panel.plan_changed.connect(self.plan_changed)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)
        panel = self.panel
        self.view, self.proxy, self.form, self.toolbar = panel.view, panel.proxy, panel.form, panel.toolbar
        self.above_table = panel.above_table
        self.add_button, self.up_button = panel.add_button, panel.up_button
        self.down_button, self.delete_button = panel.down_button, panel.delete_button

    # -------------------------------------------------- for subclasses
    def columns(self) -> list[Column]:
        raise NotImplementedError

    def fields(self) -> list[Field]:
        raise NotImplementedError

    def row_label(self, row: Any) -> str:
        return f"{self.noun} {row.position + 1}"

    def configure_view(self) -> None:
        """Set delegates and column widths once the model exists."""

    def plan_changed(self, event: Event) -> None:
        """Hook: the plan changed (after the table and form have updated)."""

    def also_watch(self) -> tuple[type[Event], ...]:
        """Other things the table's columns show (their events repaint every row)."""
        return ()

    # -------------------------------------------------------------- plan
    @property
    def model(self) -> Any:
        return self.panel.model

    def set_plan(self, plan: OpenPlan | None) -> None:
        super().set_plan(plan)
        self.panel.set_plan(plan)

    def selected_id(self) -> int | None:
        return self.panel.selected_id()

    def select(self, row_id: int) -> None:
        self.panel.select(row_id)

    def add_row(self) -> None:
        self.panel.add_row()

    def delete_selected(self) -> None:
        self.panel.delete_selected()

    def move_selected(self, step: int) -> None:
        self.panel.move_selected(step)
