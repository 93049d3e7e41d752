"""What the tests read from outside the program: a plan file as another program sees it, the CLI as a user runs it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any


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


def the_plan(doc: Any) -> dict[str, Any]:
    """Everything the plan workbook carries, less what export derives from the review's baseline (Changes)."""
    from planner_gui.exchange.plan_sheets import plan_tables

    tables = plan_tables(doc, today=date(2015, 1, 1))
    del tables["Changes"]
    return tables


def round_trip(doc: Any, folder: Path) -> Any:
    """``doc`` exported to a workbook in ``folder`` and read back as a new plan (open; close it)."""
    from planner_gui.exchange.plan_import import import_plan
    from planner_gui.exchange.plan_workbook import write_plan_workbook

    out = folder / "exported.xlsx"
    write_plan_workbook(doc, out)
    again = folder / "again.retreat"
    again.unlink(missing_ok=True)
    return import_plan(again, out)


def pdf_text(path: Path) -> str:
    """A PDF's words as pdftotext (Debian's poppler-utils) lays them out, runs of white space made one space."""
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.replace("\xa0", " ").split())
