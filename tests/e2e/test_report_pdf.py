"""End to end: the sample's revised plan written as a PDF, read back with poppler's pdftotext.

The text of the PDF must hold the seed's sections in order, a table of contents
whose page numbers are the pages the sections are really on, a “Page N of M”
footer on every page, and the board's priorities. A PDF that can't be written
leaves whatever was at the target untouched. pdftotext is Debian's
poppler-utils.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import FileAccessError
from planner_gui.core.sample import write_sample
from planner_gui.core.walkthrough import STAKEHOLDERS
from planner_gui.report import pdf
from planner_gui.report.content import report_sections
from planner_gui.report.pdf import layout_report, write_report_pdf

PDFTOTEXT = shutil.which("pdftotext")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext is not installed (apt-get install poppler-utils)"),
]
TODAY = date(2014, 10, 15)
TITLE = "Strategic Plan 2012–2015"


@pytest.fixture(scope="module")
def sample(qapp: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[PlanDocument]:
    # pytest-qt's QApplication first: the report would otherwise make a bare QGuiApplication of its own,
    # and the GUI tests later in this process need one that can make widgets.
    doc = write_sample(tmp_path_factory.mktemp("pdf") / "sample.retreat")
    yield doc
    doc.close()


@pytest.fixture(scope="module")
def written(sample: PlanDocument) -> tuple[Path, int]:
    path = sample.path.with_name("sample - revised plan.pdf")
    return path, write_report_pdf(sample, path, today=TODAY)


def pdf_pages(path: Path) -> list[str]:
    """The text of each page, laid out as on the page (pdftotext ends each page with a form feed)."""
    assert PDFTOTEXT is not None
    result = subprocess.run([PDFTOTEXT, "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    pages = result.stdout.replace("\xa0", " ").split("\f")
    assert pages[-1].strip() == ""
    return pages[:-1]


@pytest.fixture(scope="module")
def pages(written: tuple[Path, int]) -> list[str]:
    return pdf_pages(written[0])


def lines_of(page: str) -> list[str]:
    return [line.strip() for line in page.splitlines() if line.strip()]


def page_of_heading(pages: list[str], title: str) -> int:
    """The 1-based page where ``title`` stands as a line of its own (after the contents on page 2)."""
    found = [number for number, page in enumerate(pages, 1) if number > 2 and title in lines_of(page)]
    assert len(found) == 1, f"{title!r} stands as a heading on pages {found}"
    return found[0]


def test_the_pdf_is_a_pdf_with_as_many_pages_as_reported(written: tuple[Path, int], pages: list[str]) -> None:
    path, count = written
    assert path.read_bytes().startswith(b"%PDF-")
    assert count == len(pages) >= 9
    assert not list(path.parent.glob(".*.writing"))  # no temporary file left behind


def test_every_page_has_the_plan_title_and_page_n_of_m_in_its_footer(pages: list[str]) -> None:
    for number, page in enumerate(pages, 1):
        footer = lines_of(page)[-1]
        assert re.fullmatch(rf"{TITLE}\s+Page {number} of {len(pages)}", footer), footer
    assert "Page 1 of" in pages[0]


def test_the_cover_then_the_contents(pages: list[str]) -> None:
    cover = lines_of(pages[0])
    assert cover[:4] == [
        "International Campaign to Ban Landmines – Cluster Munition Coalition (ICBL-CMC)",
        TITLE,
        "The revised plan",
        "Summary of the strategic plan review, 15 October 2014",
    ]
    assert lines_of(pages[1])[0] == "Contents"


def test_the_sections_come_in_the_seeds_order_each_where_the_contents_say(
    sample: PlanDocument, pages: list[str]
) -> None:
    titles = report_sections(sample)
    actual = [page_of_heading(pages, title) for title in titles]
    assert actual == sorted(actual) and actual[0] == 3
    # The numbered sections each start a page.
    assert len(set(actual[2:])) == len(titles) - 2
    contents = {}
    for line in lines_of(pages[1])[1:-1]:
        match = re.fullmatch(r"(.+?)\s{2,}(\d+)", line)
        assert match, line
        contents[match.group(1)] = int(match.group(2))
    assert list(contents) == titles
    assert list(contents.values()) == actual
    assert layout_report(sample, today=TODAY).section_pages == actual


def row_line(pages: list[str], number: str) -> str:
    """The line of the PDF where Obj. ``number``'s table row starts."""
    found = [line for page in pages for line in lines_of(page) if re.match(rf"Obj\. {number} +[A-Z]", line)]
    assert len(found) == 1, found
    return found[0]


