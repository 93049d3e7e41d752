"""The revised plan as a board reads it: plain data for the workbook's first sheet, its charts and the report's picture.

Qt-free. :func:`board_paper` is the one place that reads the open plan for
them; the "Revised plan" and "Charts" sheets, the report's chart section and the
Ranking page's chart widget all draw from the dataclasses it returns, so a change
in the document's API is met here alone.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from planner_gui.core.baseline import drop_kind_text
from planner_gui.core.model_strategy import StrategyObjective
from planner_gui.core.results import ObjectiveInfo
from planner_gui.i18n import _

if TYPE_CHECKING:
    from planner_gui.core.document import PlanDocument

__all__ = ["BoardPaper", "ChartRow", "DroppedObjective", "FoldedGoal", "PlanGoal", "PlanObjective", "board_paper"]


@dataclass(frozen=True)
class ChartRow:
    """One objective in the room's picture: its votes per tier (high, medium, low, dropped), mean and consensus."""

    number: str
    title: str
    counts: tuple[float, float, float, float]
    mean: float | None
    consensus: float | None
    decided: str | None  # the board's decision: "high", "medium", "low", "dropped" or None


@dataclass(frozen=True)
class PlanObjective:
    """An objective kept in the revised plan."""

    number: str
    title: str
    priority: str | None  # None: not decided yet
    rationale: str
    strategies: tuple[str, ...]  # the names of the strategies serving it, in the plan's order


@dataclass(frozen=True)
class PlanGoal:
    number: str
    title: str
    objectives: tuple[PlanObjective, ...]  # its objectives not dropped, in plan order


@dataclass(frozen=True)
class FoldedGoal:
    number: str
    title: str
    note: str
    objectives: tuple[PlanObjective, ...]  # objectives it still holds (not dropped), if any


@dataclass(frozen=True)
class DroppedObjective:
    number: str
    title: str
    reason: str  # “Indicator of Obj. 8”, “Outside our influence”, “Other reason”
    related: str | None  # the number of the objective it points to, if any
    rationale: str


@dataclass(frozen=True)
class BoardPaper:
    title: str
    organisation: str
    period: str
    goals: tuple[PlanGoal, ...]  # active goals, in plan order
    folded: tuple[FoldedGoal, ...]
    dropped: tuple[DroppedObjective, ...]  # in plan order, whatever their goal
    chart: tuple[ChartRow, ...]  # every objective, in plan order

    @property
    def decided(self) -> dict[str, int]:
        """Objectives per decided tier (“undecided” for the rest)."""
        counts = dict.fromkeys(("high", "medium", "low", "dropped", "undecided"), 0)
        for row in self.chart:
            counts[row.decided or "undecided"] += 1
        return counts


def drop_reason(objective: ObjectiveInfo, numbers: dict[int, str]) -> str:
    """Why an objective was dropped, in a few words: “Indicator of Obj. 8”, “Outside our influence”."""
    if objective.drop_kind == "other":
        return _("Other reason")
    return drop_kind_text(objective, numbers) or _("Reason not recorded")


def board_paper(doc: PlanDocument) -> BoardPaper:
    """Read the open plan (a ``PlanDocument``) once into the plain data the board's papers are drawn from."""
    plan = doc.plan
    results = doc.ranking.results()  # every objective in plan order, with its tally
    numbers = {r.objective.id: r.objective.number for r in results}
    strategies = doc.strategies.strategies()
    names = {s.id: s.name for s in strategies}
    order = {s.id: i for i, s in enumerate(strategies)}
    serving: dict[int, list[int]] = defaultdict(list)
    for strategy_id, objective_id in doc.session.execute(
        select(StrategyObjective.strategy_id, StrategyObjective.objective_id)
    ):
        serving[objective_id].append(strategy_id)
    kept: dict[int, list[PlanObjective]] = defaultdict(list)
    dropped: list[DroppedObjective] = []
    chart: list[ChartRow] = []
    for result in results:
        o, t = result.objective, result.tally
        chart.append(ChartRow(o.number, o.title, t.counts, t.mean, t.consensus, o.priority))
        if o.priority == "dropped":
            related = numbers.get(o.related_id) if o.related_id is not None else None
            reason = drop_reason(o, numbers)
            dropped.append(DroppedObjective(o.number, o.title, reason, related, o.rationale))
            continue
        served = tuple(names[i] for i in sorted(serving.get(o.id, ()), key=order.__getitem__))
        kept[o.goal_id].append(PlanObjective(o.number, o.title, o.priority, o.rationale, served))
    goals: list[PlanGoal] = []
    folded: list[FoldedGoal] = []
    for goal in doc.structure.goals():
        mine = tuple(kept.get(goal.id, ()))
        if goal.folded:
            folded.append(FoldedGoal(goal.number, goal.title, goal.fold_note, mine))
        else:
            goals.append(PlanGoal(goal.number, goal.title, mine))
    return BoardPaper(
        title=" ".join(plan.title.split()),
        organisation=" ".join(plan.organisation.split()),
        period=plan.period.strip(),
        goals=tuple(goals),
        folded=tuple(folded),
        dropped=tuple(dropped),
        chart=tuple(chart),
    )
