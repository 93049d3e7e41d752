"""The Ranking page's chart widget: a bar per objective in plan order, the scatter's regions, every state of the votes.

The widget is drawn offscreen (``grab``) and checked by the geometry the
painting functions return: where each bar, count, label, dot and region name went.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QFont, QImage

from planner_gui.core.board_paper import ChartRow, board_paper
from planner_gui.core.document import PlanDocument
from planner_gui.core.tally import Tally
from planner_gui.ui.widgets.ranking_chart import RankingChart

REGIONS = {"agreed high", "contested", "agreed low"}


def row(number: str, high: float = 0, medium: float = 0, low: float = 0, dropped: float = 0) -> ChartRow:
    tally = Tally(high, medium, low, dropped)
    return ChartRow(number, f"Objective {number}", tally.counts, tally.mean, tally.consensus, tally.leading)


@pytest.fixture
def sample_rows(sample_plan: Path) -> Iterator[tuple[ChartRow, ...]]:
    doc = PlanDocument.open_snapshot(sample_plan)
    try:
        yield board_paper(doc).chart
    finally:
        doc.close()


def drawn(qtbot: Any, rows: tuple[ChartRow, ...], *, font: QFont | None = None) -> tuple[RankingChart, QImage]:
    widget = RankingChart()
    qtbot.addWidget(widget)
    if font is not None:
        widget.setFont(font)
    widget.set_rows(rows)
    widget.resize(widget.sizeHint())
    image = widget.grab().toImage()
    return widget, image


def ink(image: QImage, x: float, y: float) -> QColor:
    return image.pixelColor(round(x), round(y))


def test_the_sample_draws_a_bar_per_objective_in_plan_order(qtbot: Any, sample_rows: tuple[ChartRow, ...]) -> None:
    widget, image = drawn(qtbot, sample_rows)
    bars = widget.bars
    assert list(bars.bars) == [r.number for r in sample_rows]  # every objective, in the plan's order
    tops = [rect.top() for rect in bars.bars.values()]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)  # top to bottom, one band each
    assert set(bars.labels) == set(bars.bars)  # each labelled by its number, beside its bar
    for number, label in bars.labels.items():
        assert (
            label.right() <= bars.bars[number].left() and abs(label.center().y() - bars.bars[number].center().y()) < 1
        )
    assert list(bars.legend) == ["High", "Medium", "Low", "Dropped"]
    widths = {r.number: bars.bars[r.number].width() for r in sample_rows}
    assert len(set(round(w) for w in widths.values())) == 1  # seven votes each: bars of one length
    one = next(r for r in sample_rows if r.number == "1")
    assert [tier for tier, _ in bars.segments["1"]] == ["high", "medium"]
    high = bars.segments["1"][0][1]
    assert high.width() == pytest.approx(6 * bars.bars["1"].width() / sum(one.counts), abs=0.5)
    assert ink(image, high.left() + 3, high.center().y()) == QColor("#D55E00")  # the tier's colour, on screen
    assert ("6", high) in bars.counts  # the count written on its segment
    scatter = widget.scatter
    assert set(scatter.points) == {r.number for r in sample_rows}
    assert set(scatter.regions) == REGIONS
    labels = dict(scatter.labels)
    assert "1, 2, 8, 10, 13, 15" in labels  # voted alike: one dot, one label naming them all
    assert scatter.points["9"].x() < scatter.regions["agreed high"].left()  # Obj. 9 split the room
    placed = list(labels.values()) + list(scatter.regions.values())
    for i, a in enumerate(placed):
        assert scatter.plot.contains(a)
        assert not any(a.intersects(b) for b in placed[i + 1 :]), "labels overlap"


def test_a_split_room_is_contested_and_a_unanimous_one_agreed(qtbot: Any) -> None:
    widget, _ = drawn(qtbot, (row("1", high=3, dropped=3), row("2", high=5), row("3", low=4)))
    scatter, bars = widget.scatter, widget.bars
    plot = scatter.plot
    split, unanimous, low = scatter.points["1"], scatter.points["2"], scatter.points["3"]
    assert split.x() == pytest.approx(plot.left()) and split.y() == pytest.approx(plot.center().y())  # 0 and 1.5
    assert unanimous.x() == pytest.approx(plot.right()) and unanimous.y() == pytest.approx(plot.top())
    assert scatter.regions["contested"].right() < scatter.regions["agreed high"].left()
    assert scatter.regions["agreed high"].bottom() < low.y() < scatter.regions["agreed low"].bottom() + 1
    assert [t for t, _ in bars.segments["1"]] == ["high", "dropped"]
    halves = [rect.width() for _, rect in bars.segments["1"]]
    assert halves[0] == pytest.approx(halves[1])
    assert [t for t, _ in bars.segments["2"]] == ["high"]
    assert bars.bars["2"].width() > bars.bars["1"].width() * 0.8  # 5 votes against 6
    assert {text for text, _ in bars.counts} >= {"3", "5", "4"}


def test_no_votes_draws_a_clear_empty_state(qtbot: Any) -> None:
    for rows in ((), (row("1"), row("2"))):
        widget, image = drawn(qtbot, rows)
        assert widget.bars.empty and widget.scatter.empty
        assert widget.bars.bars == {} and widget.scatter.points == {}
        assert widget.toolTip() == "No votes yet."
        background = ink(image, 2, 2)
        inked = sum(
            1
            for x in range(0, image.width(), 4)
            for y in range(0, image.height(), 4)
            if image.pixelColor(x, y) != background
        )
        assert inked > 0  # the words "No votes yet" are on it


def test_the_charts_grow_with_the_font_for_a_projector(qtbot: Any, sample_rows: tuple[ChartRow, ...]) -> None:
    normal, _ = drawn(qtbot, sample_rows)
    font = QFont(normal.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    big, _ = drawn(qtbot, sample_rows, font=font)
    assert big.sizeHint().width() > normal.sizeHint().width() * 1.4
    assert big.bars.labels["1"].height() > normal.bars.labels["1"].height() * 1.4
    assert list(big.bars.bars) == list(normal.bars.bars)
    assert set(big.scatter.regions) == REGIONS


def test_the_size_hint_suits_a_1280_by_720_screen(qtbot: Any) -> None:
    widget = RankingChart()
    qtbot.addWidget(widget)
    hint = widget.sizeHint()
    assert 500 <= hint.width() <= 1200 and 300 <= hint.height() <= 640
