"""The Strategies page (step 6), driven through its widgets.

Each test makes its own strategies (the sample plan may hold some already,
and the tests don't depend on how many): it picks the objectives a strategy
serves, adds actions and dated targets, reorders them by keyboard and by
drag, undoes, and finds it all again in the file and in a new window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from context_driver import drag_in_view, type_in_editor
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QTableView
from ui_driver import ALT, CTRL, click, undo_text

from plan_files import committed
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.pages.ranking.ranking_page import RankingPage
from planner_gui.ui.pages.strategies_page import StrategiesPage
from planner_gui.ui.widgets.fields import PlanLineEdit
from planner_gui.ui.widgets.rows_panel import RowsPanel

NAME = "Clear the last mined areas"


# ------------------------------------------------------------------ driving


def go_to_strategies(qtbot: Any, window: MainWindow) -> StrategiesPage:
    qtbot.keyClick(window, Qt.Key.Key_6, ALT)
    page = window.workspace.current_page()
    assert isinstance(page, StrategiesPage)
    return page


def press_undo(qtbot: Any, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)


def cells(view: QTableView, column: int) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def objective_id(window: MainWindow, number: str) -> int:
    assert window.plan is not None
    [found] = [o.id for o in window.plan.doc.structure.objectives() if o.number == number]
    return found


def unserved(window: MainWindow) -> list[Any]:
    """Objectives no strategy serves yet (the sample may hold strategies of its own)."""
    assert window.plan is not None
    doc = window.plan.doc
    return [o for o in doc.structure.objectives() if not doc.strategies.strategies_serving(o.id)]


def tick(qtbot: Any, page: StrategiesPage, number: str) -> None:
    """Tick an objective in the picker with the keyboard: go to its line, press Space."""
    picker = page.editor.picker
    [row] = [r for r in range(picker.count()) if picker.item(r).text().startswith(f"Obj. {number}  [")]
    picker.setFocus()
    picker.setCurrentRow(row)
    qtbot.keyClick(picker, Qt.Key.Key_Space)
    assert picker.item(row).checkState() == Qt.CheckState.Checked


def add_in_table(qtbot: Any, panel: RowsPanel, text: str) -> None:
    """Add a row with the panel's Add button and type ``text`` into the cell that opens."""
    click(qtbot, panel.add_button)
    type_in_editor(qtbot, text)


def edit_cell(qtbot: Any, view: QTableView, row: int, column: int, text: str) -> None:
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    type_in_editor(qtbot, text)


def pick_in_cell(qtbot: Any, view: QTableView, row: int, column: int, text: str) -> None:
    """Open the cell's drop-down list with F2, go to ``text`` with the arrow keys, press Enter."""
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox), combo
    target = combo.findText(text)
    assert target >= 0, text
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not combo)


def select_strategy(page: StrategiesPage, name: str) -> int:
    [row] = [r for r, text in enumerate(cells(page.view, 0)) if text == name]
    index = page.view.model().index(row, 0)
    page.view.setCurrentIndex(index)
    strategy_id = page.selected_id()
    assert strategy_id is not None
    assert page.editor.strategy_id == strategy_id
    return strategy_id


def file_actions(path: Path, name: str) -> list[tuple[str, str, str]]:
    return committed(
        path,
        "SELECT k.name, a.text, a.lead FROM strategy_action a JOIN strategy s ON s.id = a.strategy_id "
        "JOIN action_kind k ON k.id = a.kind_id WHERE s.name = ? ORDER BY a.position",
        (name,),
    )


def file_objectives(path: Path, name: str) -> list[str]:
    rows = committed(
        path,
        "SELECT o.number FROM strategy_objective so JOIN strategy s ON s.id = so.strategy_id "
        "JOIN objective o ON o.id = so.objective_id WHERE s.name = ? ORDER BY o.id",
        (name,),
    )
    return [number for (number,) in rows]


# ------------------------------------------------------------------- tests


