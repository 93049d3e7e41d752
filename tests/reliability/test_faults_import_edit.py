"""Importing and editing when the disk fails: a clear message, the plan as it was, no partial file.

A full disk is SQLite's own: ``PRAGMA max_page_count`` caps the file, and
SQLite fails the write exactly as on a full disk (SQLITE_FULL). A pulled stick
is the plan's folder removed under the open plan; a workbook pulled away
half-read is a read that fails with EIO.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest
from reliability_tools import folder_bytes, no_space, set_disk_room, write_protected

from plan_files import committed, planner
from planner_gui.core import document as document_module
from planner_gui.core import planfile
from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import PlanError, PlanFileError, ReadOnlyPlan
from planner_gui.exchange.ballots import BallotFileError, import_ballots, write_ballots
from planner_gui.exchange.plan_import import import_plan
from planner_gui.exchange.plan_workbook import write_plan_workbook

BIG = "x" * 200_000  # a text that needs new pages in the file


@pytest.fixture
def exported(doc: PlanDocument, tmp_path: Path) -> Path:
    out = tmp_path / "exported" / "revised.xlsx"
    out.parent.mkdir()
    write_plan_workbook(doc, out)
    import openpyxl

    openpyxl.load_workbook(out).save(out)  # as a spreadsheet program saves it: each sheet says its size first
    return out


def goals_in_file(path: Path) -> list[tuple[str, str]]:
    return committed(path, "SELECT number, title FROM goal ORDER BY position, id")


# ------------------------------------------------------------------ editing


def test_an_edit_on_a_full_disk_is_refused_whole_and_the_next_one_lands_once_there_is_room(
    doc: PlanDocument,
) -> None:
    before = goals_in_file(doc.path)
    set_disk_room(doc, 0)

    with pytest.raises(PlanFileError) as caught, doc.transaction():  # an edit of several rows: all of it or none
        goal = doc.structure.add_goal("5", "A goal")
        doc.structure.add_objective(goal, "17", "Its objective", BIG)

    assert str(caught.value) == (
        "The change could not be saved: the disk is full. The plan is as it was before this change."
    )
    assert goals_in_file(doc.path) == before
    assert [g.number for g in doc.structure.goals()] == ["1", "2", "3", "4"]  # what the program shows agrees
    assert doc.integrity_problems() == []
    set_disk_room(doc, None)
    goal = doc.structure.add_goal("5", "A goal", BIG)
    assert goals_in_file(doc.path)[-1] == ("5", "A goal")
    assert committed(doc.path, "PRAGMA integrity_check") == [("ok",)]


def test_an_edit_after_the_stick_was_pulled_is_refused_with_a_message(doc: PlanDocument, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    path = stick / "board.retreat"
    doc.save_copy(path)
    on_stick = PlanDocument.open(path)
    try:
        for entry in stick.iterdir():
            entry.unlink()
        stick.rmdir()
        with pytest.raises(PlanFileError) as caught:
            on_stick.structure.add_goal("5", "Typed after the stick was pulled")
        assert str(caught.value).startswith("The change could not be saved: ")
        assert str(caught.value).endswith("The plan is as it was before this change.")
        assert [g.number for g in on_stick.structure.goals()] == ["1", "2", "3", "4"]  # the window still shows the plan
    finally:
        on_stick.close()


def test_an_edit_after_the_plan_file_was_deleted_is_refused_not_lost_silently(doc: PlanDocument) -> None:
    doc.path.unlink()
    with pytest.raises(PlanFileError, match="could not be saved"):
        doc.structure.add_goal("5", "Would go nowhere")
    assert [g.number for g in doc.structure.goals()] == ["1", "2", "3", "4"]


def test_a_stick_write_protected_while_the_plan_is_open_refuses_edits_and_takes_them_again_after(
    doc: PlanDocument,
) -> None:
    before = doc.path.read_bytes()
    with write_protected(doc.path.parent), pytest.raises(PlanFileError) as caught:
        doc.structure.add_goal("5", "Refused")  # SQLite can't make the journal beside the plan
    assert str(caught.value).startswith("The change could not be saved: ")
    assert doc.path.read_bytes() == before
    doc.structure.add_goal("5", "Accepted")
    assert goals_in_file(doc.path)[-1] == ("5", "Accepted")


@pytest.mark.parametrize("what", ["the file", "its folder"])
def test_a_plan_on_a_write_protected_stick_opens_only_read_only_and_is_not_touched(
    sample_plan: Path, what: str
) -> None:
    before = folder_bytes(sample_plan.parent)
    with write_protected(sample_plan if what == "the file" else sample_plan.parent):
        with pytest.raises(ReadOnlyPlan, match="write-protected stick"):
            PlanDocument.open(sample_plan)
        snapshot = PlanDocument.open_snapshot(sample_plan)
        try:
            with pytest.raises(ReadOnlyPlan, match="open read-only"):
                snapshot.structure.add_goal("5")
            assert len(snapshot.structure.objectives()) == 16
        finally:
            snapshot.close()
    assert folder_bytes(sample_plan.parent) == before


# ------------------------------------------------------------------ importing a plan


def test_an_import_that_fills_the_disk_makes_no_plan_and_leaves_nothing(
    exported: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    connect = planfile.connect_raw
    empty = tmp_path / "empty.retreat"
    PlanDocument.create(empty).close()
    room = committed(empty, "PRAGMA page_count")[0][0]  # the schema fits, not one page more
    empty.unlink()

    def small_disk(path: Path, **options: Any) -> sqlite3.Connection:
        conn = connect(path, **options)
        if str(path).endswith(".creating"):
            conn.execute(f"PRAGMA max_page_count={room}")
        return conn

    monkeypatch.setattr(document_module, "connect_raw", small_disk)
    monkeypatch.setattr(planfile, "connect_raw", small_disk)
    folder = tmp_path / "plans"
    folder.mkdir()

    with pytest.raises(PlanFileError, match="the disk is full"):
        import_plan(folder / "new.retreat", exported)

    assert os.listdir(folder) == []


def test_an_import_whose_rename_fails_makes_no_plan(
    exported: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(document_module.os, "replace", no_space)
    with pytest.raises(PlanFileError, match="The plan could not be created: No space left on device"):
        import_plan(tmp_path / "new.retreat", exported)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exported", "sample.retreat"]


def cannot_make_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite can't make the new plan's file, as in a folder you may not write to (root may, so it is played)."""

    def refuse(path: Path, **options: Any) -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(document_module, "connect_raw", refuse)


