"""The goals-and-objectives tree model: drops, targeted signals, and Qt's own consistency checks."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QMessageLogContext,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtTest import QAbstractItemModelTester
from ui_driver import (
    CTRL,
    SAMPLE_NUMBERS,
    file_numbers,
    goal_index,
    objective_index,
    plan_page,
    replace_text,
    select_goal,
    select_objective,
    tree_model,
    tree_numbers,
    undo_text,
)

from planner_gui.core.document import PlanDocument
from planner_gui.core.structure import GOALS, OBJECTIVES
from planner_gui.ui.commands import AddGoal, AddObjective, DeleteRow, EditRow, SortObjectives
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.models.plan_tree import PlanTreeModel

MOVE = Qt.DropAction.MoveAction


def drop(model: PlanTreeModel, index: QModelIndex, row: int, parent: QModelIndex) -> bool:
    return model.dropMimeData(model.mimeData([index]), MOVE, row, 0, parent)


# ------------------------------------------------------------------- drops


def test_dropping_an_objective_on_another_goal_moves_it_there_and_undo_moves_it_back(
    sample_window: MainWindow, sample_plan: Path
) -> None:
    model = tree_model(sample_window)
    moved = {**SAMPLE_NUMBERS, "1": ["1", "2", "3", "4", "6", "7"], "3": ["13", "5", "14", "15", "16"]}

    drop(model, objective_index(model, "5"), 1, goal_index(model, "3"))

    assert tree_numbers(model) == moved
    assert file_numbers(sample_plan) == moved
    assert undo_text(sample_window) == "Undo Move Obj. 5"

    sample_window.undo_action.trigger()

    assert tree_numbers(model) == SAMPLE_NUMBERS
    assert file_numbers(sample_plan) == SAMPLE_NUMBERS


def test_dropping_an_objective_on_a_goal_itself_puts_it_last(sample_window: MainWindow, sample_plan: Path) -> None:
    model = tree_model(sample_window)

    drop(model, objective_index(model, "1"), -1, goal_index(model, "4"))

    assert tree_numbers(model)["4"] == ["1"]
    assert file_numbers(sample_plan)["4"] == ["1"]


def test_dropping_an_objective_lower_in_its_own_goal_lands_where_it_was_dropped(
    sample_window: MainWindow, sample_plan: Path
) -> None:
    model = tree_model(sample_window)

    drop(model, objective_index(model, "8"), 3, goal_index(model, "2"))  # between 10 and 11

    assert tree_numbers(model)["2"] == ["9", "10", "8", "11", "12"]
    assert file_numbers(sample_plan)["2"] == ["9", "10", "8", "11", "12"]


def test_dropping_a_goal_between_goals_reorders_the_goals(sample_window: MainWindow, sample_plan: Path) -> None:
    model = tree_model(sample_window)

    drop(model, goal_index(model, "4"), 0, QModelIndex())

    assert list(tree_numbers(model)) == ["4", "1", "2", "3"]
    assert list(file_numbers(sample_plan)) == ["4", "1", "2", "3"]
    assert tree_numbers(model) == SAMPLE_NUMBERS  # each goal kept its objectives
    sample_window.undo_action.trigger()
    assert list(file_numbers(sample_plan)) == ["1", "2", "3", "4"]


def test_drops_that_make_no_sense_are_refused(sample_window: MainWindow, sample_plan: Path) -> None:
    model = tree_model(sample_window)
    objective = model.mimeData([objective_index(model, "2")])
    goal = model.mimeData([goal_index(model, "2")])

    assert not model.canDropMimeData(objective, MOVE, 0, 0, QModelIndex())  # an objective needs a goal
    assert not model.canDropMimeData(objective, MOVE, 0, 0, objective_index(model, "9"))  # not inside an objective
    assert not model.canDropMimeData(goal, MOVE, 0, 0, goal_index(model, "1"))  # goals don't nest
    assert not drop(model, goal_index(model, "2"), 0, goal_index(model, "1"))
    assert file_numbers(sample_plan) == SAMPLE_NUMBERS
    assert not sample_window.undo_action.isEnabled()


# ------------------------------------------------------ targeted signals


def expanded_goals(window: MainWindow) -> dict[str, bool]:
    page = plan_page(window)
    model = tree_model(window)
    return {number: page.tree.isExpanded(goal_index(model, number)) for number in ("1", "2", "3")}


def test_edits_moves_deletes_and_undo_keep_each_goals_expanded_state(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, fake_dialogs: Any
) -> None:
    fake_dialogs.always("ask_yes_no", True)  # whatever is attached to the objective deleted below
    page = plan_page(sample_window)
    model = tree_model(sample_window)
    page.tree.collapse(goal_index(model, "2"))
    assert expanded_goals(sample_window) == {"1": True, "2": False, "3": True}

    with qtbot.assertNotEmitted(model.modelReset), qtbot.assertNotEmitted(model.layoutChanged):
        select_goal(qtbot, sample_window, "1")
        replace_text(qtbot, page.row_editor.title_field, "No more use")  # dataChanged
        select_objective(qtbot, sample_window, "2")
        qtbot.keyClick(page.tree, Qt.Key.Key_Down, CTRL)  # a move within Goal 1
        drop(model, objective_index(model, "4"), 0, goal_index(model, "3"))  # to another goal
        select_objective(qtbot, sample_window, "15")
        qtbot.keyClick(page.tree, Qt.Key.Key_Delete)  # an objective
        select_goal(qtbot, sample_window, "4")
        qtbot.keyClick(page.tree, Qt.Key.Key_Delete)  # a goal (with no objectives)
        assert expanded_goals(sample_window) == {"1": True, "2": False, "3": True}
        for _ in range(5):
            sample_window.undo_action.trigger()

    assert tree_numbers(model) == SAMPLE_NUMBERS
    assert file_numbers(sample_plan) == SAMPLE_NUMBERS
    assert expanded_goals(sample_window) == {"1": True, "2": False, "3": True}


def test_a_row_moved_into_a_collapsed_goal_opens_the_goal_to_show_it(sample_window: MainWindow) -> None:
    page = plan_page(sample_window)
    model = tree_model(sample_window)
    page.tree.collapse(goal_index(model, "2"))

    drop(model, objective_index(model, "14"), 0, goal_index(model, "2"))

    assert page.tree.isExpanded(goal_index(model, "2"))
    assert tree_numbers(model)["2"][0] == "14"


def test_a_goal_brought_back_by_undo_comes_back_expanded(sample_window: MainWindow) -> None:
    page = plan_page(sample_window)
    model = tree_model(sample_window)
    page.tree.selectionModel().clear()
    index = goal_index(model, "3")
    page.tree.setCurrentIndex(QModelIndex())
    assert sample_window.plan is not None
    goal_id = model.kind_and_id(index)[1]  # type: ignore[index]
    sample_window.plan.push(DeleteRow(sample_window.plan, GOALS, goal_id, "Delete Goal 3"))

    sample_window.undo_action.trigger()

    restored = goal_index(model, "3")
    assert model.rowCount(restored) == 4
    assert page.tree.isExpanded(restored)


def test_a_persistent_index_follows_its_objective_through_moves(sample_window: MainWindow) -> None:
    model = tree_model(sample_window)
    held = QPersistentModelIndex(objective_index(model, "10"))
    drop(model, objective_index(model, "8"), -1, goal_index(model, "2"))  # 8 goes last: 10 moves up

    assert held.isValid()
    assert held.row() == 1
    assert held.data() == "Obj. 10"


# ------------------------------------------------- Qt's consistency checks

ROOT_FLAGS_FAILURE = "flags == Qt::ItemIsDropEnabled || flags == 0"


@contextmanager
def model_tester(model: QAbstractItemModel) -> Iterator[list[str]]:
    """Run QAbstractItemModelTester on ``model`` inside the block; yields the failures it reports.

    Its reports are collected here rather than left to pytest-qt (which fails a test on any of
    them), so a known failure can be told apart from new ones.
    """
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


def test_the_model_tester_catches_a_model_that_breaks_the_rules() -> None:
    """The checks below are only worth something if a broken model does get reported."""

    class Broken(QAbstractListModel):
        def rowCount(self, parent: Any = None) -> int:
            return 0 if parent is not None and parent.isValid() else 2

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            return "x" if role == Qt.ItemDataRole.DisplayRole else None

    broken = Broken()
    with model_tester(broken) as failures:
        assert failures == []
        broken.beginInsertRows(QModelIndex(), 0, 0)  # announces a row that never appears
        broken.endInsertRows()
    assert any("rowCount" in failure for failure in failures)


def test_the_root_of_the_tree_accepts_drops_and_nothing_else(sample_window: MainWindow) -> None:
    model = tree_model(sample_window)
    with model_tester(model) as failures:
        pass
    assert model.flags(QModelIndex()) == Qt.ItemFlag.ItemIsDropEnabled
    assert failures == []


def test_the_tree_model_stays_consistent_through_adds_moves_sorts_deletes_and_undo(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, fake_dialogs: Any
) -> None:
    fake_dialogs.always("ask_yes_no", True)  # whatever is attached to the objective deleted below
    plan = sample_window.plan
    assert plan is not None
    page = plan_page(sample_window)
    model = tree_model(sample_window)
    doc = plan.doc

    with model_tester(model) as failures:
        plan.push(AddGoal(plan, "5", "A fifth goal"))
        plan.push(AddObjective(plan, goal_id(doc, "5"), "17", "Under the fifth"))
        plan.push(AddObjective(plan, goal_id(doc, "1"), "1.5", "Between one and two"))
        plan.push(EditRow(plan, OBJECTIVES, objective_id(doc, "9"), {"title": "x"}, {"title": "Renamed"}, "Edit"))
        drop(model, objective_index(model, "3"), 0, goal_index(model, "5"))
        drop(model, goal_index(model, "5"), 0, QModelIndex())
        select_objective(qtbot, sample_window, "12")
        qtbot.keyClick(page.tree, Qt.Key.Key_Up, CTRL)
        plan.push(SortObjectives(plan, goal_id(doc, "2"), "2"))
        select_objective(qtbot, sample_window, "14")
        qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
        select_goal(qtbot, sample_window, "4")  # a goal with no objectives: no question
        qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
        steps = plan.undo_stack.count()
        for _ in range(steps):
            sample_window.undo_action.trigger()
        assert tree_numbers(model) == SAMPLE_NUMBERS
        for _ in range(steps):
            sample_window.redo_action.trigger()

    assert [f for f in failures if ROOT_FLAGS_FAILURE not in f] == []
    assert tree_numbers(model) == file_numbers(sample_plan)
    assert list(tree_numbers(model)) == ["5", "1", "2", "3"]


@pytest.mark.qt_no_exception_capture  # the failure to show is the model's, not the exception itself
def test_the_tree_model_stays_consistent_when_a_goal_with_objectives_is_deleted(
    sample_window: MainWindow, sample_plan: Path
) -> None:
    plan = sample_window.plan
    assert plan is not None
    model = tree_model(sample_window)

    with model_tester(model) as failures:
        plan.push(DeleteRow(plan, GOALS, goal_id(plan.doc, "2"), "Delete Goal 2"))
        plan.push(DeleteRow(plan, OBJECTIVES, objective_id(plan.doc, "14"), "Delete Obj. 14"))

    assert tree_numbers(model) == file_numbers(sample_plan)
    assert [f for f in failures if ROOT_FLAGS_FAILURE not in f] == []


def goal_id(doc: PlanDocument, number: str) -> int:
    return next(g.id for g in doc.structure.goals() if g.number == number)


def objective_id(doc: PlanDocument, number: str) -> int:
    found = doc.structure.find_objective(number)
    assert found is not None
    return found.id
