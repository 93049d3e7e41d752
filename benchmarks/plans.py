"""Plans of any size for the benchmarks, built through the program's own core API, and filled-in ballots.

A plan of ``Size(objectives, members)`` has ten objectives a goal (one goal
folded, as boards do), every voting member's ballot on every objective, a
decision on three objectives in five, show-of-hands counts on one in twenty,
a strategy for every tenth objective with its actions, targets and countries,
achievements and the sample's own review, context, stakeholders and agenda.
Votes are shown by name and the results revealed: the heaviest Ranking page
a board can ask for. Everything is drawn from a seeded random generator, so a
size always gives the same plan.

:func:`cached_plans` keeps the plans of each size between runs (10,000
objectives take a minute to build), in a folder named by a hash of this file
and of the schema a new plan is made from: a change to either builds them anew.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planner_gui.core.document import PlanDocument
from planner_gui.core.plan_data import fill_from_data
from planner_gui.core.sample import sample_data

PRIORITY_LETTERS = "HMLD"
PRIORITY_WORDS = {"H": "High", "M": "Medium", "L": "Low", "D": "Dropped"}
OBJECTIVES_PER_GOAL = 10
_WORD_TEXT = (
    "advocacy clearance survivors funding partners research ratification monitoring states campaign "
    "national regional treaty victims assistance contamination stockpile destruction media outreach "
    "training capacity network reporting transparency universalisation compliance support donors"
)
WORDS = tuple(_WORD_TEXT.split())


@dataclass(frozen=True)
class Size:
    """How big a plan is: its objectives, and its voting members (each casting a ballot)."""

    objectives: int
    members: int

    @property
    def label(self) -> str:
        return f"{self.objectives:,} obj × {self.members:,} ballots"

    @property
    def key(self) -> str:
        return f"{self.objectives}x{self.members}"

    @property
    def votes(self) -> int:
        """Objectives plus the votes cast on them: what most costs of an open plan grow with."""
        return self.objectives * (self.members + 1)

    @classmethod
    def parse(cls, text: str) -> Size:
        """``"2000:100"`` → Size(2000, 100)."""
        objectives, _, members = text.partition(":")
        return cls(int(objectives), int(members or 12))


SIZES = (Size(20, 12), Size(200, 30), Size(2000, 100), Size(10000, 100))
QUICK_SIZES = SIZES[:3]


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize()


def plan_data(size: Size, *, ballots: bool = True, seed: int = 9) -> dict[str, Any]:
    """The plan as data (the shape of ``resources/sample/plan.json``), ready for ``fill_from_data``."""
    rng = random.Random(f"{seed}:{size.key}")
    sample = sample_data()
    numbers = [str(n) for n in range(1, size.objectives + 1)]
    goals: list[dict[str, Any]] = []
    for start in range(0, size.objectives, OBJECTIVES_PER_GOAL):
        objectives = [
            {"number": n, "title": _text(rng, rng.randint(6, 14)), "description": _text(rng, rng.randint(15, 40))}
            for n in numbers[start : start + OBJECTIVES_PER_GOAL]
        ]
        goal = len(goals) + 1
        goals.append(
            {"number": str(goal), "title": _text(rng, 8), "description": _text(rng, 20), "objectives": objectives}
        )
    members: list[dict[str, Any]] = [
        {"name": f"Member {i:03d} {rng.choice(WORDS).title()}", "role": "Board member"} for i in range(size.members)
    ]
    members.append({"name": "Director (staff)", "role": "Staff", "votes": False})
    decisions = []
    for number in numbers:
        if rng.random() < 0.6:
            letter = rng.choice(PRIORITY_LETTERS)
            decision: dict[str, Any] = {"objective": number, "priority": PRIORITY_WORDS[letter].lower()}
            decision["rationale"] = _text(rng, rng.randint(5, 25))
            if letter == "D" and number != "1":
                decision["drop_kind"] = "indicator of another objective"
                decision["related"] = "1"
            decisions.append(decision)
    ranking: dict[str, Any] = {
        "members": members,
        "votes_by_name": True,
        "ballots": [
            {"member": m["name"], "priorities": "".join(rng.choice(PRIORITY_LETTERS) for _ in numbers)}
            for m in members[: size.members]
        ]
        if ballots
        else [],
        "hands": {
            n: {"high": rng.randint(0, 5), "medium": rng.randint(0, 5), "low": rng.randint(0, 3)}
            for n in numbers
            if ballots and rng.random() < 0.05
        },
        "decisions": decisions if ballots else [],
        "fold_goals": [{"goal": goals[-1]["number"], "note": "Folded into the others."}] if len(goals) > 2 else [],
    }
    strategies = [
        {
            "name": _text(rng, 6),
            "objectives": [n for n in numbers[i : i + 2]],
            "status": rng.choice(("draft", "agreed")),
            "approach": _text(rng, 40),
            "carried_by": "Task group",
            "carriers": "Staff and board members",
            "actions": [{"kind": rng.choice(("proactive", "reactive")), "text": _text(rng, 10)} for _ in range(3)],
            "targets": [{"what": _text(rng, 8), "measure": "States", "number": rng.randint(1, 40), "due": "2015-09"}],
            "countries": [{"country": rng.choice(("Laos", "Iraq", "Syria")), "plan": _text(rng, 12)}],
        }
        for i in range(0, size.objectives, 10)
    ]
    outcomes = [
        {
            "title": _text(rng, 8),
            "objectives": [rng.choice(numbers)],
            "contribution": "strong",
            "evidence": _text(rng, 30),
        }
        for _ in range(max(3, size.objectives // 5))
    ]
    return {
        "plan": {**sample["plan"], "title": f"Benchmark plan, {size.label}"},
        "goals": goals,
        "outcomes": outcomes,
        "recommendations": sample["recommendations"],
        "context": sample["context"],
        "stakeholders": sample["stakeholders"],
        "agenda": sample["agenda"],
        "ranking": ranking,
        "strategies": strategies,
    }


def build_plan(path: Path, size: Size, *, ballots: bool = True) -> Path:
    """Write a plan of ``size`` at ``path`` (replacing it); without ``ballots``, members have not voted yet."""
    data = plan_data(size, ballots=ballots)

    def fill(doc: PlanDocument) -> None:
        fill_from_data(doc, data)
        doc.ranking.set_ranking_options(results_revealed=ballots)

    PlanDocument.create(path, overwrite=True, fill=fill).close()
    return path


def build_empty_plan(path: Path) -> Path:
    """A new plan with nothing in it yet: what start-up costs before any content."""
    PlanDocument.create(path, title="Empty plan", overwrite=True).close()
    return path


def build_sample_plan(path: Path) -> Path:
    """The bundled sample plan, written once: start-up opens it as a facilitator opens their plan."""
    from planner_gui.core.sample import write_sample

    write_sample(path, overwrite=True).close()
    return path


def write_filled_ballots(plan: Path, outdir: Path, size: Size) -> list[Path]:
    """One filled-in ballot workbook per voting member of ``plan``, as a member hands it back.

    The layout is the program's own (``exchange/ballots.py``: the member on row
    2, the table headed on row 6, the hidden identity sheet); the priorities are
    the ones ``plan_data`` would have cast, with a comment now and then.
    """
    from openpyxl import Workbook

    from planner_gui.exchange.ballots import FORMAT, HEADERS, ID_SHEET, SHEET, ballot_file_name

    outdir.mkdir(parents=True, exist_ok=True)
    data = plan_data(size, ballots=True)
    titles = {o["number"]: o["title"] for g in data["goals"] for o in g["objectives"]}
    doc = PlanDocument.open_snapshot(plan)
    try:
        uid, title = doc.plan.uid, doc.plan.title
        asked = [o.number for o in doc.ranking.ballot_objectives()]
    finally:
        doc.close()
    order = {number: i for i, number in enumerate(titles)}
    rng = random.Random(f"comments:{size.key}")
    paths = []
    for ballot in data["ranking"]["ballots"]:
        wb = Workbook(write_only=True)
        ws = wb.create_sheet(SHEET)
        ws.append([f"Ballot: {title}"])
        ws.append(["Member", ballot["member"]])
        ws.append(["For each objective choose High, Medium, Low or Dropped in the Priority column."])
        ws.append(["High so far", None])
        ws.append([])
        ws.append(list(HEADERS))
        for number in asked:
            letter = ballot["priorities"][order[number]]
            comment = _text(rng, 6) if rng.random() < 0.05 else None
            ws.append([number, titles[number], PRIORITY_WORDS[letter], comment])
        ident = wb.create_sheet(ID_SHEET)
        for row in (("format", FORMAT), ("plan id", uid), ("plan", title), ("member", ballot["member"])):
            ident.append(list(row))
        path = outdir / ballot_file_name(ballot["member"])
        wb.save(path)
        paths.append(path)
    return paths


def schema_file() -> Path:
    import planner_gui.core.migrations as migrations

    return Path(migrations.__file__).parent / "schema.sql"


def cache_key() -> str:
    """What the cached plans were built from: this file and the schema of a new plan."""
    digest = hashlib.sha256(Path(__file__).read_bytes() + schema_file().read_bytes())
    return digest.hexdigest()[:12]


@dataclass(frozen=True)
class PlanSet:
    """A size's plans: voted (every ballot cast), and, when asked for, unvoted with its members' filled ballots."""

    voted: Path
    unvoted: Path | None
    ballots: Path | None


def cached_plans(cache: Path, size: Size, *, ballots: bool = True) -> tuple[PlanSet, bool]:
    """The plans of ``size`` kept under ``cache``, built first where missing; and whether any was built now.

    Each is built under a temporary name and renamed into place when whole, so a
    run stopped half-way leaves nothing that looks finished.
    """
    folder = cache / f"plans-{cache_key()}" / size.key
    folder.mkdir(parents=True, exist_ok=True)
    voted, kit = folder / "plan.retreat", folder / "ballots"
    built = False
    if not voted.exists():
        build_plan(voted, size)  # made under a temporary name and renamed, by the core
        built = True
    if ballots and not kit.exists():
        building = folder / ".ballots.building"
        shutil.rmtree(building, ignore_errors=True)
        building.mkdir()
        build_plan(building / "unvoted.retreat", size, ballots=False)
        write_filled_ballots(building / "unvoted.retreat", building / "filled", size)
        os.replace(building, kit)
        built = True
    if not ballots:
        return PlanSet(voted, None, None), built
    return PlanSet(voted, kit / "unvoted.retreat", kit / "filled"), built


if __name__ == "__main__":  # quick look: python benchmarks/plans.py 200:30 /tmp/plan.retreat
    import sys
    import time

    started = time.perf_counter()
    build_plan(Path(sys.argv[2]), Size.parse(sys.argv[1]))
    print(f"built in {time.perf_counter() - started:.1f} s")
