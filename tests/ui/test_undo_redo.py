"""Undo and redo through the plan's one stack: typing, adding, deleting and moving rows.

The sample plan has goals 1-4 with objectives 1-7 under goal 1, 8-12 under
goal 2, 13-16 under goal 3 and none under goal 4.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget
from ui_driver import (
    CTRL,
    SAMPLE_NUMBERS,
    click,
    file_numbers,
    file_outline,
    file_plan_fields,
    objective_index,
    plan_page,
    redo_text,
    replace_text,
    select_goal,
    select_objective,
    tree_model,
    tree_numbers,
    tree_outline,
    undo_text,
)

from planner_gui.ui.app import install_exception_hook
from planner_gui.ui.main_window import MainWindow

UNDO_WAYS = ("edit menu", "ctrl+z to the window", "ctrl+z in the field")


def press(qtbot: Any, widget: QWidget, action: QAction) -> None:
    """Press the first key sequence of ``action`` on ``widget``, as the keyboard would."""
    combination = action.shortcut()[0]
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


def undo(qtbot: Any, window: MainWindow, how: str, field: QWidget | None = None) -> None:
    if how == "edit menu":
        window.undo_action.trigger()
    elif how == "ctrl+z to the window":
        press(qtbot, window, window.undo_action)
    else:
        assert field is not None and field.hasFocus()
        press(qtbot, field, window.undo_action)


def redo(qtbot: Any, window: MainWindow, how: str, field: QWidget | None = None) -> None:
    if how == "edit menu":
        window.redo_action.trigger()
    elif how == "ctrl+z to the window":
        press(qtbot, window, window.redo_action)
    else:
        assert field is not None and field.hasFocus()
        press(qtbot, field, window.redo_action)


def text_of(field: QLineEdit | QPlainTextEdit) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()


def edit_menu_texts(window: MainWindow) -> list[str]:
    [menu_action] = [a for a in window.menuBar().actions() if a.text() == "&Edit"]
    menu = menu_action.menu()
    return [a.text().replace("&", "") for a in menu.actions()]


# ------------------------------------------------------------------ typing


@pytest.mark.parametrize("how", UNDO_WAYS)
@pytest.mark.parametrize(("name", "caption"), [("period", "Period"), ("vision", "Vision")])
def test_one_undo_takes_back_a_whole_stretch_of_typing(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, how: str, name: str, caption: str
) -> None:
    field = plan_page(sample_window).plan_fields.fields[name]
    before = text_of(field)

    replace_text(qtbot, field, "Twenty twenty-six to twenty-nine")

    assert file_plan_fields(sample_plan)[name] == "Twenty twenty-six to twenty-nine"
    assert sample_window.plan is not None and sample_window.plan.undo_stack.count() == 1
    assert undo_text(sample_window) == f"Undo Edit {caption}"
    assert edit_menu_texts(sample_window)[0] == f"Undo Edit {caption}"

    undo(qtbot, sample_window, how, field)

    assert text_of(field) == before
    assert file_plan_fields(sample_plan)[name] == before
    assert not sample_window.undo_action.isEnabled()
    assert redo_text(sample_window) == f"Redo Edit {caption}"

    redo(qtbot, sample_window, how, field)

    assert text_of(field) == "Twenty twenty-six to twenty-nine"
    assert file_plan_fields(sample_plan)[name] == "Twenty twenty-six to twenty-nine"
    assert undo_text(sample_window) == f"Undo Edit {caption}"


def test_typing_again_after_leaving_the_field_is_a_new_undo_step(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path
) -> None:
    fields = plan_page(sample_window).plan_fields.fields
    replace_text(qtbot, fields["period"], "2026")
    replace_text(qtbot, fields["organisation"], "River trust")
    click(qtbot, fields["period"])
    fields["period"].end(False)
    qtbot.keyClicks(fields["period"], "-2029")
    assert file_plan_fields(sample_plan)["period"] == "2026-2029"

    sample_window.undo_action.trigger()

    assert fields["period"].text() == "2026"
    assert file_plan_fields(sample_plan)["organisation"] == "River trust"
    assert undo_text(sample_window) == "Undo Edit Organisation"


def test_ctrl_z_in_the_row_editor_takes_back_the_whole_title_typed(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path
) -> None:
    page = plan_page(sample_window)
    select_objective(qtbot, sample_window, "3")
    before = page.row_editor.title_field.text()

    replace_text(qtbot, page.row_editor.title_field, "Universalise the treaties")

    assert tree_outline(tree_model(sample_window))[0][2][2] == ("Obj. 3", "Universalise the treaties")
    assert undo_text(sample_window) == "Undo Edit title of Obj. 3"
    press(qtbot, page.row_editor.title_field, sample_window.undo_action)
    assert page.row_editor.title_field.text() == before
    assert file_outline(sample_plan)[0][2][2] == ("Obj. 3", before)
    assert not sample_window.undo_action.isEnabled()


# ------------------------------------------------------------ adding rows


def test_edit_menu_says_which_objective_undo_will_remove(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path
) -> None:
    page = plan_page(sample_window)
    select_goal(qtbot, sample_window, "4")

    click(qtbot, page.add_objective_button)

    assert undo_text(sample_window) == "Undo Add Obj. 17"
    assert edit_menu_texts(sample_window)[:2] == ["Undo Add Obj. 17", "Redo"]
    assert tree_numbers(tree_model(sample_window))["4"] == ["17"]
    assert file_numbers(sample_plan)["4"] == ["17"]

    sample_window.undo_action.trigger()

    assert tree_numbers(tree_model(sample_window)) == SAMPLE_NUMBERS
    assert file_numbers(sample_plan) == SAMPLE_NUMBERS
    assert edit_menu_texts(sample_window)[:2] == ["Undo", "Redo Add Obj. 17"]

    sample_window.redo_action.trigger()

    assert tree_numbers(tree_model(sample_window))["4"] == ["17"]
    assert file_numbers(sample_plan)["4"] == ["17"]


# ---------------------------------------------------------- deleting rows


@pytest.mark.qt_no_exception_capture  # see test_deleting_a_selected_goal_with_objectives_shows_no_unexpected_error
def test_deleting_a_goal_asks_with_the_count_of_its_objectives_and_undo_restores_it_in_place(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, fake_dialogs: Any
) -> None:
    page = plan_page(sample_window)
    original = file_outline(sample_plan)
    fake_dialogs.answer("ask_yes_no", True)
    select_goal(qtbot, sample_window, "2")

    click(qtbot, page.delete_button)

    [question] = fake_dialogs.of("ask_yes_no")
    assert question.title == "Delete Goal 2?"
    assert "5 objectives" in question.text
    assert "Undo" in question.text
    assert list(tree_numbers(tree_model(sample_window))) == ["1", "3", "4"]
    assert list(file_numbers(sample_plan)) == ["1", "3", "4"]
    assert undo_text(sample_window) == "Undo Delete Goal 2"

    sample_window.undo_action.trigger()

    assert tree_numbers(tree_model(sample_window)) == SAMPLE_NUMBERS
    assert tree_outline(tree_model(sample_window)) == original
    assert file_outline(sample_plan) == original

    sample_window.redo_action.trigger()

    assert list(file_numbers(sample_plan)) == ["1", "3", "4"]


@pytest.mark.qt_no_exception_capture  # the program's own last line of defence catches it, as in the real app
def test_deleting_a_selected_goal_with_objectives_shows_no_unexpected_error(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, fake_dialogs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_exception_hook()  # as run_gui does
    fake_dialogs.answer("ask_yes_no", True)
    select_goal(qtbot, sample_window, "1")

    click(qtbot, plan_page(sample_window).delete_button)

    assert list(file_numbers(sample_plan)) == ["2", "3", "4"]
    unexpected = fake_dialogs.take("show_unexpected_error")
    assert [call.title for call in unexpected] == []


def test_answering_no_to_the_delete_question_keeps_the_goal(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, fake_dialogs: Any
) -> None:
    fake_dialogs.answer("ask_yes_no", False)
    select_goal(qtbot, sample_window, "1")

    qtbot.keyClick(plan_page(sample_window).tree, Qt.Key.Key_Delete)

    [question] = fake_dialogs.of("ask_yes_no")
    assert "7 objectives" in question.text
    assert file_numbers(sample_plan) == SAMPLE_NUMBERS
    assert tree_numbers(tree_model(sample_window)) == SAMPLE_NUMBERS
    assert not sample_window.undo_action.isEnabled()


def test_deleting_an_objective_with_nothing_attached_asks_nothing_and_undo_restores_it(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, fake_dialogs: Any
) -> None:
    page = plan_page(sample_window)
    select_goal(qtbot, sample_window, "4")
    click(qtbot, page.add_objective_button)  # Obj. 17: nothing refers to it yet
    select_objective(qtbot, sample_window, "17")

    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)

    assert fake_dialogs.of("ask_yes_no") == []
    assert file_numbers(sample_plan) == SAMPLE_NUMBERS
    assert tree_numbers(tree_model(sample_window)) == SAMPLE_NUMBERS
    assert undo_text(sample_window) == "Undo Delete Obj. 17"
    sample_window.undo_action.trigger()
    assert file_numbers(sample_plan)["4"] == ["17"]
    assert tree_numbers(tree_model(sample_window))["4"] == ["17"]


def test_the_delete_question_names_what_goes_in_the_facilitators_words(
    qtbot: Any, sample_window: MainWindow, fake_dialogs: Any
) -> None:
    fake_dialogs.answer("ask_yes_no", False)
    select_goal(qtbot, sample_window, "1")

    qtbot.keyClick(plan_page(sample_window).tree, Qt.Key.Key_Delete)

    [question] = fake_dialogs.of("ask_yes_no")
    assert "7 objectives" in question.text
    assert "outcome objective" not in question.text
    assert "_" not in question.text


# ------------------------------------------------------------ moving rows


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (Qt.Key.Key_Up, ["1", "3", "2", "4", "5", "6", "7"]),
        (Qt.Key.Key_Down, ["1", "2", "4", "3", "5", "6", "7"]),
    ],
)
def test_ctrl_arrow_moves_an_objective_within_its_goal_and_undo_moves_it_back(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, key: Qt.Key, expected: list[str]
) -> None:
    page = plan_page(sample_window)
    select_objective(qtbot, sample_window, "3")

    qtbot.keyClick(page.tree, key, CTRL)

    model = tree_model(sample_window)
    assert tree_numbers(model)["1"] == expected
    assert file_numbers(sample_plan)["1"] == expected
    assert page.tree.currentIndex() == objective_index(model, "3")  # the selection follows the row
    assert undo_text(sample_window) == "Undo Move Obj. 3"

    press(qtbot, page.tree, sample_window.undo_action)

    assert tree_numbers(model) == SAMPLE_NUMBERS
    assert file_numbers(sample_plan) == SAMPLE_NUMBERS


def test_ctrl_up_moves_a_goal_and_undo_moves_it_back(qtbot: Any, sample_window: MainWindow, sample_plan: Path) -> None:
    page = plan_page(sample_window)
    select_goal(qtbot, sample_window, "3")

    qtbot.keyClick(page.tree, Qt.Key.Key_Up, CTRL)

    assert list(tree_numbers(tree_model(sample_window))) == ["1", "3", "2", "4"]
    assert list(file_numbers(sample_plan)) == ["1", "3", "2", "4"]
    assert undo_text(sample_window) == "Undo Move Goal 3"
    sample_window.undo_action.trigger()
    assert list(file_numbers(sample_plan)) == ["1", "2", "3", "4"]
    assert tree_numbers(tree_model(sample_window)) == SAMPLE_NUMBERS


def choose_next_goal(qtbot: Any, window: MainWindow) -> None:
    combo = plan_page(window).row_editor.goal_combo
    assert combo.isVisible()
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the next goal in the list


MOVED_3_TO_GOAL_2 = {**SAMPLE_NUMBERS, "1": ["1", "2", "4", "5", "6", "7"], "2": ["3", "8", "9", "10", "11", "12"]}


def test_choosing_another_goal_in_the_row_editor_moves_the_objective_there_and_undo_moves_it_back(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path
) -> None:
    page = plan_page(sample_window)
    select_objective(qtbot, sample_window, "3")
    combo = page.row_editor.goal_combo
    assert combo.currentText().startswith("Goal 1 — ")

    choose_next_goal(qtbot, sample_window)

    model = tree_model(sample_window)
    assert tree_numbers(model) == MOVED_3_TO_GOAL_2  # in its natural place among Goal 2's numbers
    assert file_numbers(sample_plan) == MOVED_3_TO_GOAL_2
    assert page.tree.currentIndex() == objective_index(model, "3")
    assert page.row_editor.title_field.text() == sample_window.plan.doc.structure.find_objective("3").title
    assert combo.currentText().startswith("Goal 2 — ")
    assert undo_text(sample_window) == "Undo Move Obj. 3"

    sample_window.undo_action.trigger()

    assert tree_numbers(model) == SAMPLE_NUMBERS
    assert file_numbers(sample_plan) == SAMPLE_NUMBERS

    sample_window.redo_action.trigger()

    assert tree_numbers(model) == MOVED_3_TO_GOAL_2
    assert file_numbers(sample_plan) == MOVED_3_TO_GOAL_2


def test_undoing_a_move_to_another_goal_keeps_the_moved_objective_selected(
    qtbot: Any, sample_window: MainWindow
) -> None:
    page = plan_page(sample_window)
    select_objective(qtbot, sample_window, "3")
    choose_next_goal(qtbot, sample_window)

    sample_window.undo_action.trigger()

    assert page.tree.currentIndex().data() == "Obj. 3"
    assert page.row_editor.number.text() == "3"
    assert page.row_editor.goal_combo.currentText().startswith("Goal 1 — ")
