"""The program's papers previewed, printed and written as PDF: the printable summary, and the results snapshot.

File > Print and File > Export PDF give the revised plan's printable summary;
the Results tab gives the revealed results for the minutes. A :class:`Paper`
is painted by one function (``report.pdf``: ``paint_report``,
``paint_snapshot``), so what the room sees in the preview is what comes out
of the printer and what goes into the PDF.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QWidget

from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import FileAccessError, PlanError
from planner_gui.core.results_snapshot import results_snapshot
from planner_gui.report.content import report_title
from planner_gui.report.pdf import paint_report, paint_snapshot, write_pdf
from planner_gui.report.snapshot import snapshot_title
from planner_gui.ui import dialogs
from planner_gui.ui.folders import remember, suggest

__all__ = [
    "Paper",
    "ReportPreview",
    "build_report_preview",
    "export_report_pdf",
    "results_paper",
    "show_report_preview",
    "suggested_pdf_path",
    "summary_paper",
]


@contextmanager
def _busy() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


@dataclass(frozen=True)
class Paper:
    """One of the program's papers: its title, how it is painted, where its PDF goes first, what it is called."""

    title: str
    paint: Callable[[QPagedPaintDevice], int]
    pdf_path: Path  # the PDF's name suggested the first time
    ask: str  # the save dialog's title
    done: str  # the title of the message after the PDF is written
    where: str  # its words, with ``{path}`` for where the PDF is


def summary_paper(doc: PlanDocument) -> Paper:
    """The revised plan's printable summary."""
    return Paper(
        report_title(doc),
        lambda device: paint_report(doc, device),
        suggested_pdf_path(doc),
        QCoreApplication.translate("report_preview", "Export the revised plan as PDF"),
        QCoreApplication.translate("report_preview", "Summary exported"),
        QCoreApplication.translate("report_preview", "The printable summary is in {path}."),
    )


def results_paper(doc: PlanDocument) -> Paper:
    """The revealed results for the minutes (raises ``InvalidEdit`` while they are hidden)."""
    snapshot = results_snapshot(doc)
    return Paper(
        snapshot_title(snapshot),
        lambda device: paint_snapshot(snapshot, device),
        doc.path.with_name(
            QCoreApplication.translate("report_preview", "{plan} - ranking results {date}").format(
                plan=doc.path.stem, date=f"{snapshot.taken:%Y-%m-%d}"
            )
            + ".pdf"
        ),
        QCoreApplication.translate("report_preview", "Export the ranking results as PDF"),
        QCoreApplication.translate("report_preview", "Results exported"),
        QCoreApplication.translate("report_preview", "The ranking results, for the minutes, are in {path}."),
    )


class ReportPreview(QPrintPreviewDialog):
    """The print preview of a paper (the summary, unless told); its Print button prints the same pages."""

    def __init__(self, parent: QWidget | None, doc: PlanDocument, paper: Paper | None = None) -> None:
        self.paper = paper or summary_paper(doc)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.paper.title)
        super().__init__(printer, parent)
        self._printer = printer  # the dialog does not own its printer: it lives as long as the dialog
        self.doc = doc
        self.setWindowTitle(self.tr("Print preview: {title}").format(title=self.paper.title))
        self.resize(900, 860)
        self.paintRequested.connect(self._paint)

    def _paint(self, printer: QPrinter) -> None:
        try:
            with _busy():
                self.paper.paint(printer)
        except PlanError as error:
            dialogs.show_error(self, self.tr("The report could not be printed"), str(error))

    def page_count(self) -> int:
        """How many pages the preview shows (0 before it has been shown)."""
        widget = self.findChild(QPrintPreviewWidget)
        return widget.pageCount() if widget is not None else 0


def build_report_preview(parent: QWidget | None, doc: PlanDocument, paper: Paper | None = None) -> ReportPreview:
    """The print preview of a paper (the summary, unless told), not yet shown."""
    return ReportPreview(parent, doc, paper)


def show_report_preview(parent: QWidget | None, doc: PlanDocument, paper: Paper | None = None) -> None:
    """File > Print: the summary (or ``paper``) in a print preview, printed from there."""
    dialog = build_report_preview(parent, doc, paper)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def suggested_pdf_path(doc: PlanDocument) -> Path:
    """“<plan> - revised plan.pdf”, next to the plan file."""
    name = QCoreApplication.translate("plan_out", "{plan} - revised plan").format(plan=doc.path.stem)
    return doc.path.with_name(name + ".pdf")


def export_report_pdf(
    parent: QWidget | None, doc: PlanDocument, path: Path | None = None, paper: Paper | None = None
) -> Path | None:
    """File > Export PDF: ask where (unless ``path`` is given), write the paper, say where it is, offer to open it.

    The paper is the printable summary unless told. The name suggested sits in the folder last used; the first
    time, next to the plan. Returns the PDF written, or None if the user cancelled or it could not be written
    (they were told why).
    """
    paper = paper or summary_paper(doc)
    if path is None:
        suggestion = suggest(parent, paper.pdf_path)
        path = dialogs.ask_save_path(parent, paper.ask, str(suggestion), dialogs.pdf_filter(), ".pdf")
        if path is None:
            return None
        remember(parent, path)
    try:
        with _busy():
            write_pdf(path, paper.title, paper.paint)
    except FileAccessError as error:
        dialogs.show_error(parent, QCoreApplication.translate("report_preview", "The PDF was not written"), str(error))
        return None
    dialogs.offer_to_open(parent, paper.done, paper.where.format(path=path), path)
    return path
