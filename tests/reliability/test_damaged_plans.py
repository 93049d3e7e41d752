"""Damaged and foreign plan files, through every way in that tests/core and tests/ui do not already take them.

tests/core/test_planfile.py opens each bad file with the core's three openers,
tests/ui/test_bad_files.py six of them in the window. Here every kind goes
through the window and through each ``planner-gui`` command that reads a plan
(``check``, ``export``, ``ballots``, ``import-ballots``): a message naming the
file, nothing written (no lock, journal, workbook or ballot left), and every
byte of the folder as it was.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from reliability_tools import IS_ROOT, folder_bytes

from planner_gui.cli import main
from planner_gui.core.migrations import SCHEMA_VERSION
from planner_gui.ui.main_window import MainWindow

PAGE = 4096


def random_bytes(plan: Path, path: Path) -> None:
    path.write_bytes(random.Random(3).randbytes(5 * PAGE))


def truncated(plan: Path, path: Path) -> None:
    path.write_bytes(plan.read_bytes()[: len(plan.read_bytes()) // 3])


def page_overwritten(plan: Path, path: Path) -> None:
    conn = sqlite3.connect(f"file:{plan}?mode=ro", uri=True)
    (page,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'objective'").fetchone()
    conn.close()
    data = bytearray(plan.read_bytes())
    data[(page - 1) * PAGE : page * PAGE] = random.Random(page).randbytes(PAGE)
    path.write_bytes(bytes(data))


def empty(plan: Path, path: Path) -> None:
    path.write_bytes(b"")


def another_apps_database(plan: Path, path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL)")
    conn.execute("INSERT INTO invoice (total) VALUES (12.5)")
    conn.commit()
    conn.close()


def newer_schema(plan: Path, path: Path) -> None:
    data = bytearray(plan.read_bytes())
    data[60:64] = struct.pack(">I", SCHEMA_VERSION + 1)
    path.write_bytes(bytes(data))


def a_directory(plan: Path, path: Path) -> None:
    path.mkdir()
    (path / "inside.txt").write_text("not a plan")


BAD_PLANS: dict[str, tuple[Callable[[Path, Path], None], str]] = {
    "random bytes": (random_bytes, "is not a Retreat Planner plan"),
    "a truncated plan": (truncated, "cut short"),
    "a plan with one page overwritten": (page_overwritten, "damaged"),
    "an empty file": (empty, "is empty"),
    "another app's SQLite database": (another_apps_database, "a database of another program"),
    "a plan from a newer schema": (newer_schema, "newer version of Retreat Planner"),
    "a directory": (a_directory, "is a folder"),
}
CASES = [pytest.param(make, said, id=name) for name, (make, said) in BAD_PLANS.items()]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "stick"
    path.mkdir()
    return path


def bad_plan(folder: Path, sample_plan: Path, make: Callable[[Path, Path], None]) -> Path:
    path = folder / "Board plan.retreat"
    make(sample_plan, path)
    return path


def commands(plan: Path, folder: Path) -> dict[str, list[str]]:
    ballots = folder / "ballots"
    return {
        "check": ["check", str(plan)],
        "export": ["export", str(plan), str(folder / "revised.xlsx")],
        "ballots": ["ballots", str(plan), str(folder)],
        "import-ballots": ["import-ballots", str(plan), str(ballots / "ballot-ana.xlsx")],
    }


@pytest.mark.parametrize(("make", "said"), CASES)
def test_every_command_that_reads_a_plan_refuses_a_bad_one_in_one_line_and_writes_nothing(
    folder: Path, sample_plan: Path, make: Callable[[Path, Path], None], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = bad_plan(folder, sample_plan, make)
    before = folder_bytes(folder)
    for name, args in commands(plan, folder).items():
        assert main(args) == 1, name
        captured = capsys.readouterr()
        lines = captured.err.splitlines()
        assert len(lines) == 1 and lines[0].startswith("planner-gui: error: "), (name, captured.err)
        assert said in lines[0] and "Board plan.retreat" in lines[0], (name, lines[0])
        assert "Traceback" not in captured.err + captured.out
        assert folder_bytes(folder) == before, name


NEW_IN_THE_WINDOW = ["a plan with one page overwritten", "a plan from a newer schema", "a truncated plan"]


@pytest.mark.parametrize(("make", "said"), [case for case in CASES if case.id in NEW_IN_THE_WINDOW])
def test_the_window_refuses_a_bad_plan_with_a_message_and_touches_nothing(
    window: MainWindow,
    folder: Path,
    sample_plan: Path,
    fake_dialogs: Any,
    make: Callable[[Path, Path], None],
    said: str,
) -> None:
    plan = bad_plan(folder, sample_plan, make)
    before = folder_bytes(folder)

    assert not window.open_path(plan)

    [error] = fake_dialogs.take("show_error")
    assert error.title == "The plan could not be opened"
    assert said in error.text and "Board plan.retreat" in error.text
    assert "Traceback" not in error.text and "sqlite3" not in error.text
    assert window.plan is None and window.central.currentWidget() is window.welcome
    assert folder_bytes(folder) == before


def refuse_reading(monkeypatch: pytest.MonkeyPatch, refused: Path) -> None:
    """Reading ``refused`` is not permitted (as for a file of another user's, which root would read anyway)."""
    real_open = Path.open

    def guarded_open(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self.resolve() == refused.resolve():
            raise PermissionError(13, os.strerror(13), str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)


def test_a_plan_you_may_not_read_is_refused_by_the_window_and_the_cli(
    window: MainWindow,
    folder: Path,
    sample_plan: Path,
    fake_dialogs: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    plan = folder / "Board plan.retreat"
    shutil.copyfile(sample_plan, plan)
    before = folder_bytes(folder)
    refuse_reading(monkeypatch, plan)

    assert not window.open_path(plan)
    [error] = fake_dialogs.take("show_error")
    for args in commands(plan, folder).values():
        assert main(args) == 1
        assert "You don't have permission to read “Board plan.retreat”" in capsys.readouterr().err

    assert error.text.startswith("You don't have permission to read “Board plan.retreat”.")
    monkeypatch.undo()
    assert folder_bytes(folder) == before


@pytest.mark.skipif(IS_ROOT, reason="root reads every file whatever its permissions (the test above plays it)")
def test_a_plan_without_read_permission_is_refused_for_real(
    window: MainWindow, folder: Path, sample_plan: Path, fake_dialogs: Any
) -> None:
    plan = folder / "Board plan.retreat"
    shutil.copyfile(sample_plan, plan)
    plan.chmod(0)
    try:
        assert not window.open_path(plan)
    finally:
        plan.chmod(0o600)
    [error] = fake_dialogs.take("show_error")
    assert "permission to read" in error.text
    assert plan.read_bytes() == sample_plan.read_bytes()


ROWS_CHANGED_ELSEWHERE = {  # a sound SQLite file, its rows changed by another program with the plan's rules off
    "a priority no plan has": "UPDATE objective SET priority = 'bogus' WHERE number = '1'",
    "a date that is no date": "UPDATE plan SET created_at = 'not a date'",
    "a table dropped": "DROP TABLE member",
    "text in a count": "INSERT OR REPLACE INTO hand_count VALUES ((SELECT min(id) FROM objective), 1, 'x', 0, 0)",
    "a vote for an objective that is gone": "DELETE FROM objective WHERE number = '1'",
}


@pytest.mark.parametrize("change", ROWS_CHANGED_ELSEWHERE.values(), ids=ROWS_CHANGED_ELSEWHERE.keys())
def test_a_plan_whose_rows_another_program_changed_is_said_so_in_one_line_and_never_written(
    folder: Path, sample_plan: Path, change: str, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = folder / "Board plan.retreat"
    shutil.copyfile(sample_plan, plan)
    conn = sqlite3.connect(plan)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(change)
    conn.commit()
    conn.close()
    before = folder_bytes(folder)

    assert main(["check", str(plan)]) == 1  # the summary cannot be read, or the check finds what is wrong
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    assert captured.err.startswith("planner-gui: error: the plan can't be read whole (") or (
        "Integrity:       FAILED" in captured.out and captured.err.strip()
    ), captured
    for name in ("export", "ballots"):
        args = commands(plan, folder)[name]
        code = main(args)
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err + captured.out, name
        if code != 0:  # what the command needs is sound in some of these: then it does its job
            lines = captured.err.splitlines()
            assert len(lines) == 1 and lines[0].startswith(f"planner-gui: error: {name} stopped on something"), lines
            assert folder_bytes(folder) == before, name


BROKEN_RULES = {  # a sound SQLite file holding what the plan's rules never let in, and what check says of it
    "a vote no plan has": (
        "UPDATE ballot_vote SET priority = 'urgent' WHERE rowid = (SELECT min(rowid) FROM ballot_vote)",
        "1 value of ballot_vote.priority is not one of: high, medium, low, dropped",
    ),
    "a weight below nothing": (
        "UPDATE member SET weight = -1 WHERE name = 'Mei Tanaka'",
        "Mei Tanaka's ballot weight -1.0 is not a number above 0, up to 100",
    ),
    "two members of one name": (
        "UPDATE member SET name = 'amina diallo' WHERE name = 'Mei Tanaka'",
        "two members are called amina diallo",
    ),
    "a trigger": (
        "CREATE TRIGGER keep_high AFTER INSERT ON ballot_vote BEGIN "
        "UPDATE ballot_vote SET priority = 'high' WHERE rowid = NEW.rowid; END",
        "the plan holds a trigger “keep_high” that this program never makes: it could change what is recorded",
    ),
}


def changed_copy(plan: Path, folder: Path, change: str) -> Path:
    """A copy of ``plan`` in ``folder`` with ``change`` made by another program (plain ``sqlite3``)."""
    copy = folder / "Board plan.retreat"
    shutil.copyfile(plan, copy)
    with sqlite3.connect(copy) as conn:
        conn.execute(change)
    conn.close()
    return copy


def test_check_finds_nothing_wrong_in_a_sound_plan_of_the_first_version(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The rules are read from the columns a plan has: a version 1 plan has no decisions yet, and is sound."""
    plan = folder / "old.retreat"
    shutil.copyfile(Path(__file__).parents[1] / "data" / "plan-v1.retreat", plan)
    assert main(["check", str(plan)]) == 0
    assert "Integrity:       ok" in capsys.readouterr().out


@pytest.mark.parametrize(("change", "said"), BROKEN_RULES.values(), ids=BROKEN_RULES.keys())
def test_check_names_what_breaks_the_plans_rules_never_integrity_ok(
    folder: Path, sample_plan: Path, change: str, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = changed_copy(sample_plan, folder, change)
    assert main(["check", str(plan)]) == 1
    captured = capsys.readouterr()
    assert "Integrity:" in captured.out and "FAILED (1 problem)" in captured.out, captured.out
    assert captured.err.strip() == said


def test_a_plan_another_program_gave_a_trigger_is_never_opened_to_be_changed(
    folder: Path, sample_plan: Path, window: MainWindow, fake_dialogs: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """A trigger kept every vote High behind the program's back: the plan is refused, and left as it was."""
    plan = changed_copy(sample_plan, folder, BROKEN_RULES["a trigger"][0])
    before = folder_bytes(folder)
    assert main(["language", str(plan), "fr"]) == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("planner-gui: error: ") and "holds a trigger (keep_high)" in line
    assert not window.open_path(plan)
    [error] = fake_dialogs.take("show_error")
    assert "holds a trigger (keep_high) that this program never makes" in error.text
    assert folder_bytes(folder) == before
