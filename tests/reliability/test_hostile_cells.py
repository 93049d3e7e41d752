"""Cells and sheets a broken or hostile writer leaves, into both importers: a message, never a traceback.

A shared string that is not there, a number too large for any plan, a chart
sheet under a table's name, a Part column of words, a cell of a whole page, a
pipe where a workbook should be, a ballot's Member cell emptied: each is
refused with a message naming the file (and the cell, where there is one), no
plan is made, and a plan being voted in keeps exactly the votes it had.
"""

from __future__ import annotations

import os
import re
import threading
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hostile_workbooks import Raw, plan_sheets, rewrite, sheet_xml, xlsx
from openpyxl.chart import BarChart, Reference
from reliability_tools import folder_bytes

from plan_files import committed
from planner_gui.cli import main
from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import PlanError
from planner_gui.exchange.ballots import SHEET, import_ballots
from planner_gui.exchange.plan_import import import_plan
from planner_gui.exchange.safe_workbook import MAX_SHARED_TEXT
from planner_gui.exchange.sheet_reader import PlanWorkbookError

MISSING_STRING = Raw('t="s"', "<v>99999</v>")  # the 100,000th shared string of a workbook that has a few


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "in"
    path.mkdir()
    return path


def problems_of(source: Path, target: Path) -> list[str]:
    with pytest.raises(PlanWorkbookError) as caught:
        import_plan(target, source)
    assert not target.exists()
    return [str(p) for p in caught.value.problems]


