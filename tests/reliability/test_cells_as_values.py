"""Cells are values: what goes out is never a formula, what comes in is read as shown, never evaluated.

Exported text of every kind (typed by the facilitator: leading "=", "+", "-",
"@", a DDE call) is checked in the workbook's XML itself: no ``<f>`` element
anywhere but the one formula the program writes on purpose (a ballot's count
of "High"). Coming in, a formula's cell is read as the value it last showed,
even when that value is not what the formula would compute; merged and hidden
cells are read as they are in the file.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hostile_workbooks import Raw, plan_sheets, sheet_xml, xlsx
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from planner_gui.core.document import PlanDocument
from planner_gui.core.plan_data import fill_from_data
from planner_gui.core.walkthrough import STAKEHOLDERS
from planner_gui.exchange.ballots import SHEET, import_ballots, write_ballots
from planner_gui.exchange.cells import clean_text
from planner_gui.exchange.plan_import import import_plan, read_plan_workbook
from planner_gui.exchange.plan_workbook import write_plan_workbook, write_template
from planner_gui.exchange.sheet_reader import PlanWorkbookError

FORMULA = re.compile(rb"<(?:\w+:)?f[ >/]")
TRIGGERS = ["=", "+", "-", "@", "\t=", " =", "=cmd|' /C calc'!A0", '=HYPERLINK("http://example.invalid")', "＝"]


def formulas_in(path: Path) -> dict[str, int]:
    """How many ``<f>`` elements each sheet of the workbook holds (only sheets that hold any).

    A chart's ``<f>`` is the range it reads (``'Objectives'!$H$2:$H$17``), never typed text: see chart_ranges.
    """
    with zipfile.ZipFile(path) as archive:
        found = {
            name: len(FORMULA.findall(archive.read(name)))
            for name in archive.namelist()
            if name.startswith("xl/worksheets/")
        }
    return {name: count for name, count in found.items() if count}


def chart_ranges(path: Path) -> list[bytes]:
    with zipfile.ZipFile(path) as archive:
        charts = [name for name in archive.namelist() if name.startswith("xl/charts/")]
        return [f for name in charts for f in re.findall(rb"<f>(.*?)</f>", archive.read(name))]


typed = st.builds(
    lambda trigger, text: trigger + text,
    st.sampled_from(TRIGGERS),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=30),
)


@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow],
)
@given(texts=st.lists(typed, min_size=12, max_size=12))
def test_whatever_was_typed_is_exported_as_text_never_a_formula(tmp_path_factory: Any, texts: list[str]) -> None:
    folder = tmp_path_factory.mktemp("typed")
    t = iter(texts)
    data = {
        # The title is cleaned here only because a control character in it breaks the export outright:
        # that bug has its own test below (test_a_title_with_a_control_character_still_exports_a_sound_workbook).
        "plan": {"title": clean_text(next(t)), "vision": next(t), "mission": next(t)},
        "goals": [{"number": "1", "title": next(t), "objectives": [{"number": "1", "title": next(t)}]}],
        "recommendations": [{"text": next(t), "status": "pending", "response": next(t)}],
        "stakeholders": [{"name": next(t), "kind": "other", "role": next(t), "needs": next(t)}],
        "ranking": {"members": [{"name": "Ana " + next(t), "votes": True}]},
        "outcomes": [{"title": next(t), "objectives": ["1"], "contribution": "some", "evidence": ""}],
    }
    doc = PlanDocument.create(folder / "typed.retreat", fill=lambda d: fill_from_data(d, data, baseline="as given"))
    try:
        write_plan_workbook(doc, folder / "revised.xlsx")
        [ballot] = write_ballots(doc, folder)
    finally:
        doc.close()
    assert formulas_in(folder / "revised.xlsx") == {}
    ranges = chart_ranges(folder / "revised.xlsx")
    assert ranges and all(re.fullmatch(rb"'(Objectives|Charts)'!(\$[A-Z]+\$\d+:?)+", f) for f in ranges)
    assert formulas_in(ballot) == {"xl/worksheets/sheet1.xml": 1}  # the count of "High", nothing typed
    with zipfile.ZipFile(ballot) as archive:
        [formula] = re.findall(rb"<f>(.*?)</f>", archive.read("xl/worksheets/sheet1.xml"))
    assert formula.startswith(b"COUNTIF(C7:C7")
    back = read_plan_workbook(folder / "revised.xlsx")  # and it reads back as the text it was
    assert back["plan"]["title"] == clean_text(data["plan"]["title"])
    assert back["goals"][0]["objectives"][0]["title"] == clean_text(data["goals"][0]["objectives"][0]["title"])


@pytest.mark.parametrize("title", ["Minutes\x1a", "Plan\x1b[1m2016"])
def test_a_title_with_a_control_character_still_exports_a_sound_workbook(tmp_path: Path, title: str) -> None:
    doc = PlanDocument.create(tmp_path / "plan.retreat", title=title)  # pasted from an old text file
    try:
        write_plan_workbook(doc, tmp_path / "revised.xlsx")
    finally:
        doc.close()
    assert read_plan_workbook(tmp_path / "revised.xlsx")["plan"]["title"] == clean_text(title)


def test_the_template_holds_no_formula(tmp_path: Path) -> None:
    write_template(tmp_path / "template.xlsx")
    assert formulas_in(tmp_path / "template.xlsx") == {}


# ------------------------------------------------------------------ coming in: values, never formulas


def shown(formula: str, value: str, kind: str = "str") -> Raw:
    """A cell holding ``formula`` and the ``value`` it last showed (as a spreadsheet program saves it)."""
    return Raw(f't="{kind}"', f"<f>{formula}</f><v>{value}</v>")


def test_a_formula_in_a_plan_workbook_is_read_as_the_value_it_showed_never_computed(tmp_path: Path) -> None:
    source = xlsx(
        tmp_path / "plan.xlsx",
        plan_sheets(
            [
                ["1", "1", shown('HYPERLINK("http://example.invalid/x","Ban them")', "Ban them"), shown("1", "High")],
                ["1", "2", shown("1+1", "5", "n"), shown('IF(TRUE,"Low","High")', "Medium")],
                ["2", "3", shown("cmd|' /C calc'!A0", "Safe text"), None, shown('WEBSERVICE("http://x")', "Kept")],
                ["2", "4", "Clear land", shown('"Dropped"', "Dropped")],
            ]
        ),
    )
    doc = import_plan(tmp_path / "new.retreat", source)
    try:
        assert [(o.number, o.title, o.priority) for o in doc.structure.objectives()] == [
            ("1", "Ban them", "high"),
            ("2", "5", "medium"),  # 1+1 showed 5, and 5 it is: nothing was recalculated
            ("3", "Safe text", None),
            ("4", "Clear land", "dropped"),
        ]
        assert doc.structure.find_objective("3").rationale == "Kept"  # type: ignore[union-attr]
    finally:
        doc.close()


UNSAVED = (
    "holds a formula with no saved value (the program that wrote the file did not calculate it): "
    "open the file in a spreadsheet program and save it, or type the value in."
)


@pytest.mark.parametrize(
    "formula",
    ["<f>NOW()</f>", "<f>A1</f><v></v>", "<f>A1</f><v/>", '<f t="shared" si="0"/>'],
    ids=["no value", "an empty value", "a closed value", "a shared formula"],
)
def test_a_formula_with_no_saved_value_is_named_by_cell_and_nothing_is_made(tmp_path: Path, formula: str) -> None:
    """A script, or a web export, writes formulas without calculating them: openpyxl would read them as blanks."""
    source = xlsx(
        tmp_path / "plan.xlsx",
        plan_sheets([["1", "1", "Ban", "High"], ["1", "2", Raw("", formula), Raw('t="str"', "<f>B2</f>")]]),
    )
    with pytest.raises(PlanWorkbookError) as caught:
        import_plan(tmp_path / "new.retreat", source)
    assert [str(p) for p in caught.value.problems] == [
        f"Objectives, row 3, column C (Objective): {UNSAVED}",
        f"Objectives, row 3, column D (Priority): {UNSAVED}",
    ]
    assert not (tmp_path / "new.retreat").exists()


def test_a_goal_or_objective_with_an_empty_title_is_a_problem_not_a_blank_row(tmp_path: Path) -> None:
    sheets = plan_sheets([["1", "1", "  ", "High"], ["1", "2", "Clear land", "Low"]])
    sheets["Goals"] = sheet_xml([["Number", "Title"], ["1", None]])
    source = xlsx(tmp_path / "plan.xlsx", sheets)
    with pytest.raises(PlanWorkbookError) as caught:
        import_plan(tmp_path / "new.retreat", source)
    assert [str(p) for p in caught.value.problems] == [
        "Goals, row 2, column B (Title): Goal 1 has no title; type one.",
        "Objectives, row 2, column C (Objective): Obj. 1 has no title; type one.",
    ]


def test_an_error_value_where_a_priority_belongs_is_reported_by_row_and_column(tmp_path: Path) -> None:
    source = xlsx(tmp_path / "plan.xlsx", plan_sheets([["1", "1", "Ban", shown("1/0", "#DIV/0!", "e")]]))
    with pytest.raises(PlanWorkbookError) as caught:
        import_plan(tmp_path / "new.retreat", source)
    assert [str(p) for p in caught.value.problems] == [
        "Objectives, row 2, column D (Priority): “#DIV/0!” is not a priority; write High, Medium, Low or Dropped."
    ]
    assert not (tmp_path / "new.retreat").exists()


def ballot_with(path: Path, cells: dict[str, Raw]) -> None:
    """Put ``cells`` (by reference, e.g. C7) into a written ballot's sheet, as a spreadsheet program saves them."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    for ref, raw in cells.items():
        xml, count = re.subn(rf'<c r="{ref}"[^>]*?/>', f'<c r="{ref}" {raw.attributes}>{raw.content}</c>', xml)
        assert count == 1, ref
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


