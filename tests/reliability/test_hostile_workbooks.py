"""Workbooks that are not what they seem, into both importers: a clear message, and every file as it was.

Each bad workbook goes to ``import_plan`` and to ``import_ballots`` (through
the core, and through ``planner-gui``); each must be refused with a message
naming the file, no plan made or changed, and every byte of the folder (the
workbook itself included) as it was.
"""

from __future__ import annotations

import re
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_workbooks import (
    LAUGHS,
    OUTSIDE,
    cut_after,
    flip_compressed_byte,
    many_parts,
    million_rows,
    not_a_zip,
    plan_sheets,
    rewrite,
    sheet_xml,
    with_doctype,
    xlsx,
    zip_bomb,
    zip_of_text,
)
from reliability_tools import folder_bytes

from plan_files import committed
from planner_gui.cli import main
from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import PlanError
from planner_gui.exchange.ballots import HEADERS, ID_SHEET, SHEET, import_ballots, write_ballots
from planner_gui.exchange.plan_import import import_plan
from planner_gui.exchange.sheet_reader import PlanWorkbookError

NOT_A_WORKBOOK = "is not an Excel workbook (.xlsx) that can be read."
ENTITIES = (
    "is unsafe to open: its XML declares entities, which spreadsheet programs never write "
    "(a way to crash programs or read other files). Nothing was read."
)
OBJECTIVES_PART = "xl/worksheets/sheet3.xml"  # in ``plan_sheets``: Plan, Goals, Objectives


@pytest.fixture(scope="module")
def bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return zip_bomb(tmp_path_factory.mktemp("bomb") / "bomb.xlsx")


def good_plan_workbook(path: Path, rows: int = 2) -> Path:
    return xlsx(path, plan_sheets([["1", str(n), f"Objective {n}", "High"] for n in range(1, rows + 1)]))


Make = Callable[[Path, Path], Path]  # (folder, a good workbook) -> the bad one