def test_the_priorities_read_as_the_board_decided_them(sample: PlanDocument, pages: list[str]) -> None:
    start = page_of_heading(pages, "4. Revised strategic goals and objectives")
    end = page_of_heading(pages, "5. Strategies for the revised objectives")
    goals = pages[start - 1 : end - 1]
    text = "\n".join(goals)
    assert re.search(r"High \(6\)\s+Medium \(3\)\s+Low \(3\)\s+Dropped \(4\)", text)
    assert re.search(
        r"Obj\. 1, 2, 8, 10, 13 and 15\s+Obj\. 3, 5 and 9\s+Obj\. 4, 6 and 16\s+Obj\. 7, 11, 12 and 14", text
    )
    expected = {"1": "High", "8": "High", "10": "High", "15": "High", "3": "Medium", "9": "Medium", "16": "Low"}
    for number, priority in expected.items():
        line = row_line(goals, number)
        assert re.search(rf"\s{priority}\s", line), f"Obj. {number} should read {priority}: {line}"
    assert "Indicator of Obj. 8" in row_line(goals, "11")
    assert "Indicator of Obj. 8" in row_line(goals, "12")
    assert "Outside our" in row_line(goals, "14")  # “influence” wraps to the row's next line
    assert "Other reason" in row_line(goals, "7")
    dropped = text[text.index("Objectives dropped from the plan") :]
    assert all(f"Obj. {n} " in dropped for n in ("7", "11", "12", "14"))
    assert "Goals folded into the others" in text and "Goal 4" in text


def test_the_strategies_are_in_the_pdf(sample: PlanDocument, pages: list[str]) -> None:
    start = page_of_heading(pages, "5. Strategies for the revised objectives")
    text = "\n".join(pages[start - 1 :])
    for strategy in sample.strategies.strategies():
        assert strategy.name in text
    assert "Reactive action" in text and "September 2015" in text


def test_a_missing_folder_is_refused_and_nothing_is_written(sample: PlanDocument, tmp_path: Path) -> None:
    target = tmp_path / "not here" / "plan.pdf"
    with pytest.raises(FileAccessError, match="does not exist"):
        write_report_pdf(sample, target, today=TODAY)
    assert not target.parent.exists()