@pytest.fixture
def mei(sample_plan: Path, tmp_path: Path) -> tuple[PlanDocument, Path]:
    doc = PlanDocument.open(sample_plan)
    doc.ranking.restore_ballot(doc.ranking.find_member("Mei Tanaka").id, None)  # type: ignore[union-attr]
    [path] = write_ballots(doc, tmp_path, ["Mei Tanaka"])
    return doc, path


def test_a_formula_in_a_ballot_is_read_as_the_value_it_showed_never_computed(
    mei: tuple[PlanDocument, Path],
) -> None:
    doc, path = mei
    ballot_with(path, {"C7": shown('"Low"', "High"), "C8": shown('IF(1,"High","x")', "Dropped")})
    try:
        report = import_ballots(doc, [path])
        assert report.rejected == []
        record = doc.ranking.ballot(doc.ranking.find_member("Mei Tanaka").id)  # type: ignore[union-attr]
        assert record is not None
        by_number = {doc.structure.objective(i).number: p for i, (p, _) in record.votes.items() if p}
        assert by_number == {"1": "high", "2": "dropped"}
    finally:
        doc.close()


def test_a_formula_with_no_saved_value_in_a_ballot_is_refused_not_counted_as_an_abstention(
    mei: tuple[PlanDocument, Path],
) -> None:
    doc, path = mei
    ballot_with(path, {"C7": Raw("", '<f>"High"</f>'), "C9": Raw('t="inlineStr"', "<is><t>Low</t></is>")})
    try:
        report = import_ballots(doc, [path])
        [rejected] = report.rejected
        assert str(rejected) == f"{path.name}: row 7, column C (Priority): {UNSAVED}"
        assert doc.ranking.ballot(doc.ranking.find_member("Mei Tanaka").id) is None  # type: ignore[union-attr]
    finally:
        doc.close()


