"""Retreat Planner against the floor: one command, one table.

    .venv/bin/python benchmarks/run.py [--quick] [--repeat N] [--sizes 20:12,200:30,2000:100] [--keep DIR]

Generates plans of 20, 200 and 2,000 objectives with 12, 30 and 100 members'
ballots (``plans.py``), then times, each a median of repeated runs beside a
floor measured in the same run, taken in turns:

- start-up on the sample plan (``planner-gui sample.retreat``), to the main window's
  first frame against a bare PySide6 window, and to the Plan page painted with
  the plan against the bare window after ``import sqlalchemy.orm``;
- opening each plan to a painted Ranking page (Results tab) against start-up
  on an empty plan;
- exporting the revised-plan workbook against openpyxl writing the same cells,
  unstyled, in write-only mode; importing every member's ballot workbook
  against openpyxl merely reading them;
- one edit (a priority set by key on the Decisions tab) from the key press to
  the committed file and the repainted row, against one frame (16 ms);
- peak memory with each plan open, against the bare window's.

Every start-up is a new process (``app_driver.py``, ``bare_window.py``) with
throwaway settings, offscreen, so it starts from a cold interpreter. The
benchmark reports; it never fails on a slow figure.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from plans import SIZES, Size, build_empty_plan, build_plan, build_sample_plan, write_filled_ballots  # noqa: E402
from table import Growth, Row, render  # noqa: E402

FRAME_MS = 1000 / 60
CHILD_TIMEOUT = 600


class ChildFailed(RuntimeError):
    pass


def run_child(script: str, *args: str) -> dict[str, Any]:
    """Run one of the benchmark's scripts in a new interpreter; its BENCH values, times made relative to its start."""
    with tempfile.TemporaryDirectory(prefix="retreat-bench-") as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": f"{home}/config",
            "XDG_DATA_HOME": f"{home}/data",
        }
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, str(HERE / script), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=CHILD_TIMEOUT,
            cwd=HERE,
        )
    lines = [line for line in done.stdout.splitlines() if line.startswith("BENCH ")]
    if done.returncode != 0 or not lines:
        raise ChildFailed(f"{script} {' '.join(args)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    values: dict[str, Any] = json.loads(lines[-1].removeprefix("BENCH "))
    for key in ("started", "opened", "first_frame", "content_frame"):
        if key in values:
            values[key] -= started
    return values


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


class Bench:
    def __init__(self, args: argparse.Namespace, work: Path) -> None:
        self.args, self.work = args, work
        self.sizes: list[Size] = args.sizes
        self.rows: list[Row] = []
        self.raw: dict[str, Any] = {}

    def reps(self, size: Size | None = None, *, startup: bool = False) -> int:
        if self.args.repeat:
            return int(self.args.repeat)
        if self.args.quick:
            return 3 if startup else 1
        if startup:
            return 7
        return 3 if size is not None and size.objectives >= 1000 else 5

    # ------------------------------------------------------------ plans
    def generate(self) -> None:
        self.empty = build_empty_plan(self.work / "empty.retreat")
        self.sample = build_sample_plan(self.work / "sample.retreat")
        for size in self.sizes:
            started = time.perf_counter()
            build_plan(self.plan(size), size)
            build_plan(self.plan(size, voted=False), size, ballots=False)
            write_filled_ballots(self.plan(size, voted=False), self.ballots(size), size)
            say(f"  generated {size.label} in {time.perf_counter() - started:.1f} s")

    def plan(self, size: Size, *, voted: bool = True) -> Path:
        return self.work / f"plan-{size.key}{'' if voted else '-unvoted'}.retreat"

    def ballots(self, size: Size) -> Path:
        return self.work / f"ballots-{size.key}"

    # ---------------------------------------------------------- start-up
    def startup(self) -> None:
        bare, orm, first, content, empty, empty_mb, bare_mb, orm_mb = [], [], [], [], [], [], [], []
        for _ in range(self.reps(startup=True)):
            window = run_child("bare_window.py")
            bare.append(window["first_frame"])
            bare_mb.append(window["peak_mb"])
            window = run_child("bare_window.py", "--sqlalchemy")
            orm.append(window["first_frame"])
            orm_mb.append(window["peak_mb"])
            demo = run_child("app_driver.py", "startup", str(self.sample))
            first.append(demo["first_frame"])
            content.append(demo["content_frame"])
            blank = run_child("app_driver.py", "startup", str(self.empty), "--empty")
            empty.append(blank["content_frame"])
            empty_mb.append(blank["peak_mb"])
        self.empty_startup, self.empty_mb, self.bare_mb, self.orm_mb = empty, empty_mb, bare_mb, orm_mb
        self.raw["startup"] = {"bare": bare, "orm": orm, "first": first, "content": content, "empty": empty}
        self.raw["startup MB"] = {"bare": bare_mb, "orm": orm_mb, "empty": empty_mb}
        self.rows += [
            Row("Start-up to the first frame", "sample", "s", first, bare, "bare QMainWindow", 1.5),
            Row("Start-up to the Plan page painted", "sample", "s", content, orm, "bare + sqlalchemy.orm", 1.3),
        ]

    # --------------------------------------------------------- each size
    def open_plan(self, size: Size) -> tuple[list[float], list[float]]:
        times, memory = [], []
        for _ in range(self.reps(size)):
            opened = run_child("app_driver.py", "open", str(self.plan(size)))
            times.append(opened["content_frame"])
            memory.append(opened["peak_mb"])
        self.rows.append(
            Row(
                "Open to a painted Ranking page",
                size.label,
                "s",
                times,
                self.empty_startup,
                "empty-plan start-up",
                1.5,
                True,
            )
        )
        return times, memory

    def edit(self, size: Size) -> list[float]:
        edits = 5 if self.args.quick else 15
        values = run_child("app_driver.py", "edit", str(self.plan(size)), "--edits", str(edits))
        if not values.get("committed"):
            raise ChildFailed(f"the edit on {size.label} did not reach the file")
        framed = [t * 1000 for t in values["edit_framed"]]
        self.raw[f"edit {size.key}"] = {"handled": values["edit_handled"], "framed": values["edit_framed"]}
        self.rows.append(
            Row("Edit: key press to file and frame", size.label, "ms", framed, [FRAME_MS], "one frame", 1.0, True)
        )
        return framed

    def export(self, size: Size) -> list[float]:
        out = self.work / f"out-{size.key}"
        out.mkdir(exist_ok=True)
        values = run_child("files.py", "export", str(self.plan(size)), str(out), "--repeat", str(self.reps(size)))
        self.rows.append(
            Row(
                "Export the revised-plan workbook",
                size.label,
                "s",
                values["app"],
                values["floor"],
                "openpyxl write-only, unstyled",
                2.0,
            )
        )
        return list(values["app"])

    def import_ballots(self, size: Size) -> list[float]:
        out = self.work / f"out-{size.key}"
        out.mkdir(exist_ok=True)
        args = (str(self.plan(size, voted=False)), str(self.ballots(size)), str(out))
        values = run_child("files.py", "import", *args, "--repeat", str(self.reps(size)))
        label = f"Import {size.members} ballots"
        self.rows.append(Row(label, size.label, "s", values["app"], values["floor"], "openpyxl reading them", 1.5))
        return list(values["app"])

    # -------------------------------------------------------------- all
    def run(self) -> str:
        say("generating plans…")
        self.generate()
        say("start-up…")
        self.startup()
        costs: dict[str, dict[Size, float]] = {}

        def keep(measure: str, size: Size, values: Sequence[float]) -> None:
            costs.setdefault(measure, {})[size] = statistics.median(values)

        memory_rows = []
        for size in self.sizes:
            say(f"{size.label}…")
            opened, memory = self.open_plan(size)
            keep(
                "Open to a painted Ranking page, beyond empty-plan start-up",
                size,
                [t - statistics.median(self.empty_startup) for t in opened],
            )
            keep(
                "Peak memory, beyond the app on an empty plan",
                size,
                [m - statistics.median(self.empty_mb) for m in memory],
            )
            memory_rows.append(
                Row("Peak memory, plan open", size.label, "MB", memory, self.bare_mb, "bare QMainWindow", 1.3, True)
            )
            keep("Edit: key press to file and frame", size, self.edit(size))
            keep("Export the revised-plan workbook", size, self.export(size))
            keep("Import every member's ballot", size, self.import_ballots(size))
        last = self.sizes[-1]
        memory_rows.append(
            Row("Peak memory, plan open", last.label, "MB", memory, self.orm_mb, "bare + sqlalchemy.orm", None)
        )
        self.rows += memory_rows
        order = ("Start", "Open", "Edit", "Export", "Import", "Peak")
        self.rows.sort(key=lambda r: next(i for i, word in enumerate((*order, "")) if r.measure.startswith(word)))
        before, after = self.sizes[-2:] if len(self.sizes) > 1 else (self.sizes[0], self.sizes[0])
        growth = [
            Growth(
                measure,
                by_size[before],
                by_size[after],
                after.objectives / before.objectives,
                after.votes / before.votes,
                "MB" if "memory" in measure else ("ms" if "Edit" in measure else "s"),
            )
            for measure, by_size in costs.items()
        ]
        self.raw["rows"] = [
            {"measure": r.measure, "size": r.size, "app": list(r.app), "floor": list(r.floor)} for r in self.rows
        ]
        return render(self.rows, growth, (before.label, after.label))


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="one run of each (three of start-up), fewer edits")
    parser.add_argument(
        "--repeat", type=int, default=0, help="runs of every figure (default: 7 start-up, 5, 3 at 2,000)"
    )
    parser.add_argument(
        "--sizes",
        type=lambda text: [Size.parse(part) for part in text.split(",")],
        default=list(SIZES),
        help="plan sizes as OBJECTIVES:MEMBERS, comma-separated (default: 20:12,200:30,2000:100)",
    )
    parser.add_argument("--keep", type=Path, help="generate the plans in this folder and keep them (and results.json)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    started, load = time.monotonic(), os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="retreat-bench-") as scratch:
        work = args.keep or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        bench = Bench(args, work)
        table = bench.run()
        (work / "results.json").write_text(json.dumps(bench.raw, indent=1), encoding="utf-8")
    print(table)
    python = sys.version.split()[0]
    print(
        f"\nThe benchmark took {time.monotonic() - started:.0f} s (Python {python}, {os.cpu_count()} CPUs; "
        f"load average {load:.1f} at the start, {os.getloadavg()[0]:.1f} at the end)."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
