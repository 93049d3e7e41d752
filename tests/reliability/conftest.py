"""Fixtures for the reliability suite: the GUI tests' scripted dialogs and windows, and big plans built once.

The GUI fixtures are the ones of ``tests/ui/conftest.py``, loaded from there
(not copied): every test here runs with ``fake_dialogs``, so no real modal
dialog opens and any error dialog a test did not look at fails it.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from reliability_tools import RUNNING, big_plan_data

UI_TESTS = Path(__file__).resolve().parents[1] / "ui"
if str(UI_TESTS) not in sys.path:
    sys.path.append(str(UI_TESTS))  # ui_driver, which the window fixtures use


def _load_ui_fixtures() -> Any:
    spec = importlib.util.spec_from_file_location("ui_fixtures_for_reliability", UI_TESTS / "conftest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


_ui = _load_ui_fixtures()
ScriptedDialogs = _ui.ScriptedDialogs
fake_dialogs = _ui.fake_dialogs
settings_file = _ui.settings_file
make_prefs = _ui.make_prefs
make_window = _ui.make_window
window = _ui.window
sample_window = _ui.sample_window


@pytest.fixture(autouse=True)
def no_child_left_behind() -> Iterator[None]:
    """Kill any child process a test started and did not end (when it failed half-way)."""
    yield
    while RUNNING:
        child = RUNNING.pop()
        if child.process.poll() is None:
            child.process.kill()
        child.process.wait()


@pytest.fixture(scope="session")
def big_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed plan of 800 objectives, built once; copy it before changing it."""
    from planner_gui.core.document import PlanDocument
    from planner_gui.core.plan_data import fill_from_data

    path = tmp_path_factory.mktemp("big") / "big.retreat"
    data = big_plan_data()
    PlanDocument.create(path, fill=lambda doc: fill_from_data(doc, data, baseline="as given")).close()
    return path


@pytest.fixture(scope="session")
def big_workbook(big_plan: Path) -> Path:
    """The big plan exported, built once: a workbook whose import takes long enough to be killed half-way."""
    from planner_gui.core.document import PlanDocument
    from planner_gui.exchange.plan_workbook import write_plan_workbook

    out = big_plan.with_name("big.xlsx")
    doc = PlanDocument.open_snapshot(big_plan)
    try:
        write_plan_workbook(doc, out)
    finally:
        doc.close()
    return out


@pytest.fixture
def doc(sample_plan: Path) -> Iterator[Any]:
    """The sample plan open for editing, with Mei Tanaka's ballot taken back: hers is the ballot a test brings."""
    from planner_gui.core.document import PlanDocument

    document = PlanDocument.open(sample_plan)
    document.ranking.restore_ballot(document.ranking.find_member("Mei Tanaka").id, None)  # type: ignore[union-attr]
    yield document
    document.close()


@pytest.fixture
def blank_ballot(doc: Any, tmp_path: Path) -> Path:
    """Mei Tanaka's ballot as written for the sample plan, not filled in."""
    from planner_gui.exchange.ballot_writing import write_ballots

    out = tmp_path / "written"
    out.mkdir()
    [path] = write_ballots(doc, out, ["Mei Tanaka"])
    return Path(path)
