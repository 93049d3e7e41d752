"""How a context analysis starts: the templates in resources/, a chooser shown in the page, one undoable step.

The templates are data (``resources/context_templates/*.json``), not code: a new
shape of analysis is a new file there.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner_gui.core.context import SECTIONS, load_template
from planner_gui.core.errors import PlanError
from planner_gui.core.tombstone import Tombstone
from planner_gui.resources import ResourcesMissing, resource_path
from planner_gui.ui import icons
from planner_gui.ui.commands import PlanCommand
from planner_gui.ui.open_plan import OpenPlan
from planner_gui.ui.widgets.names import named


def available_templates() -> tuple[list[dict[str, Any]], list[str]]:
    """The templates in resources/context_templates, in file-name order, and what could not be read."""
    templates: list[dict[str, Any]] = []
    problems: list[str] = []
    try:
        paths = sorted(Path(resource_path("context_templates")).glob("*.json"))
    except ResourcesMissing as error:
        return [], [str(error)]
    for path in paths:
        try:
            templates.append(load_template(path))
        except (PlanError, ValueError, OSError) as error:
            problems.append(
                QCoreApplication.translate(
                    "context_templates", "{name} could not be read ({error}); it is left out."
                ).format(name=path.name, error=error)
            )
    return templates, problems


class ApplyTemplate(PlanCommand):
    """Add a template's sections in one step; undo removes them, redo puts the same ones back."""

    def __init__(self, plan: OpenPlan, template: dict[str, Any]) -> None:
        text = QCoreApplication.translate("ApplyTemplate", "Start the context analysis from “{name}”")
        super().__init__(plan, text.format(name=template["name"]))
        self.template = template
        self.section_ids: list[int] = []
        self.removed: list[Tombstone] = []

    def do(self) -> None:
        if self.removed:  # a redo: the same sections (and ids) as before, so later steps still apply
            with self.doc.transaction():
                for tomb in reversed(self.removed):
                    self.doc.lists.restore(tomb)
            self.removed = []
        else:
            self.section_ids = self.doc.context.apply_template(self.template)

    def undo_it(self) -> None:
        with self.doc.transaction():
            self.removed = [self.doc.lists.delete_row(SECTIONS, sid) for sid in reversed(self.section_ids)]


class TemplateChooser(QWidget):
    """Shown in place of the analysis while it has no sections: one card per template."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: OpenPlan | None = None
        self.setObjectName("templateChooser")
        self.setStyleSheet(
            "QFrame#templateCard { border: 1px solid #C9D3D9; border-radius: 8px; background: #FAFBFC; }"
            "QLabel#templateName { font-weight: 600; color: #0B4F6C; }"
            "QLabel#templateSections { color: #44535C; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 16, 0, 0)
        # Sizes relative to the font (rich text's "large"), so presentation mode scales them too.
        question = self.tr("How will the room look at the context?")
        heading = QLabel(f"<span style='font-size:x-large'>{html.escape(question)}</span>")
        heading.setObjectName("sectionLabel")
        layout.addWidget(heading)
        explain = QLabel(
            self.tr(
                "Pick the shape to start from. You can add, rename, reorder and remove sections afterwards, "
                "and Undo takes the choice back."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        cards = QGridLayout()
        cards.setSpacing(12)
        self.buttons: list[QPushButton] = []
        self.templates, problems = available_templates()
        for column, template in enumerate(self.templates):
            cards.addWidget(self._card(template, primary=column == 0), 0, column)
        layout.addLayout(cards)
        for problem in problems:
            note = QLabel(problem)
            note.setWordWrap(True)
            layout.addWidget(note)
        if not self.templates:
            layout.addWidget(QLabel(self.tr("No templates were found. Reinstall the program to get them back.")))
        layout.addStretch(1)

    def _card(self, template: dict[str, Any], primary: bool) -> QFrame:
        card = named(QFrame(), "templateCard")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(14, 12, 14, 12)
        name = QLabel(f"<span style='font-size:large'>{html.escape(template['name'])}</span>")
        name.setObjectName("templateName")
        description = QLabel(template.get("description", ""))
        description.setWordWrap(True)
        titles = [s.get("title", "") for s in template["sections"]]
        sections = named(QLabel(self.tr("Sections: {titles}").format(titles=" · ".join(titles))), "templateSections")
        sections.setWordWrap(True)
        start = self.tr("Start with {name}").format(name=template["name"])
        button = QPushButton(icons.icon("template", "white" if primary else None), start)
        button.setProperty("primary", primary)
        button.setAccessibleName(
            self.tr("Start the context analysis from the template {name}").format(name=template["name"])
        )
        button.setToolTip(self.tr("Add the sections {titles}").format(titles=", ".join(titles)))
        button.clicked.connect(lambda _=False, t=template: self.start_from(t))
        self.buttons.append(button)
        for widget in (name, description, sections):
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    def set_plan(self, plan: OpenPlan | None) -> None:
        self.plan = plan
        for button in self.buttons:
            button.setEnabled(plan is not None and not plan.read_only)

    def start_from(self, template: dict[str, Any]) -> bool:
        if self.plan is None or self.plan.read_only:
            return False
        return self.plan.push(ApplyTemplate(self.plan, template), self)
