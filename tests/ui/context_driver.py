"""How the context page's tests drive it, and read what the tree, the table and the file hold."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QMessageLogContext, QModelIndex, QPoint, QPointF, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QTableView
from ui_driver import LEFT, click_row

from planner_gui.core.document import PlanDocument
from planner_gui.core.walkthrough import STAKEHOLDERS
from planner_gui.ui.models.context_tree import ContextTreeModel
from planner_gui.ui.open_plan import OpenPlan
from planner_gui.ui.pages.context_page import ContextPage

EDIT = Qt.ItemDataRole.EditRole
MOVE = Qt.DropAction.MoveAction
Outline = list[tuple[str, list[tuple[str, list[str]]]]]

MANDATE = "The existing mission remains relevant to reaching the vision through the two treaties."
LEADS = "Leads and coordinates a diverse, global network of national campaigns"
BRINGS = "Brings field experience to the international stage"
PEOPLE = "People: staff, Monitor researchers"
SAMPLE_STAKEHOLDERS = [
    "States Parties and signatories",
    "Donor governments",
    "UN agencies (UNMAS, UNDP, UNICEF)",
    "International Committee of the Red Cross",
    "National campaigns and member NGOs",
    "Mine action operators",
    "Media",
]


# ------------------------------------------------------------------- pages


def close_page(page: ContextPage) -> None:
    plan = page.plan
    if plan is not None:
        page.set_plan(None)
        plan.close()


class PageOpener:
    """Context pages over plan files, shown and active (so shortcuts work), as the main window shows them."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.pages: list[ContextPage] = []

    def __call__(self, path: Path, read_only: bool = False) -> ContextPage:
        doc = PlanDocument.open_snapshot(path) if read_only else PlanDocument.open(path)
        page = ContextPage()
        self.qtbot.addWidget(page)
        page.set_plan(OpenPlan(doc, None))
        page.resize(1166, 700)
        page.show()
        self.qtbot.waitExposed(page)
        page.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
        self.pages.append(page)
        return page

    def close_all(self) -> None:
        for page in self.pages:
            close_page(page)


@contextmanager
def model_tester(model: ContextTreeModel) -> Iterator[list[str]]:
    """QAbstractItemModelTester on ``model`` inside the block; yields the failures it reports."""
    failures: list[str] = []

    def collect(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if context.category == "qt.modeltest":
            failures.append(message)
        elif previous is not None:
            previous(mode, context, message)

    previous = qInstallMessageHandler(collect)
    try:
        tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
        try:
            yield failures
        finally:
            shiboken6.delete(tester)
    finally:
        qInstallMessageHandler(previous)


# ------------------------------------------------------------------- reading


def model_of(page: ContextPage) -> ContextTreeModel:
    assert page.model is not None
    return page.model


def outline(model: ContextTreeModel) -> Outline:
    """What the tree shows: (section, [(point, [sub-points])]) in order."""
    result: Outline = []
    for row in range(model.rowCount()):
        section = model.index(row, 0)
        points = []
        for p in range(model.rowCount(section)):
            point = model.index(p, 0, section)
            subs = [model.data(model.index(s, 0, point), EDIT) for s in range(model.rowCount(point))]
            points.append((model.data(point, EDIT), subs))
        result.append((model.data(section, EDIT), points))
    return result


def file_outline(path: Path) -> Outline:
    doc = PlanDocument.open_snapshot(path)
    try:
        return [
            (s.title, [(p.text, [c.text for c in doc.context.items(s.id, p.id)]) for p in doc.context.items(s.id)])
            for s in doc.context.sections()
        ]
    finally:
        doc.close()


def file_stakeholders(path: Path) -> list[tuple[str, str, str]]:
    doc = PlanDocument.open_snapshot(path)
    try:
        return [(s.name, s.kind, s.role) for s in doc.lists.rows(STAKEHOLDERS)]
    finally:
        doc.close()


def section_points(tree: Outline, title: str) -> list[tuple[str, list[str]]]:
    return next(points for section, points in tree if section == title)


def rows(model: ContextTreeModel, parent: QModelIndex | None = None) -> Iterator[QModelIndex]:
    """Every row of the tree, in the order shown."""
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from rows(model, index)


def find(model: ContextTreeModel, start: str) -> QModelIndex:
    """The row (section, point or sub-point) whose text is ``start``, or else the first that starts with it."""
    texts = [(index, str(model.data(index, EDIT))) for index in rows(model)]
    found = [i for i, text in texts if text == start] or [i for i, text in texts if text.startswith(start)]
    assert found, f"no row “{start}” in the tree"
    return found[0]


def select(qtbot: Any, page: ContextPage, start: str) -> QModelIndex:
    index = find(model_of(page), start)
    click_row(qtbot, page.tree, index)
    return index


def undo(page: ContextPage, times: int = 1) -> None:
    assert page.plan is not None
    for _ in range(times):
        page.plan.undo_stack.undo()


def undo_text(page: ContextPage) -> str:
    assert page.plan is not None
    return page.plan.undo_stack.undoText()


def type_in_editor(qtbot: Any, text: str) -> None:
    """Type into the in-place editor that has just opened, and press Enter."""
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), f"no in-place editor is open (focus on {editor!r})"
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not editor)  # the view commits on its next turn


def drag_in_view(view: QAbstractItemView, source: QModelIndex, target: QModelIndex, where: str) -> None:
    """Drag ``source`` over the view and drop it on, above or below ``target``'s row, as the mouse would."""
    rect = view.visualRect(target)
    y = {"on": rect.center().y(), "above": rect.top() + 1, "below": rect.bottom() - 1}[where]
    pos = QPoint(rect.center().x(), y)
    data = view.model().mimeData([source])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, MOVE, data, buttons, keys)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(pos, MOVE, data, buttons, keys)
    QApplication.sendEvent(view.viewport(), move)
    assert move.isAccepted(), "the view refused the drop there"
    QApplication.sendEvent(view.viewport(), QDropEvent(QPointF(pos), MOVE, data, buttons, keys))


def click_cell(qtbot: Any, view: QTableView, row: int, column: int) -> None:
    index = view.model().index(row, column)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())
    assert view.currentIndex() == index
