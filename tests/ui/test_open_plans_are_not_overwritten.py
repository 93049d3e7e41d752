"""A plan open in a window (this one or another) must never be replaced on disk under it.

Save As checks the target's lock; "New plan…" and "Save a Copy…" should too. When a
plan file is replaced under an open window, that window goes on showing the old
plan, and every later edit fails ("the plan file can't be written") or is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from ui_driver import activate, file_numbers, file_plan_fields, plan_page, replace_text, tree_model, tree_numbers

from planner_gui.core.sample import write_sample
from planner_gui.ui.main_window import MainWindow


@pytest.fixture
def other_plan(tmp_path: Path) -> Path:
    path = tmp_path / "Other.retreat"
    write_sample(path).close()
    return path


def test_save_a_copy_onto_a_plan_open_in_another_window_is_refused(
    qtbot: Any, make_window: Callable[..., MainWindow], sample_plan: Path, other_plan: Path, fake_dialogs: Any
) -> None:
    holder = make_window()
    assert holder.open_path(other_plan)
    window = make_window()
    assert window.open_path(sample_plan)
    replace_text(qtbot, plan_page(window).plan_fields.fields["organisation"], "Not the other plan")
    fake_dialogs.answer("ask_save_path", other_plan)

    window.save_copy_action.trigger()
    activate(qtbot, holder)
    replace_text(qtbot, plan_page(holder).plan_fields.fields["period"], "2030")

    errors = fake_dialogs.take("show_error")
    assert [e.title for e in errors] == ["The copy was not saved"]
    assert file_plan_fields(other_plan)["period"] == "2030"  # the holder's edit reached its file
    assert file_plan_fields(other_plan)["organisation"] == plan_page(holder).plan_fields.fields["organisation"].text()


def test_a_new_plan_over_a_plan_open_in_another_window_is_refused(
    make_window: Callable[..., MainWindow], other_plan: Path, fake_dialogs: Any
) -> None:
    holder = make_window()
    assert holder.open_path(other_plan)
    before = other_plan.read_bytes()
    window = make_window()
    fake_dialogs.answer("ask_save_path", other_plan)

    window.new_action.trigger()

    errors = fake_dialogs.take("show_error")
    fake_dialogs.take("inform")
    assert other_plan.read_bytes() == before
    assert [e.title for e in errors] == ["The plan could not be created"]


def test_a_new_plan_over_the_plan_open_in_this_window_leaves_window_and_file_in_agreement(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, fake_dialogs: Any
) -> None:
    fake_dialogs.answer("ask_save_path", sample_plan)

    sample_window.new_action.trigger()
    replace_text(qtbot, plan_page(sample_window).plan_fields.fields["period"], "2030")

    fake_dialogs.take("show_error")  # a refusal would be fine; the edits' failures are not
    assert tree_numbers(tree_model(sample_window)) == file_numbers(sample_plan)
    assert file_plan_fields(sample_plan)["period"] == "2030"
