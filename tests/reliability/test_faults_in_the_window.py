"""Disk faults met through the real window: a dialog that says what failed, and a plan that still takes edits.

Each test drives the window as the facilitator would (buttons, File menu
actions), with the fault injected underneath, reads the dialog the program
showed, checks every file beside the plan byte for byte, and then makes an edit
through a widget and finds it in the plan file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest
from reliability_tools import folder_bytes, no_space, read_only_file_system, set_disk_room, write_protected
from ui_driver import click, file_outline, file_plan_fields, plan_page, replace_text, tree_model, tree_outline

from planner_gui.core import document as document_module
from planner_gui.core import planfile, safe_files
from planner_gui.exchange.plan_workbook import write_plan_workbook
from planner_gui.ui.app import handle_exception
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.pages.export_page import ExportPage


def export_page(window: MainWindow) -> ExportPage:
    row = next(i for i, page in enumerate(window.workspace.pages) if isinstance(page, ExportPage))
    window.workspace.go_to(row)
    page = window.workspace.pages[row]
    assert isinstance(page, ExportPage)
    return page


def assert_takes_edits(qtbot: Any, window: MainWindow, text: str = "Typed after the failure") -> None:
    window.workspace.go_to(0)
    replace_text(qtbot, plan_page(window).plan_fields.fields["period"], text)
    assert window.plan is not None
    assert file_plan_fields(window.plan.doc.path)["period"] == text
    assert window.plan.doc.integrity_problems() == []


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "revised.xlsx").write_bytes(b"the workbook exported last week")
    return folder


def test_an_export_on_a_full_disk_says_so_keeps_last_weeks_file_and_the_plan_takes_edits(
    qtbot: Any, sample_window: MainWindow, fake_dialogs: Any, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = folder_bytes(out)
    monkeypatch.setattr(safe_files.os, "replace", no_space)
    fake_dialogs.answer("ask_save_path", out / "revised.xlsx")

    click(qtbot, export_page(sample_window).export_button)

    [error] = fake_dialogs.take("show_error")
    assert error.title == "The workbook was not written"
    assert error.text == (
        f"The workbook could not be written to {out / 'revised.xlsx'}: No space left on device. "
        "Nothing was written there."
    )
    assert folder_bytes(out) == before
    monkeypatch.undo()
    assert_takes_edits(qtbot, sample_window)


@pytest.mark.parametrize("where", ["fsync", "replace"])
def test_a_copy_on_a_full_disk_says_so_leaves_no_partial_file_and_the_plan_takes_edits(
    qtbot: Any, sample_window: MainWindow, fake_dialogs: Any, out: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    before = folder_bytes(out)
    monkeypatch.setattr(planfile.os, where, no_space)
    fake_dialogs.answer("ask_save_path", out / "For the board.retreat")

    sample_window.save_copy_action.trigger()

    [error] = fake_dialogs.take("show_error")
    assert error.title == "The copy was not saved"
    assert "the disk is full" in error.text and "Nothing was written there." in error.text
    assert folder_bytes(out) == before  # no copy, no partial copy, no lock left
    monkeypatch.undo()
    assert_takes_edits(qtbot, sample_window)


def test_an_edit_on_a_full_disk_is_explained_leaves_the_tree_as_the_file_and_the_next_one_lands(
    qtbot: Any, sample_window: MainWindow, fake_dialogs: Any, sample_plan: Path
) -> None:
    assert sample_window.plan is not None
    doc = sample_window.plan.doc
    page = plan_page(sample_window)
    undo_before = sample_window.plan.undo_stack.count()
    mission = page.plan_fields.fields["mission"]
    set_disk_room(doc, 0)
    click(qtbot, mission)
    mission.insertPlainText("A mission pasted from the minutes. " * 2000)  # one paste: one edit, too big to fit

    [error] = fake_dialogs.take("show_error")
    assert error.title == "That change was not made"
    assert error.text == "The change could not be saved: the disk is full. The plan is as it was before this change."
    assert mission.toPlainText() == file_plan_fields(sample_plan)["mission"]  # the field shows what the file holds
    assert sample_window.plan.undo_stack.count() == undo_before  # nothing to undo that did not happen
    assert tree_outline(tree_model(sample_window)) == file_outline(sample_plan)

    set_disk_room(doc, None)
    click(qtbot, page.add_goal_button)

    assert sample_window.plan.undo_stack.count() == undo_before + 1
    assert tree_outline(tree_model(sample_window)) == file_outline(sample_plan)
    assert len(file_outline(sample_plan)) == 5


def test_a_plan_from_a_spreadsheet_on_a_full_disk_is_not_made_and_the_open_plan_keeps_working(
    qtbot: Any, sample_window: MainWindow, fake_dialogs: Any, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert sample_window.plan is not None
    source = out / "revised.xlsx"
    write_plan_workbook(sample_window.plan.doc, source)
    before = folder_bytes(out)
    monkeypatch.setattr(document_module.os, "replace", no_space)
    fake_dialogs.answer("ask_open_path", source)
    fake_dialogs.answer("ask_save_path", out / "From the workbook.retreat")

    sample_window.out.new_from_spreadsheet.trigger()

    [error] = fake_dialogs.take("show_error")
    assert error.title == "The plan was not made"
    assert error.text == "The plan could not be created: No space left on device."
    assert folder_bytes(out) == before
    monkeypatch.undo()
    assert_takes_edits(qtbot, sample_window)


# ------------------------------------------------------------------ a write-protected stick


@pytest.mark.parametrize("real", [False, True], ids=["played", "for real"])
def test_a_plan_on_a_write_protected_stick_opens_read_only_saying_so_and_is_never_written(
    qtbot: Any, window: MainWindow, fake_dialogs: Any, sample_plan: Path, monkeypatch: pytest.MonkeyPatch, real: bool
) -> None:
    stick = sample_plan.parent
    before = folder_bytes(stick)
    if real:
        context: Any = write_protected(stick)
    else:
        access = os.access
        monkeypatch.setattr(document_module.os, "access", lambda p, mode: False if mode == os.W_OK else access(p, mode))
        context = monkeypatch.context()
    with context:
        assert window.open_path(sample_plan)
        [notice] = fake_dialogs.take("inform")
        assert notice.title == "Opened read-only"
        assert "write-protected stick" in notice.text
        assert window.plan is not None and window.plan.read_only
        page = plan_page(window)
        assert not page.add_goal_button.isEnabled()
        qtbot.keyClicks(page.plan_fields.fields["period"], "typed anyway")
        window.close_plan()
    assert folder_bytes(stick) == before


def test_a_copy_onto_a_write_protected_stick_says_the_stick_is_write_protected(
    qtbot: Any, sample_window: MainWindow, fake_dialogs: Any, out: Path
) -> None:
    fake_dialogs.answer("ask_save_path", out / "For the board.retreat")
    with write_protected(out):
        sample_window.save_copy_action.trigger()
    [error] = fake_dialogs.take("show_error")
    assert error.title == "The copy was not saved"
    assert "open in another program" not in error.text
    assert "write" in error.text and str(out) in error.text


@pytest.mark.qt_no_exception_capture  # the program's own last line of defence catches it, as in the real app
def test_an_export_onto_a_write_protected_stick_from_the_window_says_so(
    qtbot: Any, sample_window: MainWindow, fake_dialogs: Any, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", handle_exception)
    fake_dialogs.answer("ask_save_path", out / "revised.xlsx")
    with read_only_file_system(out):
        click(qtbot, export_page(sample_window).export_button)
    unexpected = [call.title for call in fake_dialogs.take("show_unexpected_error")]
    assert unexpected == []
    [error] = fake_dialogs.take("show_error")
    assert error.title == "The workbook was not written"
