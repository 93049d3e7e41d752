"""Getting a plan out of the program and in from a spreadsheet: the window's File menu and the Export page.

Each function asks what it needs (through ``dialogs``, so tests answer for the
person), does the work through the Qt-free core, and explains any failure in a
dialog: the plan is never left half-changed and no earlier file is harmed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from planner_gui import PLAN_SUFFIX
from planner_gui.core.errors import PlanError
from planner_gui.ui import dialogs, icons
from planner_gui.ui.folders import remember, start_folder, suggest

if TYPE_CHECKING:
    from planner_gui.ui.open_plan import OpenPlan
    from planner_gui.ui.plan_files import PlanFiles

WORKBOOK_SUFFIX = ".xlsx"


def suggested_workbook_path(plan: OpenPlan) -> Path:
    path = plan.doc.path
    name = QCoreApplication.translate("plan_out", "{plan} - revised plan").format(plan=path.stem)
    return path.with_name(name + WORKBOOK_SUFFIX)


def export_workbook(parent: QWidget | None, plan: OpenPlan, path: Path | None = None) -> Path | None:
    """File > Export Workbook: ask where, write with a progress dialog (cancellable), offer to open it.

    The name suggested sits in the folder last used; the first time, next to the plan.
    """
    from planner_gui.exchange.plan_workbook import ExportCancelled, write_plan_workbook

    if path is None:
        path = dialogs.ask_save_path(
            parent,
            QCoreApplication.translate("plan_out", "Export the revised plan"),
            str(suggest(parent, suggested_workbook_path(plan))),
            dialogs.workbook_filter(),
            WORKBOOK_SUFFIX,
        )
        if path is None:
            return None
        remember(parent, path)
    writing = QCoreApplication.translate("plan_out", "Writing the revised plan…")
    progress = QProgressDialog(writing, dialogs.cancel_text(), 0, 100, parent)
    progress.setWindowTitle(QCoreApplication.translate("plan_out", "Export"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)  # a small plan is written before the dialog would show

    def report(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)
        QApplication.processEvents()
        if progress.wasCanceled():
            raise ExportCancelled()

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write_plan_workbook(plan.doc, path, progress=report)
    except ExportCancelled:
        return None
    except PlanError as error:
        dialogs.show_error(parent, QCoreApplication.translate("plan_out", "The workbook was not written"), str(error))
        return None
    finally:
        QApplication.restoreOverrideCursor()
        progress.close()
        progress.deleteLater()
    dialogs.offer_to_open(
        parent,
        QCoreApplication.translate("plan_out", "Revised plan exported"),
        QCoreApplication.translate("plan_out", "The revised plan is in {path}.").format(path=path),
        path,
    )
    return path


def write_template(parent: QWidget | None, folder: Path, path: Path | None = None) -> Path | None:
    """File > Write Plan Template: an empty workbook to fill in and bring back with New from Spreadsheet."""
    from planner_gui.exchange.plan_workbook import write_template as write

    if path is None:
        path = dialogs.ask_save_path(
            parent,
            QCoreApplication.translate("plan_out", "Write an empty plan workbook"),
            str(folder / (QCoreApplication.translate("plan_out", "Plan template") + WORKBOOK_SUFFIX)),
            dialogs.workbook_filter(),
            WORKBOOK_SUFFIX,
        )
        if path is None:
            return None
        remember(parent, path)
    try:
        write(path)
    except PlanError as error:
        dialogs.show_error(parent, QCoreApplication.translate("plan_out", "The template was not written"), str(error))
        return None
    dialogs.inform(
        parent,
        QCoreApplication.translate("plan_out", "Plan template written"),
        QCoreApplication.translate(
            "plan_out",
            "Fill in {name} in Excel or LibreOffice, then choose File > New from Spreadsheet… to make it a plan.",
        ).format(name=path.name),
    )
    return path


def ask_spreadsheet_and_plan(parent: QWidget | None, folder: Path) -> tuple[Path, Path] | None:
    """The workbook to read and the new plan's file, asked in turn."""
    title = QCoreApplication.translate("plan_out", "Make a plan from a spreadsheet")
    source = dialogs.ask_open_path(parent, title, str(folder), dialogs.workbook_filter())
    if source is None:
        return None
    remember(parent, source)
    target = dialogs.ask_save_path(
        parent,
        QCoreApplication.translate("plan_out", "Save the new plan as"),
        str(source.with_suffix(PLAN_SUFFIX)),
        dialogs.plan_filter(),
        PLAN_SUFFIX,
    )
    remember(parent, target)
    return None if target is None else (source, target)


