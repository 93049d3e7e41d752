"""A child process for the leftover tests: makes a new plan over PLAN and stops half-way, until it is killed.

    python child_create.py PLAN

Prints "filling" once the new plan is being filled under its temporary name
(``.PLAN.PID.creating``), then waits there: a kill leaves that file behind.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from planner_gui.core.document import PlanDocument


def main() -> None:
    def fill(doc: PlanDocument) -> None:
        doc.structure.add_goal("1", "Half-made")
        print("filling", flush=True)
        time.sleep(600)

    PlanDocument.create(Path(sys.argv[1]), title="Never finished", overwrite=True, fill=fill).close()


if __name__ == "__main__":
    main()
