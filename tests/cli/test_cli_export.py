"""``planner-gui export``, ``template`` and ``import-plan`` as a user types them, run as real processes."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from plan_files import planner


def test_export_then_import_plan_gives_a_plan_with_the_same_content(tmp_path: Path) -> None:
    plan = tmp_path / "plan.retreat"
    assert planner("new", plan, "--sample", cwd=tmp_path).returncode == 0
    before = plan.read_bytes()
    done = planner("export", plan, "revised.xlsx", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Wrote the revised plan to revised.xlsx."
    assert plan.read_bytes() == before  # exporting reads the plan, never writes it
    wb = openpyxl.load_workbook(tmp_path / "revised.xlsx")
    assert wb["Objectives"]["B2"].value == "1" and wb["Objectives"]["D2"].value == "High"

    done = planner("import-plan", "copy.retreat", "revised.xlsx", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Created copy.retreat from revised.xlsx: 4 goals, 16 objectives."
    check = planner("check", "copy.retreat", cwd=tmp_path)
    assert "Decisions:       16 (6 high, 3 medium, 3 low, 4 dropped)" in check.stdout
    assert "Strategies:      4 (3 agreed)" in check.stdout


def test_template_writes_an_empty_plan_workbook_and_refuses_to_replace_one(tmp_path: Path) -> None:
    done = planner("template", "blank.xlsx", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert openpyxl.load_workbook(tmp_path / "blank.xlsx").sheetnames[:3] == ["Instructions", "Plan", "Goals"]
    again = planner("template", "blank.xlsx", cwd=tmp_path)
    assert again.returncode == 1
    assert again.stderr.strip() == (
        "planner-gui: error: “blank.xlsx” already exists; choose another name, or add --force to replace it"
    )


def test_bad_input_says_why_on_stderr_exits_non_zero_and_writes_nothing(tmp_path: Path) -> None:
    plan = tmp_path / "plan.retreat"
    assert planner("new", plan, "--sample", cwd=tmp_path).returncode == 0
    before = plan.read_bytes()
    (tmp_path / "notes.xlsx").write_text("not a workbook")
    wb = openpyxl.Workbook()
    wb.active.title = "Goals"  # type: ignore[union-attr]
    wb.save(tmp_path / "other.xlsx")

    cases = {
        ("export", "plan.retreat", "out.csv"): (2, "a workbook's name ends in .xlsx (got “out.csv”)"),
        ("export", "missing.retreat", "out.xlsx"): (1, "missing.retreat"),
        ("export", "plan.retreat", "nowhere/out.xlsx"): (1, "does not exist"),
        ("import-plan", "plan.retreat", "notes.xlsx"): (
            1,
            "planner-gui: error: “plan.retreat” already exists; choose another name, or add --force to replace it\n",
        ),
        ("import-plan", "new.retreat", "notes.xlsx"): (
            1,
            "notes.xlsx is not an Excel workbook (.xlsx) that can be read.",
        ),
        ("import-plan", "new.retreat", "other.xlsx"): (1, "Plan: the workbook has no such sheet."),
        ("import-plan", "new.txt", "other.xlsx"): (1, "a plan file name ends in .retreat"),
    }
    for args, (code, message) in cases.items():
        done = planner(*args, cwd=tmp_path)
        assert done.returncode == code, args
        assert message in done.stderr, (args, done.stderr)
        assert "Traceback" not in done.stderr
    assert plan.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.xlsx", "other.xlsx", "plan.retreat"]


def test_report_writes_the_printable_summary_as_a_pdf(tmp_path: Path) -> None:
    plan = tmp_path / "plan.retreat"
    assert planner("new", plan, "--sample", cwd=tmp_path).returncode == 0
    before = plan.read_bytes()
    done = planner("report", plan, "summary.pdf", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Wrote the printable summary to summary.pdf (")
    assert (tmp_path / "summary.pdf").read_bytes().startswith(b"%PDF-")
    assert plan.read_bytes() == before
    for args, message in {
        ("report", "plan.retreat", "summary.txt"): "a PDF's file name ends in .pdf",
        ("report", "plan.retreat", "nowhere/summary.pdf"): "does not exist",
    }.items():
        failed = planner(*args, cwd=tmp_path)
        assert failed.returncode != 0 and message in failed.stderr, failed.stderr
        assert "Traceback" not in failed.stderr


def test_no_document_is_ever_written_over_a_plan_whatever_the_plan_is_called(tmp_path: Path) -> None:
    """A plan kept as "board.xlsx" (or .pdf) and given as the output too: the plan stays, byte for byte."""
    for name, command, extra in (
        ("board.xlsx", "export", ()),
        ("board.pdf", "report", ()),
        ("board.xlsx", "template", ("--force",)),
    ):
        plan = tmp_path / name
        assert planner("new", tmp_path / "made.retreat", "--sample", "--force", cwd=tmp_path).returncode == 0
        (tmp_path / "made.retreat").replace(plan)
        before = plan.read_bytes()
        args = (command, plan, plan, *extra) if command != "template" else (command, plan, *extra)
        done = planner(*args, cwd=tmp_path)
        assert done.returncode == 1, (command, done.stdout, done.stderr)
        assert done.stderr == (
            f"planner-gui: error: {plan} is a plan: writing there would replace it. Choose another name. "
            "Nothing was written.\n"
        ), command
        assert plan.read_bytes() == before, command
        assert planner("check", plan, cwd=tmp_path).returncode == 0
        plan.unlink()
