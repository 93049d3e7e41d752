"""End to end: the revised-plan workbook opened by LibreOffice Calc, re-saved and printed, then read back.

LibreOffice converts the workbook without complaint, keeps every sheet and
cell, and the copy it saved imports as the same plan.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest

from libreoffice import convert, needs_libreoffice
from plan_files import the_plan
from planner_gui.core.document import PlanDocument
from planner_gui.exchange.plan_import import import_plan
from planner_gui.exchange.plan_sheets import SHEETS
from planner_gui.exchange.plan_workbook import write_plan_workbook

pytestmark = [pytest.mark.slow, needs_libreoffice]


def test_the_workbook_resaved_by_libreoffice_is_the_same_plan(sample_plan: Path, tmp_path: Path) -> None:
    doc = PlanDocument.open(sample_plan)
    doc.structure.set_plan_field("values", "=Independence\n- Inclusion\n+ Integrity\n@ Accountability")
    out = tmp_path / "revised.xlsx"
    write_plan_workbook(doc, out)
    resaved = convert(out, "xlsx", tmp_path / "resaved", tmp_path / "lo-profile")
    assert resaved.read_bytes() != out.read_bytes()

    wb = openpyxl.load_workbook(resaved)
    assert wb.sheetnames == ["Revised plan", "Charts", *(spec.name for spec in SHEETS)]
    values = dict(row for row in wb["Plan"].iter_rows(min_row=2, values_only=True))
    assert values["Values"] == "=Independence\n- Inclusion\n+ Integrity\n@ Accountability"
    assert wb["Plan"]["B7"].data_type == "s"  # still text in LibreOffice's copy, not a formula
    assert wb["Objectives"].auto_filter.ref == "A1:O17"  # (headless LibreOffice keeps no view: frozen panes go)

    again = import_plan(tmp_path / "again.retreat", resaved)
    try:
        assert the_plan(again) == the_plan(doc)
    finally:
        again.close()
        doc.close()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_the_workbook_prints_from_libreoffice_with_its_headers_and_footers(sample_plan: Path, tmp_path: Path) -> None:
    doc = PlanDocument.open_snapshot(sample_plan)
    out = tmp_path / "revised.xlsx"
    write_plan_workbook(doc, out)
    doc.close()
    pdf = convert(out, "pdf", tmp_path / "printed", tmp_path / "lo-profile")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    assert "Strategic Plan 2012–2015" in pages[0] and "Page 1 of" in pages[0]
    assert f"Page {len(pages) - 1} of {len(pages) - 1}" in pages[-2]  # the text ends with a form feed
    # the Objectives sheet prints on two pages across (at 85 %, no smaller): the votes' columns on the second
    objectives = "".join(page for page in pages if "Drop reason" in page or "Consensus" in page)
    assert all(word in objectives for word in ("Priority", "High", "Medium", "Low", "Dropped", "Consensus"))
    for header in ("Recommendation", "What we need from them", "Sub-point", "Strategy no."):
        assert header in text, header
