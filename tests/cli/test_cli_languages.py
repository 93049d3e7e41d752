"""The command line in the environment's language (LANG): refusals in French or Spanish on stderr, a non-zero exit,
and the plan file left exactly as it was; the plan's documents' language chosen on the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from plan_files import committed, planner
from planner_gui.plan_lock import PlanLock

FRENCH, SPANISH = "fr_FR.UTF-8", "es_ES.UTF-8"


def planner_in(lang: str, *args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``planner-gui ARGS`` as a person whose system speaks ``lang`` runs it."""
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env |= {"LANG": lang, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "planner_gui", *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def one_line_refusal(result: subprocess.CompletedProcess[str], code: int = 1) -> str:
    assert result.returncode == code, result.stderr
    [line] = result.stderr.splitlines()
    assert "Traceback" not in result.stdout + result.stderr
    return line


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    made = planner("new", "plan.retreat", "--sample", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    return tmp_path / "plan.retreat"


def test_a_missing_plan_file_is_said_in_french_and_in_spanish(tmp_path: Path) -> None:
    french = one_line_refusal(planner_in(FRENCH, "check", "absent.retreat", cwd=tmp_path))
    assert french == (
        "planner-gui : erreur : Le fichier de plan absent.retreat n'existe pas. Il a peut-être été déplacé ou renommé."
    )
    spanish = one_line_refusal(planner_in(SPANISH, "check", "absent.retreat", cwd=tmp_path))
    assert spanish.startswith("planner-gui: error: El archivo del plan absent.retreat no existe.")
    english = one_line_refusal(planner("check", "absent.retreat", cwd=tmp_path))
    assert english.startswith("planner-gui: error: The plan file absent.retreat does not exist.")
    assert list(tmp_path.iterdir()) == []


def test_a_plan_open_elsewhere_is_refused_in_the_persons_language_and_left_alone(plan: Path, tmp_path: Path) -> None:
    before = plan.read_bytes()
    lock = PlanLock(plan)
    assert lock.acquire()
    try:
        french = planner_in(FRENCH, "language", plan, "es", cwd=tmp_path)
        spanish = planner_in(SPANISH, "new", plan, "--force", cwd=tmp_path)
    finally:
        lock.release()
    assert "« plan.retreat » est ouvert dans " in one_line_refusal(french)
    assert "fermez-le là d'abord, puis réessayez" in french.stderr
    assert "«plan.retreat» está abierto en " in one_line_refusal(spanish)
    assert "ciérrelo allí primero" in spanish.stderr
    assert plan.read_bytes() == before


def test_usage_mistakes_are_said_in_the_persons_language(plan: Path, tmp_path: Path) -> None:
    before = plan.read_bytes()
    missing = one_line_refusal(planner_in(FRENCH, "import-ballots", plan, cwd=tmp_path), code=2)
    assert missing.startswith("planner-gui : erreur : les arguments suivants sont obligatoires : FILE")
    assert missing.endswith("(voir « planner-gui import-ballots --help »)")
    xlsx = one_line_refusal(planner_in(SPANISH, "export", plan, "plan.pdf", cwd=tmp_path), code=2)
    assert "el nombre de un libro termina en .xlsx (se recibió «plan.pdf»)" in xlsx
    language = one_line_refusal(planner_in(SPANISH, "language", plan, "de", cwd=tmp_path), code=2)
    assert "un idioma es uno de en (English), fr (Français), es (Español) (no «de»)" in language
    assert plan.read_bytes() == before


def test_help_is_in_the_persons_language(tmp_path: Path) -> None:
    helped = planner_in(FRENCH, "new", "--help", cwd=tmp_path)
    assert helped.returncode == 0
    assert "créer un nouveau fichier de plan" in helped.stdout
    assert "afficher ce message d'aide et quitter" in helped.stdout
    assert "la langue des documents du plan" in helped.stdout


def test_a_plan_made_in_french_writes_its_documents_in_french_whoever_exports_it(tmp_path: Path) -> None:
    made = planner_in(FRENCH, "new", "plan.retreat", "--title", "Plan 2015", cwd=tmp_path)
    assert made.returncode == 0 and made.stdout.strip() == "plan.retreat a été créé."
    plan = tmp_path / "plan.retreat"
    assert committed(plan, "SELECT language FROM plan") == [("fr",)]
    said = planner("language", plan, cwd=tmp_path)  # an English-speaking person asks
    assert said.stdout.strip() == "fr (Français)"
    exported = planner("export", plan, "plan.xlsx", cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.strip() == "Wrote the revised plan to plan.xlsx."  # the person's language
    sheets = openpyxl.load_workbook(tmp_path / "plan.xlsx", read_only=True).sheetnames
    assert "Objectifs généraux" in sheets  # the plan's language

    changed = planner_in(SPANISH, "language", plan, "es", cwd=tmp_path)
    assert changed.returncode == 0 and changed.stdout.strip() == "Los documentos del plan se redactan ahora en Español."
    assert committed(plan, "SELECT language FROM plan") == [("es",)]
    given = planner("new", "other.retreat", "--sample", "--language", "es", cwd=tmp_path)
    assert given.returncode == 0 and given.stdout.strip() == "Created other.retreat with the sample plan."
    assert committed(tmp_path / "other.retreat", "SELECT language FROM plan") == [("es",)]
    checked = planner_in(SPANISH, "check", "other.retreat", cwd=tmp_path)
    assert "  Idioma:" in checked.stdout and "Español" in checked.stdout and "  Integridad:" in checked.stdout
