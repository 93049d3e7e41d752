"""Casting ballots in turn on the facilitator's laptop, and the spreadsheet route for the others.

A member picks their name and sees an empty ballot of their own (never anyone else's votes, nor their
own earlier ones), set by keyboard (see HINT; Esc discards) or with the buttons under the table. A
submitted ballot is recorded whole (one undo step) and hidden at once from the next member.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner_gui.core.errors import PlanError
from planner_gui.core.events import BallotEvent, Event, GoalEvent, MemberEvent, ObjectiveEvent, PlanEvent
from planner_gui.core.model_ranking import PRIORITIES, Member
from planner_gui.core.ranking import BallotRefused
from planner_gui.ui import dialogs, icons
from planner_gui.ui.commands import BallotsRefused, CastBallots, SetRankingOptions
from planner_gui.ui.models.voters import MEMBER_ID_ROLE, VotersModel
from planner_gui.ui.open_plan import Listening, OpenPlan
from planner_gui.ui.pages.ranking import ballot_files
from planner_gui.ui.pages.ranking.ballot_model import COMMENT, PRIORITY, TITLE, BallotModel
from planner_gui.ui.widgets.chips import ChipDelegate
from planner_gui.ui.widgets.fitted import fit_view
from planner_gui.ui.widgets.palette import OKABE_ITO, PRIORITY_COLORS
from planner_gui.ui.widgets.when_shown import WhenShown

KEYS = {Qt.Key(ord(c)): p for n, p in enumerate(PRIORITIES, start=1) for c in (str(n), p[0].upper())}
CLEAR_KEYS = (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
SUBMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
ENDS = (Qt.Key.Key_Home, Qt.Key.Key_End)
WARNING = f"color: {OKABE_ITO['vermilion']}; font-weight: 600;"
NO_VOTERS = "No voting members yet: add the board's members on the Members tab."
HINT = "↑↓ move · 1 or H high · 2 or M medium · 3 or L low · 4 or D dropped · 0 clear · F2 comment · Ctrl+Enter submit"


def chip_icon(color: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def make_button(icon: QIcon, text: str, slot: Callable[[], Any], tip: str = "", primary: bool = False) -> QPushButton:
    button = QPushButton(icon, text)
    button.setToolTip(tip)
    button.setProperty("primary", primary)
    button.clicked.connect(lambda _checked=False: slot())
    return button


def row_of(*items: QWidget | None, stretch: int | None = None) -> QHBoxLayout:
    """Widgets side by side; None leaves the rest of the width empty."""
    row = QHBoxLayout()
    for number, item in enumerate(items):
        row.addStretch(1) if item is None else row.addWidget(item, 1 if number == stretch else 0)
    return row


class BallotTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: OpenPlan | None = None
        self.member_id: int | None = None  # whose ballot is on screen
        self.member_name = ""
        self.refreshing = WhenShown(self, self._refresh)
        self.voters = VotersModel(self)  # who has voted, never how
        self._listening: Listening | None = None
        self.replacing = False  # the member agreed to replace their earlier ballot
        self.ballot = BallotModel(self)
        cap_label = QLabel("Cap on “high” per ballot:")
        self.cap = QSpinBox()
        self.cap.setSpecialValueText("no cap")
        self.cap.setKeyboardTracking(False)  # a typed number counts on Enter or on leaving the box
        self.cap.setAccessibleName("Cap on high priorities")
        self.cap.setToolTip("Resources are limited: the most objectives one ballot may rank high (0: no cap)")
        cap_label.setBuddy(self.cap)
        self.cap.valueChanged.connect(self._cap_changed)
        write, read = ballot_files.write_workbooks, ballot_files.import_workbooks
        tip = "One workbook per voting member, to fill in Excel or LibreOffice"
        self.write_button = make_button(
            icons.icon("workbook-out"), "Write ballot workbooks…", lambda: write(self.plan, self), tip
        )
        tip = "Read filled-in ballot workbooks into the plan"
        self.import_button = make_button(
            icons.icon("workbook-in"), "Import ballots…", lambda: read(self.plan, self), tip
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_picker())
        self.stack.addWidget(self._build_ballot())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(row_of(cap_label, self.cap, None, self.write_button, self.import_button))
        layout.addWidget(self.stack, 1)

    def _build_picker(self) -> QWidget:
        self.thanks = QLabel()
        self.thanks.setAccessibleName("Ballot recorded")
        self.progress = QLabel()
        self.progress.setAccessibleName("Who has voted")
        self.members = QListView()
        self.members.setAccessibleName("Members who vote")
        self.members.setModel(self.voters)
        self.members.activated.connect(lambda _index: self.start_ballot())
        self.members.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.start_button = make_button(icons.icon("ballot", "white"), "&Start my ballot", self.start_ballot, "", True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        heading = QLabel("<b>Next member: pick your name</b> (Enter or double-click), and vote on your own.")
        for label in (self.thanks, heading, self.progress):
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(self.members, 1)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _build_ballot(self) -> QWidget:
        self.ballot_title, self.counter, hint = QLabel(), QLabel(), QLabel(HINT)
        self.ballot_title.setObjectName("sectionLabel")
        self.counter.setAccessibleName("High priorities on this ballot")
        hint.setWordWrap(True)
        self.view = QTableView()
        self.view.setAccessibleName("My ballot")
        self.view.setModel(self.ballot)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        triggers = QAbstractItemView.EditTrigger
        self.view.setEditTriggers(triggers.EditKeyPressed | triggers.DoubleClicked | triggers.SelectedClicked)
        self.view.setItemDelegateForColumn(PRIORITY, ChipDelegate(PRIORITY_COLORS, self.view))
        chars = {0: 5, PRIORITY: 10, COMMENT: 24}  # in presentation mode the title gets the comment's room
        self.fitted = fit_view(self.view, title=TITLE, chars=chars, wall=chars | {COMMENT: 14})
        self.view.installEventFilter(self)
        self.ballot.dataChanged.connect(lambda *_: self._show_counter())
        self.priority_buttons: dict[str | None, QPushButton] = {}
        for number, priority in enumerate((*PRIORITIES, None), start=1):
            icon = chip_icon(PRIORITY_COLORS[priority]) if priority else icons.icon("discard")
            text = f"{number}  {priority.capitalize()}" if priority else "0  Clear"
            button = make_button(icon, text, lambda p=priority: self.set_current_priority(p))  # type: ignore[misc]
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays on the ballot
            self.priority_buttons[priority] = button
        tip = "Record this ballot (Ctrl+Enter)"
        self.submit_button = make_button(icons.icon("submit", "white"), "&Submit my ballot", self.submit, tip, True)
        tip = "Leave without recording anything (Esc)"
        self.discard_button = make_button(icons.icon("discard"), "Discard", self.discard, tip)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(row_of(self.ballot_title, self.counter, stretch=0))
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(row_of(QLabel("Set the selected objective:"), *self.priority_buttons.values(), None))
        layout.addLayout(row_of(self.submit_button, self.discard_button, None))
        action = QAction(page)  # also while typing a comment
        action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(self.submit)
        page.addAction(action)
        return page

    # ---------------------------------------------------------------- plan
    def set_plan(self, plan: OpenPlan | None) -> None:
        if self._listening is not None:
            self._listening.cancel()
        self.plan = plan
        self._abandon()
        self.thanks.setText("")
        self.voters.set_plan(plan)
        watched = (MemberEvent, BallotEvent, ObjectiveEvent, GoalEvent, PlanEvent)  # after the voters' list
        self._listening = plan.listen(self, self._on_change, *watched) if plan is not None else None
        self._refresh()

    def _voter(self, member_id: int) -> Member | None:
        voters = self.plan.doc.ranking.members(voting_only=True) if self.plan is not None else []
        return next((m for m in voters if m.id == member_id), None)

    def _on_change(self, event: Event) -> None:
        if self.member_id is not None and not isinstance(event, PlanEvent):
            member = self._voter(self.member_id)
            if member is None:  # deleted, or no longer votes: their unsubmitted ballot goes
                name = self.member_name
                self._abandon()
                self.thanks.setText(f"{name}'s ballot was closed unrecorded: {name} is no longer a voting member.")
            else:
                self.member_name = member.name
                self.ballot_title.setText(f"Ballot of {member.name}")
                if isinstance(event, ObjectiveEvent | GoalEvent):
                    self._reload_objectives()
        self.refreshing.request()  # now if on screen, else when next shown

    def _reload_objectives(self) -> None:
        """The plan's objectives changed under an open ballot: keep the choices and the current row."""
        assert self.plan is not None
        row = self.view.currentIndex().row()
        current = self.ballot.objectives[row][0] if 0 <= row < self.ballot.rowCount() else None
        self.ballot.refresh_objectives(self.plan.doc.ranking.ballot_objectives())
        ids = [oid for oid, _, _ in self.ballot.objectives]
        if ids:
            at = ids.index(current) if current in ids else min(max(row, 0), len(ids) - 1)
            self.view.setCurrentIndex(self.ballot.index(at, PRIORITY))

    def selected_member(self) -> int | None:
        index = self.members.currentIndex()
        return index.data(MEMBER_ID_ROLE) if index.isValid() else None

    def select_member(self, member_id: int) -> None:
        row = self.voters.row_of(member_id)
        if row >= 0:
            self.members.setCurrentIndex(self.voters.index(row))

    def _refresh(self) -> None:
        """Re-read the cap, and say who has voted (never how) from the voters' model."""
        self.progress.setText("")
        if self.plan is not None:
            with QSignalBlocker(self.cap):
                self.cap.setValue(self.plan.doc.plan.high_cap or 0)
            voters = self.voters.voters
            if not self.members.currentIndex().isValid() and voters:
                self.members.setCurrentIndex(self.voters.index(0))
            waiting = ", ".join(v.name for v in self.voters.waiting())
            text = f"{len(self.voters.voted())} of {len(voters)} have voted. Still to vote: {waiting}."
            self.progress.setText(text.replace(" Still to vote: .", "") if voters else NO_VOTERS)
        self._enable()
        self._show_counter()

    def _enable(self) -> None:
        writable = self.plan is not None and not self.plan.read_only
        for widget in (self.cap, self.write_button, self.import_button):  # they wait while a member votes
            widget.setEnabled(writable and self.member_id is None)
        self.members.setEnabled(writable)
        self.start_button.setEnabled(writable and self.selected_member() is not None)

    # --------------------------------------------------------------- ballot
    def start_ballot(self) -> None:
        selected = self.selected_member()
        member = self._voter(selected) if selected is not None else None
        if self.plan is None or self.plan.read_only or member is None:
            return
        replacing = self.plan.doc.ranking.ballot(member.id) is not None
        if replacing and not dialogs.ask_yes_no(
            self,
            f"{member.name} has voted already",
            f"Replace {member.name}'s ballot? Their earlier choices are not shown: they vote again from "
            "an empty ballot, and the new one replaces the old one when submitted.",
            yes="Vote again",
        ):
            return
        self.member_id, self.member_name, self.replacing = member.id, member.name, replacing
        self.thanks.setText("")
        self.ballot.start(self.plan.doc.ranking.ballot_objectives())
        self.ballot_title.setText(f"Ballot of {member.name}")
        self.stack.setCurrentIndex(1)
        self._enable()
        self._show_counter()
        self.view.setFocus()
        if self.ballot.rowCount():
            self.view.setCurrentIndex(self.ballot.index(0, PRIORITY))

    def set_current_priority(self, priority: str | None) -> None:
        """Set the current objective's priority (None clears it); a priority set moves to the next one."""
        row = self.view.currentIndex().row()
        if self.member_id is None or not 0 <= row < self.ballot.rowCount():
            return
        self.ballot.set_priority(row, priority)
        if priority is not None and row + 1 < self.ballot.rowCount():
            row += 1
        self.view.setCurrentIndex(self.ballot.index(row, PRIORITY))
        self.view.setFocus()

    def _close_editor(self) -> None:
        """Keep a comment still being typed: commit the open editor before reading the ballot."""
        editor = self.view.focusWidget()  # the editor, even in a window not active
        if self.view.state() == QAbstractItemView.State.EditingState and editor and self.view.isAncestorOf(editor):
            self.view.commitData(editor)
            self.view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def submit(self) -> None:
        if self.plan is None or self.member_id is None:
            return
        self._close_editor()
        member_id, name, choices = self.member_id, self.member_name, self.ballot.choices()
        blanks = self.ballot.blanks()
        if (
            blanks
            and self.ballot.count_set()
            and not dialogs.ask_yes_no(
                self,
                "Some objectives have no priority",
                f"{blanks} objective{'s have' if blanks != 1 else ' has'} no priority. Submit anyway, "
                f"abstaining on {'them' if blanks != 1 else 'it'}?",
                yes="Submit",
                no="Go back",
            )
        ):
            return
        if not self._cast(member_id, name, choices, replace=self.replacing):
            return  # refused: the ballot stays on screen to be corrected
        self._abandon()
        self.thanks.setText(f"Thank you, {name}: your ballot is recorded, and hidden from the screen.")
        waiting = self.voters.waiting()
        if waiting:  # offer the first member who has not voted yet
            self.select_member(waiting[0].member_id)
        self.members.setFocus()

    def _cast(self, member_id: int, name: str, choices: dict[int, tuple[str | None, str]], *, replace: bool) -> bool:
        """Record the ballot through the one call every door uses; say why if the plan's rules refuse it."""
        assert self.plan is not None
        command = CastBallots(self.plan, [(member_id, choices)], f"Ballot of {name}", source="laptop", replace=replace)
        try:
            self.plan.apply(command)
        except BallotsRefused as refused:
            [result] = refused.results
            assert isinstance(result, BallotRefused)
            if result.already_voted:  # one appeared meanwhile (undo, an import)
                again = f"A ballot of {name} was recorded meanwhile. Replace it?"
                if dialogs.ask_yes_no(self, f"{name} has a ballot already", again):
                    return self._cast(member_id, name, choices, replace=True)
                return False
            dialogs.show_error(self, "This ballot is not recorded yet", "\n".join(result.problems))
            return False
        except PlanError as error:
            dialogs.show_error(self, "That change was not made", str(error))
            return False
        return True

    def discard(self) -> None:
        if self.member_id is None:
            return
        self._close_editor()
        if self.ballot.touched() and not dialogs.ask_yes_no(
            self,
            "Discard this ballot?",
            f"Nothing of the choices on {self.member_name}'s ballot will be recorded.",
            yes="Discard",
            no="Go back",
        ):
            return
        self._abandon()
        self.members.setFocus()

    def _abandon(self) -> None:
        """Off the screen, unrecorded: back to the list of names."""
        self.member_id, self.member_name, self.replacing = None, "", False
        self.ballot.clear()
        self.ballot_title.setText("")
        self.stack.setCurrentIndex(0)
        self._enable()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        editing = self.view.state() == QAbstractItemView.State.EditingState
        if watched is self.view and event.type() == QEvent.Type.KeyPress and not editing:
            assert isinstance(event, QKeyEvent)
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
            key, row = Qt.Key(event.key()), self.view.currentIndex().row()
            if key in SUBMIT_KEYS and modifiers == Qt.KeyboardModifier.ControlModifier:
                self.submit()
            elif plain and key == Qt.Key.Key_Escape:
                self.discard()
            elif plain and row >= 0 and (key in KEYS or key in CLEAR_KEYS):
                self.set_current_priority(KEYS.get(key))
            elif plain and key in ENDS and self.ballot.rowCount():  # first or last objective
                self.view.setCurrentIndex(self.ballot.index((self.ballot.rowCount() - 1) * ENDS.index(key), PRIORITY))
            elif plain and row >= 0 and key == Qt.Key.Key_F2:
                self.view.setCurrentIndex(self.ballot.index(row, COMMENT))
                self.view.edit(self.ballot.index(row, COMMENT))
            else:
                return super().eventFilter(watched, event)
            return True
        return super().eventFilter(watched, event)

    def _show_counter(self) -> None:
        cap = self.plan.doc.plan.high_cap if self.plan is not None else None
        highs = self.ballot.count("high")
        over = cap is not None and highs > cap
        text = f"High: {highs}" + (f" of at most {cap}" if cap else "")
        self.counter.setText(text + (f" — too many: move {highs - (cap or 0)} to medium or low" if over else ""))
        self.counter.setProperty("over", over)
        self.counter.setStyleSheet(WARNING if over else "")

    def _cap_changed(self, value: int) -> None:
        if self.plan is None or self.plan.read_only:
            return
        old, new = self.plan.doc.plan.high_cap, (value or None)
        if old != new:
            command = SetRankingOptions(self.plan, {"high_cap": old}, {"high_cap": new}, "Set the cap on high")
            self.plan.push(command, self)
        self._refresh()  # what the plan holds, refused or not
