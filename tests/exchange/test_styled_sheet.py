"""The export's styled sheets: cells as openpyxl itself writes them, and the plan's texts wherever they stand."""

from __future__ import annotations

import sys
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill

from planner_gui.core.document import PlanDocument
from planner_gui.core.ranking import MEMBERS
from planner_gui.core.strategies import ACTIONS, COUNTRIES, TARGETS
from planner_gui.exchange.cells import _CONTROL, clean_text
from planner_gui.exchange.plan_sheets import plan_tables
from planner_gui.exchange.plan_workbook import write_plan_workbook
from planner_gui.exchange.styled_sheet import Looks, StyledSheet

ROWS: list[list[Any]] = [
    ["=SUM(A1:A9)", "#N/A", "", None, 7, 0.25],
    ["High", "- a bullet\n- another", None, date(2015, 9, 30), 12, 1.5],
    ["tab\tkept", "Low", "", None, 3, 2.0],  # the cells of a look after a date keep their own format
]
LOOKS = ["text", "tier", "text", "other", "other", "float"]


def _style(cell: Any, look: str) -> None:
    cell.alignment = Alignment(wrap_text=look in ("text", "tier"), vertical="top")
    if look == "tier":
        cell.fill, cell.font = PatternFill("solid", start_color="D55E00"), Font(bold=True)
    if look == "float":
        cell.number_format = "0.00"


def _parts(path: Path) -> tuple[bytes, bytes]:
    with zipfile.ZipFile(path) as z:
        return z.read("xl/worksheets/sheet1.xml"), z.read("xl/styles.xml")


def test_a_styled_sheet_writes_what_openpyxl_writes_cell_by_cell(tmp_path: Path) -> None:
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Sheet")
    for row in ROWS:
        cells = []
        for value, look in zip(row, LOOKS, strict=True):
            cell = WriteOnlyCell(ws, value)
            if isinstance(value, str):
                cell.data_type = "s"
            _style(cell, look)
            cells.append(cell)
        ws.append(cells)
    wb.save(tmp_path / "openpyxl.xlsx")

    wb = openpyxl.Workbook(write_only=True)
    styled = StyledSheet.add(wb, "Sheet")

    def style(look: str) -> Any:
        proto = WriteOnlyCell(styled)
        _style(proto, look)
        return proto._style

    looks: Looks[str] = Looks(styled, style)
    for row in ROWS:
        styled.append([(value, looks[look]) for value, look in zip(row, LOOKS, strict=True)])
    wb.save(tmp_path / "styled.xlsx")

    assert _parts(tmp_path / "styled.xlsx") == _parts(tmp_path / "openpyxl.xlsx")
    cells = openpyxl.load_workbook(tmp_path / "styled.xlsx")["Sheet"]
    assert [c.data_type for c in cells[1]][:2] == ["s", "s"]  # typed text, never a formula or an error
    assert cells["D2"].is_date and not cells["E2"].is_date and cells["F3"].number_format == "0.00"


def test_every_strategy_lists_its_actions_targets_and_countries_in_their_order(sample_plan: Path) -> None:
    doc = PlanDocument.open(sample_plan)
    try:
        first, second = (s.id for s in doc.strategies.strategies()[:2])
        for strategy, country in ((second, "Chad"), (first, "Peru"), (second, "Mali"), (first, "Laos")):
            doc.lists.insert_row(COUNTRIES, {"strategy_id": strategy, "country": country}, index=0)
        tables = plan_tables(doc)
        assert [r[2] for r in tables["Countries"]] == ["Laos", "Peru", "Mali", "Chad"]
        for sheet, table in (
            ("Actions", ACTIONS),
            ("Targets", TARGETS),
            ("Countries", COUNTRIES),
        ):
            expected = [
                (i, row.id)
                for i, s in enumerate(doc.strategies.strategies(), start=1)
                for row in doc.lists.rows(table, strategy_id=s.id)
            ]
            assert expected, sheet
            assert [r[0] for r in tables[sheet]] == [i for i, _ in expected], sheet
        actions = [row.text for s in doc.strategies.strategies() for row in doc.lists.rows(ACTIONS, strategy_id=s.id)]
        assert [r[3] for r in tables["Actions"]] == actions
    finally:
        doc.close()


def test_a_member_named_with_a_control_character_is_a_clean_column_header(sample_plan: Path, tmp_path: Path) -> None:
    doc = PlanDocument.open(sample_plan)
    try:
        doc.ranking.set_ranking_options(votes_by_name=True)
        member = doc.ranking.members(voting_only=True)[0]
        doc.lists.update_row(MEMBERS, member.id, name="Ann\x07 Lee")
        write_plan_workbook(doc, tmp_path / "out.xlsx")
    finally:
        doc.close()
    votes = openpyxl.load_workbook(tmp_path / "out.xlsx")["Votes"]
    assert "Ann Lee" in [cell.value for cell in votes[1]]


def test_a_text_left_as_it_is_had_nothing_to_clean() -> None:
    def cleaned(text: str) -> str:  # the whole cleaning, without the shortcut for printable text
        return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))

    for char in map(chr, range(sys.maxunicode + 1)):
        text = f"a{char}b"
        assert clean_text(text) == cleaned(text), hex(ord(char))
    assert clean_text("one\r\ntwo\rthree\x07\ufffe") == "one\ntwo\nthree"
