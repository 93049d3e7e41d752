"""The lists inside one strategy (actions, targets, priority countries) and the plan's kinds of action.

Each is a :class:`RowsPanel` edited in place in its table (no form below it):
Ctrl+Shift+N adds a row after the selected one and opens it for typing,
Delete deletes, Ctrl+Up / Ctrl+Down and drag-and-drop reorder.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from planner_gui.core.errors import InvalidEdit
from planner_gui.core.events import ActionKindEvent
from planner_gui.core.model_strategy import COUNTRY_STATUSES
from planner_gui.core.ordered import RowKind
from planner_gui.core.strategies import ACTION_KINDS, ACTIONS, COUNTRIES, TARGETS
from planner_gui.ui import dialogs, numbers, words
from planner_gui.ui.models.rows_table import Column
from planner_gui.ui.widgets.chips import ChipDelegate, chip_chars
from planner_gui.ui.widgets.combo_delegate import ComboDelegate
from planner_gui.ui.widgets.palette import COUNTRY_COLORS
from planner_gui.ui.widgets.rows_panel import RowsPanel

Index = QModelIndex | QPersistentModelIndex
NO_STRATEGY: dict[str, Any] = {"strategy_id": None}


def number_text(value: float | None) -> str:
    return "" if value is None else numbers.count(value)


def parse_number(text: str) -> float | None:
    """A target's number as typed, as any of the three languages writes numbers ("1,500", "0.5"; "1 500",
    "0,5"); empty for none."""
    clean = text.strip()
    if not clean:
        return None
    try:
        return numbers.read(clean)  # as the window writes it, else as any language does: "0,5" is never 5
    except ValueError:
        example = numbers.count(0.5)
        raise InvalidEdit(
            QCoreApplication.translate(
                "strategy_tables", "A target's number is a number (25, {half}), not “{text}”."
            ).format(half=example, text=clean)
        ) from None


class TextDelegate(QStyledItemDelegate):
    """Edits a cell as the text it shows (a number that may be empty), not with a spin box."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        return QLineEdit(parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        if editor.text().strip() != str(index.data(Qt.ItemDataRole.DisplayRole) or ""):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


def compact(panel: RowsPanel) -> None:
    """Up, Down and Delete as icons only (named in their tooltips): the page holds several panels side by side."""
    for button in (panel.up_button, panel.down_button, panel.delete_button):
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)


def _in_table(
    kind: RowKind[Any], noun: str, add: str, columns: Any, new_values: Any, name: str, **options: Any
) -> RowsPanel:
    panel = RowsPanel(
        kind,
        noun=noun,
        columns=columns,
        fields=[],
        add_text=add,
        new_values=new_values,
        accessible_name=name,
        edit_new_in_table=True,
        **options,
    )
    panel.form.hide()
    compact(panel)
    return panel


def kind_name(doc: Any, kind_id: int) -> str:
    try:
        return words.label(str(doc.lists.row(ACTION_KINDS, kind_id).name))
    except InvalidEdit:
        return ""


def actions_panel() -> RowsPanel:
    """What the strategy's carriers will do: each action of a kind, with who leads it."""
    panel: RowsPanel

    def columns() -> list[Column]:
        return [
            Column(
                "kind_id",
                QCoreApplication.translate("strategy_tables", "Kind"),
                display=lambda doc, row: kind_name(doc, row.kind_id),
            ),
            Column("text", QCoreApplication.translate("strategy_tables", "Action")),
            Column("lead", QCoreApplication.translate("strategy_tables", "Lead")),
        ]

    def new_values() -> dict[str, Any]:
        kinds = panel.plan.doc.strategies.action_kinds() if panel.plan is not None else []
        selected = panel.selected_id()
        kind_id = kinds[0].id if kinds else None
        if selected is not None and panel.plan is not None:  # the same kind as the action above it
            kind_id = panel.plan.doc.lists.row(ACTIONS, selected).kind_id
        return {"kind_id": kind_id, "text": "", "lead": ""}

    panel = _in_table(
        ACTIONS,
        QCoreApplication.translate("strategy_tables", "action"),
        QCoreApplication.translate("strategy_tables", "Add action"),
        columns,
        new_values,
        QCoreApplication.translate("strategy_tables", "Actions"),
        scope=NO_STRATEGY,
        also_watch=(ActionKindEvent,),
    )

    def kinds(_index: Index) -> list[tuple[str, Any]]:
        doc = panel.plan.doc if panel.plan is not None else None
        return [(words.label(kind.name), kind.id) for kind in doc.strategies.action_kinds()] if doc is not None else []

    panel.kinds_delegate = ComboDelegate(kinds, panel.view)  # type: ignore[attr-defined]

    def configure() -> None:
        panel.view.setItemDelegateForColumn(0, panel.kinds_delegate)  # type: ignore[attr-defined]
        panel.fit_columns(1, {0: 12, 2: 14})

    panel.configure_view = configure
    panel.edit_column = 1  # a new action's text: its kind is that of the action above it
    return panel