def test_a_failed_write_leaves_the_earlier_pdf_untouched(
    sample: PlanDocument, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "revised.pdf"
    target.write_bytes(b"%PDF-1.4 the earlier report")
    before = target.read_bytes()

    def refuse(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(FileAccessError, match="can't be replaced"):
        write_report_pdf(sample, target, today=TODAY)
    monkeypatch.undo()
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["revised.pdf"]

    def broken(doc: object, device: object, **kwargs: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf, "paint_report", broken)
    with pytest.raises(FileAccessError, match="No space left on device"):
        write_report_pdf(sample, target, today=TODAY)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["revised.pdf"]

    monkeypatch.undo()
    write_report_pdf(sample, target, today=TODAY)  # and a good write replaces it
    assert target.read_bytes().startswith(b"%PDF-") and target.read_bytes() != before


def test_a_folder_that_can_not_be_written_is_refused(
    sample: PlanDocument, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "plan.pdf").write_bytes(b"earlier")
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):  # root writes anywhere: play a read-only stick instead
            real_access = os.access
            monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
        with pytest.raises(FileAccessError, match="don't have permission to write in"):
            write_report_pdf(sample, folder / "plan.pdf", today=TODAY)
        assert (folder / "plan.pdf").read_bytes() == b"earlier"
        assert sorted(p.name for p in folder.iterdir()) == ["plan.pdf"]
    finally:
        folder.chmod(0o700)


def test_the_command_line_can_write_the_pdf_without_a_display_or_widgets(sample_plan: Path, tmp_path: Path) -> None:
    code = """
import json, sys
from pathlib import Path
from planner_gui.core.document import PlanDocument
from planner_gui.report.pdf import ensure_gui_app, write_report_pdf
doc = PlanDocument.open_snapshot(Path(sys.argv[1]))
pages = write_report_pdf(doc, Path(sys.argv[2]))
app = ensure_gui_app()
print(json.dumps({"pages": pages, "platform": app.platformName(), "same_app": ensure_gui_app() is app,
                  "widgets": "PySide6.QtWidgets" in sys.modules}))
"""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    target = tmp_path / "out.pdf"
    result = subprocess.run(
        [sys.executable, "-c", code, str(sample_plan), str(target)], capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert report == {"pages": len(pdf_pages(target)), "platform": "offscreen", "same_app": True, "widgets": False}


def test_long_tables_break_between_rows_under_a_repeated_header(qapp: object, tmp_path: Path) -> None:
    doc = PlanDocument.create(tmp_path / "long.retreat", title="Long tables")
    try:
        for n in range(40):
            role = " ".join(["works with the campaign"] * (1 + n % 7))
            doc.lists.insert_row(STAKEHOLDERS, {"name": f"Partner{n:02d}", "role": f"{role} ends{n:02d}"})
        pages = pdf_pages(tmp_path / "long.pdf") if write_report_pdf(doc, tmp_path / "long.pdf", today=TODAY) else []
    finally:
        doc.close()
    holding = [number for number, page in enumerate(pages, 1) if "Partner" in page]
    assert len(holding) >= 2  # the table runs over pages
    for number in holding:
        assert re.search(r"^Stakeholder\s+Kind\s+Their role\s+What we need$", pages[number - 1], flags=re.M)
    for n in range(40):
        starts = [i for i, page in enumerate(pages) if f"Partner{n:02d}" in page]
        ends = [i for i, page in enumerate(pages) if f"ends{n:02d}" in page]
        assert len(starts) == 1 and starts == ends, f"the row of Partner{n:02d} is cut: pages {starts} and {ends}"
    heading = page_of_heading(pages, "3. Updating the context analysis")
    assert heading == holding[0]
    toc = next(line for line in lines_of(pages[1]) if line.startswith("3. Updating"))
    assert toc.endswith(f" {heading}")


def body_lines(page: str) -> list[str]:
    """A page's lines less its footer (the plan's title and “Page N of M”)."""
    return [line for line in lines_of(page) if not re.search(r"Page \d+ of \d+$", line)]


@pytest.mark.parametrize("extra", range(6))
def test_no_page_is_blank_whatever_the_sections_end_on(qapp: object, sample_plan: Path, extra: int) -> None:
    # The sample's context analysis ends near the foot of a page; each extra stakeholder moves its end down a row,
    # across the page's end and past it. Once it ended just at the foot, the next page held nothing but its footer.
    doc = PlanDocument.open(sample_plan)
    try:
        for n in range(extra):
            doc.lists.insert_row(
                STAKEHOLDERS, {"name": f"Partner {n}", "kind": "NGO", "role": "Works with the campaign."}
            )
        target = sample_plan.with_name(f"summary-{extra}.pdf")
        count = write_report_pdf(doc, target, today=TODAY)
    finally:
        doc.close()
    pages = pdf_pages(target)
    assert len(pages) == count
    blank = [number for number, page in enumerate(pages, 1) if not body_lines(page)]
    assert blank == [], f"pages {blank} of {count} hold nothing but the footer"
