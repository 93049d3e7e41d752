"""Save a Copy writes the plan elsewhere and stays; Save As moves the window on to the new file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from ui_driver import (
    CTRL,
    SAMPLE_NUMBERS,
    file_numbers,
    file_outline,
    file_plan_fields,
    plan_page,
    replace_text,
    select_goal,
    tree_model,
    tree_numbers,
    undo_text,
)

from planner_gui.core.document import PlanDocument
from planner_gui.plan_lock import lock_path_for
from planner_gui.ui.main_window import MainWindow


def test_save_a_copy_writes_a_valid_plan_with_the_same_content_and_keeps_working_on_the_original(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, tmp_path: Path, fake_dialogs: Any
) -> None:
    fields = plan_page(sample_window).plan_fields.fields
    replace_text(qtbot, fields["organisation"], "Before the copy")
    copy = tmp_path / "For the board.retreat"
    fake_dialogs.answer("ask_save_path", copy)

    sample_window.save_copy_action.trigger()

    [asked] = fake_dialogs.of("ask_save_path")
    assert asked.text.endswith("sample copy.retreat")
    assert file_outline(copy) == file_outline(sample_plan)
    assert file_plan_fields(copy) == file_plan_fields(sample_plan)
    assert file_plan_fields(copy)["organisation"] == "Before the copy"
    doc = PlanDocument.open(copy)
    try:
        assert doc.integrity_problems() == []
    finally:
        doc.close()
    assert sample_window.plan is not None and sample_window.plan.doc.path == sample_plan
    assert sample_window.path_label.full_text() == str(sample_plan)
    assert str(copy) in sample_window.statusBar().currentMessage()
    assert not lock_path_for(copy).exists()

    replace_text(qtbot, fields["period"], "After the copy")

    assert file_plan_fields(sample_plan)["period"] == "After the copy"
    assert file_plan_fields(copy)["period"] == "2012–2015"


def test_save_as_moves_the_window_on_to_the_new_file(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, tmp_path: Path, fake_dialogs: Any
) -> None:
    new = tmp_path / "Revised plan.retreat"
    fake_dialogs.answer("ask_save_path", new)

    sample_window.save_as_action.trigger()

    assert sample_window.plan is not None and sample_window.plan.doc.path == new
    assert sample_window.path_label.full_text() == str(new)
    assert sample_window.windowTitle() == "Strategic Plan 2012–2015 — Retreat Planner"
    assert str(new) in sample_window.statusBar().currentMessage()
    assert lock_path_for(new).exists()
    assert not lock_path_for(sample_plan).exists()
    assert sample_window.prefs.recent_files()[0] == new.resolve()
    assert tree_numbers(tree_model(sample_window)) == SAMPLE_NUMBERS

    replace_text(qtbot, plan_page(sample_window).plan_fields.fields["period"], "2026-2029")

    assert file_plan_fields(new)["period"] == "2026-2029"
    assert file_plan_fields(sample_plan)["period"] == "2012–2015"


def test_undo_after_save_as_undoes_in_the_new_file(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, tmp_path: Path, fake_dialogs: Any
) -> None:
    page = plan_page(sample_window)
    replace_text(qtbot, page.plan_fields.fields["organisation"], "Before the move")
    select_goal(qtbot, sample_window, "4")
    qtbot.keyClick(page.tree, Qt.Key.Key_Up, CTRL)  # Goal 4 above Goal 3
    new = tmp_path / "Revised plan.retreat"
    fake_dialogs.answer("ask_save_path", new)
    sample_window.save_as_action.trigger()
    assert undo_text(sample_window) == "Undo Move Goal 4"

    sample_window.undo_action.trigger()
    sample_window.undo_action.trigger()

    assert list(file_numbers(new)) == ["1", "2", "3", "4"]
    assert file_plan_fields(new)["organisation"].startswith("International Campaign")
    assert page.plan_fields.fields["organisation"].text().startswith("International Campaign")
    assert tree_numbers(tree_model(sample_window)) == SAMPLE_NUMBERS
    # The old file keeps what it held when the window moved on.
    assert list(file_numbers(sample_plan)) == ["1", "2", "4", "3"]
    assert file_plan_fields(sample_plan)["organisation"] == "Before the move"

    sample_window.redo_action.trigger()

    assert file_plan_fields(new)["organisation"] == "Before the move"


def test_save_as_onto_a_plan_open_elsewhere_is_refused_and_the_window_stays_put(
    make_window: Callable[..., MainWindow], sample_plan: Path, tmp_path: Path, fake_dialogs: Any
) -> None:
    from planner_gui.core.sample import write_sample

    other = tmp_path / "Other.retreat"
    write_sample(other).close()
    holder = make_window()
    assert holder.open_path(other)
    before = other.read_bytes()
    window = make_window()
    assert window.open_path(sample_plan)
    fake_dialogs.answer("ask_save_path", other)

    window.save_as_action.trigger()

    [error] = fake_dialogs.take("show_error")
    assert error.title == "The plan was not saved"
    assert "open in another program" in error.text
    assert window.plan is not None and window.plan.doc.path == sample_plan
    assert other.read_bytes() == before


def test_cancelling_save_as_changes_nothing(sample_window: MainWindow, sample_plan: Path, fake_dialogs: Any) -> None:
    fake_dialogs.answer("ask_save_path", None)

    sample_window.save_as_action.trigger()

    assert sample_window.plan is not None and sample_window.plan.doc.path == sample_plan
    assert lock_path_for(sample_plan).exists()


def read_only_window(make_window: Callable[..., MainWindow], plan: Path, fake_dialogs: Any) -> MainWindow:
    holder = make_window()
    assert holder.open_path(plan)
    window = make_window()
    assert window.open_path(plan)
    assert window.plan is not None and window.plan.read_only
    fake_dialogs.take("inform")
    return window


def test_save_as_from_a_read_only_window_gives_a_plan_the_window_can_change(
    make_window: Callable[..., MainWindow], sample_plan: Path, tmp_path: Path, fake_dialogs: Any
) -> None:
    window = read_only_window(make_window, sample_plan, fake_dialogs)
    new = tmp_path / "My own copy.retreat"
    fake_dialogs.answer("ask_save_path", new)

    window.save_as_action.trigger()

    assert window.plan is not None and window.plan.doc.path == new and not window.plan.read_only
    assert "(read-only)" not in window.windowTitle()
    assert file_numbers(new) == SAMPLE_NUMBERS
    page = plan_page(window)
    assert tree_model(window).flags(tree_model(window).index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert page.add_goal_button.isEnabled()
    assert page.add_objective_button.isEnabled()
    assert not page.plan_fields.fields["organisation"].isReadOnly()