def targets_panel() -> RowsPanel:
    panel: RowsPanel

    def columns() -> list[Column]:
        return [
            Column("what", QCoreApplication.translate("strategy_tables", "Target")),
            Column("measure", QCoreApplication.translate("strategy_tables", "Measure")),
            Column(
                "number",
                QCoreApplication.translate("strategy_tables", "Number"),
                display=lambda doc, row: number_text(row.number),
                parse=parse_number,
                align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            ),
            Column(
                "due",
                QCoreApplication.translate("strategy_tables", "By"),
                tooltip=lambda doc, row: QCoreApplication.translate(
                    "strategy_tables", "When: a year, a month or a day (2015, 2015-09, 2015-09-30)"
                ),
            ),
        ]

    panel = _in_table(
        TARGETS,
        QCoreApplication.translate("strategy_tables", "target"),
        QCoreApplication.translate("strategy_tables", "Add target"),
        columns,
        {"what": ""},
        QCoreApplication.translate("strategy_tables", "Targets"),
        scope=NO_STRATEGY,
    )
    panel.number_delegate = TextDelegate(panel.view)  # type: ignore[attr-defined]

    def configure() -> None:
        panel.view.setItemDelegateForColumn(2, panel.number_delegate)  # type: ignore[attr-defined]
        panel.fit_columns(0, {1: 16, 2: 8, 3: 10})

    panel.configure_view = configure
    return panel


def countries_panel() -> RowsPanel:
    panel: RowsPanel

    def columns() -> list[Column]:
        return [
            Column("country", QCoreApplication.translate("strategy_tables", "Country")),
            Column("plan", QCoreApplication.translate("strategy_tables", "Plan")),
            Column(
                "status",
                QCoreApplication.translate("strategy_tables", "Status"),
                display=lambda doc, row: words.label(row.status),
            ),
        ]

    panel = _in_table(
        COUNTRIES,
        QCoreApplication.translate("strategy_tables", "priority country"),
        QCoreApplication.translate("strategy_tables", "Add priority country"),
        columns,
        {"country": "", "status": COUNTRY_STATUSES[0]},
        QCoreApplication.translate("strategy_tables", "Priority countries"),
        scope=NO_STRATEGY,
    )
    panel.chips = ChipDelegate(COUNTRY_COLORS, panel.view)  # type: ignore[attr-defined]

    def configure() -> None:
        panel.view.setItemDelegateForColumn(2, panel.chips)  # type: ignore[attr-defined]
        panel.fit_columns(1, {0: 18, 2: chip_chars(COUNTRY_COLORS)})

    panel.configure_view = configure
    return panel


class KindsPanel(RowsPanel):
    """The plan's kinds of action (reactive, proactive, other...): add, rename, reorder; unused ones deleted."""

    def __init__(self) -> None:
        super().__init__(
            ACTION_KINDS,
            noun=self.tr("kind of action"),
            columns=lambda: [Column("name", self.tr("Kind of action"), display=lambda doc, row: words.label(row.name))],
            fields=[],
            add_text=self.tr("Add kind…"),
            new_values=self._new_values,
            accessible_name=self.tr("Kinds of action"),
            edit_new_in_table=True,
        )
        self.form.hide()
        compact(self)

    def _new_values(self) -> dict[str, Any]:
        names = {kind.name for kind in self.plan.doc.strategies.action_kinds()} if self.plan is not None else set()
        base = self.tr("new kind")
        name, number = base, 1
        while name in names:
            number += 1
            name = f"{base} {number}"
        return {"name": name}

    def delete_selected(self) -> None:
        kind_id = self.selected_id()
        if self.plan is None or self.plan.read_only or kind_id is None:
            return
        used = self.plan.doc.strategies.kind_in_use(kind_id)
        if used:
            name = kind_name(self.plan.doc, kind_id)
            dialogs.show_error(
                self,
                self.tr("That kind of action is in use"),
                self.tr(
                    "%n action(s) of the kind “{name}” keep it from being deleted. "
                    "Change their kind first, or rename this one.",
                    "",
                    used,
                ).format(name=name),
            )
            return
        super().delete_selected()
