"""The editors beside the goals tree: the plan's own texts, and the selected goal or objective."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner_gui.core.events import Event, GoalEvent, ObjectiveEvent, PlanEvent
from planner_gui.core.model import Goal, Objective
from planner_gui.core.structure import GOALS, OBJECTIVES
from planner_gui.i18n import LANGUAGES
from planner_gui.ui import words
from planner_gui.ui.commands import EditPlanTexts, EditRow, SetDocumentsLanguage
from planner_gui.ui.open_plan import Listening, OpenPlan
from planner_gui.ui.presentation import presentation, presenting
from planner_gui.ui.widgets.fields import PlanLineEdit, PlanTextEdit

PLAN_LINES = (
    ("organisation", str(QT_TRANSLATE_NOOP("PlanFieldsEditor", "&Organisation"))),
    ("title", str(QT_TRANSLATE_NOOP("PlanFieldsEditor", "&Title"))),
    ("period", str(QT_TRANSLATE_NOOP("PlanFieldsEditor", "&Period"))),
)
PLAN_TEXTS = (
    ("vision", str(QT_TRANSLATE_NOOP("PlanFieldsEditor", "Vi&sion"))),
    ("mission", str(QT_TRANSLATE_NOOP("PlanFieldsEditor", "&Mission"))),
    ("values", str(QT_TRANSLATE_NOOP("PlanFieldsEditor", "V&alues"))),
)


def _text_height(widget: PlanTextEdit, lines: int) -> None:
    widget.setMinimumHeight(widget.fontMetrics().lineSpacing() * lines + 12)


class PlanFieldsEditor(QGroupBox):
    """Organisation, title, period, vision, mission and values, saved as typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The plan"))
        self.plan: OpenPlan | None = None
        self._listening: Listening | None = None
        self.fields: dict[str, PlanLineEdit | PlanTextEdit] = {}
        form = QFormLayout(self)
        # Labels above their fields: the column stays narrow, and still fits in presentation mode.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(4)
        for name, label in PLAN_LINES:
            self._add(form, name, label, PlanLineEdit())
        self.language = QComboBox()  # each language in its own words, whatever the window speaks
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        caption = QLabel(self.tr("Lan&guage of the plan's documents"))
        caption.setBuddy(self.language)
        caption.setWordWrap(True)  # a long label must not widen the narrow column
        self.language.setAccessibleName(caption.text().replace("&", ""))
        self.language.setToolTip(
            self.tr("The workbook, ballots, printable summary, member cards and room-voting pages are written in it.")
        )
        self.language.activated.connect(self._language_chosen)
        form.addRow(caption, self.language)
        self._form = form
        self._present(presenting())  # a setting, not for the wall: its room goes to the plan's texts
        presentation().changed.connect(self._present)
        for name, label in PLAN_TEXTS:
            editor = PlanTextEdit()
            _text_height(editor, 2)
            self._add(form, name, label, editor)

    def _present(self, on: bool) -> None:
        self._form.setRowVisible(self.language, not on)

    def _add(self, form: QFormLayout, name: str, label: str, editor: PlanLineEdit | PlanTextEdit) -> None:
        label = QCoreApplication.translate("PlanFieldsEditor", label)
        caption = QLabel(label)
        caption.setBuddy(editor)
        editor.setAccessibleName(label.replace("&", ""))
        editor.edited.connect(lambda text, session, name=name: self._edited(name, text, session))
        form.addRow(caption, editor)
        self.fields[name] = editor

    def set_plan(self, plan: OpenPlan | None) -> None:
        self.plan = plan
        for editor in self.fields.values():
            editor.setReadOnly(plan is None or plan.read_only)
        self.language.setEnabled(plan is not None and not plan.read_only)
        if self._listening is not None:
            self._listening.cancel()
        self._listening = plan.listen(self, self._on_change, PlanEvent) if plan is not None else None
        self._refresh()

    def _refresh(self) -> None:
        values = self.plan.doc.plan if self.plan is not None else None
        for name, editor in self.fields.items():
            editor.set_value(getattr(values, name) if values is not None else "")
        found = self.language.findData(values.language if values is not None else None)
        self.language.setCurrentIndex(max(found, 0))

    def _language_chosen(self, index: int) -> None:
        code = self.language.itemData(index)
        if self.plan is None or code == self.plan.doc.plan.language:
            return
        text = self.tr("Write the plan's documents in {language}").format(language=LANGUAGES[code])
        command = SetDocumentsLanguage(self.plan, self.plan.doc.plan.language, code, text)
        if not self.plan.push(command, self):
            self._refresh()

    def _on_change(self, _event: Event) -> None:
        self._refresh()

    def _edited(self, name: str, text: str, session: object) -> None:
        if self.plan is None:
            return
        old = getattr(self.plan.doc.plan, name)
        if old == text:
            return
        caption = dict(PLAN_LINES + PLAN_TEXTS)[name]
        field = QCoreApplication.translate("PlanFieldsEditor", caption).replace("&", "")
        command = EditPlanTexts(
            self.plan, {name: old}, {name: text}, self.tr("Edit {field}").format(field=field), session
        )
        if not self.plan.push(command, self):
            self._refresh()


