"""Keyboard accelerators in every language: no two items of one menu, and no two things on screen at once (the
menu bar's titles, a page's buttons, labelled fields and tabs), share a letter.

Two controls with one Alt+letter make Qt cycle between them instead of acting: a facilitator pressing Alt+A
for a tab would land in a menu. Every step and tab is visited with the sample plan open, its results revealed
(the Results tab shows its buttons then).
"""

from __future__ import annotations

from typing import Any

import pytest
from mnemonics import clashes, menu_clashes, on_screen
from test_fits_the_room import tour

from planner_gui.ui import language
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.pages.ranking.member_link import MemberLinkWindow


@pytest.mark.parametrize("code", language.CODES)
def test_no_two_items_of_a_menu_share_an_accelerator(sample_window: MainWindow, code: str) -> None:
    window = sample_window
    window.choose_language(code)
    bar = window.menuBar()
    found = clashes([(a.text(), a.text()) for a in bar.actions()])
    for action in bar.actions():
        found += menu_clashes(action.menu())
    assert found == []
    steps = window.steps_menu
    assert [a.text() for a in steps.actions()][4].startswith("&5 ")


@pytest.mark.parametrize("code", language.CODES)
def test_no_two_controls_on_screen_share_an_accelerator(qtbot: Any, sample_window: MainWindow, code: str) -> None:
    window = sample_window
    window.resize(1366, 768)
    window.choose_language(code)
    window.workspace.go_to(4)
    results = window.workspace.current_page().results
    if not window.plan.doc.plan.results_revealed:  # type: ignore[union-attr]
        results.toggle_reveal()  # its buttons are shown once the results are
    found = {where: c for where in tour(qtbot, window) if (c := clashes(on_screen(window)))}
    assert found == {}
    assert on_screen(window)  # (what it looked at: the menu bar's titles at least)


@pytest.mark.parametrize("code", language.CODES)
def test_a_member_s_link_window_has_distinct_accelerators(qtbot: Any, sample_window: MainWindow, code: str) -> None:
    sample_window.choose_language(code)
    links = MemberLinkWindow(sample_window.plan, lambda: [(1, "Amina Diallo", "http://127.0.0.1:8765/x", False)])  # type: ignore[arg-type]
    qtbot.addWidget(links)
    named = [(b.text(), b.text()) for b in links.findChildren(type(links.next_button))]
    named += [(label.text(), label.text()) for label in links.findChildren(type(links.state)) if label.buddy()]
    assert len(named) == 3 and clashes(named) == []
