"""Secret ballots through the workbooks: a returned ballot workbook is recorded as a secret ballot (once only),
and the exported plan's Votes sheet has the counts only, with no vote by any member's name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from plan_files import committed
from planner_gui.core.document import PlanDocument
from planner_gui.exchange.ballots import SHEET, import_ballots, write_ballots
from planner_gui.exchange.plan_workbook import write_plan_workbook

FIRST_ROW = 7


@pytest.fixture
def secret(tmp_path: Path) -> Iterator[PlanDocument]:
    doc = PlanDocument.create(tmp_path / "plan.retreat", title="Secret plan")
    goal = doc.structure.add_goal("1", "Ban")
    for number in ("1", "2", "3"):
        doc.structure.add_objective(goal, number, f"Objective {number}")
    for name in ("Ana Silva", "Ben Okafor"):
        doc.ranking.add_member(name)
    doc.ranking.set_ranking_options(secret_ballots=True)
    yield doc
    doc.close()


def filled(path: Path, priorities: list[str]) -> Path:
    wb = openpyxl.load_workbook(path)
    for offset, priority in enumerate(priorities):
        wb[SHEET].cell(FIRST_ROW + offset, 3, priority)
    wb.save(path)
    return path


def test_a_returned_ballot_workbook_is_recorded_as_a_secret_ballot_and_only_once(
    secret: PlanDocument, tmp_path: Path
) -> None:
    ana, ben = write_ballots(secret, tmp_path / "ballots")
    report = import_ballots(secret, [filled(ana, ["High", "Low", "Dropped"]), filled(ben, ["Medium", "Low", "High"])])
    assert [b.member_name for b in report.imported] == ["Ana Silva", "Ben Okafor"] and report.rejected == []
    assert committed(secret.path, "SELECT count(*) FROM ballot") == [(0,)]
    assert committed(secret.path, "SELECT count(DISTINCT ballot_key), count(*) FROM secret_vote") == [(2, 6)]
    again = import_ballots(secret, [ana], replace=True)
    assert again.imported == [] and "can't be changed or replaced" in str(again.rejected[0])
    assert committed(secret.path, "SELECT count(*) FROM secret_vote") == [(6,)]


def test_the_exported_votes_sheet_of_secret_ballots_has_counts_and_no_names(
    secret: PlanDocument, tmp_path: Path
) -> None:
    ana, ben = write_ballots(secret, tmp_path / "ballots")
    import_ballots(secret, [filled(ana, ["High", "Low", "Dropped"]), filled(ben, ["High", "Medium", "Low"])])
    out = tmp_path / "revised.xlsx"
    write_plan_workbook(secret, out)
    rows = list(openpyxl.load_workbook(out, read_only=True)["Votes"].iter_rows(values_only=True))
    assert rows[0] == ("Number", "Objective", "High", "Medium", "Low", "Dropped")
    assert [row[2:] for row in rows[1:]] == [(2, 0, 0, 0), (0, 1, 1, 0), (0, 0, 1, 1)]
    assert not any("Ana" in str(cell) or "Ben" in str(cell) for row in rows for cell in row)
