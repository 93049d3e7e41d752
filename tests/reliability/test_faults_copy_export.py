"""Saving a copy and exporting when the disk fails: a clear message, the plan still working, no partial file.

Faults are injected where the program meets the disk: ``os.fsync``, ``os.replace``
and the zip writer raise what a full disk, a refused permission or a pulled
stick raise; a write-protected folder is made for real (chmod, or for root the
immutable flag). After each: the message, every file in the folder byte for
byte as before, and an edit to the plan that lands in its file.
"""

from __future__ import annotations

import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from reliability_tools import (
    IS_ROOT,
    folder_bytes,
    no_permission,
    no_space,
    read_only_file_system,
    stick_removed,
    write_protected,
)

from plan_files import committed
from planner_gui.core import planfile, safe_files
from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import FileAccessError
from planner_gui.exchange.plan_workbook import write_plan_workbook


@pytest.fixture
def scratch_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system's temporary folder, for this test only: openpyxl streams each sheet there while exporting."""
    folder = tmp_path / "system-tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def assert_still_takes_edits(doc: PlanDocument, number: str = "99") -> None:
    goal = doc.structure.add_goal(number, "Added after the failure")
    assert committed(doc.path, "SELECT title FROM goal WHERE id = ?", (goal,)) == [("Added after the failure",)]
    assert doc.integrity_problems() == []


def out_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "earlier.retreat").write_bytes(b"an earlier copy, to be kept if the new one fails")
    (folder / "revised.xlsx").write_bytes(b"an earlier export, to be kept if the new one fails")
    return folder


# ------------------------------------------------------------------ save a copy

COPY_FAULTS: dict[str, tuple[str, Callable[..., Any], str]] = {
    "disk full while syncing": ("fsync", no_space, "the disk is full"),
    "disk full at the rename": ("replace", no_space, "the disk is full"),
    "stick pulled at the rename": ("replace", stick_removed, "Input/output error"),
    "permission refused at the rename": ("replace", no_permission, "You don't have permission to write in"),
}


@pytest.mark.parametrize(("where", "fault", "said"), COPY_FAULTS.values(), ids=COPY_FAULTS.keys())
@pytest.mark.parametrize("name", ["new copy.retreat", "earlier.retreat"])
def test_a_copy_that_fails_says_why_leaves_no_partial_file_and_the_plan_keeps_working(
    doc: PlanDocument,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
    fault: Callable[..., Any],
    said: str,
    name: str,
) -> None:
    folder = out_folder(tmp_path)
    before = folder_bytes(folder)
    plan_before = doc.path.read_bytes()
    monkeypatch.setattr(planfile.os, where, fault)

    with pytest.raises(FileAccessError) as caught:
        doc.save_copy(folder / name)

    monkeypatch.undo()
    assert said in str(caught.value)
    assert "Traceback" not in str(caught.value)
    assert folder_bytes(folder) == before  # no partial file, and an earlier one kept byte for byte
    assert doc.path.read_bytes() == plan_before
    assert_still_takes_edits(doc)


def test_a_copy_onto_a_write_protected_stick_says_so_and_writes_nothing(doc: PlanDocument, tmp_path: Path) -> None:
    folder = out_folder(tmp_path)
    before = folder_bytes(folder)
    with write_protected(folder), pytest.raises(FileAccessError) as caught:
        doc.save_copy(folder / "copy.retreat")
    assert "Nothing was written there" in str(caught.value)
    assert folder_bytes(folder) == before
    assert_still_takes_edits(doc)


def test_a_copy_is_complete_when_nothing_fails(doc: PlanDocument, tmp_path: Path) -> None:
    """The control for the faults above: the same copy, undisturbed, is written whole."""
    folder = out_folder(tmp_path)
    doc.save_copy(folder / "earlier.retreat")
    assert committed(folder / "earlier.retreat", "SELECT count(*) FROM objective") == [(16,)]
    assert sorted(p.name for p in folder.iterdir()) == ["earlier.retreat", "revised.xlsx"]


