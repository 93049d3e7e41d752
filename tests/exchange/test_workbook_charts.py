"""The "Charts" sheet's native charts, read back from the xlsx's XML: their kind, series and how many points."""

from __future__ import annotations

import re
import sys
import zipfile
from pathlib import Path

import pytest

from planner_gui.core.document import PlanDocument
from planner_gui.exchange.plan_workbook import write_plan_workbook

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
C = "http://schemas.openxmlformats.org/drawingml/2006/chart"


def charts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode() for n in sorted(z.namelist()) if re.fullmatch(r"xl/charts/chart\d+\.xml", n)}


def span(formula: str) -> int:
    """Cells in a one-column range such as 'Objectives'!$H$2:$H$17."""
    first, last = (int(n) for n in re.findall(r"\$(\d+)", formula))
    return last - first + 1


def check(path: Path, objectives: int) -> None:
    found = charts(path)
    assert list(found) == ["xl/charts/chart1.xml", "xl/charts/chart2.xml"]
    bar, scatter = found.values()
    assert "<barChart>" in bar and '<barDir val="bar"' in bar and '<grouping val="stacked"' in bar
    assert '<overlap val="100"' in bar
    names = re.findall(r"<tx><v>([^<]+)</v></tx>", bar)
    assert names == ["High", "Medium", "Low", "Dropped"]
    colours = re.findall(r'<ser>.*?<a:solidFill><a:srgbClr val="(\w+)"', bar, flags=re.S)
    assert colours == ["D55E00", "E69F00", "56B4E9", "999999"]  # core/colors.py, the tables' colours
    values = re.findall(r"<val><numRef><f>([^<]+)</f>", bar)
    assert [v.split("!")[0] for v in values] == ["'Objectives'"] * 4
    assert [re.search(r"\$([A-Z]+)\$", v).group(1) for v in values] == ["H", "I", "J", "K"]  # High … Dropped
    assert [span(v) for v in values] == [objectives] * 4
    categories = re.findall(r"<cat><strRef><f>([^<]+)</f>", bar)
    assert categories and all(span(c) == objectives and "$B$" in c for c in categories)  # labelled by number
    assert "<scatterChart>" in scatter
    series = re.findall(r"<ser>(.*?)</ser>", scatter, flags=re.S)
    points = series[0]
    assert re.search(r"<tx><v>Objectives</v>", points)
    x = re.search(r"<xVal><numRef><f>([^<]+)</f>", points).group(1)
    y = re.search(r"<yVal><numRef><f>([^<]+)</f>", points).group(1)
    assert "$M$" in x and "$L$" in y and span(x) == span(y) == objectives  # consensus across, mean up
    guides = [re.search(r"<tx><v>([^<]+)</v>", s).group(1) for s in series[1:]]
    assert guides == ["consensus 0.6", "mean 1.5", "agreed high", "contested", "agreed low"]
    assert scatter.count('<showSerName val="1"') == 3  # the regions' names written on the chart
    assert '<plotVisOnly val="0"' in scatter  # the guides' points sit in hidden columns


def test_the_sample_workbook_holds_both_charts_over_its_sixteen_objectives(sample_plan: Path, tmp_path: Path) -> None:
    doc = PlanDocument.open_snapshot(sample_plan)
    try:
        write_plan_workbook(doc, tmp_path / "sample.xlsx")
    finally:
        doc.close()
    check(tmp_path / "sample.xlsx", 16)


@pytest.mark.slow
def test_a_200_objective_plan_charts_every_objective(tmp_path: Path) -> None:
    sys.path.append(str(BENCHMARKS))
    from plans import Size, build_plan

    plan = build_plan(tmp_path / "big.retreat", Size(200, 12))
    doc = PlanDocument.open_snapshot(plan)
    try:
        write_plan_workbook(doc, tmp_path / "big.xlsx")
    finally:
        doc.close()
    check(tmp_path / "big.xlsx", 200)
