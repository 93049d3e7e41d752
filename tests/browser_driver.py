"""Driving Debian's chromium through chromium-driver (selenium): a member's phone or laptop, as tests use it."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROMIUM_FLAGS = [
    *("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"),
    *("--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"),
    *("--lang=en-US", "--hide-scrollbars"),
]

if CHROMIUM.exists():
    from selenium import webdriver
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
    from selenium.webdriver.common.actions import interaction
    from selenium.webdriver.common.actions.action_builder import ActionBuilder
    from selenium.webdriver.common.actions.pointer_input import PointerInput
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.remote.webelement import WebElement
    from selenium.webdriver.support.wait import WebDriverWait


def start_chromium(width: int, height: int, *, phone: bool, scripts: bool = True) -> WebDriver:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tempfile.mkdtemp(prefix='room-chromium-')}")
    options.add_argument(f"--window-size={width},{height + 200}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})  # to see any policy violation
    if not scripts:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=webdriver.ChromeService(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(20)
    metrics = {"width": width, "height": height, "deviceScaleFactor": 2 if phone else 1, "mobile": phone}
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    if phone:
        driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 5})
    return driver


def label(driver: WebDriver, objective: int, tier: str) -> WebElement:
    return driver.find_element(By.CSS_SELECTOR, f'label[for="p{objective}-{tier}"]')


def tap(driver: WebDriver, element: WebElement) -> None:
    """A finger's tap in the middle of the element (a touch pointer, not a mouse)."""
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    finger = PointerInput(interaction.POINTER_TOUCH, "finger")
    actions = ActionBuilder(driver, mouse=finger)
    actions.pointer_action.move_to(element).pointer_down().pause(0.05).pointer_up()
    actions.perform()


def send(driver: WebDriver, press: Callable[[], None]) -> None:
    """Send the form (by ``press``) and wait for the answer's page to replace this one."""
    page = driver.find_element(By.TAG_NAME, "html")
    press()
    WebDriverWait(driver, 15).until(lambda _driver: _replaced(page))


def _replaced(element: WebElement) -> bool:
    """Whether the page holding ``element`` has gone. Chromium, asked mid-navigation, may say so in its own words
    ("Node with given id does not belong to the document") rather than as a stale element."""
    try:
        element.is_enabled()
    except StaleElementReferenceException:
        return True
    except WebDriverException as error:
        if "does not belong to the document" in str(error):
            return True
        raise
    return False


def counter(driver: WebDriver) -> str:
    return str(driver.find_element(By.ID, "high-count").text)
