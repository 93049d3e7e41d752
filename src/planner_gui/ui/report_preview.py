"""File > Print and File > Export PDF: the revised plan's printable summary, previewed before it is printed.

The preview, the printer and the PDF are painted by one function
(:func:`planner_gui.report.pdf.paint_report`), so what the room sees in the
preview is what comes out of the printer and what goes into the PDF.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QWidget

from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import FileAccessError, PlanError
from planner_gui.report.content import report_title
from planner_gui.report.pdf import paint_report, write_report_pdf
from planner_gui.ui import dialogs
from planner_gui.ui.folders import remember, suggest

__all__ = [
    "PDF_FILTER",
    "ReportPreview",
    "build_report_preview",
    "export_report_pdf",
    "show_report_preview",
    "suggested_pdf_path",
]

PDF_FILTER = "PDF documents (*.pdf);;All files (*)"


@contextmanager
def _busy() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class ReportPreview(QPrintPreviewDialog):
    """The print preview of the report; its Print button prints the same pages."""

    def __init__(self, parent: QWidget | None, doc: PlanDocument) -> None:
        title = report_title(doc)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        super().__init__(printer, parent)
        self._printer = printer  # the dialog does not own its printer: it lives as long as the dialog
        self.doc = doc
        self.setWindowTitle(f"Print preview: {title}")
        self.resize(900, 860)
        self.paintRequested.connect(self._paint)

    def _paint(self, printer: QPrinter) -> None:
        try:
            with _busy():
                paint_report(self.doc, printer)
        except PlanError as error:
            dialogs.show_error(self, "The report could not be printed", str(error))

    def page_count(self) -> int:
        """How many pages the preview shows (0 before it has been shown)."""
        widget = self.findChild(QPrintPreviewWidget)
        return widget.pageCount() if widget is not None else 0


def build_report_preview(parent: QWidget | None, doc: PlanDocument) -> ReportPreview:
    """The print preview of the report, not yet shown."""
    return ReportPreview(parent, doc)


def show_report_preview(parent: QWidget | None, doc: PlanDocument) -> None:
    """File > Print: the report in a print preview, printed from there."""
    dialog = build_report_preview(parent, doc)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def suggested_pdf_path(doc: PlanDocument) -> Path:
    """“<plan> - revised plan.pdf”, next to the plan file."""
    return doc.path.with_name(f"{doc.path.stem} - revised plan.pdf")


def export_report_pdf(parent: QWidget | None, doc: PlanDocument, path: Path | None = None) -> Path | None:
    """File > Export PDF: ask where (unless ``path`` is given), write the report, say where it is, offer to open it.

    The name suggested sits in the folder last used; the first time, next to the plan. Returns the PDF
    written, or None if the user cancelled or it could not be written (they were told why).
    """
    if path is None:
        suggestion = suggest(parent, suggested_pdf_path(doc))
        path = dialogs.ask_save_path(parent, "Export the revised plan as PDF", str(suggestion), PDF_FILTER, ".pdf")
        if path is None:
            return None
        remember(parent, path)
    try:
        with _busy():
            write_report_pdf(doc, path)
    except FileAccessError as error:
        dialogs.show_error(parent, "The PDF was not written", str(error))
        return None
    if dialogs.ask_yes_no(
        parent, "Summary exported", f"The printable summary is in {path}.", yes="Open It", no="Close", default_yes=True
    ):
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path
