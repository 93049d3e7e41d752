"""End to end: a member's own browser (Debian's chromium) votes in the window's room voting, on 127.0.0.1.

The window runs room voting on a real plan; chromium, at a phone's 390 x 844 with touch or a laptop's
1366 x 768 with the keyboard alone, opens the member's link, fills the ballot and sends it. The plan then
holds exactly that ballot, and the projected list of who has voted says so. The browser is driven from a
thread of its own: the window's thread records the ballot meanwhile, as in the room.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from browser_driver import CHROMEDRIVER, CHROMIUM, counter, label, send, start_chromium, tap
from plan_files import committed
from planner_gui.core.document import PlanDocument
from planner_gui.room.links import member_url
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.pages.ranking.ranking_page import RankingPage
from planner_gui.ui.pages.ranking.room_tab import RoomTab
from planner_gui.ui.steps import STEPS

if CHROMIUM.exists():
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.remote.webdriver import WebDriver

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
        reason="needs Debian's chromium and chromium-driver (scripts/test.sh installs them)",
    ),
]
OBJECTIVES = (
    ("1", "No more use of antipersonnel mines and cluster munitions by any actor"),
    ("2", "Universal adherence to the Mine Ban Treaty and the Convention on Cluster Munitions"),
    ("8", "States clear contaminated land by their treaty deadlines"),
    ("10", "Survivors' rights are realised, with their participation"),
)


@pytest.fixture
def board(tmp_path: Path) -> Path:
    path = tmp_path / "board.retreat"
    doc = PlanDocument.create(path, title="Strategic Plan 2012–2015")
    try:
        goal = doc.structure.add_goal("1", "No more victims")
        for number, title in OBJECTIVES:
            doc.structure.add_objective(goal, number, title)
        for name in ("Amina Diallo", "Tomas Lindqvist", "Priya Raman"):
            doc.ranking.add_member(name, "Board")
        doc.ranking.set_ranking_options(high_cap=1)
    finally:
        doc.close()
    return path


def start_room(qtbot: Any, window: MainWindow) -> RoomTab:
    import socket

    row = next(i for i, step in enumerate(STEPS) if step.key == "ranking")
    window.workspace.go_to(row)
    page = window.workspace.page(row)
    assert isinstance(page, RankingPage)
    page.show_tab(page.room)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    page.room.address.setEditText("127.0.0.1")
    page.room.port.setValue(port)
    page.room.start()
    assert page.room.room is not None
    return page.room


def link_of(tab: RoomTab, name: str) -> tuple[int, str]:
    voter = next(v for v in tab.voters.voters if v.name == name)
    assert tab.room is not None
    return voter.member_id, member_url(tab.room.url, tab.room.box.key, voter.member_id)


def in_the_browser(qtbot: Any, steps: Callable[[], None]) -> None:
    """Run the browser's steps in a thread of their own while the window goes on; raise what they raised."""
    failed: list[BaseException] = []
    done = threading.Event()

    def run() -> None:
        try:
            steps()
        except BaseException as error:
            failed.append(error)
        finally:
            done.set()

    threading.Thread(target=run, daemon=True).start()
    qtbot.waitUntil(done.is_set, timeout=90_000)
    if failed:
        raise failed[0]


def numbers(path: Path, member_id: int) -> dict[str, tuple[str, str]]:
    rows = committed(
        path,
        "SELECT o.number, v.priority, v.comment FROM ballot_vote v JOIN ballot b ON b.id = v.ballot_id "
        "JOIN objective o ON o.id = v.objective_id WHERE b.member_id = ?",
        (member_id,),
    )
    return {number: (priority, comment) for number, priority, comment in rows}


def test_on_a_phone_a_member_taps_their_ballot_in_and_the_projector_shows_they_voted(
    qtbot: Any, window: MainWindow, board: Path
) -> None:
    assert window.open_path(board)
    tab = start_room(qtbot, window)
    member, url = link_of(tab, "Amina Diallo")
    ids = {
        n: o.id for n, o in zip([n for n, _ in OBJECTIVES], window.plan.doc.ranking.ballot_objectives(), strict=True)
    }  # type: ignore[union-attr]
    shown: dict[str, Any] = {}

    def phone_steps() -> None:
        phone: WebDriver = start_chromium(390, 844, phone=True)
        try:
            phone.get(url)
            assert "Voting as Amina Diallo" in phone.page_source
            assert phone.execute_script("return document.documentElement.scrollWidth") <= 390
            tap(phone, label(phone, ids["1"], "high"))
            tap(phone, label(phone, ids["2"], "high"))
            assert counter(phone) == "High: 2 of at most 1 — 1 too many"
            send(phone, lambda: tap(phone, phone.find_element(By.CSS_SELECTOR, "button[type=submit]")))
            shown["refusal"] = phone.find_element(By.CSS_SELECTOR, "[role=alert]").text
            tap(phone, label(phone, ids["2"], "medium"))
            tap(phone, label(phone, ids["10"], "dropped"))
            tap(phone, phone.find_element(By.CSS_SELECTOR, f"#o{ids['10']} summary"))
            phone.find_element(By.ID, f"c{ids['10']}").send_keys("Done by others")
            send(phone, lambda: tap(phone, phone.find_element(By.CSS_SELECTOR, "button[type=submit]")))
            shown["after"] = phone.find_element(By.TAG_NAME, "main").text
        finally:
            phone.quit()

    in_the_browser(qtbot, phone_steps)
    assert "the board agreed on at most 1" in shown["refusal"]
    assert "Your ballot was recorded" in shown["after"]
    assert numbers(board, member) == {"1": ("high", ""), "2": ("medium", ""), "10": ("dropped", "Done by others")}
    assert committed(board, "SELECT source FROM ballot") == [("room",)]
    qtbot.waitUntil(lambda: tab.count.text() == "1 of 3 have voted")
    assert tab.voters.index(0).data() == "Amina Diallo    ✓ voted"


def test_with_the_keyboard_alone_on_a_laptop_a_member_sends_their_ballot(
    qtbot: Any, window: MainWindow, board: Path
) -> None:
    assert window.open_path(board)
    tab = start_room(qtbot, window)
    member, url = link_of(tab, "Priya Raman")

    def laptop_steps() -> None:
        laptop: WebDriver = start_chromium(1366, 768, phone=False)
        try:
            laptop.get(url)
            keys = ActionChains(laptop)

            def press(*sequence: str) -> None:
                for key in sequence:
                    keys.send_keys(key)
                keys.perform()
                keys.reset_actions()

            press(Keys.TAB, Keys.SPACE)  # the first objective: High
            press(Keys.TAB, Keys.TAB, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT)  # past its comment: the second, Low
            for _ in range(6):  # the second's comment, then the two left unranked (a group and a comment each)
                press(Keys.TAB)
            assert laptop.switch_to.active_element.tag_name == "button"
            send(laptop, lambda: press(Keys.ENTER))
            assert "Your ballot was recorded" in laptop.find_element(By.TAG_NAME, "main").text
        finally:
            laptop.quit()

    in_the_browser(qtbot, laptop_steps)
    assert numbers(board, member) == {"1": ("high", ""), "2": ("low", "")}
    qtbot.waitUntil(lambda: tab.count.text() == "1 of 3 have voted")
    assert [tab.voters.index(r).data() for r in range(3)][2] == "Priya Raman    ✓ voted"