def test_a_strategy_with_objectives_actions_and_a_dated_target_is_kept_in_the_file(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path, make_window: Callable[..., MainWindow]
) -> None:
    page = go_to_strategies(qtbot, sample_window)
    before = page.list.count()

    click(qtbot, page.add_button)
    name = page.editor.form.editors["name"]
    assert isinstance(name, PlanLineEdit) and name.hasFocus()
    qtbot.keyClicks(name, NAME)
    tick(qtbot, page, "8")
    tick(qtbot, page, "10")

    assert page.list.count() == before + 1
    row = cells(page.view, 0).index(NAME)
    assert page.view.model().index(row, 1).data() == "Obj. 8, 10"
    assert page.view.model().index(row, 2).data() == "Draft"
    assert file_objectives(sample_plan, NAME) == ["8", "10"]

    editor = page.editor
    editor.tabs.setCurrentWidget(editor.actions_panel)
    actions = editor.actions_panel.view
    add_in_table(qtbot, editor.actions_panel, "Answer calls from affected villages")
    pick_in_cell(qtbot, actions, 0, 0, "Reactive")
    add_in_table(qtbot, editor.actions_panel, "Survey the border districts")
    pick_in_cell(qtbot, actions, 1, 0, "Proactive")
    edit_cell(qtbot, actions, 1, 2, "Survey team")
    assert cells(actions, 0) == ["Reactive", "Proactive"]
    assert file_actions(sample_plan, NAME) == [
        ("reactive", "Answer calls from affected villages", ""),
        ("proactive", "Survey the border districts", "Survey team"),
    ]

    editor.tabs.setCurrentWidget(editor.targets_panel)
    targets = editor.targets_panel.view
    add_in_table(qtbot, editor.targets_panel, "Land released")
    edit_cell(qtbot, targets, 0, 1, "km2")
    edit_cell(qtbot, targets, 0, 2, "25")
    edit_cell(qtbot, targets, 0, 3, "2015-09")
    assert [targets.model().index(0, c).data() for c in range(4)] == ["Land released", "km2", "25", "2015-09"]
    assert committed(
        sample_plan,
        "SELECT what, measure, number, due FROM strategy_target t JOIN strategy s ON s.id = t.strategy_id "
        "WHERE s.name = ?",
        (NAME,),
    ) == [("Land released", "km2", 25.0, "2015-09")]
    target_number = "SELECT number FROM strategy_target t JOIN strategy s ON s.id = t.strategy_id WHERE s.name = ?"
    for typed, kept in (("0,5", 0.5), ("1 500", 1500.0), ("2,5", 2.5), ("25", 25.0)):  # never ten times more
        edit_cell(qtbot, targets, 0, 2, typed)
        assert committed(sample_plan, target_number, (NAME,)) == [(kept,)], typed

    # Reorder the actions: Ctrl+Up on the second, then drag it back below the first.
    editor.tabs.setCurrentWidget(editor.actions_panel)
    actions.setFocus()
    actions.setCurrentIndex(actions.model().index(1, 1))
    qtbot.keyClick(actions, Qt.Key.Key_Up, CTRL)
    assert cells(actions, 1) == ["Survey the border districts", "Answer calls from affected villages"]
    assert actions.currentIndex().row() == 0
    drag_in_view(actions, actions.model().index(0, 1), actions.model().index(1, 1), "below")
    assert cells(actions, 1) == ["Answer calls from affected villages", "Survey the border districts"]
    assert undo_text(sample_window).startswith("Undo Move")

    press_undo(qtbot, sample_window)  # the drag
    assert cells(actions, 1) == ["Survey the border districts", "Answer calls from affected villages"]
    assert [a[1] for a in file_actions(sample_plan, NAME)] == [
        "Survey the border districts",
        "Answer calls from affected villages",
    ]

    sample_window.close()
    again = make_window()
    assert again.open_path(sample_plan)
    page = go_to_strategies(qtbot, again)
    select_strategy(page, NAME)
    assert page.editor.form.editors["name"].text() == NAME  # type: ignore[attr-defined]
    picker = page.editor.picker
    assert [picker.item(r).text().split("  ")[0] for r in sorted(_checked_rows(page))] == ["Obj. 8", "Obj. 10"]
    assert cells(page.editor.actions_panel.view, 0) == ["Proactive", "Reactive"]
    assert cells(page.editor.actions_panel.view, 2) == ["Survey team", ""]
    assert cells(page.editor.targets_panel.view, 3) == ["2015-09"]


