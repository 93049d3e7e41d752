"""The benchmark still runs: its plan generator at the smallest size, and one quick pass of the harness.

No timing is asserted here: the benchmark reports, it never fails CI on a slow figure.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.append(str(BENCHMARKS))

from plans import SIZES, build_plan, write_filled_ballots  # noqa: E402

from planner_gui.core.document import PlanDocument  # noqa: E402
from planner_gui.exchange.ballots import import_ballots  # noqa: E402

pytestmark = pytest.mark.slow

MEASURES = (
    "Start-up to the first frame",
    "Start-up to the Plan page painted",
    "Open to a painted Ranking page",
    "Edit: key press to file and frame",
    "Export the revised-plan workbook",
    "Import 3 ballots",
    "Import 12 ballots",
    "Peak memory, plan open",
)
GROWTH = (
    "Open to a painted Ranking page, beyond empty-plan start-up",
    "Peak memory, beyond the app on an empty plan",
    "Edit: key press to file and frame",
    "Export the revised-plan workbook",
    "Import every member's ballot",
)


def test_the_generator_builds_the_smallest_plan_and_ballots_that_import(tmp_path: Path) -> None:
    size = SIZES[0]
    voted = build_plan(tmp_path / "voted.retreat", size)
    unvoted = build_plan(tmp_path / "unvoted.retreat", size, ballots=False)
    doc = PlanDocument.open_snapshot(voted)
    try:
        assert doc.structure.counts()["objectives"] == size.objectives
        assert len(doc.ranking.voted()) == size.members
        assert doc.plan.results_revealed and doc.plan.votes_by_name
    finally:
        doc.close()
    paths = write_filled_ballots(unvoted, tmp_path / "ballots", size)
    assert len(paths) == size.members
    doc = PlanDocument.open(unvoted)
    try:
        report = import_ballots(doc, paths)
        assert not report.rejected
        assert len(doc.ranking.voted()) == size.members
    finally:
        doc.close()


def test_one_quick_pass_prints_every_row(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCHMARKS / "run.py"), "--quick", "--repeat", "1", "--sizes", "4:3,20:12"],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for measure in MEASURES:
        rows = [line for line in lines if line.startswith(f"| {measure} |")]
        assert rows, f"no row for {measure}:\n{done.stdout}"
    for size in ("4 obj × 3 ballots", "20 obj × 12 ballots"):
        assert sum(f"| {size} |" in line for line in lines) >= 5, done.stdout
    for measure in GROWTH:
        assert any(line.startswith(f"| {measure} |") for line in lines), f"no growth for {measure}"
    assert "The benchmark took" in done.stdout
