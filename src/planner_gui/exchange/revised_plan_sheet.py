"""The workbook's first sheet, "Revised plan": the plan as a board reads it, printable on A4 and on Letter.

The plan's title and period; each active goal as a heading with its objectives
in plan order under it (number, the whole title, the decided priority in its
colour and word, the strategy serving it, and the rationale on a line of its
own); then the goals folded into the others with their note, and the dropped
objectives with their reason. Portrait, four columns that fit the narrower of
the two papers at full size in 10-point type; rows are put on pages so that a
heading never ends one and an objective's two lines stay together.

Written from :class:`~planner_gui.core.board_paper.BoardPaper`; the importer
does not read it (the data sheets carry the same plan).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from planner_gui.core.board_paper import BoardPaper, PlanObjective
from planner_gui.core.colors import PRIORITY_COLORS
from planner_gui.core.words import priority_word
from planner_gui.exchange.cells import clean_text
from planner_gui.exchange.print_setup import apply_print, plan_print, start_print
from planner_gui.i18n import N_, _, ngettext

REVISED_PLAN = N_("Revised plan")
HEADERS = (N_("Obj."), N_("Objective"), N_("Priority"), N_("Strategy"))
WIDTHS = (7, 43, 9, 15)  # 74 units: A4's width, portrait, at full size however wide the font is drawn
HEADER_ROW = 5  # the column headings, printed at the top of every page
LINE = 13.5  # points: a line of 10-point text
LONGEST = 2_000  # characters of a title shown here; the data sheets hold it whole
INK, MUTED, HEAD_FILL, GOAL_FILL, RULE = "1D2430", "5B6472", "DCE3EC", "E9EDF2", "7A8899"
FULL, WIDE = "A{0}:D{0}", "B{0}:D{0}"  # merged ranges: the sheet's width; the columns after the number

Row = list[tuple[Any, Any]]  # (value, the cell of its look)


def _per_line(width: float) -> int:
    """Characters on a line of 10-point text, at the least (see plan_workbook._per_line)."""
    return max(1, int((width * 7 - 6) / 5.0) - 3)  # 7 pt a unit, less padding; 5 pt a character at 10 pt


def _lines(text: str, width: float) -> int:
    per = _per_line(width)
    return sum(max(1, -(-len(part) // per)) for part in text.split("\n"))


def _shown(text: str, longest: int = LONGEST) -> str:
    text = clean_text(text).strip()
    return text if len(text) <= longest else text[: longest - 1] + "…"


def _rationale(text: str) -> str:
    """The rationale's first paragraph, on a line of its own under the objective."""
    return _shown(clean_text(text).strip().split("\n\n")[0].replace("\n", " "), 600)


def _tier_word(priority: str | None) -> str:
    return priority_word(priority) if priority else _("Not decided")


class _Sheet:
    """Rows of styled cells, with each row's height and whether it must stay with the next, then print setup."""

    def __init__(self, wb: Any) -> None:
        from planner_gui.exchange.styled_sheet import Looks, StyledSheet

        self.ws: Any = StyledSheet.add(wb, _(REVISED_PLAN))
        self.looks: Looks[str] = Looks(self.ws, self._style)
        self.heights: list[float] = []
        self.keep: list[bool] = []
        self.merged: list[str] = []  # given to the sheet at the end: openpyxl checks each added one against all

    def row(self, cells: Row, height: float, *, keep: bool = False, merge: str | None = None) -> None:
        number = len(self.heights) + 1
        self.ws.row_dimensions[number].height = round(height, 1)
        if merge:
            self.merged.append(merge.format(number))
        self.ws.append(cells)
        self.heights.append(height)
        self.keep.append(keep)

    def cell(self, value: str, look: str) -> tuple[str, Any]:
        return value, self.looks[look]

    def blank(self) -> tuple[None, Any]:
        return None, self.looks["text"]

    def _style(self, look: str) -> Any:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        proto = WriteOnlyCell(self.ws, None)
        proto.alignment = Alignment(wrap_text=True, vertical="top")
        size = {"title": 16.0, "goal": 11.0, "part": 12.0}.get(look, 10.0)
        bold = look in ("title", "head", "goal", "part", "number", "reason", "folded") or look.startswith("tier:")
        muted = look in ("subtitle", "why", "note", "struck", "head")
        italic = look in ("why", "note")
        proto.font = Font(
            name="Calibri", size=size, bold=bold, italic=italic, strike=look == "struck", color=MUTED if muted else INK
        )
        if look == "head":
            proto.fill = PatternFill("solid", start_color=HEAD_FILL)
            proto.border = Border(bottom=Side(style="thin", color=RULE))
        elif look == "goal":
            proto.fill = PatternFill("solid", start_color=GOAL_FILL)
            proto.border = Border(top=Side(style="thin", color=RULE))
        elif look.startswith("tier:"):
            proto.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
            color = PRIORITY_COLORS.get(look.removeprefix("tier:"))
            if color:
                proto.fill = PatternFill("solid", start_color=color.lstrip("#"))
        return proto._style  # type: ignore[attr-defined]


