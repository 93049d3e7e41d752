"""A crash half-way through making a plan from a workbook, or writing one, leaves nothing half-made.

A child process runs ``import_plan`` (or ``write_plan_workbook``) on a plan of
800 objectives and says where it has got to; the test SIGKILLs it at a point
drawn from a fixed seed, in each phase in turn: reading the workbook, filling
the new plan under its temporary name, and the moment it is renamed into place
(for an export: writing rows, putting the zip together, the rename). Then:
no plan at the target's name, or a complete one; the plan it would have
replaced, and the workbook read, byte for byte as they were; an earlier export
at the path byte for byte as it was, or the complete new one. What a kill
leaves beside them (temporary files) is checked to be hidden and never in the way.
"""

from __future__ import annotations

import os
import random
import shutil
import time
from pathlib import Path

import pytest
from reliability_tools import BIG_GOALS, PER_GOAL, Child, folder_bytes

from planner_gui.core.document import PlanDocument
from planner_gui.exchange.plan_import import import_plan, read_plan_workbook
from planner_gui.exchange.plan_workbook import write_plan_workbook

OBJECTIVES = BIG_GOALS * PER_GOAL

# (what the child says as the phase begins, the longest wait after it in seconds), measured on a laptop.
IMPORT_PHASES = {"reading": ("start", 0.3), "filling": ("filling", 0.7), "renaming": ("filled", 0.006)}
IMPORT_CASES = [("reading", 3), ("filling", 14), ("renaming", 15)]
SLOW_IMPORT_CASES = [("reading", 92), ("filling", 65), ("filling", 89), ("renaming", 35)]
# Writing rows (each sheet streamed to a temporary file), then putting the zip together.
EXPORT_CASES = [("rows", 2), ("rows", 71), ("saving", 82), ("saving", 81)]
SLOW_EXPORT_CASES = [("rows", 828), ("rows", 45), ("saving", 90), ("saving", 353)]


def cases(fast: list[tuple[str, int]], slow: list[tuple[str, int]]) -> list[object]:
    return [*fast, *(pytest.param(*case, marks=pytest.mark.slow) for case in slow)]


def assert_complete_plan(path: Path) -> None:
    doc = PlanDocument.open(path)
    try:
        assert doc.integrity_problems() == []
        assert doc.plan.title == "A big plan"
        assert doc.structure.counts() == {"goals": BIG_GOALS, "folded goals": 0, "objectives": OBJECTIVES}
    finally:
        doc.close()


def hidden_leftovers(folder: Path, keep: set[str], target: Path, pid: int, kind: str) -> list[str]:
    """What a kill left in ``folder`` besides ``keep``: only ``.TARGET.PID.KIND`` (and its journal) may be there."""
    left = sorted(set(os.listdir(folder)) - keep)
    for name in left:
        assert name in {f".{target.name}.{pid}.{kind}", f".{target.name}.{pid}.{kind}-journal"}, left
    return left


# ------------------------------------------------------------------ import


@pytest.mark.parametrize(("phase", "seed"), cases(IMPORT_CASES, SLOW_IMPORT_CASES))
def test_a_kill_during_an_import_leaves_no_plan_or_a_complete_one(
    tmp_path: Path, big_workbook: Path, phase: str, seed: int
) -> None:
    rng = random.Random(seed)
    marker, span = IMPORT_PHASES[phase]
    source = tmp_path / "source.xlsx"
    shutil.copyfile(big_workbook, source)
    folder = tmp_path / "plans"
    folder.mkdir()
    target = folder / "From the workbook.retreat"
    child = Child("child_import.py", target, source)
    child.wait_for(lambda line: line == marker)
    time.sleep(rng.uniform(0, span))

    child.kill()

    assert source.read_bytes() == big_workbook.read_bytes()
    hidden_leftovers(folder, {target.name}, target, child.pid, "creating")
    if target.exists():
        assert "filled" in child.seen  # it can only be there once it was whole
        assert_complete_plan(target)
    else:
        assert "done" not in child.seen


