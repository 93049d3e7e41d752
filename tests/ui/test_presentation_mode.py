"""Presentation mode (F5) re-styles what is shown, without rebuilding or re-reading anything."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from plan_files import committed
from planner_gui.ui import settings
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.steps import STEPS


def settle(qtbot: Any) -> None:
    QApplication.processEvents()
    qtbot.wait(10)


def sidebar(window: MainWindow) -> list[str]:
    steps = window.workspace.steps
    return [steps.item(row).text() for row in range(steps.count())]


def test_f5_gives_the_sidebar_s_width_to_the_page_and_the_headings_grow_with_the_text(
    qtbot: Any, sample_window: MainWindow, app_font: QApplication
) -> None:
    window = sample_window
    page = window.workspace.current_page()
    wide = window.workspace.steps.width()
    base = QApplication.font().pointSizeF()
    assert sidebar(window) == [f"{s.number}  {s.title}" for s in STEPS]
    assert page.title_label.font().pointSizeF() == pytest.approx(base * 1.6, abs=0.1)
    assert page.prompt_label.isVisible()
    documents_language = page.plan_fields.language  # the Plan page's setting, for the laptop
    assert documents_language.isVisible()

    window.presentation_action.trigger()
    settle(qtbot)

    scale = window.prefs.get(settings.PRESENTATION_SCALE)
    assert QApplication.font().pointSizeF() == pytest.approx(base * scale)
    assert sidebar(window) == [str(s.number) for s in STEPS]  # the names are in each step's tooltip
    assert window.workspace.steps.width() < wide
    assert page.title_label.font().pointSizeF() == pytest.approx(base * scale * 1.6, abs=0.1)
    assert not page.prompt_label.isVisible()  # the room reads the rows, not the facilitator's prompt
    assert page.title_label.toolTip() == page.prompt
    assert not documents_language.isVisible()  # a setting, not for the wall: its room goes to the plan's texts

    window.presentation_action.trigger()
    settle(qtbot)

    assert sidebar(window) == [f"{s.number}  {s.title}" for s in STEPS]
    assert window.workspace.steps.width() == wide
    assert page.title_label.font().pointSizeF() == pytest.approx(base * 1.6, abs=0.1)
    assert page.prompt_label.isVisible() and documents_language.isVisible()


def test_a_page_not_on_screen_during_f5_takes_the_new_size_when_it_is_shown(
    qtbot: Any, sample_window: MainWindow, app_font: QApplication
) -> None:
    window = sample_window
    window.workspace.go_to(4)
    settle(qtbot)
    ranking = window.workspace.current_page()
    decisions = ranking.decisions  # type: ignore[attr-defined]
    window.workspace.go_to(0)
    settle(qtbot)
    small = decisions.view.font().pointSizeF()

    window.presentation_action.trigger()
    settle(qtbot)
    assert decisions.view.font().pointSizeF() == small  # not laid out again while nobody sees it

    window.workspace.go_to(4)
    ranking.tabs.setCurrentWidget(decisions)  # type: ignore[attr-defined]
    settle(qtbot)
    assert decisions.view.font().pointSizeF() == pytest.approx(QApplication.font().pointSizeF())
    assert decisions.view.font().pointSizeF() > small

    window.presentation_action.trigger()  # and back, on the page shown
    settle(qtbot)
    assert decisions.view.font().pointSizeF() == small


def test_f5_on_the_context_page_reads_nothing_from_the_plan_file(
    qtbot: Any, sample_window: MainWindow, app_font: QApplication
) -> None:
    window = sample_window
    window.workspace.go_to(3)
    settle(qtbot)
    assert window.plan is not None
    statements: list[str] = []
    engine = window.plan.doc.session.get_bind()
    listener = lambda *args: statements.append(args[2])  # noqa: E731  (conn, cursor, statement, ...)
    event.listen(engine, "before_cursor_execute", listener)
    try:
        for _ in range(2):
            window.presentation_action.trigger()
            settle(qtbot)
            window.repaint()
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    assert statements == []  # every row measured again from what the tree holds


def test_the_agenda_fits_its_columns_with_no_plan_open(
    qtbot: Any, sample_window: MainWindow, app_font: QApplication
) -> None:
    window = sample_window
    window.agenda_dock.show()
    settle(qtbot)
    window.close_plan()
    window.presentation_action.trigger()  # the dock's type grows with no plan, so no columns, in it
    window.resize(window.width() - 100, window.height())
    settle(qtbot)
    assert window.agenda_dock.view.model().columnCount() == 0


# ------------------------------------------------------------ full screen


def test_f11_fills_the_screen_and_gives_the_window_back(qtbot: Any, window: MainWindow) -> None:
    assert window.full_screen_action.shortcut().toString() == "F11"
    assert not window.isFullScreen()
    window.full_screen_action.trigger()
    qtbot.waitUntil(window.isFullScreen)
    assert window.full_screen_action.isChecked()
    window.full_screen_action.trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.full_screen_action.isChecked()


# ----------------------------------------------------------- discussion


def results_tab(qtbot: Any, window: MainWindow) -> Any:
    window.workspace.go_to(4)
    page = window.workspace.current_page()
    page.tabs.setCurrentWidget(page.results)  # type: ignore[attr-defined]
    tab = page.results  # type: ignore[attr-defined]
    settle(qtbot)
    if not tab.revealed():
        tab.toggle_reveal()
    qtbot.waitUntil(lambda: tab.view.model().rowCount() == 16)
    return tab


def test_the_discussion_view_walks_the_objectives_one_by_one_and_records_the_board_s_decision(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path
) -> None:
    tab = results_tab(qtbot, sample_window)
    assert not tab.discuss_button.isHidden()
    tab.view.setCurrentIndex(tab.view.model().index(2, 1))  # Obj. 3
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    view = tab.discussion
    assert view is not None
    qtbot.waitUntil(view.isVisible)
    assert view.isFullScreen() and view.screen() is sample_window.screen()
    assert view.number.text() == "Obj. 3"
    assert view.title.text() == "Cluster munition stockpiles are destroyed under the Convention on Cluster Munitions"
    assert view.where.text() == "3 of 16"
    assert view.counts.text() == "High 0 · Medium 6 · Low 1 · Dropped 0"
    assert view.measures.text().startswith("Mean 1.9 (high 3 … dropped 0) · Consensus 0.87")
    assert view.flag.isHidden() and view.decision.text() == "Medium"

    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.number.text() == "Obj. 4" and view.where.text() == "4 of 16"
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.number.text() == "Obj. 2"

    qtbot.keyClick(view, Qt.Key.Key_F)  # only the objectives the board is split on: in the sample, Obj. 9
    assert view.only_flagged.isChecked()
    assert view.number.text() == "Obj. 9" and view.where.text() == "1 of 1 ⚑ Discuss"
    assert not view.flag.isHidden() and not view.next_button.isEnabled()

    qtbot.keyClick(view, Qt.Key.Key_H)  # the board decides, one key, as on the Decisions tab
    assert committed(sample_plan, "SELECT priority FROM objective WHERE number = '9'") == [("high",)]
    assert view.decision.text() == "High" and view.number.text() == "Obj. 9"  # the room stays on it
    assert sample_window.undo_action.text() == "&Undo Decide high for Obj. 9"
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # a key pressed by mistake: Ctrl+Z here
    assert committed(sample_plan, "SELECT priority FROM objective WHERE number = '9'") == [("medium",)]
    assert view.decision.text() == "Medium"

    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()


def test_results_hidden_again_hide_which_objectives_are_split_in_the_discussion_view_too(
    qtbot: Any, sample_window: MainWindow
) -> None:
    """The ⚑ flag says how the room voted: hidden with the votes, and no walk of the flagged ones (F)."""
    tab = results_tab(qtbot, sample_window)
    tab.view.setCurrentIndex(tab.view.model().index(8, 1))  # Obj. 9, the sample's one split objective
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    view = tab.discussion
    assert view is not None
    qtbot.waitUntil(view.isVisible)
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert view.only_flagged.isChecked() and not view.flag.isHidden()
    tab.toggle_reveal()  # hidden again, the view still up
    qtbot.wait(20)
    assert view.hidden_note.isVisible() and view.flag.isHidden()
    assert not view.only_flagged.isChecked() and not view.only_flagged.isEnabled()
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert not view.only_flagged.isChecked()
    flags = []
    for _ in range(16):
        flags.append(not view.flag.isHidden())
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert flags == [False] * 16 and view.where.text() == "16 of 16"
    qtbot.keyClick(view, Qt.Key.Key_Escape)


def test_the_discussion_view_shows_comments_only_when_votes_are_shown_by_name(
    qtbot: Any, sample_window: MainWindow
) -> None:
    assert sample_window.plan is not None
    doc = sample_window.plan.doc
    member = doc.ranking.find_member("Amina Diallo")
    assert member is not None
    objective = doc.structure.objectives()[0]
    doc.ranking.restore_ballot(member.id, None)
    doc.ranking.cast_ballot(member.id, {objective.id: ("high", "Our members can deliver this one")})
    tab = results_tab(qtbot, sample_window)
    tab.view.setCurrentIndex(tab.view.model().index(0, 1))
    tab.discuss()
    view = tab.discussion
    assert view.number.text() == "Obj. 1" and view.comments.isHidden()  # counts only: no names, no comments

    tab.by_name.setChecked(True)
    view.show_current()
    assert not view.comments.isHidden()
    assert "Amina Diallo" in view.comments.text() and "Our members can deliver this one" in view.comments.text()
    view.close()
