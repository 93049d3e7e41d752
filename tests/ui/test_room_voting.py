"""Room voting in the window: start it on 127.0.0.1, a member's phone posts a ballot over loopback, the
projector's list of who has voted follows, the ballot is an undo step, and the port closes with the plan.

The test's thread is the window's: a member's request goes from a thread of its own while the test lets
Qt run (the ballot is recorded on the window's thread, as in the room).
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from plan_files import committed
from planner_gui.core.document import PlanDocument
from planner_gui.room.links import member_path
from planner_gui.ui import member_cards
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.pages.ranking import room_tab as room_tab_module
from planner_gui.ui.pages.ranking.ranking_page import RankingPage
from planner_gui.ui.pages.ranking.room_tab import RoomTab
from planner_gui.ui.steps import STEPS
from room_client import Client, Reply

NAMES = ("Ana Ruiz", "Ben Okafor", "Chen Li")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def refuses(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(2)
        return probe.connect_ex(("127.0.0.1", port)) != 0


@pytest.fixture
def board(tmp_path: Path) -> Path:
    path = tmp_path / "board.retreat"
    doc = PlanDocument.create(path, title="Board retreat 2014")
    try:
        goal = doc.structure.add_goal("1", "Ban")
        for n in range(1, 5):
            doc.structure.add_objective(goal, str(n), f"Objective {n}")
        for name in NAMES:
            doc.ranking.add_member(name, "Board")
        doc.ranking.set_ranking_options(high_cap=2)
    finally:
        doc.close()
    return path


def room_tab(qtbot: Any, window: MainWindow) -> RoomTab:
    row = next(i for i, step in enumerate(STEPS) if step.key == "ranking")
    window.workspace.go_to(row)
    page = window.workspace.page(row)
    assert isinstance(page, RankingPage)
    page.show_tab(page.room)
    qtbot.waitExposed(page.room)
    return page.room


def start_on_loopback(tab: RoomTab) -> int:
    port = free_port()
    tab.address.setEditText("127.0.0.1")
    tab.port.setValue(port)
    tab.start_button.click()
    assert tab.room is not None, "room voting did not start"
    return port


def in_the_room(qtbot: Any, request: Callable[[], Reply]) -> Reply:
    """A member's request, sent from a thread of its own while the window goes on (it records the ballot)."""
    answer: list[Reply | BaseException] = []

    def run() -> None:
        try:
            answer.append(request())
        except BaseException as error:
            answer.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    qtbot.waitUntil(lambda: bool(answer), timeout=20_000)
    thread.join(5)
    if isinstance(answer[0], BaseException):
        raise answer[0]
    return answer[0]


def ballot_tab_of(tab: Any) -> Any:
    """The Cast ballots tab beside the Room voting tab ``tab``."""
    page = tab.parentWidget()
    while not isinstance(page, RankingPage):
        page = page.parentWidget()
    return page.ballots


def objective_ids(window: MainWindow) -> list[int]:
    assert window.plan is not None
    return [o.id for o in window.plan.doc.ranking.ballot_objectives()]


def test_a_ballot_from_a_phone_is_recorded_for_good_and_the_projector_shows_who_voted(
    qtbot: Any, window: MainWindow, board: Path, fake_dialogs: Any
) -> None:
    assert window.open_path(board)
    tab = room_tab(qtbot, window)
    port = start_on_loopback(tab)
    assert tab.address_label.text() == f"http://127.0.0.1:{port}" and tab.qr.url == tab.address_label.text()
    assert tab.count.text() == "0 of 3 have voted"
    assert window.plan is not None
    key = tab.room.box.key if tab.room else None
    assert key is not None
    ana = window.plan.doc.ranking.find_member("Ana Ruiz")
    assert ana is not None
    o = objective_ids(window)
    client = Client(port)
    answer = in_the_room(
        qtbot, lambda: client.vote(member_path(key, ana.id), {o[0]: ("high", "Core"), o[1]: ("low", "")})
    )
    assert answer.status == 303
    assert committed(board, "SELECT member_id, source FROM ballot") == [(ana.id, "room")]
    qtbot.waitUntil(lambda: tab.count.text() == "1 of 3 have voted")
    assert [tab.voters.index(r).data() for r in range(3)] == ["Ana Ruiz    ✓ voted", "Ben Okafor", "Chen Li"]
    assert not window.undo_action.isEnabled()  # whoever is at the laptop can't take it back from the Edit menu
    ballots = ballot_tab_of(tab)
    ballots.select_member(ana.id)
    fake_dialogs.answer("ask_yes_no", True)
    ballots.take_back()  # the facilitator can, asked first
    assert fake_dialogs.of("ask_yes_no")[-1].title == "Take back Ana Ruiz's ballot?"
    assert committed(board, "SELECT count(*) FROM ballot") == [(0,)]
    qtbot.waitUntil(lambda: tab.count.text() == "0 of 3 have voted")
    tab.close_button.click()
    assert tab.room is None and refuses(port)
    assert tab.address_label.text() == "Room voting is off."


