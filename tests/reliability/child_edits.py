"""A child process for the kill tests: holds the plan as the window does and edits it, saying "ack N" after each commit.

    python child_edits.py PLAN COUNT [HOLD]

With HOLD, edit HOLD stops inside its transaction, after its rows have spilled
into the file (a one-page cache), and says "inside HOLD": a kill then finds
the file changed under a hot journal. With HOLD -1, it makes its COUNT edits,
says "idle" and keeps the plan open (and locked) between edits, as a window does.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from edit_sequence import apply_edit

from planner_gui.core.document import PlanDocument
from planner_gui.plan_lock import PlanLock


def main() -> None:
    path, count = Path(sys.argv[1]), int(sys.argv[2])
    hold = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    lock = PlanLock(path)
    if not lock.acquire():
        sys.exit("the plan is locked by another program")
    doc = PlanDocument.open(path)
    if hold > 0:
        doc.session.connection().exec_driver_sql("PRAGMA cache_size=1")
        doc.session.commit()
    print("ready", flush=True)
    for n in range(1, count + 1):
        if n == hold:
            with doc.transaction():
                apply_edit(doc, n)
                doc.session.flush()
                print(f"inside {n}", flush=True)
                time.sleep(600)
        apply_edit(doc, n)
        print(f"ack {n}", flush=True)
    if hold < 0:
        print("idle", flush=True)
        time.sleep(600)
    doc.close()
    lock.release()
    print("done", flush=True)


if __name__ == "__main__":
    main()