def test_a_shared_string_that_is_not_there_is_damage_said_in_one_line(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = xlsx(folder / "plan.xlsx", plan_sheets([["1", "1", MISSING_STRING, "High"]]))
    before = folder_bytes(folder)
    with pytest.raises(PlanError, match=r"^plan\.xlsx is damaged and can't be read \(IndexError\)\.$"):
        import_plan(folder / "new.retreat", source)
    assert main(["import-plan", str(folder / "new.retreat"), str(source)]) == 1
    assert capsys.readouterr().err == "planner-gui: error: plan.xlsx is damaged and can't be read (IndexError).\n"
    assert folder_bytes(folder) == before


def test_numbers_beyond_any_plan_are_problems_not_a_crash_of_the_database(folder: Path) -> None:
    sheets = plan_sheets([["1", "1", "Ban", "High"]])
    sheets["Plan"] = sheet_xml([["Field", "Value"], ["Title", "Big"], ["Most “High” per ballot", 1e20]])
    sheets["Members"] = sheet_xml([["Name", "Votes", "Weight"], ["Ana", "Yes", "inf"]])
    sheets["Votes"] = sheet_xml([["Number", "Objective", "High"], ["1", "Ban", 1e19]])
    said = problems_of(xlsx(folder / "plan.xlsx", sheets), folder / "new.retreat")
    assert sorted(said) == [
        "Members, row 2, column C (Weight): “inf” is not a number.",
        "Plan, row 3, column B (Value): 100000000000000000000 is far larger than any number a plan holds.",
        "Votes, row 2, column C (High): 10000000000000000000 is far larger than any number a plan holds.",
    ]


def test_a_chart_sheet_under_a_tables_name_is_said_to_be_a_chart(folder: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "Plan"
    wb["Plan"].append(["Field", "Value"])
    objectives = wb.create_sheet("Objectives")
    objectives.append(["Goal", "Number", "Objective"])
    objectives.append(["1", "1", "Ban"])
    chart = BarChart()
    chart.add_data(Reference(objectives, min_col=2, min_row=1, max_row=2))
    wb.create_chartsheet("Goals").add_chart(chart)
    wb.save(folder / "plan.xlsx")
    said = problems_of(folder / "plan.xlsx", folder / "new.retreat")
    assert "Goals: is a chart, not a sheet of cells; the workbook needs it as a table." in said


def test_a_continued_texts_part_that_is_a_word_is_a_problem_of_its_cell(folder: Path) -> None:
    sheets = plan_sheets([["1", "1", "Ban", "High"]])
    sheets["Continued"] = sheet_xml(
        [["Sheet", "Cell", "Part", "Text"], ["Goals", "B2", 1, "a"], ["Goals", "B2", "two", "b"]]
    )
    said = problems_of(xlsx(folder / "plan.xlsx", sheets), folder / "new.retreat")
    assert said == ["Continued, row 3, column C (Part): “two” is not a whole number."]


def test_a_cell_of_a_whole_page_is_quoted_short_in_its_problem(folder: Path) -> None:
    page = "Urgent " * 5000
    said = problems_of(xlsx(folder / "plan.xlsx", plan_sheets([["1", "1", "Ban", page]])), folder / "new.retreat")
    [problem] = said
    assert problem.startswith("Objectives, row 2, column D (Priority): “Urgent Urgent") and len(problem) < 200


def test_a_pipe_named_like_a_workbook_is_refused_without_waiting_for_it(folder: Path) -> None:
    pipe = folder / "plan.xlsx"
    os.mkfifo(pipe)
    opened = threading.Event()

    def writer() -> None:  # unblocks a reader that opened the pipe after all, so a failure ends instead of hanging
        if not opened.wait(20):
            with open(pipe, "wb"):
                pass

    helper = threading.Thread(target=writer, daemon=True)
    helper.start()
    try:
        with pytest.raises(PlanError, match=r"^plan\.xlsx is not a file, so it can't be a plan workbook\.$"):
            import_plan(folder / "new.retreat", pipe)
    finally:
        opened.set()
        helper.join()


# ------------------------------------------------------------------ ballots


@pytest.fixture
def ballot(blank_ballot: Path) -> Path:
    """Mei Tanaka's ballot, every priority filled in as she hands it back."""
    wb = openpyxl.load_workbook(blank_ballot)
    for row in range(7, wb[SHEET].max_row + 1):
        wb[SHEET].cell(row, 3, "Low")
    wb.save(blank_ballot)
    return blank_ballot


def rejected(doc: PlanDocument, source: Path) -> str:
    recorded = committed(doc.path, "SELECT * FROM ballot_vote ORDER BY ballot_id, objective_id")
    report = import_ballots(doc, [source])
    assert report.imported == []
    assert committed(doc.path, "SELECT * FROM ballot_vote ORDER BY ballot_id, objective_id") == recorded
    [refused] = report.rejected
    return str(refused)


def test_a_ballot_with_a_shared_string_that_is_not_there_is_damaged(
    doc: PlanDocument, ballot: Path, folder: Path
) -> None:
    def missing(name: str, data: bytes) -> bytes:
        if name != "xl/worksheets/sheet1.xml":
            return data
        changed, count = re.subn(
            rb'(<row r="7"[^>]*>.*?)(</row>)', rb'\1<c r="E7" t="s"><v>99999</v></c>\2', data, count=1, flags=re.S
        )
        assert count == 1
        return changed

    source = rewrite(ballot, folder / "ballot.xlsx", missing)
    assert rejected(doc, source) == "ballot.xlsx: is damaged and can't be read (IndexError)."


def test_a_ballot_whose_identity_is_a_chart_sheet_is_not_a_ballot(
    doc: PlanDocument, ballot: Path, folder: Path
) -> None:
    wb = openpyxl.load_workbook(ballot)
    identity = wb.sheetnames[1]
    wb[identity].title = "Old identity"
    chart = BarChart()
    chart.add_data(Reference(wb[SHEET], min_col=1, min_row=6, max_row=9))
    wb.create_chartsheet(identity).add_chart(chart)
    wb.save(folder / "ballot.xlsx")
    said = rejected(doc, folder / "ballot.xlsx")
    assert said == "ballot.xlsx: is not a ballot written by Retreat Planner (it has no Ballot sheet)."


def test_a_ballot_whose_member_cell_was_emptied_says_whose_it_is(doc: PlanDocument, ballot: Path, folder: Path) -> None:
    wb = openpyxl.load_workbook(ballot)
    wb[SHEET].cell(2, 2).value = None
    wb.save(folder / "ballot.xlsx")
    said = rejected(doc, folder / "ballot.xlsx")
    assert said == (
        "ballot.xlsx: row 2, column B (Member): the Member cell is empty; this ballot was written for Mei Tanaka: "
        "write their name back in it."
    )


def test_shared_texts_too_large_to_hold_are_refused_before_any_is_read(folder: Path, tmp_path: Path) -> None:
    """Inside the size limits but far past memory: 129 MB of shared text (openpyxl would hold ~6 times that)."""
    good = xlsx(tmp_path / "good.xlsx", plan_sheets([["1", "1", "Ban", "High"]]))

    source = rewrite(good, folder / "plan.xlsx", lambda _name, data: data)
    with zipfile.ZipFile(source, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", b"<sst>" + b"x" * (MAX_SHARED_TEXT + 1) + b"</sst>")
    assert source.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(PlanError, match=r"^plan\.xlsx is unsafe to open: it would unpack to far more than any plan"):
        import_plan(folder / "new.retreat", source)
    assert not (folder / "new.retreat").exists()
