"""Retreat Planner against its floors: one command, three tables.

    .venv/bin/python benchmarks/run.py [--quick] [--repeat N] [--sizes 20:12,200:30,2000:100,10000:100]
                                       [--fresh] [--cache DIR] [--keep DIR] [--last RESULTS.json]

Every cost is the median of repeated runs beside a floor measured in the same
run, the program and its floor taken in turns. A floor is a bare program doing
the same job with nothing else: what the program could not do with less.

- Start-up on the sample plan (``planner-gui sample.retreat``): to the first frame,
  against a bare PySide6 window; to the Plan page painted, against a bare window
  that imports ``sqlalchemy.orm`` and shows the plan's goals and objectives,
  read with ``sqlite3``, in a QTreeView (``bare_window.py``).
- At each plan size (``plans.py``: 20, 200, 2,000 and 10,000 objectives):
  - opening the plan to a painted Ranking page (Results tab), against a bare
    window reading the same objectives and vote counts with ``sqlite3`` into a
    QTableView (``open_floor.py``); peak memory, against that window's;
  - one edit (a priority set by key on the Decisions tab) from the key press to
    the committed file and the repainted row, against a bare table committing
    one row with ``synchronous=FULL`` and repainting it (``edit_floor.py``);
  - exporting the revised-plan workbook, against writing the very same cells
    (a byte-identical file) from memory with the program's own fast writing
    (``export_floor.py``): in-process (``files.py``) and as whole processes,
    ``python -m planner_gui export`` against ``export_floor.py``, imports included;
  - importing every member's ballot workbook against openpyxl merely reading them
    (up to ``--import-up-to`` objectives: 100 ballots of 10,000 take minutes).
- Presentation mode (View > Presentation Mode, F5) on the sample with every step
  and tab visited: from the action to the next painted frame, on and off
  (a target, 100 ms; no floor).
- The facilitator's alternative: LibreOffice Calc, headless, opening the
  exported workbook of the sample and of the 2,000-objective plan (saving its
  first sheet as CSV: about the cost of opening it; and printing every sheet to
  PDF), beside the program's start-up to the painted Plan page on the same plan.

How it is run, and said in the output's first lines:

- Bytecode as an installed program has it: before anything is timed,
  ``python -m compileall`` compiles the program's package and these scripts
  (the standard library and site-packages come compiled, as pip and Python
  install them). Every child runs with ``PYTHONDONTWRITEBYTECODE=1`` (and no
  ``PYTHONPYCACHEPREFIX``), so it reads bytecode and never writes any, and
  reports the modules it had to compile from source (``child.py``): the count
  is printed, and should be 0.
- Each start-up is a new process from a cold interpreter, offscreen, with
  throwaway settings, timed from outside the program to the end of a painted
  frame (``frames.py``). One untimed start of the app and of the bare window goes
  first, so the first timed run doesn't read the libraries from disk.
- Plans are cached between runs (``plans.cached_plans``, in ``--cache``, default
  ``benchmarks/.cache``), keyed by a hash of ``plans.py`` and of the schema; ``--fresh``
  builds them anew. Every child works on a copy, so edits never reach the cache.
- Each run's figures are kept in the cache (``runs/``), and the table shows the
  last run of the same kind (full or ``--quick``) beside this one.

The benchmark reports; it never fails on a slow figure.
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import os
import shutil
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

from plans import (  # noqa: E402
    QUICK_SIZES,
    SIZES,
    PlanSet,
    Size,
    build_empty_plan,
    build_sample_plan,
    cache_key,
    cached_plans,
)
from table import Alternative, Growth, Row, render_alternatives, render_growth, render_rows  # noqa: E402

FRAME_MS = 1000 / 60
PRESENT_LIMIT = 0.1  # seconds: the projected screen's issue asks for presentation mode within 100 ms
CHILD_TIMEOUT = 900
LIBREOFFICE_MOST = 2000  # objectives: LibreOffice opens the sample's workbook and the largest plan's up to this


class ChildFailed(RuntimeError):
    pass


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def program_dir() -> Path:
    import planner_gui

    return Path(planner_gui.__file__).resolve().parent


def child_env(home: str) -> dict[str, str]:
    """A child's environment: offscreen, throwaway settings, bytecode read and never written."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": f"{home}/config",
        "XDG_DATA_HOME": f"{home}/data",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    env.pop("PYTHONPYCACHEPREFIX", None)
    return env


