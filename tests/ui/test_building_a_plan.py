"""A plan built from nothing through the window's own widgets is all there after reopening the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from ui_driver import (
    CTRL,
    SHIFT,
    click,
    file_outline,
    file_plan_fields,
    plan_page,
    replace_text,
    select_goal,
    select_objective,
    tree_model,
    tree_outline,
)

from planner_gui.ui.main_window import MainWindow

EXPECTED = [
    (
        "Goal 1",
        "Healthy rivers",
        [("Obj. 1", "Monitor water quality"), ("Obj. 2", "Plant 500 riverbank trees")],
    ),
    (
        "Goal 2",
        "A strong network",
        [("Obj. 3", "Train volunteers"), ("Obj. 4a", "Hold an annual meeting")],
    ),
]


def build_plan(qtbot: Any, window: MainWindow) -> None:
    """Type the plan's texts, add goals and objectives, rename and renumber, all through the widgets."""
    page = plan_page(window)
    fields = page.plan_fields.fields
    replace_text(qtbot, fields["organisation"], "Friends of the River")
    replace_text(qtbot, fields["title"], "Strategic Plan 2026-2029")
    replace_text(qtbot, fields["vision"], "Clean rivers, for everyone.")

    title = page.row_editor.title_field
    click(qtbot, page.add_goal_button)  # Goal 1; its title is selected, ready to type over
    assert title.hasFocus() and title.selectedText() == "New goal"
    qtbot.keyClicks(title, "Healthy rivers")
    qtbot.keyClick(title, Qt.Key.Key_G, CTRL | SHIFT)  # Goal 2
    assert title.hasFocus() and title.selectedText() == "New goal"
    qtbot.keyClicks(title, "A strong network")

    select_goal(qtbot, window, "1")
    click(qtbot, page.add_objective_button)  # Obj. 1 under the selected goal
    qtbot.keyClicks(title, "Monitor water quality")
    qtbot.keyClick(title, Qt.Key.Key_O, CTRL | SHIFT)  # Obj. 2, beside the selected objective
    qtbot.keyClicks(title, "Plant riverbank trees")

    select_goal(qtbot, window, "2")
    qtbot.keyClick(page.tree, Qt.Key.Key_O, CTRL | SHIFT)  # Obj. 3 under Goal 2
    qtbot.keyClicks(title, "Train volunteers")
    click(qtbot, page.add_objective_button)  # Obj. 4
    qtbot.keyClicks(title, "Hold an annual meeting")

    # Rename an objective in the row editor.
    select_objective(qtbot, window, "2")
    replace_text(qtbot, title, "Plant 500 riverbank trees")

    # Renumber an objective in the tree's own cell editor (F2).
    index = select_objective(qtbot, window, "4")
    qtbot.keyClick(page.tree, Qt.Key.Key_F2)
    editor = page.tree.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    assert editor.text() == "4"
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editor, "4a")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits and closes its editor on the next turn of the event loop.
    qtbot.waitUntil(lambda: page.tree.indexWidget(index) is None)


def test_new_plan_button_creates_the_file_chosen_and_opens_it(
    qtbot: Any, window: MainWindow, fake_dialogs: Any, tmp_path: Path
) -> None:
    path = tmp_path / "River trust.retreat"
    fake_dialogs.answer("ask_save_path", path)

    click(qtbot, window.welcome.new_button)

    [asked] = fake_dialogs.of("ask_save_path")
    assert asked.title == "Create a new plan"
    assert asked.text.endswith("New plan.retreat")
    assert path.is_file()
    assert window.central.currentWidget() is window.workspace
    assert window.plan is not None and window.plan.doc.path == path
    assert plan_page(window).plan_fields.fields["title"].text() == "River trust"
    assert window.windowTitle() == "River trust — Retreat Planner"
    assert tree_outline(tree_model(window)) == []


def test_a_plan_typed_in_the_window_is_all_there_after_closing_and_reopening(
    qtbot: Any, window: MainWindow, fake_dialogs: Any, tmp_path: Path
) -> None:
    path = tmp_path / "River trust.retreat"
    fake_dialogs.answer("ask_save_path", path)
    click(qtbot, window.welcome.new_button)

    build_plan(qtbot, window)

    assert tree_outline(tree_model(window)) == EXPECTED
    window.close_action.trigger()
    assert window.central.currentWidget() is window.welcome
    assert file_outline(path) == EXPECTED
    saved = file_plan_fields(path)
    assert saved["organisation"] == "Friends of the River"
    assert saved["title"] == "Strategic Plan 2026-2029"
    assert saved["vision"] == "Clean rivers, for everyone."

    assert window.open_path(path)

    assert tree_outline(tree_model(window)) == EXPECTED
    fields = plan_page(window).plan_fields.fields
    assert fields["organisation"].text() == "Friends of the River"
    assert fields["title"].text() == "Strategic Plan 2026-2029"
    assert fields["vision"].toPlainText() == "Clean rivers, for everyone."
    assert window.windowTitle() == "Strategic Plan 2026-2029 — Retreat Planner"
    assert window.path_label.full_text() == str(path)


def test_adding_an_objective_before_any_goal_says_to_add_a_goal_first(
    qtbot: Any, window: MainWindow, fake_dialogs: Any, tmp_path: Path
) -> None:
    fake_dialogs.answer("ask_save_path", tmp_path / "Empty.retreat")
    click(qtbot, window.welcome.new_button)
    page = plan_page(window)
    page.tree.setFocus()

    qtbot.keyClick(page.tree, Qt.Key.Key_O, CTRL | SHIFT)

    [notice] = fake_dialogs.take("inform")
    assert notice.title == "Add a goal first"
    assert tree_model(window).rowCount() == 0
    assert not window.undo_action.isEnabled()


def test_cancelling_the_new_plan_dialog_creates_nothing(
    qtbot: Any, window: MainWindow, fake_dialogs: Any, tmp_path: Path
) -> None:
    fake_dialogs.answer("ask_save_path", None)
    before = sorted(tmp_path.iterdir())

    click(qtbot, window.welcome.new_button)

    assert window.plan is None
    assert sorted(tmp_path.iterdir()) == before
