"""Opening never costs work: the sample copy worked in is kept, and a refused file closes nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from ui_driver import click

from planner_gui.core.document import PlanDocument
from planner_gui.core.sample import is_untouched
from planner_gui.plan_lock import lock_path_for
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.plan_files import sample_folder


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Sample copies go to this test's own folder, as they would to a user's data folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    yield tmp_path / "data"


def work_in(window: MainWindow) -> Path:
    """A rehearsal's work in the open plan: a member, a decision; returns the plan's path."""
    assert window.plan is not None
    doc = window.plan.doc
    doc.ranking.add_member("Rehearsal Member")
    doc.ranking.set_decision(doc.structure.objectives()[0].id, priority="low", rationale="Decided in the rehearsal")
    return doc.path


def holds_the_work(path: Path) -> bool:
    doc = PlanDocument.open_snapshot(path)
    try:
        decided = doc.structure.objectives()[0]
        return (
            doc.ranking.find_member("Rehearsal Member") is not None and decided.rationale == "Decided in the rehearsal"
        )
    finally:
        doc.close()


def test_opening_the_sample_again_offers_the_copy_worked_in_first(
    qtbot: Any, window: MainWindow, fake_dialogs: Any
) -> None:
    click(qtbot, window.welcome.sample_button)
    worked = work_in(window)
    window.close_plan()
    fake_dialogs.answer("ask_choice", "Continue in My Copy")

    click(qtbot, window.welcome.sample_button)

    [question] = fake_dialogs.take("ask_choice")
    assert f"“{worked.stem}”" in question.text and "kept either way" in question.text
    assert window.plan is not None and window.plan.doc.path == worked
    assert holds_the_work(worked)


def test_a_fresh_sample_gets_a_new_name_and_the_copy_worked_in_is_kept(window: MainWindow, fake_dialogs: Any) -> None:
    assert window.open_sample()
    worked = work_in(window)
    fake_dialogs.answer("ask_choice", "Start a Fresh Copy")

    window.sample_action.trigger()  # File > Open Sample Plan, with the worked-in copy still open

    assert window.plan is not None and window.plan.doc.path != worked
    assert window.plan.doc.ranking.find_member("Rehearsal Member") is None  # a fresh sample
    assert is_untouched(window.plan.doc.path)
    assert holds_the_work(worked)
    assert worked in window.prefs.recent_files() and window.plan.doc.path in window.prefs.recent_files()


def test_cancelling_the_question_changes_nothing(window: MainWindow, fake_dialogs: Any) -> None:
    assert window.open_sample()
    worked = work_in(window)
    plan = window.plan
    fake_dialogs.answer("ask_choice", None)

    window.sample_action.trigger()

    assert window.plan is plan
    assert sorted(p.name for p in sample_folder().glob("*.retreat")) == [worked.name]


def test_the_demo_opens_a_fresh_copy_without_touching_the_copy_worked_in(make_window: Any, fake_dialogs: Any) -> None:
    first = make_window()
    assert first.open_sample(fresh=True)
    worked = work_in(first)
    first.close()

    again = make_window()
    assert again.open_sample(fresh=True)  # what ``planner-gui --demo`` does

    assert again.plan is not None and again.plan.doc.path != worked
    assert fake_dialogs.of("ask_choice") == []
    assert holds_the_work(worked)


def test_an_untouched_sample_copy_is_reused_rather_than_piling_up(window: MainWindow) -> None:
    assert window.open_sample(fresh=True)
    first = window.plan.doc.path if window.plan else None
    window.close_plan()  # opened, looked at, closed: nothing changed

    assert window.open_sample()  # no question: nothing was worked in

    assert window.plan is not None and window.plan.doc.path == first
    assert [p.name for p in sample_folder().glob("*.retreat")] == [first.name if first else ""]


def test_the_self_test_of_the_demo_leaves_a_copy_worked_in_alone(tmp_path: Path, own_data_folder: Path) -> None:
    """``--demo`` and ``--self-test`` go the same way: a real process, over a folder holding a rehearsal."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(own_data_folder)}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    command = [sys.executable, "-m", "planner_gui", "--self-test"]
    assert subprocess.run(command, env=env, capture_output=True, timeout=120).returncode == 0
    [worked] = list(own_data_folder.rglob("Sample plan.retreat"))
    doc = PlanDocument.open(worked)
    doc.ranking.add_member("Rehearsal Member")
    doc.ranking.set_decision(doc.structure.objectives()[0].id, priority="low", rationale="Decided in the rehearsal")
    doc.close()

    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)

    assert done.returncode == 0, done.stderr
    assert holds_the_work(worked)
    assert "Sample plan 2.retreat" in done.stdout  # the self-test's fresh copy went beside it


def test_the_welcome_screen_lists_the_sample_copy_and_keeps_it_as_a_plan_of_ones_own(
    qtbot: Any, window: MainWindow, tmp_path: Path, fake_dialogs: Any
) -> None:
    assert window.open_sample()
    worked = work_in(window)
    window.close_plan()
    welcome = window.welcome
    assert welcome.recent.item(0).text().endswith("a copy of the sample plan")
    assert welcome.keep_sample_button.isVisible()
    mine = tmp_path / "Board retreat.retreat"
    fake_dialogs.answer("ask_save_path", mine)

    click(qtbot, welcome.keep_sample_button)

    assert window.plan is not None and window.plan.doc.path == mine
    assert holds_the_work(mine) and holds_the_work(worked)
    assert "sample" not in window.windowTitle()


def test_the_file_menu_keeps_an_open_sample_copy_as_a_plan_of_ones_own(
    window: MainWindow, tmp_path: Path, fake_dialogs: Any
) -> None:
    assert not window.keep_sample_action.isVisible()
    assert window.open_sample()
    assert window.keep_sample_action.isVisible() and "(a copy of the sample)" in window.windowTitle()
    work_in(window)
    mine = tmp_path / "Board retreat.retreat"
    fake_dialogs.answer("ask_save_path", mine)

    window.keep_sample_action.trigger()

    [asked] = fake_dialogs.take("ask_save_path")
    assert asked.text.endswith("My plan.retreat") and "samples" not in asked.text
    assert window.plan is not None and window.plan.doc.path == mine and holds_the_work(mine)
    assert not window.keep_sample_action.isVisible()


def test_a_workbook_opened_as_a_plan_is_refused_and_the_open_plan_stays(
    window: MainWindow, sample_plan: Path, tmp_path: Path, fake_dialogs: Any
) -> None:
    assert window.open_path(sample_plan)
    window.workspace.go_to(3)
    plan = window.plan
    assert plan is not None
    plan.doc.ranking.add_member("Still Here")
    workbook = tmp_path / "plan.xlsx"
    openpyxl.Workbook().save(workbook)
    fake_dialogs.answer("ask_open_path", workbook)

    window.open_action.trigger()

    [refusal] = fake_dialogs.take("show_error")
    assert "looks like a spreadsheet" in refusal.text
    assert "ends in .retreat" in refusal.text and "File > New from Spreadsheet…" in refusal.text
    assert window.plan is plan and window.workspace.current() == 3
    assert lock_path_for(sample_plan).exists()
    assert plan.doc.ranking.find_member("Still Here") is not None
    assert workbook not in window.prefs.recent_files()
