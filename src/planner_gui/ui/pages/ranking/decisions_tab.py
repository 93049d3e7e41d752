"""The board's decision on every objective, beside the room's vote, with the reasons.

Keys on the table: 1–4 or H/M/L/D decide the current objective, then the
next row's decision is current, so the room can go down the list. Dropped (4
or D) opens the row's "Why dropped" list instead; once a reason is picked, the
objective it points to is asked for when the reason needs one, then the next
row is current. F2 or Enter opens the current cell's editor (a list opens
shown). The current cell is framed, its row tinted (``CellTableView``). The
rationale of the current objective is edited below the table.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from planner_gui.core.events import Event
from planner_gui.core.model_ranking import DROP_KINDS, PRIORITIES
from planner_gui.ui import words
from planner_gui.ui.commands import SetDecision
from planner_gui.ui.open_plan import OpenPlan
from planner_gui.ui.pages.ranking.ranking_table import (
    OBJECTIVE_ID_ROLE,
    RankingTable,
    TabColumns,
    TabTable,
    objective_label,
)
from planner_gui.ui.pages.ranking.results_columns import (
    DECISIONS,
    SharedRanking,
    decision_command,
    decision_keys,
    shared_or_own,
)
from planner_gui.ui.widgets.cell_table import CellTableView
from planner_gui.ui.widgets.chips import ChipDelegate, chip_chars
from planner_gui.ui.widgets.combo_delegate import ComboDelegate
from planner_gui.ui.widgets.fields import PlanTextEdit
from planner_gui.ui.widgets.names import named
from planner_gui.ui.widgets.palette import PRIORITY_COLORS

NUMBER, TITLE, VOTE, DECISION, REASON, RELATED = range(6)


class DecisionsTab(QWidget):
    strategy_requested = Signal(int)  # an objective's id: show (or draft) the strategy serving it

    def __init__(self, shared: SharedRanking | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shared, self._own_table = shared_or_own(shared, self)  # on the page: the page's; alone: its own
        self.plan: OpenPlan | None = None
        self.proxy = TabColumns(DECISIONS, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.summary = named(QLabel(), "summaryStrip")
        self.summary.setAccessibleName(self.tr("Decisions so far"))
        layout.addWidget(self.summary)
        h, m, low, d = tuple(words.priority_letters())
        hint = named(
            QLabel(
                self.tr(
                    "Press 1–4 (or {h}, {m}, {l}, {d}) to record the board's decision on the framed objective; the "
                    "next one is framed. After {d} (dropped), pick why from the list that opens. F2 or Enter changes "
                    "the framed cell; arrows move the frame."
                ).format(h=h, m=m, l=low, d=d),
            ),
            "hint",
        )
        hint.setWordWrap(True)
        hint_row = QHBoxLayout()
        hint_row.addWidget(hint, 1)
        self.strategy_button = QPushButton(self.tr("&Strategy…"))
        self.strategy_button.setToolTip(self.tr("Go to the strategy serving the selected objective, or draft one"))
        self.strategy_button.clicked.connect(self._strategy_clicked)
        hint_row.addWidget(self.strategy_button)
        layout.addLayout(hint_row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.view = CellTableView()  # one cell current and selected, framed; its row tinted
        self.view.setAccessibleName(self.tr("Decisions"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.installEventFilter(self)
        self.chips = ChipDelegate(PRIORITY_COLORS, self.view)
        self.view.setItemDelegateForColumn(DECISION, self.chips)
        self.reasons = ComboDelegate(
            lambda _i: [(self.tr("(no reason given)"), None), *[(words.label(k), k) for k in DROP_KINDS]],
            close_on_pick=True,
        )
        self.view.setItemDelegateForColumn(REASON, self.reasons)
        self.targets = ComboDelegate(self._target_choices, close_on_pick=True)
        self.view.setItemDelegateForColumn(RELATED, self.targets)
        self.reasons.picked.connect(self._reason_picked)
        self.targets.picked.connect(self._target_picked)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table = TabTable(
            self,
            self.view,
            self.proxy,
            self.shared,
            widths={NUMBER: 5, VOTE: 24, DECISION: chip_chars(PRIORITY_COLORS), REASON: 18, RELATED: 10},
            current_column=DECISION,
            on_event=self._on_change,
            made=self._refresh,
        )
        splitter.addWidget(self.view)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 4, 0, 0)
        self.rationale_label = named(QLabel(self.tr("&Rationale")), "sectionLabel")
        self.rationale = PlanTextEdit()
        self.rationale.setAccessibleName(self.tr("Rationale"))
        self.rationale.setPlaceholderText(self.tr("Why the board decided so: what was said in the room."))
        self.rationale_label.setBuddy(self.rationale)
        self.rationale.edited.connect(self._rationale_edited)
        below_layout.addWidget(self.rationale_label)
        below_layout.addWidget(self.rationale)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

    # ---------------------------------------------------------------- plan
    @property
    def model(self) -> RankingTable | None:
        return self.table.model

    def set_plan(self, plan: OpenPlan | None) -> None:
        self.plan = plan
        if self._own_table:
            self.shared.set_plan(plan)
        self.table.set_plan(plan)  # the table is joined when this tab is first shown
        self._refresh()

    def _target_choices(self, index: QModelIndex | QPersistentModelIndex) -> list[tuple[str, Any]]:
        if self.model is None:
            return []
        own = index.data(OBJECTIVE_ID_ROLE)
        choices: list[tuple[str, Any]] = [(self.tr("(none)"), None)]
        for result in self.model.results:
            if result.objective.id != own:
                choices.append((f"{objective_label(result)}  {result.objective.title[:50]}", result.objective.id))
        return choices

    # -------------------------------------------------------------- edits
    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(OBJECTIVE_ID_ROLE) if index.isValid() else None

    def decide(self, priority: str) -> None:
        """Record the board's decision on the current objective, then go to the next one.

        Dropped stays on the row and opens its "Why dropped" list: a dropped objective needs its reason.
        """
        objective_id = self.current_id()
        if self.plan is None or self.plan.read_only or objective_id is None:
            return
        command = decision_command(self.plan, objective_id, priority)
        if command is not None and not self.plan.push(command, self):
            return
        current = self.view.currentIndex()  # the same objective's row, wherever a sort put it
        if priority == "dropped":
            self.view.open_editor(current.siblingAtColumn(REASON))
        else:
            self._next_row(current.row())

    def _next_row(self, row: int) -> None:
        """The decision of the row after ``row`` becomes the current cell (the last row stays)."""
        row = min(row + 1, self.proxy.rowCount() - 1)
        if row >= 0:
            self.view.setCurrentIndex(self.proxy.index(row, DECISION))

    def _reason_picked(self, cell: QPersistentModelIndex) -> None:
        """A reason chosen: the objective it points to next, if it needs one; else the next row."""
        if not cell.isValid():
            return
        target = self.proxy.index(cell.row(), RELATED)
        if not (self.proxy.flags(target) & Qt.ItemFlag.ItemIsEditable and self.view.open_editor(target)):
            self._next_row(cell.row())

    def _target_picked(self, cell: QPersistentModelIndex) -> None:
        if cell.isValid():
            self._next_row(cell.row())

    def _strategy_clicked(self) -> None:
        objective_id = self.current_id()
        if objective_id is not None:
            self.strategy_requested.emit(objective_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            priority = decision_keys().get(Qt.Key(event.key()))
            if priority is not None and modifiers == Qt.KeyboardModifier.NoModifier:
                self.decide(priority)
                return True
        return super().eventFilter(watched, event)

    def _rationale_edited(self, text: str, session: object) -> None:
        objective_id = self.current_id()
        if self.plan is None or objective_id is None:
            return
        objective = self.plan.doc.structure.objective(objective_id)
        command = SetDecision(
            self.plan,
            objective_id,
            {"rationale": objective.rationale},
            {"rationale": text},
            self.tr("Edit rationale of Obj. {number}").format(number=objective.number),
            session,
        )
        if not self.plan.push(command, self):
            self._show_rationale()

    # ------------------------------------------------------------ updates
    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_rationale()

    def _show_rationale(self) -> None:
        objective_id = self.current_id()
        editable = self.plan is not None and not self.plan.read_only and objective_id is not None
        text = ""
        if self.plan is not None and objective_id is not None:
            objective = self.plan.doc.structure.objective(objective_id)
            text = objective.rationale
            self.rationale_label.setText(self.tr("&Rationale for Obj. {number}").format(number=objective.number))
        self.rationale.set_value(text)
        self.rationale.setReadOnly(not editable)

    def _on_change(self, _event: Event) -> None:
        self._refresh()

    def _refresh(self) -> None:
        if self.plan is None:
            self.summary.setText("")
            self.rationale.set_value("")
            return
        table = self.table.model
        if table is not None:  # what the table holds already: no query between the key and its frame
            counts = dict.fromkeys((*PRIORITIES, "undecided"), 0)
            for result in table.results:
                counts[result.objective.priority or "undecided"] += 1
        else:
            counts = self.plan.doc.ranking.decision_counts()
        said = self.tr("{count} {tier}", "a decision's count: 6 high")
        parts = " · ".join(said.format(count=counts[p], tier=words.priority_name(p).lower()) for p in PRIORITIES)
        undecided = counts["undecided"]
        text = self.tr("Decided: {counts}").format(counts=parts)
        if undecided:
            text += " · <b>" + self.tr("%n still undecided", "", undecided) + "</b>"
        self.summary.setText(text)
        self._show_rationale()
