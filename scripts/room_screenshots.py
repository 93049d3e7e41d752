"""Take room voting's screenshots from the real program on a real X display: the projector view and a member card.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/room_screenshots.py docs/screenshots

The window runs room voting on a fresh copy of the sample plan, at 1366x768, its
server on 127.0.0.1 (never a real network); two members' phones send their
ballots over loopback while it runs, so the list of who has voted is the real
one. For the picture, the projected address is the one a venue's Wi-Fi would
give the laptop (``SHOWN``), as the room would see it. The member cards are the
PDF File > Print Member Cards… writes, for a laptop's own hotspot (10.42.0.1),
rendered by pdftoppm.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="shots-config-")
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="shots-data-")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from PySide6.QtCore import QTimer

from planner_gui.core.sample import write_sample
from planner_gui.room.links import member_path
from planner_gui.room.server import RoomServer
from planner_gui.ui.app import make_application
from planner_gui.ui.icons import app_icon
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.pages.ranking.ranking_page import RankingPage
from planner_gui.ui.steps import STEPS
from planner_gui.ui.style import apply_style
from room_client import Client

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
SHOWN = "http://192.168.1.23:8640"
HOTSPOT = "http://10.42.0.1:8640"
STILL_TO_VOTE = ("Priya Raman", "Samuel Okello", "Amina Diallo", "Mei Tanaka")


def capture(name: str) -> None:
    subprocess.run(["import", "-window", "root", str(OUT / f"{name}.png")], check=True)
    print(f"wrote {OUT / name}.png")


def plan_with_some_still_to_vote(folder: Path) -> Path:
    path = folder / "Board retreat.retreat"
    doc = write_sample(path)
    try:
        for member in doc.ranking.members(voting_only=True):
            if member.name in STILL_TO_VOTE:
                doc.ranking.restore_ballot(member.id, None)
    finally:
        doc.close()
    return path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="room-shots-"))
    plan = plan_with_some_still_to_vote(folder)
    app = make_application()
    app.setWindowIcon(app_icon())
    apply_style(app)
    window = MainWindow()
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    row = next(i for i, step in enumerate(STEPS) if step.key == "ranking")
    state: dict[str, object] = {}

    def page() -> RankingPage:
        found = window.workspace.page(row)
        assert isinstance(found, RankingPage)
        return found

    def open_and_start() -> None:
        window.open_path(plan)
        window.workspace.go_to(row)
        tab = page().room
        page().show_tab(tab)
        port = free_port()
        tab.address.setEditText("127.0.0.1")
        tab.port.setValue(port)
        tab.start()
        state["port"] = port

    def members_vote() -> None:
        tab = page().room
        assert tab.room is not None and window.plan is not None
        key, doc = tab.room.box.key, window.plan.doc
        objectives = [o.id for o in doc.ranking.ballot_objectives()]
        voters = [m for m in doc.ranking.members(voting_only=True) if m.name in STILL_TO_VOTE[:2]]
        client = Client(int(str(state["port"])))
        for n, member in enumerate(voters):
            choices = {oid: (("high", "medium", "low", "dropped")[(i + n) % 4], "") for i, oid in enumerate(objectives)}
            choices = {oid: c for oid, c in choices.items() if c[0] != "high" or oid in objectives[:4]}
            path = member_path(key, member.id)
            threading.Thread(target=client.vote, args=(path, choices), daemon=True).start()

    def stage_address() -> None:
        # The picture: the address a venue's Wi-Fi would give the laptop; the server itself stays on loopback.
        RoomServer.url = property(lambda self: SHOWN)  # type: ignore[method-assign,assignment]
        tab = page().room
        tab.address.setEditText(SHOWN.removeprefix("http://").split(":")[0])
        tab.port.setValue(8640)
        tab._refresh()

    def member_link() -> None:
        tab = page().room
        tab.show_member_link()
        if tab.link_window is not None:
            tab.link_window.move(420, 40)

    def close_link() -> None:
        tab = page().room
        if tab.link_window is not None:
            tab.link_window.close()

    steps = [
        (900, open_and_start),
        (300, members_vote),
        (1200, stage_address),
        (500, lambda: capture("room-projector")),
        (200, window.presentation_action.trigger),
        (900, lambda: capture("room-projector-presentation")),
        (200, window.presentation_action.trigger),
        (400, member_link),
        (800, lambda: capture("room-member-link")),
        (200, close_link),
        (200, lambda: page().room.stop()),
        (200, window.close),
    ]
    total = 0
    for delay, step in steps:
        total += delay
        QTimer.singleShot(total, step)
    code = app.exec()
    cards(plan)
    return code


def cards(plan: Path) -> None:
    from planner_gui.core.document import PlanDocument
    from planner_gui.report.member_cards import MemberCard, write_member_cards
    from planner_gui.room.links import member_url
    from planner_gui.room.plan_box import round_key

    doc = PlanDocument.open(plan)
    try:
        info = doc.room.set_options(address=HOTSPOT)
        key = round_key(info)
        chosen = [MemberCard(v.name, member_url(HOTSPOT, key, v.member_id)) for v in doc.ranking.voters()]
        pdf = plan.with_name("member cards.pdf")
        write_member_cards(pdf, doc.plan.title, chosen, HOTSPOT)
    finally:
        doc.close()
    stem = plan.with_name("cards")
    subprocess.run(["pdftoppm", "-r", "110", "-png", "-f", "1", "-l", "1", str(pdf), str(stem)], check=True)
    page = next(plan.parent.glob("cards*.png"))
    # The top of the page: two cards across, two down, as a person holds them.
    subprocess.run(
        ["convert", str(page), "-crop", "910x650+0+0", "+repage", str(OUT / "room-member-cards.png")], check=True
    )
    print(f"wrote {OUT / 'room-member-cards.png'}")


if __name__ == "__main__":
    raise SystemExit(main())
