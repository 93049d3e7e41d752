"""Plans in from a spreadsheet: an export read back is the same plan, a filled template becomes one,
and a workbook with problems is refused whole, each problem named by sheet, row and column."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from plan_files import round_trip, the_plan
from planner_gui.core.document import PlanDocument
from planner_gui.core.members import MEMBERS, VOTES_COLUMNS
from planner_gui.core.strategies import ACTIONS, TARGETS
from planner_gui.core.walkthrough import STAKEHOLDERS
from planner_gui.exchange.plan_import import import_plan, read_plan_workbook
from planner_gui.exchange.plan_sheets import SPECS
from planner_gui.exchange.plan_workbook import write_plan_workbook, write_template
from planner_gui.exchange.safe_workbook import WorkbookRefused
from planner_gui.exchange.sheet_reader import PlanWorkbookError


def test_the_exported_sample_reads_back_as_the_same_plan(sample_plan: Path, tmp_path: Path) -> None:
    doc = PlanDocument.open_snapshot(sample_plan)
    again = round_trip(doc, tmp_path)
    try:
        assert the_plan(again) == the_plan(doc)
        # A plan read in starts its review where it stands: nothing changed yet.
        assert again.baseline.plan_changes() == []
        assert again.baseline.current().objective_count == 16
    finally:
        doc.close()
        again.close()


def test_votes_shown_by_name_come_back_as_the_members_ballots(sample_plan: Path, tmp_path: Path) -> None:
    doc = PlanDocument.open(sample_plan)
    doc.ranking.set_ranking_options(votes_by_name=True)
    doc.ranking.set_hand_count(doc.structure.find_objective("9").id, high=2, low=1)  # type: ignore[union-attr]
    again = round_trip(doc, tmp_path)
    try:
        assert the_plan(again) == the_plan(doc)
        assert again.ranking.voted() and len(again.ranking.voted()) == 7
        assert again.ranking.hand_count(again.structure.find_objective("9").id) == {  # type: ignore[union-attr]
            "high": 2,
            "medium": 0,
            "low": 1,
            "dropped": 0,
        }
    finally:
        doc.close()
        again.close()


def test_weighted_ballots_come_back_by_name_and_their_counts_alone_are_refused_saying_how(
    sample_plan: Path, tmp_path: Path
) -> None:
    doc = PlanDocument.open(sample_plan)
    try:
        mei = doc.ranking.find_member("Mei Tanaka")
        assert mei is not None and mei.id in doc.ranking.voted()
        doc.lists.update_row(MEMBERS, mei.id, weight=1.5)  # the board's rules: her ballot counts one and a half
        doc.ranking.set_ranking_options(votes_by_name=True)
        again = round_trip(doc, tmp_path)
        try:
            assert the_plan(again) == the_plan(doc)
            assert again.ranking.find_member("Mei Tanaka").weight == 1.5  # type: ignore[union-attr]
        finally:
            again.close()
        # Counts only: a count of 6.5 can't become a show of hands, and rounding it would change the vote.
        doc.ranking.set_ranking_options(votes_by_name=False)
        with pytest.raises(PlanWorkbookError) as caught:
            round_trip(doc, tmp_path)
        assert not (tmp_path / "again.retreat").exists()
        said = {str(p) for p in caught.value.problems}
        assert said and all(p.startswith("Votes, row ") and "is a weighted count" in p for p in said), said
        assert "Export the plan with its votes shown by name" in next(iter(said))
    finally:
        doc.close()


def test_a_member_called_as_a_column_of_the_votes_sheet_is_refused_by_row_and_the_two_lists_agree(
    tmp_path: Path,
) -> None:
    assert SPECS["Votes"].headers == VOTES_COLUMNS  # the names no member takes are the sheet's own columns
    template = tmp_path / "template.xlsx"
    write_template(template)
    fill_template(
        template,
        {"Goals": [[1, "Ban"]], "Objectives": [[1, 1, "One"]], "Members": [["Ana"], ["Objectif"], ["Number 2"]]},
    )
    with pytest.raises(PlanWorkbookError) as caught:
        import_plan(tmp_path / "new.retreat", template)
    assert [str(p) for p in caught.value.problems] == [
        "Members, row 3, column A (Name): a member can't be called “Objectif”: a column of the Votes sheet is "
        "headed so. Add a surname or an initial."
    ]
    assert not (tmp_path / "new.retreat").exists()


def fill_template(path: Path, rows: dict[str, list[list[Any]]]) -> None:
    wb = openpyxl.load_workbook(path)
    for sheet, values in rows.items():
        ws = wb[sheet]
        if sheet == "Plan":
            for r, (_, value) in enumerate(values, start=2):
                ws.cell(r, 2, value)
            continue
        for row in values:
            ws.append(row)
    wb.save(path)


def test_a_filled_template_becomes_a_plan_forgiving_case_and_numbers_typed_as_numbers(tmp_path: Path) -> None:
    template = tmp_path / "template.xlsx"
    write_template(template)
    fill_template(
        template,
        {
            "Plan": [["Organisation", "Campaign"], ["Title", "Plan 2016–2020"], ["Period", "2016–2020"]],
            "Goals": [[1, "Ban", "active"], ["A", "Clear", None]],
            "Objectives": [
                [1, 10, "Universalise", "HIGH"],
                [1, 2, "Stop use", "Drop", "We can't", "Outside our influence"],
                ["A", "1.10", "Clear land", "medium", None, None, None],
                ["A", "1.2", "- report\n- publish", "low"],
            ],
            "Members": [["Ana", "Chair", None, "1,5"], ["Ben", "Member", "no"]],  # a weight typed as text, French
            "Strategies": [[None, "Universalise", "10", "agreed", "Country by country"]],
            "Actions": [[None, "Universalise", "Proactive", "- lobby ministries", "Ana"], [1, None, None, "Report"]],
            "Targets": [[1, None, "New States Parties", "States", 25, "2015-09"]],
            "Stakeholders": [["Donors", "Donor", "Fund us", "Money"]],
            "Context": [["Mandate", None, None, "Ban the weapons"], ["Mandate", None, None, None, "for good"]],
        },
    )
    doc = import_plan(tmp_path / "new.retreat", template)
    try:
        assert doc.plan.title == "Plan 2016–2020"
        # In the order of the rows: the workbook's order is the plan's.
        assert [(o.number, o.priority) for o in doc.structure.objectives()] == [
            ("10", "high"),
            ("2", "dropped"),
            ("1.10", "medium"),
            ("1.2", "low"),
        ]
        assert doc.structure.find_objective("2").drop_kind == "outside our influence"  # type: ignore[union-attr]
        assert doc.structure.find_objective("1.2").title == "- report\n- publish"  # type: ignore[union-attr]
        assert [(m.name, m.votes, m.weight) for m in doc.ranking.members()] == [("Ana", True, 1.5), ("Ben", False, 1)]
        [strategy] = doc.strategies.strategies()
        assert strategy.status == "agreed"
        assert [doc.structure.objective(i).number for i in doc.strategies.strategy_objectives(strategy.id)] == ["10"]
        action, report = doc.lists.rows(ACTIONS, strategy_id=strategy.id)
        assert (action.text, action.lead) == ("- lobby ministries", "Ana")
        assert (report.text, doc.strategies.action_kinds()[report.kind_id - 1].name) == ("Report", "other")
        [target] = doc.lists.rows(TARGETS, strategy_id=strategy.id)
        assert (target.number, target.due) == (25.0, "2015-09")
        assert doc.lists.rows(STAKEHOLDERS)[0].kind == "donor"
        [section] = doc.context.sections()
        [point] = doc.context.items(section.id)
        assert [s.text for s in doc.context.items(section.id, point.id)] == ["for good"]
    finally:
        doc.close()


def test_every_problem_is_named_by_sheet_row_and_column_and_nothing_is_made(tmp_path: Path) -> None:
    template = tmp_path / "template.xlsx"
    write_template(template)
    fill_template(
        template,
        {
            "Plan": [["Organisation", "Campaign"], ["Title", "Plan"]],
            "Goals": [[1, "Ban"], [1, "Again"], [None, "No number"], [2, "Clear", "Gone"]],
            "Objectives": [
                [1, 1, "One", "Urgent"],
                [3, 2, "Under no goal"],
                [1, 1, "Twice"],
                [1, 4, "Four", "Dropped", None, "Too hard", 99],
            ],
            "Members": [["Ana"], ["Ben", None, None, 250]],  # a weight beyond any board's rules
            "Votes": [],
            "Strategies": [[1, "S", "1, 77"]],
            "Targets": [[5, None, "What", None, "many", "next year"]],
        },
    )
    wb = openpyxl.load_workbook(template)
    wb["Votes"].cell(1, 3, "Zoe")
    wb.save(template)
    target = tmp_path / "new.retreat"
    with pytest.raises(PlanWorkbookError) as caught:
        import_plan(target, template)
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["template.xlsx"]
    found = {str(p) for p in caught.value.problems}
    assert found == {
        "Goals, row 3, column A (Number): Goal 1 is already on an earlier row.",
        "Goals, row 4, column A (Number): a goal needs a number.",
        "Goals, row 5, column C (Status): “Gone” is not one of: Active, Folded.",
        "Objectives, row 2, column D (Priority): “Urgent” is not a priority; write High, Medium, Low or Dropped.",
        "Objectives, row 3, column A (Goal): Goal 3 is not on the Goals sheet.",
        "Objectives, row 4, column B (Number): Obj. 1 is already on an earlier row.",
        "Objectives, row 5, column F (Drop reason): “Too hard” is not one of: "
        "indicator of another objective, merged into another objective, outside our influence, achieved, other.",
        "Objectives, row 5, column G (Related objective): the plan has no Obj. 99.",
        "Members, row 3, column D (Weight): a ballot's weight is a number above 0, up to 100.",
        "Votes, row 1, column C (Zoe): Zoe is not on the Members sheet.",
        "Strategies, row 2, column C (Objectives): the plan has no Obj. 77.",
        "Targets, row 2, column A (Strategy no.): there is no strategy 5 on the Strategies sheet.",
        "Targets, row 2, column E (Number): “many” is not a number.",
        "Targets, row 2, column F (Due): write a date as 2015, 2015-09 or 2015-09-30, not “next year”.",
    }
    assert str(caught.value).startswith("template.xlsx can't be read as a plan (14 problems); nothing was made:")


def test_a_workbook_without_the_plan_sheets_or_not_a_workbook_at_all_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Budget"  # type: ignore[union-attr]
    wb.save(other)
    with pytest.raises(PlanWorkbookError) as caught:
        read_plan_workbook(other)
    assert {str(p) for p in caught.value.problems} == {
        "Plan: the workbook has no such sheet.",
        "Goals: the workbook has no such sheet.",
        "Objectives: the workbook has no such sheet.",
    }
    text = tmp_path / "notes.xlsx"
    text.write_text("just some notes")
    with pytest.raises(WorkbookRefused, match=r"notes\.xlsx is not an Excel workbook"):
        read_plan_workbook(text)
    with pytest.raises(WorkbookRefused, match="is a folder"):
        read_plan_workbook(tmp_path)


def test_an_existing_plan_is_never_replaced_unless_asked(sample_plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    doc = PlanDocument.open_snapshot(sample_plan)
    write_plan_workbook(doc, out)
    doc.close()
    before = sample_plan.read_bytes()
    from planner_gui.core.errors import FileAccessError

    with pytest.raises(FileAccessError, match="already exists"):
        import_plan(sample_plan, out)
    assert sample_plan.read_bytes() == before


def test_a_template_filled_by_a_script_that_left_formulas_uncalculated_is_refused_by_cell(tmp_path: Path) -> None:
    """openpyxl (like many scripts and web exports) saves a formula without its value: it must not become a blank."""
    template = tmp_path / "template.xlsx"
    write_template(template)
    fill_template(
        template,
        {
            "Goals": [[1, '=CONCAT("Ban ", "them")']],
            "Objectives": [[1, 10, "=A1", "High"], [1, 11, "Stop use", '=IF(TRUE, "Low")']],
        },
    )
    with pytest.raises(PlanWorkbookError) as caught:
        import_plan(tmp_path / "new.retreat", template)
    said = [str(p).split(": ")[0] for p in caught.value.problems]
    assert said == [
        "Goals, row 2, column B (Title)",
        "Objectives, row 2, column C (Objective)",
        "Objectives, row 3, column D (Priority)",
    ]
    assert all("a formula with no saved value" in str(p) for p in caught.value.problems)
    assert not (tmp_path / "new.retreat").exists()


def test_sections_of_one_name_come_back_each_whole_and_in_place(sample_plan: Path, tmp_path: Path) -> None:
    """Two sections named alike, apart or one after the other with notes of their own, are never merged."""
    from planner_gui.core.context import SECTIONS

    doc = PlanDocument.open(sample_plan)
    try:
        second = doc.context.sections()[1].id
        doc.lists.update_row(SECTIONS, second, title=doc.context.sections()[0].title, notes="Notes of its own")
        last = doc.lists.insert_row(SECTIONS, {"title": doc.context.sections()[0].title, "prompt": ""})
        doc.context.add_context_point(last, "A point of the last one")
        again = round_trip(doc, tmp_path)
        try:
            assert the_plan(again)["Context"] == the_plan(doc)["Context"]
            assert len(again.context.sections()) == len(doc.context.sections())
        finally:
            again.close()
    finally:
        doc.close()


def test_a_table_on_two_sheets_in_two_languages_is_refused_never_half_read(tmp_path: Path) -> None:
    template = tmp_path / "template.xlsx"
    write_template(template)
    fill_template(template, {"Goals": [[1, "Ban"]], "Objectives": [[1, 1, "One"]], "Members": [["Ann Smith"]]})
    wb = openpyxl.load_workbook(template)
    spanish = wb.create_sheet("Miembros")
    spanish.append(["Nombre", "Función", "Vota", "Peso"])
    spanish.append(["Bea López", "tesorera", "Sí"])
    wb.save(template)
    with pytest.raises(PlanWorkbookError) as caught:
        import_plan(tmp_path / "new.retreat", template)
    assert [str(p) for p in caught.value.problems] == [
        "Members: the workbook has 2 sheets of this table (“Members”, “Miembros”); keep one, with every row in it."
    ]
    assert not (tmp_path / "new.retreat").exists()


def test_a_number_that_is_a_list_is_refused_on_its_row(tmp_path: Path) -> None:
    template = tmp_path / "template.xlsx"
    write_template(template)
    fill_template(template, {"Goals": [[1, "Ban"]], "Objectives": [[1, "2 and 3", "Two"], [1, "Obj. 4", "Four"]]})
    with pytest.raises(PlanWorkbookError) as caught:
        import_plan(tmp_path / "new.retreat", template)
    assert [str(p).split(":")[0] for p in caught.value.problems] == [
        "Objectives, row 2, column B (Number)",
        "Objectives, row 3, column B (Number)",
    ]


def test_a_finer_weight_an_older_version_let_in_goes_out_and_comes_back_exactly(
    sample_plan: Path, tmp_path: Path
) -> None:
    with sqlite3.connect(sample_plan) as older:
        older.execute("UPDATE member SET weight = 0.333 WHERE name = 'Mei Tanaka'")
    older.close()
    doc = PlanDocument.open(sample_plan)
    try:
        doc.ranking.set_ranking_options(votes_by_name=True)  # (weighted counts alone don't come back: see above)
        again = round_trip(doc, tmp_path)
        try:
            assert again.ranking.find_member("Mei Tanaka").weight == 0.333  # type: ignore[union-attr]
        finally:
            again.close()
    finally:
        doc.close()
