"""The discussion view: one objective across the whole screen, for the room to talk it through.

Opened from the Results tab (Enter or a double-click on a row, or **Discuss
One by One**), full screen on the screen the window is on: the projector, in a
room. It shows the objective's number and whole title, its votes as a bar and
in words, the mean and the consensus, the members' comments when votes are
shown by name, and the board's decision, which one key records (1-4 or H, M,
L, D, as on the Decisions tab). Next and previous walk the objectives in the
Results tab's order, or only those flagged ⚑ Discuss (F). Esc goes back.

What it shows is the Results tab's own table (``RankingTable``): a vote, a
decision or a retitled objective shows here as it shows there.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner_gui import APP_NAME
from planner_gui.core.errors import PlanError
from planner_gui.core.results import ObjectiveResult
from planner_gui.core.tally import CONTESTED_BELOW
from planner_gui.ui import dialogs, icons, numbers, words
from planner_gui.ui.open_plan import OpenPlan
from planner_gui.ui.pages.ranking.ballot_booth import show_full_screen_on
from planner_gui.ui.pages.ranking.ranking_table import RankingTable
from planner_gui.ui.pages.ranking.results_columns import decision_command, decision_keys, discuss_text
from planner_gui.ui.presentation import scale_text
from planner_gui.ui.widgets.distribution import DistributionBar, distribution_text
from planner_gui.ui.widgets.names import named
from planner_gui.ui.widgets.palette import OKABE_ITO, PRIORITY_COLORS, text_color_on

NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_N)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_P)
FLAG_STYLE = f"background: {OKABE_ITO['yellow']}; color: black; border-radius: 6px; padding: 2px 10px;"


def chip_style(priority: str | None) -> str:
    if priority is None:
        return "border: 2px dashed #8A9AA3; border-radius: 8px; padding: 2px 12px; color: #44535C;"
    color = PRIORITY_COLORS[priority]
    return f"background: {color}; color: {text_color_on(color).name()}; border-radius: 8px; padding: 2px 12px;"


class DiscussionView(QWidget):
    """One objective at a time, full screen; see the module's words."""

    closed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Discussion — {program}").format(program=APP_NAME))
        self.setAccessibleName(self.tr("Discussion view"))
        self.plan: OpenPlan | None = None
        self.table: RankingTable | None = None
        self.order: list[int] = []  # the objectives' ids, in the Results tab's order
        self.objective_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 48, 24)
        layout.setSpacing(14)
        top = QHBoxLayout()
        self.where = scale_text(QLabel(), 1.2)
        self.where.setAccessibleName(self.tr("Which objective"))
        self.flag = scale_text(QLabel(discuss_text()), 1.2, bold=True)
        self.flag.setStyleSheet(FLAG_STYLE)
        self.only_flagged = QCheckBox(self.tr("Only {flag}").format(flag=discuss_text()))
        self.only_flagged.setToolTip(self.tr("Walk only the objectives the board is split on (F)"))
        self.only_flagged.toggled.connect(self._only_flagged_toggled)
        self.back_button = QPushButton(icons.icon("previous"), self.tr("Back to the Results (Esc)"))
        self.back_button.clicked.connect(self.close)
        for widget in (self.where, self.flag):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.only_flagged)
        top.addWidget(self.back_button)
        layout.addLayout(top)
        self.number = scale_text(named(QLabel(), "stepTitle"), 2.4, bold=True)
        self.title = scale_text(QLabel(), 2.0)
        self.title.setWordWrap(True)
        self.title.setAccessibleName(self.tr("Objective"))
        self.bar = scale_text(DistributionBar(), 1.5)
        self.counts = scale_text(QLabel(), 1.4)
        self.measures = scale_text(QLabel(), 1.4)
        self.hidden_note = scale_text(QLabel(self.tr("The votes are hidden until the facilitator reveals them.")), 1.4)
        self.comments = scale_text(QLabel(), 1.1)
        self.comments.setWordWrap(True)
        self.comments.setTextFormat(Qt.TextFormat.RichText)
        self.comments.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        for shown in (self.number, self.title, self.bar, self.counts, self.measures, self.hidden_note):
            layout.addWidget(shown)
        layout.addWidget(self.comments)
        layout.addStretch(1)
        decision = QHBoxLayout()
        decision.addWidget(scale_text(QLabel(self.tr("The board's decision:")), 1.4))
        self.decision = scale_text(QLabel(), 1.4, bold=True)
        self.decision.setAccessibleName(self.tr("The board's decision"))
        decision.addWidget(self.decision)
        decision.addStretch(1)
        layout.addLayout(decision)
        below = QHBoxLayout()
        self.previous_button = QPushButton(icons.icon("previous"), self.tr("Previous"))
        self.next_button = QPushButton(icons.icon("next"), self.tr("Next"))
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        for button in (self.previous_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the view
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        h, m, low, d = tuple(words.priority_letters())
        hint = QLabel(
            self.tr(
                "1 or {h} high · 2 or {m} medium · 3 or {l} low · 4 or {d} dropped · ← → previous, next · "
                "F only {flag} · Esc back"
            ).format(h=h, m=m, l=low, d=d, flag=discuss_text())
        )
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(hint)
        below.addWidget(self.previous_button)
        below.addStretch(1)
        below.addWidget(self.next_button)
        layout.addLayout(below)

    # ------------------------------------------------------------ opening
    def open(self, plan: OpenPlan, table: RankingTable, order: list[int], objective_id: int) -> None:
        """Show ``objective_id`` full screen on the window's screen; walk ``order`` from it."""
        if self.table is not None and self.table is not table:
            self._disconnect()
        self.plan, self.order = plan, list(order)
        if self.table is not table:
            self.table = table
            table.dataChanged.connect(self._data_changed)
            table.modelReset.connect(self._rows_changed)
            table.rowsRemoved.connect(self._rows_changed)
        self.objective_id = objective_id
        owner = self.parentWidget()
        if owner is not None:  # a key pressed by mistake is taken back here too: the window's Undo and Redo
            self.addActions(
                [a for a in (getattr(owner.window(), n, None) for n in ("undo_action", "redo_action")) if a]
            )
        show_full_screen_on(self, owner.window().screen() if owner is not None else self.screen())
        self.raise_()
        self.activateWindow()
        self.setFocus()
        self.show_current()

    def _disconnect(self) -> None:
        assert self.table is not None
        for signal, slot in (
            (self.table.dataChanged, self._data_changed),
            (self.table.modelReset, self._rows_changed),
            (self.table.rowsRemoved, self._rows_changed),
        ):
            signal.disconnect(slot)
        self.table = None

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.table is not None:
            self._disconnect()
        super().closeEvent(event)
        self.closed.emit()

    # ------------------------------------------------------------ walking
    def walked(self) -> list[int]:
        """The objectives next and previous go through: all of them, or those flagged only."""
        if not self.only_flagged.isChecked() or not self._revealed():  # hidden results flag nothing
            return self.order
        return [i for i in self.order if (r := self.result_of(i)) is not None and r.tally.contested]

    def result_of(self, objective_id: int) -> ObjectiveResult | None:
        table = self.table
        row = table.row_of(objective_id) if table is not None else -1
        return table.result(row) if table is not None and row >= 0 else None

    def step(self, delta: int) -> None:
        walked = self.walked()
        if not walked:
            return
        if self.objective_id in walked:
            position = walked.index(self.objective_id) + delta
        else:  # the one shown is not flagged: the next flagged one after it in the order
            after = self.order.index(self.objective_id) if self.objective_id in self.order else -1
            later = [i for i in walked if self.order.index(i) > after]
            position = walked.index(later[0]) if later and delta > 0 else len(walked) - 1 if delta < 0 else 0
        self.objective_id = walked[max(0, min(position, len(walked) - 1))]
        self.show_current()

    def _only_flagged_toggled(self, on: bool) -> None:
        if on and not self.walked():
            self.only_flagged.setChecked(False)
            dialogs.inform(
                self,
                self.tr("Nothing flagged"),
                self.tr("No objective is flagged {flag}: the board is agreed.").format(flag=discuss_text()),
            )
            return
        if on and self.objective_id not in self.walked():
            self.step(1)
        self.show_current()

    def _data_changed(self, top: QModelIndex, bottom: QModelIndex, *_roles: object) -> None:
        """Show again only when the objective on screen is among the rows changed: a new tally repaints every row
        (and may change which are flagged), a decision on another objective changes nothing shown here."""
        row = self.table.row_of(self.objective_id) if self.table is not None and self.objective_id is not None else -1
        if row < 0 or top.row() <= row <= bottom.row():
            self.show_current()

    def _rows_changed(self, *_args: object) -> None:
        if self.table is not None:
            ids = self.table.ids()
            self.order = [i for i in self.order if i in ids] + [i for i in ids if i not in self.order]
        if self.objective_id not in self.order:
            self.objective_id = self.order[0] if self.order else None
        self.show_current()

    # ------------------------------------------------------------ showing
    def show_current(self, *_args: object) -> None:
        result = self.result_of(self.objective_id) if self.objective_id is not None else None
        if result is None:
            self.close()
            return
        objective, tally = result.objective, result.tally
        revealed = self._revealed()
        if not revealed and self.only_flagged.isChecked():  # which objectives are split says how they voted
            self.only_flagged.blockSignals(True)
            self.only_flagged.setChecked(False)
            self.only_flagged.blockSignals(False)
        self.only_flagged.setEnabled(revealed)
        walked = self.walked()
        place = walked.index(objective.id) + 1 if objective.id in walked else 0
        of = self.tr("{place} of {all}").format(place=place, all=len(walked))
        of += f" {discuss_text()}" if self.only_flagged.isChecked() else ""
        not_flagged = self.tr("{flag} only: this one is not flagged").format(flag=discuss_text())
        self.where.setText(of if place else not_flagged)
        self.flag.setVisible(revealed and tally.contested)
        self.number.setText(words.objective_label(objective.number))
        self.title.setText(objective.title)
        self.hidden_note.setVisible(not revealed)
        for widget in (self.bar, self.counts, self.measures):
            widget.setVisible(revealed)
        self.bar.set_counts(tally.counts if revealed and tally.total else ())
        self.counts.setText(distribution_text(tally.counts) if tally.total else self.tr("No votes on this objective"))
        mean = numbers.decimal(tally.mean, 1) if tally.mean is not None else "—"
        consensus = numbers.decimal(tally.consensus, 2) if tally.consensus is not None else "—"
        self.measures.setText(
            self.tr("Mean {mean} (high 3 … dropped 0) · Consensus {consensus} (below {threshold}: split)").format(
                mean=mean, consensus=consensus, threshold=numbers.decimal(CONTESTED_BELOW, 2)
            )
        )
        by_name = self.plan is not None and self.plan.doc.plan.votes_by_name  # the room agreed to see names
        self.comments.setText(self._comments_html(result) if revealed and by_name else "")
        self.comments.setVisible(bool(self.comments.text()))
        decided = objective.priority
        self.decision.setText(words.priority_name(decided) if decided else self.tr("Not decided yet"))
        self.decision.setStyleSheet(chip_style(decided))
        self.previous_button.setEnabled(place > 1 or not place)
        self.next_button.setEnabled(0 < place < len(walked) or not place)

    def _revealed(self) -> bool:
        return self.plan is not None and self.plan.doc.plan.results_revealed

    def _comments_html(self, result: ObjectiveResult) -> str:
        if self.plan is None:
            return ""
        try:
            names = {m.id: m.name for m in self.plan.doc.ranking.members()}
        except PlanError:
            return ""
        lines = [
            f"<b>{html.escape(names.get(member_id, self.tr('A member')))}</b> "
            f"({words.priority_name(result.by_member.get(member_id)) or '—'}): {html.escape(comment)}"
            for member_id, comment in result.comments.items()
            if comment.strip()
        ]
        return "<br>".join(lines)

    # ------------------------------------------------------------- keys
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.NoModifier:
            super().keyPressEvent(event)
        elif key == Qt.Key.Key_Escape:
            self.close()
        elif key in (keys := decision_keys()):
            self.decide(keys[key])
        elif key in NEXT_KEYS:
            self.step(1)
        elif key in PREVIOUS_KEYS:
            self.step(-1)
        elif key == Qt.Key.Key_Home:
            self.step(-len(self.order))
        elif key == Qt.Key.Key_End:
            self.step(len(self.order))
        elif key == Qt.Key.Key_F:
            if self.only_flagged.isEnabled():  # (not while the results are hidden)
                self.only_flagged.toggle()
        else:
            super().keyPressEvent(event)

    def decide(self, priority: str) -> None:
        """Record the board's decision on the objective shown (one undo step); the room stays on it."""
        if self.plan is None or self.plan.read_only or self.objective_id is None:
            return
        command = decision_command(self.plan, self.objective_id, priority)
        if command is not None:
            self.plan.push(command, self)