PLAN_CASES: dict[str, tuple[Make, str]] = {
    "random bytes": (lambda f, good: not_a_zip(f / "plan.xlsx"), NOT_A_WORKBOOK),
    "a zip that is not a workbook": (lambda f, good: zip_of_text(f / "plan.xlsx"), NOT_A_WORKBOOK),
    "a zip of 2,001 parts": (
        lambda f, good: many_parts(f / "plan.xlsx"),
        "is unsafe to open: it would unpack to far more than any plan workbook (a “zip bomb”). Nothing was read.",
    ),
    "an entity bomb in the workbook part": (
        lambda f, good: rewrite(good, f / "plan.xlsx", with_doctype(LAUGHS, "xl/workbook.xml")),
        ENTITIES,
    ),
    "an entity bomb in a sheet": (
        lambda f, good: rewrite(good, f / "plan.xlsx", with_doctype(LAUGHS, OBJECTIVES_PART, "&lol9;")),
        ENTITIES,
    ),
    "an entity naming a file on this computer": (
        lambda f, good: rewrite(good, f / "plan.xlsx", with_doctype(OUTSIDE, OBJECTIVES_PART, "&secret;")),
        ENTITIES,
    ),
    "a million rows": (
        lambda f, good: million_rows(
            f / "plan.xlsx",
            "Objectives",
            ["Goal", "Number", "Objective"],
            {"Plan": sheet_xml([["Field", "Value"]]), "Goals": sheet_xml([["Number", "Title"], ["1", "Ban"]])},
        ),
        "Objectives: has more than 50,000 rows; that is more than any plan.",
    ),
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "in"
    path.mkdir()
    return path


@pytest.mark.parametrize(("make", "said"), PLAN_CASES.values(), ids=PLAN_CASES.keys())
def test_a_bad_plan_workbook_is_refused_with_a_message_and_no_plan_is_made(
    folder: Path, tmp_path: Path, make: Make, said: str
) -> None:
    source = make(folder, good_plan_workbook(tmp_path / "good.xlsx"))
    before = folder_bytes(folder)
    target = folder / "new.retreat"

    with pytest.raises(PlanError) as caught:
        import_plan(target, source)

    assert str(caught.value).startswith("plan.xlsx ")
    assert said in str(caught.value)
    assert "Traceback" not in str(caught.value)
    assert folder_bytes(folder) == before


def test_a_zip_bomb_is_refused_before_it_is_unpacked(folder: Path, bomb: Path) -> None:
    source = folder / "plan.xlsx"
    shutil.copyfile(bomb, source)
    before = folder_bytes(folder)
    with pytest.raises(PlanError, match=r"^plan\.xlsx is unsafe to open: it would unpack to far more than any plan "):
        import_plan(folder / "new.retreat", source)
    assert folder_bytes(folder) == before


@pytest.mark.slow
def test_a_million_rows_in_a_sheet_that_does_not_give_its_size_are_refused_too(folder: Path) -> None:
    """Without a <dimension> (some writers leave it out) openpyxl reads the whole sheet to size it, at load."""
    others = {"Plan": sheet_xml([["Field", "Value"]]), "Goals": sheet_xml([["Number", "Title"], ["1", "Ban"]])}
    source = million_rows(folder / "plan.xlsx", "Objectives", ["Goal", "Number", "Objective"], others, dimension=False)
    started = time.monotonic()
    with pytest.raises(PlanWorkbookError, match="Objectives: has more than 50,000 rows"):
        import_plan(folder / "new.retreat", source)
    assert time.monotonic() - started < 60  # about 9 s on a laptop: see the report (a bigger sheet takes longer)
    assert sorted(p.name for p in folder.iterdir()) == ["plan.xlsx"]


def test_the_cli_refuses_each_bad_plan_workbook_in_a_few_lines_of_its_own(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = good_plan_workbook(tmp_path / "good.xlsx")
    for name, (make, said) in PLAN_CASES.items():
        if name == "a million rows":
            continue  # the slowest to build; its message is the same through the core
        source = make(folder, good)
        before = folder_bytes(folder)
        assert main(["import-plan", str(folder / "new.retreat"), str(source)]) == 1, name
        err = capsys.readouterr().err
        assert err.startswith("planner-gui: error: plan.xlsx ") and said in err, name
        assert folder_bytes(folder) == before, name
        source.unlink()


def number_cell_holding(word: str) -> Callable[[str, bytes], bytes | None]:
    """The last objective's number cell made a number cell whose value is ``word`` (as a broken writer leaves it)."""

    def change(name: str, data: bytes) -> bytes:
        if name != OBJECTIVES_PART:
            return data
        changed, count = re.subn(rb'<c r="B3001"[^>]*>.*?</c>', f'<c r="B3001"><v>{word}</v></c>'.encode(), data)
        assert count == 1
        return changed

    return change


DAMAGED_SHEETS: dict[str, Make] = {
    "a sheet cut off part-way": lambda f, good: rewrite(good, f / "plan.xlsx", cut_after(OBJECTIVES_PART, 0.8)),
    "a sheet whose checksum fails": lambda f, good: flip_compressed_byte(good, f / "plan.xlsx", OBJECTIVES_PART),
    "a number cell holding a word": lambda f, good: rewrite(good, f / "plan.xlsx", number_cell_holding("inf")),
}


@pytest.mark.parametrize("make", DAMAGED_SHEETS.values(), ids=DAMAGED_SHEETS.keys())
def test_a_workbook_with_a_damaged_sheet_is_refused_with_a_message(
    folder: Path, tmp_path: Path, make: Make, capsys: pytest.CaptureFixture[str]
) -> None:
    source = make(folder, good_plan_workbook(tmp_path / "good.xlsx", rows=3000))
    before = folder_bytes(folder)
    with pytest.raises(PlanError, match=r"^plan\.xlsx "):
        import_plan(folder / "new.retreat", source)
    assert main(["import-plan", str(folder / "new.retreat"), str(source)]) == 1
    assert capsys.readouterr().err.startswith("planner-gui: error: plan.xlsx ")
    assert folder_bytes(folder) == before


# ------------------------------------------------------------------ ballots


BALLOT_PART = "xl/worksheets/sheet1.xml"


def filled(blank_ballot: Path, folder: Path) -> Path:
    """A copy of ``ballot`` with every priority filled in, as a member hands it back."""
    import openpyxl

    wb = openpyxl.load_workbook(blank_ballot)
    for row in range(7, wb[SHEET].max_row + 1):
        wb[SHEET].cell(row, 3, "Low")
    wb.save(folder / "filled.xlsx")
    return folder / "filled.xlsx"


def identity_sheet(doc: PlanDocument) -> str:
    rows = [["format", "retreat-planner-ballot-1"], ["plan id", doc.plan.uid], ["plan", doc.plan.title]]
    return sheet_xml([*rows, ["member", "Mei Tanaka"]])


BALLOT_CASES: dict[str, tuple[Callable[[Path, Path, PlanDocument], Path], str]] = {
    "random bytes": (lambda f, b, d: not_a_zip(f / "ballot.xlsx"), NOT_A_WORKBOOK),
    "a zip that is not a workbook": (lambda f, b, d: zip_of_text(f / "ballot.xlsx"), NOT_A_WORKBOOK),
    "a zip of 2,001 parts": (
        lambda f, b, d: many_parts(f / "ballot.xlsx"),
        "is unsafe to open: it would unpack to far more than any ballot (a “zip bomb”). Nothing was read.",
    ),
    "an entity bomb in the ballot": (
        lambda f, b, d: rewrite(b, f / "ballot.xlsx", with_doctype(LAUGHS, BALLOT_PART, "&lol9;")),
        ENTITIES,
    ),
    "an entity bomb in a filled ballot's theme (openpyxl never parses it)": (
        lambda f, b, d: rewrite(filled(b, f), f / "ballot.xlsx", with_doctype(LAUGHS, "xl/theme/theme1.xml", "&lol9;")),
        ENTITIES,
    ),
    "an entity naming a file on this computer": (
        lambda f, b, d: rewrite(b, f / "ballot.xlsx", with_doctype(OUTSIDE, BALLOT_PART, "&secret;")),
        ENTITIES,
    ),
    "a million rows": (
        lambda f, b, d: million_rows(f / "ballot.xlsx", SHEET, list(HEADERS), {ID_SHEET: identity_sheet(d)}),
        "has more than 5000 rows; a ballot has one row per objective.",
    ),
}


def votes(doc: PlanDocument) -> list[tuple[object, ...]]:
    return committed(doc.path, "SELECT * FROM ballot_vote ORDER BY ballot_id, objective_id")


@pytest.mark.parametrize(("make", "said"), BALLOT_CASES.values(), ids=BALLOT_CASES.keys())
def test_a_bad_ballot_is_rejected_with_a_message_and_nothing_is_recorded(
    doc: PlanDocument, blank_ballot: Path, folder: Path, make: Callable[[Path, Path, PlanDocument], Path], said: str
) -> None:
    source = make(folder, blank_ballot, doc)
    before, recorded = folder_bytes(folder), votes(doc)

    report = import_ballots(doc, [source])

    assert report.imported == []
    [rejected] = report.rejected
    assert str(rejected).startswith("ballot.xlsx: ") and said in str(rejected)
    assert votes(doc) == recorded
    assert folder_bytes(folder) == before


def test_a_zip_bomb_ballot_is_rejected_before_it_is_unpacked(doc: PlanDocument, folder: Path, bomb: Path) -> None:
    source = folder / "ballot.xlsx"
    shutil.copyfile(bomb, source)
    recorded = votes(doc)
    [rejected] = import_ballots(doc, [source]).rejected
    assert str(rejected) == (
        "ballot.xlsx: is unsafe to open: it would unpack to far more than any ballot (a “zip bomb”). Nothing was read."
    )
    assert votes(doc) == recorded


def test_a_ballot_from_another_plan_is_rejected_by_the_cli_naming_both_plans(
    doc: PlanDocument, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = PlanDocument.create(tmp_path / "other.retreat", title="Another board's plan")
    try:
        goal = other.structure.add_goal("1")
        other.structure.add_objective(goal, "1")
        other.ranking.add_member("Mei Tanaka")
        [foreign] = write_ballots(other, tmp_path, ["Mei Tanaka"])
    finally:
        other.close()
    path = doc.path
    doc.close()
    before = path.read_bytes()

    assert main(["import-ballots", str(path), str(foreign)]) == 1

    err = capsys.readouterr().err
    assert "ballot-mei-tanaka.xlsx: is a ballot for “Another board's plan”, not for this plan" in err
    assert "“Strategic Plan 2012–2015”" in err
    assert path.read_bytes() == before


DAMAGED_BALLOTS: dict[str, Callable[[Path, Path], Path]] = {
    "a ballot sheet cut off part-way": lambda b, out: rewrite(b, out, cut_after(BALLOT_PART, 0.8)),
    "a ballot sheet whose checksum fails": lambda b, out: flip_compressed_byte(b, out, BALLOT_PART),
}


@pytest.mark.parametrize("make", DAMAGED_BALLOTS.values(), ids=DAMAGED_BALLOTS.keys())
def test_a_damaged_ballot_is_rejected_with_a_message(
    doc: PlanDocument, blank_ballot: Path, folder: Path, make: Callable[[Path, Path], Path]
) -> None:
    import openpyxl

    wb = openpyxl.load_workbook(blank_ballot)
    for row in range(7, 23):
        wb[SHEET].cell(row, 4, f"A comment long enough to be read in more than one piece, row {row}. " * 200)
    wb.save(blank_ballot)
    source = make(blank_ballot, folder / "ballot.xlsx")
    recorded = votes(doc)
    report = import_ballots(doc, [source])
    assert str(report.rejected[0]).startswith("ballot.xlsx: ")
    assert votes(doc) == recorded
