"""Files that are not plans: a clear message, the welcome screen, and the file left exactly as it was."""

from __future__ import annotations

import random
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_driver import plan_page

from planner_gui.plan_lock import lock_path_for
from planner_gui.ui.main_window import MainWindow


def random_bytes(path: Path) -> Path:
    path.write_bytes(random.Random(20260501).randbytes(16384))
    return path


def empty_file(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def folder(path: Path) -> Path:
    path.mkdir()
    (path / "notes.txt").write_text("not a plan")
    return path


def another_programs_database(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contact (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO contact (name) VALUES ('Ada')")
    conn.commit()
    conn.close()
    return path


def spreadsheet(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    return path


def cut_short_plan(path: Path) -> Path:
    from planner_gui.core.sample import write_sample

    whole = path.with_name("whole.retreat")
    write_sample(whole).close()
    path.write_bytes(whole.read_bytes()[:8192])
    whole.unlink()
    return path


BAD_FILES: list[tuple[str, Callable[[Path], Path], str]] = [
    ("random bytes", random_bytes, "is not a Retreat Planner plan"),
    ("an empty file", empty_file, "is empty"),
    ("a folder", folder, "is a folder"),
    ("another program's SQLite database", another_programs_database, "a database of another program"),
    ("a spreadsheet", spreadsheet, "looks like a spreadsheet"),
    ("a plan cut short", cut_short_plan, "cut short"),
]


def contents(path: Path) -> dict[str, bytes]:
    """Every byte under ``path`` (a file, or a folder's files)."""
    if path.is_dir():
        return {str(p.relative_to(path)): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}
    return {"": path.read_bytes()}


@pytest.mark.parametrize(("what", "make", "explained"), BAD_FILES, ids=[case[0] for case in BAD_FILES])
def test_opening_a_file_that_is_not_a_plan_explains_why_and_changes_nothing(
    window: MainWindow,
    tmp_path: Path,
    fake_dialogs: Any,
    what: str,
    make: Callable[[Path], Path],
    explained: str,
) -> None:
    path = make(tmp_path / "Board plan.retreat")
    before = contents(path)
    neighbours = sorted(p.name for p in tmp_path.iterdir())

    assert not window.open_path(path)

    [error] = fake_dialogs.take("show_error")
    assert error.title == "The plan could not be opened"
    assert explained in error.text
    assert "Board plan.retreat" in error.text
    assert "Traceback" not in error.text and "sqlite3." not in error.text
    assert window.plan is None
    assert window.central.currentWidget() is window.welcome
    assert window.windowTitle() == "Retreat Planner"
    assert contents(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == neighbours  # no lock, journal or backup left behind
    assert not lock_path_for(path).exists()
    assert window.prefs.recent_files() == []


def test_a_bad_file_opened_over_an_open_plan_leaves_the_window_exactly_as_it_was(
    window: MainWindow, sample_plan: Path, tmp_path: Path, fake_dialogs: Any
) -> None:
    assert window.open_path(sample_plan)
    plan, page = window.plan, plan_page(window)
    bad = empty_file(tmp_path / "empty.retreat")

    assert not window.open_path(bad)

    assert len(fake_dialogs.take("show_error")) == 1
    assert window.plan is plan and window.central.currentWidget() is window.workspace
    assert plan_page(window) is page and page.model is not None
    assert lock_path_for(sample_plan).exists()  # the plan that was open is still open, and still ours


def test_a_recent_plan_that_was_moved_away_is_explained_and_dropped_from_the_list(
    qtbot: Any, make_window: Callable[..., MainWindow], sample_plan: Path, fake_dialogs: Any
) -> None:
    first = make_window()
    assert first.open_path(sample_plan)
    first.close()
    sample_plan.rename(sample_plan.with_name("moved.retreat"))
    window = make_window()
    assert window.welcome.recent.count() == 1

    recent = window.welcome.recent
    assert "not found" in recent.item(0).toolTip()
    recent.setCurrentRow(0)
    recent.setFocus()
    qtbot.keyClick(recent, Qt.Key.Key_Return)

    [error] = fake_dialogs.take("show_error")
    assert "does not exist" in error.text
    assert window.welcome.recent.count() == 0
    assert window.prefs.recent_files() == []
