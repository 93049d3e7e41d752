"""An edit that breaks a rule of the plan is explained in a dialog, and changes nothing anywhere."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLineEdit
from ui_driver import (
    CTRL,
    SAMPLE_NUMBERS,
    file_numbers,
    plan_page,
    replace_text,
    select_goal,
    select_objective,
    tree_model,
    tree_numbers,
)

from planner_gui.ui.main_window import MainWindow


def type_number(qtbot: Any, field: QLineEdit, text: str) -> None:
    """Type over the number field and press Enter (an empty text clears it)."""
    replace_text(qtbot, field, text)
    if not text:
        qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClick(field, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("typed", "explained"),
    [
        ("5", "There is already an Obj. 5"),
        ("", "needs a number"),
        ("   ", "needs a number"),
    ],
)
def test_a_refused_objective_number_is_explained_reverted_and_leaves_the_file_alone(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, fake_dialogs: Any, typed: str, explained: str
) -> None:
    page = plan_page(sample_window)
    select_objective(qtbot, sample_window, "3")
    before = sample_plan.read_bytes()

    type_number(qtbot, page.row_editor.number, typed)

    [error] = fake_dialogs.take("show_error")
    assert error.title == "That change was not made"
    assert explained in error.text
    assert "Traceback" not in error.text
    assert page.row_editor.number.text() == "3"
    assert QGroupBox.title(page.row_editor) == "Obj. 3"  # the box's caption (its `title` is the field)
    assert sample_plan.read_bytes() == before
    assert tree_numbers(tree_model(sample_window)) == SAMPLE_NUMBERS
    assert not sample_window.undo_action.isEnabled()


def test_leaving_the_number_field_after_a_refusal_asks_nothing_more(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, fake_dialogs: Any
) -> None:
    page = plan_page(sample_window)
    select_objective(qtbot, sample_window, "3")
    type_number(qtbot, page.row_editor.number, "5")
    assert len(fake_dialogs.take("show_error")) == 1

    qtbot.mouseClick(page.row_editor.title_field, Qt.MouseButton.LeftButton)  # focus leaves the number field

    assert fake_dialogs.take("show_error") == []
    assert file_numbers(sample_plan) == SAMPLE_NUMBERS


def test_a_duplicate_goal_number_is_refused(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, fake_dialogs: Any
) -> None:
    page = plan_page(sample_window)
    select_goal(qtbot, sample_window, "2")
    before = sample_plan.read_bytes()

    type_number(qtbot, page.row_editor.number, "1")

    [error] = fake_dialogs.take("show_error")
    assert "There is already a Goal 1" in error.text
    assert page.row_editor.number.text() == "2"
    assert sample_plan.read_bytes() == before


def test_a_duplicate_number_typed_in_the_tree_cell_is_refused_and_the_cell_keeps_its_number(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, fake_dialogs: Any
) -> None:
    page = plan_page(sample_window)
    index = select_objective(qtbot, sample_window, "12")
    before = sample_plan.read_bytes()

    qtbot.keyClick(page.tree, Qt.Key.Key_F2)
    editor = page.tree.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editor, "13")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.tree.indexWidget(index) is None)  # the delegate commits on the next turn

    [error] = fake_dialogs.take("show_error")
    assert "There is already an Obj. 13" in error.text
    assert index.data() == "Obj. 12"
    assert sample_plan.read_bytes() == before
    assert not sample_window.undo_action.isEnabled()
