"""PySide6 reads the source of every module imported after it; the Qt-free libraries are spared that.

It only decides each module's default for PySide's opt-in ``__feature__``
syntax, which the program never uses: the answers must be the ones reading
would give for the libraries (no Qt), and "no feature" for the program's own.
"""

from __future__ import annotations

import inspect
import subprocess
import sys
import textwrap
from types import ModuleType

import pytest

import planner_gui.ui  # noqa: F401  (spares the Qt-free modules)
from planner_gui.ui.import_tax import spare_qt_free_modules

feature = sys.modules["shibokensupport.feature"]


def test_a_qt_free_library_is_answered_without_reading_its_source(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_reading(*args: object) -> str:
        raise AssertionError("the module's source was read")

    monkeypatch.setattr(inspect, "getsource", no_reading)
    import openpyxl
    import sqlalchemy.orm

    assert spare_qt_free_modules()  # already done: nothing changes
    for module in (sqlalchemy.orm, openpyxl, inspect):
        assert feature._mod_uses_pyside(module) is False  # what reading it says: it never mentions PySide6
    import planner_gui.core.document

    assert feature._mod_uses_pyside(planner_gui.core.document) is True  # ours: PySide's default, no feature


def test_any_other_module_is_still_read_as_pyside_reads_it() -> None:
    uses_qt = ModuleType("somebody_elses_widgets")
    uses_qt.__file__ = __file__  # this file mentions PySide6
    plain = ModuleType("somebody_elses_maths")
    plain.__file__ = inspect.getfile(textwrap)
    assert feature._mod_uses_pyside(uses_qt) is True
    assert feature._mod_uses_pyside(plain) is False


def test_the_window_imports_sqlalchemy_without_reading_it() -> None:
    # In a fresh interpreter, as the program starts: the window, then the core after its first frame.
    code = textwrap.dedent(
        """
        import inspect, sys
        read = []
        getsource = inspect.getsource
        inspect.getsource = lambda obj, *a: read.append(obj.__name__) or getsource(obj, *a)
        import planner_gui.ui.main_window
        import planner_gui.core.document
        print(sorted(name for name in read if name.split(".")[0] in ("sqlalchemy", "planner_gui", "json")))
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == "[]", done.stdout + done.stderr