def write_revised_plan(wb: Any, paper: BoardPaper, footer: str) -> None:
    """Add the "Revised plan" sheet to a write-only workbook ``wb``."""
    from openpyxl.utils import get_column_letter

    sheet = _Sheet(wb)
    ws = sheet.ws
    for index, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.sheet_view.showGridLines = False
    start_print(ws, WIDTHS, "portrait")
    full = sum(WIDTHS)
    title = _shown(paper.title) or _("Strategic plan")
    sheet.row([sheet.cell(title, "title")], max(26.0, 21.0 * _lines(title, full / 1.6)), merge=FULL)
    period = _("The revised plan, {period}").format(period=paper.period) if paper.period else _("The revised plan")
    subtitle = _shown(" · ".join(part for part in (paper.organisation, period) if part), 400)
    sheet.row([sheet.cell(subtitle, "subtitle")], LINE * _lines(subtitle, full) + 2, merge=FULL)
    summary = _summary(paper)
    sheet.row([sheet.cell(summary, "note")], LINE * _lines(summary, full) + 2, merge=FULL)
    sheet.row([], 8.0)
    sheet.row([sheet.cell(_(h), "head") for h in HEADERS], LINE + 3, keep=True)
    for goal in paper.goals:
        _heading(sheet, _("Goal {number} · {title}").format(number=goal.number, title=goal.title), "goal")
        if not goal.objectives:
            sheet.row(
                [sheet.blank(), sheet.cell(_("Every objective of this goal was dropped (see below)."), "note")], LINE
            )
        for objective in goal.objectives:
            _objective(sheet, objective)
    if paper.folded:
        _heading(sheet, _("Goals folded into the others"), "part")
        for folded in paper.folded:
            name = _shown(folded.title)
            note = _shown(folded.note) or _("No note on how it was folded.")
            cells = [sheet.cell(_("Goal {number}").format(number=folded.number), "number"), sheet.cell(name, "folded")]
            sheet.row(cells, LINE * _lines(name, full - WIDTHS[0]) + 3, keep=True, merge=WIDE)
            sheet.row([sheet.blank(), sheet.cell(note, "note")], LINE * _lines(note, full - WIDTHS[0]) + 3, merge=WIDE)
            for objective in folded.objectives:
                _objective(sheet, objective)
    if paper.dropped:
        _heading(sheet, _("Objectives dropped from the plan"), "part")
        heads = (_("Obj."), _("Objective"), _("Decided"), _("Reason"))
        sheet.row([sheet.cell(h, "head") for h in heads], LINE + 3, keep=True)
        for dropped in paper.dropped:
            name = _shown(dropped.title)
            cells = [
                sheet.cell(dropped.number, "number"),
                sheet.cell(name, "struck"),
                sheet.cell(priority_word("dropped"), "tier:dropped"),
                sheet.cell(dropped.reason, "reason"),
            ]
            why = _rationale(dropped.rationale)
            height = LINE * max(_lines(name, WIDTHS[1]), _lines(dropped.reason, WIDTHS[3] - 1)) + 4
            sheet.row(cells, height, keep=bool(why))
            if why:
                sheet.row([sheet.blank(), sheet.cell(why, "why")], LINE * _lines(why, full - WIDTHS[0]) + 4, merge=WIDE)
    plan = plan_print(
        WIDTHS, sheet.heights, orientation="portrait", first_row=1, title_height=LINE + 3, keep_with_next=sheet.keep
    )
    from openpyxl.worksheet.cell_range import CellRange, MultiCellRange

    ws.merged_cells = MultiCellRange([CellRange(ref) for ref in sheet.merged])
    ws.print_options.horizontalCentered = True  # where the font is narrower, the table sits in the middle
    apply_print(ws, plan, footer, title_rows=f"{HEADER_ROW}:{HEADER_ROW}")


def _summary(paper: BoardPaper) -> str:
    counts = paper.decided
    total = sum(counts.values())
    said = {
        "high": _("{count} high"),
        "medium": _("{count} medium"),
        "low": _("{count} low"),
        "dropped": ngettext("{count} dropped", "{count} dropped", counts["dropped"]),
        "undecided": ngettext("{count} not decided yet", "{count} not decided yet", counts["undecided"]),
    }
    parts = [said[tier].format(count=counts[tier]) for tier in said if counts[tier]]
    if len(parts) > 1:
        listed = _("{items} and {last}").format(items=", ".join(parts[:-1]), last=parts[-1])
    else:
        listed = "".join(parts)
    if not total:
        return _("The plan has no objectives yet.")
    return ngettext("{total} objective: {counts}.", "{total} objectives: {counts}.", total).format(
        total=total, counts=listed
    )


def _heading(sheet: _Sheet, text: str, look: str) -> None:
    text = _shown(text)
    size = 16.0 if look == "goal" else 18.0
    sheet.row([sheet.cell(text, look)], size * _lines(text, sum(WIDTHS) / 1.15) + 4, keep=True, merge=FULL)


def _objective(sheet: _Sheet, objective: PlanObjective) -> None:
    name = _shown(objective.title)
    strategy = _shown("; ".join(objective.strategies), 400)
    tier = objective.priority or "undecided"
    cells = [
        sheet.cell(objective.number, "number"),
        sheet.cell(name, "text"),
        sheet.cell(_tier_word(objective.priority), f"tier:{tier}"),
        sheet.cell(strategy, "text"),
    ]
    widths: Sequence[tuple[str, float]] = ((name, WIDTHS[1]), (strategy, WIDTHS[3]), (objective.number, WIDTHS[0]))
    lines = max(_lines(text, width) for text, width in widths)
    why = _rationale(objective.rationale)
    sheet.row(cells, LINE * lines + 4, keep=bool(why))
    if why:
        full = sum(WIDTHS) - WIDTHS[0]
        sheet.row([sheet.blank(), sheet.cell(why, "why")], LINE * _lines(why, full) + 4, merge=WIDE)