def import_plan_into(source: Path, target: Path) -> None:
    """The plan read from ``source`` written at ``target`` (replacing a file the person agreed to replace)."""
    from planner_gui.exchange.plan_import import import_plan

    import_plan(target, source, overwrite=target.exists()).close()


class PlanOutActions(QObject):
    """The File menu's ways out and in: a workbook, the printable summary, a template, a plan from a spreadsheet."""

    def __init__(self, window: PlanFiles) -> None:
        super().__init__(window)
        self.window = window
        keys = QKeySequence.StandardKey
        self.new_from_spreadsheet = self._action(self._new_from_spreadsheet, None, "workbook-in")
        self.export_workbook = self._action(self._export, "Ctrl+E", "spreadsheet")
        self.print_report = self._action(self._print, keys.Print, "print")
        self.export_pdf = self._action(self._pdf, "Ctrl+Shift+E", "pdf")
        self.write_template = self._action(self._template, None, "template")
        self.retranslate()
        self.set_plan(None)

    def retranslate(self) -> None:
        """The actions' words in the window's language (the window asks again when it changes)."""
        for action, text, tip in (
            (self.new_from_spreadsheet, self.tr("New from Spreads&heet…"), self.tr("Make a plan from a workbook")),
            (
                self.export_workbook,
                self.tr("&Export Workbook…"),
                self.tr("Write the revised plan to an Excel workbook"),
            ),
            (self.print_report, self.tr("&Print Summary…"), self.tr("Preview and print the revised plan's summary")),
            (self.export_pdf, self.tr("Export Summary as P&DF…"), self.tr("Write the printable summary to a PDF")),
            (self.write_template, self.tr("&Write Plan Template…"), self.tr("An empty plan workbook to fill in")),
        ):
            action.setText(text)
            action.setStatusTip(tip)

    def _action(self, slot, shortcut, icon: str) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(icons.icon(icon), "", self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def set_plan(self, plan: OpenPlan | None) -> None:
        for action in (self.export_workbook, self.print_report, self.export_pdf):
            action.setEnabled(plan is not None)

    def _folder(self) -> Path:
        """The folder last used; the first time, the plan's."""
        plan = self.window.plan
        return start_folder(self.window, plan.doc.path.parent if plan is not None else None)

    def _export(self) -> None:
        if self.window.plan is not None:
            export_workbook(self.window, self.window.plan)

    def _print(self) -> None:
        from planner_gui.ui.report_preview import show_report_preview

        if self.window.plan is not None:
            show_report_preview(self.window, self.window.plan.doc)

    def _pdf(self) -> None:
        from planner_gui.ui.report_preview import export_report_pdf

        if self.window.plan is not None:
            export_report_pdf(self.window, self.window.plan.doc)

    def _template(self) -> None:
        write_template(self.window, self._folder())

    def _new_from_spreadsheet(self) -> None:
        asked = ask_spreadsheet_and_plan(self.window, self._folder())
        if asked is None:
            return
        source, target = asked
        from planner_gui.ui.plan_opener import write_unless_in_use

        here = self.window.plan.doc.path if self.window.plan is not None else None
        made = write_unless_in_use(
            target,
            here,
            self.tr("The plan was not made"),
            self.window,
            lambda path: import_plan_into(source, path),
        )
        if made:
            self.window.open_path(target)
