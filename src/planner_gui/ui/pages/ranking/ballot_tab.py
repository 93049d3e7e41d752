"""Casting ballots in turn on the facilitator's laptop, and the spreadsheet route for the others.

A member picks their name and gets an empty ballot of their own (never anyone
else's votes, nor their own earlier ones) in the ballot's own window, full
screen on the laptop's screen (``ballot_booth.py``): with an extended
projector, the projector shows only a cover saying who is voting; with one
screen or a mirrored projector, the ballot waits behind a cover until the
member presses a key, and a cover comes back when it is submitted or
discarded. The main window meanwhile shows only who is voting.

A submitted ballot is recorded whole and for good: it is no undo step, so
whoever sits down next can't take it back (``ui/ballot_record.py``). Taking a
ballot back is the facilitator's action, named and asked first
(:meth:`BallotTab.take_back`); the member may then vote again.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QLabel, QListView, QMenu, QSpinBox, QStackedWidget, QVBoxLayout, QWidget

from planner_gui.core.errors import PlanError
from planner_gui.core.events import BallotEvent, Event, GoalEvent, MemberEvent, ObjectiveEvent, PlanEvent
from planner_gui.core.model_ranking import Member
from planner_gui.core.ranking import BallotRefused
from planner_gui.ui import ballot_record, dialogs, icons, settings
from planner_gui.ui.commands import SetRankingOptions
from planner_gui.ui.models.voters import MEMBER_ID_ROLE, VOTED_ROLE, VotersModel
from planner_gui.ui.open_plan import Listening, OpenPlan
from planner_gui.ui.pages.ranking import ballot_booth, ballot_files
from planner_gui.ui.pages.ranking.ballot_booth import FORM, START, BallotBooth, ScreenCovers, room_screens
from planner_gui.ui.pages.ranking.ballot_form import BallotForm, make_button, row_of
from planner_gui.ui.widgets.cover import Cover
from planner_gui.ui.widgets.when_shown import WhenShown


class BallotTab(QWidget):
    ballot_open_changed = Signal(bool)  # a member's ballot opened, or it is closed (recorded or not)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: OpenPlan | None = None
        self.prefs: settings.Settings | None = None  # None: the main window's
        self.member_id: int | None = None  # whose ballot is open
        self.member_name = ""
        self.replacing = False  # the member agreed to replace their earlier ballot
        self.private_screen = False  # the room sees only covers (an extended projector), not the laptop's screen
        self.refreshing = WhenShown(self, self._refresh)
        self.voters = VotersModel(self)  # who has voted, never how
        self._listening: Listening | None = None
        self.form = BallotForm()
        self.form.submit_requested.connect(self.submit)
        self.form.discard_requested.connect(self.discard)
        self.booth = BallotBooth(self.form, self)
        self.booth.start_requested.connect(lambda: self.booth.show_page(FORM))
        self.booth.back_requested.connect(self._hand_back)
        self.booth.close_requested.connect(self._booth_closing)
        self.covers = ScreenCovers(self)
        cap_label = QLabel(self.tr("Cap on “high” per ballot:"))
        self.cap = QSpinBox()
        self.cap.setSpecialValueText(self.tr("no cap"))
        self.cap.setKeyboardTracking(False)  # a typed number counts on Enter or on leaving the box
        self.cap.setAccessibleName(self.tr("Cap on high priorities"))
        self.cap.setToolTip(self.tr("Resources are limited: the most objectives one ballot may rank high (0: no cap)"))
        cap_label.setBuddy(self.cap)
        self.cap.valueChanged.connect(self._cap_changed)
        write, read = ballot_files.write_workbooks, ballot_files.import_workbooks
        tip = self.tr("One workbook per voting member, to fill in Excel or LibreOffice")
        self.write_button = make_button(
            icons.icon("workbook-out"), self.tr("Write ballot workbooks…"), lambda: write(self.plan, self), tip
        )
        tip = self.tr("Read filled-in ballot workbooks into the plan")
        self.import_button = make_button(
            icons.icon("workbook-in"), self.tr("Import ballots…"), lambda: read(self.plan, self), tip
        )
        self.voting = Cover(name=self.tr("A member is voting"))  # all the main window shows while a ballot is open
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_picker())
        self.stack.addWidget(self.voting)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(row_of(cap_label, self.cap, None, self.write_button, self.import_button))
        layout.addWidget(self.stack, 1)

    def _build_picker(self) -> QWidget:
        self.thanks = QLabel()
        self.thanks.setAccessibleName(self.tr("Ballot recorded"))
        self.progress = QLabel()
        self.progress.setAccessibleName(self.tr("Who has voted"))
        self.members = QListView()
        self.members.setAccessibleName(self.tr("Members who vote"))
        self.members.setModel(self.voters)
        self.members.activated.connect(lambda _index: self.start_ballot())
        self.members.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self.members.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.members.customContextMenuRequested.connect(self._context_menu)
        self.start_button = make_button(
            icons.icon("ballot", "white"), self.tr("&Start my ballot"), self.start_ballot, "", True
        )
        tip = self.tr(
            "The facilitator's action: remove the selected member's ballot (asked first), so they may vote again"
        )
        self.take_back_button = make_button(icons.icon("delete"), self.tr("Take Back a Ballot…"), self.take_back, tip)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        heading = QLabel(self.tr("<b>Next member: pick your name</b> (Enter or double-click), and vote on your own."))
        for label in (self.thanks, heading, self.progress):
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(self.members, 1)
        layout.addLayout(row_of(self.start_button, None, self.take_back_button))
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
                self.thanks.setText(
                    self.tr("{name}'s ballot was closed unrecorded: {name} is no longer a voting member.").format(
                        name=name
                    )
                )
            else:
                self.member_name = member.name
                self.form.set_name(member.name)
                if isinstance(event, ObjectiveEvent | GoalEvent) and self.plan is not None:
                    self.form.reload_objectives(self.plan.doc.ranking.ballot_objectives())
        if self.member_id is not None and self.plan is not None:  # the cap counts at once, even lowered by undo
            self.form.set_cap(self.plan.doc.plan.high_cap)
        self.refreshing.request()  # now if on screen, else when next shown

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
            text = self.tr("{voted} have voted.").format(voted=self.voted_count())
            if waiting:
                text += " " + self.tr("Still to vote: {names}.").format(names=waiting)
            no_voters = self.tr("No voting members yet: add the board's members on the Members tab.")
            self.progress.setText(text if voters else no_voters)
        self._enable()

    def voted_count(self) -> str:
        return self.tr("{voted} of {all}").format(voted=len(self.voters.voted()), all=len(self.voters.voters))

    def _enable(self) -> None:
        writable = self.plan is not None and not self.plan.read_only
        idle = writable and self.member_id is None  # the facilitator's controls wait while a member votes
        for widget in (self.cap, self.write_button, self.import_button):
            widget.setEnabled(idle)
        self.members.setEnabled(writable)
        self.start_button.setEnabled(idle and self.selected_member() is not None)
        self.take_back_button.setEnabled(idle and self.members.currentIndex().data(VOTED_ROLE) is True)
        self.take_back_button.setText(self._take_back_text())

    def _take_back_text(self) -> str:
        member = self._voter(self.selected_member() or -1)
        voted = member is not None and self.members.currentIndex().data(VOTED_ROLE) is True
        if voted and member:
            return self.tr("Take Back {name}'s Ballot…").format(name=member.name)
        return self.tr("Take Back a Ballot…")

    # --------------------------------------------------------------- ballot
    def _prefs(self) -> settings.Settings:
        found = self.prefs if self.prefs is not None else getattr(self.window(), "prefs", None)
        return found if isinstance(found, settings.Settings) else settings.Settings()

    def start_ballot(self) -> None:
        selected = self.selected_member()
        member = self._voter(selected) if selected is not None else None
        if self.plan is None or self.plan.read_only or member is None or self.member_id is not None:
            return
        if self.plan.doc.ranking.has_voted(member.id):  # whoever sits here can't undo another's vote
            dialogs.inform(
                self,
                self.tr("{name} has voted already").format(name=member.name),
                self.tr(
                    "{name}'s ballot is recorded. To let them vote again, the facilitator first takes "
                    "their ballot back (Take Back {name}'s Ballot…, beside the list of names); "
                    "their earlier choices are never shown."
                ).format(name=member.name),
            )
            return
        replacing = False
        self.private_screen = bool(room_screens())
        prefs = self._prefs()
        if not self.private_screen and not prefs.get(settings.SINGLE_SCREEN_NOTED):
            dialogs.inform(self, self.tr("The room can see this screen"), ballot_booth.one_screen_note())
            prefs.set(settings.SINGLE_SCREEN_NOTED, True)
            prefs.sync()
        self.member_id, self.member_name, self.replacing = member.id, member.name, replacing
        self.thanks.setText("")
        self.form.start(member.name, self.plan.doc.ranking.ballot_objectives(), self.plan.doc.plan.high_cap)
        heading = self.tr("{name} is voting").format(name=member.name)
        detail = self.tr("{voted} have voted").format(voted=self.voted_count())
        self.voting.set_text(
            heading, self.tr("{detail} · the ballot is open on the laptop's own screen").format(detail=detail)
        )
        self.stack.setCurrentWidget(self.voting)
        self._enable()
        self.covers.show(heading, detail)
        self.booth.start_cover.set_text(
            self.tr("{name}'s ballot").format(name=member.name),
            self.tr(
                "Only you should see this ballot.\n"
                "Facilitator: if the room sees this screen, blank the projector now.\n"
                "Then press Space or Enter, or click Start my ballot."
            ),
        )
        self.booth.open(FORM if self.private_screen else START)
        self.ballot_open_changed.emit(True)

    def submit(self) -> None:
        if self.plan is None or self.member_id is None or self.booth.page() != FORM:
            return
        self.form.close_editor()
        ballot = self.form.ballot
        member_id, name, choices = self.member_id, self.member_name, ballot.choices_kept()
        blanks, unkept = ballot.blanks(), ballot.unkept_comments()
        question = self.tr("%n objective(s) have no priority. Submit anyway, abstaining on them?", "", blanks)
        if unkept:  # a comment is kept with its priority only: say so before it goes
            question += "\n\n" + self.tr("%n comment(s) on objectives without a priority will not be kept.", "", unkept)
        title, go, back = self.tr("Some objectives have no priority"), self.tr("Submit"), self.tr("Go back")
        if blanks and ballot.count_set() and not dialogs.ask_yes_no(self.booth, title, question, yes=go, no=back):
            return
        if not self._cast(member_id, name, choices, replace=self.replacing):
            return  # refused: the ballot stays on screen to be corrected
        self._abandon(
            self.tr("Ballot received"),
            self.tr("Thank you, {name}. {hand_back}").format(name=name, hand_back=ballot_booth.hand_back()),
        )
        self.thanks.setText(
            self.tr("Thank you, {name}: your ballot is recorded, and hidden from the screen.").format(name=name)
        )
        waiting = self.voters.waiting()
        if waiting:  # offer the first member who has not voted yet
            self.select_member(waiting[0].member_id)

    def _cast(self, member_id: int, name: str, choices: dict[int, tuple[str | None, str]], *, replace: bool) -> bool:
        """Record the ballot through the one call every door uses; say why if the plan's rules refuse it."""
        assert self.plan is not None
        try:
            ballot_record.cast(self.plan, [(member_id, choices)], source="laptop", replace=replace)
        except ballot_record.BallotsRefused as refused:
            [result] = refused.results
            assert isinstance(result, BallotRefused)
            if result.already_voted:  # one appeared meanwhile (an import)
                again = self.tr("A ballot of {name} was recorded meanwhile. Replace it?").format(name=name)
                if dialogs.ask_yes_no(self.booth, self.tr("{name} has a ballot already").format(name=name), again):
                    return self._cast(member_id, name, choices, replace=True)
                return False
            dialogs.show_error(self.booth, self.tr("This ballot is not recorded yet"), "\n".join(result.problems))
            return False
        except PlanError as error:
            dialogs.show_error(self.booth, self.tr("That change was not made"), str(error))
            return False
        return True

    def discard(self) -> None:
        if self.member_id is None:
            return
        self.form.close_editor()
        if self.form.ballot.touched() and not dialogs.ask_yes_no(
            self.booth,
            self.tr("Discard this ballot?"),
            self.tr("Nothing of the choices on {name}'s ballot will be recorded.").format(name=self.member_name),
            yes=self.tr("Discard"),
            no=self.tr("Go back"),
        ):
            return
        self._abandon(
            self.tr("Nothing was recorded"),
            self.tr("{name}'s ballot was discarded. {hand_back}").format(
                name=self.member_name, hand_back=ballot_booth.hand_back()
            ),
        )

    def _booth_closing(self) -> None:
        """Esc before starting, or the booth's window closed: a ballot on the form is discarded (asked first)."""
        if self.booth.page() == FORM and self.member_id is not None:
            self.discard()
        elif self.booth.page() == START:
            self._abandon()
        else:
            self._hand_back()

    def _abandon(self, heading: str = "", detail: str = "") -> None:
        """Off the screen, unrecorded or recorded: the covers go; with one screen, one stays until handed back."""
        was_open = self.member_id is not None
        self.member_id, self.member_name, self.replacing = None, "", False
        self.form.clear()
        self.covers.hide()
        self.stack.setCurrentIndex(0)
        self._enable()
        if heading and not self.private_screen and self.booth.isVisible():
            self.booth.show_done(heading, detail)
        else:
            self._hand_back()
        if was_open:
            self.ballot_open_changed.emit(False)

    def _hand_back(self) -> None:
        """The laptop is the facilitator's again: the booth goes, the list of names comes back."""
        if self.booth.isVisible():
            self.booth.put_away()
            self.window().activateWindow()
            self.members.setFocus()

    # ------------------------------------------------------------ taking back
    def _context_menu(self, position: QPoint) -> None:
        index = self.members.indexAt(position)
        if not index.isValid():
            return
        self.members.setCurrentIndex(index)
        menu = QMenu(self)
        action = menu.addAction(icons.icon("delete"), self._take_back_text(), self.take_back)
        action.setEnabled(self.take_back_button.isEnabled())
        menu.exec(self.members.viewport().mapToGlobal(position))

    def take_back(self) -> None:
        """The facilitator takes the selected member's ballot back, asked first; nothing of it is shown."""
        selected = self.selected_member()
        member = self._voter(selected) if selected is not None else None
        if self.plan is None or self.plan.read_only or member is None or self.member_id is not None:
            return
        if member.id not in self.plan.doc.ranking.voted():
            return
        name = member.name
        if not dialogs.ask_yes_no(
            self,
            self.tr("Take back {name}'s ballot?").format(name=name),
            self.tr(
                "{name}'s ballot will be removed from the plan, unseen, and {name} may then vote again. "
                "This is not undone from the Edit menu."
            ).format(name=name),
            yes=self.tr("Take Back the Ballot"),
            no=self.tr("Keep It"),
        ):
            return
        try:
            ballot_record.take_back(self.plan, member.id)
        except PlanError as error:
            dialogs.show_error(self, self.tr("That change was not made"), str(error))
            return
        self.thanks.setText(self.tr("{name}'s ballot was taken back: {name} may vote again.").format(name=name))
        self.select_member(member.id)
        self._enable()

    def _cap_changed(self, value: int) -> None:
        if self.plan is None or self.plan.read_only:
            return
        old, new = self.plan.doc.plan.high_cap, (value or None)
        if old != new:
            text = self.tr("Set the cap on high")
            command = SetRankingOptions(self.plan, {"high_cap": old}, {"high_cap": new}, text)
            self.plan.push(command, self)
        self._refresh()  # what the plan holds, refused or not
