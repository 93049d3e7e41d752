"""What every child of the benchmark reports to ``run.py``, Qt-free: one ``BENCH {json}`` line, peak memory.

Each child also says which of its modules it imported with no bytecode to
read, compiled from source in the child itself: ``run.py`` compiles the
program first, as an installed wheel has it, so the list should be empty.
"""

from __future__ import annotations

import json
import os
import resource
import sys
from typing import Any


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB.

    VmHWM, the high-water mark of this program's own memory: ``ru_maxrss``
    would do on its own, but Linux keeps it across fork and exec, so a child
    of a large harness reports the harness's size as its own peak.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def uncompiled_modules() -> list[str]:
    """The modules of this process that were imported with no bytecode file to read: compiled from source here.

    The children run with ``PYTHONDONTWRITEBYTECODE=1``, so a module whose
    bytecode was missing still has none when this is asked.
    """
    missing = []
    for name, module in list(sys.modules.items()):
        cached = getattr(module, "__cached__", None)
        if cached and not os.path.exists(cached):
            missing.append(name)
    return sorted(missing)


def report(values: dict[str, Any]) -> None:
    """The child's one line for the harness: JSON, last on stdout (with the modules it compiled from source)."""
    values = {**values, "uncompiled": uncompiled_modules()}
    sys.stdout.write("BENCH " + json.dumps(values) + "\n")
    sys.stdout.flush()
