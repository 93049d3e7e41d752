"""The window starts with the cyclic garbage collector held, and hands it back frozen; nothing else touches it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner_gui import cli, collector


@pytest.fixture
def collector_as_found() -> Iterator[None]:
    """Whatever a test does to the collector, it is on again afterwards (frozen objects thawed)."""
    yield
    collector.release()
    gc.unfreeze()
    gc.enable()


@pytest.mark.usefixtures("collector_as_found")
def test_held_the_collector_is_off_and_released_it_is_on_with_start_up_frozen() -> None:
    gc.unfreeze()
    collector.hold()
    assert not gc.isenabled()
    made_while_held = [[n] for n in range(1000)]  # start-up's objects
    collector.release()
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(made_while_held)  # later collections skip them
    frozen = gc.get_freeze_count()
    collector.release()  # the fallback timer, after the painted page already released it: nothing more
    assert gc.get_freeze_count() == frozen
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_as_found")
def test_a_collector_someone_else_turned_off_stays_off() -> None:
    gc.unfreeze()
    gc.disable()
    collector.hold()
    collector.release()
    assert not gc.isenabled()
    assert gc.get_freeze_count() == 0  # freezing is only for a hold of its own


@pytest.mark.usefixtures("collector_as_found")
def test_headless_commands_run_with_the_collector_as_python_has_it(sample_plan: Path) -> None:
    gc.unfreeze()
    assert cli.main(["check", str(sample_plan)]) == 0
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
