"""A member fills in and sends their ballot in a real browser (Debian's chromium), served on 127.0.0.1.

Phone (390 x 844, touch) and laptop (1366 x 768) viewports; touch taps, the
mouse, the keyboard alone, and a browser with scripts off. The screenshots go
to docs/screenshots/room-*.png when ROOM_SCREENSHOTS=1 is set.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from room_support import FakeBox, make_objectives, owner_thread

from browser_driver import CHROMEDRIVER, CHROMIUM, counter, label, send, start_chromium, tap
from planner_gui.room import FormObjective, QueueWriter, RoomApp
from planner_gui.room.links import RoundKey, member_path
from planner_gui.room.server import RoomServer

if CHROMIUM.exists():
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.remote.webelement import WebElement

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
        reason="needs Debian's chromium and chromium-driver (scripts/test.sh installs them)",
    ),
]
# The screenshots in docs/ are remade only when asked (ROOM_SCREENSHOTS=1), so a test run leaves the tree clean.
SHOTS = (
    Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    if os.environ.get("ROOM_SCREENSHOTS")
    else Path(tempfile.gettempdir()) / "room-screenshots"
)
KEY = RoundKey(bytes(range(32)), "plan-uid-1", 1)
SEED_OBJECTIVES = tuple(
    FormObjective(o.id, number, title)
    for o, (number, title) in zip(
        make_objectives(6),
        [
            ("1", "No more use of antipersonnel mines and cluster munitions by any actor"),
            ("2", "Universal adherence to the Mine Ban Treaty and the Convention on Cluster Munitions"),
            ("8", "States clear contaminated land by their treaty deadlines"),
            ("10", "Survivors' rights are realised, with their participation"),
            ("13", "Stockpiles destroyed"),
            ("15", "A strong, diverse campaign network with the resources it needs"),
        ],
        strict=True,
    )
)


@pytest.fixture(scope="module")
def phone() -> Iterator[WebDriver]:
    driver = start_chromium(390, 844, phone=True)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def laptop() -> Iterator[WebDriver]:
    driver = start_chromium(1366, 768, phone=False)
    yield driver
    driver.quit()


class Room:
    def __init__(self, box: FakeBox, server: RoomServer) -> None:
        self.box, self.server = box, server

    def url(self, member: int) -> str:
        return self.server.url + member_path(KEY, member)


@pytest.fixture
def room() -> Iterator[Room]:
    box = FakeBox({1: "Ana Ruiz", 2: "Ben Okafor"}, SEED_OBJECTIVES, high_cap=2)
    writer = QueueWriter()
    with owner_thread(writer, box), RoomServer(RoomApp(KEY, box, writer), "127.0.0.1", 0) as server:
        yield Room(box, server)


def shoot(driver: WebDriver, name: str, scroll_to: WebElement | None = None) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    if scroll_to is None:
        driver.execute_script("window.scrollTo(0, 0)")
    else:
        driver.execute_script("arguments[0].scrollIntoView({block: 'start'})", scroll_to)
    driver.save_screenshot(str(SHOTS / f"room-{name}.png"))


def test_on_a_phone_a_member_taps_their_ballot_in_is_stopped_over_the_cap_and_sees_it_recorded(
    phone: WebDriver, room: Room
) -> None:
    phone.get(room.url(1))
    assert phone.execute_script("return [innerWidth, innerHeight]") == [390, 844]
    assert phone.execute_script("return document.documentElement.scrollWidth") <= 390  # no sideways scrolling
    labels = phone.find_elements(By.CSS_SELECTOR, ".tiers label")
    assert len(labels) == 24 and all(lab.size["height"] >= 44 and lab.size["width"] >= 44 for lab in labels)
    assert counter(phone) == "High: 0 of at most 2"
    shoot(phone, "phone-empty")

    tap(phone, label(phone, 100, "high"))
    tap(phone, label(phone, 101, "medium"))
    tap(phone, label(phone, 102, "dropped"))
    assert counter(phone) == "High: 1 of at most 2"
    summary = phone.find_element(By.CSS_SELECTOR, "#o102 summary")
    tap(phone, summary)
    phone.find_element(By.ID, "c102").send_keys("Achieved: <b>clearance</b> by others")
    shoot(phone, "phone-half-filled", phone.find_element(By.ID, "o101"))

    tap(phone, label(phone, 103, "high"))
    tap(phone, label(phone, 104, "high"))
    tap(phone, label(phone, 105, "low"))
    assert counter(phone) == "High: 3 of at most 2 — 1 too many"
    assert phone.find_element(By.ID, "high-count").get_attribute("class") == "over"
    send(phone, lambda: tap(phone, phone.find_element(By.CSS_SELECTOR, "button[type=submit]")))

    alert = phone.find_element(By.CSS_SELECTOR, "[role=alert]")
    assert "the board agreed on at most 2" in alert.text
    assert phone.switch_to.active_element == alert  # focus moves to what went wrong
    assert room.box.recorded == []
    assert phone.find_element(By.ID, "p104-high").is_selected()  # nothing to tap again
    assert phone.find_element(By.ID, "c102").get_attribute("value") == "Achieved: <b>clearance</b> by others"
    shoot(phone, "phone-over-the-cap")

    tap(phone, label(phone, 104, "medium"))
    assert counter(phone) == "High: 2 of at most 2"
    send(phone, lambda: tap(phone, phone.find_element(By.CSS_SELECTOR, "button[type=submit]")))
    assert "Your ballot was recorded" in phone.find_element(By.TAG_NAME, "main").text
    shoot(phone, "phone-recorded")
    assert room.box.recorded == [
        (
            1,
            {
                100: ("high", ""),
                101: ("medium", ""),
                102: ("dropped", "Achieved: <b>clearance</b> by others"),
                103: ("high", ""),
                104: ("medium", ""),
                105: ("low", ""),
            },
        )
    ]


OVERFLOWING = """
return Array.from(document.querySelectorAll('.tiers label, legend, summary, button, .status span'))
  .filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.textContent);