def _checked_rows(page: StrategiesPage) -> set[int]:
    picker = page.editor.picker
    return {r for r in range(picker.count()) if picker.item(r).checkState() == Qt.CheckState.Checked}


def test_adding_a_strategy_and_its_objectives_is_undone_step_by_step(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path
) -> None:
    page = go_to_strategies(qtbot, sample_window)
    before = page.list.count()
    click(qtbot, page.add_button)
    tick(qtbot, page, "3")
    assert undo_text(sample_window).startswith("Undo Change objectives of strategy")

    press_undo(qtbot, sample_window)
    assert _checked_rows(page) == set()
    press_undo(qtbot, sample_window)
    assert page.list.count() == before
    assert committed(sample_plan, "SELECT count(*) FROM strategy") == [(before,)]


def test_the_picker_shows_each_objectives_decided_priority(qtbot: Any, sample_window: MainWindow) -> None:
    assert sample_window.plan is not None
    doc = sample_window.plan.doc
    page = go_to_strategies(qtbot, sample_window)
    click(qtbot, page.add_button)
    doc.ranking.set_decision(objective_id(sample_window, "8"), priority="high")
    doc.ranking.set_decision(objective_id(sample_window, "9"), priority="dropped")

    texts = [page.editor.picker.item(r).text() for r in range(page.editor.picker.count())]
    assert any(t.startswith("Obj. 8  [High]  ") for t in texts)
    assert any(t.startswith("Obj. 9  [Dropped]  ") for t in texts)


def test_coverage_flags_follow_priorities_and_links(qtbot: Any, sample_window: MainWindow) -> None:
    assert sample_window.plan is not None
    doc = sample_window.plan.doc
    free = unserved(sample_window)
    first, second = free[0], free[1]
    page = go_to_strategies(qtbot, sample_window)

    doc.ranking.set_decision(first.id, priority="high")
    assert f"Obj. {first.number}" in page.coverage.high.text()
    assert page.coverage.high.text().startswith("⚠ High priority without a strategy")

    doc.ranking.set_decision(second.id, priority="medium")
    assert f"Obj. {second.number}" in page.coverage.medium.text()
    assert not page.coverage.medium.isHidden()

    # Serve the high-priority objective through the picker: its flag goes.
    click(qtbot, page.add_button)
    qtbot.keyClicks(page.editor.form.editors["name"], "Serve it")
    tick(qtbot, page, first.number)
    assert f"Obj. {first.number}" not in page.coverage.high.text()

    # Drop it: the strategy serving it is flagged as out of date.
    assert page.coverage.dropped.isHidden()
    doc.ranking.set_decision(first.id, priority="dropped")
    assert not page.coverage.dropped.isHidden()
    assert page.coverage.dropped.text() == f"⚠ Out of date: “Serve it” serves dropped Obj. {first.number}"

    press_undo(qtbot, sample_window)  # the objectives of "Serve it": nothing serves it any more
    assert page.coverage.dropped.isHidden()


