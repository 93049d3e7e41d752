"""Ballot workbooks: written per member, filled with openpyxl as a member would, read back whole or not at all.

Every rejection also checks that nothing was imported. The LibreOffice round trip
is in tests/e2e.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from plan_files import committed
from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import FileAccessError
from planner_gui.core.ranking import MEMBERS
from planner_gui.exchange.ballots import (
    HEADERS,
    ID_SHEET,
    SHEET,
    BallotFileError,
    BallotsInTheWay,
    import_ballots,
    read_ballot,
    write_ballots,
)

FIRST_ROW = 7  # the first objective's row, under the header


@pytest.fixture
def doc(tmp_path: Path) -> Iterator[PlanDocument]:
    document = PlanDocument.create(tmp_path / "plan.retreat", title="Test plan")
    g1 = document.structure.add_goal("1", "Ban")
    for number, title in (("1", "=SUM(A1:A9)"), ("2", "- a bullet point"), ("10", "Ten")):
        document.structure.add_objective(g1, number, title)
    for name in ("Ana Silva", "Ben"):
        document.ranking.add_member(name)
    document.ranking.add_member("Staff", votes=False)
    yield document
    document.close()


def fill(path: Path, priorities: list[object], comments: dict[int, str] | None = None, **cells: object) -> None:
    """Fill a ballot the way a member would in a spreadsheet program."""
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET]
    for offset, priority in enumerate(priorities):
        ws.cell(FIRST_ROW + offset, 3, priority)
    for offset, comment in (comments or {}).items():
        ws.cell(FIRST_ROW + offset, 4, comment)
    for ref, value in cells.items():
        ws[ref] = value
    wb.save(path)


def ballot_count(doc: PlanDocument) -> int:
    return committed(doc.path, "SELECT count(*) FROM ballot_vote")[0][0]


def test_one_ballot_per_voting_member_laid_out_for_a_spreadsheet(doc: PlanDocument, tmp_path: Path) -> None:
    paths = write_ballots(doc, tmp_path)
    assert [p.name for p in paths] == ["ballot-ana-silva.xlsx", "ballot-ben.xlsx"]
    wb = openpyxl.load_workbook(paths[0])
    assert wb.sheetnames == [SHEET, ID_SHEET]
    assert wb[ID_SHEET].sheet_state == "hidden"
    ws = wb[SHEET]
    assert ws["B2"].value == "Ana Silva"
    assert [c.value for c in ws[6]] == list(HEADERS)
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=FIRST_ROW, max_col=3)]
    # Typed text stays text: a title starting with "=" is not a formula.
    assert rows == [["1", "=SUM(A1:A9)", None], ["2", "- a bullet point", None], ["10", "Ten", None]]
    assert ws.cell(FIRST_ROW, 2).data_type == "s"
    # Only Priority and Comment can be changed; Priority has a drop-down.
    assert ws.protection.sheet
    assert not ws.cell(FIRST_ROW, 3).protection.locked and not ws.cell(FIRST_ROW, 4).protection.locked
    assert ws.cell(FIRST_ROW, 2).protection.locked and ws["B2"].protection.locked
    (validation,) = ws.data_validations.dataValidation
    assert validation.formula1 == '"High,Medium,Low,Dropped"'
    assert str(validation.sqref) == "C7:C9"


def test_each_member_gets_a_file_of_their_own_however_alike_or_long_their_names(
    doc: PlanDocument, tmp_path: Path
) -> None:
    """Names that make the same file name (or one too long for a file system) never share or lose a ballot."""
    for name in ("Mary-Ann Lee", "Mary Ann Lee", "MARY ANN LEE!", "Ana " + "Maria " * 60):
        doc.ranking.add_member(name)
    paths = write_ballots(doc, tmp_path)
    assert len(paths) == len(set(paths)) == 6 and all(p.exists() for p in paths)
    assert [p.name for p in paths[2:5]] == [
        "ballot-mary-ann-lee.xlsx",
        "ballot-mary-ann-lee-2.xlsx",
        "ballot-mary-ann-lee-3.xlsx",
    ]
    assert len(paths[5].name) <= 72
    members = [openpyxl.load_workbook(p)[SHEET]["B2"].value for p in paths]
    assert members == [
        "Ana Silva",
        "Ben",
        "Mary-Ann Lee",
        "Mary Ann Lee",
        "MARY ANN LEE!",
        "Ana " + "Maria " * 59 + "Maria",
    ]
    assert [p.name for p in write_ballots(doc, tmp_path / "again", ["Ben", "ben", " BEN "])] == ["ballot-ben.xlsx"]


def test_ballots_for_named_members_only(doc: PlanDocument, tmp_path: Path) -> None:
    assert [p.name for p in write_ballots(doc, tmp_path, ["ben"])] == ["ballot-ben.xlsx"]
    with pytest.raises(Exception, match="no member called “Zoe”"):
        write_ballots(doc, tmp_path, ["Zoe"])
    with pytest.raises(Exception, match="not a voting member"):
        write_ballots(doc, tmp_path, ["Staff"])


def test_a_filled_ballot_imports_with_case_and_drop_forgiven(doc: PlanDocument, tmp_path: Path) -> None:
    (path,) = write_ballots(doc, tmp_path, ["Ana Silva"])
    fill(path, ["high", "Drop", " DROPPED "], comments={0: "Most urgent"})
    report = import_ballots(doc, [path])
    assert report.rejected == []
    ana = doc.ranking.find_member("Ana Silva")
    assert ana is not None
    record = doc.ranking.ballot(ana.id)
    assert record is not None and record.source == "spreadsheet"
    by_number = {doc.structure.objective(i).number: v for i, v in record.votes.items()}
    assert by_number == {"1": ("high", "Most urgent"), "2": ("dropped", ""), "10": ("dropped", "")}


def test_a_blank_priority_is_an_abstention(doc: PlanDocument, tmp_path: Path) -> None:
    (path,) = write_ballots(doc, tmp_path, ["Ben"])
    fill(path, ["Low", None, "Medium"])
    assert len(read_ballot(doc, path).choices) == 3
    import_ballots(doc, [path])
    assert ballot_count(doc) == 2


def rejected(doc: PlanDocument, path: Path, **kwargs: bool) -> list[str]:
    before = committed(doc.path, "SELECT * FROM ballot_vote ORDER BY ballot_id, objective_id")
    report = import_ballots(doc, [path], **kwargs)
    assert report.imported == []
    assert committed(doc.path, "SELECT * FROM ballot_vote ORDER BY ballot_id, objective_id") == before
    (error,) = report.rejected
    return [f"{p.where()}: {p.message}" for p in error.problems]


def test_a_priority_that_is_not_one_of_the_four_is_reported_by_row_and_column(
    doc: PlanDocument, tmp_path: Path
) -> None:
    (path,) = write_ballots(doc, tmp_path, ["Ben"])
    fill(path, ["High", "Urgent", "Low"])
    assert rejected(doc, path) == [
        "row 8, column C (Priority): “Urgent” is not a priority; write High, Medium, Low or Dropped."
    ]


def test_a_comment_on_an_objective_left_without_a_priority_is_refused_never_dropped(
    doc: PlanDocument, tmp_path: Path
) -> None:
    """The plan keeps a comment only with its priority: the file is refused with the row, so no word is lost."""
    (path,) = write_ballots(doc, tmp_path, ["Ben"])
    fill(path, ["High", None, "Low"], comments={1: "Ask the treasurer first"})
    assert rejected(doc, path) == [
        "row 8, column C (Priority): a comment but no priority, and a comment is kept only with its priority. "
        "Give it one, or delete the comment."
    ]
    fill(path, ["High", "Medium", "Low"])
    assert import_ballots(doc, [path]).rejected == []
    ben = doc.ranking.find_member("Ben")
    assert ben is not None
    record = doc.ranking.ballot(ben.id)
    assert record is not None and ("medium", "Ask the treasurer first") in record.votes.values()


def test_an_objective_the_plan_does_not_have(doc: PlanDocument, tmp_path: Path) -> None:
    (path,) = write_ballots(doc, tmp_path, ["Ben"])
    fill(path, ["High", "Low", "Low"], A9="99")
    assert rejected(doc, path) == ["row 9, column A (Number): the plan has no Obj. 99."]


def test_an_unknown_member(doc: PlanDocument, tmp_path: Path) -> None:
    (path,) = write_ballots(doc, tmp_path, ["Ben"])
    fill(path, ["High", "Low", "Low"], B2="Zoe")
    assert rejected(doc, path) == [
        "row 2, column B (Member): the plan has no member called “Zoe” (this ballot was written for Ben)."
    ]


def test_a_ballot_from_another_plan(doc: PlanDocument, tmp_path: Path) -> None:
    other = PlanDocument.create(tmp_path / "other.retreat", title="Another plan")
    try:
        g = other.structure.add_goal("1")
        other.structure.add_objective(g, "1")
        other.ranking.add_member("Ben")
        outdir = tmp_path / "other"
        outdir.mkdir()
        (path,) = write_ballots(other, outdir)
    finally:
        other.close()
    fill(path, ["High"])
    assert rejected(doc, path) == [": is a ballot for “Another plan”, not for this plan (“Test plan”)."]


def test_a_duplicate_ballot_is_refused_unless_replacing(doc: PlanDocument, tmp_path: Path) -> None:
    (path,) = write_ballots(doc, tmp_path, ["Ben"])
    fill(path, ["High", "Low", "Low"])
    assert len(import_ballots(doc, [path]).imported) == 1
    fill(path, ["Medium", "Medium", "Medium"])
    assert rejected(doc, path) == [
        "row 2, column B (Member): Ben has already voted; replace that ballot only if they asked to."
    ]
    assert {v for v, _ in doc.ranking.ballot(doc.ranking.find_member("Ben").id).votes.values()} == {"high", "low"}  # type: ignore[union-attr]
    assert len(import_ballots(doc, [path], replace=True).imported) == 1
    assert {v for v, _ in doc.ranking.ballot(doc.ranking.find_member("Ben").id).votes.values()} == {"medium"}  # type: ignore[union-attr]


def test_two_files_for_one_member_in_one_import(doc: PlanDocument, tmp_path: Path) -> None:
    (path,) = write_ballots(doc, tmp_path, ["Ben"])
    fill(path, ["High", "Low", "Low"])
    copy = tmp_path / "copy.xlsx"
    copy.write_bytes(path.read_bytes())
    report = import_ballots(doc, [path, copy])
    assert [b.path for b in report.imported] == [path]
    assert "also in ballot-ben.xlsx" in str(report.rejected[0])


def test_over_the_cap_is_refused(doc: PlanDocument, tmp_path: Path) -> None:
    doc.ranking.set_ranking_options(high_cap=1)
    (path,) = write_ballots(doc, tmp_path, ["Ben"])
    assert "At most 1 objective may be High" in str(openpyxl.load_workbook(path)[SHEET]["A3"].value)
    fill(path, ["High", "High", "Low"])
    assert rejected(doc, path) == [
        "column C (Priority): This ballot ranks 2 objectives high; the board agreed on at most 1. "
        "Move 1 of them to medium or low."
    ]


def test_every_problem_in_a_file_is_reported_and_nothing_imported(doc: PlanDocument, tmp_path: Path) -> None:
    (path,) = write_ballots(doc, tmp_path, ["Ben"])
    fill(path, ["Hihg", "Low", "Meh"], A8="2b")
    assert rejected(doc, path) == [
        "row 7, column C (Priority): “Hihg” is not a priority; write High, Medium, Low or Dropped.",
        "row 8, column A (Number): the plan has no Obj. 2b.",
        "row 9, column C (Priority): “Meh” is not a priority; write High, Medium, Low or Dropped.",
    ]


def test_one_bad_file_does_not_stop_the_good_ones(doc: PlanDocument, tmp_path: Path) -> None:
    ana, ben = write_ballots(doc, tmp_path)
    fill(ana, ["High", "Nope", "Low"])
    fill(ben, ["High", "Low", "Low"])
    report = import_ballots(doc, [ana, ben])
    assert [b.member_name for b in report.imported] == ["Ben"]
    assert [e.path for e in report.rejected] == [ana]
    assert ballot_count(doc) == 3


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not an Excel workbook"),
        (b"just some text", "not an Excel workbook"),
        ("zip", "not an Excel workbook"),
        ("workbook", "not a ballot written by Retreat Planner"),
    ],
)
def test_files_that_are_not_ballots(doc: PlanDocument, tmp_path: Path, content: object, message: str) -> None:
    path = tmp_path / "not-a-ballot.xlsx"
    if content == "zip":
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("hello.txt", "hi")
    elif content == "workbook":
        openpyxl.Workbook().save(path)
    else:
        assert isinstance(content, bytes)
        path.write_bytes(content)
    before = path.read_bytes()
    (problem,) = rejected(doc, path)
    assert message in problem
    assert path.read_bytes() == before


def test_a_missing_file_and_a_folder(doc: PlanDocument, tmp_path: Path) -> None:
    assert "can't be read" in rejected(doc, tmp_path / "missing.xlsx")[0]
    assert "is a folder" in rejected(doc, tmp_path)[0]


def test_a_formula_with_no_saved_value_in_a_priority_cell_is_refused_never_an_abstention(
    doc: PlanDocument, tmp_path: Path
) -> None:
    (path,) = write_ballots(doc, tmp_path, ["Ben"])
    fill(path, ['="High"', "Low", "Low"])  # openpyxl saves no value for a formula: it would read as blank
    assert rejected(doc, path) == [
        "row 7, column C (Priority): holds a formula with no saved value (the program that wrote the file did not "
        "calculate it): open the file in a spreadsheet program and save it, or type the value in."
    ]


def test_a_ballot_counts_only_for_the_member_it_was_written_for(doc: PlanDocument, tmp_path: Path) -> None:
    """Unlocking the sheet and typing another member's name must not move the vote to them."""
    (path,) = write_ballots(doc, tmp_path, ["Ben"])
    fill(path, ["High", "Low", "Low"], B2="Ana Silva")
    assert rejected(doc, path) == [
        "row 2, column B (Member): the Member cell says “Ana Silva”, but this ballot was written for Ben. A ballot "
        "counts only for the member it was written for: give it back to Ben, or write Ana Silva a ballot of their own."
    ]
    fill(path, ["High", "Low", "Low"], B2="  ben ")  # the same name, typed again: case and spaces forgiven
    assert read_ballot(doc, path).member_name == "Ben"


