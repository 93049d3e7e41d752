"""A child process for the kill tests: a plan made from a workbook, saying where it has got to.

    python child_import.py TARGET SOURCE [--force]

Prints "start", "filling" (the workbook was read and checked; the new plan is
being filled under its temporary name), "filled" and "done". The announcements
wrap the program's own steps and change nothing in them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import planner_gui.exchange.plan_import as plan_import


def main() -> None:
    target, source = Path(sys.argv[1]), Path(sys.argv[2])
    fill = plan_import.fill_from_data

    def announced(doc: Any, data: dict[str, Any], **options: Any) -> None:
        print("filling", flush=True)
        fill(doc, data, **options)
        print("filled", flush=True)

    plan_import.fill_from_data = announced  # type: ignore[assignment]
    print("start", flush=True)
    doc = plan_import.import_plan(target, source, overwrite="--force" in sys.argv)
    doc.close()
    print("done", flush=True)


if __name__ == "__main__":
    main()
