"""An editor for the fields of one row of an ordered list, saved as typed, each edit undoable.

Built from a list of :class:`Field` specs, so every page's detail editor works
the same way: line and text fields commit per keystroke (one stretch of typing
is one undo step), choices commit when picked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from planner_gui.core.errors import PlanError
from planner_gui.core.events import Action, Event
from planner_gui.core.ordered import RowKind
from planner_gui.ui import numbers, words
from planner_gui.ui.commands import EditRow
from planner_gui.ui.open_plan import Listening, OpenPlan
from planner_gui.ui.widgets.fields import PlanLineEdit, PlanTextEdit


@dataclass(frozen=True)
class Field:
    name: str
    label: str  # in the window's language, with an & for its keyboard mnemonic
    kind: str = "line"  # "line", "text", "choice", "number", "decimal", "check"
    choices: tuple[str, ...] = ()
    lines: int = 3  # height of a "text" field
    commit_on_finish: bool = False  # "line" fields whose partial text is invalid (times, numbers)
    minimum: int = 0
    maximum: int = 999
    check_text: str = ""  # the words beside a "check" box


class RowForm(QWidget):
    """Shows one row of a list of the plan (``kind``); ``extra`` widgets (with ``set_row``) can be added below."""

    def __init__(self, kind: RowKind[Any], fields: list[Field], empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind, self.fields = kind, fields
        self._listening: Listening | None = None
        self.plan: OpenPlan | None = None
        self.row_id: int | None = None
        self.label_of: Callable[[Any], str] = lambda row: QCoreApplication.translate("RowForm", "row {number}").format(
            number=row.position + 1
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        empty = QLabel(empty_text)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setWordWrap(True)
        self.stack.addWidget(empty)
        body = QWidget()
        self.form = QFormLayout(body)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(body)
        self.editors: dict[str, QWidget] = {}
        for spec in fields:
            editor = self._make_editor(spec)
            caption = QLabel(spec.label)
            caption.setBuddy(editor)
            editor.setAccessibleName(spec.label.replace("&", ""))
            self.form.addRow(caption, editor)
            self.editors[spec.name] = editor

    def _make_editor(self, spec: Field) -> QWidget:
        if spec.kind == "text":
            text = PlanTextEdit()
            text.setMinimumHeight(text.fontMetrics().lineSpacing() * spec.lines + 12)
            text.edited.connect(lambda value, session, name=spec.name: self._edit(name, value, session))
            return text
        if spec.kind == "choice":
            combo = QComboBox()
            for choice in spec.choices:
                combo.addItem(words.label(choice), choice)
            combo.activated.connect(lambda i, name=spec.name, c=combo: self._edit(name, c.itemData(i), None))
            return combo
        if spec.kind == "check":
            check = QCheckBox(spec.check_text)
            check.toggled.connect(lambda value, name=spec.name: self._edit(name, bool(value), None))
            return check
        if spec.kind == "decimal":  # typed as people write numbers ("1,5", "1.5"), the core's rule said if broken
            decimal = PlanLineEdit()
            decimal.setMaxLength(24)
            decimal.commits_whole = True
            decimal.typed_back.connect(self.refresh)
            decimal.committed.connect(lambda text, name=spec.name: self._edit_number(name, text))
            return decimal
        if spec.kind == "number":
            spin = QSpinBox()
            spin.setRange(spec.minimum, spec.maximum)
            spin.editingFinished.connect(lambda name=spec.name, s=spin: self._edit(name, s.value(), None))
            return spin
        line = PlanLineEdit()
        if spec.commit_on_finish:
            line.commits_whole = True
            line.typed_back.connect(self.refresh)
            line.committed.connect(lambda value, name=spec.name: self._edit(name, value, None))
        else:
            line.edited.connect(lambda value, session, name=spec.name: self._edit(name, value, session))
        return line

    def add_row_widget(self, label: str, widget: QWidget) -> None:
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, widget)

    # ------------------------------------------------------------ showing
    def set_plan(self, plan: OpenPlan | None) -> None:
        self.plan = plan
        if self._listening is not None:
            self._listening.cancel()
        self._listening = plan.listen(self, self._on_change, self.kind.event) if plan is not None else None
        self.show_row(None)

    def show_row(self, row_id: int | None) -> None:
        self.row_id = row_id
        self.refresh()

    def current_row(self) -> Any:
        if self.plan is None or self.row_id is None:
            return None
        try:
            return self.plan.doc.lists.row(self.kind, self.row_id)
        except PlanError:
            return None

    def refresh(self) -> None:
        row = self.current_row()
        if row is None:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        read_only = self.plan is None or self.plan.read_only
        for spec in self.fields:
            editor = self.editors[spec.name]
            value = getattr(row, spec.name)
            if spec.kind == "decimal" and isinstance(editor, PlanLineEdit):
                # Shown as stored even while it has the keys: an undo (Ctrl+Z in the field) puts it back here, or
                # leaving the field would write the undone number again. (Typing commits only when it is left.)
                editor.set_value(numbers.count(value))
                editor.setReadOnly(read_only)
            elif isinstance(editor, PlanLineEdit | PlanTextEdit):
                editor.set_value(str(value))
                editor.setReadOnly(read_only)
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(editor.findData(value))
                editor.setEnabled(not read_only)
            elif isinstance(editor, QCheckBox):
                editor.blockSignals(True)
                editor.setChecked(bool(value))
                editor.blockSignals(False)
                editor.setEnabled(not read_only)
            elif isinstance(editor, QSpinBox):
                if not editor.hasFocus():
                    editor.setValue(value)
                editor.setReadOnly(read_only)

    def _on_change(self, event: Event) -> None:
        if self.row_id in event.ids or event.action is Action.REMOVED or not isinstance(event, self.kind.event):
            self.refresh()  # this row changed, a row went (perhaps this one), or the plan was reloaded

    # ------------------------------------------------------------ editing
    def _edit_number(self, name: str, text: str) -> None:
        """A number field left: the number typed (or the text, for the core to say why it isn't one)."""
        row = self.current_row()
        try:
            number = numbers.read(text)
        except ValueError:
            self._edit(name, text, None)
            return
        if row is not None and numbers.count(getattr(row, name)) == numbers.count(number):
            self.refresh()  # unchanged as shown: a finer value kept from an older plan is not rounded by leaving it
            return
        self._edit(name, number, None)

    def _edit(self, name: str, value: Any, session: object | None) -> None:
        row = self.current_row()
        if row is None or self.plan is None or self.plan.read_only:
            return
        old = getattr(row, name)
        if old == value:
            return
        label = next(s.label for s in self.fields if s.name == name).replace("&", "").lower()
        text = self.tr("Edit {field} of {row}").format(field=label, row=self.label_of(row))
        command = EditRow(self.plan, self.kind, row.id, {name: old}, {name: value}, text, session)
        if not self.plan.push(command, self):
            self.refresh()
