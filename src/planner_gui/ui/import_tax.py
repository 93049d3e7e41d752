"""Spare the Qt-free libraries PySide6's look at every module imported after it.

PySide6 hooks ``import``: each module imported after it has its source read,
to see whether it mentions "PySide6" and so should default to none of the
opt-in ``__feature__`` syntaxes (``snake_case``, ``true_property``), which
this program never uses. Reading SQLAlchemy's hundred-odd modules, openpyxl's
and the standard library's for that costs 60–90 ms between the window's first
frame and the plan on it, and keeps their text in memory (20 MB). Those never
use Qt, and none of this program's own modules opts in to a feature, so they
are answered without being read; any other module is still read, as PySide does.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (installs the hook adjusted here)

QT_FREE_PACKAGES = frozenset(
    {"sqlalchemy", "alembic", "openpyxl", "et_xmlfile", "defusedxml", "mako", "greenlet", "typing_extensions"}
    | set(sys.stdlib_module_names)
)


def spare_qt_free_modules() -> bool:
    """Answer PySide's question for Qt-free modules without reading them; False if this PySide asks no such thing."""
    feature = sys.modules.get("shibokensupport.feature")
    reads_source = getattr(feature, "_mod_uses_pyside", None)
    if reads_source is None:
        return False
    if getattr(reads_source, "spares_qt_free", False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        package = str(getattr(module, "__name__", "")).partition(".")[0]
        if package == "planner_gui":
            return True  # ours: none opts in to a feature, so each gets PySide's default, no feature
        if package in QT_FREE_PACKAGES:
            return False  # as reading it would have said
        return bool(reads_source(module))

    uses_pyside.spares_qt_free = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    return True
