"""The report on paper: Qt's own text engine lays the HTML out on pages, with contents and footers.

One paint function, :func:`paint_report`, serves the PDF file, the print
preview and the printer: it lays the report out for the device's paper (A4 for
the PDF), works out the page each section lands on, fills in the table of
contents, and paints every page with a footer (the plan's title, and
“Page N of M”). The layout is computed at a fixed 96 dots per inch whatever
the screen, so the preview, the printer and the PDF break pages alike.

Only QtGui is used (no widgets), so the command line can write a PDF with a
bare ``QGuiApplication`` (see :func:`ensure_gui_app`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from planner_gui.core.board_paper import ChartRow, board_paper
from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import FileAccessError
from planner_gui.core.planfile import refuse_writing_over_a_plan
from planner_gui.core.results_snapshot import ResultsSnapshot
from planner_gui.core.safe_files import replace_into_place, sweep_leftovers, sync_file, temporary_path
from planner_gui.i18n import _, speaking
from planner_gui.report.chart_objects import install_charts
from planner_gui.report.content import report_html, report_sections, report_title
from planner_gui.report.markup import MUTED, RULE
from planner_gui.report.paginate import heading_pages, tidy_page_breaks
from planner_gui.report.snapshot import snapshot_html, snapshot_title

__all__ = [
    "ReportLayout",
    "ensure_gui_app",
    "layout_paper",
    "layout_report",
    "layout_snapshot",
    "paint_paper",
    "paint_report",
    "paint_snapshot",
    "print_report",
    "write_pdf",
    "write_report_pdf",
    "write_snapshot_pdf",
]

LAYOUT_DPI = 96
MARGIN_MM = (20.0, 18.0, 20.0, 24.0)  # left, top, right, bottom (the footer sits in the bottom one)
FOOTER_FROM_BOTTOM_MM = 13.0
A4 = QPageSize(QPageSize.PageSizeId.A4)
_app: QGuiApplication | None = None


def ensure_gui_app() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen on Linux when there is no display)."""
    global _app
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise RuntimeError("A report needs a QGuiApplication, but a plain QCoreApplication is running.")
    no_display = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
    if no_display and sys.platform.startswith(("linux", "freebsd", "openbsd")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([sys.argv[0] if sys.argv else "planner-gui"])
    return _app


def _px(mm: float) -> float:
    return mm / 25.4 * LAYOUT_DPI


@dataclass
class ReportLayout:
    """A report laid out on pages of ``page_mm`` (paper size, millimetres)."""

    text: QTextDocument
    page_mm: QSizeF
    title: str
    section_pages: list[int]
    _device: QImage  # the 96-dpi device the text is measured on; it must live as long as the text

    @property
    def page_count(self) -> int:
        return int(self.text.pageCount())

    @property
    def body_height(self) -> float:
        return float(self.text.pageSize().height())


def layout_report(doc: PlanDocument, page_mm: QSizeF | None = None, *, today: date | None = None) -> ReportLayout:
    """Lay the report out for paper of ``page_mm`` (A4 if None), contents filled in with page numbers; in the plan's
    language."""
    with speaking(doc.plan.language):
        return _layout_report(doc, page_mm, today=today)


def _layout_report(doc: PlanDocument, page_mm: QSizeF | None, *, today: date | None) -> ReportLayout:
    ensure_gui_app()
    page_mm = page_mm or A4.size(QPageSize.Unit.Millimeter)
    body, device = _body_and_device(page_mm)
    titles = report_sections(doc)
    rows = board_paper(doc).chart
    pages: list[int] | None = None
    for _attempt in range(4):  # the numbers don't change the contents' height: this settles on the 2nd layout
        text = _text_document(report_html(doc, today=today, pages=pages), body, device, rows)
        found = heading_pages(text)
        if len(found) != len(titles):
            raise RuntimeError(f"The report has {len(found)} section headings where {len(titles)} were expected.")
        if found == pages:
            break
        pages = found
    return ReportLayout(text, page_mm, report_title(doc), found, device)


def layout_paper(html: str, title: str, rows: Sequence[ChartRow], page_mm: QSizeF | None = None) -> ReportLayout:
    """Any paper of the program's (the results snapshot): ``html`` laid out on pages, its charts drawn from ``rows``."""
    ensure_gui_app()
    page_mm = page_mm or A4.size(QPageSize.Unit.Millimeter)
    body, device = _body_and_device(page_mm)
    return ReportLayout(_text_document(html, body, device, rows), page_mm, title, [], device)


def _body_and_device(page_mm: QSizeF) -> tuple[QSizeF, QImage]:
    left, top, right, bottom = MARGIN_MM
    body = QSizeF(_px(page_mm.width() - left - right), _px(page_mm.height() - top - bottom))
    device = QImage(8, 8, QImage.Format.Format_RGB32)
    device.setDotsPerMeterX(round(LAYOUT_DPI / 0.0254))
    device.setDotsPerMeterY(round(LAYOUT_DPI / 0.0254))
    return body, device


def _text_document(html: str, body: QSizeF, device: QImage, rows: Sequence[ChartRow] = ()) -> QTextDocument:
    text = QTextDocument()
    text.setUndoRedoEnabled(False)
    text.documentLayout().setPaintDevice(device)
    text.setUseDesignMetrics(True)
    text.setDocumentMargin(0)
    font = QFont()
    font.setPointSizeF(10)
    text.setDefaultFont(font)
    text.setPageSize(body)
    text.setHtml(html)
    install_charts(text, rows)
    tidy_page_breaks(text)
    return text


# ------------------------------------------------------------------ painting


def paint_report(doc: PlanDocument, device: QPagedPaintDevice, *, today: date | None = None) -> int:
    """Paint the report on ``device`` (a QPdfWriter, or a QPrinter for printing or the preview).

    The report is laid out for the device's paper and orientation. Returns the number of pages.
    """
    with speaking(doc.plan.language):  # the charts and the footer are drawn as the pages are painted
        return paint_paper(lambda paper_mm: layout_report(doc, paper_mm, today=today), device)


def paint_paper(layout: Callable[[QSizeF], ReportLayout], device: QPagedPaintDevice) -> int:
    """Paint what ``layout`` lays out for the device's paper, each page with its footer; returns the pages."""
    page_layout = device.pageLayout()
    paper_mm = page_layout.fullRect(QPageLayout.Unit.Millimeter).size()
    report = layout(paper_mm)
    dpi = device.logicalDpiX() or LAYOUT_DPI
    scale = dpi / LAYOUT_DPI
    full_page = bool(getattr(device, "fullPage", lambda: False)())
    origin = QPointF(0, 0) if full_page else QPointF(page_layout.paintRectPixels(dpi).topLeft())
    painter = QPainter()
    if not painter.begin(device):
        raise FileAccessError(_("The report could not be started on that printer or file."))
    try:
        for index in range(report.page_count):
            if index and not device.newPage():
                raise FileAccessError(_("The printer or file refused a new page."))
            _paint_page(painter, report, index, scale, origin, dpi)
    finally:
        painter.end()
    return report.page_count


def print_report(doc: PlanDocument, printer: QPagedPaintDevice, *, today: date | None = None) -> int:
    """Paint the report on a printer (``QPrinter``) or a preview's printer: the same pages as the PDF."""
    return paint_report(doc, printer, today=today)


def _paint_page(painter: QPainter, report: ReportLayout, index: int, scale: float, origin: QPointF, dpi: int) -> None:
    left, top, _right, _bottom = MARGIN_MM
    height = report.body_height
    width = report.text.pageSize().width()
    painter.save()
    painter.translate(-origin)
    painter.scale(scale, scale)
    painter.translate(_px(left), _px(top) - index * height)
    # a hair inside the page, so a line ending exactly at its edge is not also written (clipped) on the next
    report.text.drawContents(painter, QRectF(0, index * height + 0.5, width, height - 1))
    painter.restore()
    _paint_footer(painter, report, index, origin, dpi)


def _paint_footer(painter: QPainter, report: ReportLayout, index: int, origin: QPointF, dpi: int) -> None:
    """The rule, the plan's title (left) and “Page N of M” (right), drawn in device units."""
    left, _top, right, _bottom = MARGIN_MM

    def dev(mm: float) -> float:
        return mm / 25.4 * dpi

    painter.save()
    painter.translate(-origin)
    x0, x1 = dev(left), dev(report.page_mm.width() - right)
    baseline = dev(report.page_mm.height() - FOOTER_FROM_BOTTOM_MM)
    font = QFont()
    font.setPointSizeF(8)
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    pen = QPen(QColor(RULE))
    pen.setWidthF(dev(0.25))
    painter.setPen(pen)
    rule_y = baseline - metrics.ascent() - dev(2.5)
    painter.drawLine(QPointF(x0, rule_y), QPointF(x1, rule_y))
    painter.setPen(QColor(MUTED))
    number = _("Page {page} of {pages}").format(page=index + 1, pages=report.page_count)
    number_width = metrics.horizontalAdvance(number)
    title = metrics.elidedText(report.title, Qt.TextElideMode.ElideRight, x1 - x0 - number_width - dev(8))
    painter.drawText(QPointF(x0, baseline), title)
    painter.drawText(QPointF(x1 - number_width, baseline), number)
    painter.restore()


# --------------------------------------------------------------- PDF file


def write_report_pdf(doc: PlanDocument, path: Path, *, today: date | None = None) -> int:
    """Write the report as an A4 PDF at ``path``; returns its number of pages.

    The PDF is written under a temporary name in the same folder and renamed
    into place, so a failure leaves any earlier file at ``path`` untouched.
    """
    with speaking(doc.plan.language):
        title = report_title(doc)
    return write_pdf(path, title, lambda writer: paint_report(doc, writer, today=today))


def write_pdf(path: Path, title: str, paint: Callable[[QPagedPaintDevice], int]) -> int:
    """An A4 PDF at ``path`` painted by ``paint``, written aside and renamed into place; returns its pages."""
    path = Path(path)
    if path.is_dir():
        raise FileAccessError(_("{path} is a folder. Choose a file name ending in .pdf.").format(path=path))
    folder = path.parent
    if not folder.is_dir():
        raise FileAccessError(
            _("The PDF was not written: the folder {folder} does not exist. Choose another.").format(folder=folder)
        )
    if not os.access(folder, os.W_OK):
        raise FileAccessError(
            _("The PDF was not written: you don't have permission to write in {folder}. Choose another folder.").format(
                folder=folder
            )
        )
    refuse_writing_over_a_plan(path)
    ensure_gui_app()
    sweep_leftovers(path)
    tmp = temporary_path(path, "writing")
    try:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(300)
        writer.setPageSize(A4)
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        writer.setTitle(title)
        writer.setCreator("Retreat Planner")
        pages = paint(writer)
        del writer
        if not tmp.is_file() or tmp.stat().st_size == 0:
            raise FileAccessError(
                _("The PDF could not be written in {folder} (is the disk full?).").format(folder=folder)
            )
        sync_file(tmp)
        replace_into_place(tmp, path)
    except PermissionError:
        raise FileAccessError(
            _(
                "The PDF was not written: “{name}” can't be replaced (is it open in a PDF viewer?). Close "
                "it, or choose another name."
            ).format(name=path.name)
        ) from None
    except OSError as error:
        raise FileAccessError(_("The PDF was not written: {error}.").format(error=error.strerror or error)) from None
    finally:
        tmp.unlink(missing_ok=True)
    return pages


# ------------------------------------------------------- results snapshot


def layout_snapshot(snapshot: ResultsSnapshot, page_mm: QSizeF | None = None) -> ReportLayout:
    """The results for the minutes, laid out for paper of ``page_mm`` (A4 if None)."""
    with speaking(snapshot.language):
        return layout_paper(snapshot_html(snapshot), snapshot_title(snapshot), snapshot.chart, page_mm)


def paint_snapshot(snapshot: ResultsSnapshot, device: QPagedPaintDevice) -> int:
    """The results snapshot on a PDF writer or a printer; returns its pages."""
    with speaking(snapshot.language):
        return paint_paper(lambda paper_mm: layout_snapshot(snapshot, paper_mm), device)


def write_snapshot_pdf(snapshot: ResultsSnapshot, path: Path) -> int:
    """The results snapshot as an A4 PDF at ``path`` (written aside, then renamed into place); returns its pages."""
    with speaking(snapshot.language):
        title = snapshot_title(snapshot)
    return write_pdf(path, title, lambda writer: paint_snapshot(snapshot, writer))
