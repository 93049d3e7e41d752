"""The benchmark still runs: its plan generator at the smallest size, the export floor writing the program's
very file, and one quick pass of the harness with every row against a measured floor.

No timing is asserted here: the benchmark reports, it never fails CI on a slow figure.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.append(str(BENCHMARKS))

from export_floor import record, write_book  # noqa: E402
from plans import SIZES, build_plan, cached_plans, write_filled_ballots  # noqa: E402

from planner_gui.core.document import PlanDocument  # noqa: E402
from planner_gui.exchange.ballots import import_ballots  # noqa: E402
from planner_gui.exchange.plan_workbook import write_plan_workbook  # noqa: E402

pytestmark = pytest.mark.slow

MEASURES = (
    "Start-up to the first frame",
    "Start-up to the Plan page painted",
    "Open to a painted Ranking page",
    "Edit: key press to file and frame",
    "Export the revised-plan workbook, in-process",
    "Export the revised-plan workbook, whole process",
    "Import 3 ballots",
    "Import 12 ballots",
    "Peak memory, plan open",
)
TARGET_ONLY = ("Presentation mode on: F5 to the next frame", "Presentation mode off: F5 to the next frame")
GROWTH = (
    "Open to a painted Ranking page",
    "Open, beyond empty-plan start-up",
    "Peak memory, beyond the app on an empty plan",
    "Edit: key press to file and frame",
    "Export, whole process",
    "Export, in-process",
    "Import every member's ballot",
)
SIZE_LABELS = ("4 obj × 3 ballots", "20 obj × 12 ballots")


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


def test_the_plans_are_kept_between_runs_and_built_anew_when_asked(tmp_path: Path) -> None:
    size = SIZES[0]
    plans, built = cached_plans(tmp_path, size)
    assert built and plans.unvoted is not None and plans.ballots is not None
    assert len(list(plans.ballots.glob("*.xlsx"))) == size.members
    again, built = cached_plans(tmp_path, size)
    assert again == plans and not built
    small, built = cached_plans(tmp_path, size, ballots=False)
    assert small.voted == plans.voted and small.unvoted is None and not built


def test_the_export_floor_writes_the_programs_very_workbook(tmp_path: Path) -> None:
    """Every part of the file but its time stamps: the same cells, styles, heights, widths and sheet settings."""
    plan = build_plan(tmp_path / "plan.retreat", SIZES[0])
    doc = PlanDocument.open_snapshot(plan)
    try:
        with record() as book:
            write_plan_workbook(doc, tmp_path / "app.xlsx")
    finally:
        doc.close()
    write_book(book, tmp_path / "floor.xlsx")
    assert book.cells > 100 and len(book.styles) > 3
    with zipfile.ZipFile(tmp_path / "app.xlsx") as app, zipfile.ZipFile(tmp_path / "floor.xlsx") as floor:
        assert app.namelist() == floor.namelist()
        for name in app.namelist():
            if name != "docProps/core.xml":  # when it was written
                assert app.read(name) == floor.read(name), name


def test_one_quick_pass_prints_every_row_against_a_measured_floor(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(BENCHMARKS / "run.py"),
            "--quick",
            "--repeat",
            "1",
            "--sizes",
            "4:3,20:12",
            "--cache",
            str(tmp_path / "cache"),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for measure in (*MEASURES, *TARGET_ONLY):
        rows = [line.split(" | ") for line in lines if line.startswith(f"| {measure} |")]
        assert rows, f"no row for {measure}:\n{done.stdout}"
        for cells in rows:
            median, floor = cells[2], cells[3]
            assert median != "–", f"no figure for {measure}:\n{done.stdout}"
            assert (floor == "–") == (measure in TARGET_ONLY), f"{measure}: floor {floor}\n{done.stdout}"
    for size in SIZE_LABELS:
        assert sum(f"| {size} |" in line for line in lines) >= 6, done.stdout
    for measure in GROWTH:
        assert any(line.startswith(f"| {measure} |") for line in lines), f"no growth for {measure}"
    assert "compiled 0 modules from source" in done.stdout, done.stdout
    assert "The benchmark took" in done.stdout
    if shutil.which("soffice") or shutil.which("libreoffice"):
        for plan in ("sample", SIZE_LABELS[-1]):
            row = next((line for line in lines if line.startswith(f"| {plan} |") and "Plan page" in line), None)
            assert row is not None and "–" not in row, f"no LibreOffice row for {plan}:\n{done.stdout}"