def test_a_plan_whose_file_vanished_can_still_be_saved_as_a_copy(
    sample_plan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    path = stick / "board.retreat"
    sample_plan.rename(path)
    doc = PlanDocument.open(path)
    try:
        doc.structure.add_goal("5", "Typed before the stick was pulled")
        for entry in stick.iterdir():
            entry.unlink()
        stick.rmdir()
        rescue = tmp_path / "rescued.retreat"

        doc.save_copy(rescue)

        rescued = committed(rescue, "SELECT title FROM goal WHERE number = '5'")
        assert rescued == [("Typed before the stick was pulled",)]
    finally:
        doc.close()


# ------------------------------------------------------------------ export


class FullAfter:
    """The zip writer fills the disk after ``parts`` parts of the workbook were written."""

    def __init__(self, parts: int) -> None:
        self.left = parts
        self.write, self.writestr = zipfile.ZipFile.write, zipfile.ZipFile.writestr

    def count(self) -> None:
        self.left -= 1
        if self.left < 0:
            no_space()

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        def write(archive: zipfile.ZipFile, *args: Any, **kwargs: Any) -> Any:
            self.count()
            return self.write(archive, *args, **kwargs)

        def writestr(archive: zipfile.ZipFile, *args: Any, **kwargs: Any) -> Any:
            self.count()
            return self.writestr(archive, *args, **kwargs)

        monkeypatch.setattr(zipfile.ZipFile, "write", write)
        monkeypatch.setattr(zipfile.ZipFile, "writestr", writestr)


@pytest.mark.parametrize("parts", [0, 3, 9, 17])
def test_an_export_that_fills_the_disk_half_way_keeps_the_earlier_file_and_leaves_no_temporary_one(
    doc: PlanDocument, tmp_path: Path, scratch_tmp: Path, monkeypatch: pytest.MonkeyPatch, parts: int
) -> None:
    folder = out_folder(tmp_path)
    before = folder_bytes(folder)
    FullAfter(parts).install(monkeypatch)

    with pytest.raises(FileAccessError) as caught:
        write_plan_workbook(doc, folder / "revised.xlsx")

    monkeypatch.undo()
    assert str(caught.value) == (
        f"The workbook could not be written to {folder / 'revised.xlsx'}: No space left on device. "
        "Nothing was written there."
    )
    assert folder_bytes(folder) == before
    assert folder_bytes(scratch_tmp) == {}  # openpyxl's streamed sheets were removed too
    assert_still_takes_edits(doc)


EXPORT_FAULTS: dict[str, tuple[Callable[..., Any], str]] = {
    "disk full": (no_space, "No space left on device"),
    "stick pulled": (stick_removed, "Input/output error"),
    "permission refused": (no_permission, "You don't have permission to write"),
}


@pytest.mark.parametrize(("fault", "said"), EXPORT_FAULTS.values(), ids=EXPORT_FAULTS.keys())
def test_an_export_that_fails_at_the_rename_keeps_the_earlier_file(
    doc: PlanDocument,
    tmp_path: Path,
    scratch_tmp: Path,
    monkeypatch: pytest.MonkeyPatch,
    fault: Callable[..., Any],
    said: str,
) -> None:
    folder = out_folder(tmp_path)
    before = folder_bytes(folder)
    monkeypatch.setattr(safe_files.os, "replace", fault)
    with pytest.raises(FileAccessError, match=said):
        write_plan_workbook(doc, folder / "revised.xlsx")
    monkeypatch.undo()
    assert folder_bytes(folder) == before
    assert folder_bytes(scratch_tmp) == {}
    assert_still_takes_edits(doc)


@pytest.mark.skipif(IS_ROOT, reason="root writes anywhere; the read-only file system below plays it for root")
def test_an_export_into_a_folder_you_may_not_write_says_so(
    doc: PlanDocument, tmp_path: Path, scratch_tmp: Path
) -> None:
    folder = out_folder(tmp_path)
    before = folder_bytes(folder)
    with write_protected(folder), pytest.raises(FileAccessError) as caught:
        write_plan_workbook(doc, folder / "revised.xlsx")
    written = folder / "revised.xlsx"
    assert str(caught.value) == f"You don't have permission to write {written}. Nothing was written there."
    assert folder_bytes(folder) == before


WRITE_PROTECTED_BUG = (
    "BUG: on a read-only file system (a write-protected stick) unlinking a temporary file that was never made "
    "raises EROFS, not ENOENT: the cleanup `tmp.unlink(missing_ok=True)` in plan_workbook._save (finally), "
    "ballots.write_ballot (except) and PlanDocument.create replaces the FileAccessError with a raw OSError "
    "(the window shows the unexpected-error dialog)"
)


def test_an_export_onto_a_write_protected_stick_says_so(doc: PlanDocument, tmp_path: Path, scratch_tmp: Path) -> None:
    folder = out_folder(tmp_path)
    before = folder_bytes(folder)
    with read_only_file_system(folder), pytest.raises(FileAccessError) as caught:
        write_plan_workbook(doc, folder / "revised.xlsx")
    assert "Nothing was written there." in str(caught.value)
    assert folder_bytes(folder) == before
    assert folder_bytes(scratch_tmp) == {}


def test_ballots_written_onto_a_write_protected_stick_say_so(doc: PlanDocument, tmp_path: Path) -> None:
    from planner_gui.exchange.ballots import write_ballots

    folder = out_folder(tmp_path)
    before = folder_bytes(folder)
    with read_only_file_system(folder), pytest.raises(FileAccessError, match="could not be written"):
        write_ballots(doc, folder)
    assert folder_bytes(folder) == before


def test_a_new_plan_on_a_write_protected_stick_says_so(tmp_path: Path) -> None:
    folder = out_folder(tmp_path)
    before = folder_bytes(folder)
    with read_only_file_system(folder), pytest.raises(FileAccessError, match="could not be created"):
        PlanDocument.create(folder / "new.retreat")
    assert folder_bytes(folder) == before


def test_an_export_of_a_plan_whose_file_vanished_still_writes_what_is_on_screen(
    sample_plan: Path, tmp_path: Path
) -> None:
    doc = PlanDocument.open(sample_plan)
    try:
        sample_plan.unlink()
        write_plan_workbook(doc, tmp_path / "rescued.xlsx")
    finally:
        doc.close()
    from planner_gui.exchange.plan_import import read_plan_workbook

    data = read_plan_workbook(tmp_path / "rescued.xlsx")
    assert sum(len(goal["objectives"]) for goal in data["goals"]) == 16
