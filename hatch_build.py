"""Hatch build hook: the window's translations compiled into the wheel (translations/*.ts -> .qm).

The .qm files are build output, never committed: this hook runs ``pyside6-lrelease``
(from PySide6-Essentials, a build requirement) through scripts/qt_translations.py
and puts each compiled catalogue at ``planner_gui/ui/translations/`` in the wheel,
where ``planner_gui.ui.language`` looks for it. An editable install is left alone:
``scripts/setup.sh`` compiles them in place for a checkout.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

ROOT = Path(__file__).resolve().parent


class TranslationsHook(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        sys.path.insert(0, str(ROOT / "scripts"))
        try:
            import qt_translations
        finally:
            sys.path.pop(0)
        self._out = tempfile.TemporaryDirectory(prefix="retreat-qm-")
        for qm in qt_translations.compile_all(Path(self._out.name)):
            build_data["force_include"][str(qm)] = f"planner_gui/ui/translations/{qm.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        out = getattr(self, "_out", None)
        if out is not None:
            out.cleanup()
