"""The window never shows a traceback: an unforeseen error reaches a dialog, and the plan stays as it was.

tests/ui/test_exception_hook.py checks ``handle_exception`` on its own. Here:
an unforeseen error half-way through a real edit, clicked in the real window
(the plan file, the tree and the undo stack stay in agreement, and the next
edit lands); the real dialog's "Copy details" button; and a real application
process, outside pytest-qt, where PySide6 itself hands the error to the hook.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from reliability_tools import Child
from ui_driver import click, file_outline, plan_page, tree_model, tree_outline

from plan_files import committed
from planner_gui.core.structure import StructureEdits
from planner_gui.ui import dialogs
from planner_gui.ui.app import handle_exception
from planner_gui.ui.main_window import MainWindow

REAL_SHOW_UNEXPECTED_ERROR = dialogs.show_unexpected_error  # taken before any test replaces it


def fail_half_way(monkeypatch: pytest.MonkeyPatch) -> None:
    """Adding a goal fails with an error nobody foresaw, after the goal was put in the session."""
    add_goal = StructureEdits.add_goal

    def half_done(self: StructureEdits, *args: Any, **kwargs: Any) -> int:
        with self.store.transaction():
            add_goal(self, *args, **kwargs)
            raise RuntimeError("the projector cable was pulled")

    monkeypatch.setattr(StructureEdits, "add_goal", half_done)


@pytest.mark.qt_no_exception_capture  # the program's own last line of defence catches it, as in the real app
def test_an_unforeseen_error_in_an_edit_reaches_the_dialog_and_the_plan_stays_consistent(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, fake_dialogs: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", handle_exception)
    assert sample_window.plan is not None
    stack = sample_window.plan.undo_stack
    undo_before, file_before = stack.count(), file_outline(sample_plan)
    page = plan_page(sample_window)
    with monkeypatch.context() as failing:
        fail_half_way(failing)
        click(qtbot, page.add_goal_button)

    [dialog] = fake_dialogs.take("show_unexpected_error")
    assert dialog.title == "An unexpected error stopped the last action: the projector cable was pulled"
    assert dialog.text.startswith("Traceback (most recent call last):")
    assert "in half_done" in dialog.text
    assert dialog.text.rstrip().endswith("RuntimeError: the projector cable was pulled")
    assert file_outline(sample_plan) == file_before  # the half-done goal never reached the file
    assert tree_outline(tree_model(sample_window)) == file_before  # nor the tree
    assert stack.count() == undo_before  # nor the undo stack
    assert committed(sample_plan, "PRAGMA integrity_check") == [("ok",)]

    click(qtbot, page.add_goal_button)  # and the next edit goes through

    assert len(file_outline(sample_plan)) == 5
    assert tree_outline(tree_model(sample_window)) == file_outline(sample_plan)
    assert stack.count() == undo_before + 1


def test_the_dialog_says_the_plan_is_safe_and_copies_the_details(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, Any] = {}

    def instead_of_showing(box: QMessageBox) -> int:
        [copy] = [b for b in box.buttons() if isinstance(b, QPushButton) and b.text() == "Copy details"]
        qapp.clipboard().clear()
        copy.click()
        seen.update(
            title=box.windowTitle(),
            text=box.text(),
            informative=box.informativeText(),
            details=box.detailedText(),
            clipboard=qapp.clipboard().text(),
            closed_by_copy=box.clickedButton() is not None,
        )
        return 0

    monkeypatch.setattr(QMessageBox, "exec", instead_of_showing)
    details = "Traceback (most recent call last):\n  File ...\nRuntimeError: the projector cable was pulled\n"

    REAL_SHOW_UNEXPECTED_ERROR(None, "An unexpected error stopped the last action: the cable", details)

    assert seen["title"] == "Something went wrong"
    assert seen["text"] == "An unexpected error stopped the last action: the cable"
    assert "Your plan is safe" in seen["informative"] and "copy the details" in seen["informative"]
    assert seen["details"] == details
    assert seen["clipboard"] == details
    assert not seen["closed_by_copy"]  # copying leaves the dialog open, to read on


def test_a_real_application_process_hands_an_unforeseen_error_to_the_dialog(sample_plan: Path, tmp_path: Path) -> None:
    child = Child("child_gui_error.py", sample_plan, tmp_path / "settings.ini")
    dialog_line = child.wait_for(lambda line: line.startswith("dialog "), timeout=60)
    goals = child.wait_for(lambda line: line.startswith("goals "), timeout=60)
    assert child.finish(timeout=60) == 0

    shown = json.loads(dialog_line.removeprefix("dialog "))
    assert shown["summary"] == "An unexpected error stopped the last action: the projector cable was pulled"
    assert shown["details"].rstrip().endswith("RuntimeError: the projector cable was pulled")
    assert goals == "goals 1 2 3 4 5"  # the failed goal is not there; the next one is
    assert committed(sample_plan, "SELECT number FROM goal ORDER BY position") == [
        ("1",),
        ("2",),
        ("3",),
        ("4",),
        ("5",),
    ]
    assert committed(sample_plan, "PRAGMA integrity_check") == [("ok",)]
