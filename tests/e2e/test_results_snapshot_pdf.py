"""End to end: the revealed results written for the minutes as a PDF, from the core and the command line,
read back with poppler's pdftotext (the Results tab's way: ``tests/ui/test_results_minutes.py``)."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from plan_files import pdf_text, planner
from planner_gui.core.document import PlanDocument
from planner_gui.core.results_snapshot import results_snapshot
from planner_gui.core.sample import write_sample
from planner_gui.report.chart_objects import install_charts
from planner_gui.report.pdf import layout_snapshot, write_snapshot_pdf

PDFTOTEXT = shutil.which("pdftotext")
pytestmark = pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext is not installed (apt-get install poppler-utils)")
WHEN = datetime(2014, 10, 15, 16, 40)


@pytest.fixture
def revealed(qapp: object, tmp_path: Path) -> Path:
    folder = tmp_path / "revealed"
    folder.mkdir()
    doc = write_sample(folder / "sample.retreat")
    doc.ranking.set_ranking_options(results_revealed=True)
    doc.close()
    return folder / "sample.retreat"


def test_the_snapshot_holds_the_moment_the_voters_every_objective_and_the_charts(revealed: Path) -> None:
    doc = PlanDocument.open_snapshot(revealed)
    try:
        snapshot = results_snapshot(doc, now=WHEN)
        layout = layout_snapshot(snapshot)
        pages = write_snapshot_pdf(snapshot, revealed.with_name("results.pdf"))
    finally:
        doc.close()
    assert pages == layout.page_count and 2 <= pages <= 4
    # a bar per objective in the table, then the charts (16 objectives: one bar chart) and the scatter
    assert install_charts(layout.text, snapshot.chart) == 0  # already drawn objects: no placeholder left
    text = pdf_text(revealed.with_name("results.pdf"))
    assert "Ranking results — Strategic Plan 2012–2015" in text
    assert "As revealed to the room on 15 October 2014 at 16:40." in text
    assert "7 of 7 voting members voted: Amina Diallo, Tomas Lindqvist" in text and "Mei Tanaka." in text
    assert "7 ballots on the laptop." in text
    for start in ("Obj. 1 More states become party", "Obj. 9 Clearance is funded", "Obj. 16 Greater awareness"):
        assert start in text  # each title's first line (the table lays the rest out beside its other columns)
    assert "0.36" in text and "Medium" in text  # Obj. 9: split, decided medium
    assert "The room's picture" in text and "agreed high" in text and "contested" in text
    assert f"Page 1 of {pages}" in text


def test_the_command_line_writes_it_and_refuses_hidden_results_leaving_the_plan_as_it_was(
    revealed: Path, sample_plan: Path
) -> None:
    done = planner("results", revealed, "minutes.pdf", cwd=revealed.parent)
    assert done.returncode == 0, done.stderr
    assert "Wrote the ranking results to minutes.pdf" in done.stdout
    assert "Ranking results" in pdf_text(revealed.with_name("minutes.pdf"))

    before = sample_plan.read_bytes()
    refused = planner("results", sample_plan, "hidden.pdf", cwd=sample_plan.parent)
    assert refused.returncode == 1 and refused.stdout == ""
    assert "results are hidden: reveal them first" in refused.stderr and "Traceback" not in refused.stderr
    assert not sample_plan.with_name("hidden.pdf").exists() and sample_plan.read_bytes() == before
