"""One writer per plan: a second window opens it read-only; a lock left by a dead process is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSysInfo, Qt
from ui_driver import (
    CTRL,
    SHIFT,
    activate,
    click,
    file_plan_fields,
    plan_page,
    replace_text,
    select_objective,
    tree_model,
)

from planner_gui.plan_lock import lock_path_for
from planner_gui.ui.main_window import MainWindow

HOLD_LOCK = """
import sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
if not lock.tryLock(0):
    sys.exit("could not take the lock")
print("locked", flush=True)
sys.stdin.read()
"""


@contextmanager
def lock_held_by_another_process(plan: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the plan's lock file, as a second copy of the program would."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(lock_path_for(plan))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "locked"
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()


def a_dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


# -------------------------------------------------------- a second window


def test_a_plan_open_in_one_window_opens_read_only_in_a_second_and_says_why(
    make_window: Callable[..., MainWindow], sample_plan: Path, fake_dialogs: Any
) -> None:
    first = make_window()
    assert first.open_path(sample_plan)
    second = make_window()

    assert second.open_path(sample_plan)

    [notice] = fake_dialogs.take("inform")
    assert notice.title == "Opened read-only"
    assert "read-only" in notice.text
    assert "is already open in another window of Retreat Planner on this computer since " in notice.text
    assert second.plan is not None and second.plan.read_only
    assert "(read-only)" in second.windowTitle()
    assert "(read-only)" not in first.windowTitle()
    assert second.saved_label.text() == "Read-only: changes can't be made here"


def test_a_read_only_window_offers_no_way_to_change_the_plan(
    qtbot: Any, read_only_window: MainWindow, sample_plan: Path
) -> None:
    second = read_only_window
    before = sample_plan.read_bytes()
    page = plan_page(second)

    for button in (
        page.add_objective_button,
        page.add_goal_button,
        page.up_button,
        page.down_button,
        page.sort_button,
        page.delete_button,
    ):
        assert not button.isEnabled(), button.text()
    for name, field in page.plan_fields.fields.items():
        assert field.isReadOnly(), name
    select_objective(qtbot, second, "3")
    editor = page.row_editor
    assert editor.number.isReadOnly() and editor.title_field.isReadOnly() and editor.description.isReadOnly()
    assert not editor.goal_combo.isEnabled()
    index = tree_model(second).index(0, 0)
    assert not tree_model(second).flags(index) & Qt.ItemFlag.ItemIsEditable

    qtbot.keyClicks(page.plan_fields.fields["organisation"], "typed anyway")
    qtbot.keyClick(page.tree, Qt.Key.Key_G, CTRL | SHIFT)
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)

    assert page.plan_fields.fields["organisation"].text().startswith("International Campaign")
    assert tree_model(second).rowCount() == 4
    assert not second.undo_action.isEnabled()
    assert sample_plan.read_bytes() == before


def test_the_writable_window_keeps_editing_while_a_read_only_one_is_open(
    qtbot: Any, make_window: Callable[..., MainWindow], sample_plan: Path, fake_dialogs: Any
) -> None:
    first = make_window()
    assert first.open_path(sample_plan)
    second = make_window()
    assert second.open_path(sample_plan)
    fake_dialogs.take("inform")

    activate(qtbot, first)
    replace_text(qtbot, plan_page(first).plan_fields.fields["period"], "2026-2029")

    assert file_plan_fields(sample_plan)["period"] == "2026-2029"


def test_closing_the_writable_window_lets_the_next_window_open_the_plan_for_editing(
    make_window: Callable[..., MainWindow], sample_plan: Path, fake_dialogs: Any
) -> None:
    first = make_window()
    assert first.open_path(sample_plan)
    first.close()
    assert not lock_path_for(sample_plan).exists()

    second = make_window()
    assert second.open_path(sample_plan)

    assert fake_dialogs.of("inform") == []
    assert second.plan is not None and not second.plan.read_only


# ------------------------------------------------------ another program


@pytest.mark.slow
def test_a_plan_locked_by_a_running_program_opens_read_only_naming_its_process(
    window: MainWindow, sample_plan: Path, fake_dialogs: Any
) -> None:
    with lock_held_by_another_process(sample_plan) as holder:
        assert window.open_path(sample_plan)

    [notice] = fake_dialogs.take("inform")
    assert "is already open in Retreat Planner on this computer since " in notice.text
    assert str(holder.pid) not in notice.text
    assert "read-only" in notice.text
    assert window.plan is not None and window.plan.read_only


@pytest.mark.slow
def test_a_lock_left_by_a_killed_program_is_taken_over_and_the_plan_opens_writable(
    qtbot: Any, window: MainWindow, sample_plan: Path, fake_dialogs: Any
) -> None:
    lock_file = lock_path_for(sample_plan)
    with lock_held_by_another_process(sample_plan) as holder:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert lock_file.read_text().split("\n")[0] == str(holder.pid)  # the dead program's lock is still there

    assert window.open_path(sample_plan)

    assert fake_dialogs.of("inform") == []
    assert window.plan is not None and not window.plan.read_only
    assert "(read-only)" not in window.windowTitle()
    assert lock_file.read_text().split("\n")[0] == str(os.getpid())
    replace_text(qtbot, plan_page(window).plan_fields.fields["period"], "2030")
    assert file_plan_fields(sample_plan)["period"] == "2030"


def test_a_hand_written_lock_naming_a_dead_process_on_this_host_is_taken_over(
    window: MainWindow, sample_plan: Path, fake_dialogs: Any
) -> None:
    dead = a_dead_pid()
    lock_path_for(sample_plan).write_text(f"{dead}\nretreat-planner\n{QSysInfo.machineHostName()}\n")

    assert window.open_path(sample_plan)

    assert fake_dialogs.of("inform") == []
    assert window.plan is not None and not window.plan.read_only


def test_the_add_buttons_come_back_when_a_writable_plan_replaces_a_read_only_one(
    qtbot: Any, make_window: Callable[..., MainWindow], sample_plan: Path, tmp_path: Path, fake_dialogs: Any
) -> None:
    from planner_gui.core.sample import write_sample

    other = tmp_path / "other.retreat"
    write_sample(other).close()
    first = make_window()
    assert first.open_path(sample_plan)
    second = make_window()
    assert second.open_path(sample_plan)
    fake_dialogs.take("inform")

    assert second.open_path(other)

    page = plan_page(second)
    assert page.add_goal_button.isEnabled() and page.add_objective_button.isEnabled()
    assert not page.plan_fields.fields["vision"].isReadOnly()
    activate(qtbot, second)
    click(qtbot, page.add_goal_button)
    assert tree_model(second).rowCount() == 5
