"""Keyboard accelerators (the letter after ``&``) on screen: what a window offers at once, and where two clash."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QMenu, QTabBar, QWidget

_MNEMONIC = re.compile(r"&([^&\s])")


def letter(text: str) -> str | None:
    """The accelerator's letter of ``text`` ("&File" -> "f"), or None."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def clashes(named: list[tuple[str, str]]) -> list[str]:
    """The letters two or more of ``named`` (what, text) share: "f: &File, &Full screen"."""
    by_letter: dict[str, list[str]] = defaultdict(list)
    for what, text in named:
        key = letter(text)
        if key is not None:
            by_letter[key].append(what)
    return [f"{key}: {', '.join(whats)}" for key, whats in sorted(by_letter.items()) if len(whats) > 1]


def menu_clashes(menu: QMenu, path: str = "") -> list[str]:
    """Clashes among one menu's items, then in each of its submenus."""
    actions = [a for a in menu.actions() if not a.isSeparator()]
    where = f"{path}{menu.title().replace('&', '')}"
    found = [f"{where}: {c}" for c in clashes([(a.text(), a.text()) for a in actions])]
    for action in actions:
        if action.menu() is not None:
            found += menu_clashes(action.menu(), f"{where} > ")
    return found


def on_screen(window: QMainWindow) -> list[tuple[str, str]]:
    """Everything in ``window`` an Alt+letter reaches now: the menu bar's titles, and the buttons, labels (with a
    buddy), group boxes and tabs that are visible."""
    named = [(f"menu {a.text()}", a.text()) for a in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) and not isinstance(widget.parent(), QTabBar):
            named.append((f"button {widget.text()}", widget.text()))
        elif isinstance(widget, QLabel) and widget.buddy() is not None and widget.buddy().isVisible():
            named.append((f"label {widget.text()}", widget.text()))
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            named.append((f"group {widget.title()}", widget.title()))
        elif isinstance(widget, QTabBar):
            named += [(f"tab {widget.tabText(i)}", widget.tabText(i)) for i in range(widget.count())]
    return named
