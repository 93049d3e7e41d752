"""The spreadsheet costs, each beside its floor in the same process, taken in turns.

    python benchmarks/files.py export PLAN OUTDIR --repeat 5
    python benchmarks/files.py import PLAN BALLOTDIR WORKDIR --repeat 5

``export``: ``write_plan_workbook`` against openpyxl writing the same cells
(the export's own rows and headers) in write-only mode with no styling.
``import``: ``import_ballots`` into a fresh copy of a plan whose members have
not voted, against openpyxl merely reading every ballot's cells (read-only,
values only). openpyxl is imported before either is timed, and a small
untimed round goes first (the template; one ballot), so both are measured
warm: what is timed is the work, not a module's first import.
One ``BENCH {json}`` line on stdout: the times in seconds, in the order taken.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

import openpyxl
from frames import report

from planner_gui.core.document import PlanDocument
from planner_gui.exchange.ballots import import_ballots
from planner_gui.exchange.plan_sheets import SHEETS, plan_tables, vote_headers
from planner_gui.exchange.plan_workbook import write_plan_workbook, write_template


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _export(plan: Path, outdir: Path, repeat: int) -> dict[str, list[float]]:
    doc = PlanDocument.open_snapshot(plan)
    try:
        tables = plan_tables(doc)
        headers = {spec.name: list(spec.headers) for spec in SHEETS} | {"Votes": list(vote_headers(doc))}
        sheets = [(name, [headers[name], *rows]) for name, rows in tables.items()]

        def floor() -> None:
            wb = openpyxl.Workbook(write_only=True)
            for name, rows in sheets:
                ws = wb.create_sheet(name)
                for row in rows:
                    ws.append(row)
            wb.save(outdir / "floor.xlsx")

        def app() -> None:
            write_plan_workbook(doc, outdir / "app.xlsx")

        openpyxl.Workbook(write_only=True).save(outdir / "warm-floor.xlsx")  # warm: first use of every module
        write_template(outdir / "warm-app.xlsx")
        times: dict[str, list[float]] = {"floor": [], "app": []}
        for _ in range(repeat):
            times["floor"].append(_timed(floor))
            times["app"].append(_timed(app))
        return times
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
    args = parser.parse_args()
    if args.command == "export":
        report(_export(args.paths[0], args.paths[1], args.repeat))
    else:
        report(_import(args.paths[0], args.paths[1], args.paths[2], args.repeat))
    return 0


if __name__ == "__main__":
    sys.exit(main())
