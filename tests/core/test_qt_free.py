"""The core, the workbooks, the room server, the headless commands and the resources locator never load Qt."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

QT_PREFIXES = ("PySide6", "shiboken6")

IMPORT_EVERYTHING = """
import importlib, json, pkgutil, sys
import planner_gui.core, planner_gui.exchange, planner_gui.room
names = ["planner_gui.core", "planner_gui.exchange", "planner_gui.room", "planner_gui.cli", "planner_gui.resources"]
for package in (planner_gui.core, planner_gui.exchange, planner_gui.room):
    names += [m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]
for name in names:
    importlib.import_module(name)
print(json.dumps({"imported": names, "modules": sorted(sys.modules)}))
"""


def run_probe(code: str, *args: str, cwd: Path | None = None) -> dict:
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=cwd)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def qt_modules(modules: list[str]) -> list[str]:
    return [m for m in modules if m.split(".")[0] in QT_PREFIXES]


def test_importing_the_core_the_workbooks_the_room_server_and_every_submodule_loads_no_qt() -> None:
    report = run_probe(IMPORT_EVERYTHING)
    expected = {
        "planner_gui.core.document",
        "planner_gui.core.planfile",
        "planner_gui.core.migrations",
        "planner_gui.core.migrations.v001_foundation",
        "planner_gui.core.natural",
        "planner_gui.core.tombstone",
        "planner_gui.core.sample",
        "planner_gui.core.summary",
        "planner_gui.core.model",
        "planner_gui.exchange.plan_workbook",
        "planner_gui.exchange.ballots",
        "planner_gui.room.server",
    }
    assert expected <= set(report["imported"])  # the walk really found the submodules
    assert qt_modules(report["modules"]) == []


def test_the_headless_commands_load_no_qt(tmp_path: Path) -> None:
    code = """
import json, sys
from planner_gui.cli import main
codes = [main(["new", sys.argv[1], "--sample"]), main(["check", sys.argv[1]])]
print(json.dumps({"codes": codes, "modules": sorted(sys.modules)}))
"""
    report = run_probe(code, str(tmp_path / "plan.retreat"), cwd=tmp_path)
    assert report["codes"] == [0, 0]
    assert qt_modules(report["modules"]) == []


def test_writing_an_existing_plan_takes_its_lock_with_qtcore_and_loads_no_widgets(tmp_path: Path) -> None:
    # The lock beside an open plan is QtCore's QLockFile: the command line takes it before
    # writing a plan that exists, so a plan open in the window is never written under it.
    code = """
import json, sys
from planner_gui.cli import main
codes = [main(["new", sys.argv[1]]), main(["new", sys.argv[1], "--force"])]
print(json.dumps({"codes": codes, "modules": sorted(sys.modules)}))
"""
    report = run_probe(code, str(tmp_path / "plan.retreat"), cwd=tmp_path)
    assert report["codes"] == [0, 0]
    loaded = qt_modules(report["modules"])
    assert "PySide6.QtCore" in loaded
    assert not [m for m in loaded if m.startswith(("PySide6.QtGui", "PySide6.QtWidgets"))]


def test_the_probe_does_see_qt_when_it_is_loaded() -> None:
    # Control: the check above would notice Qt if something imported it.
    pytest.importorskip("PySide6")
    report = run_probe("import json, sys, PySide6.QtCore\nprint(json.dumps({'modules': sorted(sys.modules)}))")
    assert "PySide6.QtCore" in qt_modules(report["modules"])
