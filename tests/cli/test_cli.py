"""The ``planner-gui`` command as a user types it, run as a real process.

Headless commands never show a traceback: a bad file gives one line
``planner-gui: error: ...`` on stderr and exit code 1; a usage mistake gives
argparse's usage text and exit code 2. Input files are never changed.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import sqlite3
import struct
import subprocess
from pathlib import Path

import pytest

from plan_files import planner
from planner_gui import __version__
from planner_gui.core.migrations import SCHEMA_VERSION

PAGE = 4096


def summary(stdout: str) -> dict[str, str]:
    """The ``check`` report as {label: value}."""
    found = {}
    for line in stdout.splitlines():
        match = re.fullmatch(r"  (\w[\w ]*):\s+(.*)", line)
        if match:
            found[match.group(1)] = match.group(2)
    return found


def assert_one_line_error(result: subprocess.CompletedProcess[str], phrase: str) -> None:
    assert result.returncode == 1, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("planner-gui: error: ")
    assert phrase in lines[0]
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout == ""


def assert_usage_error(result: subprocess.CompletedProcess[str], phrase: str) -> None:
    assert result.returncode == 2, result.stderr
    [line] = result.stderr.splitlines()  # one line, as every refusal: no usage block
    assert line.startswith("planner-gui: error: ") and line.endswith("--help”)")
    assert phrase in line
    assert "Traceback" not in result.stdout + result.stderr


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One sample plan made with the command itself, for tests that only read it."""
    folder = tmp_path_factory.mktemp("cli-sample")
    result = planner("new", "sample.retreat", "--sample", cwd=folder)
    assert result.returncode == 0, result.stderr
    return folder / "sample.retreat"