"""


@pytest.mark.parametrize("width", [320, 360, 390, 412])
def test_on_narrow_phones_nothing_overflows_and_the_page_never_scrolls_sideways(
    phone: WebDriver, room: Room, width: int
) -> None:
    phone.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride", {"width": width, "height": 800, "deviceScaleFactor": 2, "mobile": True}
    )
    try:
        phone.get(room.url(1))
        for objective, tier in ((100, "dropped"), (101, "medium"), (102, "high")):
            tap(phone, label(phone, objective, tier))
        assert phone.execute_script("return document.documentElement.scrollWidth") <= width
        assert phone.execute_script(OVERFLOWING) == []
        assert all(lab.size["height"] >= 44 for lab in phone.find_elements(By.CSS_SELECTOR, ".tiers label"))
    finally:
        phone.execute_cdp_cmd(
            "Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True}
        )


def test_on_a_laptop_a_member_clicks_their_ballot_in(laptop: WebDriver, room: Room) -> None:
    laptop.get(room.url(2))
    assert laptop.execute_script("return [innerWidth, innerHeight]") == [1366, 768]
    for objective, tier in ((100, "low"), (101, "high"), (105, "dropped")):
        label(laptop, objective, tier).click()
    assert counter(laptop) == "High: 1 of at most 2"
    shoot(laptop, "laptop-filled", laptop.find_element(By.ID, "o100"))
    send(laptop, laptop.find_element(By.CSS_SELECTOR, "button[type=submit]").click)
    assert "Your ballot was recorded" in laptop.find_element(By.TAG_NAME, "main").text
    assert room.box.recorded == [(2, {100: ("low", ""), 101: ("high", ""), 105: ("dropped", "")})]


def test_the_keyboard_alone_fills_and_sends_a_ballot(laptop: WebDriver, room: Room) -> None:
    laptop.get(room.url(1))
    keys = ActionChains(laptop)

    def press(*sequence: str) -> None:
        for key in sequence:
            keys.send_keys(key)
        keys.perform()
        keys.reset_actions()

    press(Keys.TAB)  # first objective's group: its first button, High
    assert laptop.switch_to.active_element.get_attribute("id") == "p100-high"
    press(Keys.SPACE)  # High
    press(Keys.TAB, Keys.ENTER)  # the comment's summary opens it
    press(Keys.TAB)
    assert laptop.switch_to.active_element.get_attribute("id") == "c100"
    press(*"Core mandate")
    press(Keys.TAB, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT)  # second objective: High → Medium → Low
    press(Keys.TAB, Keys.TAB, Keys.ARROW_LEFT)  # past the summary; third objective: from High back to Dropped
    assert counter(laptop) == "High: 1 of at most 2"
    for _ in range(8):  # its summary, then the three objectives left unranked: each a group and a summary
        press(Keys.TAB)
    assert laptop.switch_to.active_element.tag_name == "button"
    send(laptop, lambda: press(Keys.ENTER))
    assert "Your ballot was recorded" in laptop.find_element(By.TAG_NAME, "main").text
    assert room.box.recorded == [(1, {100: ("high", "Core mandate"), 101: ("low", ""), 102: ("dropped", "")})]


def test_with_scripts_off_the_form_still_sends_and_the_server_checks_the_cap(room: Room) -> None:
    driver = start_chromium(390, 844, phone=True, scripts=False)
    try:
        driver.get(room.url(2))
        for objective in (100, 101, 102):
            tap(driver, label(driver, objective, "high"))
        assert counter(driver) == "High: 0 of at most 2"  # no script: the count is the server's, from the load
        send(driver, lambda: tap(driver, driver.find_element(By.CSS_SELECTOR, "button[type=submit]")))
        assert "the board agreed on at most 2" in driver.find_element(By.CSS_SELECTOR, "[role=alert]").text
        assert counter(driver) == "High: 3 of at most 2 — 1 too many"
        tap(driver, label(driver, 102, "low"))
        send(driver, lambda: tap(driver, driver.find_element(By.CSS_SELECTOR, "button[type=submit]")))
        assert "Your ballot was recorded" in driver.find_element(By.TAG_NAME, "main").text
    finally:
        driver.quit()
    assert room.box.recorded == [(2, {100: ("high", ""), 101: ("high", ""), 102: ("low", "")})]


def test_the_page_runs_no_script_nor_style_but_its_own(phone: WebDriver, room: Room) -> None:
    """A comment carrying a script comes back escaped, and the policy would block it anyway."""
    phone.get(room.url(1))
    tap(phone, label(phone, 100, "high"))
    tap(phone, label(phone, 101, "high"))
    tap(phone, label(phone, 102, "high"))
    tap(phone, phone.find_element(By.CSS_SELECTOR, "#o100 summary"))
    phone.find_element(By.ID, "c100").send_keys("</textarea><script>document.title='owned'</script>")
    send(phone, lambda: tap(phone, phone.find_element(By.CSS_SELECTOR, "button[type=submit]")))
    assert phone.find_elements(By.CSS_SELECTOR, "[role=alert]")
    assert phone.title != "owned" and len(phone.find_elements(By.TAG_NAME, "script")) == 1
    assert "<script>" in phone.find_element(By.ID, "c100").get_attribute("value")
    assert not [e for e in phone.get_log("browser") if "Content Security Policy" in e["message"]]
