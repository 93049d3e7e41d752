"""The room's picture, drawn with QPainter: votes per tier as stacked bars, and mean against consensus.

QtGui only (no widgets), so the headless ``report`` command draws with it too.
The same two functions paint on the Ranking page's chart widget, the print
preview and the PDF: :func:`paint_bars` and :func:`paint_scatter`, each onto
any painter, in a given rectangle, with a given base font (the application's,
so presentation mode scales the charts with everything else). Each returns
where it put things (:class:`BarsGeometry`, :class:`ScatterGeometry`), which is
what the tests check.

Objectives are labelled by their numbers as the plan writes them; the tiers
have the table's colour-blind-safe colours and always their words (a legend).
A plan without votes draws "No votes yet".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from planner_gui.core.board_paper import ChartRow
from planner_gui.core.colors import OKABE_ITO, PRIORITY_COLORS
from planner_gui.core.tally import CONTESTED_BELOW
from planner_gui.core.words import priority_word
from planner_gui.i18n import N_, _, format_number
from planner_gui.report.tier_bar import TIERS, text_on

__all__ = [
    "MEAN_SPLIT",
    "BarsGeometry",
    "ChartRow",
    "ScatterGeometry",
    "bars_height",
    "has_votes",
    "paint_bars",
    "paint_scatter",
]

MEAN_SPLIT = 1.5  # between low (1) and medium (2): above it the room leans to keeping the objective
INK, MUTED, GRID = QColor("#1d2430"), QColor("#5b6472"), QColor("#d5dae1")
UNDECIDED = QColor(OKABE_ITO["blue"])
NO_VOTES = N_("No votes yet")


@dataclass
class BarsGeometry:
    bars: dict[str, QRectF] = field(default_factory=dict)  # objective number -> its whole bar
    segments: dict[str, list[tuple[str, QRectF]]] = field(default_factory=dict)  # number -> (tier, rect)
    counts: list[tuple[str, QRectF]] = field(default_factory=list)  # each count written on a segment
    labels: dict[str, QRectF] = field(default_factory=dict)  # number -> its label at the left
    legend: dict[str, QRectF] = field(default_factory=dict)  # tier word -> its place in the legend
    empty: bool = False


@dataclass
class ScatterGeometry:
    points: dict[str, QPointF] = field(default_factory=dict)  # objective number -> centre of its dot
    labels: list[tuple[str, QRectF]] = field(default_factory=list)  # "1, 2, 8" -> rect (dots in one place share)
    regions: dict[str, QRectF] = field(default_factory=dict)  # "agreed high"... -> its label's rect
    plot: QRectF = field(default_factory=QRectF)
    empty: bool = False


def has_votes(rows: Sequence[ChartRow]) -> bool:
    return any(sum(row.counts) > 0 for row in rows)


def _line(font: QFont, painter: QPainter | None = None) -> QFontMetricsF:
    return QFontMetricsF(font, painter.device()) if painter is not None else QFontMetricsF(font)


def bars_height(rows: int, font: QFont) -> float:
    """The height the bars of ``rows`` objectives want at ``font``: a band of about 1.6 lines each."""
    line = QFontMetricsF(font).height()
    return line * (1.6 * max(rows, 1) + 4.2)


def _empty(painter: QPainter, rect: QRectF, font: QFont) -> None:
    big = QFont(font)
    if font.pointSizeF() > 0:
        big.setPointSizeF(font.pointSizeF() * 1.4)
    else:  # a font in pixels, as the report's layout has it
        big.setPixelSize(round(font.pixelSize() * 1.4))
    painter.setFont(big)
    painter.setPen(MUTED)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, _(NO_VOTES))


def _legend(
    painter: QPainter, area: QRectF, items: Sequence[tuple[str, QColor]], font: QFont
) -> tuple[dict[str, QRectF], float]:
    """The colours with their words along the top of ``area``, on more lines if need be; returns the height used."""
    metrics = _line(font, painter)
    size = metrics.height() * 0.8
    placed: dict[str, QRectF] = {}
    painter.setFont(font)
    x, y = area.left(), area.top()
    for word, color in items:
        text_x = x + size + metrics.averageCharWidth() * 0.6
        width = metrics.horizontalAdvance(word)
        if text_x + width > area.right() and x > area.left():  # onto the next line
            x, y = area.left(), y + metrics.height() * 1.2
            text_x = x + size + metrics.averageCharWidth() * 0.6
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRect(QRectF(x, y + (metrics.height() - size) / 2, size, size))
        painter.setPen(INK)
        painter.drawText(QPointF(text_x, y + metrics.ascent()), word)
        placed[word] = QRectF(x, y, text_x + width - x, metrics.height())
        x = text_x + width + metrics.averageCharWidth() * 2.5
    return placed, y + metrics.height() - area.top()


def paint_bars(painter: QPainter, rect: QRectF, rows: Sequence[ChartRow], font: QFont) -> BarsGeometry:
    """A stacked bar per objective in plan order, top to bottom, in ``rect``; a legend above, a scale below."""
    geometry = BarsGeometry()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    metrics = _line(font, painter)
    line = metrics.height()
    if not has_votes(rows):
        geometry.empty = True
        _empty(painter, rect, font)
        painter.restore()
        return geometry
    words = [(priority_word(word), QColor(PRIORITY_COLORS[word])) for word in TIERS]
    geometry.legend, used = _legend(painter, rect, words, font)
    label_width = max(metrics.horizontalAdvance(row.number) for row in rows) + metrics.averageCharWidth()
    top, bottom = rect.top() + used + line * 0.6, rect.bottom() - line * 1.8
    left, right = rect.left() + label_width + line * 0.4, rect.right() - metrics.averageCharWidth()
    band = (bottom - top) / len(rows)
    thickness = max(1.0, band * 0.72)
    most = max(sum(row.counts) for row in rows)
    step = _step(most)
    scale = (right - left) / (step * -(-most // step))
    _scale_below(painter, left, right, top, bottom, step, scale, most, font)
    small = band < line * 0.9  # too many bars for a label each: every nth
    every = max(1, int(-(-line * 1.1 // band))) if small else 1
    for index, row in enumerate(rows):
        y = top + index * band + (band - thickness) / 2
        x = left
        segments: list[tuple[str, QRectF]] = []
        for tier, count in zip(TIERS, row.counts, strict=True):
            if count <= 0:
                continue
            color = QColor(PRIORITY_COLORS[tier])
            segment = QRectF(x, y, count * scale, thickness)
            painter.setPen(QPen(QColor("#ffffff"), 1.0))
            painter.setBrush(color)
            painter.drawRect(segment)
            segments.append((tier, segment))
            text = format_number(count)
            if metrics.horizontalAdvance(text) + 4 <= segment.width() and metrics.height() * 0.9 <= thickness:
                painter.setPen(text_on(color))
                painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, text)
                geometry.counts.append((text, segment))
            x += segment.width()
        geometry.bars[row.number] = QRectF(left, y, x - left, thickness)
        geometry.segments[row.number] = segments
        if index % every == 0:
            label = QRectF(rect.left(), top + index * band + band / 2 - line / 2, label_width, line)
            painter.setPen(INK)
            painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, row.number)
            geometry.labels[row.number] = label
    painter.restore()
    return geometry


def _step(most: float) -> float:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000):
        if most / step <= 10:
            return float(step)
    return float(10 ** len(str(int(most))) / 10)


def _scale_below(
    painter: QPainter,
    left: float,
    right: float,
    top: float,
    bottom: float,
    step: float,
    scale: float,
    most: float,
    font: QFont,
) -> None:
    metrics = _line(font, painter)
    value = 0.0
    while value <= most + step - 1e-9 and left + value * scale <= right + 0.5:
        x = left + value * scale
        painter.setPen(QPen(GRID, 1.0))
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        text = format_number(value)
        painter.setPen(MUTED)
        painter.drawText(QPointF(x - metrics.horizontalAdvance(text) / 2, bottom + metrics.ascent() + 2), text)
        value += step
    painter.drawText(QPointF(left, bottom + metrics.height() * 1.75), _("votes"))


def paint_scatter(painter: QPainter, rect: QRectF, rows: Sequence[ChartRow], font: QFont) -> ScatterGeometry:
    """Mean (up, 0–3) against consensus (across, 0–1): a dot per objective with votes, in its decided tier's colour."""
    geometry = ScatterGeometry()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    metrics = _line(font, painter)
    line = metrics.height()
    voted = [row for row in rows if row.mean is not None and row.consensus is not None and sum(row.counts) > 0]
    if not voted:
        geometry.empty = True
        _empty(painter, rect, font)
        painter.restore()
        return geometry
    words = [(priority_word(word), QColor(PRIORITY_COLORS[word])) for word in TIERS] + [(_("Not decided"), UNDECIDED)]
    _legend_places, used = _legend(painter, rect, words, font)
    plot = QRectF(
        rect.left() + line * 1.4 + metrics.horizontalAdvance("2.5") + 6,
        rect.top() + used + line * 0.8,
        0,
        0,
    )
    plot.setRight(rect.right() - metrics.averageCharWidth())
    plot.setBottom(rect.bottom() - line * 2.4)
    geometry.plot = plot

    def at(consensus: float, mean: float) -> QPointF:
        return QPointF(plot.left() + consensus * plot.width(), plot.bottom() - mean / 3 * plot.height())

    _axes(painter, plot, font)
    split_x = at(CONTESTED_BELOW, 0).x()
    pen = QPen(MUTED, max(1.0, line / 12), Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawLine(QPointF(split_x, plot.top()), QPointF(split_x, plot.bottom()))
    painter.drawLine(at(CONTESTED_BELOW, MEAN_SPLIT), at(1, MEAN_SPLIT))
    radius = max(3.0, line * 0.38)
    groups: dict[tuple[int, int], list[ChartRow]] = {}
    for row in voted:
        assert row.mean is not None and row.consensus is not None
        centre = at(row.consensus, row.mean)
        geometry.points[row.number] = centre
        groups.setdefault((round(centre.x() / radius), round(centre.y() / radius)), []).append(row)
    dots = [QRectF(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius) for c in geometry.points.values()]
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    bold_metrics = _line(bold, painter)
    pad, middle = line * 0.3, at(1, MEAN_SPLIT).y()
    regions = (  # each region's corners, the first clear of every dot taken
        ("contested", QRectF(QPointF(plot.left(), plot.top()), QPointF(split_x, plot.bottom()))),
        ("agreed high", QRectF(QPointF(split_x, plot.top()), QPointF(plot.right(), middle))),
        ("agreed low", QRectF(QPointF(split_x, middle), QPointF(plot.right(), plot.bottom()))),
    )
    for name, area in regions:
        shown = _(name)
        box = _corner(shown, area.adjusted(pad, pad, -pad, -pad), bold_metrics, dots, low=name == "agreed low")
        painter.setPen(MUTED)
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
        geometry.regions[name] = box
    placed = list(geometry.regions.values()) + dots
    painter.setFont(font)
    for members in groups.values():
        centre = geometry.points[members[0].number]
        color = QColor(PRIORITY_COLORS[members[0].decided]) if members[0].decided else UNDECIDED
        painter.setPen(QPen(QColor("#ffffff"), max(1.0, radius / 3)))
        painter.setBrush(color)
        painter.drawEllipse(centre, radius, radius)
    for members in groups.values():
        centre = geometry.points[members[0].number]
        text = _joined([m.number for m in members], metrics, plot.width() * 0.5)
        box = _place(QRectF(0, 0, metrics.horizontalAdvance(text) + 4, line), centre, radius, plot, placed)
        painter.setPen(INK)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        placed.append(box)
        geometry.labels.append((text, box))
    painter.restore()
    return geometry


def _corner(name: str, area: QRectF, metrics: QFontMetricsF, dots: Sequence[QRectF], *, low: bool) -> QRectF:
    """A region's name in one of its corners (the foot first for "agreed low"), the first clear of the dots."""
    w, h = metrics.horizontalAdvance(name), metrics.height()
    tops = [area.top(), area.bottom() - h]
    corners = [QRectF(x, y, w, h) for y in (tops[::-1] if low else tops) for x in (area.left(), area.right() - w)]
    for corner in corners:
        if not any(corner.intersects(dot) for dot in dots):
            return corner
    return corners[0]


def _joined(numbers: Sequence[str], metrics: QFontMetricsF, widest: float) -> str:
    """“1, 2, 8”; when too wide, “1, 2, 8 +3”."""
    for shown in range(len(numbers), 0, -1):
        text = ", ".join(numbers[:shown]) + (f" +{len(numbers) - shown}" if shown < len(numbers) else "")
        if metrics.horizontalAdvance(text) <= widest or shown == 1:
            return text
    return ""


def _place(box: QRectF, centre: QPointF, radius: float, plot: QRectF, placed: Sequence[QRectF]) -> QRectF:
    """Right of the dot, else left, above or below: the first place clear of other labels, inside the plot."""
    w, h = box.width(), box.height()
    tries = []
    for gap in (radius + 2, radius + 2 + h, radius + 2 + 2 * h):
        x, y = centre.x(), centre.y()
        tries += [
            QRectF(x + gap, y - h / 2, w, h),
            QRectF(x - gap - w, y - h / 2, w, h),
            QRectF(x - w / 2, y - gap - h, w, h),
            QRectF(x - w / 2, y + gap, w, h),
            QRectF(x + radius, y - radius - h, w, h),
            QRectF(x + radius, y + radius, w, h),
            QRectF(x - radius - w, y - radius - h, w, h),
            QRectF(x - radius - w, y + radius, w, h),
        ]
    inside = [t for t in tries if plot.contains(t)] or tries
    for candidate in inside:
        if not any(candidate.intersects(other) for other in placed):
            return candidate
    return inside[0]


def _axes(painter: QPainter, plot: QRectF, font: QFont) -> None:
    metrics = _line(font, painter)
    painter.setPen(QPen(GRID, 1.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(plot)
    painter.setPen(MUTED)
    for tick in range(0, 7):  # mean 0, 0.5 ... 3
        mean = tick / 2
        y = plot.bottom() - mean / 3 * plot.height()
        text = format_number(mean)
        painter.drawText(QPointF(plot.left() - metrics.horizontalAdvance(text) - 4, y + metrics.ascent() / 2.5), text)
    for tick in range(0, 6):  # consensus 0, 0.2 ... 1
        consensus = tick / 5
        x = plot.left() + consensus * plot.width()
        text = format_number(consensus)
        painter.drawText(QPointF(x - metrics.horizontalAdvance(text) / 2, plot.bottom() + metrics.ascent() + 2), text)
    across = _("consensus (0: split, 1: unanimous)")
    painter.drawText(
        QPointF(plot.center().x() - metrics.horizontalAdvance(across) / 2, plot.bottom() + metrics.height() * 2.1),
        across,
    )
    painter.save()
    painter.translate(plot.left() - metrics.horizontalAdvance("2.5") - 8 - metrics.descent(), plot.center().y())
    painter.rotate(-90)
    up = _("mean (0: dropped … 3: high)")
    painter.drawText(QPointF(-metrics.horizontalAdvance(up) / 2, 0), up)
    painter.restore()


REGION_NAMES = (N_("contested"), N_("agreed high"), N_("agreed low"))  # drawn translated
