"""The workbook's "Charts" sheet: the room's picture as native spreadsheet charts, live in Excel and LibreOffice.

- Votes per tier per objective, one stacked bar per objective in plan order
  (the first at the top), each tier in its colour and named by its word.
- Each objective's mean against its consensus: a scatter whose guide lines (at
  consensus :data:`~planner_gui.core.tally.CONTESTED_BELOW` and mean 1.5) part
  it into "agreed high", "contested" and "agreed low", each region labelled.

Both read their numbers from the Objectives sheet's cells (its vote counts,
mean and consensus columns), so a chart follows any correction made there.
The guide lines and labels need a few numbers of their own: they sit in two
hidden columns of this sheet. The sheet comes right after "Revised plan", so
the picture is printed with the part of the workbook made to be read.
"""

from __future__ import annotations

from typing import Any

from planner_gui.core.board_paper import BoardPaper
from planner_gui.core.colors import PRIORITY_COLORS
from planner_gui.core.tally import CONTESTED_BELOW
from planner_gui.core.words import PRIORITY_WORDS, words
from planner_gui.exchange.plan_sheets import SPECS, VOTE_HEADERS
from planner_gui.exchange.print_setup import PrintPlan, apply_print
from planner_gui.i18n import N_, _, format_decimal

CHARTS = N_("Charts")
MEAN_SPLIT = 1.5  # between "low" (1) and "medium" (2): above it the room leans to keeping the objective
REGIONS = (  # label, consensus, mean: where each region's name starts, at its top left or foot
    (N_("agreed high"), CONTESTED_BELOW + 0.02, 2.9),
    (N_("contested"), 0.02, 2.9),
    (N_("agreed low"), CONTESTED_BELOW + 0.02, 0.1),
)
GUIDES = "B"  # two hidden columns of guide points, next to A: no empty column widens the printed page
CM_PER_ROW = 0.53  # a default row (15 points)
WIDTH_CM, SCATTER_CM = 17.0, 12.0
MAX_BAR_CM = 23.0  # a portrait page, less the sheet's title: beyond it bars get thinner
TICK_PT = 10  # axis labels and legend


def _column(header: str) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(SPECS["Objectives"].headers.index(header) + 1)


def _ref(sheet: str, column: str, first: int, last: int) -> Any:
    from openpyxl.chart import Reference

    title = _(sheet).replace("'", "''")  # the sheet as named in the language spoken now
    return Reference(range_string=f"'{title}'!${column}${first}:${column}${last}")


def _text(size: int, *, bold: bool = False) -> Any:
    """Chart text properties: ``size`` points."""
    from openpyxl.chart.text import RichText
    from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties

    props = CharacterProperties(sz=size * 100, b=bold)
    return RichText(p=[Paragraph(pPr=ParagraphProperties(defRPr=props), endParaRPr=props)])


def _title(text: str) -> Any:
    from openpyxl.chart.text import RichText, Text
    from openpyxl.chart.title import Title
    from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties, RegularTextRun

    props = CharacterProperties(sz=1400, b=True)
    para = Paragraph(pPr=ParagraphProperties(defRPr=props), r=[RegularTextRun(rPr=props, t=text)])
    return Title(tx=Text(rich=RichText(p=[para])), overlay=False)


def bar_chart(count: int) -> Any:
    """Votes per tier, a stacked bar per objective, read from the Objectives sheet's first ``count`` rows."""
    from openpyxl.chart import BarChart, Series
    from openpyxl.chart.data_source import AxDataSource, StrRef

    chart: Any = BarChart()
    chart.type, chart.grouping, chart.overlap, chart.gapWidth = "bar", "stacked", 100, 40
    chart.title = _title(_("Votes per objective, in plan order"))
    last = max(count, 1) + 1  # an empty plan: one empty row, never a range that ends before it starts
    for header in VOTE_HEADERS:
        series = Series(_ref("Objectives", _column(header), 2, last), title=_(header))
        series.graphicalProperties.solidFill = PRIORITY_COLORS[header.lower()].lstrip("#")
        series.graphicalProperties.line.solidFill = "FFFFFF"  # a hairline between neighbouring tiers
        chart.series.append(series)
    objectives = _("Objectives").replace("'", "''")
    numbers = f"'{objectives}'!${_column('Number')}$2:${_column('Number')}${last}"
    for series in chart.series:  # the objectives' numbers are labels, as written: text
        series.cat = AxDataSource(strRef=StrRef(f=numbers))
    chart.y_axis.title = _("Votes")  # across the foot: no words set upright anywhere on the sheet
    chart.x_axis.scaling.orientation = "maxMin"  # the plan's first objective at the top
    chart.y_axis.crosses = "max"  # ...and the votes' scale at the foot
    for axis in (chart.x_axis, chart.y_axis):
        axis.delete = False
        axis.txPr = _text(TICK_PT)
    chart.legend.position = "b"
    chart.legend.txPr = _text(TICK_PT)
    chart.width = WIDTH_CM
    chart.height = min(MAX_BAR_CM, max(12.0, 4.0 + 0.6 * count))
    return chart