@pytest.mark.parametrize("seed", [7, pytest.param(19, marks=pytest.mark.slow)])
def test_a_kill_during_an_import_over_an_existing_plan_keeps_it_byte_for_byte_or_replaces_it_whole(
    tmp_path: Path, big_workbook: Path, sample_plan: Path, seed: int
) -> None:
    rng = random.Random(seed)
    before = sample_plan.read_bytes()
    child = Child("child_import.py", sample_plan, big_workbook, "--force")
    child.wait_for(lambda line: line == "filling")
    time.sleep(rng.uniform(0, 0.8))

    child.kill()

    hidden_leftovers(sample_plan.parent, {sample_plan.name}, sample_plan, child.pid, "creating")
    if sample_plan.read_bytes() != before:
        assert "filled" in child.seen
        assert_complete_plan(sample_plan)


def test_what_a_killed_import_leaves_is_hidden_and_swept_when_the_next_import_opens_the_plan(
    tmp_path: Path, big_workbook: Path
) -> None:
    target = tmp_path / "plan.retreat"
    child = Child("child_import.py", target, big_workbook)
    child.wait_for(lambda line: line == "filling")
    time.sleep(0.3)  # well inside the fill: the new plan is under its temporary name
    child.kill()
    left = hidden_leftovers(tmp_path, {target.name}, target, child.pid, "creating")
    assert not target.exists()
    assert left and all(name.startswith(".") for name in left)

    import_plan(target, big_workbook).close()  # the same import again, in this process, goes through

    assert_complete_plan(target)
    assert hidden_leftovers(tmp_path, {target.name}, target, child.pid, "creating") == []  # the dead one's, gone


# ------------------------------------------------------------------ export


@pytest.fixture(scope="module")
def earlier_export(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The bytes of a workbook exported earlier to the same path (the sample plan's)."""
    from planner_gui.core.sample import write_sample

    folder = tmp_path_factory.mktemp("earlier")
    doc = write_sample(folder / "sample.retreat")
    try:
        write_plan_workbook(doc, folder / "earlier.xlsx")
    finally:
        doc.close()
    return (folder / "earlier.xlsx").read_bytes()


def assert_complete_export(path: Path) -> None:
    data = read_plan_workbook(path)
    assert data["plan"]["title"] == "A big plan"
    assert sum(len(goal["objectives"]) for goal in data["goals"]) == OBJECTIVES


@pytest.mark.parametrize(("phase", "seed"), cases(EXPORT_CASES, SLOW_EXPORT_CASES))
def test_a_kill_during_an_export_leaves_the_earlier_file_byte_for_byte_or_the_complete_new_one(
    tmp_path: Path, big_plan: Path, earlier_export: bytes, phase: str, seed: int
) -> None:
    rng = random.Random(seed)
    plan = tmp_path / "big.retreat"
    shutil.copyfile(big_plan, plan)
    out = tmp_path / "revised.xlsx"
    out.write_bytes(earlier_export)
    scratch = tmp_path / "tmp"  # the child's temporary folder: openpyxl streams each sheet to a file there
    scratch.mkdir()
    plan_bytes = plan.read_bytes()
    child = Child("child_export.py", plan, out, env={"TMPDIR": str(scratch)})
    if phase == "rows":
        rows = 200 * rng.randint(1, 8)
        child.wait_for(lambda line: line.startswith(f"progress {rows} "))
        time.sleep(rng.uniform(0, 0.03))
    else:
        child.wait_for(lambda line: line == "saving")
        time.sleep(rng.uniform(0, 0.035))

    child.kill()

    assert plan.read_bytes() == plan_bytes
    hidden_leftovers(tmp_path, {plan.name, out.name, scratch.name}, out, child.pid, "writing")
    if out.read_bytes() != earlier_export:
        assert "saved" in child.seen
        assert_complete_export(out)


def test_a_finished_export_leaves_nothing_but_the_workbook(tmp_path: Path, big_plan: Path) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    out = tmp_path / "revised.xlsx"
    child = Child("child_export.py", big_plan, out, env={"TMPDIR": str(scratch)})
    assert child.finish() == 0
    assert "done" in child.seen
    assert folder_bytes(scratch) == {}
    assert sorted(os.listdir(tmp_path)) == ["revised.xlsx", "tmp"]
    assert_complete_export(out)
