"""One locator for the files in ``resources/`` (icons, sample plan, styles).

The same call finds them in the three ways the program runs:

* frozen by PyInstaller: ``resources/`` inside the bundle (``sys._MEIPASS``);
* installed from a wheel: ``planner_gui/resources/`` inside the package;
* from a source checkout (or an editable install): ``resources/`` at the
  top of the repository, two folders above this file.

Qt-free, so the command line and the core can use it too.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

MARKER = "RESOURCES.txt"


class ResourcesMissing(RuntimeError):
    pass


def candidate_dirs() -> list[Path]:
    here = Path(__file__).resolve().parent
    candidates: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(here / "resources")
    candidates.append(here.parent.parent / "resources")
    return candidates


@cache
def resources_dir() -> Path:
    for candidate in candidate_dirs():
        if (candidate / MARKER).is_file():
            return candidate
    tried = ", ".join(str(c) for c in candidate_dirs())
    raise ResourcesMissing(f"The program's resources folder is missing (looked in {tried}). Reinstall the program.")


def resource_path(*parts: str) -> Path:
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise ResourcesMissing(f"The program's resource {'/'.join(parts)} is missing. Reinstall the program.")
    return path
