"""Beside the context tree: the selected section's title, its question, its notes, and the selected point's text.

Every field is saved as it is typed; one stretch of typing is one undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from planner_gui.core.context import POINTS, SECTIONS
from planner_gui.core.errors import PlanError
from planner_gui.core.events import Event, PointEvent, SectionEvent
from planner_gui.core.ordered import RowKind
from planner_gui.ui.commands import EditRow
from planner_gui.ui.models.context_tree import short
from planner_gui.ui.open_plan import Listening, OpenPlan
from planner_gui.ui.widgets.fields import PlanLineEdit, PlanTextEdit
from planner_gui.ui.widgets.names import named


class SectionPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: OpenPlan | None = None
        self._listening: Listening | None = None
        self.section_id: int | None = None
        self.point_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        self.title = PlanLineEdit()
        self.title.setAccessibleName(self.tr("Section title"))
        self.title.edited.connect(lambda text, session: self._edit("title", text, session))
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setAccessibleName(self.tr("What this section asks"))
        self.prompt.setStyleSheet(
            "background: #F1F4F6; border-radius: 6px; padding: 6px 8px; color: #1F2A30; font-style: italic;"
        )
        self.point = PlanTextEdit()
        self.point.setAccessibleName(self.tr("Text of the selected point"))
        self.point.setMaximumHeight(self.point.fontMetrics().lineSpacing() * 4 + 14)
        self.point.edited.connect(lambda text, session: self._edit("text", text, session))
        self.notes = PlanTextEdit()
        self.notes.setAccessibleName(self.tr("Notes on this section"))
        self.notes.setPlaceholderText(self.tr("What the room said about this section, what to come back to…"))
        self.notes.edited.connect(lambda text, session: self._edit("notes", text, session))
        for caption, widget in (
            (self.tr("Section &title"), self.title),
            ("", self.prompt),
            (self.tr("Selected &point"), self.point),
            (self.tr("N&otes on this section"), self.notes),
        ):
            if caption:
                label = named(QLabel(caption), "sectionLabel")
                label.setBuddy(widget)
                layout.addWidget(label)
            layout.addWidget(widget, 1 if widget is self.notes else 0)

    def set_plan(self, plan: OpenPlan | None) -> None:
        self.plan = plan
        if self._listening is not None:
            self._listening.cancel()
        self._listening = plan.listen(self, self._on_change, SectionEvent, PointEvent) if plan else None
        self.show_rows(None, None)

    def show_rows(self, section_id: int | None, point_id: int | None) -> None:
        """Show a section and (if a point or sub-point is selected) the point."""
        self.section_id, self.point_id = section_id, point_id
        self.refresh()

    def _on_change(self, _event: Event) -> None:
        self.refresh()

    def _rows(self) -> tuple[object | None, object | None]:
        doc = self.plan.doc if self.plan is not None else None
        try:
            section = doc.lists.row(SECTIONS, self.section_id) if doc and self.section_id else None
            point = doc.lists.row(POINTS, self.point_id) if doc and self.point_id else None
        except PlanError:
            return None, None
        return section, point

    def refresh(self) -> None:
        section, point = self._rows()
        self.title.set_value(getattr(section, "title", ""))
        self.prompt.setText(getattr(section, "prompt", ""))
        self.prompt.setVisible(bool(getattr(section, "prompt", "")))
        self.notes.set_value(getattr(section, "notes", ""))
        self.point.set_value(getattr(point, "text", ""))
        self.point.setPlaceholderText("" if point else self.tr("Select a point to edit its text here."))
        editable = self.plan is not None and not self.plan.read_only
        self.title.setReadOnly(not (editable and section))
        self.notes.setReadOnly(not (editable and section))
        self.point.setReadOnly(not (editable and point))

    def _edit(self, field: str, value: str, session: object) -> None:
        kind: RowKind[Any] = POINTS if field == "text" else SECTIONS
        row_id = self.point_id if field == "text" else self.section_id
        if self.plan is None or self.plan.read_only or row_id is None:
            return
        try:
            row: Any = self.plan.doc.lists.row(kind, row_id)
        except PlanError:
            return
        old = getattr(row, field)
        if old == value:
            return
        what = {
            "title": self.tr("Rename section {label}"),
            "notes": self.tr("Edit notes of section {label}"),
            "text": self.tr("Edit point {label}"),
        }[field]
        label = short(row.title if kind is SECTIONS else old or value)
        command = EditRow(self.plan, kind, row_id, {field: old}, {field: value}, what.format(label=label), session)
        if not self.plan.push(command, self):
            self.refresh()
