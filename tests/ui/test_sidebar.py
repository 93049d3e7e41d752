"""The retreat's steps in the sidebar, and the ways to move between them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from ui_driver import ALT, CTRL, SHIFT, click, select_objective

from plan_files import committed
from planner_gui.ui.main_window import MainWindow

STEPS = ["Plan", "Achievements", "Review", "Context", "Ranking", "Strategies", "Export"]


def step_titles(window: MainWindow) -> list[str]:
    steps = window.workspace.steps
    return [steps.item(row).text() for row in range(steps.count())]


def current_title(window: MainWindow) -> str:
    return window.workspace.current_page().title_label.text()


def test_the_sidebar_lists_the_seven_steps_in_order(sample_window: MainWindow) -> None:
    assert step_titles(sample_window) == [f"{n}  {title}" for n, title in enumerate(STEPS, start=1)]
    assert sample_window.workspace.steps.currentRow() == 0
    assert current_title(sample_window) == "1  Plan"


def test_every_step_is_a_page_of_its_own_with_its_done_mark(sample_window: MainWindow) -> None:
    steps = sample_window.workspace.steps
    for row, page in enumerate(sample_window.workspace.pages):
        assert steps.item(row).text() == f"{page.number}  {page.title}"
        assert page.findChild(QLabel, "upcomingBanner") is None, page.title
        assert not page.done_button.isHidden(), page.title


def test_ctrl_page_down_and_up_walk_through_the_steps(qtbot: Any, sample_window: MainWindow) -> None:
    qtbot.keyClick(sample_window, Qt.Key.Key_PageDown, CTRL)
    assert current_title(sample_window) == "2  Achievements"
    assert sample_window.workspace.steps.currentRow() == 1

    qtbot.keyClick(sample_window, Qt.Key.Key_PageDown, CTRL)
    qtbot.keyClick(sample_window, Qt.Key.Key_PageUp, CTRL)
    assert current_title(sample_window) == "2  Achievements"


def test_ctrl_page_up_on_the_first_step_and_down_on_the_last_go_nowhere(qtbot: Any, sample_window: MainWindow) -> None:
    qtbot.keyClick(sample_window, Qt.Key.Key_PageUp, CTRL)
    assert current_title(sample_window) == "1  Plan"
    qtbot.keyClick(sample_window, Qt.Key.Key_7, ALT)
    qtbot.keyClick(sample_window, Qt.Key.Key_PageDown, CTRL)
    assert current_title(sample_window) == "7  Export"


def test_alt_and_a_step_number_jump_to_that_step(qtbot: Any, sample_window: MainWindow) -> None:
    qtbot.keyClick(sample_window, Qt.Key.Key_5, ALT)
    assert current_title(sample_window) == "5  Ranking"
    assert sample_window.workspace.steps.currentRow() == 4

    qtbot.keyClick(sample_window, Qt.Key.Key_1, ALT)
    assert current_title(sample_window) == "1  Plan"


def test_a_step_gone_to_by_key_gives_its_list_the_keys_so_its_shortcuts_work_at_once(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path
) -> None:
    """Alt+2 then Ctrl+Shift+N adds an achievement (the keys had landed on a button of the page's header)."""
    select_objective(qtbot, sample_window, "1")  # the keys in the Plan page's tree
    qtbot.keyClick(sample_window, Qt.Key.Key_2, ALT)
    page = sample_window.workspace.current_page()
    assert QApplication.focusWidget() is page.focus_target()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, CTRL | SHIFT)
    assert committed(sample_plan, "SELECT count(*) FROM outcome") == [(10,)]
    sample_window.workspace.steps.setFocus()  # walking the steps in the sidebar: the keys stay there
    qtbot.keyClick(sample_window.workspace.steps, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is sample_window.workspace.steps


def test_back_and_next_buttons_change_the_page_and_name_the_neighbouring_steps(
    qtbot: Any, sample_window: MainWindow
) -> None:
    workspace = sample_window.workspace
    assert not workspace.back_button.isEnabled()
    assert workspace.next_button.text() == "Next: Achievements"

    click(qtbot, workspace.next_button)
    click(qtbot, workspace.next_button)

    assert current_title(sample_window) == "3  Review"
    assert workspace.back_button.text() == "Back: Achievements"
    assert workspace.next_button.text() == "Next: Context"

    click(qtbot, workspace.back_button)

    assert current_title(sample_window) == "2  Achievements"
    for _ in range(5):
        click(qtbot, workspace.next_button)
    assert current_title(sample_window) == "7  Export"
    assert not workspace.next_button.isEnabled()
    assert workspace.next_button.text() == "Next"


def test_clicking_a_step_in_the_sidebar_opens_its_page(qtbot: Any, sample_window: MainWindow) -> None:
    steps = sample_window.workspace.steps
    rect = steps.visualItemRect(steps.item(3))

    qtbot.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    assert current_title(sample_window) == "4  Context"


def test_opening_a_plan_starts_on_the_plan_step(qtbot: Any, sample_window: MainWindow, tmp_path: Any) -> None:
    from planner_gui.core.sample import write_sample

    qtbot.keyClick(sample_window, Qt.Key.Key_4, ALT)
    other = tmp_path / "other.retreat"
    write_sample(other).close()

    assert sample_window.open_path(other)

    assert current_title(sample_window) == "1  Plan"


def test_step_shortcuts_do_nothing_without_a_plan(qtbot: Any, window: MainWindow) -> None:
    assert not window.next_step_action.isEnabled()
    assert not any(action.isEnabled() for action in window.step_actions)

    qtbot.keyClick(window, Qt.Key.Key_3, ALT)
    qtbot.keyClick(window, Qt.Key.Key_PageDown, CTRL)

    assert window.central.currentWidget() is window.welcome
    assert window.workspace.current() == 0


def sidebar_states(window: MainWindow) -> list[str]:
    steps = window.workspace.steps
    return [steps.item(row).data(Qt.ItemDataRole.AccessibleDescriptionRole) for row in range(steps.count())]


def test_each_steps_state_follows_the_plan_without_its_page_being_built(
    qtbot: Any, window: MainWindow, tmp_path: Any
) -> None:
    from planner_gui.core.document import PlanDocument

    path = tmp_path / "new.retreat"
    PlanDocument.create(path, title="Board retreat").close()
    assert window.open_path(path)
    assert window.plan is not None
    qtbot.waitUntil(lambda: sidebar_states(window) == ["Not started"] * 7)
    shown = window.workspace.current_page()
    assert window.workspace.built_pages() == [shown]  # only the page on screen is built

    window.plan.doc.structure.add_goal("1", "Protect journalists")  # an edit from anywhere: the Plan step has begun
    qtbot.waitUntil(lambda: sidebar_states(window)[0] == "In progress")
    window.step_actions[1].trigger()
    achievements = window.workspace.current_page()
    click(qtbot, achievements.done_button)
    qtbot.waitUntil(lambda: sidebar_states(window)[:2] == ["In progress", "Done"])
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: sidebar_states(window)[:2] == ["In progress", "Not started"])
    assert sidebar_states(window)[2:] == [*["Not started"] * 4, "In progress"]  # Export: a goal was added
    assert "Achievements: Not started" in window.workspace.steps.item(1).toolTip()


