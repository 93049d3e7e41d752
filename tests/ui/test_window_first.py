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
