"""Workbooks in the plan's language, read back forgivingly: a French workbook, a Spanish ballot, a template filled
with words of several languages, all read by a person speaking English (or French: the problems then are)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from plan_files import round_trip, the_plan
from planner_gui import i18n
from planner_gui.core.document import PlanDocument
from planner_gui.core.words import fold
from planner_gui.exchange.ballots import import_ballots, read_ballot, write_ballots
from planner_gui.exchange.plan_import import import_plan, read_plan_workbook
from planner_gui.exchange.plan_sheets import SHEETS, header_word
from planner_gui.exchange.plan_workbook import write_plan_workbook, write_template
from planner_gui.exchange.sheet_reader import PlanWorkbookError, headers_in_every_language
from planner_gui.i18n import set_language, speaking

FRENCH_SHEETS = [
    "Plan révisé",
    "Graphiques",
    "Plan",
    "Objectifs généraux",
    "Objectifs",
    "Votes",
    "Membres",
    "Stratégies",
    "Actions",
    "Cibles",
    "Pays",
    "Réalisations",
    "Évaluation externe",
    "Contexte",
    "Parties prenantes",
    "Modifications",
]


def test_every_sheet_name_and_header_is_one_thing_in_every_language() -> None:
    """What a workbook of any language says is read back as one sheet and one header: no word means two."""
    names: dict[str, str] = {}
    for spec in SHEETS:
        for code in i18n.LANGUAGES:
            with speaking(code):
                title = i18n._(spec.name)
                assert len(title) <= 31, title  # a spreadsheet's limit on a sheet's name
                written = [header_word(spec.name, h) for h in spec.headers]
            assert len({fold(w) for w in written}) == len(written), (code, spec.name, written)
            assert names.setdefault(fold(title), spec.name) == spec.name, (code, title)
        reading = headers_in_every_language(spec.headers, spec.name)
        assert set(reading.values()) == set(spec.headers)


def test_a_french_plans_workbook_is_in_french_and_reads_back_whole_for_an_english_person(
    sample_plan: Path, tmp_path: Path
) -> None:
    doc = PlanDocument.open(sample_plan)
    doc.structure.set_language("fr")
    out = tmp_path / "plan-fr.xlsx"
    write_plan_workbook(doc, out)
    wb = openpyxl.load_workbook(out, read_only=True)
    try:
        assert wb.sheetnames == FRENCH_SHEETS
        objectives = [[c.value for c in row] for row in wb["Objectifs"].iter_rows(max_row=2)]
        assert objectives[0][:8] == [
            "Objectif général",
            "Numéro",
            "Objectif",
            "Priorité",
            "Justification",
            "Motif d'abandon",
            "Objectif lié",
            "Haute",
        ]
        assert objectives[0][11:13] == ["Score moyen", "Consensus"]
        assert objectives[1][1] == "1" and objectives[1][3] == "Haute"
        plan_rows = {label: value for label, value in wb["Plan"].iter_rows(min_row=2, max_col=2, values_only=True)}
        assert plan_rows["Langue"] == "Français" and plan_rows["Affichage des votes"] == "anonymement"
        targets = [c.value for c in next(wb["Cibles"].iter_rows(max_row=1))]
        assert targets == ["N° de stratégie", "Stratégie", "Cible", "Mesure", "Nombre", "Échéance"]
        revised = [v for (v,) in wb["Plan révisé"].iter_rows(max_row=30, max_col=1, values_only=True)]
        assert any(str(v).startswith("Objectif général 1 · ") for v in revised if v)
    finally:
        wb.close()
    assert i18n.current_language() == "en"  # the document spoke French; the person still speaks English

    again = import_plan(tmp_path / "again.retreat", out)
    try:
        assert again.plan.language == "fr"
        assert the_plan(again) == the_plan(doc)
    finally:
        again.close()
        doc.close()


def test_a_spanish_plan_round_trips_with_votes_by_name_and_hand_counts(sample_plan: Path, tmp_path: Path) -> None:
    doc = PlanDocument.open(sample_plan)
    doc.structure.set_language("es")
    doc.ranking.set_ranking_options(votes_by_name=True)
    doc.ranking.set_hand_count(doc.structure.find_objective("9").id, high=2, low=1)  # type: ignore[union-attr]
    again = round_trip(doc, tmp_path)
    try:
        assert again.plan.language == "es"
        assert the_plan(again) == the_plan(doc)
    finally:
        doc.close()
        again.close()


def test_a_template_filled_in_three_languages_at_once_becomes_a_plan(tmp_path: Path) -> None:
    """A person may type the words of any of the three languages, in any case, with or without accents."""
    set_language("es")
    template = tmp_path / "plantilla.xlsx"
    write_template(template)
    set_language("en")
    wb = openpyxl.load_workbook(template)
    assert "Objetivos generales" in wb.sheetnames and "Instrucciones" in wb.sheetnames
    plan = wb["Plan"]
    plan.append(["Título", "Plan de prueba"])  # the template lists its fields: add them as a person would
    plan["B2"] = "Red de prueba"
    goals = wb["Objetivos generales"]
    goals.append(["1", "Ninguna mina más", "activo"])
    goals.append(["2", "Objectif plié", "INTEGRE", "Dans les autres"])
    objectives = wb["Objetivos"]
    objectives.append(["1", "1", "Universalizar", "Alta"])
    objectives.append(["1", "2", "Informar", "moyenne"])
    objectives.append(["2", "3", "Indicar", "ABANDONNÉ", "", "indicateur d'un autre objectif", "1"])
    members = wb["Miembros"]
    members.append(["Ana", "Presidenta", "sí"])
    members.append(["Louis", "Trésorier", "Non"])
    wb.save(template)
    doc = import_plan(tmp_path / "plan.retreat", template)
    try:
        assert doc.plan.title == "Plan de prueba" and doc.plan.organisation == "Red de prueba"
        assert doc.plan.language == "en"  # no language said on the Plan sheet: the person's
        goals_read = doc.structure.goals()
        assert [g.folded for g in goals_read] == [False, True]
        decided = {o.number: (o.priority, o.drop_kind) for o in doc.structure.objectives()}
        assert decided == {
            "1": ("high", None),
            "2": ("medium", None),
            "3": ("dropped", "indicator of another objective"),
        }
        assert [(m.name, m.votes) for m in doc.ranking.members()] == [("Ana", True), ("Louis", False)]
    finally:
        doc.close()


def test_a_french_workbooks_problems_are_told_in_the_persons_language_naming_its_own_sheets(
    sample_plan: Path, tmp_path: Path
) -> None:
    doc = PlanDocument.open(sample_plan)
    try:
        doc.structure.set_language("fr")
        out = tmp_path / "plan-fr.xlsx"
        write_plan_workbook(doc, out)
    finally:
        doc.close()
    wb = openpyxl.load_workbook(out)
    wb["Objectifs"]["D2"] = "Urgente"
    wb.save(out)
    with pytest.raises(PlanWorkbookError) as refused:
        read_plan_workbook(out)
    assert "Objectifs, row 2, column D (Priorité): “Urgente” is not a priority" in str(refused.value)
    set_language("es")
    with pytest.raises(PlanWorkbookError) as rehusado:
        read_plan_workbook(out)
    assert "Objectifs, fila 2, columna D (Priorité): «Urgente» no es una prioridad" in str(rehusado.value)


def test_a_spanish_ballot_is_in_spanish_and_comes_back_whole(sample_plan: Path, tmp_path: Path) -> None:
    doc = PlanDocument.open(sample_plan)
    try:
        for member in doc.ranking.members(voting_only=True):
            doc.ranking.restore_ballot(member.id, None)
        doc.structure.set_language("es")
        (path,) = write_ballots(doc, tmp_path, ["Amina Diallo"])
        wb = openpyxl.load_workbook(path)
        ws = wb["Papeleta"]
        assert ws["A1"].value.startswith("Papeleta: ")
        assert ws["A2"].value == "Miembro"
        assert [ws.cell(6, c).value for c in range(1, 5)] == ["Número", "Objetivo", "Prioridad", "Comentario"]
        assert ws.data_validations.dataValidation[0].formula1 == '"Alta,Media,Baja,Descartado"'
        assert "elija Alta, Media, Baja o Descartado en la columna Prioridad" in ws["A3"].value
        words = ["Alta", "media", "BAJA", "Descartado", "haute", "Abandonnée", "Low"]
        for offset, word in enumerate(words):
            ws.cell(7 + offset, 3, word)
        wb.save(path)
        objectives = doc.ranking.ballot_objectives()
        ballot = read_ballot(doc, path)
        expected = ["high", "medium", "low", "dropped", "high", "dropped", "low"]
        assert [ballot.choices[o.id][0] for o in objectives[: len(words)]] == expected
        report = import_ballots(doc, [path])
        assert report.rejected == [] and len(report.imported) == 1
    finally:
        doc.close()