@pytest.mark.parametrize(
    "cell",
    [
        '<c r=\'C7\' t="str"><f>"High"</f></c>',  # its place in single quotes
        '<c t="str"><f>"High"</f></c>',  # no place at all: the one after the cell before it (B7)
        '<c t="str" x="' + "a" * 3000 + '" r="C7"><f>"High"</f></c>',  # its place after a long attribute
        '<c r="C7" t="str"><f>"High"</f><v></v></c>',  # an empty saved value is no value
        '<x:c xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" r="C7" t="str"><x:f>1</x:f></x:c>',
    ],
)
def test_a_formula_with_no_saved_value_is_found_however_its_cell_is_written(
    mei: tuple[PlanDocument, Path], cell: str
) -> None:
    """Valid XML in any of the ways a writer may put it: the formula is never read as a blank (an abstention)."""
    doc, path = mei
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    xml, count = re.subn(r'<c r="C7"[^>]*?/>', lambda _: cell, xml)
    assert count == 1
    xml = re.sub(r'<c r="C(\d+)"([^>]*?)/>', r'<c r="C\1" t="inlineStr"><is><t>Low</t></is></c>', xml)
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    try:
        [rejected] = import_ballots(doc, [path]).rejected
        assert str(rejected) == f"{path.name}: row 7, column C (Priority): {UNSAVED}"
        assert doc.ranking.ballot(doc.ranking.find_member("Mei Tanaka").id) is None  # type: ignore[union-attr]
    finally:
        doc.close()