@pytest.mark.parametrize("command", ["new", "import-plan"])
def test_a_new_plan_in_a_folder_you_may_not_write_is_refused_in_one_line(
    exported: Path, tmp_path: Path, command: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from planner_gui.cli import main

    folder = tmp_path / "shared"
    folder.mkdir()
    cannot_make_files(monkeypatch)
    args = [str(folder / "new.retreat"), *([str(exported)] if command == "import-plan" else [])]
    assert main([command, *args]) == 1
    err = capsys.readouterr().err
    assert err.startswith("planner-gui: error: ") and len(err.splitlines()) == 1
    assert os.listdir(folder) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere (the test above plays it)")
def test_a_new_plan_in_a_folder_you_may_not_write_is_refused_for_real(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    with write_protected(folder):
        result = planner("new", folder / "new.retreat", cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert os.listdir(folder) == []


def pull_the_stick_once_opened(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every read of a workbook's parts fails with EIO once it has been opened (checked, and its sheets found)."""
    from planner_gui.exchange import ballots, plan_import

    opened = plan_import.open_workbook

    def failing(part: zipfile.ZipExtFile, *args: Any) -> bytes:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    def open_then_pull(*args: Any, **kwargs: Any) -> Any:
        wb = opened(*args, **kwargs)
        monkeypatch.setattr(zipfile.ZipExtFile, "read", failing)
        monkeypatch.setattr(zipfile.ZipExtFile, "read1", failing)
        return wb

    monkeypatch.setattr(plan_import, "open_workbook", open_then_pull)
    monkeypatch.setattr(ballots, "open_workbook", open_then_pull)


def test_a_workbook_pulled_away_half_read_is_refused_with_a_message(
    exported: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pull_the_stick_once_opened(monkeypatch)
    with pytest.raises(PlanError, match=r"revised\.xlsx"):
        import_plan(tmp_path / "new.retreat", exported)
    assert not (tmp_path / "new.retreat").exists()


def test_a_workbook_that_vanished_before_it_was_read_is_refused_with_a_message(exported: Path, tmp_path: Path) -> None:
    exported.unlink()
    with pytest.raises(PlanError, match=r"revised\.xlsx can't be read: No such file or directory"):
        import_plan(tmp_path / "new.retreat", exported)
    assert not (tmp_path / "new.retreat").exists()


# ------------------------------------------------------------------ importing ballots


def filled_ballots(doc: PlanDocument, folder: Path) -> list[Path]:
    import openpyxl

    from planner_gui.exchange.ballots import SHEET

    folder.mkdir()
    for name in ("Priya Raman", "Jorge Castillo"):
        doc.ranking.restore_ballot(doc.ranking.find_member(name).id, None)  # type: ignore[union-attr]
    paths = write_ballots(doc, folder, ["Priya Raman", "Jorge Castillo"])
    for path in paths:
        wb = openpyxl.load_workbook(path)
        for row in range(7, 23):
            wb[SHEET].cell(row, 3, "Low")
            wb[SHEET].cell(row, 4, f"A long comment on row {row}. " * 200)  # new pages in the plan file
        wb.save(path)
    return paths


def ballots_in_file(path: Path) -> list[tuple[Any, ...]]:
    return committed(path, "SELECT * FROM ballot_vote ORDER BY ballot_id, objective_id")


def test_ballots_recorded_on_a_full_disk_are_refused_and_the_plan_keeps_the_ballots_it_had(
    doc: PlanDocument, tmp_path: Path
) -> None:
    paths = filled_ballots(doc, tmp_path / "ballots")
    before = ballots_in_file(doc.path)
    set_disk_room(doc, 0)
    with pytest.raises(PlanFileError, match="the disk is full"):
        import_ballots(doc, paths)
    assert ballots_in_file(doc.path) == before
    set_disk_room(doc, None)
    report = import_ballots(doc, paths)
    assert [b.member_name for b in report.imported] == ["Priya Raman", "Jorge Castillo"]


def test_a_ballot_pulled_away_half_read_is_rejected_and_the_others_are_imported(
    doc: PlanDocument, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = filled_ballots(doc, tmp_path / "ballots")
    before = ballots_in_file(doc.path)
    pull_the_stick_once_opened(monkeypatch)
    report = import_ballots(doc, paths[:1])
    monkeypatch.undo()
    assert report.imported == [] and isinstance(report.rejected[0], BallotFileError)
    assert ballots_in_file(doc.path) == before
