"""``planner-gui ballots`` and ``import-ballots`` as a user types them, run as real processes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl

from plan_files import planner
from planner_gui.exchange.ballots import SHEET

FIRST_ROW = 7


def votes(path: Path) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(
            "SELECT m.name, o.number, v.priority FROM ballot_vote v JOIN ballot b ON b.id = v.ballot_id "
            "JOIN member m ON m.id = b.member_id JOIN objective o ON o.id = v.objective_id ORDER BY m.name, o.id"
        ).fetchall()
    finally:
        conn.close()


def fill(path: Path, priorities: list[str]) -> None:
    wb = openpyxl.load_workbook(path)
    for offset, priority in enumerate(priorities):
        wb[SHEET].cell(FIRST_ROW + offset, 3, priority)
    wb.save(path)


def test_write_fill_and_import_ballots(tmp_path: Path) -> None:
    plan = tmp_path / "plan.retreat"
    assert planner("new", plan, "--sample", cwd=tmp_path).returncode == 0
    outdir = tmp_path / "ballots"
    outdir.mkdir()
    wrote = planner("ballots", plan, outdir, "--member", "Mei Tanaka", "--member", "amina diallo", cwd=tmp_path)
    assert wrote.returncode == 0, wrote.stderr
    assert wrote.stdout.splitlines()[-1] == f"Wrote 2 ballots in {outdir}."
    files = sorted(outdir.iterdir())
    assert [f.name for f in files] == ["ballot-amina-diallo.xlsx", "ballot-mei-tanaka.xlsx"]

    fill(files[1], ["Low"] * 16)
    before = votes(plan)
    refused = planner("import-ballots", plan, files[1], cwd=tmp_path)
    assert refused.returncode == 1
    assert refused.stderr.splitlines()[0] == (
        "planner-gui: not imported: ballot-mei-tanaka.xlsx: row 2, column B (Member): Mei Tanaka has already voted; "
        "replace that ballot only if they asked to. To replace their ballot with this one, add --replace."
    )
    assert votes(plan) == before

    replaced = planner("import-ballots", plan, files[1], "--replace", cwd=tmp_path)
    assert replaced.returncode == 0, replaced.stderr
    assert "Imported ballot-mei-tanaka.xlsx: Mei Tanaka, 16 objectives ranked." in replaced.stdout
    assert {p for name, _, p in votes(plan) if name == "Mei Tanaka"} == {"low"}
    assert [row for row in votes(plan) if row[0] != "Mei Tanaka"] == [r for r in before if r[0] != "Mei Tanaka"]


def test_a_bad_ballot_is_reported_by_file_row_and_column_and_nothing_is_imported(tmp_path: Path) -> None:
    plan = tmp_path / "plan.retreat"
    planner("new", plan, "--sample", cwd=tmp_path)
    outdir = tmp_path / "ballots"
    outdir.mkdir()
    planner("ballots", plan, outdir, cwd=tmp_path)
    ballot = outdir / "ballot-priya-raman.xlsx"
    fill(ballot, ["High", "Soon"] + ["Low"] * 14)
    plan_bytes = plan.read_bytes()
    result = planner("import-ballots", plan, ballot, tmp_path / "missing.xlsx", "--replace", cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines == [
        "planner-gui: not imported: ballot-priya-raman.xlsx: row 8, column C (Priority): "
        "“Soon” is not a priority; write High, Medium, Low or Dropped.",
        "planner-gui: not imported: missing.xlsx: can't be read: No such file or directory.",
    ]
    assert result.stdout.splitlines()[-1] == "0 imported, 2 not imported."
    assert plan.read_bytes() == plan_bytes


def test_ballots_for_an_unknown_member_or_into_a_missing_folder(tmp_path: Path) -> None:
    plan = tmp_path / "plan.retreat"
    planner("new", plan, "--sample", cwd=tmp_path)
    unknown = planner("ballots", plan, tmp_path, "--member", "Nobody", cwd=tmp_path)
    assert unknown.returncode == 1
    assert unknown.stderr.strip() == "planner-gui: error: The plan has no member called “Nobody”."
    missing = planner("ballots", plan, tmp_path / "nowhere" / "deeper", cwd=tmp_path)
    assert missing.returncode == 1
    assert missing.stderr.strip().startswith("planner-gui: error: The folder ") and "does not exist" in missing.stderr
    assert list(tmp_path.glob("*.xlsx")) == [] and not (tmp_path / "nowhere").exists()


def test_ballots_makes_the_folder_it_is_given_when_its_parent_exists(tmp_path: Path) -> None:
    plan = tmp_path / "plan.retreat"
    planner("new", plan, "--sample", cwd=tmp_path)
    made = planner("ballots", plan, "ballots", "--member", "Mei Tanaka", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert [p.name for p in (tmp_path / "ballots").iterdir()] == ["ballot-mei-tanaka.xlsx"]


def test_ballots_never_writes_over_ballots_already_in_the_folder_unless_forced(tmp_path: Path) -> None:
    plan = tmp_path / "plan.retreat"
    planner("new", plan, "--sample", cwd=tmp_path)
    outdir = tmp_path / "ballots"
    assert planner("ballots", plan, outdir, cwd=tmp_path).returncode == 0
    returned = outdir / "ballot-mei-tanaka.xlsx"
    fill(returned, ["High"] * 3)
    filled = {p.name: p.read_bytes() for p in outdir.iterdir()}

    again = planner("ballots", plan, outdir, cwd=tmp_path)  # for a late member, where the ballots came back

    assert again.returncode == 1 and again.stdout == ""
    [line] = again.stderr.splitlines()
    assert line.startswith(f"planner-gui: error: {outdir} already holds 7 ballot workbooks with the same names (")
    assert "ballot-amina-diallo.xlsx" in line and line.endswith("To replace them anyway, add --force")
    assert {p.name: p.read_bytes() for p in outdir.iterdir()} == filled
    forced = planner("ballots", plan, outdir, "--force", cwd=tmp_path)
    assert forced.returncode == 0, forced.stderr
    assert returned.read_bytes() != filled[returned.name]


def test_import_ballots_needs_at_least_one_file(tmp_path: Path) -> None:
    result = planner("import-ballots", tmp_path / "plan.retreat", cwd=tmp_path)
    assert result.returncode == 2
    assert "the following arguments are required: FILE" in result.stderr


HOLD_THE_PLAN = """
import sys, time
from pathlib import Path
from planner_gui.plan_lock import PlanLock
lock = PlanLock(Path(sys.argv[1]))
assert lock.acquire()
print("holding", flush=True)
time.sleep(60)
"""


def test_a_plan_open_in_the_window_is_not_written_under_it(tmp_path: Path) -> None:
    plan = tmp_path / "plan.retreat"
    planner("new", plan, "--sample", cwd=tmp_path)
    outdir = tmp_path / "ballots"
    outdir.mkdir()
    planner("ballots", plan, outdir, "--member", "Mei Tanaka", cwd=tmp_path)
    ballot = outdir / "ballot-mei-tanaka.xlsx"
    fill(ballot, ["Low"] * 16)
    before = plan.read_bytes()
    holder = subprocess.Popen([sys.executable, "-c", HOLD_THE_PLAN, str(plan)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        imported = planner("import-ballots", plan, ballot, "--replace", cwd=tmp_path)
        replaced = planner("new", plan, "--force", cwd=tmp_path)
    finally:
        holder.kill()
        holder.wait()
    for result in (imported, replaced):
        assert result.returncode == 1
        assert "is open in" in result.stderr and "close it there first" in result.stderr
        assert "Traceback" not in result.stderr
    assert plan.read_bytes() == before
    # Once the window has let go, the same import goes through.
    assert planner("import-ballots", plan, ballot, "--replace", cwd=tmp_path).returncode == 0


def test_an_older_plan_upgraded_to_take_ballots_says_so_and_where_the_earlier_file_is(tmp_path: Path) -> None:
    plan = tmp_path / "old.retreat"
    plan.write_bytes((Path(__file__).parents[1] / "data" / "plan-v1.retreat").read_bytes())
    (tmp_path / "junk.xlsx").write_text("not a workbook")
    done = planner("import-ballots", plan, "junk.xlsx", cwd=tmp_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stdout.splitlines()[0] == (
        f"Upgraded {plan} to this version's file format; the earlier file is kept as "
        f"{tmp_path / 'old.before-upgrade-v1.retreat'}."
    )
    backup = sqlite3.connect(tmp_path / "old.before-upgrade-v1.retreat")
    assert backup.execute("PRAGMA user_version").fetchone() == (1,)  # the earlier file as it was, format 1
    backup.close()
    again = planner("import-ballots", plan, "junk.xlsx", cwd=tmp_path)  # upgraded once: nothing more to say
    assert "Upgraded" not in again.stdout