def test_a_re_saved_ballot_counts_its_formula_by_the_value_it_showed(mei: tuple[PlanDocument, Path]) -> None:
    """The live "High so far" count is a formula of the program's own: once saved it has a value; unsaved, it is
    outside the table and harmless."""
    doc, path = mei
    ballot_with(path, {"C9": Raw('t="inlineStr"', "<is><t>Low</t></is>")})
    try:
        assert import_ballots(doc, [path]).rejected == []
    finally:
        doc.close()


# ------------------------------------------------------------------ merged and hidden cells


def test_hidden_rows_columns_and_sheets_are_read_like_any_other(tmp_path: Path) -> None:
    sheets = plan_sheets(
        [["1", "1", "Seen", "High", "Why"], ["1", "2", "In a hidden row", "Low", "In a hidden column"]],
        extra='<cols><col min="5" max="5" width="0" hidden="1"/></cols>',
        hidden_rows=[3],
    )
    sheets["Stakeholders"] = sheet_xml([["Name", "Kind"], ["On a hidden sheet", "donor"]])
    source = xlsx(tmp_path / "plan.xlsx", sheets, states={"Goals": "hidden", "Stakeholders": "veryHidden"})
    doc = import_plan(tmp_path / "new.retreat", source)
    try:
        assert [(o.title, o.priority, o.rationale) for o in doc.structure.objectives()] == [
            ("Seen", "high", "Why"),
            ("In a hidden row", "low", "In a hidden column"),
        ]
        assert [row.name for row in doc.lists.rows(STAKEHOLDERS)] == ["On a hidden sheet"]
    finally:
        doc.close()


def test_a_hidden_row_of_a_ballot_is_counted(mei: tuple[PlanDocument, Path]) -> None:
    import openpyxl

    doc, path = mei
    wb = openpyxl.load_workbook(path)
    wb[SHEET]["C7"], wb[SHEET]["C8"] = "High", "Low"
    wb[SHEET].row_dimensions[8].hidden = True
    wb.save(path)
    try:
        [ballot] = import_ballots(doc, [path]).imported
        assert sorted(p for p, _ in ballot.choices.values() if p) == ["high", "low"]
    finally:
        doc.close()


