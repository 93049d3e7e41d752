"""How the GUI tests drive the real widgets, and read what the window and the file show."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTreeView

from planner_gui.core.document import PlanDocument
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.models.plan_tree import COL_NUMBER, COL_TITLE, PlanTreeModel
from planner_gui.ui.pages.plan_page import PlanPage
from planner_gui.ui.pages.ranking.ballot_booth import FORM
from planner_gui.ui.pages.ranking.ranking_page import RankingPage
from planner_gui.ui.settings import SINGLE_SCREEN_NOTED

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
LEFT = Qt.MouseButton.LeftButton

Outline = list[tuple[str, str, list[tuple[str, str]]]]


# ------------------------------------------------------------------ windows


def activate(qtbot: Any, window: MainWindow) -> None:
    """Make ``window`` the active window, as a click on it would (shortcuts need it)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def plan_page(window: MainWindow) -> PlanPage:
    page = window.workspace.pages[0]
    assert isinstance(page, PlanPage)
    return page


def tree_model(window: MainWindow) -> PlanTreeModel:
    model = plan_page(window).model
    assert model is not None
    return model


def undo_text(window: MainWindow) -> str:
    return window.undo_action.text().replace("&", "")


def redo_text(window: MainWindow) -> str:
    return window.redo_action.text().replace("&", "")


# ----------------------------------------------------------------- driving


def click(qtbot: Any, widget: Any) -> None:
    qtbot.mouseClick(widget, LEFT)


def replace_text(qtbot: Any, field: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Click into the field, select all its text, and type ``text`` over it (ASCII only).

    A person's click also brings the field's window to the front; a synthetic click doesn't, so the window is
    made active first (another test's window, or a dialog just gone, may hold the activation offscreen).
    """
    if QApplication.activeWindow() is not field.window():
        activate(qtbot, field.window())  # type: ignore[arg-type]
    qtbot.waitUntil(field.isVisible)
    click(qtbot, field)
    assert field.hasFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(field, text)


def click_row(qtbot: Any, tree: QTreeView, index: QModelIndex) -> None:
    """Click the row of ``index`` in the tree, as the facilitator would."""
    assert index.isValid()
    tree.scrollTo(index)
    rect = tree.visualRect(index)
    assert rect.isValid(), "the row is not visible (is its goal collapsed?)"
    qtbot.mouseClick(tree.viewport(), LEFT, pos=rect.center())
    assert tree.currentIndex() == index.siblingAtColumn(tree.currentIndex().column())


def select_goal(qtbot: Any, window: MainWindow, number: str) -> QModelIndex:
    page = plan_page(window)
    index = goal_index(tree_model(window), number)
    click_row(qtbot, page.tree, index)
    return index


def select_objective(qtbot: Any, window: MainWindow, number: str) -> QModelIndex:
    page = plan_page(window)
    index = objective_index(tree_model(window), number)
    click_row(qtbot, page.tree, index)
    return index


# ----------------------------------------------------------------- reading


def goal_index(model: PlanTreeModel, number: str) -> QModelIndex:
    for row in range(model.rowCount()):
        index = model.index(row, COL_NUMBER)
        if model.data(index, Qt.ItemDataRole.EditRole) == number:
            return index
    raise AssertionError(f"no Goal {number} in the tree")


def objective_index(model: PlanTreeModel, number: str) -> QModelIndex:
    for row in range(model.rowCount()):
        goal = model.index(row, COL_NUMBER)
        for child in range(model.rowCount(goal)):
            index = model.index(child, COL_NUMBER, goal)
            if model.data(index, Qt.ItemDataRole.EditRole) == number:
                return index
    raise AssertionError(f"no Obj. {number} in the tree")


def tree_outline(model: PlanTreeModel) -> Outline:
    """What the tree shows: (goal label, title, [(objective label, title)...]) per goal, in order."""
    outline: Outline = []
    for row in range(model.rowCount()):
        goal = model.index(row, COL_NUMBER)
        children = [
            (
                model.data(model.index(child, COL_NUMBER, goal)),
                model.data(model.index(child, COL_TITLE, goal)),
            )
            for child in range(model.rowCount(goal))
        ]
        outline.append((model.data(goal), model.data(model.index(row, COL_TITLE)), children))
    return outline


def tree_numbers(model: PlanTreeModel) -> dict[str, list[str]]:
    """Objective numbers per goal number, in the tree's order."""
    numbers: dict[str, list[str]] = {}
    for row in range(model.rowCount()):
        goal = model.index(row, COL_NUMBER)
        numbers[model.data(goal, Qt.ItemDataRole.EditRole)] = [
            model.data(model.index(child, COL_NUMBER, goal), Qt.ItemDataRole.EditRole)
            for child in range(model.rowCount(goal))
        ]
    return numbers


def file_outline(path: Path) -> Outline:
    """What the plan file holds, read through the core, in the tree's label format."""
    doc = PlanDocument.open_snapshot(path)
    try:
        return [
            (
                f"Goal {goal.number}",
                goal.title,
                [(f"Obj. {o.number}", o.title) for o in doc.structure.objectives(goal.id)],
            )
            for goal in doc.structure.goals()
        ]
    finally:
        doc.close()


def file_numbers(path: Path) -> dict[str, list[str]]:
    doc = PlanDocument.open_snapshot(path)
    try:
        return {goal.number: [o.number for o in doc.structure.objectives(goal.id)] for goal in doc.structure.goals()}
    finally:
        doc.close()


def file_plan_fields(path: Path) -> dict[str, str]:
    doc = PlanDocument.open_snapshot(path)
    try:
        plan = doc.plan
        return {name: getattr(plan, name) for name in ("organisation", "title", "period", "vision", "mission")}
    finally:
        doc.close()


SAMPLE_NUMBERS = {
    "1": ["1", "2", "3", "4", "5", "6", "7"],
    "2": ["8", "9", "10", "11", "12"],
    "3": ["13", "14", "15", "16"],
    "4": [],
}


# ---------------------------------------------------------------- ballots


def pick_member(qtbot: Any, page: RankingPage, name: str) -> None:
    """The member picks their name on the Cast ballots tab and presses Enter, then a key past the cover."""
    tab = page.ballots
    page.show_tab(tab)
    [row] = [r for r in range(tab.voters.rowCount()) if str(tab.voters.index(r).data()).split("    ")[0] == name]
    tab.members.setFocus()
    tab.members.setCurrentIndex(tab.voters.index(row))
    window = page.window()
    assert isinstance(window, MainWindow)
    window.prefs.set(SINGLE_SCREEN_NOTED, True)  # the one-screen note was seen (test_private_ballot.py)
    qtbot.keyClick(tab.members, Qt.Key.Key_Return)
    if tab.booth.isVisible():  # one screen: the ballot waits behind a cover for a key
        qtbot.keyClick(tab.booth, Qt.Key.Key_Space)
        assert tab.booth.page() == FORM
