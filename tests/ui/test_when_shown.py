"""A costly refresh runs at once on a page being shown, and only when a hidden page is shown again."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMainWindow, QStackedWidget, QTabWidget, QWidget

from planner_gui.ui.widgets.when_shown import WhenShown


def window_with_pages(qtbot: Any, shown: bool) -> tuple[QMainWindow, QStackedWidget, QWidget, QTabWidget, QWidget]:
    window = QMainWindow()
    qtbot.addWidget(window)
    stack = QStackedWidget()
    window.setCentralWidget(stack)
    first, second = QWidget(), QTabWidget()
    stack.addWidget(first)
    stack.addWidget(second)
    second.addTab(QWidget(), "Current tab")
    back_tab = QWidget()
    second.addTab(back_tab, "Other tab")
    if shown:
        window.show()
        qtbot.waitExposed(window)
    return window, stack, first, second, back_tab


def test_a_refresh_asked_for_on_screen_runs_at_once(qtbot: Any) -> None:
    _window, _, first, _, _ = window_with_pages(qtbot, shown=True)
    runs: list[int] = []
    refresh = WhenShown(first, lambda: runs.append(1))
    refresh.request()
    assert runs == [1] and not refresh.pending


def test_refreshes_asked_for_behind_the_page_on_screen_run_once_when_it_is_shown(qtbot: Any) -> None:
    _window, stack, _, second, _ = window_with_pages(qtbot, shown=True)
    runs: list[int] = []
    refresh = WhenShown(second, lambda: runs.append(1))
    for _ in range(3):
        refresh.request()
    assert runs == [] and refresh.pending
    stack.setCurrentIndex(1)
    assert runs == [1] and not refresh.pending
    stack.setCurrentIndex(0)
    stack.setCurrentIndex(1)
    assert runs == [1]  # nothing asked for since


def test_a_tab_behind_a_hidden_page_waits_for_both(qtbot: Any) -> None:
    _window, stack, _, second, back_tab = window_with_pages(qtbot, shown=True)
    runs: list[int] = []
    refresh = WhenShown(back_tab, lambda: runs.append(1))
    refresh.request()
    stack.setCurrentIndex(1)
    assert runs == []  # the page is shown, its other tab still is not
    second.setCurrentWidget(back_tab)
    assert runs == [1]


def test_it_works_the_same_in_a_window_not_yet_shown(qtbot: Any) -> None:
    _window, stack, first, second, _ = window_with_pages(qtbot, shown=False)
    runs: list[str] = []
    WhenShown(first, lambda: runs.append("first")).request()
    WhenShown(second, lambda: runs.append("second")).request()
    assert runs == ["first"]  # the current page would be on screen with its window
    stack.setCurrentIndex(1)
    assert runs == ["first", "second"]
