"""The revised-plan workbook: every sheet's cells against the plan, formatting, text kept as text, safe writing."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from planner_gui.core import safe_files
from planner_gui.core.context import POINTS
from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import FileAccessError
from planner_gui.core.strategies import ACTIONS
from planner_gui.core.walkthrough import OUTCOMES, RECOMMENDATIONS, STAKEHOLDERS
from planner_gui.exchange.plan_sheets import SHEETS, plan_tables, vote_headers
from planner_gui.exchange.plan_workbook import (
    CELL_LIMIT,
    CONTINUED_NOTE,
    ExportCancelled,
    write_plan_workbook,
    write_template,
)

TODAY = date(2014, 3, 3)


def values(ws: Any) -> list[list[Any]]:
    return [[cell.value for cell in row] for row in ws.iter_rows()]


@pytest.fixture
def sample_doc(sample_plan: Path):  # type: ignore[no-untyped-def]
    doc = PlanDocument.open(sample_plan)
    yield doc
    doc.close()


@pytest.fixture
def exported(sample_doc: PlanDocument, tmp_path: Path) -> openpyxl.Workbook:
    out = tmp_path / "revised.xlsx"
    write_plan_workbook(sample_doc, out, today=TODAY)
    return openpyxl.load_workbook(out)


def test_every_sheet_holds_the_plan_cell_by_cell(sample_doc: PlanDocument, exported: openpyxl.Workbook) -> None:
    assert exported.sheetnames == ["Revised plan", "Charts", *(spec.name for spec in SHEETS)]
    tables = plan_tables(sample_doc, today=TODAY)
    for spec in SHEETS:
        headers = vote_headers(sample_doc) if spec.name == "Votes" else spec.headers
        rows = values(exported[spec.name])
        assert rows[0] == list(headers), spec.name
        expected = [[None if v == "" else v for v in row] for row in tables[spec.name]]
        assert rows[1:] == expected, spec.name


def test_the_sheets_say_what_the_sample_plan_says(sample_doc: PlanDocument, exported: openpyxl.Workbook) -> None:
    plan = dict(values(exported["Plan"])[1:])
    assert plan["Organisation"] == sample_doc.plan.organisation
    assert plan["Vision"] == sample_doc.plan.vision
    assert plan["Exported"] == "2014-03-03"
    goals = values(exported["Goals"])[1:]
    assert [(g[0], g[2]) for g in goals] == [("1", "Active"), ("2", "Active"), ("3", "Active"), ("4", "Folded")]
    assert goals[3][3].startswith("Its work is folded")
    objectives = {row[1]: row for row in values(exported["Objectives"])[1:]}
    # Rows in the plan's natural order, numbers kept as the labels they are.
    assert list(objectives) == [o.number for o in sample_doc.structure.objectives()]
    priorities = {n: row[3] for n, row in objectives.items()}
    assert [n for n, p in priorities.items() if p == "High"] == ["1", "2", "8", "10", "13", "15"]
    assert [n for n, p in priorities.items() if p == "Dropped"] == ["7", "11", "12", "14"]
    eleven = objectives["11"]
    assert (eleven[0], eleven[5], eleven[6]) == ("2", "indicator of another objective", "8")
    for number, row in objectives.items():
        assert sum(row[7:11]) == 7, number  # seven voting members
        assert 0 <= row[11] <= 3 and 0 <= row[12] <= 1
    assert objectives["8"][13] == objectives["10"][13] != None  # noqa: E711 - one strategy serves both
    votes = values(exported["Votes"])[1:]
    assert len(votes) == 16 and all(sum(row[2:]) == 7 for row in votes)
    members = values(exported["Members"])[1:]
    assert [m[0] for m in members] == [m.name for m in sample_doc.ranking.members()]
    strategies = values(exported["Strategies"])[1:]
    assert [s[1] for s in strategies] == [s.name for s in sample_doc.strategies.strategies()]
    targets = values(exported["Targets"])[1:]
    assert targets[0][4:] == [25, "2015-09"]
    actions = values(exported["Actions"])[1:]
    assert {a[2] for a in actions} <= {"reactive", "proactive", "other"}
    assert len(actions) == sum(
        sample_doc.lists.count_rows(ACTIONS, strategy_id=s.id) for s in sample_doc.strategies.strategies()
    )
    context = values(exported["Context"])[1:]
    points = sum(sample_doc.lists.count_rows(POINTS, section_id=s.id) for s in sample_doc.context.sections())
    empty = sum(1 for s in sample_doc.context.sections() if not sample_doc.context.items(s.id))
    assert len(context) == points + empty  # a section with no points still has its row
    assert [row[0] for row in context if row[1]] == [s.title for s in sample_doc.context.sections()]
    assert [row[0] for row in context if row[0]] == [s.title for s in sample_doc.context.sections()]  # named once
    assert len(values(exported["Achievements"])) - 1 == sample_doc.lists.count_rows(OUTCOMES)
    assert len(values(exported["Review"])) - 1 == sample_doc.lists.count_rows(RECOMMENDATIONS)
    assert len(values(exported["Stakeholders"])) - 1 == sample_doc.lists.count_rows(STAKEHOLDERS)
    changes = values(exported["Changes"])[1:]
    assert [(c[0], c[1]) for c in changes] == [
        ("Goal folded", "Goal 4"),
        ("Objective dropped", "Obj. 7"),
        ("Objective dropped", "Obj. 11"),
        ("Objective dropped", "Obj. 12"),
        ("Objective dropped", "Obj. 14"),
    ]


def test_each_sheet_is_a_formatted_table_ready_to_print(exported: openpyxl.Workbook) -> None:
    for ws in exported.worksheets[2:]:  # the data sheets, after "Revised plan" and "Charts"
        assert len(ws.title) <= 31
        assert ws.freeze_panes == "A2", ws.title
        assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}", ws.title
        assert ws.print_title_rows == "$1:$1"
        assert ws.page_setup.orientation == "landscape"
        if ws.sheet_properties.pageSetUpPr.fitToPage:  # fitted across, any number of pages down
            assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0, ws.title
        else:  # too wide to fit at a readable size: a fixed scale, the row's identity repeated on each page
            assert int(ws.page_setup.scale) >= 85 and ws.print_title_cols, ws.title
        assert ws.oddFooter.left.text == "Strategic Plan 2012–2015"
        assert ws.oddFooter.center.text == "&A"
        assert ws.oddFooter.right.text == "Page &P of &N"
        assert all(ws.cell(1, c).font.b for c in range(1, ws.max_column + 1))
        assert all(ws.column_dimensions[ws.cell(1, c).column_letter].width for c in range(1, ws.max_column + 1))
    objectives = exported["Objectives"]
    assert objectives["C2"].alignment.wrap_text
    high = objectives["D2"]
    assert high.value == "High" and high.fill.fgColor.rgb.endswith("D55E00")


def test_what_people_typed_stays_text_never_a_formula(sample_doc: PlanDocument, tmp_path: Path) -> None:
    typed = ["=SUM(A1:A9)", "+44 20 7946", "- a bullet point\n- another", "@mention", "tab\tand\x07bell\x00"]
    recommendation = sample_doc.lists.rows(RECOMMENDATIONS)[0].id
    for text in typed:
        sample_doc.lists.update_row(RECOMMENDATIONS, recommendation, response=text)
        out = tmp_path / "out.xlsx"
        write_plan_workbook(sample_doc, out)
        cell = openpyxl.load_workbook(out)["Review"]["C2"]
        assert cell.data_type == "s", text
        assert cell.value == text.replace("\x07", "").replace("\x00", "")


def test_a_decision_or_a_fold_taken_back_no_longer_says_why_in_the_workbook(
    sample_doc: PlanDocument, tmp_path: Path
) -> None:
    """Obj. 11 (dropped in the sample, pointing to Obj. 8) decided High again; Goal 4 (folded) unfolded."""
    eleven = sample_doc.structure.objective_ids()["11"]
    assert sample_doc.structure.objective(eleven).drop_kind is not None
    sample_doc.ranking.set_decision(eleven, priority="high")
    four = next(g for g in sample_doc.structure.goals() if g.number == "4")
    assert four.folded and four.fold_note
    sample_doc.structure.update_goal(four.id, folded=False)
    out = tmp_path / "out.xlsx"
    write_plan_workbook(sample_doc, out, today=TODAY)
    wb = openpyxl.load_workbook(out)
    objectives = {row[1]: row for row in values(wb["Objectives"])[1:]}
    assert objectives["11"][3:7] == ["High", sample_doc.structure.objective(eleven).rationale or None, None, None]
    goals = {row[0]: row for row in values(wb["Goals"])[1:]}
    assert goals["4"][2:4] == ["Active", None]
    assert sample_doc.structure.objective(eleven).drop_kind is not None  # kept in the plan, should D come again


def test_a_text_longer_than_a_cell_goes_on_whole_across_a_continuation_sheet(
    sample_doc: PlanDocument, tmp_path: Path
) -> None:
    long_text = "".join(f"{i:06d} " for i in range(12_000))  # 84,000 characters
    sample_doc.structure.set_plan_field("vision", long_text)
    out = tmp_path / "out.xlsx"
    write_plan_workbook(sample_doc, out)
    wb = openpyxl.load_workbook(out)
    cell = wb["Plan"]["B5"]
    assert len(cell.value) == CELL_LIMIT and cell.value.endswith(CONTINUED_NOTE)
    parts = values(wb["Continued"])
    assert parts[0] == ["Sheet", "Cell", "Part", "Text"]
    assert [(p[0], p[1], p[2]) for p in parts[1:]] == [("Plan", "B5", 2), ("Plan", "B5", 3)]
    assert all(len(p[3]) <= CELL_LIMIT for p in parts[1:])
    assert cell.value.removesuffix(CONTINUED_NOTE) + "".join(p[3] for p in parts[1:]) == long_text


def test_a_long_text_of_emoji_is_split_as_spreadsheets_count_a_cell_and_comes_back_whole(
    sample_doc: PlanDocument, tmp_path: Path
) -> None:
    """Excel and LibreOffice count an emoji as two of a cell's 32,767: 20,000 of them don't fit in one cell."""
    from plan_files import round_trip

    long_text = "🌍" * 20_000 + "é" * 3
    sample_doc.structure.set_plan_field("vision", long_text)
    out = tmp_path / "out.xlsx"
    write_plan_workbook(sample_doc, out)
    wb = openpyxl.load_workbook(out)
    units = [
        len(str(c).encode("utf-16-le")) // 2
        for c in (wb["Plan"]["B5"].value, *(p[3] for p in values(wb["Continued"])[1:]))
    ]
    assert len(units) == 2 and all(u <= CELL_LIMIT for u in units)
    again = round_trip(sample_doc, tmp_path)
    try:
        assert again.plan.vision == long_text
    finally:
        again.close()


def test_a_failed_or_cancelled_export_leaves_the_earlier_file_untouched(
    sample_doc: PlanDocument, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "revised.xlsx"
    out.write_bytes(b"the earlier export")

    def stop(done: int, total: int) -> None:
        raise ExportCancelled()

    with pytest.raises(ExportCancelled):
        write_plan_workbook(sample_doc, out, progress=stop)
    assert out.read_bytes() == b"the earlier export"

    def disk_full(src: Any, dst: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(safe_files.os, "replace", disk_full)
    with pytest.raises(FileAccessError, match="No space left on device"):
        write_plan_workbook(sample_doc, out)
    assert out.read_bytes() == b"the earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["revised.xlsx", "sample.retreat"]


def test_progress_is_reported_up_to_the_whole(sample_doc: PlanDocument, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    write_plan_workbook(sample_doc, tmp_path / "out.xlsx", progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1] > 100


def test_writing_into_a_missing_folder_or_onto_a_folder_is_refused(sample_doc: PlanDocument, tmp_path: Path) -> None:
    with pytest.raises(FileAccessError, match="does not exist"):
        write_plan_workbook(sample_doc, tmp_path / "nowhere" / "out.xlsx")
    with pytest.raises(FileAccessError, match="is a folder"):
        write_plan_workbook(sample_doc, tmp_path)


def test_the_template_has_every_sheet_to_fill_and_instructions_first(tmp_path: Path) -> None:
    out = tmp_path / "template.xlsx"
    write_template(out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Instructions", *(s.name for s in SHEETS if s.name != "Changes")]
    assert wb["Instructions"]["A1"].value == "How to fill this plan workbook"
    for spec in SHEETS:
        if spec.name != "Changes":
            assert values(wb[spec.name])[0] == list(spec.headers)
    assert [row[0] for row in values(wb["Plan"])[1:]][:3] == ["Organisation", "Title", "Period"]
    assert os.path.getsize(out) < 30_000
    # Numbers that are labels are typed into text columns ("1.10" stays "1.10"); a target's number is a number.
    text_columns = {
        name: [c for c in "ABCDEFG" if wb[name].column_dimensions[c].number_format == "@"]
        for name in ("Goals", "Objectives", "Votes", "Strategies", "Actions", "Targets")
    }
    assert text_columns == {
        "Goals": ["A"],
        "Objectives": ["A", "B", "G"],
        "Votes": ["A"],
        "Strategies": ["A", "C"],
        "Actions": ["A"],
        "Targets": ["A"],
    }


def test_the_readme_documents_every_sheet_and_its_headers() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    for spec in SHEETS:
        row = f"| `{spec.name}` | " + ", ".join(f"`{h}`" for h in spec.headers) + " |"
        assert row in readme, spec.name
