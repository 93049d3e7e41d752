"""End to end in French and Spanish: a French plan's workbook and a Spanish ballot, exported, filled and re-saved by
LibreOffice Calc, import exactly (read by a person speaking English); a Spanish plan's printable summary and
results for the minutes have Spanish headings and a Spanish date (pdftotext)."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from libreoffice import convert, needs_libreoffice
from plan_files import the_plan
from planner_gui import i18n
from planner_gui.core.document import PlanDocument
from planner_gui.core.results_snapshot import results_snapshot
from planner_gui.core.sample import write_sample
from planner_gui.exchange.ballots import import_ballots, read_ballot, write_ballots
from planner_gui.exchange.plan_import import import_plan
from planner_gui.exchange.plan_workbook import write_plan_workbook

pytestmark = [pytest.mark.slow]
PDFTOTEXT = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext is not installed (poppler-utils)")


def _text(pdf: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    return " ".join(unicodedata.normalize("NFKC", done.stdout).split())  # "ﬁ", a ligature, read as "fi"


@needs_libreoffice
def test_a_french_workbook_filled_and_resaved_by_libreoffice_imports_exactly(sample_plan: Path, tmp_path: Path) -> None:
    doc = PlanDocument.open(sample_plan)
    doc.structure.set_language("fr")
    out = tmp_path / "plan-revise.xlsx"
    write_plan_workbook(doc, out)
    # A board member fills it in: a new objective under Goal 2, in French words, and a changed decision.
    wb = openpyxl.load_workbook(out)
    objectifs = wb["Objectifs"]
    objectifs.append(["2", "17", "Soutenir les survivants", "Moyenne", "Décidé en séance"])
    objectifs["D3"] = "Basse"
    wb.save(out)
    resaved = convert(out, "xlsx", tmp_path / "resaved", tmp_path / "lo-profile")
    assert resaved.read_bytes() != out.read_bytes()
    assert "Objectifs généraux" in openpyxl.load_workbook(resaved, read_only=True).sheetnames

    assert i18n.current_language() == "en"
    again = import_plan(tmp_path / "again.retreat", resaved)
    try:
        assert again.plan.language == "fr"
        read = {o.number: (o.title, o.priority) for o in again.structure.objectives()}
        assert read["17"] == ("Soutenir les survivants", "medium")
        second = doc.structure.objectives()[1]
        assert read[second.number][1] == "low"
        before, after = the_plan(doc), the_plan(again)
        changed = {"Objectives", "Votes", "Plan", "Revised plan"}
        assert {k: v for k, v in after.items() if k not in changed} == {
            k: v for k, v in before.items() if k not in changed
        }
    finally:
        again.close()
        doc.close()


@needs_libreoffice
def test_a_spanish_ballot_filled_and_resaved_by_libreoffice_imports_exactly(sample_plan: Path, tmp_path: Path) -> None:
    doc = PlanDocument.open(sample_plan)
    try:
        for member in doc.ranking.members(voting_only=True):
            doc.ranking.restore_ballot(member.id, None)
        doc.structure.set_language("es")
        (path,) = write_ballots(doc, tmp_path / "papeletas", ["Amina Diallo"])
        wb = openpyxl.load_workbook(path)
        ws = wb["Papeleta"]
        words = ["Alta", "Media", "Baja", "Descartado", "alta", "DESCARTADO"]
        for offset, word in enumerate(words):
            ws.cell(7 + offset, 3, word)
        ws.cell(7, 4, "Dicho en la sala: una prioridad clara")
        wb.save(path)
        expected = read_ballot(doc, path)
        resaved = convert(path, "xlsx", tmp_path / "resaved", tmp_path / "lo-profile")
        assert resaved.read_bytes() != path.read_bytes()
        again = read_ballot(doc, resaved)
        assert (again.member_id, again.choices) == (expected.member_id, expected.choices)
        objectives = doc.ranking.ballot_objectives()
        priorities = [again.choices[o.id][0] for o in objectives[: len(words)]]
        assert priorities == ["high", "medium", "low", "dropped", "high", "dropped"]
        report = import_ballots(doc, [resaved])
        assert report.rejected == [] and len(report.imported) == 1
        ballot = doc.ranking.ballot(again.member_id)
        assert ballot is not None
        assert ballot.votes[objectives[0].id] == ("high", "Dicho en la sala: una prioridad clara")
    finally:
        doc.close()


@pytest.fixture(scope="module")
def spanish(qapp: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[PlanDocument]:
    doc = write_sample(tmp_path_factory.mktemp("es") / "muestra.retreat")
    doc.structure.set_language("es")
    yield doc
    doc.close()


@needs_pdftotext
def test_a_spanish_plans_summary_has_spanish_headings_and_a_spanish_date(spanish: PlanDocument, tmp_path: Path) -> None:
    from planner_gui.report.pdf import write_report_pdf

    out = tmp_path / "resumen.pdf"
    pages = write_report_pdf(spanish, out, today=date(2014, 10, 15))
    assert pages > 3
    text = _text(out)
    assert "Resumen de la revisión del plan estratégico, 15 de octubre de 2014" in text
    for heading in (
        "Nuestra visión",
        "1. El proceso de revisión",
        "3. La actualización del análisis del contexto",
        "4. Objetivos generales y específicos revisados",
        "5. Estrategias para los objetivos revisados",
        "Objetivos descartados del plan",
        "Página 1 de",
    ):
        assert heading in text, heading
    assert "Summary of the strategic plan review" not in text and "Page 1 of" not in text
    assert i18n.current_language() == "en"  # the document spoke Spanish, the person English


@needs_pdftotext
def test_a_spanish_plans_results_for_the_minutes_are_in_spanish(spanish: PlanDocument, tmp_path: Path) -> None:
    from planner_gui.report.pdf import write_snapshot_pdf

    spanish.ranking.set_ranking_options(results_revealed=True)
    snapshot = results_snapshot(spanish, now=datetime(2014, 10, 15, 11, 30))
    out = tmp_path / "acta.pdf"
    write_snapshot_pdf(snapshot, out)
    text = _text(out)
    assert "Resultados de la clasificación" in text
    assert "Tal como se revelaron a la sala el 15 de octubre de 2014 a las 11:30." in text
    assert "papeletas en el portátil" in text and "Puntuación media" in text