def test_a_goal_merged_down_its_objectives_is_reported_once_as_merged(tmp_path: Path) -> None:
    source = xlsx(
        tmp_path / "plan.xlsx",
        plan_sheets([["1", "1", "One"], [None, "2", "Two"], [None, "3", "Three"]], extra=MERGED_A),
    )
    with pytest.raises(PlanWorkbookError) as caught:
        import_plan(tmp_path / "new.retreat", source)
    # Not "the goal is missing" on rows 3 and 4: the blanks under the merge are the merge's doing.
    assert [str(p) for p in caught.value.problems] == [
        "Objectives: cells A2:A4 are merged; unmerge them so each row has its own value."
    ]
    assert not (tmp_path / "new.retreat").exists()


MERGED_A = '<mergeCells count="1"><mergeCell ref="A2:A4"/></mergeCells>'
MERGED_E = '<mergeCells count="1"><mergeCell ref="E2:E4"/></mergeCells>'


def test_a_text_merged_over_several_rows_is_not_silently_given_to_the_first_only(tmp_path: Path) -> None:
    source = xlsx(
        tmp_path / "plan.xlsx",
        plan_sheets(
            [["1", "1", "One", "High", "Shared reason"], ["1", "2", "Two", "High"], ["1", "3", "Three", "High"]],
            extra=MERGED_E,
        ),
    )
    with pytest.raises(PlanWorkbookError, match="E2:E4") as caught:
        import_plan(tmp_path / "new.retreat", source).close()
    assert [str(p) for p in caught.value.problems] == [
        "Objectives: cells E2:E4 are merged; unmerge them so each row has its own value."
    ]
    assert not (tmp_path / "new.retreat").exists()


def test_cells_merged_in_the_header_row_or_in_a_column_not_read_are_harmless(tmp_path: Path) -> None:
    merges = '<mergeCells count="2"><mergeCell ref="E1:F1"/><mergeCell ref="G2:G3"/></mergeCells>'
    source = xlsx(
        tmp_path / "plan.xlsx",
        plan_sheets(
            [["1", "1", "One", "High", "Why one", None, "A note"], ["1", "2", "Two", "Low", "Why two"]],
            extra=merges,
        ),
    )
    doc = import_plan(tmp_path / "new.retreat", source)  # "Rationale" merged over the blank header beside it
    try:
        assert [(o.title, o.priority, o.rationale) for o in doc.structure.objectives()] == [
            ("One", "high", "Why one"),
            ("Two", "low", "Why two"),
        ]
    finally:
        doc.close()


def test_priorities_merged_over_several_objectives_are_rejected_with_a_message(mei: tuple[PlanDocument, Path]) -> None:
    import openpyxl

    doc, path = mei
    wb = openpyxl.load_workbook(path)
    wb[SHEET]["C7"] = "High"
    wb[SHEET].merge_cells("C7:C9")
    wb.save(path)
    try:
        report = import_ballots(doc, [path])
        assert report.imported == []
        assert "C7:C9" in str(report.rejected[0])
        assert str(report.rejected[0]) == (
            f"{path.name}: on the Ballot sheet, cells C7:C9 are merged; "
            "unmerge them so each objective has its own priority and comment."
        )
        assert doc.ranking.ballot(doc.ranking.find_member("Mei Tanaka").id) is None  # type: ignore[union-attr]
    finally:
        doc.close()


def test_cells_merged_above_a_ballots_table_are_harmless(mei: tuple[PlanDocument, Path]) -> None:
    import openpyxl

    doc, path = mei
    wb = openpyxl.load_workbook(path)  # the instructions (row 3) are merged as written; the title row too
    wb[SHEET].merge_cells("A1:D1")
    wb[SHEET]["C7"], wb[SHEET]["C8"] = "High", "Low"
    wb.save(path)
    try:
        [ballot] = import_ballots(doc, [path]).imported
        assert sorted(p for p, _ in ballot.choices.values() if p) == ["high", "low"]
    finally:
        doc.close()
