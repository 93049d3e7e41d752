"""Two instances on one plan, as real processes: the second is read-only and says who holds the plan;
a lock left by a killed instance is taken over.

tests/ui/test_read_only_and_locks.py does this with a bare QLockFile held by a
script. Here the holder is the program itself: ``python -m planner_gui PLAN``
(the real window, offscreen), or a process editing the plan through the core.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from edit_sequence import TITLE, expected, state_of
from PySide6.QtCore import QDateTime, QLocale
from reliability_tools import ROOT, Child, wait_until
from ui_driver import file_plan_fields, plan_page, replace_text

from plan_files import planner
from planner_gui.core.document import PlanDocument
from planner_gui.plan_lock import lock_path_for
from planner_gui.ui.main_window import MainWindow


@pytest.fixture
def running_app(sample_plan: Path, tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    """The program, started on the sample plan as a person starts it, holding it open."""
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    app = subprocess.Popen(
        [sys.executable, "-m", "planner_gui", str(sample_plan)], cwd=ROOT, env=env, stderr=subprocess.PIPE
    )
    lock = lock_path_for(sample_plan)
    wait_until(lambda: lock.exists() and lock.read_text().split("\n")[0] == str(app.pid), timeout=60, step=0.05)
    yield app
    if app.poll() is None:
        app.kill()
    app.wait()


def test_a_plan_open_in_a_running_program_opens_read_only_here_saying_who_holds_it(
    qtbot: Any, make_window: Any, running_app: subprocess.Popen[bytes], sample_plan: Path, fake_dialogs: Any
) -> None:
    before = sample_plan.read_bytes()
    window: MainWindow = make_window()

    assert window.open_path(sample_plan)

    [notice] = fake_dialogs.take("inform")
    # In a person's words, whatever the process is called ("python3.11" when run from source): no process id.
    opened = lock_path_for(sample_plan).stat().st_mtime
    since = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(opened)).time(), QLocale.FormatType.ShortFormat)
    holder = f"Retreat Planner on this computer since {since}"
    assert notice.title == "Opened read-only"
    assert notice.text == (
        f"“sample.retreat” is already open in {holder}. To keep it safe, it opens read-only here: "
        "you can look, but not change it. Close it there to edit it here."
    )
    assert "python" not in notice.text and str(running_app.pid) not in notice.text
    assert window.plan is not None and window.plan.read_only
    qtbot.keyClicks(plan_page(window).plan_fields.fields["period"], "typed in the second window")
    cli = planner("new", sample_plan, "--force", cwd=sample_plan.parent)
    assert cli.returncode == 1 and f"{holder}; close it there first" in cli.stderr
    assert sample_plan.read_bytes() == before  # neither this window nor the command wrote to it


def test_a_lock_left_by_a_killed_program_is_taken_over_by_the_next_window(
    qtbot: Any, make_window: Any, running_app: subprocess.Popen[bytes], sample_plan: Path, fake_dialogs: Any
) -> None:
    running_app.kill()
    running_app.wait()
    lock = lock_path_for(sample_plan)
    assert lock.read_text().split("\n")[0] == str(running_app.pid)  # the dead program's lock is still there
    window: MainWindow = make_window()

    assert window.open_path(sample_plan)

    assert fake_dialogs.of("inform") == []
    assert window.plan is not None and not window.plan.read_only
    assert lock.read_text().split("\n")[0] == str(os.getpid())
    replace_text(qtbot, plan_page(window).plan_fields.fields["period"], "2016-2020")
    assert file_plan_fields(sample_plan)["period"] == "2016-2020"


@pytest.fixture
def edited_elsewhere(tmp_path: Path) -> Iterator[Path]:
    """A plan another process holds and edits all the time (an edit about every 15 ms)."""
    path = tmp_path / "board.retreat"
    PlanDocument.create(path, title=TITLE).close()
    child = Child("child_edits.py", path, 100_000)
    child.wait_for(lambda line: line == "ack 1")
    yield path
    child.kill()


def test_a_plan_being_edited_elsewhere_opens_read_only_as_a_consistent_snapshot(edited_elsewhere: Path) -> None:
    rng = random.Random(5)
    refused: list[str] = []
    for _ in range(40):
        time.sleep(rng.uniform(0, 0.02))
        try:
            snapshot = PlanDocument.open_snapshot(edited_elsewhere)
        except Exception as error:
            refused.append(str(error))
            continue
        try:
            state = state_of(snapshot)
        finally:
            snapshot.close()
        last = 0 if state[0] == TITLE else int(state[0].removeprefix("After edit "))
        assert state == expected(last)  # a snapshot is never half of an edit
    assert refused == []


def test_a_second_window_opens_a_plan_being_edited_elsewhere_read_only_every_time(
    make_window: Any, edited_elsewhere: Path, fake_dialogs: Any
) -> None:
    window: MainWindow = make_window()
    for _ in range(10):
        opened = window.open_path(edited_elsewhere)
        errors = [call.text for call in fake_dialogs.take("show_error")]
        fake_dialogs.take("inform")
        assert errors == []
        assert opened and window.plan is not None and window.plan.read_only
        window.close_plan()
