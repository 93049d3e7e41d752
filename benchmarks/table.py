"""The benchmark's tables: each cost's median beside its floor, the ratio, the target and the last run's figures;
how costs grow with the plan; and the program beside LibreOffice Calc opening the same plan's workbook.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Row:
    """One figure: the median of repeated runs of the program and of its floor, in the same run."""

    measure: str
    size: str
    unit: str  # "s", "ms" or "MB"
    app: Sequence[float]
    floor: Sequence[float]  # empty: no floor (a target only)
    floor_name: str
    target: float | None = None  # the most app/floor may be (None: shown, not judged)
    strict: bool = False  # the ratio (or the time) must stay under the target, not reach it
    limit: float | None = None  # the most the median itself may be, in ``unit``

    @property
    def key(self) -> str:
        return f"{self.measure} | {self.size}"

    @property
    def median(self) -> float:
        return _median(self.app)

    @property
    def floor_median(self) -> float:
        return _median(self.floor)

    @property
    def ratio(self) -> float:
        return self.median / self.floor_median if self.floor_median else math.nan

    @property
    def verdict(self) -> str:
        checks = []
        if self.target is not None and not math.isnan(self.ratio):
            checks.append(self.ratio < self.target if self.strict else self.ratio <= self.target)
        if self.limit is not None and not math.isnan(self.median):
            checks.append(self.median < self.limit if self.strict else self.median <= self.limit)
        return "" if not checks else "met" if all(checks) else "MISSED"

    def target_text(self) -> str:
        sign = "<" if self.strict else "≤"
        parts = [] if self.target is None else [f"{sign} {self.target:g}×"]
        if self.limit is not None:
            parts.append(f"{sign} {show(self.limit, self.unit)}")
        return ", ".join(parts)

    def as_json(self) -> dict[str, Any]:
        return {"median": self.median, "floor": self.floor_median, "app": list(self.app), "floors": list(self.floor)}


def _median(values: Sequence[float]) -> float:
    finite = [v for v in values if not math.isnan(v)]
    return statistics.median(finite) if finite else math.nan


def show(value: float, unit: str) -> str:
    if math.isnan(value):
        return "–"
    if unit == "s" and value < 0.9995:
        return f"{value * 1000:.0f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "ms":
        return f"{value:.1f} ms"
    return f"{value:.0f} MB"


def ratio_text(value: float) -> str:
    return "–" if math.isnan(value) else f"{value:.2f}×"


def render_rows(rows: Sequence[Row], last: Mapping[str, Mapping[str, float]]) -> str:
    lines = [
        "| Measure | Plan | Median | Floor | Floor is | Ratio | Target | | Last run | Last ratio |",
        "| --- | --- | ---: | ---: | --- | ---: | ---: | --- | ---: | ---: |",
    ]
    for row in rows:
        before = last.get(row.key, {})
        then = before.get("median", math.nan)
        then_floor = before.get("floor", math.nan)
        then_ratio = then / then_floor if then_floor else math.nan
        lines.append(
            f"| {row.measure} | {row.size} | {show(row.median, row.unit)} | {show(row.floor_median, row.unit)} "
            f"| {row.floor_name} | {ratio_text(row.ratio)} | {row.target_text()} | {row.verdict} "
            f"| {show(then, row.unit)} | {ratio_text(then_ratio)} |"
        )
    return "\n".join(lines)


@dataclass(frozen=True)
class Growth:
    """One cost at every plan size (NaN where not measured), and how the data grew from size to size."""

    measure: str
    unit: str
    values: Sequence[float]  # one per size


def render_growth(growth: Sequence[Growth], sizes: Sequence[str], data: Sequence[float]) -> str:
    """``data``: what each size holds (objectives and votes), so each step's growth is set against the data's."""
    steps = list(range(1, len(sizes)))
    head = " | ".join(sizes)
    step_heads = " | ".join(f"{sizes[i - 1].split(' obj')[0]} → {sizes[i].split(' obj')[0]}" for i in steps)
    lines = [
        "Each cost at each size; then, for each step up in size, how much the cost grew, and in brackets that",
        "over how much the data (objectives and votes) grew: (1.00) is linear, above (1.10) faster than linear,",
        "near (0) a cost that stays the same at any size.",
        "",
        f"| Cost | {head} | {step_heads} |",
        f"| --- |{' ---: |' * len(sizes)}{' ---: |' * len(steps)}",
    ]
    for item in growth:
        cells = [show(v, item.unit) for v in item.values]
        for i in steps:
            before, after = item.values[i - 1], item.values[i]
            if math.isnan(before) or math.isnan(after) or before <= 0:
                cells.append("–")
                continue
            grew = after / before
            versus = grew / (data[i] / data[i - 1])
            cells.append(f"×{grew:.2f} ({versus:.2f}){' FASTER' if versus > 1.1 else ''}")
        lines.append(f"| {item.measure} | {' | '.join(cells)} |")
    return "\n".join(lines)


@dataclass(frozen=True)
class Alternative:
    """The program opening a plan to a painted page, beside LibreOffice Calc opening the plan's workbook."""

    plan: str
    program: Sequence[float]
    program_what: str
    csv: Sequence[float]
    pdf: Sequence[float]


def render_alternatives(items: Sequence[Alternative]) -> str:
    lines = [
        "| Plan | The program: start-up to a painted page | LibreOffice: open, save the first sheet as CSV "
        "| Program ÷ LibreOffice | LibreOffice: open, print every sheet to PDF | Program ÷ LibreOffice |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for item in items:
        program, csv, pdf = _median(item.program), _median(item.csv), _median(item.pdf)
        lines.append(
            f"| {item.plan} | {show(program, 's')} ({item.program_what}) | {show(csv, 's')} "
            f"| {ratio_text(program / csv if csv else math.nan)} | {show(pdf, 's')} "
            f"| {ratio_text(program / pdf if pdf else math.nan)} |"
        )
    return "\n".join(lines)