class RowEditor(QGroupBox):
    """Number, title and description of the selected goal or objective; its goal or its folding."""

    move_to_goal = Signal(int, int)  # objective id, goal id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Selected item"))
        self.plan: OpenPlan | None = None
        self.kind: str | None = None
        self.row_id: int | None = None
        self._listening: Listening | None = None
        outer = QVBoxLayout(self)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        empty = QLabel(self.tr("Select a goal or an objective to edit it here."))
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(empty)
        editor = QWidget()
        form = QFormLayout(editor)
        form.setContentsMargins(0, 0, 0, 0)
        self.number = PlanLineEdit()
        self.number.setMaximumWidth(120)
        self.number.setAccessibleName(self.tr("Number"))
        self.goal_combo = QComboBox()
        self.goal_combo.setAccessibleName(self.tr("Goal"))
        self.title_field = PlanLineEdit()
        self.title_field.setAccessibleName(self.tr("Title"))
        self.description = PlanTextEdit()
        self.description.setAccessibleName(self.tr("Description"))
        _text_height(self.description, 2)
        self.folded = QCheckBox(self.tr("Fo&lded into the other goals"))
        self.fold_note = PlanLineEdit()
        self.fold_note.setAccessibleName(self.tr("How it was folded"))
        self.fold_note.setPlaceholderText(self.tr("Where its work now happens"))
        self.goal_label = QLabel(self.tr("&Goal"))
        self.goal_label.setBuddy(self.goal_combo)
        self.fold_label = QLabel(self.tr("Fold &note"))
        self.fold_label.setBuddy(self.fold_note)
        rows = (
            (self.tr("N&umber"), self.number),
            (self.tr("T&itle"), self.title_field),
            (self.tr("&Description"), self.description),
        )
        for text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.goal_label, self.goal_combo)
        form.addRow("", self.folded)
        form.addRow(self.fold_label, self.fold_note)
        self.stack.addWidget(editor)

        self.number.committed.connect(self._number_committed)
        self.title_field.edited.connect(lambda text, s: self._edited("title", text, s))
        self.description.edited.connect(lambda text, s: self._edited("description", text, s))
        self.fold_note.edited.connect(lambda text, s: self._edited("fold_note", text, s))
        self.folded.toggled.connect(self._folded_toggled)
        self.goal_combo.activated.connect(self._goal_chosen)

    # -------------------------------------------------------------- showing
    def set_plan(self, plan: OpenPlan | None) -> None:
        self.plan = plan
        if self._listening is not None:
            self._listening.cancel()
        self._listening = plan.listen(self, self._on_change, GoalEvent, ObjectiveEvent) if plan else None
        self.show_row(None, None)

    def show_row(self, kind: str | None, row_id: int | None) -> None:
        self.kind, self.row_id = kind, row_id
        self._refresh()

    def _row(self) -> Goal | Objective | None:
        if self.plan is None or self.row_id is None:
            return None
        try:
            return (
                self.plan.doc.structure.goal(self.row_id)
                if self.kind == "goal"
                else self.plan.doc.structure.objective(self.row_id)
            )
        except Exception:
            return None

    def _refresh(self) -> None:
        row = self._row()
        if row is None:
            self.setTitle(self.tr("Selected item"))
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        is_goal = isinstance(row, Goal)
        self.setTitle(words.goal_label(row.number) if is_goal else words.objective_label(row.number))
        read_only = self.plan is None or self.plan.read_only
        for widget in (self.number, self.title_field, self.fold_note):
            widget.setReadOnly(read_only)
        self.description.setReadOnly(read_only)
        self.folded.setEnabled(not read_only)
        self.goal_combo.setEnabled(not read_only)
        self.number.set_value(row.number)
        self.title_field.set_value(row.title)
        self.description.set_value(row.description)
        objective_only: tuple[QWidget, ...] = (self.goal_label, self.goal_combo)
        goal_only: tuple[QWidget, ...] = (self.folded, self.fold_label, self.fold_note)
        for shown in objective_only:
            shown.setVisible(not is_goal)
        for shown in goal_only:
            shown.setVisible(is_goal)
        if isinstance(row, Goal):
            self.folded.blockSignals(True)
            self.folded.setChecked(row.folded)
            self.folded.blockSignals(False)
            self.fold_note.set_value(row.fold_note)
            self.fold_note.setEnabled(row.folded)
        else:
            assert self.plan is not None
            self.goal_combo.clear()
            for goal in self.plan.doc.structure.goals():
                self.goal_combo.addItem(f"{words.goal_label(goal.number)} — {goal.title}", goal.id)
            self.goal_combo.setCurrentIndex(self.goal_combo.findData(row.goal_id))

    def _on_change(self, _event: Event) -> None:
        self._refresh()

    # -------------------------------------------------------------- editing
    def _push(self, changes: dict[str, Any], text: str, session: object | None = None) -> None:
        row = self._row()
        if row is None or self.plan is None or self.kind is None:
            return
        old = {name: getattr(row, name) for name in changes}
        if old == changes:
            return
        kind = GOALS if self.kind == "goal" else OBJECTIVES
        command = EditRow(self.plan, kind, row.id, old, changes, text, session)
        if not self.plan.push(command, self):
            self._refresh()

    def _label(self) -> str:
        row = self._row()
        if row is None:
            return ""
        return words.goal_label(row.number) if self.kind == "goal" else words.objective_label(row.number)

    def _edited(self, field: str, text: str, session: object) -> None:
        what = {
            "title": self.tr("Edit title of {label}"),
            "description": self.tr("Edit description of {label}"),
            "fold_note": self.tr("Edit fold note of {label}"),
        }[field]
        self._push({field: text}, what.format(label=self._label()), session)

    def _number_committed(self, text: str) -> None:
        row = self._row()
        if row is not None and text.strip() != row.number:
            self._push({"number": text.strip()}, self.tr("Renumber {label}").format(label=self._label()))

    def _folded_toggled(self, folded: bool) -> None:
        text = self.tr("Fold {label}") if folded else self.tr("Unfold {label}")
        self._push({"folded": folded}, text.format(label=self._label()))

    def _goal_chosen(self, combo_index: int) -> None:
        row = self._row()
        goal_id = self.goal_combo.itemData(combo_index)
        if not isinstance(row, Objective) or goal_id is None or goal_id == row.goal_id:
            return
        self.move_to_goal.emit(row.id, goal_id)
