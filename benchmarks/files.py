"""The spreadsheet costs, each beside its floor in the same process, taken in turns.

    python benchmarks/files.py export PLAN OUTDIR --repeat 5 [--cells CELLS.pickle]
    python benchmarks/files.py import PLAN BALLOTDIR WORKDIR --repeat 5

``export``: ``write_plan_workbook`` on the open plan against ``export_floor``
writing the same cells (every value, style, row height and sheet setting the
export wrote, caught in its first, untimed run) from memory, the program's
fastest way; the program's time is also split into reading the plan
(``plan_tables``) and the rest. ``--cells`` keeps the caught cells for
``export_floor.py`` run as a whole process.
``import``: ``import_ballots`` into a fresh copy of a plan whose members have
not voted, against openpyxl merely reading every ballot's cells (read-only,
values only). openpyxl is imported before either is timed, and a small
untimed round goes first (the template; one ballot), so both are measured
warm: what is timed is the work, not a module's first import.
One ``BENCH {json}`` line on stdout: the times in seconds, in the order taken.
"""

from __future__ import annotations

import argparse
import pickle
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
from child import report
from export_floor import record, write_book

from planner_gui.core.document import PlanDocument
from planner_gui.exchange import plan_workbook
from planner_gui.exchange.ballots import import_ballots


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _export(plan: Path, outdir: Path, repeat: int, cells: Path | None) -> dict[str, list[float]]:
    doc = PlanDocument.open_snapshot(plan)
    try:

        def app() -> None:
            plan_workbook.write_plan_workbook(doc, outdir / "app.xlsx")

        with record() as book:  # the first export, untimed: its cells, and every module's first use
            app()
        if cells is not None:
            with open(cells, "wb") as handle:
                pickle.dump(book, handle, protocol=pickle.HIGHEST_PROTOCOL)
        write_book(book, outdir / "floor.xlsx")  # warm, as the program is
        reading: list[float] = []
        plan_tables = plan_workbook.plan_tables

        def timed_tables(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return plan_tables(*args, **kwargs)
            finally:
                reading.append(time.perf_counter() - started)

        plan_workbook.plan_tables = timed_tables  # the program's time, split: reading the plan, then the rest
        times: dict[str, list[float]] = {"floor": [], "app": []}
        for _ in range(repeat):
            times["floor"].append(_timed(lambda: write_book(book, outdir / "floor.xlsx")))
            times["app"].append(_timed(app))
        plan_workbook.plan_tables = plan_tables
        return {**times, "app_read": reading, "cells": [float(book.cells)]}
    finally:
        doc.close()


def _import(plan: Path, ballots: Path, workdir: Path, repeat: int) -> dict[str, list[float]]:
    paths = sorted(ballots.glob("*.xlsx"))

    def floor(paths: list[Path] = paths) -> None:
        for path in paths:
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
            for ws in wb.worksheets:
                for _row in ws.iter_rows(values_only=True):
                    pass
            wb.close()

    def app(paths: list[Path] = paths) -> None:
        copy = workdir / "import.retreat"
        shutil.copyfile(plan, copy)
        doc = PlanDocument.open(copy)
        try:
            started = time.perf_counter()
            result = import_ballots(doc, paths)
            app_times.append(time.perf_counter() - started)
        finally:
            doc.close()
        if result.rejected or len(result.imported) != len(paths):
            raise SystemExit(f"ballots not imported: {result.rejected[:1]}")

    app_times: list[float] = []
    floor(paths[:1])  # warm: the first file read and imported, untimed
    app(paths[:1])
    app_times.clear()
    floor_times = []
    for _ in range(repeat):
        floor_times.append(_timed(floor))
        app()
    return {"floor": floor_times, "app": app_times, "files": [float(len(paths))]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("export", "import"))
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cells", type=Path, help="export: keep the cells written here, for export_floor.py")
    args = parser.parse_args()
    if args.command == "export":
        report(_export(args.paths[0], args.paths[1], args.repeat, args.cells))
    else:
        report(_import(args.paths[0], args.paths[1], args.paths[2], args.repeat))
    return 0


if __name__ == "__main__":
    sys.exit(main())
