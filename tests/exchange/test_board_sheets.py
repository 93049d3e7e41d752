"""The workbook's sheets made to be read: "Revised plan" first, then "Charts"; the data sheets still read back."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from planner_gui.core.board_paper import board_paper
from planner_gui.core.document import PlanDocument
from planner_gui.exchange.plan_import import read_plan_workbook
from planner_gui.exchange.plan_sheets import SHEETS
from planner_gui.exchange.plan_workbook import write_plan_workbook

TODAY = date(2014, 10, 15)


@pytest.fixture
def sample(sample_plan: Path) -> Iterator[PlanDocument]:
    doc = PlanDocument.open_snapshot(sample_plan)
    yield doc
    doc.close()


@pytest.fixture
def workbook(sample: PlanDocument, tmp_path: Path) -> Path:
    out = tmp_path / "revised.xlsx"
    write_plan_workbook(sample, out, today=TODAY)
    return out


def rows_of(ws: Any) -> list[list[Any]]:
    return [[c for c in row if c is not None] for row in ws.iter_rows(values_only=True)]


def test_the_revised_plan_comes_first_then_the_charts_then_the_data(workbook: Path) -> None:
    wb = openpyxl.load_workbook(workbook)
    assert wb.sheetnames == ["Revised plan", "Charts", *(spec.name for spec in SHEETS)]
    assert wb.active.title == "Revised plan"


def test_the_revised_plan_reads_as_the_board_decided(sample: PlanDocument, workbook: Path) -> None:
    ws = openpyxl.load_workbook(workbook)["Revised plan"]
    rows = rows_of(ws)
    assert rows[0] == ["Strategic Plan 2012–2015"]
    assert "The revised plan, 2012–2015" in rows[1][0] and "ICBL-CMC" in rows[1][0]
    assert rows[2] == ["16 objectives: 6 high, 3 medium, 3 low and 4 dropped."]
    assert rows[4] == ["Obj.", "Objective", "Priority", "Strategy"]
    goals = [r[0] for r in rows if r and str(r[0]).startswith("Goal ") and " · " in str(r[0])]
    assert goals == [f"Goal {g.number} · {g.title}" for g in sample.structure.goals() if not g.folded]
    kept = {r[0]: r for r in rows if len(r) >= 3 and r[2] in ("High", "Medium", "Low", "Not decided")}
    expected = [o.number for o in sample.structure.objectives() if o.priority != "dropped"]
    assert list(kept) == expected  # in plan order, under their goals
    for objective in sample.structure.objectives():
        if objective.priority != "dropped":
            assert kept[objective.number][1] == objective.title  # the whole title
            assert kept[objective.number][2] == objective.priority.capitalize()
    assert kept["8"][3] == kept["10"][3] == "Clearance plans country by country"
    one = next(i for i, r in enumerate(rows) if r and r[0] == "1")
    assert rows[one + 1] == [sample.structure.objectives()[0].rationale]  # the rationale on the line below
    assert ws["C7"].fill.fgColor.rgb.endswith("D55E00") and ws["C7"].value == "High"
    folded = rows.index(["Goals folded into the others"])
    assert rows[folded + 1][0] == "Goal 4" and rows[folded + 2][0].startswith("Its work is folded")
    dropped = rows.index(["Objectives dropped from the plan"])
    reasons = {r[0]: r[3] for r in rows[dropped + 2 :] if len(r) == 4}
    assert reasons == {
        "7": "Other reason",
        "11": "Indicator of Obj. 8",
        "12": "Indicator of Obj. 8",
        "14": "Outside our influence",
    }
    struck = next(c for c in ws["B"] if c.value == sample.structure.objectives()[6].title)
    assert struck.font.strike


def test_the_revised_plan_prints_portrait_at_full_size_with_no_heading_at_a_pages_foot(workbook: Path) -> None:
    ws = openpyxl.load_workbook(workbook)["Revised plan"]
    assert ws.page_setup.orientation == "portrait"
    assert ws.print_title_rows == "$5:$5"
    assert ws.oddFooter.left.text == "Strategic Plan 2012–2015" and ws.oddFooter.right.text == "Page &P of &N"
    width = sum(ws.column_dimensions[c].width for c in "ABCD")
    assert width * 7.0 <= (8.27 - 1.0) * 72  # A4's width less its margins, at 100 %, the widest font drawn
    for brk in ws.row_breaks.brk:  # a page never ends on a heading or an objective's first line
        last = [c.value for c in ws[brk.id] if c.value is not None]
        assert not (last and re.match(r"Goal \d+ · |Objectives dropped|Goals folded", str(last[0]))), last


def test_the_context_names_each_section_once_and_reads_back_whole(sample: PlanDocument, workbook: Path) -> None:
    ws = openpyxl.load_workbook(workbook)["Context"]
    named = [row[0] for row in ws.iter_rows(min_row=2, values_only=True) if row[0]]
    assert named == [s.title for s in sample.context.sections()]
    data = read_plan_workbook(workbook)
    sections = data["context"]["sections"]
    assert [s["title"] for s in sections] == [s.title for s in sample.context.sections()]
    assert [len(s["items"]) for s in sections] == [len(sample.context.items(s.id)) for s in sample.context.sections()]


def test_a_workbook_with_the_new_sheets_imports_as_the_same_plan(sample: PlanDocument, tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from plan_files import round_trip, the_plan

    again = round_trip(sample, tmp_path)
    try:
        assert the_plan(again) == the_plan(sample)
    finally:
        again.close()


def test_a_plan_without_votes_or_objectives_still_gets_both_sheets(tmp_path: Path) -> None:
    doc = PlanDocument.create(tmp_path / "empty.retreat", title="Nothing yet")
    try:
        write_plan_workbook(doc, tmp_path / "empty.xlsx")
        paper = board_paper(doc)
    finally:
        doc.close()
    wb = openpyxl.load_workbook(tmp_path / "empty.xlsx")
    assert wb.sheetnames[:2] == ["Revised plan", "Charts"]
    assert rows_of(wb["Revised plan"])[2] == ["The plan has no objectives yet."]
    assert paper.chart == ()
