"""End to end with a second real spreadsheet client: Gnumeric's ``ssconvert`` re-saves a plan and a ballot.

Gnumeric writes workbooks openpyxl finds unusual (no default style, its own
header and footer parts): they must import exactly, and the person must see only
the program's own words, never a library's warning. scripts/test.sh installs it.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from plan_files import planner, the_plan
from planner_gui.core.document import PlanDocument
from planner_gui.exchange.ballots import SHEET

SSCONVERT = shutil.which("ssconvert")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SSCONVERT is None, reason="Gnumeric is not installed (scripts/test.sh installs it)"),
]


def opened(path: Path) -> dict[str, Any]:
    doc = PlanDocument.open_snapshot(path)
    try:
        return the_plan(doc)
    finally:
        doc.close()


def resave(source: Path, target: Path) -> Path:
    assert SSCONVERT is not None
    done = subprocess.run([SSCONVERT, str(source), str(target)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and target.exists(), done.stderr
    return target


def test_a_plan_resaved_by_gnumeric_imports_whole_and_quietly(tmp_path: Path) -> None:
    assert planner("new", "board.retreat", "--sample", cwd=tmp_path).returncode == 0
    assert planner("export", "board.retreat", "out.xlsx", cwd=tmp_path).returncode == 0
    resave(tmp_path / "out.xlsx", tmp_path / "gnumeric.xlsx")

    done = planner("import-plan", "again.retreat", "gnumeric.xlsx", cwd=tmp_path)

    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert opened(tmp_path / "again.retreat") == opened(tmp_path / "board.retreat")
    exported = planner("export", "again.retreat", "again.xlsx", cwd=tmp_path)
    assert exported.returncode == 0 and exported.stderr == ""


def test_a_ballot_resaved_by_gnumeric_imports_quietly(tmp_path: Path) -> None:
    assert planner("new", "board.retreat", "--sample", cwd=tmp_path).returncode == 0
    assert planner("ballots", "board.retreat", "ballots", "--member", "Mei Tanaka", cwd=tmp_path).returncode == 0
    ballot = tmp_path / "ballots" / "ballot-mei-tanaka.xlsx"
    wb = openpyxl.load_workbook(ballot)
    for row in range(7, 7 + 16):
        wb[SHEET].cell(row, 3, "Low")
    wb.save(ballot)
    resaved = resave(ballot, tmp_path / "gnumeric.xlsx")

    done = planner("import-ballots", "board.retreat", resaved, "--replace", cwd=tmp_path)

    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "Imported gnumeric.xlsx: Mei Tanaka, 16 objectives ranked." in done.stdout
