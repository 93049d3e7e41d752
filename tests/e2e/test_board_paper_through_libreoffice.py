"""End to end: the sample's workbook printed by LibreOffice, as a board secretary would print it, read back per page.

The PDF starts with the "Revised plan" sheet, holding every kept objective's
title whole and every dropped one with its reason; the "Charts" sheet prints its
two charts; no word is printed smaller than 9 points; no page of a data sheet
carries fewer than three of its rows unless it is the sheet's last. Each page's
footer names its sheet, which is how a page is put with its sheet here.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from libreoffice import convert, needs_libreoffice
from planner_gui.core.board_paper import BoardPaper, board_paper
from planner_gui.exchange.plan_workbook import write_plan_workbook

PDFTOTEXT = shutil.which("pdftotext")
pytestmark = [
    pytest.mark.slow,
    needs_libreoffice,
    pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext is not installed (apt-get install poppler-utils)"),
]
TITLE = "Strategic Plan 2012–2015"
HEIGHT_PER_POINT = 1.3  # pdftotext's word box, per point of type, for the fonts LibreOffice prints with here
# The column whose text names a row of each data sheet (in the columns printed on every page across).
MARKERS = {
    "Plan": ("Field",),
    "Goals": ("Title",),
    "Objectives": ("Objective",),
    "Votes": ("Objective",),
    "Members": ("Name",),
    "Strategies": ("Strategy",),
    "Actions": ("Action",),
    "Targets": ("Target",),
    "Countries": ("Country",),
    "Achievements": ("Outcome",),
    "Review": ("Recommendation",),
    "Context": ("Point", "Sub-point", "Section"),
    "Stakeholders": ("Name",),
    "Changes": ("Item",),
}


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path, BoardPaper]]:
    from planner_gui.core.sample import write_sample

    folder = tmp_path_factory.mktemp("board-paper")
    doc = write_sample(folder / "sample.retreat")
    try:
        write_plan_workbook(doc, folder / "revised.xlsx", today=date(2014, 10, 15))
        paper = board_paper(doc)
    finally:
        doc.close()
    pdf = convert(folder / "revised.xlsx", "pdf", folder / "printed", folder / "lo-profile")
    yield folder / "revised.xlsx", pdf, paper


def page_texts(pdf: Path, *, layout: bool) -> list[str]:
    assert PDFTOTEXT is not None
    args = [PDFTOTEXT, *(["-layout"] if layout else []), str(pdf), "-"]
    text = subprocess.run(args, capture_output=True, text=True, check=True).stdout.replace("\xa0", " ")
    return text.split("\f")[:-1]


def sheet_of(page: str) -> str:
    match = re.search(rf"^\s*{TITLE}\s+(.+?)\s+Page \d+ of \d+\s*$", page, flags=re.M)
    assert match, page
    return match.group(1)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_the_printout_starts_with_the_revised_plan_whole(printed: tuple[Path, Path, BoardPaper]) -> None:
    _xlsx, pdf, paper = printed
    layout = page_texts(pdf, layout=True)
    sheets = [sheet_of(page) for page in layout]
    assert sheets[0] == "Revised plan" and sheets[: sheets.count("Revised plan")] == ["Revised plan"] * sheets.count(
        "Revised plan"
    )
    assert sheets.index("Charts") == sheets.count("Revised plan")  # the picture right after
    revised = [
        flat(page) for page, sheet in zip(page_texts(pdf, layout=False), sheets, strict=True) if sheet == "Revised plan"
    ]
    assert revised[0].startswith(TITLE)
    for goal in paper.goals:
        for objective in goal.objectives:
            assert any(objective.title in page for page in revised), f"Obj. {objective.number}'s title is not whole"
    for dropped in paper.dropped:
        assert any(dropped.title in page and dropped.reason in page for page in revised), dropped.number
    assert sum(1 for page in revised for _ in re.finditer(r"Indicator of Obj\. 8", page)) == 2


def test_the_charts_sheet_prints_both_charts(printed: tuple[Path, Path, BoardPaper]) -> None:
    _xlsx, pdf, paper = printed
    layout = page_texts(pdf, layout=True)
    charts = flat(" ".join(page for page in layout if sheet_of(page) == "Charts"))
    assert "Votes per objective, in plan order" in charts
    assert all(word in charts for word in ("High", "Medium", "Low", "Dropped"))  # the legend: the tiers' words
    assert all(re.search(rf"(^|\s){re.escape(r.number)}(\s|$)", charts) for r in paper.chart)  # bars by number
    assert "Where the board agrees, and where it is split" in charts and "mean score (up)" in charts
    assert all(region in charts for region in ("agreed high", "contested", "agreed low"))


def test_no_word_is_printed_smaller_than_9_points(printed: tuple[Path, Path, BoardPaper]) -> None:
    _xlsx, pdf, _paper = printed
    assert PDFTOTEXT is not None
    boxes = subprocess.run([PDFTOTEXT, "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    smallest: dict[int, tuple[float, str]] = {}
    page = 0
    for line in boxes.splitlines():
        if "<page " in line:
            page += 1
        found = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line)
        if not found:
            continue
        _x0, y0, _x1, y1 = (float(found.group(i)) for i in range(1, 5))
        word, size = found.group(5), (y1 - y0) / HEIGHT_PER_POINT  # (no word is set upright: charts included)
        if size < smallest.get(page, (99.0, ""))[0]:
            smallest[page] = (size, word)
    assert page == len(smallest) > 10
    small = {p: s for p, s in smallest.items() if s[0] < 9.0}
    assert small == {}, f"type below 9 pt (page: size, word): {small}"


def test_no_page_carries_fewer_than_three_rows_unless_it_ends_its_sheet(
    printed: tuple[Path, Path, BoardPaper],
) -> None:
    xlsx, pdf, _paper = printed
    layout = page_texts(pdf, layout=True)
    sheets = [sheet_of(page) for page in layout]
    wb = openpyxl.load_workbook(xlsx, read_only=True)
    try:
        for name, headers in MARKERS.items():
            rows = list(wb[name].iter_rows(values_only=True))
            columns = [rows[0].index(h) for h in headers]
            number = rows[0].index("Number") if name in ("Objectives", "Votes") else None
            markers = []
            for row in rows[1:]:
                text = next((str(row[c]) for c in columns if row[c] not in (None, "")), "")
                words: list[str] = []
                for word in text.split():  # what surely fits on the cell's first line
                    if words and len(" ".join([*words, word])) > 18:
                        break
                    words.append(word)
                words = [re.escape(w) for w in words]
                if number is not None:  # the objective's number beside its title's first words: one row only
                    words.insert(0, rf"(?<!\S){re.escape(str(row[number]))}")
                markers.append(r"\s+".join(words))
            pages = [i for i, sheet in enumerate(sheets) if sheet == name]
            assert pages, name
            counts = [sum(1 for m in markers if m and re.search(m, layout[i])) for i in pages]
            assert sum(counts) >= len([m for m in markers if m]), (name, counts)  # every row printed
            last_band = max(1, sum(1 for c in counts[-3:] if c == counts[-1]))  # pages across of the last rows
            body = counts[:-last_band] if len(counts) > last_band else []
            assert all(c >= 3 for c in body), f"{name}: rows on each page {counts}"
    finally:
        wb.close()
