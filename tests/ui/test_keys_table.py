"""The README's keys table holds in the window, whatever the platform's own key scheme (offscreen has Windows')."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from ui_driver import CTRL, SHIFT, redo_text, select_objective, undo_text

from planner_gui.ui.main_window import MainWindow


def test_the_window_s_keys_are_the_keys_table_s_shown_in_the_menus(sample_window: MainWindow) -> None:
    window = sample_window
    first = {
        "new": window.new_action, "open": window.open_action, "save as": window.save_as_action,
        "close": window.close_action, "quit": window.quit_action, "undo": window.undo_action,
        "redo": window.redo_action,
    }  # fmt: skip
    shown = {name: action.shortcut().toString() for name, action in first.items()}
    assert shown == {
        "new": "Ctrl+N", "open": "Ctrl+O", "save as": "Ctrl+Shift+S", "close": "Ctrl+W", "quit": "Ctrl+Q",
        "undo": "Ctrl+Z", "redo": "Ctrl+Shift+Z",
    }  # fmt: skip
    assert "Ctrl+Y" in [key.toString() for key in window.redo_action.shortcuts()]  # the platform's own kept too


def test_ctrl_shift_z_redoes(qtbot: Any, sample_window: MainWindow, fake_dialogs: Any) -> None:
    select_objective(qtbot, sample_window, "8")
    fake_dialogs.always("ask_yes_no", True)
    qtbot.keyClick(sample_window.workspace.pages[0].tree, Qt.Key.Key_Delete)
    qtbot.keyClick(sample_window, Qt.Key.Key_Z, CTRL)
    assert redo_text(sample_window) == "Redo Delete Obj. 8"
    qtbot.keyClick(sample_window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert undo_text(sample_window) == "Undo Delete Obj. 8"


def test_ctrl_w_closes_the_plan_and_ctrl_q_quits(qtbot: Any, sample_window: MainWindow) -> None:
    qtbot.keyClick(sample_window, Qt.Key.Key_W, CTRL)
    assert sample_window.plan is None
    qtbot.keyClick(sample_window, Qt.Key.Key_Q, CTRL)
    assert not sample_window.isVisible()
