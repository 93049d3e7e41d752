"""The private ballot with a projector: ``two_screens_checks.py`` run where Qt sees two screens.

Qt's screens are fixed for a process, so each layout runs in a pytest of its
own, Qt's offscreen platform reading the screens from a JSON file
(``offscreen:configfile=…``): a 1366×768 laptop, and a 1280×720 projector
beside it (extended) or showing the same picture (mirrored). This test fails
if any of those checks fails, is skipped, or did not run.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
LAPTOP = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}
LAYOUTS = {
    "extended": ({"name": "projector", "x": 1366, "y": 0, "width": 1280, "height": 720}, 2),
    "mirrored": ({"name": "projector", "x": 0, "y": 0, "width": 1366, "height": 768}, 1),
}


@pytest.mark.slow
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_the_private_ballot_with_two_screens(layout: str, tmp_path: Path) -> None:
    projector, expected = LAYOUTS[layout]
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": [LAPTOP, projector]}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    command = [sys.executable, "-m", "pytest", str(HERE / "two_screens_checks.py"), "-k", layout]
    command += ["-p", "no:cacheprovider", "-q", "-rA", "--basetemp", str(tmp_path / "run")]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
    said = done.stdout + done.stderr
    assert done.returncode == 0, said
    summary = said.strip().splitlines()[-1]
    assert re.search(rf"\b{expected} passed\b", summary), said
    assert not re.search(r"skipped|xfail|error|failed", summary), said