def test_a_ballot_of_a_member_renamed_or_deleted_since_is_refused_never_counted_for_another(
    doc: PlanDocument, tmp_path: Path
) -> None:
    """A member deleted and another added may take the deleted one's id: a ballot never moves by its id."""
    (path,) = write_ballots(doc, tmp_path, ["Ben"])
    ben = doc.ranking.find_member("Ben")
    assert ben is not None
    doc.lists.delete_row(MEMBERS, ben.id)
    doc.ranking.add_member("Yolanda")
    fill(path, ["High", "Low", "Low"])
    [said] = rejected(doc, path)
    assert said.startswith("row 2, column B (Member): the plan has no member called “Ben”.")
    assert "if the member was renamed since, write them a new ballot" in said


def test_a_ballot_of_another_plan_with_the_same_title_says_what_differs(doc: PlanDocument, tmp_path: Path) -> None:
    twin = PlanDocument.create(tmp_path / "last year.retreat", title="Test plan")
    try:
        twin.structure.add_objective(twin.structure.add_goal("1"), "1")
        twin.ranking.add_member("Ben")
        outdir = tmp_path / "twin"
        (path,) = write_ballots(twin, outdir)
        made = twin.plan.created_at.isoformat(" ", "minutes")
    finally:
        twin.close()
    assert rejected(doc, path) == [
        f": is a ballot for another plan also called “Test plan” (“last year.retreat”, made {made}), not for this one "
        f"(“plan.retreat”, made {doc.plan.created_at.isoformat(' ', 'minutes')}). Write the ballots again from "
        "this plan, or import this one into the plan it came from."
    ]


