"""Step 2: what was achieved since the plan began, and what the organisation contributed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QWidget

from planner_gui.core.events import Event, ObjectiveEvent, OutcomeEvent, Reloaded
from planner_gui.core.model_review import CONTRIBUTIONS
from planner_gui.core.walkthrough import OUTCOMES
from planner_gui.ui import words
from planner_gui.ui.commands import SetOutcomeObjectives
from planner_gui.ui.models.rows_table import Column
from planner_gui.ui.pages.rows_page import RowsPage, RowTexts
from planner_gui.ui.presentation import presentation, presenting
from planner_gui.ui.widgets.chips import ChipDelegate, chip_chars
from planner_gui.ui.widgets.palette import CONTRIBUTION_COLORS, text_color_on
from planner_gui.ui.widgets.row_form import Field
from planner_gui.ui.widgets.when_shown import WhenShown
from planner_gui.ui.widgets.wrapping_delegate import FittingListDelegate

OBJECTIVE_ROLE = Qt.ItemDataRole.UserRole + 5


def objective_numbers(doc: Any, outcome: Any) -> str:
    numbers = [doc.structure.objective(oid).number for oid in doc.walkthrough.outcome_objectives(outcome.id)]
    return ", ".join(words.objective_label(n) for n in numbers) if numbers else "—"


class ObjectivePicker(QListWidget):
    """The plan's objectives, each with a check box: which ones an achievement relates to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("ObjectivePicker", "Objectives this relates to"))
        self.setMaximumHeight(self.fontMetrics().lineSpacing() * 8 + 12)
        self.fitting = FittingListDelegate(self, wrap=presenting())  # titles wrap on the wall, else are cut short
        self.setItemDelegate(self.fitting)
        presentation().changed.connect(self.fitting.set_wrap)
        self._loading = False
        self.on_change: Callable[[list[int]], None] = lambda ids: None
        self.label_of: Callable[[Any], str] = lambda objective: (
            f"{words.objective_label(objective.number)}  {objective.title}"
        )
        self.itemChanged.connect(self._item_changed)

    def fill(self, doc: Any, checked: list[int], read_only: bool) -> None:
        """Show ``checked`` ticked. The same objectives keep their items, so a tick (which
        refreshes the list through the plan) leaves the keyboard's place and the scroll alone."""
        objectives = doc.structure.objectives()
        self._loading = True
        try:
            shown = [self.item(i).data(OBJECTIVE_ROLE) for i in range(self.count())]
            if shown != [objective.id for objective in objectives]:
                self.clear()
                for objective in objectives:
                    item = QListWidgetItem()
                    item.setData(OBJECTIVE_ROLE, objective.id)
                    self.addItem(item)
            flags = Qt.ItemFlag.ItemIsEnabled | (
                Qt.ItemFlag.NoItemFlags if read_only else Qt.ItemFlag.ItemIsUserCheckable
            )
            for row, objective in enumerate(objectives):
                item = self.item(row)
                text = self.label_of(objective)
                if item.text() != text:
                    item.setText(text)
                    item.setToolTip(text)
                if item.flags() != flags:
                    item.setFlags(flags)
                state = Qt.CheckState.Checked if objective.id in checked else Qt.CheckState.Unchecked
                if item.data(Qt.ItemDataRole.CheckStateRole) is None or item.checkState() != state:
                    item.setCheckState(state)
        finally:
            self._loading = False

    def checked_ids(self) -> list[int]:
        return [
            self.item(i).data(OBJECTIVE_ROLE)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if not self._loading:
            self.on_change(self.checked_ids())


class AchievementsPage(RowsPage):
    key = "achievements"
    kind = OUTCOMES
    first_field = "title"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        strip = QHBoxLayout()
        self.level_labels: dict[str, QLabel] = {}
        for level in CONTRIBUTIONS:
            label = QLabel()
            color = CONTRIBUTION_COLORS[level]
            label.setStyleSheet(
                f"background:{color}; color:{text_color_on(color).name()}; border-radius:9px; padding:2px 10px;"
            )
            label.setAccessibleName(
                self.tr("Achievements with this contribution: {level}").format(level=words.label(level))
            )
            self.level_labels[level] = label
            strip.addWidget(label)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setAccessibleName(self.tr("Objectives with no achievement recorded"))
        strip.addWidget(self.missing_label, 1)
        self.above_table.addLayout(strip)
        self.picker = ObjectivePicker()
        self.picker.on_change = self._objectives_picked
        self.form.add_row_widget(self.tr("Re&lates to"), self.picker)
        # The panel's view keeps its selection model for good (only the proxy's source changes).
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.summary_refresh = WhenShown(self.missing_label, self._refresh_summary)
        self.picker_refresh = WhenShown(self.picker, self._refresh_picker)

    def texts(self) -> RowTexts:
        return RowTexts(
            noun=self.tr("achievement"),
            add=self.tr("Add achievement"),
            empty=self.tr("Select an achievement to edit it here, or add one."),
            delete_tip=self.tr("Delete the achievement (Delete)"),
            new_values={"title": self.tr("New achievement"), "contribution": "some"},
        )

    def columns(self) -> list[Column]:
        return [
            Column("title", self.tr("Achievement")),
            Column("", self.tr("Objectives"), display=objective_numbers),
            Column("contribution", self.tr("Contribution"), display=lambda doc, row: words.label(row.contribution)),
            Column("evidence", self.tr("Evidence")),
        ]

    def fields(self) -> list[Field]:
        return [
            Field("title", self.tr("&Achievement")),
            Field("contribution", self.tr("&Contribution"), "choice", CONTRIBUTIONS),
            Field("evidence", self.tr("Evi&dence"), "text", lines=3),
        ]

    def row_label(self, row: Any) -> str:
        if row.title:
            return self.tr("achievement “{title}”").format(title=row.title[:40])
        return self.tr("achievement {number}").format(number=row.position + 1)

    def also_watch(self) -> tuple[type[Event], ...]:
        return (ObjectiveEvent,)  # the objectives' numbers (an outcome's links are told by OutcomeEvent)

    def configure_view(self) -> None:
        self.chips = ChipDelegate(CONTRIBUTION_COLORS, self.view)
        self.view.setItemDelegateForColumn(2, self.chips)
        self.panel.fit_columns(0, {1: 16, 2: chip_chars(CONTRIBUTION_COLORS), 3: 20})
        self.summary_refresh.request()

    # ----------------------------------------------------------- summary
    def _refresh_summary(self) -> None:
        if self.plan is None:
            return
        counts = self.plan.doc.walkthrough.contribution_counts()
        for level, label in self.level_labels.items():
            label.setText(self.tr("{level}: {count}").format(level=words.label(level), count=counts[level]))
        missing = self.plan.doc.walkthrough.objectives_without_outcome()
        if missing:
            numbers = ", ".join(o.number for o in missing)
            self.missing_label.setText(
                self.tr("No achievement recorded yet for Obj. {numbers}").format(numbers=numbers)
            )
        else:
            self.missing_label.setText(self.tr("Every objective has at least one achievement recorded."))

    def plan_changed(self, event: Event) -> None:
        if isinstance(event, OutcomeEvent | ObjectiveEvent | Reloaded):
            self.summary_refresh.request()
            self.picker_refresh.request()

    # ----------------------------------------------------------- objectives
    def _current_changed(self, _current: Any, _previous: Any) -> None:
        self._refresh_picker()

    def _refresh_picker(self) -> None:
        # The view's current row, not the form's: this page's slot may run before the panel's
        # has shown the new row in the form.
        outcome_id = self.panel.selected_id()
        if self.plan is None or outcome_id is None:
            self.picker.clear()
            return
        self.picker.fill(self.plan.doc, self.plan.doc.walkthrough.outcome_objectives(outcome_id), self.plan.read_only)

    def _objectives_picked(self, objective_ids: list[int]) -> None:
        outcome = self.form.current_row()
        if self.plan is None or outcome is None:
            return
        old = self.plan.doc.walkthrough.outcome_objectives(outcome.id)
        if sorted(old) == sorted(objective_ids):
            return
        text = self.tr("Change objectives of {row}").format(row=self.row_label(outcome))
        if not self.plan.push(SetOutcomeObjectives(self.plan, outcome.id, old, objective_ids, text), self):
            self._refresh_picker()