def test_closing_the_plan_stops_the_server_and_the_port_refuses(qtbot: Any, window: MainWindow, board: Path) -> None:
    assert window.open_path(board)
    tab = room_tab(qtbot, window)
    port = start_on_loopback(tab)
    assert not refuses(port)
    window.close_plan()
    assert refuses(port)


def test_quitting_the_program_stops_the_server(qtbot: Any, make_window: Callable[..., MainWindow], board: Path) -> None:
    window = make_window()
    assert window.open_path(board)
    port = start_on_loopback(room_tab(qtbot, window))
    window.close()  # File > Quit closes the window, and with it the plan
    assert refuses(port)


def test_a_taken_port_is_explained_and_nothing_listens(
    qtbot: Any, window: MainWindow, board: Path, fake_dialogs: Any
) -> None:
    assert window.open_path(board)
    tab = room_tab(qtbot, window)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        tab.address.setEditText("127.0.0.1")
        tab.port.setValue(taken.getsockname()[1])
        tab.start_button.click()
    [error] = fake_dialogs.take("show_error")
    assert error.title == "Room voting did not start" and "already in use" in error.text
    assert tab.room is None and tab.start_button.isEnabled()
    assert committed(board, "SELECT count(*) FROM room_round") == [(0,)]  # nothing written


