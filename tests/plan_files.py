"""What the tests read from outside the program: a plan file as another program sees it, the CLI as a user runs it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path


def committed(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    """Rows another program reading the plan file sees now: committed data only, read-only."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def planner(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``planner-gui ARGS`` run as a real process, as a user types it."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "planner_gui", *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
