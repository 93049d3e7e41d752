"""Step 1, the plan as it stands: its texts, and the tree of goals and objectives."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from planner_gui.core.events import Action, Event, ObjectiveEvent
from planner_gui.core.structure import GOALS, OBJECTIVES
from planner_gui.ui import dialogs, icons, words
from planner_gui.ui.commands import AddGoal, AddObjective, DeleteRow, SortObjectives
from planner_gui.ui.models.plan_tree import COL_NUMBER, COL_TITLE, PlanTreeModel
from planner_gui.ui.open_plan import Listening, OpenPlan
from planner_gui.ui.pages.base import StepPage
from planner_gui.ui.pages.plan_details import PlanFieldsEditor, RowEditor
from planner_gui.ui.presentation import presentation, presenting
from planner_gui.ui.widgets.button_bar import ButtonBar
from planner_gui.ui.widgets.fitted import fit_view


def next_number(existing: list[str]) -> str:
    """The next whole number after the largest whole-number label in use ("17" after "16")."""
    numbers = [int(n) for n in existing if re.fullmatch(r"\d+", n.strip())]
    return str(max(numbers, default=0) + 1)


class PlanPage(StepPage):
    key = "plan"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: PlanTreeModel | None = None
        self._listening: Listening | None = None
        layout = QHBoxLayout(self.body)
        layout.setContentsMargins(0, 8, 0, 0)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        layout.addWidget(splitter)

        self.plan_fields = PlanFieldsEditor()
        splitter.addWidget(self.plan_fields)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._build_toolbar())
        self.tree = QTreeView()
        self.tree.setAccessibleName(self.tr("Goals and objectives"))
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        right_layout.addWidget(self.tree, 3)
        self.fitted = fit_view(self.tree, title=COL_TITLE)  # titles wrap in presentation mode
        self.row_editor = RowEditor()
        right_layout.addWidget(self.row_editor, 2)
        self.right_layout = right_layout
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self._present_tree(presenting())
        presentation().changed.connect(self._present_tree)
        self.row_editor.move_to_goal.connect(self._move_to_goal)
        self._build_tree_actions()

    def _present_tree(self, on: bool) -> None:
        """On the wall the tree takes the height: the room reads the goals and objectives, not the form."""
        self.right_layout.setStretchFactor(self.tree, 5 if on else 3)
        self.right_layout.setStretchFactor(self.row_editor, 1 if on else 2)

    # ------------------------------------------------------------ building
    def _button(self, text: str, icon_name: str, slot, tip: str, primary: bool = False) -> QPushButton | QToolButton:  # type: ignore[no-untyped-def]
        if primary:
            button: QPushButton | QToolButton = QPushButton(icons.icon(icon_name, "white"), text)
            button.setProperty("primary", True)
        else:
            button = QToolButton()
            button.setIcon(icons.icon(icon_name))
            button.setText(text)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        return button

    def _build_toolbar(self) -> ButtonBar:
        bar = ButtonBar()
        self.add_objective_button = self._button(
            self.tr("Add objective"),
            "add",
            self.add_objective,
            self.tr("Add an objective to the selected goal (Ctrl+Shift+O)"),
            True,
        )
        self.add_goal_button = self._button(
            self.tr("Add goal"), "add-goal", self.add_goal, self.tr("Add a goal (Ctrl+Shift+G)")
        )
        self.up_button = self._button(self.tr("Up"), "up", lambda: self.move_selected(-1), self.tr("Move up (Ctrl+Up)"))
        self.down_button = self._button(
            self.tr("Down"), "down", lambda: self.move_selected(1), self.tr("Move down (Ctrl+Down)")
        )
        self.sort_button = self._button(
            self.tr("Sort"),
            "sort",
            self.sort_selected_goal,
            self.tr("Put the goal's objectives in the order of their numbers"),
        )
        self.delete_button = self._button(
            self.tr("Delete"), "delete", self.delete_selected, self.tr("Delete the selected row (Delete)")
        )
        bar.add(self.add_objective_button)
        bar.add(self.add_goal_button, shrinks_at=4)  # the last to give up its words
        bar.add_stretch()
        for rank, widget in enumerate((self.up_button, self.down_button, self.sort_button, self.delete_button)):
            bar.add(widget, shrinks_at=rank)
        return bar

    def _build_tree_actions(self) -> None:
        def action(
            text: str,
            shortcut: QKeySequence | QKeySequence.StandardKey | str,
            slot: Callable[[], object],
            widget: QWidget,
        ) -> QAction:
            act = QAction(text, widget)
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            widget.addAction(act)
            return act

        self.delete_action = action(self.tr("Delete"), QKeySequence.StandardKey.Delete, self.delete_selected, self.tree)
        self.up_action = action(self.tr("Move up"), "Ctrl+Up", lambda: self.move_selected(-1), self.tree)
        self.down_action = action(self.tr("Move down"), "Ctrl+Down", lambda: self.move_selected(1), self.tree)
        action(self.tr("Add objective"), "Ctrl+Shift+O", self.add_objective, self)
        action(self.tr("Add goal"), "Ctrl+Shift+G", self.add_goal, self)

    # -------------------------------------------------------------- plan
    def set_plan(self, plan: OpenPlan | None) -> None:
        super().set_plan(plan)
        self.plan_fields.set_plan(plan)
        self.row_editor.set_plan(plan)
        old_model = self.model
        if self._listening is not None:
            self._listening.cancel()
            self._listening = None
        self.model = PlanTreeModel(plan, self) if plan is not None else None
        self.tree.setModel(self.model)
        if old_model is not None:
            old_model.deleteLater()
        editable = plan is not None and not plan.read_only
        for widget in (
            self.add_objective_button,
            self.add_goal_button,
            self.up_button,
            self.down_button,
            self.sort_button,
            self.delete_button,
        ):
            widget.setEnabled(editable)
        if self.model is None:
            return
        header = self.tree.header()
        header.setResizeContentsPrecision(100)  # size columns from a sample of rows, not every objective
        header.setSectionResizeMode(COL_NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.fitted.fit()
        self.tree.expandAll()
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.model.rowsInserted.connect(self._rows_inserted)
        self._listening = self.model.plan.listen(self, self._on_change, ObjectiveEvent)  # after the model's
        if self.model.rowCount():
            self.tree.setCurrentIndex(self.model.index(0, 0))

    def _on_change(self, event: Event) -> None:
        if isinstance(event, ObjectiveEvent) and event.action is Action.MOVED and len(event.ids) == 1:
            # A move to another goal reaches the tree as a removal and an insertion, which
            # selects a neighbour; the moved objective (by hand, undo or redo) stays selected.
            self.select("objective", event.ids[0])

    def _rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.isValid():
            self.tree.expand(parent)
        else:
            for row in range(first, last + 1):
                self.tree.expand(self.model.index(row, 0))  # type: ignore[union-attr]

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        found = self.model.kind_and_id(current) if self.model is not None else None
        self.row_editor.show_row(*(found or (None, None)))

    def selected(self) -> tuple[str, int] | None:
        if self.model is None:
            return None
        return self.model.kind_and_id(self.tree.currentIndex())

    def select(self, kind: str, row_id: int) -> None:
        if self.model is None:
            return
        index = self.model.goal_index(row_id) if kind == "goal" else self.model.objective_index(row_id)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.tree.scrollTo(index)

    # ------------------------------------------------------------- actions
    def _target_goal(self) -> int | None:
        assert self.plan is not None
        found = self.selected()
        if found is None:
            goals = self.plan.doc.structure.goals()
            return goals[-1].id if goals else None
        kind, row_id = found
        return row_id if kind == "goal" else self.plan.doc.structure.objective(row_id).goal_id

    def add_objective(self) -> None:
        if self.plan is None or self.plan.read_only:
            return
        goal_id = self._target_goal()
        if goal_id is None:
            dialogs.inform(
                self,
                self.tr("Add a goal first"),
                self.tr("Objectives belong to a goal. Add a goal, then its objectives."),
            )
            return
        number = next_number([o.number for o in self.plan.doc.structure.objectives()])
        command = AddObjective(self.plan, goal_id, number, self.tr("New objective"))
        if self.plan.push(command, self) and command.objective_id is not None:
            self.select("objective", command.objective_id)
            self.row_editor.title_field.setFocus()
            self.row_editor.title_field.selectAll()

    def add_goal(self) -> None:
        if self.plan is None or self.plan.read_only:
            return
        number = next_number([g.number for g in self.plan.doc.structure.goals()])
        command = AddGoal(self.plan, number, self.tr("New goal"))
        if self.plan.push(command, self) and command.goal_id is not None:
            self.select("goal", command.goal_id)
            self.row_editor.title_field.setFocus()
            self.row_editor.title_field.selectAll()

    def delete_selected(self) -> None:
        found = self.selected()
        if self.plan is None or self.plan.read_only or found is None:
            return
        kind, row_id = found
        doc = self.plan.doc
        row = doc.structure.goal(row_id) if kind == "goal" else doc.structure.objective(row_id)
        label = words.goal_label(row.number) if kind == "goal" else words.objective_label(row.number)
        dependents = doc.lists.dependents(GOALS if kind == "goal" else OBJECTIVES, row_id)
        if dependents:
            parts = ", ".join(words.rows_phrase(table, count) for table, count in dependents.items())
            question = self.tr(
                "Delete {label} “{title}” and its {parts}?\n\nYou can bring them back with Edit > Undo (Ctrl+Z)."
            ).format(label=label, title=row.title, parts=parts)
            title = self.tr("Delete {label}?").format(label=label)
            if not dialogs.ask_yes_no(self, title, question, yes=self.tr("Delete")):
                return
        text = self.tr("Delete {label}").format(label=label)
        self.plan.push(DeleteRow(self.plan, GOALS if kind == "goal" else OBJECTIVES, row_id, text), self)

    def move_selected(self, step: int) -> None:
        found = self.selected()
        if self.plan is None or self.model is None or found is None or self.plan.read_only:
            return
        kind, row_id = found
        index = self.tree.currentIndex()
        if kind == "goal":
            self.model.move_goal(row_id, index.row() + step)
        else:
            self.model.move_objective(row_id, self.plan.doc.structure.objective(row_id).goal_id, index.row() + step)
        self.select(kind, row_id)

    def _move_to_goal(self, objective_id: int, goal_id: int) -> None:
        if self.model is not None and self.model.move_objective(objective_id, goal_id, None):
            self.select("objective", objective_id)

    def sort_selected_goal(self) -> None:
        if self.plan is None or self.plan.read_only:
            return
        goal_id = self._target_goal()
        if goal_id is None:
            return
        self.plan.push(SortObjectives(self.plan, goal_id, self.plan.doc.structure.goal(goal_id).number), self)
