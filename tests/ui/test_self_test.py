"""``--self-test``: the window walks every step of a fresh sample plan, and says so; any error fails it."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QLibraryInfo, QStandardPaths

from planner_gui.resources import resources_dir
from planner_gui.ui import dialogs, plan_opener, settings
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.self_test import run_self_test
from planner_gui.ui.steps import STEPS

if TYPE_CHECKING:
    from conftest import ScriptedDialogs

SHOWN_LINES = [f"self-test: step {step.number} {step.title}: shown" for step in STEPS]


def steps(out: list[str]) -> list[str]:
    return [line for line in out if line.startswith("self-test: step ") and ", tab " not in line]


def run(window: MainWindow) -> tuple[int, list[str], list[str]]:
    out, err = io.StringIO(), io.StringIO()
    code = run_self_test(window, out=out, err=err)
    return code, out.getvalue().splitlines(), err.getvalue().splitlines()


def test_it_shows_every_step_of_a_fresh_sample_then_closes_the_window(window: MainWindow) -> None:
    code, out, err = run(window)

    assert (code, err) == (0, [])
    assert steps(out) == SHOWN_LINES
    samples = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)) / "samples"
    assert out[:4] == [
        f"self-test: resources: {resources_dir()}",
        f"self-test: Qt translations: {QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)}",
        "self-test: language: en (planner_en.qm)",  # the window's language and the catalogues it loaded
        f"self-test: opened the sample plan: {samples / 'Sample plan.retreat'}",
    ]
    assert out[-3:] == [
        "self-test: agenda: shown",
        "self-test: closed the plan and the window",
        f"self-test: passed: {len(STEPS)} steps, 0 failures",
    ]
    assert window.plan is None and not window.isVisible()
    assert window.prefs.plan_to_reopen() is None  # nor is the walk the place the room left a plan at
    assert window.prefs.get(settings.PLACES) == []


def test_it_visits_each_tab_of_a_step_that_has_tabs(window: MainWindow) -> None:
    code, out, _ = run(window)

    assert code == 0
    ranking = out.index("self-test: step 5 Ranking: shown")
    assert out[ranking + 1 : ranking + 8] == [
        "self-test: step 5 Ranking, tab Members: shown",
        "self-test: step 5 Ranking, tab Cast ballots: shown",
        "self-test: step 5 Ranking, tab Room voting: shown",
        "self-test: step 5 Ranking, tab Show of hands: shown",
        "self-test: step 5 Ranking, tab Results: shown",
        "self-test: step 5 Ranking, tab Chart: shown",
        "self-test: step 5 Ranking, tab Decisions: shown",
    ]


def test_an_exception_in_a_slot_fails_it_and_is_reported(window: MainWindow) -> None:
    def explode(row: int) -> None:
        if row == 3:
            raise RuntimeError("the flip chart fell over")

    window.workspace.step_changed.connect(explode)

    code, out, err = run(window)

    assert code == 1
    assert err[0] == "self-test: FAILED: Traceback (most recent call last):", err
    assert "RuntimeError: the flip chart fell over" in err
    assert out[-1] == f"self-test: failed: {len(STEPS)} steps, 1 failures", err
    assert steps(out) == SHOWN_LINES  # it went on to the end


def test_a_sample_that_does_not_open_fails_it_without_a_dialog(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, fake_dialogs: ScriptedDialogs
) -> None:
    def no_sample(parent: Any, folder: Path, *, ask: bool) -> None:
        dialogs.show_error(parent, "The sample could not be opened", "The disk is full.")

    monkeypatch.setattr(plan_opener, "choose_sample_copy", no_sample)

    code, out, err = run(window)

    assert code == 1
    assert err == [
        "self-test: FAILED: the program wanted a dialog (show_error): "
        "The sample could not be opened / The disk is full.",
        "self-test: FAILED: the sample plan did not open",
    ]
    assert steps(out) == []
    assert fake_dialogs.calls == []  # the self-test answered it; no dialog reached the screen


def test_it_puts_back_the_exception_hook_and_the_dialogs(window: MainWindow, fake_dialogs: ScriptedDialogs) -> None:
    hook = sys.excepthook
    shown = dialogs.show_error

    run(window)

    assert sys.excepthook is hook
    assert dialogs.show_error is shown
