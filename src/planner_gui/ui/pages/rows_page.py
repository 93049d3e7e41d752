"""A step page built on one ordered list (a :class:`RowsPanel`): the Achievements and Review steps.

Each subclass says which list (``kind``), which columns and which fields, what its
rows are called (``texts``, in the window's language), and adds what is particular
to it; the panel's parts (``view``, ``proxy``, ``form``,
``toolbar``...) are reachable from the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from planner_gui.core.events import Event
from planner_gui.core.ordered import RowKind
from planner_gui.ui.models.rows_table import Column
from planner_gui.ui.open_plan import OpenPlan
from planner_gui.ui.pages.base import StepPage
from planner_gui.ui.widgets.row_form import Field
from planner_gui.ui.widgets.rows_panel import RowsPanel, primary_button, tool_button

__all__ = ["RowTexts", "RowsPage", "primary_button", "tool_button"]


@dataclass(frozen=True)
class RowTexts:
    """What a page calls its rows, in the window's language."""

    noun: str  # one row: "achievement"
    add: str  # the Add button (and the undo step it makes)
    empty: str  # the form, with no row selected
    delete_tip: str  # the Delete button's tip
    new_values: dict[str, Any] = field(default_factory=dict)  # a new row's values ("New achievement")


class RowsPage(StepPage):
    kind: RowKind[Any]
    first_field = ""  # focused after adding a row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        texts = self.texts()
        self.noun = texts.noun
        self.panel = RowsPanel(
            self.kind,
            noun=texts.noun,
            columns=self.columns,
            fields=self.fields(),
            add_text=texts.add,
            empty_text=texts.empty,
            delete_tip=texts.delete_tip,
            new_values=texts.new_values,
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
    def texts(self) -> RowTexts:
        raise NotImplementedError

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def fields(self) -> list[Field]:
        raise NotImplementedError

    def row_label(self, row: Any) -> str:
        raise NotImplementedError

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
