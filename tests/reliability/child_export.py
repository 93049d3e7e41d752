"""A child process for the kill tests: the revised-plan workbook written, saying where it has got to.

    python child_export.py PLAN OUT.xlsx

Prints "progress DONE TOTAL" as rows are written, "saving" when the workbook
is being put together under its temporary name, "saved", and "done" after the
rename. The announcements wrap the program's own steps and change nothing in them.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from openpyxl.workbook.workbook import Workbook

from planner_gui.core.document import PlanDocument
from planner_gui.exchange.plan_workbook import write_plan_workbook


def main() -> None:
    plan, out = Path(sys.argv[1]), Path(sys.argv[2])
    save = Workbook.save

    def announced(self: Any, filename: Any) -> None:
        print("saving", flush=True)
        save(self, filename)
        print("saved", flush=True)

    Workbook.save = announced  # type: ignore[method-assign]
    doc = PlanDocument.open(plan)
    print("start", flush=True)
    write_plan_workbook(doc, out, progress=lambda done, total: print(f"progress {done} {total}", flush=True))
    doc.close()
    print("done", flush=True)


if __name__ == "__main__":
    main()
