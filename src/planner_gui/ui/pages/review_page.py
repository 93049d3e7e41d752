"""Step 3: the external review's recommendations, and the organisation's response to each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QHeaderView, QLabel, QWidget

from planner_gui.core.events import Action, Event, RecommendationEvent
from planner_gui.core.model_review import RESPONSE_STATUSES
from planner_gui.core.walkthrough import RECOMMENDATIONS
from planner_gui.ui import words
from planner_gui.ui.models.rows_table import Column
from planner_gui.ui.pages.rows_page import RowsPage, RowTexts
from planner_gui.ui.widgets.chips import ChipDelegate, chip_chars
from planner_gui.ui.widgets.palette import RESPONSE_COLORS
from planner_gui.ui.widgets.row_form import Field

STATUS_COLUMN = 1


class ReviewPage(RowsPage):
    key = "review"
    kind = RECOMMENDATIONS
    first_field = "text"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QComboBox()
        self.filter.addItems([self.tr("All recommendations"), *[words.label(s) for s in RESPONSE_STATUSES]])
        self.filter.setAccessibleName(self.tr("Show recommendations with status"))
        self.filter.currentIndexChanged.connect(self._filter_changed)
        caption = QLabel(self.tr("&Show:"))
        caption.setBuddy(self.filter)
        self.toolbar.insertWidget(1, caption)
        self.toolbar.insertWidget(2, self.filter)

    def texts(self) -> RowTexts:
        return RowTexts(
            noun=self.tr("recommendation"),
            add=self.tr("Add recommendation"),
            empty=self.tr("Select a recommendation to edit it here, or add one."),
            delete_tip=self.tr("Delete the recommendation (Delete)"),
            new_values={"text": self.tr("New recommendation"), "status": "pending"},
        )

    def columns(self) -> list[Column]:
        return [
            Column("text", self.tr("Recommendation")),
            Column("status", self.tr("Status"), display=lambda doc, row: words.label(row.status)),
            Column("response", self.tr("Response")),
        ]

    def fields(self) -> list[Field]:
        return [
            Field("text", self.tr("&Recommendation"), "text", lines=2),
            Field("status", self.tr("S&tatus"), "choice", RESPONSE_STATUSES),
            Field("response", self.tr("Res&ponse"), "text", lines=3),
        ]

    def row_label(self, row: Any) -> str:
        return self.tr("recommendation {number}").format(number=row.position + 1)

    def configure_view(self) -> None:
        self.chips = ChipDelegate(RESPONSE_COLORS, self.view)
        self.view.setItemDelegateForColumn(STATUS_COLUMN, self.chips)
        self.panel.fit_columns(0, {STATUS_COLUMN: chip_chars(RESPONSE_COLORS)})
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the response too

    def plan_changed(self, event: Event) -> None:
        # A recommendation added (or brought back) while the filter would hide it: show all, so the
        # new row can be selected and typed into, instead of the form staying on another one. So too for
        # one edited in the form out of the filter (its status changed by the arrow keys): else the form
        # would go on to the next row with the keys still in it, and the next key would change that one.
        if not isinstance(event, RecommendationEvent) or self.model is None or self.filter.currentIndex() <= 0:
            return
        focus = QApplication.focusWidget()
        editing = focus is not None and event.action is Action.CHANGED and self.panel.form.isAncestorOf(focus)
        if event.action is not Action.ADDED and not editing:
            return
        for row_id in event.ids:
            row = self.model.row_of(row_id)
            if row >= 0 and not self.proxy.mapFromSource(self.model.index(row, 0)).isValid():
                self.filter.setCurrentIndex(0)
                if editing and focus is not None:
                    self.panel.select(row_id)
                    focus.setFocus()  # (the keys stay in the field, on the row they were changing)
                return

    def _filter_changed(self, index: int) -> None:
        self.proxy.setFilterKeyColumn(STATUS_COLUMN)
        self.proxy.setFilterRole(Qt.ItemDataRole.EditRole)  # the stored status, whatever the language shows
        if index <= 0:
            self.proxy.setFilterRegularExpression(QRegularExpression())
        else:
            status = RESPONSE_STATUSES[index - 1]
            self.proxy.setFilterRegularExpression(
                QRegularExpression(
                    f"^{QRegularExpression.escape(status)}$", QRegularExpression.PatternOption.CaseInsensitiveOption
                )
            )
