"""The same faults on real disks: a small tmpfs that fills up (ENOSPC), as a stick that runs out of room.

These need root to mount (as CI runs); elsewhere they are skipped, and the
monkeypatched variants in test_faults_*.py stand for them. Each fault comes from
the kernel itself, at whatever point the program's writing meets it.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from reliability_tools import folder_bytes, refusal, small_disk
from ui_driver import click, file_plan_fields, plan_page, replace_text

from plan_files import committed
from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import FileAccessError, PlanFileError
from planner_gui.exchange.plan_import import import_plan
from planner_gui.exchange.plan_workbook import write_plan_workbook
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.pages.export_page import ExportPage


@pytest.fixture
def stick(tmp_path: Path) -> Iterator[Path]:
    """A stick with 16 KB free: too small for the sample plan (about 190 KB) or its workbook (about 30 KB)."""
    with small_disk(tmp_path / "stick", 16) as folder:
        yield folder


def test_a_copy_onto_a_full_stick_says_the_disk_is_full_and_leaves_nothing_there(
    doc: PlanDocument, stick: Path
) -> None:
    with pytest.raises(FileAccessError) as caught:
        doc.save_copy(stick / "copy.retreat")
    assert str(caught.value) == (
        f"The copy could not be written to {stick / 'copy.retreat'}: the disk is full. Nothing was written there."
    )
    assert os.listdir(stick) == []
    doc.structure.add_goal("5", "Still saved here")
    assert committed(doc.path, "SELECT count(*) FROM goal") == [(5,)]


# openpyxl leaves its ZipFile open when writing fails; Python closes it later and reports that it could not
# (ENOSPC again): harmless here, but see the report (on Windows the open file keeps its temporary name alive).
UNCLOSED_ZIP = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")


@UNCLOSED_ZIP
def test_an_export_onto_a_full_stick_says_so_and_leaves_nothing_there(doc: PlanDocument, stick: Path) -> None:
    with pytest.raises(FileAccessError) as caught:
        write_plan_workbook(doc, stick / "revised.xlsx")
    assert str(caught.value) == (
        f"The workbook could not be written to {stick / 'revised.xlsx'}: No space left on device. "
        "Nothing was written there."
    )
    gc.collect()  # openpyxl's unclosed zip goes now, while its warning is expected
    assert os.listdir(stick) == []


def test_a_new_plan_on_a_full_stick_is_not_made_and_says_why(
    doc: PlanDocument, stick: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from planner_gui.cli import main

    source = tmp_path / "revised.xlsx"
    write_plan_workbook(doc, source)
    assert "disk is full" in refusal(lambda: import_plan(stick / "new.retreat", source))
    assert os.listdir(stick) == []
    try:
        code = main(["new", str(stick / "new.retreat")])
    except Exception as error:
        pytest.fail(f"{type(error).__name__} escaped `planner-gui new`: {error}", pytrace=False)
    assert code == 1
    assert capsys.readouterr().err.startswith("planner-gui: error: ")
    assert os.listdir(stick) == []


def test_edits_on_a_stick_that_fills_up_stop_whole_and_go_on_once_there_is_room(
    sample_plan: Path, tmp_path: Path
) -> None:
    with small_disk(tmp_path / "stick", sample_plan.stat().st_size // 1024 + 160) as stick:
        path = stick / "board.retreat"
        path.write_bytes(sample_plan.read_bytes())
        room = stick / "holiday photos.jpg"
        room.write_bytes(bytes(64 * 1024))  # something else on the stick, to delete later
        doc = PlanDocument.open(path)
        try:
            added = 0
            with pytest.raises(PlanFileError) as caught:
                for added in range(1, 100):
                    doc.structure.add_goal(f"G{added}", "A goal", f"A long description, number {added}. " * 400)
            assert str(caught.value).startswith("The change could not be saved: ")
            assert str(caught.value).endswith("The plan is as it was before this change.")
            assert added > 1  # some went in before the stick was full
            numbers = [g.number for g in doc.structure.goals()]
            assert numbers == ["1", "2", "3", "4", *(f"G{n}" for n in range(1, added))]
            assert committed(path, "SELECT count(*) FROM goal") == [(3 + added,)]
            assert committed(path, "PRAGMA integrity_check") == [("ok",)]
            room.unlink()
            doc.structure.add_goal("Last", "Added once there was room")
            assert committed(path, "SELECT title FROM goal WHERE number = 'Last'") == [("Added once there was room",)]
        finally:
            doc.close()
        assert committed(path, "PRAGMA integrity_check") == [("ok",)]


@UNCLOSED_ZIP
def test_an_export_onto_a_full_stick_from_the_window_says_so_and_the_plan_takes_edits(
    qtbot: Any, sample_window: MainWindow, fake_dialogs: Any, stick: Path
) -> None:
    row = next(i for i, page in enumerate(sample_window.workspace.pages) if isinstance(page, ExportPage))
    sample_window.workspace.go_to(row)
    fake_dialogs.answer("ask_save_path", stick / "revised.xlsx")

    click(qtbot, sample_window.workspace.pages[row].export_button)  # type: ignore[attr-defined]

    [error] = fake_dialogs.take("show_error")
    assert error.title == "The workbook was not written"
    assert "No space left on device" in error.text
    gc.collect()  # openpyxl's unclosed zip goes now, while its warning is expected
    assert folder_bytes(stick) == {}
    sample_window.workspace.go_to(0)
    replace_text(qtbot, plan_page(sample_window).plan_fields.fields["period"], "2016-2020")
    assert sample_window.plan is not None
    assert file_plan_fields(sample_window.plan.doc.path)["period"] == "2016-2020"
