"""End to end: ballots written, filled in as members would, one re-saved by LibreOffice Calc, imported, checked.

LibreOffice is a real spreadsheet client: a ballot it saved again must import
exactly as the one it was made from. scripts/test.sh installs it.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from libreoffice import convert, needs_libreoffice
from planner_gui.core.document import PlanDocument
from planner_gui.exchange.ballots import SHEET, import_ballots, read_ballot, write_ballots

pytestmark = [pytest.mark.slow, needs_libreoffice]
FIRST_ROW = 7


def resave_with_libreoffice(path: Path, outdir: Path, tmp_path: Path) -> Path:
    """Open ``path`` in LibreOffice Calc headless and save it again as .xlsx in ``outdir``."""
    return convert(path, "xlsx", outdir, tmp_path / "lo-profile")


def fill(path: Path, letters: str, comment: str = "") -> None:
    words = {"H": "High", "M": "Medium", "L": "Low", "D": "Dropped"}
    wb = openpyxl.load_workbook(path)
    ws = wb[SHEET]
    for offset, letter in enumerate(letters):
        ws.cell(FIRST_ROW + offset, 3, words[letter])
    if comment:
        ws.cell(FIRST_ROW, 4, comment)
    wb.save(path)


def test_ballots_filled_and_one_resaved_by_libreoffice_import_the_same(sample_plan: Path, tmp_path: Path) -> None:
    doc = PlanDocument.open(sample_plan)
    try:
        # A clean slate: the sample's ballots were cast on the laptop.
        for member in doc.ranking.members(voting_only=True):
            doc.ranking.restore_ballot(member.id, None)
        outdir = tmp_path / "ballots"
        outdir.mkdir()
        paths = write_ballots(doc, outdir)
        assert len(paths) == 7
        objectives = doc.ranking.ballot_objectives()
        patterns = ["HHMLMLDHMHDDHDHL", "HMMLLLDHMHDDHDHL"] * 4
        for path, letters in zip(paths, patterns, strict=False):
            fill(path, letters, comment="Said in the room: keep it small")

        original = paths[0]
        expected = read_ballot(doc, original)
        resaved = resave_with_libreoffice(original, tmp_path / "resaved", tmp_path)
        assert resaved.read_bytes() != original.read_bytes()
        # LibreOffice kept what matters: the identity, the member, the choices.
        again = read_ballot(doc, resaved)
        assert (again.member_id, again.choices) == (expected.member_id, expected.choices)

        report = import_ballots(doc, [resaved, *paths[1:]])
        assert report.rejected == []
        assert len(report.imported) == 7
        results = {r.objective.number: r.tally for r in doc.ranking.results()}
        first = objectives[0].number
        assert results[first].high == 7
        # Objective 5 (position 5): "M" in the first pattern (4 ballots), "L" in the second (3 ballots).
        fifth = objectives[4].number
        assert (results[fifth].medium, results[fifth].low) == (4, 3)
        ballot = doc.ranking.ballot(expected.member_id)
        assert ballot is not None and ballot.source == "spreadsheet"
        assert ballot.votes[objectives[0].id] == ("high", "Said in the room: keep it small")
    finally:
        doc.close()


def test_a_rejected_ballot_resaved_by_libreoffice_is_still_rejected_by_row_and_column(
    sample_plan: Path, tmp_path: Path
) -> None:
    doc = PlanDocument.open(sample_plan)
    try:
        member = doc.ranking.members(voting_only=True)[0]
        doc.ranking.restore_ballot(member.id, None)
        outdir = tmp_path / "ballots"
        outdir.mkdir()
        (path,) = write_ballots(doc, outdir, [member.name])
        wb = openpyxl.load_workbook(path)
        wb[SHEET].cell(FIRST_ROW + 2, 3, "Urgent")
        wb.save(path)
        resaved = resave_with_libreoffice(path, tmp_path / "resaved", tmp_path)
        report = import_ballots(doc, [resaved])
        assert report.imported == []
        (error,) = report.rejected
        assert [(p.row, p.column) for p in error.problems] == [(FIRST_ROW + 2, "C (Priority)")]
        assert doc.ranking.ballot(member.id) is None
    finally:
        doc.close()