def test_strategy_button_on_the_decisions_tab_drafts_then_finds_the_strategy(
    qtbot: Any, sample_window: MainWindow, sample_plan: Path
) -> None:
    assert sample_window.plan is not None
    target = unserved(sample_window)[0]
    qtbot.keyClick(sample_window, Qt.Key.Key_5, ALT)
    ranking = sample_window.workspace.current_page()
    assert isinstance(ranking, RankingPage)
    ranking.show_tab(ranking.decisions)
    decisions = ranking.decisions
    [row] = [r for r in range(decisions.proxy.rowCount()) if decisions.proxy.index(r, 0).data() == target.number]
    decisions.view.setFocus()
    decisions.view.setCurrentIndex(decisions.proxy.index(row, 3))
    qtbot.keyClick(decisions.view, Qt.Key.Key_1)  # high
    decisions.view.setCurrentIndex(decisions.proxy.index(row, 3))
    count = len(sample_window.plan.doc.strategies.strategies())

    click(qtbot, decisions.strategy_button)

    page = sample_window.workspace.current_page()
    assert isinstance(page, StrategiesPage)
    assert len(sample_window.plan.doc.strategies.strategies()) == count + 1
    drafted = page.selected_id()
    assert drafted is not None and sample_window.plan.doc.strategies.strategy_objectives(drafted) == [target.id]
    name = f"Strategy for Obj. {target.number}"
    assert page.editor.form.editors["name"].text() == name  # type: ignore[attr-defined]
    assert f"Obj. {target.number}" not in page.coverage.high.text()
    assert file_objectives(sample_plan, name) == [target.number]

    # Again: the same strategy is found, not another one drafted.
    qtbot.keyClick(sample_window, Qt.Key.Key_1, ALT)
    qtbot.keyClick(sample_window, Qt.Key.Key_5, ALT)
    click(qtbot, decisions.strategy_button)
    assert len(sample_window.plan.doc.strategies.strategies()) == count + 1
    assert page.selected_id() == drafted

    assert undo_text(sample_window) == f"Undo Draft a strategy for Obj. {target.number}"
    press_undo(qtbot, sample_window)
    assert len(sample_window.plan.doc.strategies.strategies()) == count
    assert f"Obj. {target.number}" in page.coverage.high.text()


def test_a_new_kind_of_action_can_be_added_and_chosen(qtbot: Any, sample_window: MainWindow, sample_plan: Path) -> None:
    page = go_to_strategies(qtbot, sample_window)
    click(qtbot, page.add_button)
    editor = page.editor
    editor.tabs.setCurrentWidget(editor.kinds_panel)
    click(qtbot, editor.kinds_panel.add_button)
    type_in_editor(qtbot, "advocacy")
    assert "Advocacy" in cells(editor.kinds_panel.view, 0)

    editor.tabs.setCurrentWidget(editor.actions_panel)
    add_in_table(qtbot, editor.actions_panel, "Brief the donors")
    pick_in_cell(qtbot, editor.actions_panel.view, 0, 0, "Advocacy")
    strategy_id = page.selected_id()
    assert committed(
        sample_plan,
        "SELECT k.name FROM strategy_action a JOIN action_kind k ON k.id = a.kind_id WHERE a.strategy_id = ?",
        (strategy_id,),
    ) == [("advocacy",)]


def test_a_read_only_plan_shows_strategies_but_nothing_can_be_changed(qtbot: Any, read_only_window: MainWindow) -> None:
    assert read_only_window.plan is not None
    page = go_to_strategies(qtbot, read_only_window)
    assert not page.add_button.isEnabled()
    editor = page.editor
    for panel in (*editor.parts, editor.kinds_panel):
        assert not panel.add_button.isEnabled()
        assert not panel.delete_button.isEnabled()
    count = page.list.count()
    qtbot.keyClick(page.view, Qt.Key.Key_N, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert page.list.count() == count
    target = unserved(read_only_window)[0]
    page.reveal(target.id)  # what the Decisions tab's button asks for: nothing drafted in a read-only plan
    assert page.list.count() == count
    if count:
        assert page.selected_id() is not None
        assert editor.form.editors["name"].isReadOnly()  # type: ignore[attr-defined]
        picker = editor.picker
        assert all(not picker.item(r).flags() & Qt.ItemFlag.ItemIsUserCheckable for r in range(picker.count()))


@pytest.mark.parametrize("presenting", [False, True])
def test_the_strategies_list_shows_whole_which_objectives_each_serves_on_a_small_screen(
    qtbot: Any, sample_window: MainWindow, presenting: bool
) -> None:
    """1280×720, in normal and presentation mode: "Obj. 8, 10", never "Obj. 8, O…"."""
    sample_window.resize(1280, 720)
    if presenting:
        sample_window.presentation_action.trigger()
    page = go_to_strategies(qtbot, sample_window)
    qtbot.wait(50)
    view = page.list.view
    metrics = view.fontMetrics()
    for row in range(view.model().rowCount()):
        text = view.model().index(row, 1).data()
        assert metrics.horizontalAdvance(text) + 8 <= view.columnWidth(1), (text, view.columnWidth(1))
    if presenting:
        sample_window.presentation_action.trigger()
