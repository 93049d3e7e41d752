"""The agenda's table: its columns, its order (day by day), and editors fit for each field.

The dock (``ui/agenda_panel.py``) owns the table and the clock; the delegate
asks it for the sessions' timings and hands it the titles as they are typed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from planner_gui.core.agenda import SessionTiming, format_time, parse_time
from planner_gui.core.errors import PlanError
from planner_gui.ui import numbers
from planner_gui.ui.models.rows_table import ROW_ID_ROLE, Column, Index
from planner_gui.ui.steps import STEPS
from planner_gui.ui.widgets import timer_label
from planner_gui.ui.widgets.fields import PlanLineEdit
from planner_gui.ui.widgets.timer_label import OVER_COLOR


class AgendaHost(Protocol):
    """What the delegate needs from the dock that shows the table."""

    def timings(self) -> dict[int, SessionTiming]: ...

    def type_title(self, row_id: int, text: str, typing: object) -> None: ...


DAY, START, MINUTES, TITLE, STEP, PROJECTED, STATE = range(7)
EDIT = Qt.ItemDataRole.EditRole


def session_label(row: Any) -> str:
    """How messages and the Edit menu name a session: by its title, else by its place."""
    if row.title.strip():
        return f"“{timer_label.shorten(row.title, 32)}”"
    return QCoreApplication.translate("agenda_table", "session {number}").format(number=row.position + 1)


def step_titles() -> dict[str, str]:
    """Each step's name (in the window's language), by its key."""
    return {step.key: step.title for step in STEPS}


def time_of_day(text: str) -> str:
    return format_time(parse_time(text))  # "9:30" is stored as "09:30"; "25:99" is refused, with how to write it


class AgendaOrder(QSortFilterProxyModel):
    """Day by day; within a day, in the agenda's own order (the source model's)."""

    def lessThan(self, left: Index, right: Index) -> bool:
        def day(index: Index) -> int:
            return int(index.model().index(index.row(), DAY, index.parent()).data(EDIT) or 0)

        return (day(left), left.row()) < (day(right), right.row())


class AgendaDelegate(QStyledItemDelegate):
    """Editors fit for each field; the title is committed as it is typed; late and running rows stand out."""

    def __init__(self, dock: AgendaHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dock = dock

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if index.column() == STEP:
            option.text = step_titles().get(str(index.data(EDIT)), option.text)
        elif index.column() == START and isinstance(index.data(EDIT), str):
            with contextlib.suppress(PlanError):  # as stored, if it somehow isn't a time
                option.text = numbers.time_of_day(parse_time(index.data(EDIT)))
        timing = self.dock.timings().get(index.data(ROW_ID_ROLE))
        if timing is None:
            return
        if timing.running:
            option.font.setBold(True)
        if index.column() == PROJECTED and round(timing.projected_end) > timing.planned_end:
            option.palette.setColor(QPalette.ColorRole.Text, QColor(OVER_COLOR))

    def _commit_and_close(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column, row_id = index.column(), index.data(ROW_ID_ROLE)
        if column == TITLE:
            title = PlanLineEdit(parent)
            title.edited.connect(lambda text, session: self.dock.type_title(row_id, text, session))
            return title
        if column == STEP:
            combo = QComboBox(parent)
            for key, text in step_titles().items():
                combo.addItem(text, key)
            combo.activated.connect(lambda _i: self._commit_and_close(combo))
            return combo
        if column in (DAY, MINUTES):
            spin = QSpinBox(parent)
            spin.setRange(*((1, 14) if column == DAY else (1, 24 * 60)))
            return spin
        line = QLineEdit(parent)
        line.setPlaceholderText("09:30")
        return line

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(editor.findData(index.data(EDIT)))
        else:
            super().setEditorData(editor, index)  # text, or a number

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), EDIT)
        else:
            super().setModelData(editor, model, index)  # unchanged values are ignored by the model


def agenda_columns(timings: Callable[[], dict[int, SessionTiming]]) -> list[Column]:
    """The table's columns; the last two are computed from the sessions' ``timings``."""
    center = Qt.AlignmentFlag.AlignCenter
    return [
        # numbers are typed in spin boxes; the core says what's allowed
        Column("day", QCoreApplication.translate("agenda_table", "Day"), align=center),
        Column("start", QCoreApplication.translate("agenda_table", "Start"), align=center, parse=time_of_day),
        Column("minutes", QCoreApplication.translate("agenda_table", "Minutes"), align=center),
        Column("title", QCoreApplication.translate("agenda_table", "Title")),
        Column("step", QCoreApplication.translate("agenda_table", "Step")),
        Column(
            "",
            QCoreApplication.translate("agenda_table", "Projected"),
            display=lambda _d, row: timer_label.projected_text(timings()[row.id]),
            tooltip=lambda _d, row: timer_label.projected_tip(timings()[row.id]),
        ),
        Column(
            "",
            QCoreApplication.translate("agenda_table", "State"),
            display=lambda _d, row: timer_label.state_text(timings()[row.id]),
        ),
    ]


def build_view(proxy: QSortFilterProxyModel, host: AgendaHost) -> QTableView:
    """The sessions' table: one row selected at a time, edited in place by any key."""
    view = QTableView()
    view.setAccessibleName(QCoreApplication.translate("agenda_table", "Sessions of the retreat"))
    view.setModel(proxy)
    view.setItemDelegate(AgendaDelegate(host, view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    return view
