"""What the program remembers between runs: recent plans, the window's size, presentation mode."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication
from ui_driver import click, plan_page

from planner_gui.core.sample import write_sample
from planner_gui.ui import settings
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.welcome import PATH_ROLE


@pytest.fixture
def two_plans(tmp_path: Path, sample_plan: Path) -> tuple[Path, Path]:
    second = tmp_path / "Second plan.retreat"
    write_sample(second).close()
    return sample_plan, second


def recent_paths(window: MainWindow) -> list[str]:
    recent = window.welcome.recent
    return [recent.item(row).data(PATH_ROLE) for row in range(recent.count())]


# ----------------------------------------------------------- recent plans


def test_a_fresh_start_shows_no_recent_plans(window: MainWindow) -> None:
    assert window.welcome.recent.count() == 0
    assert not window.welcome.recent.isVisible()
    assert window.central.currentWidget() is window.welcome


def test_plans_opened_are_listed_newest_first_after_the_window_is_reopened(
    make_window: Callable[..., MainWindow], two_plans: tuple[Path, Path]
) -> None:
    first_plan, second_plan = two_plans
    window = make_window()
    assert window.open_path(first_plan)
    assert window.open_path(second_plan)
    window.close()

    again = make_window()  # a new Settings over the same file, as after a restart

    assert recent_paths(again) == [str(second_plan.resolve()), str(first_plan.resolve())]
    assert again.welcome.recent.isVisible()
    texts = [again.welcome.recent.item(row).text() for row in range(2)]
    assert texts[0].startswith("Second plan") and texts[1].startswith("sample")
    assert str(second_plan.parent) in texts[0]


def test_pressing_enter_on_a_recent_plan_opens_it(
    qtbot: Any, make_window: Callable[..., MainWindow], two_plans: tuple[Path, Path]
) -> None:
    first_plan, second_plan = two_plans
    window = make_window()
    assert window.open_path(first_plan)
    assert window.open_path(second_plan)
    window.close()
    again = make_window()
    recent = again.welcome.recent

    recent.setCurrentRow(1)
    recent.setFocus()
    qtbot.keyClick(recent, Qt.Key.Key_Return)

    assert again.plan is not None and again.plan.doc.path.resolve() == first_plan.resolve()
    assert again.central.currentWidget() is again.workspace
    assert again.prefs.recent_files()[0] == first_plan.resolve()  # now the newest


def test_the_recent_menu_lists_the_same_plans(
    make_window: Callable[..., MainWindow], two_plans: tuple[Path, Path]
) -> None:
    first_plan, second_plan = two_plans
    window = make_window()
    assert window.open_path(first_plan)
    assert window.open_path(second_plan)

    window.recent_menu.aboutToShow.emit()

    assert [a.text() for a in window.recent_menu.actions()] == [
        str(second_plan.resolve()),
        str(first_plan.resolve()),
    ]
    window.recent_menu.actions()[1].trigger()
    assert window.plan is not None and window.plan.doc.path.resolve() == first_plan.resolve()


def test_the_open_button_opens_the_plan_chosen(
    qtbot: Any, window: MainWindow, sample_plan: Path, fake_dialogs: Any
) -> None:
    fake_dialogs.answer("ask_open_path", sample_plan)

    click(qtbot, window.welcome.open_button)

    assert window.plan is not None and window.plan.doc.path == sample_plan
    assert fake_dialogs.of("ask_open_path")[0].title == "Open a plan"


def test_cancelling_the_open_dialog_stays_on_the_welcome_screen(
    qtbot: Any, window: MainWindow, fake_dialogs: Any
) -> None:
    fake_dialogs.answer("ask_open_path", None)

    click(qtbot, window.welcome.open_button)

    assert window.plan is None
    assert window.central.currentWidget() is window.welcome


def test_the_sample_button_opens_a_fresh_copy_of_the_sample(qtbot: Any, window: MainWindow) -> None:
    click(qtbot, window.welcome.sample_button)

    assert window.plan is not None and not window.plan.read_only
    assert plan_page(window).model is not None
    assert plan_page(window).model.rowCount() == 4  # type: ignore[union-attr]
    assert window.windowTitle().startswith("Strategic Plan 2012")


# ---------------------------------------------------------------- geometry


def test_the_window_size_is_remembered(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    assert window.size() == QSize(1280, 760)  # the first-run size
    # The offscreen screen is 800 pixels square and restoring fits the window to the screen
    # (its place too), so the size to restore is the narrowest the window allows.
    window.resize(1024, 700)
    window.close()

    again = make_window()

    assert again.size() == QSize(1024, 700)


def test_the_agenda_dock_shown_or_hidden_is_remembered(make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    assert not window.agenda_dock.isVisible()  # hidden on a first run
    window.agenda_action.trigger()
    assert window.agenda_dock.isVisible()
    window.close()

    again = make_window()
    assert again.agenda_dock.isVisible()
    assert again.agenda_action.isChecked()
    again.agenda_action.trigger()
    again.close()

    assert not make_window().agenda_dock.isVisible()


def test_a_long_path_in_the_status_bar_is_shortened_in_the_middle(sample_window: MainWindow, sample_plan: Path) -> None:
    label = sample_window.path_label
    label.resize(160, label.height())
    shown = label.text()
    assert label.full_text() == str(sample_plan)
    assert label.toolTip() == str(sample_plan)
    assert "…" in shown and len(shown) < len(str(sample_plan))
    assert shown.endswith("retreat")  # the file's own name stays readable
    label.resize(4000, label.height())
    assert label.text() == str(sample_plan)


# ------------------------------------------------------- presentation mode


def test_presentation_mode_enlarges_the_text_by_the_scale_and_turning_it_off_restores_it(
    window: MainWindow, app_font: QApplication
) -> None:
    base = app_font.font().pointSizeF()
    scale = window.prefs.get(settings.PRESENTATION_SCALE)
    assert scale > 1

    window.presentation_action.trigger()

    assert window.presentation_action.isChecked()
    assert app_font.font().pointSizeF() == pytest.approx(base * scale)
    assert window.prefs.get(settings.PRESENTATION) is True

    window.presentation_action.trigger()

    assert not window.presentation_action.isChecked()
    assert app_font.font().pointSizeF() == pytest.approx(base)
    assert window.prefs.get(settings.PRESENTATION) is False


def test_f5_toggles_presentation_mode_and_the_choice_survives_a_restart(
    qtbot: Any,
    make_window: Callable[..., MainWindow],
    make_prefs: Callable[[], settings.Settings],
    app_font: QApplication,
) -> None:
    base = app_font.font().pointSizeF()
    prefs = make_prefs()
    prefs.set(settings.PRESENTATION_SCALE, 2.0)
    window = make_window(prefs)

    qtbot.keyClick(window, Qt.Key.Key_F5)

    assert app_font.font().pointSizeF() == pytest.approx(base * 2.0)
    window.close()
    again = make_window()
    assert again.prefs.get(settings.PRESENTATION) is True
    assert again.presentation_action.isChecked()

    qtbot.keyClick(again, Qt.Key.Key_F5)

    assert app_font.font().pointSizeF() == pytest.approx(base)
    assert make_prefs().get(settings.PRESENTATION) is False


def test_the_view_menu_holds_presentation_mode(window: MainWindow) -> None:
    [view] = [a.menu() for a in window.menuBar().actions() if a.text() == "&View"]
    assert window.presentation_action in view.actions()
    assert window.presentation_action.shortcut().toString() == "F5"
