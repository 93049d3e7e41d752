"""Test configuration shared by every test.

Qt runs offscreen (set here, before anything imports Qt; a run may ask for
offscreen with options, such as a file of several screens), and the program's
settings and data go to a throwaway folder, never the developer's own.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if not os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen:"):  # offscreen with options (screens) is kept
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
_SANDBOX = Path(tempfile.mkdtemp(prefix="retreat-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "data")
os.environ["XDG_CACHE_HOME"] = str(_SANDBOX / "cache")
os.environ.setdefault("XDG_RUNTIME_DIR", str(_SANDBOX / "runtime"))
Path(os.environ["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, parents=True, exist_ok=True)
# The person's language is English unless a test says otherwise, whatever the machine's: the command line
# (run as a process) reads it from these, and the autouse fixture below sets it for the tests' own process.
for _name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_name, None)
os.environ["LANG"] = "C.UTF-8"

import pytest  # noqa: E402

if TYPE_CHECKING:
    from planner_gui.core.document import PlanDocument

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _english_unless_told() -> Iterator[None]:
    """Every test starts and ends in English (a test may speak another language in between)."""
    from planner_gui import i18n

    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def sample_plan(tmp_path: Path) -> Path:
    """A fresh copy of the sample plan, closed, ready to open."""
    from planner_gui.core.sample import write_sample

    path = tmp_path / "sample.retreat"
    write_sample(path).close()
    return path


@pytest.fixture
def doc(sample_plan: Path) -> Iterator[PlanDocument]:
    """The sample plan, open for editing; closed after the test."""
    from planner_gui.core.document import PlanDocument

    document = PlanDocument.open(sample_plan)
    yield document
    document.close()