def test_with_no_network_the_tab_says_how_to_start_a_hotspot(
    qtbot: Any, window: MainWindow, board: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(room_tab_module, "network_addresses", lambda: [])
    assert window.open_path(board)
    tab = room_tab(qtbot, window)
    tab.find_button.click()
    assert tab.network_note.isVisible()
    assert "on no network" in tab.network_note.text() and "Mobile hotspot" in tab.network_note.text()


def test_secret_ballots_are_chosen_on_the_members_tab_and_room_ballots_then_cant_be_changed(
    qtbot: Any, window: MainWindow, board: Path, fake_dialogs: Any
) -> None:
    assert window.open_path(board)
    tab = room_tab(qtbot, window)
    page = tab.parentWidget()
    while not isinstance(page, RankingPage):
        page = page.parentWidget()
    page.show_tab(page.members)
    page.members.secret.click()
    assert committed(board, "SELECT secret_ballots, votes_by_name FROM plan") == [(1, 0)]
    page.show_tab(tab)
    assert not tab.may_change.isEnabled()
    port = start_on_loopback(tab)
    assert window.plan is not None and tab.room is not None
    ben = window.plan.doc.ranking.find_member("Ben Okafor")
    assert ben is not None
    o = objective_ids(window)
    answer = in_the_room(qtbot, lambda: Client(port).vote(member_path(tab.room.box.key, ben.id), {o[0]: ("low", "")}))
    assert answer.status == 303
    assert committed(board, "SELECT count(*) FROM ballot") == [(0,)]
    assert committed(board, "SELECT member_id FROM secret_voter") == [(ben.id,)]
    assert not page.members.secret.isEnabled()  # a ballot is cast: the choice is made
    page.show_tab(page.results)
    assert not page.results.by_name.isEnabled()
    assert not window.undo_action.isEnabled()  # no ballot is an undo step
    ballots = page.ballots
    ballots.select_member(ben.id)
    fake_dialogs.answer("ask_yes_no", True)
    ballots.take_back()  # the facilitator takes the secret ballot back, in this session: its key is in memory
    assert committed(board, "SELECT count(*) FROM secret_vote") == [(0,)]
    assert committed(board, "SELECT count(*) FROM secret_voter") == [(0,)]


def test_a_member_without_a_card_is_shown_their_link_and_the_window_moves_on_when_they_vote(
    qtbot: Any, window: MainWindow, board: Path
) -> None:
    assert window.open_path(board)
    tab = room_tab(qtbot, window)
    port = start_on_loopback(tab)
    tab.link_button.click()
    shown = tab.link_window
    assert shown is not None and shown.isVisible()
    assert shown.name.text() == "Ana Ruiz" and shown.qr.url == shown.link.text()
    assert shown.link.text().startswith(f"http://127.0.0.1:{port}/v/")
    o = objective_ids(window)
    path = shown.link.text().removeprefix(f"http://127.0.0.1:{port}")
    assert in_the_room(qtbot, lambda: Client(port).vote(path, {o[2]: ("medium", "")})).status == 303
    qtbot.waitUntil(lambda: shown.name.text() == "Ben Okafor")
    assert shown.state.text() == "Ana Ruiz's ballot is recorded. Next: Ben Okafor."


def test_member_cards_are_a_pdf_whose_codes_open_each_members_page(
    qtbot: Any, window: MainWindow, board: Path, tmp_path: Path, fake_dialogs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil
    import subprocess

    assert window.open_path(board)
    out = tmp_path / "cards.pdf"
    monkeypatch.setattr(member_cards, "ask_address", lambda parent, choices: "http://127.0.0.1:8640")
    fake_dialogs.answer("ask_save_path", out)
    fake_dialogs.answer("ask_yes_no", False)
    assert window.member_cards_action.isEnabled()
    window.member_cards_action.trigger()
    assert out.read_bytes()[:5] == b"%PDF-"
    [(secret, round_no, address)] = committed(board, "SELECT secret, round_no, address FROM room_round")
    assert round_no == 1 and len(secret) == 32 and address == "http://127.0.0.1:8640"
    if shutil.which("pdftoppm") is None or shutil.which("zbarimg") is None:
        pytest.skip("needs poppler-utils and zbar-tools to read the codes back")
    subprocess.run(["pdftoppm", "-r", "200", "-png", str(out), str(tmp_path / "page")], check=True, timeout=60)
    read = subprocess.run(
        ["zbarimg", "-q", "--raw", str(tmp_path / "page-1.png")], capture_output=True, text=True, timeout=60
    )
    tab = room_tab(qtbot, window)
    links = {url for _, _, url, _ in tab_links(tab, window)}
    assert set(read.stdout.split()) == links and len(links) == 3


def tab_links(tab: RoomTab, window: MainWindow) -> list[tuple[int, str, str, bool]]:
    from planner_gui.room.links import member_url
    from planner_gui.room.plan_box import round_key

    assert window.plan is not None
    info = window.plan.doc.room.current()
    assert info is not None
    key = round_key(info)
    return [(v.member_id, v.name, member_url(info.address, key, v.member_id), v.voted) for v in tab.voters.voters]


def test_a_member_who_cast_a_secret_ballot_can_t_open_another_on_the_laptop(
    qtbot: Any, window: MainWindow, board: Path, fake_dialogs: Any
) -> None:
    assert window.open_path(board) and window.plan is not None
    doc = window.plan.doc
    doc.ranking.set_ranking_options(secret_ballots=True)
    ben = doc.ranking.find_member("Ben Okafor")
    assert ben is not None
    first = doc.ranking.ballot_objectives()[0]
    doc.ranking.cast_ballot(ben.id, {first.id: ("low", "")}, source="room")
    assert doc.ranking.ballot(ben.id) is None and doc.ranking.has_voted(ben.id)  # secret: no ballot row
    tab = ballot_tab_of(room_tab(qtbot, window))
    tab.select_member(ben.id)
    tab.start_ballot()
    [said] = fake_dialogs.take("inform")
    assert said.title == "Ben Okafor has voted already" and not tab.booth.isVisible()


def test_member_cards_are_in_the_plan_s_language_whatever_the_window_speaks(
    qtbot: Any, window: MainWindow, board: Path, tmp_path: Path, fake_dialogs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.skip("needs poppler-utils to read the cards' words")
    assert window.open_path(board)
    assert window.plan is not None
    window.plan.doc.structure.set_language("fr")
    out = tmp_path / "cartes.pdf"
    monkeypatch.setattr(member_cards, "ask_address", lambda parent, choices: "http://127.0.0.1:8640")
    fake_dialogs.answer("ask_save_path", out)
    fake_dialogs.answer("ask_yes_no", False)
    window.member_cards_action.trigger()
    said = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    text = " ".join(said.split())
    assert "Vote en salle" in text and "Room voting" not in text, text
    assert window.menuBar().actions()[0].text() == "&File"  # the window itself still speaks English