def compile_bytecode() -> float:
    """Compile the program and these scripts, as installing a wheel does; the seconds it took."""
    started = time.perf_counter()
    env = {
        key: value for key, value in os.environ.items() if key not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")
    }
    command = [sys.executable, "-m", "compileall", "-q", "-j", "0", "-x", r"[/\\]\.cache[/\\]"]
    subprocess.run([*command, str(program_dir()), str(HERE)], check=True, env=env, capture_output=True)
    return time.perf_counter() - started


class Bench:
    def __init__(self, args: argparse.Namespace, work: Path) -> None:
        self.args, self.work = args, work
        self.sizes: list[Size] = args.sizes
        self.rows: list[Row] = []
        self.raw: dict[str, Any] = {}
        self.uncompiled: set[str] = set()
        self.children = 0
        self.growth: dict[str, dict[Size, float]] = {}
        self.units: dict[str, str] = {}
        self.alternatives: list[Alternative] = []
        self.notes: list[str] = []
        self.plans: dict[Size, PlanSet] = {}
        self.built: list[str] = []  # the sizes whose plans were built in this run, and how long each took
        self.workbooks: dict[Size, Path] = {}  # each size's exported workbook, for LibreOffice
        self.last_memory: list[float] = []  # the app's peak memory with the largest plan open
        self.compile_seconds = math.nan

    # ------------------------------------------------------------ children
    def run_child(self, script: str, *args: str) -> dict[str, Any]:
        """One of the benchmark's scripts in a new interpreter; its BENCH values, times made relative to its start."""
        with tempfile.TemporaryDirectory(prefix="retreat-bench-") as home:
            started = time.monotonic()
            done = subprocess.run(
                [sys.executable, str(HERE / script), *args],
                capture_output=True,
                text=True,
                env=child_env(home),
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
        self.children += 1
        self.uncompiled.update(values.get("uncompiled", ()))
        return values

    def run_process(self, command: Sequence[str], made: Path | None = None) -> float:
        """A whole process timed from outside, start to exit, in seconds (``made``: the file it must leave)."""
        with tempfile.TemporaryDirectory(prefix="retreat-bench-") as home:
            if made is not None:
                made.unlink(missing_ok=True)
            started = time.monotonic()
            done = subprocess.run(
                list(command), capture_output=True, text=True, env=child_env(home), timeout=CHILD_TIMEOUT, cwd=HERE
            )
            took = time.monotonic() - started
        if done.returncode != 0 or (made is not None and not made.exists()):
            raise ChildFailed(f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
        for line in done.stdout.splitlines():
            if line.startswith("BENCH "):
                self.children += 1
                self.uncompiled.update(json.loads(line.removeprefix("BENCH ")).get("uncompiled", ()))
        return took

    def reps(self, size: Size | None = None, *, startup: bool = False) -> int:
        if self.args.repeat:
            return int(self.args.repeat)
        if self.args.quick:
            return 3 if startup else 1
        if startup:
            return 7
        return 3 if size is not None and size.objectives >= 1000 else 5

    def copy(self, plan: Path, name: str) -> Path:
        """A fresh copy of a plan in the work folder: children may write to it (edits, a lock, the sample's note)."""
        target = self.work / name
        shutil.copyfile(plan, target)
        return target

    def keep(self, measure: str, unit: str, size: Size, values: Sequence[float]) -> None:
        """One cost at one size, for the growth table."""
        finite = [v for v in values if not math.isnan(v)]
        self.units[measure] = unit
        if finite:
            self.growth.setdefault(measure, {})[size] = statistics.median(finite)

    # ----------------------------------------------------------- preparing
    def prepare(self) -> None:
        self.compile_seconds = compile_bytecode()
        say(f"  compiled the program's bytecode ({self.compile_seconds:.1f} s)")
        cache: Path = self.args.cache
        for old in cache.glob("plans-*"):
            if old.name != f"plans-{cache_key()}" or self.args.fresh:
                shutil.rmtree(old)
                say(f"  removed cached plans {old.name}")
        for size in self.sizes:
            started = time.perf_counter()
            plans, built = cached_plans(cache, size, ballots=self.imports(size))
            self.plans[size] = plans
            if built:
                self.built.append(f"{size.label} in {time.perf_counter() - started:.0f} s")
                say(f"  built {size.label} in {time.perf_counter() - started:.1f} s")
        self.empty = build_empty_plan(self.work / "empty.retreat")
        self.sample = build_sample_plan(self.work / "sample.retreat")
        self.run_child("bare_window.py")  # untimed: the libraries into the file cache
        self.run_child("app_driver.py", "startup", str(self.copy(self.sample, "warm.retreat")))

    def imports(self, size: Size) -> bool:
        return size.objectives <= self.args.import_up_to

    # ---------------------------------------------------------- start-up
    def startup(self) -> None:
        bare, tree, first, content, empty, empty_mb, bare_mb, tree_mb = [], [], [], [], [], [], [], []
        sample = self.copy(self.sample, "startup.retreat")
        for _ in range(self.reps(startup=True)):
            window = self.run_child("bare_window.py")
            bare.append(window["first_frame"])
            bare_mb.append(window["peak_mb"])
            window = self.run_child("bare_window.py", "--sqlalchemy", "--tree", str(self.sample))
            tree.append(window["content_frame"])
            tree_mb.append(window["peak_mb"])
            demo = self.run_child("app_driver.py", "startup", str(sample))
            first.append(demo["first_frame"])
            content.append(demo["content_frame"])
            blank = self.run_child(
                "app_driver.py", "startup", str(self.copy(self.empty, "empty-run.retreat")), "--empty"
            )
            empty.append(blank["content_frame"])
            empty_mb.append(blank["peak_mb"])
        self.empty_startup, self.empty_mb, self.bare_mb, self.tree_mb = empty, empty_mb, bare_mb, tree_mb
        self.sample_startup = content
        self.raw["startup"] = {"bare": bare, "tree": tree, "first": first, "content": content, "empty": empty}
        self.raw["startup MB"] = {"bare": bare_mb, "tree": tree_mb, "empty": empty_mb}
        self.rows += [
            Row("Start-up to the first frame", "sample", "s", first, bare, "bare QMainWindow", 1.5),
            Row(
                "Start-up to the Plan page painted",
                "sample",
                "s",
                content,
                tree,
                "bare window + sqlalchemy.orm, the plan's tree read with sqlite3",
                1.5,
            ),
        ]

    # --------------------------------------------------------- each size
    def open_plan(self, size: Size) -> None:
        times, memory, floor, floor_mb = [], [], [], []
        plan = self.copy(self.plans[size].voted, "open.retreat")
        for _ in range(self.reps(size)):
            opened = self.run_child("app_driver.py", "open", str(plan))
            times.append(opened["content_frame"])
            memory.append(opened["peak_mb"])
            bare = self.run_child("open_floor.py", str(plan))
            floor.append(bare["content_frame"])
            floor_mb.append(bare["peak_mb"])
        self.raw[f"open {size.key}"] = {"app": times, "floor": floor, "app MB": memory, "floor MB": floor_mb}
        self.rows.append(
            Row(
                "Open to a painted Ranking page",
                size.label,
                "s",
                times,
                floor,
                "bare window: the same rows and vote counts via sqlite3 in a QTableView",
            )
        )
        self.rows.append(
            Row(
                "Peak memory, plan open",
                size.label,
                "MB",
                memory,
                floor_mb,
                "that bare window's",
                1.3,
                True,
            )
        )
        self.last_memory = memory
        self.keep("Open to a painted Ranking page", "s", size, times)
        self.keep("  its floor (sqlite3 into a table)", "s", size, floor)
        empty = statistics.median(self.empty_startup)
        self.keep("Open, beyond empty-plan start-up", "s", size, [t - empty for t in times])
        beyond = [m - statistics.median(self.empty_mb) for m in memory]
        self.keep("Peak memory, beyond the app on an empty plan", "MB", size, beyond)

    def edit(self, size: Size) -> None:
        edits = "5" if self.args.quick else "15"
        app = self.run_child(
            "app_driver.py", "edit", str(self.copy(self.plans[size].voted, "edit.retreat")), "--edits", edits
        )
        bare = self.run_child(
            "edit_floor.py", str(self.copy(self.plans[size].voted, "edit-floor.retreat")), "--edits", edits
        )
        for who, values in (("program", app), ("floor", bare)):
            if not values.get("committed"):
                raise ChildFailed(f"the {who}'s edit on {size.label} did not reach the file")
        framed = [t * 1000 for t in app["edit_framed"]]
        floor = [t * 1000 for t in bare["edit_framed"]]
        self.raw[f"edit {size.key}"] = {"app": app, "floor": bare}
        self.rows.append(
            Row(
                "Edit: key press to file and frame",
                size.label,
                "ms",
                framed,
                floor,
                "bare table: one row committed (synchronous=FULL), that row repainted",
                None,
                True,
                FRAME_MS,
            )
        )
        self.keep("Edit: key press to file and frame", "ms", size, framed)
        self.keep("  its floor (one row committed, repainted)", "ms", size, floor)

    def export(self, size: Size) -> None:
        out = self.work / f"out-{size.key}"
        out.mkdir(exist_ok=True)
        cells = out / "cells.pickle"
        plan = self.copy(self.plans[size].voted, f"export-{size.key}.retreat")
        reps = str(self.reps(size))
        values = self.run_child("files.py", "export", str(plan), str(out), "--repeat", reps, "--cells", str(cells))
        floor_name = "the same cells from memory, the program's way (a byte-identical file)"
        self.rows.append(
            Row(
                "Export the revised-plan workbook, in-process",
                size.label,
                "s",
                values["app"],
                values["floor"],
                floor_name,
                1.3,
            )
        )
        app_whole, floor_whole = [], []
        for _ in range(self.reps(size)):
            app_whole.append(
                self.run_process(
                    [sys.executable, "-m", "planner_gui", "export", str(plan), str(out / "cli.xlsx")], out / "cli.xlsx"
                )
            )
            floor_whole.append(
                self.run_process(
                    [sys.executable, str(HERE / "export_floor.py"), str(cells), str(out / "bare.xlsx")],
                    out / "bare.xlsx",
                )
            )
        self.rows.append(
            Row(
                "Export the revised-plan workbook, whole process",
                size.label,
                "s",
                app_whole,
                floor_whole,
                "the same, as a process: imports, loading the cells (a pickle), writing",
                1.3,
            )
        )
        self.raw[f"export {size.key}"] = {**values, "app whole": app_whole, "floor whole": floor_whole}
        self.workbooks[size] = out / "cli.xlsx"
        self.keep("Export, whole process", "s", size, app_whole)
        self.keep("Export, in-process", "s", size, values["app"])
        self.keep("  of which reading the plan (plan_tables)", "s", size, values["app_read"])
        self.keep("  its floor (in-process: writing the cells)", "s", size, values["floor"])

    def import_ballots(self, size: Size) -> None:
        plans = self.plans[size]
        assert plans.unvoted is not None and plans.ballots is not None
        out = self.work / f"out-{size.key}"
        out.mkdir(exist_ok=True)
        args = (str(plans.unvoted), str(plans.ballots), str(out))
        values = self.run_child("files.py", "import", *args, "--repeat", str(self.reps(size)))
        label = f"Import {size.members} ballots"
        self.rows.append(Row(label, size.label, "s", values["app"], values["floor"], "openpyxl reading them", 1.5))
        self.raw[f"import {size.key}"] = values
        self.keep("Import every member's ballot", "s", size, values["app"])

    # ------------------------------------------------------- presentation
    def presentation(self) -> None:
        toggles = "2" if self.args.quick else "5"
        values = self.run_child(
            "app_driver.py", "present", str(self.copy(self.sample, "present.retreat")), "--toggles", toggles
        )
        self.raw["presentation"] = values
        for way in ("on", "off"):
            self.rows.append(
                Row(
                    f"Presentation mode {way}: F5 to the next frame",
                    "sample, every step visited",
                    "s",
                    values[f"present_{way}"],
                    [],
                    "none: a target",
                    None,
                    False,
                    PRESENT_LIMIT,
                )
            )
        handled = {way: statistics.median(values[f"present_{way}_handled"]) for way in ("on", "off")}
        self.notes.append(
            "Presentation mode: of that, the action's own handler took "
            f"{handled['on'] * 1000:.0f} ms (on) and {handled['off'] * 1000:.0f} ms (off); the rest is the frame."
        )

    # -------------------------------------------------------- LibreOffice
    def libreoffice(self) -> None:
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice is None:
            self.notes.append("LibreOffice: not installed here (scripts/test.sh installs it); its rows are left out.")
            return
        fitting = [s for s in self.sizes if s.objectives <= LIBREOFFICE_MOST and s in self.workbooks]
        sample_book = self.work / "sample.xlsx"
        self.run_process(
            [sys.executable, "-m", "planner_gui", "export", str(self.sample), str(sample_book)], sample_book
        )
        plans: list[tuple[str, Path, Path]] = [("sample", self.sample, sample_book)]
        if fitting:
            largest = fitting[-1]
            plans.append((largest.label, self.plans[largest].voted, self.workbooks[largest]))
        profile = self.work / "libreoffice-profile"  # throwaway, made by the untimed first run below, then reused
        converted = self.work / "converted"

        def convert(book: Path, to: str) -> float:
            command = [
                soffice,
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--convert-to",
                to,
                "--outdir",
                str(converted),
                str(book),
            ]
            return self.run_process(command, converted / f"{book.stem}.{to}")

        convert(sample_book, "csv")
        reps = self.reps(Size(LIBREOFFICE_MOST, 1))
        for label, plan, book in plans:
            program, csv, pdf = [], [], []
            copy = self.copy(plan, "libreoffice.retreat")
            for _ in range(reps):
                program.append(self.run_child("app_driver.py", "startup", str(copy))["content_frame"])
                csv.append(convert(book, "csv"))
                pdf.append(convert(book, "pdf"))
            self.raw[f"libreoffice {label}"] = {"program": program, "csv": csv, "pdf": pdf}
            self.alternatives.append(Alternative(label, program, "Plan page", csv, pdf))

    # -------------------------------------------------------------- all
    def run(self) -> None:
        say("compiling, plans, warming up…")
        self.prepare()
        say("start-up…")
        self.startup()
        for size in self.sizes:
            say(f"{size.label}…")
            self.open_plan(size)
            self.edit(size)
            self.export(size)
            if self.imports(size):
                self.import_ballots(size)
        self.rows.append(
            Row(
                "Peak memory, plan open",
                self.sizes[-1].label,
                "MB",
                self.last_memory,
                self.tree_mb,
                "bare window + sqlalchemy.orm (+ the sample's tree)",
            )
        )
        say("presentation mode…")
        self.presentation()
        say("LibreOffice…")
        self.libreoffice()
        order = ("Start", "Open", "Edit", "Export", "Import", "Peak", "Presentation")
        self.rows.sort(key=lambda r: next(i for i, word in enumerate((*order, "")) if r.measure.startswith(word)))

    def render(self, last: dict[str, Any], header: str) -> str:
        labels = [s.label for s in self.sizes]
        growth = [
            Growth(measure, self.units[measure], [by.get(s, math.nan) for s in self.sizes])
            for measure, by in self.growth.items()
        ]
        parts = [header, "", render_rows(self.rows, last.get("rows", {}))]
        parts += ["", *self.notes] if self.notes else []
        parts += ["", render_growth(growth, labels, [s.votes for s in self.sizes])]
        if self.alternatives:
            parts += [
                "",
                "The facilitator's alternative: LibreOffice Calc (headless, its profile made by an untimed first run)",
                "opening the plan's exported workbook, beside the program's start-up to the painted Plan page on",
                "the same plan; each a whole process timed from outside.",
                "",
                render_alternatives(self.alternatives),
            ]
        return "\n".join(parts)

    def results(self) -> dict[str, Any]:
        return {
            "when": datetime.datetime.now().isoformat(timespec="seconds"),
            "mode": self.mode,
            "rows": {row.key: row.as_json() for row in self.rows},
            "growth": {m: {s.label: v for s, v in by.items()} for m, by in self.growth.items()},
            "raw": self.raw,
        }

    @property
    def mode(self) -> str:
        return "quick" if self.args.quick else "full"


def last_run(args: argparse.Namespace, mode: str) -> tuple[dict[str, Any], str]:
    """The figures of the run to compare with: ``--last``, else the latest run of the same kind in the cache."""
    path: Path | None = args.last
    if path is None:
        runs = sorted((args.cache / "runs").glob(f"*-{mode}.json"))
        path = runs[-1] if runs else None
    if path is None or not path.exists():
        return {}, f"none kept yet in {args.cache / 'runs'}"
    found: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return found, f"{found.get('when', '?')} ({found.get('mode', '?')}), {path}"


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--quick", action="store_true", help="one run of each (three of start-up), fewer edits, sizes up to 2,000"
    )
    parser.add_argument(
        "--repeat", type=int, default=0, help="runs of every figure (default: 7 start-up, 5, 3 from 1,000 objectives)"
    )
    parser.add_argument(
        "--sizes",
        type=lambda text: [Size.parse(part) for part in text.split(",")],
        help="plan sizes as OBJECTIVES:MEMBERS, comma-separated (default: 20:12,200:30,2000:100,10000:100; "
        "--quick: up to 2000:100)",
    )
    parser.add_argument(
        "--import-up-to", type=int, default=2000, help="import ballots only at sizes of at most this many objectives"
    )
    parser.add_argument("--cache", type=Path, default=HERE / ".cache", help="where plans and past runs are kept")
    parser.add_argument("--fresh", action="store_true", help="build the cached plans anew")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (copies, workbooks, results.json)")
    parser.add_argument("--last", type=Path, help="compare with this run's results.json instead of the last one kept")
    args = parser.parse_args(argv)
    if args.sizes is None:
        args.sizes = list(QUICK_SIZES if args.quick else SIZES)
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    started, load = time.monotonic(), os.getloadavg()[0]
    args.cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="retreat-bench-") as scratch:
        work = args.keep or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        bench = Bench(args, work)
        last, last_said = last_run(args, bench.mode)
        bench.run()
        results = bench.results()
        (work / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
        runs = args.cache / "runs"
        runs.mkdir(exist_ok=True)
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        (runs / f"{stamp}-{bench.mode}.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    python = sys.version.split()[0]
    uncompiled = sorted(bench.uncompiled)
    header = "\n".join(
        [
            f"Retreat Planner's benchmark, {bench.mode} run, {results['when']} (Python {python}, "
            f"{os.cpu_count()} CPUs, load average {load:.1f} at the start).",
            f"Bytecode: compiled first, as installed (`python -m compileall` of the program and benchmarks/, "
            f"{bench.compile_seconds:.1f} s; the standard library and site-packages come compiled); the "
            f"{bench.children} timed children ran with PYTHONDONTWRITEBYTECODE=1 and compiled "
            f"{len(uncompiled)} modules from source{': ' + ', '.join(uncompiled[:8]) if uncompiled else ''}.",
            f"Plans: cached in {args.cache}/plans-{cache_key()} "
            f"({'built this run: ' + '; '.join(bench.built) if bench.built else 'all reused'}); "
            "every child opens a copy. OS file cache warm (an untimed start first).",
            f"Last run, beside this one: {last_said}.",
        ]
    )
    print(bench.render(last, header))
    print(
        f"\nThe benchmark took {time.monotonic() - started:.0f} s (load average {os.getloadavg()[0]:.1f} at the end)."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
