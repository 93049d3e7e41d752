"""Step 7: the revised plan goes out, as a workbook to circulate and a printable summary.

The page also shows what the review changed against the plan as it stood when
the review began (the baseline), which is what the workbook's Changes sheet
and the summary say, and lets the facilitator start the review from here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner_gui.core.events import BaselineEvent, DecisionEvent, Event, GoalEvent, ObjectiveEvent, PlanEvent
from planner_gui.exchange.plan_sheets import SHEETS
from planner_gui.ui import icons, numbers
from planner_gui.ui.commands import TakeBaseline
from planner_gui.ui.folders import start_folder
from planner_gui.ui.open_plan import Listening, OpenPlan
from planner_gui.ui.pages.base import StepPage
from planner_gui.ui.plan_out import export_workbook, write_template
from planner_gui.ui.widgets.fitted import fit_view
from planner_gui.ui.widgets.names import named

CHANGE_HEADERS = (
    str(QT_TRANSLATE_NOOP("ExportPage", "What")),
    str(QT_TRANSLATE_NOOP("ExportPage", "Item")),
    str(QT_TRANSLATE_NOOP("ExportPage", "Before")),
    str(QT_TRANSLATE_NOOP("ExportPage", "After")),
    str(QT_TRANSLATE_NOOP("ExportPage", "Why")),
)
WATCHED = (PlanEvent, GoalEvent, ObjectiveEvent, DecisionEvent, BaselineEvent)  # what the Changes list is made of


def _button(text: str, icon: str, tip: str) -> QPushButton:
    button = QPushButton(icons.icon(icon), text)
    button.setToolTip(tip)
    return button


def _group(title: str, about: str, *buttons: QPushButton) -> QGroupBox:
    group = QGroupBox(title)
    box = QVBoxLayout(group)
    text = QLabel(about)
    text.setWordWrap(True)
    box.addWidget(text)
    line = QHBoxLayout()
    for button in buttons:
        line.addWidget(button)
    line.addStretch(1)
    box.addLayout(line)
    return group


class ExportPage(StepPage):
    key = "export"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._listening: Listening | None = None
        self._stale = True
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        layout.addLayout(row)

        sheets = ", ".join(spec.name for spec in SHEETS)
        self.export_button = _button(
            self.tr("E&xport Workbook…"), "spreadsheet", self.tr("Write the revised plan to a workbook (Ctrl+E)")
        )
        self.template_button = _button(
            self.tr("Empty &Template…"),
            "template",
            self.tr("An empty plan workbook to fill in and bring back as a new plan"),
        )
        self.print_button = _button(
            self.tr("&Preview and Print…"), "print", self.tr("See the summary page by page, then print it")
        )
        self.pdf_button = _button(self.tr("Export P&DF…"), "pdf", self.tr("Write the summary to a PDF file"))
        row.addWidget(
            _group(
                self.tr("Workbook to circulate"),
                self.tr("One Excel workbook, a formatted table per sheet, ready to print: {sheets}.").format(
                    sheets=sheets
                ),
                self.export_button,
                self.template_button,
            ),
            3,
        )
        row.addWidget(
            _group(
                self.tr("Printable summary"),
                self.tr("Shaped like the plan document: vision to strategies, with contents and page numbers."),
                self.print_button,
                self.pdf_button,
            ),
            2,
        )

        changes = QGroupBox(self.tr("What the review changed"))
        box = QVBoxLayout(changes)
        line = QHBoxLayout()
        self.baseline_label = QLabel()
        self.baseline_label.setWordWrap(True)
        self.baseline_label.setAccessibleName(self.tr("The review's baseline"))
        self.baseline_button = _button(
            self.tr("&Start Review from Here"),
            "baseline",
            self.tr(
                "Take the plan as it stands now as the review's starting point: the changes start again from nothing"
            ),
        )
        line.addWidget(self.baseline_label, 1)
        line.addWidget(self.baseline_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(line)
        self.changes = QTableWidget(0, len(CHANGE_HEADERS))
        self.changes.setHorizontalHeaderLabels([QCoreApplication.translate("ExportPage", h) for h in CHANGE_HEADERS])
        self.changes.setAccessibleName(self.tr("Changes against the baseline"))
        self.changes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changes.setWordWrap(True)
        self.changes.verticalHeader().setVisible(False)
        self.changes.setAlternatingRowColors(True)
        for column in (3, 4):  # before, after and why share the room left; in presentation mode they wrap
            self.changes.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.fitted = fit_view(self.changes, title=2, chars={0: 12, 1: 9})
        box.addWidget(self.changes, 1)
        self.no_changes = named(QLabel(), "hint")
        box.addWidget(self.no_changes)
        layout.addWidget(changes, 1)

        self.export_button.clicked.connect(self._export)
        self.template_button.clicked.connect(self._template)
        self.print_button.clicked.connect(self._print)
        self.pdf_button.clicked.connect(self._pdf)
        self.baseline_button.clicked.connect(self._take_baseline)

    # ---------------------------------------------------------------- plan
    def set_plan(self, plan: OpenPlan | None) -> None:
        super().set_plan(plan)
        if self._listening is not None:
            self._listening.cancel()
        self._listening = plan.listen(self, self._plan_changed, *WATCHED) if plan is not None else None
        for button in (self.export_button, self.print_button, self.pdf_button):
            button.setEnabled(plan is not None)
        self.baseline_button.setEnabled(plan is not None and not plan.read_only)
        self._stale = True
        self._refresh()

    def _plan_changed(self, _event: Event) -> None:
        self._stale = True
        if self.isVisible():
            self._refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh()

    def _refresh(self) -> None:
        if not self._stale:
            return
        self._stale = False
        doc = self.plan.doc if self.plan is not None else None
        found = doc.baseline.plan_changes() if doc is not None else []
        self.changes.setRowCount(len(found))
        for row, change in enumerate(found):
            for column, text in enumerate((change.what, change.item, change.before, change.after, change.why)):
                item = QTableWidgetItem(text)
                item.setToolTip(text if len(text) > 60 else "")
                self.changes.setItem(row, column, item)
        self.changes.resizeRowsToContents()
        if doc is None:
            self.baseline_label.setText("")
            self.no_changes.setText("")
            return
        baseline = doc.baseline.current()
        goals = self.tr("%n goal(s)", "", baseline.goal_count)
        objectives = self.tr("%n objective(s)", "", baseline.objective_count)
        self.baseline_label.setText(
            self.tr(
                "Compared with the plan as it stood on {when}: {goals}, {objectives}. "
                "The workbook's Changes sheet and the summary say the same."
            ).format(when=numbers.moment(baseline.taken_at), goals=goals, objectives=objectives)
        )
        nothing = self.tr("Nothing has changed yet: no goal folded, no objective dropped, moved or retitled.")
        self.no_changes.setText("" if found else nothing)
        self.no_changes.setVisible(not found)

    # ------------------------------------------------------------- actions
    def _export(self) -> None:
        if self.plan is not None:
            export_workbook(self, self.plan)

    def _template(self) -> None:
        if self.plan is not None:
            write_template(self, start_folder(self, self.plan.doc.path.parent))

    def _print(self) -> None:
        from planner_gui.ui.report_preview import show_report_preview

        if self.plan is not None:
            show_report_preview(self, self.plan.doc)

    def _pdf(self) -> None:
        from planner_gui.ui.report_preview import export_report_pdf

        if self.plan is not None:
            export_report_pdf(self, self.plan.doc)

    def _take_baseline(self) -> None:
        if self.plan is not None:
            self.plan.push(TakeBaseline(self.plan), self)
