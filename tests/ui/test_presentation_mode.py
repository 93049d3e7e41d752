"""Presentation mode (F5) re-styles what is shown, without rebuilding or re-reading anything."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

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

    window.presentation_action.trigger()
    settle(qtbot)

    scale = window.prefs.get(settings.PRESENTATION_SCALE)
    assert QApplication.font().pointSizeF() == pytest.approx(base * scale)
    assert sidebar(window) == [str(s.number) for s in STEPS]  # the names are in each step's tooltip
    assert window.workspace.steps.width() < wide
    assert page.title_label.font().pointSizeF() == pytest.approx(base * scale * 1.6, abs=0.1)
    assert not page.prompt_label.isVisible()  # the room reads the rows, not the facilitator's prompt
    assert page.title_label.toolTip() == page.prompt

    window.presentation_action.trigger()
    settle(qtbot)

    assert sidebar(window) == [f"{s.number}  {s.title}" for s in STEPS]
    assert window.workspace.steps.width() == wide
    assert page.title_label.font().pointSizeF() == pytest.approx(base * 1.6, abs=0.1)
    assert page.prompt_label.isVisible()


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
