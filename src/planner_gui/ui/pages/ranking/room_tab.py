"""Room voting: members rank the objectives from their own phones, over the venue's network.

The facilitator picks the laptop's address (found with QtNetwork) and a port,
and starts room voting. The tab then shows, for the projector, a QR code and the
short address, and who has voted (never how); a member without a card is shown
their own link on the laptop's screen (``member_link.py``). Each ballot arrives
on the window's thread (``ui/room_writer.py``) and is recorded as an undo step,
through the one ballot call. The server listens only while room voting is on:
it stops when voting is closed, the plan is closed, or the program quits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner_gui.core.errors import PlanError
from planner_gui.core.events import Event, MemberEvent, PlanEvent, RoomEvent
from planner_gui.core.ranking import BallotResult
from planner_gui.i18n import _
from planner_gui.room_address import DEFAULT_PORT, HOTSPOT_STEPS, base_url, network_addresses
from planner_gui.ui import ballot_record, dialogs, icons
from planner_gui.ui.member_cards import print_member_cards
from planner_gui.ui.models.voters import VotersModel
from planner_gui.ui.open_plan import Listening, OpenPlan
from planner_gui.ui.pages.ranking.ballot_form import make_button, row_of
from planner_gui.ui.widgets.palette import OKABE_ITO
from planner_gui.ui.widgets.qr_code import QrCode

if TYPE_CHECKING:  # the server's modules load when room voting first starts, not with the Ranking page
    from planner_gui.room.box import Choices
    from planner_gui.room.session import RoomVoting
    from planner_gui.ui.pages.ranking.member_link import MemberLinkWindow
    from planner_gui.ui.room_writer import GuiWriter


def no_network_html() -> str:
    """What to do when the laptop is on no network, with how to start a hotspot on each system."""
    return QCoreApplication.translate(
        "RoomTab",
        "<b>This laptop is on no network</b>, so phones can't reach it. Join the venue's Wi-Fi, or start a "
        "hotspot on the laptop and have members join it:<br>{steps}<br>Then press <i>Look again</i>.",
    ).format(steps="<br>".join(f"• {_(step)}" for step in HOTSPOT_STEPS))


class RoomTab(QWidget):
    running_changed = Signal(bool)  # room voting started, or stopped

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: OpenPlan | None = None
        self.room: RoomVoting | None = None
        self.writer: GuiWriter | None = None
        self.link_window: MemberLinkWindow | None = None
        self._listening: Listening | None = None
        self.voters = VotersModel(self)
        self.voters.modelReset.connect(self._show_count)
        self.voters.dataChanged.connect(lambda *_: self._show_count())
        self.start_button = make_button(
            icons.icon("timer-start", "white"), self.tr("&Start room voting"), self.start, "", True
        )
        self.start_button.setToolTip(self.tr("Listen for the members' phones at this address and port"))
        self.close_button = make_button(
            icons.icon("discard"), self.tr("C&lose voting"), self.stop, self.tr("Stop taking ballots")
        )
        self.link_button = make_button(
            icons.icon("ballot"),
            self.tr("Sho&w a member's link…"),
            self.show_member_link,
            self.tr("For a member without a card"),
        )
        self.cards_button = make_button(icons.icon("print"), self.tr("Pr&int member cards…"), self.print_cards)
        self.round_button = make_button(
            icons.icon("timer-reset"),
            self.tr("&New links…"),
            self.new_round,
            self.tr("Every member gets a new link; old ones stop"),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(self._build_settings())
        self.network_note = self._note()
        self.cards_note = self._note()
        self.problem_note = self._note()
        for note in (self.network_note, self.cards_note, self.problem_note):
            layout.addWidget(note)
        layout.addLayout(row_of(self.start_button, self.close_button, self.link_button, None, self.may_change))
        layout.addLayout(self._build_projector(), 1)
        self.find_addresses()
        self._refresh()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)  # the program quits: the port is let go, whatever else happens

    # ------------------------------------------------------------ building
    @staticmethod
    def _note() -> QLabel:
        note = QLabel()
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.RichText)
        note.setStyleSheet(f"color: {OKABE_ITO['vermilion']};")
        note.hide()
        return note

    def _build_settings(self) -> QHBoxLayout:
        self.address = QComboBox()
        self.address.setEditable(True)
        self.address.setMinimumContentsLength(16)
        self.address.setAccessibleName(self.tr("Address"))
        self.address.setToolTip(self.tr("This laptop's address on the network the members' phones are on"))
        self.find_button = make_button(
            icons.icon("reveal"), self.tr("Loo&k again"), self.find_addresses, self.tr("Find the addresses again")
        )
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setAccessibleName(self.tr("Port"))
        self.may_change = QCheckBox(self.tr("Ballots may be chan&ged until voting closes"))
        self.may_change.setToolTip(self.tr("A member who has voted may open their link again and change their ballot"))
        self.may_change.toggled.connect(self._may_change_toggled)
        address_label, port_label = QLabel(self.tr("Add&ress:")), QLabel(self.tr("&Port:"))
        address_label.setBuddy(self.address)
        port_label.setBuddy(self.port)
        return row_of(
            address_label, self.address, self.find_button, port_label, self.port, None, self.cards_button,
            self.round_button,
        )  # fmt: skip

    def _build_projector(self) -> QHBoxLayout:
        self.projector = QFrame()
        self.projector.setObjectName("roomProjector")
        self.projector.setStyleSheet("#roomProjector { background: white; border: 1px solid #d0d0d0; }")
        self.qr = QrCode(smallest=180)
        self.qr.setAccessibleName(self.tr("QR code of the room's address"))
        self.address_label = QLabel(self.tr("Room voting is off."))
        self.address_label.setAccessibleName(self.tr("Room address"))
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address_label.setStyleSheet("color: #111;")
        self.join_label = QLabel(
            self.tr(
                "On the same Wi-Fi as this laptop, scan the code on your member card to vote. "
                "No card? Ask at the laptop."
            )
        )
        self.join_label.setWordWrap(True)
        self.join_label.setStyleSheet("color: #222;")
        for label in (self.address_label, self.join_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        shown = QVBoxLayout(self.projector)
        shown.addWidget(self.qr, 1)
        shown.addWidget(self.address_label)
        shown.addWidget(self.join_label)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Who has voted"))
        self.voted_list = QListView()
        self.voted_list.setAccessibleName(self.tr("Who has voted, never how"))
        self.voted_list.setModel(self.voters)
        self.voted_list.setSelectionMode(QListView.SelectionMode.NoSelection)
        self.voted_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        side = QVBoxLayout()
        side.addWidget(self.count)
        side.addWidget(self.voted_list, 1)
        self._large = ((self.address_label, 2.2, True), (self.join_label, 1.3, False), (self.count, 1.5, True),
                       (self.voted_list, 1.4, False))  # fmt: skip
        self._apply_type()
        row = QHBoxLayout()
        row.addWidget(self.projector, 3)
        row.addLayout(side, 2)
        return row

    def _apply_type(self) -> None:
        """The projected parts in larger type, in step with the window's (presentation mode scales it)."""
        base = self.font().pointSizeF()
        for widget, factor, bold in self._large:
            font = QFont(self.font())
            font.setPointSizeF(base * factor)
            font.setBold(bold)
            widget.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._apply_type()
        super().changeEvent(event)

    # ------------------------------------------------------------ the plan
    def set_plan(self, plan: OpenPlan | None) -> None:
        self.stop()  # the server never outlives the plan it serves
        if self._listening is not None:
            self._listening.cancel()
        self.plan = plan
        self.voters.set_plan(plan)
        self._listening = plan.listen(self, self._on_event, PlanEvent, RoomEvent, MemberEvent) if plan else None
        self._refresh()

    def _on_event(self, _event: Event) -> None:
        self._refresh()

    def _refresh(self) -> None:
        plan, on = self.plan, self.room is not None
        writable = plan is not None and not plan.read_only
        current = plan.doc.room.current() if plan is not None else None
        secret = plan is not None and plan.doc.plan.secret_ballots
        with QSignalBlocker(self.may_change):
            self.may_change.setChecked(current is not None and current.may_change)
        self.may_change.setEnabled(writable and not on and not secret)
        self.may_change.setToolTip(self.tr("A secret ballot can't be changed once cast.") if secret else "")
        for widget in (self.address, self.find_button, self.port, self.cards_button, self.round_button):
            widget.setEnabled(writable and not on)
        self.start_button.setEnabled(writable and not on)
        self.start_button.setVisible(not on)
        self.close_button.setVisible(on)
        self.close_button.setProperty("primary", on)
        self.close_button.style().polish(self.close_button)
        self.link_button.setEnabled(on)
        self.qr.setVisible(on)
        self.join_label.setVisible(on)
        self.address_label.setText(self.room.url if self.room is not None else self.tr("Room voting is off."))
        self.qr.set_url(self.room.url if self.room is not None else "")
        self._show_cards_note(current.address if current is not None else "")
        self._show_count()

    def _show_count(self) -> None:
        voters = self.voters.voters
        voted = sum(1 for v in voters if v.voted)
        self.count.setText(
            self.tr("{voted} of {all} have voted").format(voted=voted, all=len(voters))
            if voters
            else self.tr("No voting members yet.")
        )

    def _show_cards_note(self, cards_for: str) -> None:
        chosen = base_url(self.address.currentText().strip(), self.port.value())
        differs = bool(cards_for) and cards_for != (self.room.url if self.room is not None else chosen)
        self.cards_note.setText(
            self.tr(
                "Member cards were made for <b>{made_for}</b>; at {chosen} their links won't open. "
                "Choose that address (the laptop's hotspot keeps it), or show members their link on this screen."
            ).format(made_for=cards_for, chosen=chosen)
        )
        self.cards_note.setVisible(differs)

    def find_addresses(self) -> None:
        """This laptop's addresses (the likeliest first); with none, say how to start a hotspot."""
        typed = self.address.currentText().strip()
        found = network_addresses()
        with QSignalBlocker(self.address):
            self.address.clear()
            for address in found:
                self.address.addItem(address.host)
                self.address.setItemData(self.address.count() - 1, address.describe(), Qt.ItemDataRole.ToolTipRole)
            if typed and self.address.findText(typed) < 0 and not found:
                self.address.setEditText(typed)
        self.network_note.setText(no_network_html())
        self.network_note.setVisible(not found)

    # ------------------------------------------------------------ on and off
    def start(self) -> None:
        plan = self.plan
        if plan is None or plan.read_only or self.room is not None:
            return
        host = self.address.currentText().strip()
        if not host:
            text = no_network_html().replace("<br>", "\n").replace("<b>", "").replace("</b>", "")
            dialogs.show_error(self, self.tr("Room voting did not start"), text.replace("<i>", "").replace("</i>", ""))
            return
        from planner_gui.room.server import RoomServerError
        from planner_gui.room.session import RoomVoting
        from planner_gui.ui.room_writer import GuiWriter

        writer = GuiWriter(self)
        room = RoomVoting(lambda: plan.doc, writer, host, self.port.value(), cast=self._cast)
        try:
            room.start()
        except (RoomServerError, PlanError) as error:
            writer.deleteLater()
            reason = str(getattr(error, "strerror", None) or error)
            dialogs.show_error(self, self.tr("Room voting did not start"), reason)
            return
        self.room, self.writer = room, writer
        self.problem_note.hide()
        self._refresh()
        self.running_changed.emit(True)

    def stop(self) -> None:
        """Close voting: ballots already sent are recorded, nothing more is, and the port is let go."""
        room, writer = self.room, self.writer
        if room is None:
            return
        self.room = self.writer = None
        room.stop()
        if writer is not None:
            writer.deleteLater()
        if self.link_window is not None:
            self.link_window.close()
            self.link_window = None
        self._refresh()
        self.running_changed.emit(False)

    @property
    def url(self) -> str:
        return self.room.url if self.room is not None else ""

    def _cast(self, member_id: int, choices: Choices, replace: bool) -> BallotResult:
        """A room ballot, recorded for good through the one ballot call (on this, the window's thread).

        Like a ballot on the laptop it is no undo step (``ui.ballot_record``): whoever sits at the laptop
        can't take a member's ballot back from the Edit menu; the facilitator can, asked first.
        """
        plan = self.plan
        assert plan is not None
        try:
            [result] = ballot_record.cast(plan, [(member_id, dict(choices))], source="room", replace=replace)
        except ballot_record.BallotsRefused as refused:
            return refused.results[0]
        except PlanError as error:  # the disk: the member is told nothing was recorded; the facilitator, why
            self.problem_note.setText(
                self.tr("A ballot from the room could not be recorded: {error}").format(error=error)
            )
            self.problem_note.show()
            raise
        return result

    # ------------------------------------------------------------ the rest
    def _may_change_toggled(self, on: bool) -> None:
        if self.plan is None:
            return
        try:
            self.plan.doc.room.set_options(may_change=on)
        except PlanError as error:
            dialogs.show_error(self, self.tr("That change was not made"), str(error))
        self._refresh()

    def _member_links(self) -> list[tuple[int, str, str, bool]]:
        from planner_gui.room.links import member_url

        if self.room is None:
            return []
        key, base = self.room.box.key, self.room.url
        return [(v.member_id, v.name, member_url(base, key, v.member_id), v.voted) for v in self.voters.voters]

    def show_member_link(self) -> None:
        if self.plan is None or self.room is None:
            return
        if self.link_window is None:
            from planner_gui.ui.pages.ranking.member_link import MemberLinkWindow

            self.link_window = MemberLinkWindow(self.plan, self._member_links, self)
        self.link_window.show()
        self.link_window.raise_()

    def print_cards(self) -> None:
        if self.plan is not None:
            address = base_url(self.address.currentText().strip(), self.port.value())
            print_member_cards(self, self.plan, address=address if self.address.currentText().strip() else None)

    def new_round(self) -> None:
        if self.plan is None or self.room is not None:
            return
        if not dialogs.ask_yes_no(
            self,
            self.tr("Give every member a new link?"),
            self.tr(
                "Every member's link changes, and every link given out before (printed cards too) stops working. "
                "Ballots already cast stay."
            ),
            yes=self.tr("New Links"),
        ):
            return
        try:
            self.plan.doc.room.new_round()
        except PlanError as error:
            dialogs.show_error(self, self.tr("The links were not changed"), str(error))
