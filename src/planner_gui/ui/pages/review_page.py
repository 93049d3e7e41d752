"""Step 3: the external review's recommendations, and the organisation's response to each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QWidget

from planner_gui.core.events import Action, Event, RecommendationEvent
from planner_gui.core.model_review import RESPONSE_STATUSES
from planner_gui.core.walkthrough import RECOMMENDATIONS
from planner_gui.ui.models.rows_table import Column
from planner_gui.ui.pages.rows_page import RowsPage
from planner_gui.ui.widgets.chips import ChipDelegate
from planner_gui.ui.widgets.palette import RESPONSE_COLORS
from planner_gui.ui.widgets.row_form import Field

STATUS_COLUMN = 1
ALL = "All recommendations"


class ReviewPage(RowsPage):
    key = "review"
    kind = RECOMMENDATIONS
    noun = "recommendation"
    add_text = "Add recommendation"
    empty_text = "Select a recommendation to edit it here, or add one."
    new_values = {"text": "New recommendation", "status": "pending"}
    first_field = "text"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QComboBox()
        self.filter.addItems([ALL, *[s.capitalize() for s in RESPONSE_STATUSES]])
        self.filter.setAccessibleName("Show recommendations with status")
        self.filter.currentIndexChanged.connect(self._filter_changed)
        caption = QLabel("&Show:")
        caption.setBuddy(self.filter)
        self.toolbar.insertWidget(1, caption)
        self.toolbar.insertWidget(2, self.filter)

    def columns(self) -> list[Column]:
        return [
            Column("text", "Recommendation"),
            Column("status", "Status", display=lambda doc, row: row.status.capitalize()),
            Column("response", "Response"),
        ]

    def fields(self) -> list[Field]:
        return [
            Field("text", "&Recommendation", "text", lines=2),
            Field("status", "S&tatus", "choice", RESPONSE_STATUSES),
            Field("response", "R&esponse", "text", lines=3),
        ]

    def row_label(self, row: Any) -> str:
        return f"recommendation {row.position + 1}"

    def configure_view(self) -> None:
        self.chips = ChipDelegate(RESPONSE_COLORS, self.view)
        self.view.setItemDelegateForColumn(STATUS_COLUMN, self.chips)
        self.panel.fit_columns(0, {STATUS_COLUMN: 14})
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the response too

    def plan_changed(self, event: Event) -> None:
        # A recommendation added (or brought back) while the filter would hide it: show all, so the
        # new row can be selected and typed into, instead of the form staying on another one.
        if not isinstance(event, RecommendationEvent) or event.action is not Action.ADDED:
            return
        if self.model is None or self.filter.currentIndex() <= 0:
            return
        for row_id in event.ids:
            row = self.model.row_of(row_id)
            if row >= 0 and not self.proxy.mapFromSource(self.model.index(row, 0)).isValid():
                self.filter.setCurrentIndex(0)
                return

    def _filter_changed(self, index: int) -> None:
        self.proxy.setFilterKeyColumn(STATUS_COLUMN)
        if index <= 0:
            self.proxy.setFilterRegularExpression(QRegularExpression())
        else:
            status = RESPONSE_STATUSES[index - 1]
            self.proxy.setFilterRegularExpression(
                QRegularExpression(
                    f"^{QRegularExpression.escape(status)}$", QRegularExpression.PatternOption.CaseInsensitiveOption
                )
            )
