"""A pseudo-language 40 % longer than English: at 1366×768 no button, tab, check box, menu or heading is cut short.

French and Spanish run 15–30 % longer than English; a translator that lengthens every one of the window's
strings by 40 % (accented letters appended, placeholders and accelerators kept) stands for any language the
program may speak. Every step and tab is visited, the sample plan open and its results revealed; each
control's text is measured with its own font against the room the layout gives it.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QGroupBox, QLabel, QMenuBar, QTabBar, QToolButton, QWidget
from test_fits_the_room import tour

from planner_gui.ui.main_window import MainWindow

TS = Path(__file__).resolve().parents[2] / "translations" / "planner_fr.ts"
PADDING = "ÀÉÎÕÜàéîõüÇçÑñ"
LONGER = 0.4
NOT_WORDS = {"numbers"}  # date patterns: lengthened, they would no longer be patterns
HEADINGS = {"stepTitle", "sectionLabel", "welcomeTitle"}


def lengthen(text: str) -> str:
    """``text`` 40 % longer, every line: accented letters after it (placeholders, ``%n`` and ``&`` untouched)."""
    return "\n".join(
        line + (PADDING * 8)[: math.ceil(len(line) * LONGER)] if line else line for line in text.split("\n")
    )


class LongerWords(QTranslator):
    """Every string of the window's own contexts, 40 % longer; Qt's own dialogs' strings are left alone."""

    def __init__(self) -> None:
        super().__init__()
        self.contexts = {c.findtext("name") for c in ET.parse(TS).getroot().iter("context")} - NOT_WORDS
        self.asked = 0

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if context not in self.contexts or source == "HMLD":
            return ""
        self.asked += 1
        return lengthen(source)

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def longer(qapp: Any) -> Iterator[LongerWords]:
    translator = LongerWords()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def cut_short(window: QWidget) -> list[str]:
    """What on screen in ``window`` is narrower than its words need."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                rect, hint = widget.tabRect(i), widget.tabSizeHint(i)
                if rect.width() < hint.width() or rect.right() > widget.width() or rect.left() < 0:
                    found.append(f"tab {widget.tabText(i)!r}: {rect.width()} of {hint.width()} px")
        elif isinstance(widget, QAbstractButton) and not isinstance(widget.parent(), QTabBar) and widget.text():
            if isinstance(widget, QToolButton) and widget.toolButtonStyle().name == "ToolButtonIconOnly":
                continue
            hint = widget.sizeHint().width()
            if isinstance(widget, QCheckBox) and widget.width() < hint:
                found.append(f"check box {widget.text()!r}: {widget.width()} of {hint} px")
            elif not isinstance(widget, QCheckBox) and widget.width() < hint:
                found.append(f"button {widget.text()!r}: {widget.width()} of {hint} px")
        elif isinstance(widget, QLabel) and widget.objectName() in HEADINGS and not widget.wordWrap():
            needed = widget.fontMetrics().horizontalAdvance(widget.text())
            if widget.textFormat().name != "RichText" and widget.contentsRect().width() < needed:
                found.append(f"heading {widget.text()!r}: {widget.contentsRect().width()} of {needed} px")
        elif isinstance(widget, QGroupBox) and widget.title():
            needed = widget.fontMetrics().horizontalAdvance(widget.title()) + 20
            if widget.width() < needed:
                found.append(f"group {widget.title()!r}: {widget.width()} of {needed} px")
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                geometry = widget.actionGeometry(action)
                if geometry.isEmpty() or geometry.right() > widget.width():
                    found.append(f"menu {action.text()!r} off the menu bar")
    return found


def test_nothing_is_cut_short_in_a_language_forty_percent_longer(
    qtbot: Any, longer: LongerWords, make_window: Callable[..., MainWindow], sample_plan: Path
) -> None:
    window = make_window()
    window.resize(1366, 768)
    assert window.open_path(sample_plan)
    assert window.file_menu.title().startswith("&File" + PADDING[:2])  # the window's words are the longer ones
    window.workspace.go_to(4)
    results = window.workspace.current_page().results
    results.toggle_reveal()
    problems = {where: found for where in tour(qtbot, window) if (found := cut_short(window))}
    assert problems == {}, "\n".join(f"{where}: {found}" for where, found in problems.items())
    assert longer.asked > 500
    window.agenda_dock.show()  # beside the page, as narrow as it starts
    qtbot.wait(50)
    assert cut_short(window.agenda_dock) == []
