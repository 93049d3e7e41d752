"""File > Print and File > Export PDF: the preview shows the report's pages; the export writes it or says why not."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QDesktopServices, QPageLayout, QPageSize

from planner_gui.core.document import PlanDocument
from planner_gui.report.pdf import layout_report
from planner_gui.ui.report_preview import ReportPreview, build_report_preview, export_report_pdf


@pytest.fixture
def doc(sample_plan: Path) -> Iterator[PlanDocument]:
    opened = PlanDocument.open_snapshot(sample_plan)
    yield opened
    opened.close()


def shown(qtbot: Any, dialog: ReportPreview) -> ReportPreview:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.page_count() > 0, timeout=10_000)
    return dialog


def test_the_preview_shows_every_page_of_the_report(qtbot: Any, doc: PlanDocument) -> None:
    dialog = build_report_preview(None, doc)
    dialog.printer().setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    shown(qtbot, dialog)
    expected = layout_report(doc).page_count
    assert expected >= 9
    assert dialog.page_count() == expected
    assert dialog.windowTitle() == "Print preview: Strategic Plan 2012–2015"
    assert dialog.printer().docName() == "Strategic Plan 2012–2015"
    dialog.close()


def test_the_preview_lays_the_report_out_for_the_printers_paper(qtbot: Any, doc: PlanDocument) -> None:
    dialog = build_report_preview(None, doc)
    printer = dialog.printer()
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    shown(qtbot, dialog)
    landscape = layout_report(doc, QSizeF(297, 210)).page_count
    assert landscape > layout_report(doc).page_count  # shorter pages: more of them
    assert dialog.page_count() == landscape
    dialog.close()


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files handed to the desktop to open (none is really opened)."""
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()) or True)
    return urls


def test_export_writes_the_pdf_where_it_is_told_and_says_where_it_is(
    doc: PlanDocument, tmp_path: Path, fake_dialogs: Any, opened: list[str]
) -> None:
    target = tmp_path / "board pack.pdf"
    fake_dialogs.answer("ask_yes_no", False)  # Close: not opened
    assert export_report_pdf(None, doc, target) == target
    assert target.read_bytes().startswith(b"%PDF-")
    assert b"/Count " + str(layout_report(doc).page_count).encode() in target.read_bytes()
    [done] = fake_dialogs.calls  # no question but the last: where it is, and whether to open it
    assert (done.kind, done.title, done.text) == (
        "ask_yes_no",
        "Summary exported",
        f"The printable summary is in {target}.",
    )
    assert done.default == "Open It"  # opening it harms nothing: Enter opens it, as after the workbook
    assert opened == []


def test_export_suggests_a_name_next_to_the_plan_and_opens_it_on_request(
    doc: PlanDocument, fake_dialogs: Any, opened: list[str]
) -> None:
    target = doc.path.with_name("chosen.pdf")
    fake_dialogs.answer("ask_save_path", target)
    fake_dialogs.answer("ask_yes_no", True)  # Open It
    assert export_report_pdf(None, doc) == target
    [asked] = fake_dialogs.take("ask_save_path")
    assert asked.text == str(doc.path.with_name("sample - revised plan.pdf"))
    assert target.read_bytes().startswith(b"%PDF-")
    assert opened == [str(target)]


def test_cancelling_the_file_dialog_writes_nothing(doc: PlanDocument, fake_dialogs: Any) -> None:
    fake_dialogs.answer("ask_save_path", None)
    assert export_report_pdf(None, doc) is None
    assert not list(doc.path.parent.glob("*.pdf"))
    assert len(fake_dialogs.take("ask_save_path")) == 1


def test_a_pdf_that_can_not_be_written_is_explained_not_raised(
    doc: PlanDocument, tmp_path: Path, fake_dialogs: Any
) -> None:
    target = tmp_path / "gone" / "plan.pdf"
    assert export_report_pdf(None, doc, target) is None
    [error] = fake_dialogs.take("show_error")
    assert error.title == "The PDF was not written"
    assert "does not exist" in error.text and str(tmp_path / "gone") in error.text
    assert not target.parent.exists()
