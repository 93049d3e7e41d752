"""The benchmark's table: each cost's median beside its floor, the ratio, the target; then how costs grow."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """One figure: the median of repeated runs of the program and of its floor, in the same run."""

    measure: str
    size: str
    unit: str  # "s", "ms" or "MB"
    app: Sequence[float]
    floor: Sequence[float]
    floor_name: str
    target: float | None  # the most app/floor may be (None: shown, not judged)
    strict: bool = False  # the ratio must stay under the target, not reach it

    @property
    def median(self) -> float:
        return statistics.median(self.app) if self.app else math.nan

    @property
    def floor_median(self) -> float:
        return statistics.median(self.floor) if self.floor else math.nan

    @property
    def ratio(self) -> float:
        return self.median / self.floor_median if self.floor_median else math.nan

    @property
    def verdict(self) -> str:
        if self.target is None or math.isnan(self.ratio):
            return ""
        met = self.ratio < self.target if self.strict else self.ratio <= self.target
        return "met" if met else "MISSED"


@dataclass(frozen=True)
class Growth:
    """How a cost grew from one plan size to the next, against how much the data grew."""

    measure: str
    before: float
    after: float
    objectives_ratio: float
    data_ratio: float  # objectives and votes: what most costs of a plan grow with
    unit: str

    @property
    def ratio(self) -> float:
        return self.after / self.before if self.before > 0 else math.nan

    @property
    def versus_linear(self) -> float:
        return self.ratio / self.data_ratio


def show(value: float, unit: str) -> str:
    if math.isnan(value):
        return "–"
    if unit == "s" and value < 1:
        return f"{value * 1000:.0f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "ms":
        return f"{value:.1f} ms"
    return f"{value:.0f} MB"


def render(rows: Sequence[Row], growth: Sequence[Growth], sizes: tuple[str, str]) -> str:
    lines = [
        "| Measure | Plan | Median | Floor | Floor is | Ratio | Target | |",
        "| --- | --- | ---: | ---: | --- | ---: | ---: | --- |",
    ]
    for row in rows:
        target = "" if row.target is None else f"{'<' if row.strict else '≤'} {row.target:g}×"
        lines.append(
            f"| {row.measure} | {row.size} | {show(row.median, row.unit)} | {show(row.floor_median, row.unit)} "
            f"| {row.floor_name} | {row.ratio:.2f}× | {target} | {row.verdict} |"
        )
    lines += [
        "",
        f"Growth from {sizes[0]} to {sizes[1]}: how much each cost grew, and that over how much the objectives",
        "and the data (objectives and votes) grew: 1.00 is linear, above 1.10 is counted as faster than linear.",
        "",
        "| Cost | Before | After | Grew | ÷ objectives grew | ÷ data grew | |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for item in growth:
        verdict = "" if math.isnan(item.versus_linear) else ("linear" if item.versus_linear <= 1.1 else "FASTER")
        lines.append(
            f"| {item.measure} | {show(item.before, item.unit)} | {show(item.after, item.unit)} | {item.ratio:.1f}× "
            f"| {item.ratio / item.objectives_ratio:.2f} | {item.versus_linear:.2f} | {verdict} |"
        )
    return "\n".join(lines)
