"""One member's personal link as a QR code on the laptop's own screen, for a member without a card.

The facilitator turns the laptop to the member, who scans it; the window moves
on to the next member still to vote as soon as this member's ballot arrives.
It is a window of its own (not the projected Room voting tab), and says so: a
link on the projector would be anyone's to scan.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from planner_gui.core.events import BallotEvent, Event, MemberEvent
from planner_gui.ui.open_plan import OpenPlan
from planner_gui.ui.widgets.qr_code import QrCode

Links = Callable[[], list[tuple[int, str, str, bool]]]  # (member id, name, link, has voted), every voting member


class MemberLinkWindow(QDialog):
    def __init__(self, plan: OpenPlan, links: Links, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A member's link"))
        self.setModal(False)
        self._links = links
        self.member_id: int | None = None
        warning = QLabel(
            "<b>"
            + self.tr("Only on this laptop's screen, never on the projector: a link votes as its member.")
            + "</b>"
        )
        warning.setWordWrap(True)
        warning.setObjectName("warningStrip")
        self.picker = QComboBox()
        self.picker.setAccessibleName(self.tr("Member"))
        self.picker.currentIndexChanged.connect(lambda _i: self._show_current())
        self.name = QLabel()
        self.name.setObjectName("stepTitle")
        self.name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr = QrCode(smallest=280)
        self.link = QLabel()
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.link.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state = QLabel()
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state.setAccessibleName(self.tr("Ballot state"))
        self.next_button = QPushButton(self.tr("&Next member"))
        self.next_button.clicked.connect(self.next_member)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        picker_row = QHBoxLayout()
        member_label = QLabel(self.tr("&Member:"))
        member_label.setBuddy(self.picker)
        picker_row.addWidget(member_label)
        picker_row.addWidget(self.picker, 1)
        layout.addLayout(picker_row)
        layout.addWidget(self.name)
        layout.addWidget(self.qr, 1)
        layout.addWidget(self.link)
        layout.addWidget(self.state)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(520, 680)
        plan.listen(self, self._on_event, BallotEvent, MemberEvent)
        self.reload()
        self.member_id = None
        self.next_member()  # the first member still to vote

    def reload(self) -> None:
        """The members again (each marked if they have voted), keeping the one shown."""
        shown = self.member_id
        self.picker.blockSignals(True)
        self.picker.clear()
        for member_id, name, _link, voted in self._links():
            self.picker.addItem(f"{name}  {self.tr('✓ voted')}" if voted else name, member_id)
        at = self.picker.findData(shown) if shown is not None else -1
        self.picker.setCurrentIndex(max(at, 0))
        self.picker.blockSignals(False)
        self._show_current()

    def next_member(self) -> None:
        """The next member (after the one shown, round to the start) who has not voted yet."""
        links = self._links()
        ids = [member_id for member_id, _, _, _ in links]
        waiting = [member_id for member_id, _, _, voted in links if not voted]
        if not waiting:
            self.state.setText(self.tr("Every voting member has voted."))
            return
        start = ids.index(self.member_id) + 1 if self.member_id in ids else 0
        after = [m for m in ids[start:] + ids[:start] if m in waiting]
        self.picker.setCurrentIndex(self.picker.findData(after[0]))
        self._show_current()

    def _show_current(self) -> None:
        member_id = self.picker.currentData()
        found = next((item for item in self._links() if item[0] == member_id), None)
        if found is None:
            self.member_id = None
            self.name.setText("")
            self.qr.set_url("")
            self.link.setText("")
            return
        self.member_id, name, link, voted = found
        self.name.setText(name)
        self.qr.set_url(link)
        self.link.setText(link)
        said = (
            self.tr("{name}'s ballot is recorded.")
            if voted
            else self.tr("{name}: scan this code with your phone's camera.")
        )
        self.state.setText(said.format(name=name))

    def _on_event(self, event: Event) -> None:
        was = self.member_id
        self.reload()
        if isinstance(event, BallotEvent) and was in event.ids:
            voted = next((v for m, _, _, v in self._links() if m == was), False)
            if voted:  # this member is done: on to the next, saying so
                name = self.name.text()
                self.next_member()
                if self.member_id != was:
                    self.state.setText(
                        self.tr("{name}'s ballot is recorded. Next: {next}.").format(name=name, next=self.name.text())
                    )
