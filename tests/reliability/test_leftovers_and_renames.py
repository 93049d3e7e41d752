"""What a killed process leaves is swept, never what a live one is writing; a rename into place is synced.

A plan, a copy or a workbook is written under a temporary name beside its
place (``.NAME.PID.KIND``) and renamed into it. A SIGKILL half-way leaves the
temporary file: opening the plan for editing removes those of dead processes,
and only those. After the rename, the folder itself is synced, so a power cut
can't undo the rename once the program said the file is written.
"""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from reliability_tools import Child

from plan_files import committed
from planner_gui.core.document import PlanDocument
from planner_gui.core.safe_files import process_is_alive
from planner_gui.exchange.ballots import write_ballots
from planner_gui.exchange.plan_workbook import write_plan_workbook
from planner_gui.report.pdf import write_report_pdf

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX: process ids checked with kill(0), folders fsynced")


def dead_pid() -> int:
    """The id of a process that has ended (and that no other has taken since)."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    assert not process_is_alive(process.pid)
    return process.pid


def hidden(folder: Path) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name.startswith("."))


def test_a_killed_creators_leftover_is_kept_while_it_lives_and_swept_once_it_is_dead(tmp_path: Path) -> None:
    plan = tmp_path / "board.retreat"
    PlanDocument.create(plan, title="The plan as it was").close()
    child = Child("child_create.py", plan)
    child.wait_for(lambda line: line == "filling")
    mine = f".board.retreat.{child.pid}.creating"
    assert mine in hidden(tmp_path)

    PlanDocument.open(plan).close()  # while the child lives, the file it is filling is its own
    assert mine in hidden(tmp_path)

    child.kill()
    assert mine in hidden(tmp_path)  # what the kill left
    doc = PlanDocument.open(plan)
    try:
        assert doc.plan.title == "The plan as it was"
    finally:
        doc.close()
    assert sorted(os.listdir(tmp_path)) == ["board.retreat"]


def test_only_leftovers_of_this_plan_and_of_dead_processes_are_swept_and_only_when_opened_for_editing(
    tmp_path: Path,
) -> None:
    plan = tmp_path / "board.retreat"
    PlanDocument.create(plan, title="Board").close()
    dead, live = dead_pid(), os.getppid()
    swept = [
        f".board.retreat.{dead}.creating",
        f".board.retreat.{dead}.creating-journal",
        f".board.retreat.{dead}.partial",
        f".board.retreat.{dead}.writing",
    ]
    kept = [
        f".board.retreat.{live}.partial",  # a live process's copy in the making
        f".board.retreat.{os.getpid()}.creating",  # this process's own
        f".other.retreat.{dead}.creating",  # another plan's
        f".board.retreat.{dead}.creating.notes",  # not a name the program writes
        f"board.retreat.{dead}.partial",
        f".board.retreat.{dead}.copying",
        f".board.retreat.x{dead}.partial",
    ]
    for name in swept + kept:
        (tmp_path / name).write_bytes(b"left behind")
    a_folder = tmp_path / f".board.retreat.{dead_pid()}.partial"
    a_folder.mkdir()  # a folder by that name is not a file the program left: it stays

    PlanDocument.open_snapshot(plan).close()  # reading never removes anything
    assert set(swept + kept) <= set(os.listdir(tmp_path))

    PlanDocument.open(plan).close()

    left = set(os.listdir(tmp_path))
    assert left.isdisjoint(swept)
    assert set(kept) <= left and a_folder.name in left


def test_a_ballot_written_again_sweeps_what_a_dead_writer_of_it_left(tmp_path: Path) -> None:
    doc = PlanDocument.create(tmp_path / "board.retreat", title="Board")
    try:
        doc.structure.add_objective(doc.structure.add_goal("1", "A goal"), "1", "An objective")
        doc.ranking.add_member("Ana")
        out = tmp_path / "ballots"
        out.mkdir()
        dead, live = f".ballot-ana.xlsx.{dead_pid()}.writing", f".ballot-ana.xlsx.{os.getppid()}.writing"
        for name in (dead, live):
            (out / name).write_bytes(b"half a workbook")
        write_ballots(doc, out, ["Ana"])
    finally:
        doc.close()
    assert sorted(os.listdir(out)) == [live, "ballot-ana.xlsx"]


# ------------------------------------------------------------------ the rename into place, synced


def folder_syncs(monkeypatch: pytest.MonkeyPatch, fail: bool = False) -> list[tuple[int, list[str]]]:
    """Each fsync of a folder: its inode and, at that moment, its entries. ``fail``: the folder refuses (EINVAL)."""
    real = os.fsync
    seen: list[tuple[int, list[str]]] = []

    def spy(fd: int) -> None:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            seen.append((info.st_ino, sorted(os.listdir(f"/proc/self/fd/{fd}"))))
            if fail:
                raise OSError(errno.EINVAL, os.strerror(errno.EINVAL))
        real(fd)

    monkeypatch.setattr(os, "fsync", spy)
    return seen


def synced_with(seen: list[tuple[int, list[str]]], folder: Path, name: str) -> bool:
    """Whether ``folder`` was synced once ``name`` was in it under its own name, with no temporary file left."""
    inode = folder.stat().st_ino
    return any(ino == inode and name in names and not any(n.startswith(".") for n in names) for ino, names in seen)


WRITES: dict[str, Callable[[PlanDocument, Path], Path]] = {
    "a copy": lambda doc, folder: (doc.save_copy(folder / "copy.retreat"), folder / "copy.retreat")[1],
    "a ballot": lambda doc, folder: write_ballots(doc, folder, ["Ana"])[0],
    "a workbook": lambda doc, folder: (write_plan_workbook(doc, folder / "revised.xlsx"), folder / "revised.xlsx")[1],
    "a report": lambda doc, folder: (write_report_pdf(doc, folder / "summary.pdf"), folder / "summary.pdf")[1],
}


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads a folder's entries through /proc")
@pytest.mark.parametrize("write", WRITES.values(), ids=WRITES.keys())
def test_a_new_plan_and_each_file_renamed_into_place_have_their_folder_synced_after_the_rename(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, write: Any
) -> None:
    """(``qapp``: the report is painted, and needs a QApplication, not the bare one it would make.)"""
    seen = folder_syncs(monkeypatch)
    plan = tmp_path / "board.retreat"
    doc = PlanDocument.create(plan, title="Synced")
    try:
        assert synced_with(seen, tmp_path, "board.retreat")
        goal = doc.structure.add_goal("1", "A goal")
        doc.structure.add_objective(goal, "1", "An objective")
        doc.ranking.add_member("Ana")
        out = tmp_path / "out"
        out.mkdir()
        written = write(doc, out)
    finally:
        doc.close()
    assert synced_with(seen, out, written.name)


def test_a_folder_that_can_not_be_synced_does_not_fail_a_write_that_is_done(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = folder_syncs(monkeypatch, fail=True)
    doc = PlanDocument.create(tmp_path / "board.retreat", title="On a stick that can't sync folders")
    try:
        doc.save_copy(tmp_path / "copy.retreat")
    finally:
        doc.close()
    assert len(seen) >= 2
    assert committed(tmp_path / "copy.retreat", "SELECT title FROM plan") == [("On a stick that can't sync folders",)]