def test_write_makes_a_missing_folder_as_mkdir_would_and_no_deeper(doc: PlanDocument, tmp_path: Path) -> None:
    assert [p.name for p in write_ballots(doc, tmp_path / "ballots")] == ["ballot-ana-silva.xlsx", "ballot-ben.xlsx"]
    with pytest.raises(FileAccessError, match=r"The folder .*nowhere does not exist, so deeper can't be made in it"):
        write_ballots(doc, tmp_path / "nowhere" / "deeper")
    assert not (tmp_path / "nowhere").exists()


def test_write_never_replaces_a_ballot_already_there_unless_asked(doc: PlanDocument, tmp_path: Path) -> None:
    ana, ben = write_ballots(doc, tmp_path)
    fill(ben, ["High", "Low", "Low"])
    filled = ben.read_bytes()

    with pytest.raises(BallotsInTheWay) as refused:
        write_ballots(doc, tmp_path)  # again, say for a late member, where the filled ballots came back

    assert refused.value.paths == [ana, ben]
    said = str(refused.value)
    assert "ballot-ana-silva.xlsx, ballot-ben.xlsx" in said and "nothing was written" in said
    assert ben.read_bytes() == filled
    assert write_ballots(doc, tmp_path, overwrite=True) == [ana, ben]
    assert ben.read_bytes() != filled


def test_a_failed_read_raises_with_every_problem_in_its_message(doc: PlanDocument, tmp_path: Path) -> None:
    (path,) = write_ballots(doc, tmp_path, ["Ben"])
    fill(path, ["Hihg", "Low", "Low"])
    with pytest.raises(BallotFileError, match=r"ballot-ben.xlsx: row 7, column C \(Priority\)"):
        read_ballot(doc, path)
