"""The bundled sample plan: data in ``resources/sample/plan.json``, built into a fresh file.

The bundled data is never opened as a plan itself: every demo gets a copy of
its own, in a folder the window chooses (see ``ui/plan_opener.py``). A copy the
facilitator has worked in is never written over: a fresh copy goes over an
*untouched* one (written here and not changed since) or under a new name. A
copy is known to be untouched by SQLite's file change counter, noted in the
folder's ``untouched.json`` when the copy is written: any commit to the copy
moves the counter on, whoever made it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

from planner_gui import PLAN_SUFFIX
from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import FileAccessError
from planner_gui.core.plan_data import fill_from_data
from planner_gui.core.planfile import change_counter
from planner_gui.core.safe_files import replace_into_place, temporary_path
from planner_gui.i18n import _
from planner_gui.resources import resource_path

COPY_STEM = "Sample plan"
MAX_COPIES = 200
_MARKS = "untouched.json"


def sample_data() -> dict[str, Any]:
    with resource_path("sample", "plan.json").open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def write_sample(path: Path, *, overwrite: bool = False) -> PlanDocument:
    """Create a new plan file at ``path`` holding the sample plan, and open it."""
    data = sample_data()
    return PlanDocument.create(path, overwrite=overwrite, fill=lambda doc: fill_from_data(doc, data))


# ------------------------------------------------------------------ sample copies
def copy_name(n: int) -> str:
    return f"{COPY_STEM}{PLAN_SUFFIX}" if n == 1 else f"{COPY_STEM} {n}{PLAN_SUFFIX}"


def sample_copies(folder: Path) -> list[Path]:
    """The sample copies in ``folder``, in the order of their names."""
    return [folder / copy_name(n) for n in range(1, MAX_COPIES + 1) if (folder / copy_name(n)).is_file()]


def is_untouched(path: Path) -> bool:
    """Whether ``path`` is a sample copy as written, with no change made to it since."""
    counter = change_counter(path)
    return counter is not None and _marks(path.parent).get(path.name) == counter


def worked_in_copies(folder: Path) -> list[Path]:
    """The sample copies someone has changed, the most recently changed first."""

    def changed_at(path: Path) -> float:
        with suppress(OSError):
            return path.stat().st_mtime
        return 0.0

    return sorted((p for p in sample_copies(folder) if not is_untouched(p)), key=changed_at, reverse=True)


def write_sample_copy(folder: Path, *, in_use: Callable[[Path], bool] = lambda _path: False) -> Path:
    """Write a fresh sample copy in ``folder`` and return its path.

    It goes over the first untouched copy that no window has open (``in_use``),
    or under the first free name: never over a copy someone worked in.
    """
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(1, MAX_COPIES + 1):
        path = folder / copy_name(n)
        if path.exists() and (not is_untouched(path) or in_use(path)):
            continue
        write_sample(path, overwrite=True).close()
        _mark(path)
        return path
    raise FileAccessError(
        _(
            "There are {count} copies of the sample plan in {folder}. "
            "Remove the ones you no longer need, then open the sample again."
        ).format(count=MAX_COPIES, folder=folder)
    )


def _marks(folder: Path) -> dict[str, int]:
    try:
        marks = json.loads((folder / _MARKS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): v for k, v in marks.items() if isinstance(v, int)} if isinstance(marks, dict) else {}


def _mark(path: Path) -> None:
    """Note ``path`` as untouched, as it is now (written whole, or not at all)."""
    counter = change_counter(path)
    folder = path.parent
    marks = {name: value for name, value in _marks(folder).items() if (folder / name).exists()}
    if counter is not None:
        marks[path.name] = counter
    target = folder / _MARKS
    tmp = temporary_path(target, "writing")
    try:
        tmp.write_text(json.dumps(marks, indent=1, sort_keys=True), encoding="utf-8")
        replace_into_place(tmp, target)
    except OSError:
        # Without the note the copy counts as worked in: it is kept, and the next fresh copy takes another name.
        with suppress(OSError):
            os.unlink(tmp)
