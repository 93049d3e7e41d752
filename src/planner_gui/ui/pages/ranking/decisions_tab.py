"""The board's decision on every objective, beside the room's vote, with the reasons.

Keys on the table: 1–4 or H/M/L/D decide the selected objective (then the
next row is selected, so the room can go down the list); F2 edits a cell.
The rationale of the selected objective is edited below the table.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner_gui.core.events import Event
from planner_gui.core.model_ranking import DROP_KINDS, PRIORITIES
from planner_gui.ui.commands import SetDecision
from planner_gui.ui.open_plan import OpenPlan
from planner_gui.ui.pages.ranking.ranking_table import (
    OBJECTIVE_ID_ROLE,
    RankingTable,
    TabColumns,
    TabTable,
    objective_label,
)
from planner_gui.ui.pages.ranking.results_columns import DECISIONS, SharedRanking, shared_or_own
from planner_gui.ui.widgets.chips import ChipDelegate
from planner_gui.ui.widgets.combo_delegate import ComboDelegate
from planner_gui.ui.widgets.fields import PlanTextEdit
from planner_gui.ui.widgets.names import named
from planner_gui.ui.widgets.palette import PRIORITY_COLORS

NUMBER, TITLE, VOTE, DECISION, REASON, RELATED = range(6)
KEYS = {
    Qt.Key.Key_1: "high",
    Qt.Key.Key_H: "high",
    Qt.Key.Key_2: "medium",
    Qt.Key.Key_M: "medium",
    Qt.Key.Key_3: "low",
    Qt.Key.Key_L: "low",
    Qt.Key.Key_4: "dropped",
    Qt.Key.Key_D: "dropped",
}


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
        self.summary.setAccessibleName("Decisions so far")
        layout.addWidget(self.summary)
        hint = named(
            QLabel(
                "Select an objective and press 1–4 (or H, M, L, D) to record the board's decision; "
                "double-click a reason or a linked objective to set it.",
            ),
            "hint",
        )
        hint.setWordWrap(True)
        hint_row = QHBoxLayout()
        hint_row.addWidget(hint, 1)
        self.strategy_button = QPushButton("&Strategy…")
        self.strategy_button.setToolTip("Go to the strategy serving the selected objective, or draft one")
        self.strategy_button.clicked.connect(self._strategy_clicked)
        hint_row.addWidget(self.strategy_button)
        layout.addLayout(hint_row)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.view = QTableView()
        self.view.setAccessibleName("Decisions")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.view.installEventFilter(self)
        self.chips = ChipDelegate(PRIORITY_COLORS, self.view)
        self.view.setItemDelegateForColumn(DECISION, self.chips)
        self.reasons = ComboDelegate(
            lambda _i: [("(no reason given)", None), *[(k.capitalize(), k) for k in DROP_KINDS]]
        )
        self.view.setItemDelegateForColumn(REASON, self.reasons)
        self.targets = ComboDelegate(self._target_choices)
        self.view.setItemDelegateForColumn(RELATED, self.targets)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table = TabTable(
            self,
            self.view,
            self.proxy,
            self.shared,
            widths={NUMBER: 5, VOTE: 16, DECISION: 10, REASON: 18, RELATED: 10},
            current_column=DECISION,
            on_event=self._on_change,
            made=self._refresh,
        )
        splitter.addWidget(self.view)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 4, 0, 0)
        self.rationale_label = named(QLabel("&Rationale"), "sectionLabel")
        self.rationale = PlanTextEdit()
        self.rationale.setAccessibleName("Rationale")
        self.rationale.setPlaceholderText("Why the board decided so: what was said in the room.")
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
        choices: list[tuple[str, Any]] = [("(none)", None)]
        for result in self.model.results:
            if result.objective.id != own:
                choices.append((f"{objective_label(result)}  {result.objective.title[:50]}", result.objective.id))
        return choices

    # -------------------------------------------------------------- edits
    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(OBJECTIVE_ID_ROLE) if index.isValid() else None

    def decide(self, priority: str) -> None:
        """Record the board's decision on the selected objective, then go to the next one."""
        objective_id = self.current_id()
        if self.plan is None or self.plan.read_only or objective_id is None:
            return
        objective = self.plan.doc.structure.objective(objective_id)
        if objective.priority != priority:
            old, new = {"priority": objective.priority}, {"priority": priority}
            text = f"Decide {priority} for Obj. {objective.number}"
            self.plan.push(SetDecision(self.plan, objective_id, old, new, text), self)
        row = self.view.currentIndex().row()
        if row + 1 < self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(row + 1, DECISION))

    def _strategy_clicked(self) -> None:
        objective_id = self.current_id()
        if objective_id is not None:
            self.strategy_requested.emit(objective_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            priority = KEYS.get(Qt.Key(event.key()))
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
            f"Edit rationale of Obj. {objective.number}",
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
            self.rationale_label.setText(f"&Rationale for Obj. {objective.number}")
        self.rationale.set_value(text)
        self.rationale.setReadOnly(not editable)

    def _on_change(self, _event: Event) -> None:
        self._refresh()

    def _refresh(self) -> None:
        if self.plan is None:
            self.summary.setText("")
            self.rationale.set_value("")
            return
        counts = self.plan.doc.ranking.decision_counts()
        parts = [f"{counts[p]} {p}" for p in PRIORITIES]
        undecided = counts["undecided"]
        self.summary.setText(
            "Decided: " + " · ".join(parts) + (f" · <b>{undecided} still undecided</b>" if undecided else "")
        )
        self._show_rationale()