def scatter_chart(count: int, guide_rows: tuple[int, int]) -> Any:
    """Each objective's mean (up) against its consensus (across), with the regions' guide lines and names."""
    from openpyxl.chart import ScatterChart, Series
    from openpyxl.chart.label import DataLabelList
    from openpyxl.chart.marker import Marker

    chart: Any = ScatterChart()
    chart.title = _title(_("Where the board agrees, and where it is split: mean score (up) against consensus"))
    chart.style = 13
    last = max(count, 1) + 1  # an empty plan: one empty row, never a range that ends before it starts
    points = Series(
        _ref("Objectives", _column("Mean"), 2, last),
        _ref("Objectives", _column("Consensus"), 2, last),
        title=_("Objectives"),
    )
    points.marker = Marker(symbol="circle", size=8)
    points.marker.graphicalProperties.solidFill = "0072B2"
    points.marker.graphicalProperties.line.solidFill = "FFFFFF"
    points.graphicalProperties.line.noFill = True
    chart.series.append(points)
    first, _last = guide_rows
    x_col, y_col = GUIDES, chr(ord(GUIDES) + 1)
    names = (
        _("consensus {value}").format(value=format_decimal(CONTESTED_BELOW, 1)),
        _("mean {value}").format(value=format_decimal(MEAN_SPLIT, 1)),
    )
    for offset, name in zip((0, 2), names, strict=True):  # two points each: a guide line
        rows = (first + offset, first + offset + 1)
        line = Series(_ref(CHARTS, y_col, *rows), _ref(CHARTS, x_col, *rows), title=name)
        line.marker = Marker(symbol="none")
        line.graphicalProperties.line.solidFill = "5B6472"
        line.graphicalProperties.line.dashStyle = "dash"
        line.graphicalProperties.line.width = 19050  # 1.5 points
        chart.series.append(line)
    for index, (label, _x, _y) in enumerate(REGIONS):  # a point that is only its name
        row = first + 4 + index
        region = Series(_ref(CHARTS, y_col, row, row), _ref(CHARTS, x_col, row, row), title=_(label))
        region.marker = Marker(symbol="none")
        region.graphicalProperties.line.noFill = True
        region.dLbls = DataLabelList(showSerName=True, dLblPos="r", txPr=_text(12, bold=True))
        region.dLbls.showVal = region.dLbls.showCatName = region.dLbls.showLegendKey = False
        region.dLbls.showPercent = False
        chart.series.append(region)
    chart.x_axis.title = _("Consensus (0 split, 1 unanimous; below {value}: contested)").format(
        value=format_decimal(CONTESTED_BELOW, 1)
    )
    chart.x_axis.scaling.min, chart.x_axis.scaling.max = 0, 1
    chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 3
    chart.x_axis.majorUnit, chart.y_axis.majorUnit = 0.2, 0.5
    for axis in (chart.x_axis, chart.y_axis):
        axis.delete = False
        axis.txPr = _text(TICK_PT)
        axis.majorGridlines = None  # the guide lines are the grid that matters
    chart.legend = None
    chart.visible_cells_only = False  # the guides' points are in hidden columns
    chart.width, chart.height = WIDTH_CM, SCATTER_CM
    return chart


def write_charts(wb: Any, paper: BoardPaper, footer: str) -> None:
    """Add the "Charts" sheet to a write-only workbook ``wb``, its charts reading the Objectives sheet."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    ws: Any = wb.create_sheet(_(CHARTS))
    ws.column_dimensions["A"].width = 74
    for column in (GUIDES, chr(ord(GUIDES) + 1)):
        ws.column_dimensions[column].hidden = True
    ws.sheet_view.showGridLines = False
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    count = len(paper.chart)
    bar = bar_chart(count)
    bar_rows = int(bar.height / CM_PER_ROW) + 2
    scatter_at = 3 + bar_rows + 1  # the scatter starts the second page
    scatter_rows = int(SCATTER_CM / CM_PER_ROW) + 1
    guides = [  # (consensus, mean) points: the two guide lines, then where each region's name goes
        (CONTESTED_BELOW, 0.0),
        (CONTESTED_BELOW, 3.0),
        (CONTESTED_BELOW, MEAN_SPLIT),
        (1.0, MEAN_SPLIT),
        *((x, y) for _label, x, y in REGIONS),
    ]
    contested, split = format_decimal(CONTESTED_BELOW, 1), format_decimal(MEAN_SPLIT, 1)
    notes = [
        _("Each bar is an objective's votes, its segments the tiers: {tiers}.").format(
            tiers=", ".join(words(PRIORITY_WORDS))
        ),
        _(
            "Agreed high: consensus {contested} or more and a mean of {split} or more. "
            "Agreed low: consensus {contested} or more, mean below {split}. "
            "Contested: consensus below {contested}, the room split."
        ).format(contested=contested, split=split),
    ]
    title = WriteOnlyCell(ws, _("The room's picture"))
    title.font = Font(name="Calibri", size=16, bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    rows: list[list[Any]] = [[title], [_note(ws, notes[0], wrap)]]
    last = scatter_at + scatter_rows + 1
    for number in range(3, last + 2):
        row: list[Any] = []
        if number == last:
            row = [_note(ws, notes[1], wrap)]
            ws.row_dimensions[number].height = 45
        index = number - 3
        if index < len(guides):
            row = [row[0] if row else None, *guides[index]]
        rows.append(row)
    for row in rows:
        ws.append(row)
    ws.add_chart(bar, "A3")
    ws.add_chart(scatter_chart(count, (3, 3 + len(guides) - 1)), f"A{scatter_at}")
    plan = PrintPlan("portrait", True, 1.0, (scatter_at - 1,), None)
    apply_print(ws, plan, footer, title_rows=None)


def _note(ws: Any, text: str, wrap: Any) -> Any:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    cell = WriteOnlyCell(ws, text)
    cell.font = Font(name="Calibri", size=10, color="5B6472")
    cell.alignment = wrap
    return cell