@pytest.fixture
def plan_copy(sample_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "plan.retreat"
    shutil.copyfile(sample_file, path)
    return path


# --------------------------------------------------------------- success


def test_version_prints_the_program_name_and_version(tmp_path: Path) -> None:
    result = planner("--version", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"Retreat Planner {__version__}"
    assert result.stderr == ""


def test_new_with_sample_then_check_prints_the_summary(tmp_path: Path) -> None:
    made = planner("new", "X.retreat", "--sample", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == "Created X.retreat with the sample plan."
    assert made.stderr == ""
    assert sorted(os.listdir(tmp_path)) == ["X.retreat"]

    before = (tmp_path / "X.retreat").read_bytes()
    checked = planner("check", "X.retreat", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert checked.stderr == ""
    assert checked.stdout.splitlines()[0] == "X.retreat"
    report = summary(checked.stdout)
    assert report["Plan"] == "Strategic Plan 2012–2015"
    assert report["Period"] == "2012–2015"
    assert report["Goals"] == "4 (3 active, 1 folded)"
    assert report["Objectives"] == "16"
    assert report["Achievements"] == "9 (7 strong, 2 some)"
    assert report["Recommendations"] == "5 (3 accepted, 1 partly accepted, 1 pending)"
    assert report["Context"] == "6 sections, 40 points, 7 stakeholders"
    assert report["Agenda"] == "9 sessions over 3 days"
    assert report["Members"] == "8 (7 voting, 7 have voted)"
    assert report["Decisions"] == "16 (6 high, 3 medium, 3 low, 4 dropped)"
    assert report["Strategies"] == "4 (3 agreed)"
    assert report["Steps done"] == "none yet"
    assert report["Integrity"] == "ok"
    assert list(report) == [
        "Plan",
        "Organisation",
        "Period",
        "Goals",
        "Objectives",
        "Achievements",
        "Recommendations",
        "Context",
        "Agenda",
        "Members",
        "Decisions",
        "Strategies",
        "Steps done",
        "Language",
        "Integrity",
    ]
    assert (tmp_path / "X.retreat").read_bytes() == before  # check never writes
    assert sorted(os.listdir(tmp_path)) == ["X.retreat"]


def test_new_with_a_title_makes_an_empty_plan(tmp_path: Path) -> None:
    made = planner("new", "board.retreat", "--title", "Board retreat 2014", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == "Created board.retreat."
    report = summary(planner("check", "board.retreat", cwd=tmp_path).stdout)
    assert report["Plan"] == "Board retreat 2014"
    assert report["Organisation"] == "(not set)"
    assert (report["Goals"], report["Objectives"], report["Integrity"]) == ("0", "0", "ok")
    assert (report["Achievements"], report["Recommendations"]) == ("0", "0")
    assert report["Context"] == "0 sections, 0 points, 0 stakeholders"
    assert report["Agenda"] == "0 sessions over 0 days"
    assert report["Steps done"] == "none yet"


def test_new_with_force_replaces_an_existing_file(tmp_path: Path) -> None:
    (tmp_path / "X.retreat").write_bytes(b"old")
    made = planner("new", "X.retreat", "--sample", "--force", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert summary(planner("check", "X.retreat", cwd=tmp_path).stdout)["Objectives"] == "16"


def test_check_reports_folded_goals(plan_copy: Path) -> None:
    conn = sqlite3.connect(plan_copy, isolation_level=None)
    conn.execute("UPDATE goal SET folded = 1, fold_note = 'into 1-3' WHERE number = '4'")
    conn.close()
    result = planner("check", plan_copy.name, cwd=plan_copy.parent)
    assert result.returncode == 0, result.stderr
    assert summary(result.stdout)["Goals"] == "4 (3 active, 1 folded)"


# ----------------------------------------------------------- bad files


def test_check_of_a_missing_file(tmp_path: Path) -> None:
    result = planner("check", "nowhere.retreat", cwd=tmp_path)
    assert_one_line_error(result, "does not exist")
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize(
    ("content", "phrase"),
    [
        (b"Minutes of the board meeting\n", "is not a Retreat Planner plan"),
        (b"", "is empty"),
        (b"PK\x03\x04" + bytes(200), "spreadsheet"),
    ],
    ids=["text", "empty", "zip"],
)
def test_check_of_a_file_that_is_not_a_plan(tmp_path: Path, content: bytes, phrase: str) -> None:
    path = tmp_path / "notes.retreat"
    path.write_bytes(content)
    result = planner("check", path.name, cwd=tmp_path)
    assert_one_line_error(result, phrase)
    assert path.read_bytes() == content
    assert os.listdir(tmp_path) == ["notes.retreat"]


def test_check_of_another_programs_database(tmp_path: Path) -> None:
    path = tmp_path / "other.retreat"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    assert_one_line_error(planner("check", path.name, cwd=tmp_path), "another program")
    assert path.read_bytes() == before


def test_check_of_a_plan_from_a_newer_version(plan_copy: Path) -> None:
    data = bytearray(plan_copy.read_bytes())
    data[60:64] = struct.pack(">I", SCHEMA_VERSION + 1)
    plan_copy.write_bytes(bytes(data))
    result = planner("check", plan_copy.name, cwd=plan_copy.parent)
    assert_one_line_error(result, "newer version")
    assert plan_copy.read_bytes() == bytes(data)


def test_check_of_a_truncated_plan(plan_copy: Path) -> None:
    cut = plan_copy.read_bytes()[: 2 * PAGE]
    plan_copy.write_bytes(cut)
    assert_one_line_error(planner("check", plan_copy.name, cwd=plan_copy.parent), "cut short")
    assert plan_copy.read_bytes() == cut


def test_check_of_a_plan_with_a_garbage_table_page(plan_copy: Path) -> None:
    data = bytearray(plan_copy.read_bytes())
    data[PAGE : 2 * PAGE] = random.Random(2).randbytes(PAGE)  # page 2: a table
    plan_copy.write_bytes(bytes(data))
    assert_one_line_error(planner("check", plan_copy.name, cwd=plan_copy.parent), "damaged")
    assert plan_copy.read_bytes() == bytes(data)


def test_check_of_a_plan_with_a_garbage_index_page(plan_copy: Path) -> None:
    conn = sqlite3.connect(f"file:{plan_copy}?mode=ro", uri=True)
    (page,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'ix_objective_goal_id'").fetchone()
    conn.close()
    data = bytearray(plan_copy.read_bytes())
    data[(page - 1) * PAGE : page * PAGE] = random.Random(page).randbytes(PAGE)
    plan_copy.write_bytes(bytes(data))
    result = planner("check", plan_copy.name, cwd=plan_copy.parent)
    assert plan_copy.read_bytes() == bytes(data)
    assert_one_line_error(result, "damaged")


def test_check_of_a_plan_whose_index_disagrees_with_its_table(plan_copy: Path) -> None:
    # Sound pages (the quick check passes) but an index that no longer matches
    # its rows: only the full integrity check that "check" runs can see it.
    conn = sqlite3.connect(plan_copy, isolation_level=None)
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_objective_goal_id ON objective (position)'"
        " WHERE name = 'ix_objective_goal_id'"
    )
    conn.close()
    before = plan_copy.read_bytes()
    result = planner("check", plan_copy.name, cwd=plan_copy.parent)
    assert result.returncode == 1
    report = summary(result.stdout)
    assert report["Objectives"] == "16"
    assert re.fullmatch(r"FAILED \(\d+ problems\)", report["Integrity"])
    assert "missing from index ix_objective_goal_id" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert plan_copy.read_bytes() == before


def test_check_of_a_folder(tmp_path: Path) -> None:
    (tmp_path / "plans.retreat").mkdir()
    assert_one_line_error(planner("check", "plans.retreat", cwd=tmp_path), "is a folder")


# ------------------------------------------------------------- bad "new"


@pytest.mark.parametrize("name", ["X.txt", "X", "X.retreat.xlsx"])
def test_new_refuses_a_name_without_the_plan_suffix(tmp_path: Path, name: str) -> None:
    result = planner("new", name, "--sample", cwd=tmp_path)
    assert_one_line_error(result, "ends in .retreat")
    assert os.listdir(tmp_path) == []


def test_new_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "X.retreat"
    path.write_bytes(b"the facilitator's notes")
    result = planner("new", "X.retreat", "--sample", cwd=tmp_path)
    assert_one_line_error(result, "already exists")
    assert path.read_bytes() == b"the facilitator's notes"
    assert os.listdir(tmp_path) == ["X.retreat"]


def test_new_refuses_an_existing_plan_and_keeps_it(plan_copy: Path) -> None:
    before = plan_copy.read_bytes()
    result = planner("new", plan_copy.name, cwd=plan_copy.parent)
    assert_one_line_error(
        result, f"“{plan_copy.name}” already exists; choose another name, or add --force to replace it"
    )
    assert plan_copy.read_bytes() == before


def test_new_in_a_missing_folder(tmp_path: Path) -> None:
    result = planner("new", "missing/X.retreat", cwd=tmp_path)
    assert_one_line_error(result, "does not exist")
    assert os.listdir(tmp_path) == []


# ---------------------------------------------------------- usage errors


@pytest.mark.parametrize(
    ("args", "phrase"),
    [
        (["check", "--bogus", "X.retreat"], "unrecognized arguments: --bogus"),
        (["new", "X.retreat", "--colour", "red"], "unrecognized arguments"),
        (["new"], "required: PLAN.retreat"),
        (["check"], "required: PLAN.retreat"),
        (["--bogus"], "unrecognized arguments: --bogus"),
        (["import-plan", "X.retreat", "plan.ods"], "a workbook's name ends in .xlsx (got “plan.ods”)"),
        (["export", "X.retreat", "out.ods"], "a workbook's name ends in .xlsx (got “out.ods”)"),
        (["report", "X.retreat", "out.xlsx"], "a PDF's file name ends in .pdf (got “out.xlsx”)"),
    ],
    ids=["check-option", "new-option", "new-no-file", "check-no-file", "top-option", "ods-in", "ods-out", "xlsx-pdf"],
)
def test_a_usage_mistake_prints_usage_and_exits_2(tmp_path: Path, args: list[str], phrase: str) -> None:
    result = planner(*args, cwd=tmp_path)
    assert_usage_error(result, phrase)
    assert result.stdout == ""
    assert os.listdir(tmp_path) == []


def test_a_plan_and_demo_together_are_refused(plan_copy: Path) -> None:
    before = plan_copy.read_bytes()
    result = planner(plan_copy.name, "--demo", cwd=plan_copy.parent)
    assert result.returncode == 2
    assert result.stderr.strip() == "planner-gui: error: give a plan or --demo, not both"
    assert "Traceback" not in result.stdout + result.stderr
    assert plan_copy.read_bytes() == before


def test_check_help_describes_the_command(tmp_path: Path) -> None:
    result = planner("check", "--help", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("usage: planner-gui check")
    assert "integrity" in result.stdout
