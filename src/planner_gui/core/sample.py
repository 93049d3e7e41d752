"""The bundled sample plan: data in ``resources/sample/plan.json``, built into a fresh file.

The bundled data is never opened as a plan itself: every demo gets a new copy.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from planner_gui.core.document import PlanDocument
from planner_gui.core.plan_data import fill_from_data
from planner_gui.resources import resource_path


def sample_data() -> dict[str, Any]:
    with resource_path("sample", "plan.json").open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def write_sample(path: Path, *, overwrite: bool = False) -> PlanDocument:
    """Create a new plan file at ``path`` holding the sample plan, and open it."""
    data = sample_data()
    return PlanDocument.create(path, overwrite=overwrite, fill=lambda doc: fill_from_data(doc, data))