def test_visiting_every_step_builds_its_page_once_and_keeps_the_window_active(
    qtbot: Any, sample_window: MainWindow
) -> None:
    from PySide6.QtWidgets import QApplication

    seen = []
    for row in range(7):
        sample_window.step_actions[row].trigger()
        seen.append(sample_window.workspace.current_page())
        assert QApplication.activeWindow() is sample_window  # no page flashes a window of its own as it is built
    assert sample_window.workspace.built_pages() == seen
    sample_window.step_actions[0].trigger()
    assert sample_window.workspace.current_page() is seen[0]


def test_the_sidebar_has_an_icon_for_every_state_the_core_gives() -> None:
    from planner_gui.core.progress import StepState
    from planner_gui.ui.workspace import NOT_STARTED, STATE_ICONS

    assert set(STATE_ICONS) == {state.value for state in StepState}
    assert StepState.NOT_STARTED.value == NOT_STARTED


def test_a_step_passed_over_in_one_go_is_never_built_and_no_frame_shows_an_empty_step(
    qtbot: Any, window: MainWindow, sample_plan: Any
) -> None:
    from PySide6.QtCore import QEvent, QObject

    workspace = window.workspace
    shown_in_frames: list[bool] = []

    class Frames(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.UpdateRequest:  # a frame is painted as this is handled
                shown_in_frames.append(workspace.stack.currentWidget() in workspace.built_pages())
            return False

    frames = Frames(window)
    window.installEventFilter(frames)
    assert window.open_path(sample_plan)
    window.step_actions[4].trigger()  # Alt+5 straight after opening: the Plan page is passed over
    qtbot.waitUntil(lambda: len(shown_in_frames) >= 2)
    assert [page.key for page in workspace.built_pages()] == ["ranking"]
    assert workspace.stack.currentWidget() is workspace.page(4)
    assert all(shown_in_frames), shown_in_frames  # the page was built before the frame that shows it
    window.step_actions[1].trigger()
    window.step_actions[2].trigger()
    qtbot.waitUntil(lambda: len(workspace.built_pages()) == 2)
    assert [page.key for page in workspace.built_pages()] == ["review", "ranking"]
    window.removeEventFilter(frames)
