"""File > Print Member Cards…: a PDF of one card per voting member, made before the retreat.

The window's menus are made before a plan (and the core) is loaded: what this
needs of the core, the room and QtNetwork is imported when cards are printed.

A card's link holds the address room voting will run at, so it is asked first
(this laptop's address now, or the one cards were made for last). A laptop that
runs its own hotspot keeps one address wherever it is (10.42.0.1 with Linux,
192.168.137.1 with Windows, 192.168.2.1 with macOS); on a venue's Wi-Fi the
address is only known there. The round's secret is made here if room voting
never ran (that is not an undo step: a printed card can't be un-printed).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QWidget

from planner_gui.ui import dialogs, icons
from planner_gui.ui.counts import counts

if TYPE_CHECKING:
    from planner_gui.ui.open_plan import OpenPlan
    from planner_gui.ui.plan_files import PlanFiles


def address_choices(plan: OpenPlan) -> list[str]:
    """What to offer: the address cards were made for last, then this laptop's addresses now."""
    from planner_gui.room_address import DEFAULT_PORT, base_url, network_addresses  # QtNetwork: when first asked

    offered: list[str] = []
    current = plan.doc.room.current()
    if current is not None and current.address:
        offered.append(current.address)
    offered += [base_url(a.host, DEFAULT_PORT) for a in network_addresses()]
    return list(dict.fromkeys(offered)) or [base_url("10.42.0.1", DEFAULT_PORT)]


def ask_address(parent: QWidget | None, choices: list[str]) -> str | None:
    """Which address the cards are for (a seam: tests answer for the person)."""
    ask = QCoreApplication.translate(
        "member_cards",
        "The address room voting will run at, written into every card's link. Use this laptop's address at the "
        "venue, or its own hotspot's (the same wherever it is):",
    )
    title = QCoreApplication.translate("member_cards", "Print member cards")
    text, ok = QInputDialog.getItem(parent, title, ask, choices, 0, True)
    return text.strip() if ok and text.strip() else None


def print_member_cards(
    parent: QWidget | None, plan: OpenPlan, *, address: str | None = None, path: Path | None = None
) -> Path | None:
    """Ask the address and the file, write the cards, offer to open them; None if nothing was written."""
    from planner_gui.core.errors import PlanError
    from planner_gui.report.member_cards import MemberCard, write_member_cards
    from planner_gui.room.links import member_url
    from planner_gui.room.plan_box import round_key

    doc = plan.doc
    voters = doc.ranking.voters()
    if not voters:
        dialogs.show_error(
            parent,
            QCoreApplication.translate("member_cards", "No member cards to print"),
            QCoreApplication.translate("member_cards", "Add the board's voting members on the Members tab."),
        )
        return None
    address = address or ask_address(parent, address_choices(plan))
    if address is None:
        return None
    if not address.startswith("http://"):
        address = "http://" + address
    if path is None:
        name = QCoreApplication.translate("member_cards", "{plan} - member cards").format(plan=doc.path.stem)
        title = QCoreApplication.translate("member_cards", "Save the member cards")
        path = dialogs.ask_save_path(
            parent, title, str(doc.path.with_name(name + ".pdf")), dialogs.pdf_filter(), ".pdf"
        )
        if path is None:
            return None
    try:
        info = doc.room.set_options(address=address.rstrip("/"))  # the round is made here the first time
        key = round_key(info)
        cards = [MemberCard(v.name, member_url(info.address, key, v.member_id)) for v in voters]
        write_member_cards(path, doc.plan.title or doc.path.stem, cards, info.address, language=doc.plan.language)
    except PlanError as error:
        title = QCoreApplication.translate("member_cards", "The member cards were not written")
        dialogs.show_error(parent, title, str(error))
        return None
    text = counts().member_cards(len(cards)).format(path=path, address=info.address)
    title = QCoreApplication.translate("member_cards", "Member cards written")
    dialogs.offer_to_open(parent, title, text, path)
    return path


def member_cards_action(window: PlanFiles) -> QAction:
    """File > Print Member Cards… for ``window``'s open plan."""
    action = QAction(icons.icon("print"), "", window)  # its words: ``WindowActions.retranslate_menus``

    def triggered() -> None:
        if window.plan is not None:
            print_member_cards(window, window.plan)

    action.triggered.connect(triggered)
    window.addAction(action)
    return action
