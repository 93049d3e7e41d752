"""The window is on screen before the plan, and before the core (and SQLAlchemy) a plan needs is loaded."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from planner_gui.ui.main_window import MainWindow

pytestmark = pytest.mark.slow

PROGRAM = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from planner_gui.ui import app
from planner_gui.ui.main_window import MainWindow

seen = {}
first_frame = MainWindow._first_frame_painted

def watched(window):
    seen["core loaded at the first frame"] = "sqlalchemy" in sys.modules
    seen["plan open at the first frame"] = window.plan is not None
    seen["status at the first frame"] = window.statusBar().currentMessage()
    seen["welcome screen made"] = window._welcome is not None
    first_frame(window)
    seen["plan open after it"] = window.plan is not None and window.plan.doc.path.name
    def later():
        seen["agenda made"] = window._agenda is not None
        seen["welcome screen made after it"] = window._welcome is not None
        window.close()

    QTimer.singleShot(300, later)

MainWindow._first_frame_painted = watched
code = app.run_gui(Path(sys.argv[1]))
print(repr(seen))
sys.exit(code)
"""


def test_the_window_shows_before_the_plan_and_the_core_are_loaded(sample_plan: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM, str(sample_plan)], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    seen = ast.literal_eval(done.stdout.strip().splitlines()[-1])
    assert seen == {
        "core loaded at the first frame": False,
        "plan open at the first frame": False,
        "status at the first frame": f"Opening {sample_plan.name}…",
        "welcome screen made": False,  # nor ever, when the plan opens
        "plan open after it": sample_plan.name,
        "agenda made": True,
        "welcome screen made after it": False,
    }


def test_a_plan_that_does_not_open_leaves_the_welcome_screen(
    make_window: Callable[..., MainWindow], fake_dialogs: Any, tmp_path: Path
) -> None:
    window = make_window(opening="missing.retreat")
    assert window._welcome is None and window.central.currentWidget() is window.workspace
    assert not window.open_path(tmp_path / "missing.retreat")
    assert [call.title for call in fake_dialogs.take("show_error")] == ["The plan could not be opened"]
    assert window.central.currentWidget() is window.welcome
    assert window.welcome.new_button.isVisible()


REOPEN_PROGRAM = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from planner_gui.ui import app
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.steps import STEPS

seen = {}
first_frame = MainWindow._first_frame_painted
named = Path(sys.argv[1]) if len(sys.argv) > 1 else None

def watched(window):
    seen["core loaded at the first frame"] = "sqlalchemy" in sys.modules
    seen["status at the first frame"] = window.statusBar().currentMessage()
    first_frame(window)

    def later():
        seen["plan open"] = window.plan is not None and window.plan.doc.path.name
        seen["step"] = STEPS[window.workspace.current()].key
        page = window.workspace.current_page()
        if named is not None:  # the first run: the room goes to the Decisions tab of step 5
            window.workspace.go_to(4)
            page = window.workspace.current_page()
            page.show_tab(page.decisions)
        elif hasattr(page, "tabs"):
            seen["tab"] = page.tabs.tabText(page.tabs.currentIndex())
        window.close()

    QTimer.singleShot(300, later)

MainWindow._first_frame_painted = watched
code = app.run_gui(named)
print(repr(seen))
sys.exit(code)
"""


def test_started_again_without_a_file_the_plan_open_last_reopens_where_it_was_after_the_first_frame(
    sample_plan: Path, tmp_path: Path
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}

    def run(*args: str) -> dict[str, object]:
        done = subprocess.run(
            [sys.executable, "-c", REOPEN_PROGRAM, *args], capture_output=True, text=True, env=env, timeout=120
        )
        assert done.returncode == 0, done.stderr
        return ast.literal_eval(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]

    assert run(str(sample_plan))["step"] == "plan"  # named on the command line; then the room goes to step 5
    assert run() == {
        "core loaded at the first frame": False,  # the window first, the plan after, as with a file named
        "status at the first frame": f"Opening {sample_plan.name}…",
        "plan open": sample_plan.name,
        "step": "ranking",
        "tab": "&Decisions",
    }


COLLECTOR_PROGRAM = """
import gc
import sys
from PySide6.QtCore import QTimer
from planner_gui import cli
from planner_gui.ui.main_window import MainWindow

seen = {"collector on before the window": gc.isenabled()}
first_frame = MainWindow._first_frame_painted

def watched(window):
    seen["collector on at the first frame"] = gc.isenabled()
    first_frame(window)
    seen["collector on as the plan opens"] = gc.isenabled()
    def later():
        seen["collector on once the plan is painted"] = gc.isenabled()
        seen["start-up frozen"] = gc.get_freeze_count() > 20000
        window.close()

    QTimer.singleShot(300, later)

MainWindow._first_frame_painted = watched
code = cli.main([sys.argv[1]])
print(repr(seen))
sys.exit(code)
"""


def test_the_window_starts_without_the_garbage_collector_and_has_it_back_once_the_plan_is_painted(
    sample_plan: Path, tmp_path: Path
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run(
        [sys.executable, "-c", COLLECTOR_PROGRAM, str(sample_plan)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert ast.literal_eval(done.stdout.strip().splitlines()[-1]) == {
        "collector on before the window": True,
        "collector on at the first frame": False,
        "collector on as the plan opens": False,
        "collector on once the plan is painted": True,
        "start-up frozen": True,
    }
