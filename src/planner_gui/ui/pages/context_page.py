"""Step 4, the context: sections of points and sub-points, started from a template, and the stakeholders."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from planner_gui.core.context import POINTS, SECTIONS
from planner_gui.core.events import Action, Event, PointEvent, Reloaded, SectionEvent
from planner_gui.core.ordered import RowKind
from planner_gui.core.words import first_free
from planner_gui.ui import dialogs, icons
from planner_gui.ui.commands import AddRow, DeleteRow
from planner_gui.ui.models.context_tree import ContextTreeModel, short
from planner_gui.ui.open_plan import Listening, OpenPlan
from planner_gui.ui.pages.base import StepPage
from planner_gui.ui.pages.context_panel import SectionPanel
from planner_gui.ui.pages.context_templates import TemplateChooser
from planner_gui.ui.pages.context_tools import analysis_toolbar
from planner_gui.ui.pages.stakeholders_tab import StakeholdersTab
from planner_gui.ui.widgets.wrapping_delegate import WrappingDelegate


class ContextPage(StepPage):
    key = "context"
    add_point_button: QPushButton  # made with the tool bar (``context_tools``)
    move_button: QToolButton
    toolbar: QToolBar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: ContextTreeModel | None = None
        self._listening: Listening | None = None
        self._section_id: int | None = None  # shown in the side panel
        self._point_id: int | None = None
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 8, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Context analysis and stakeholders"))
        layout.addWidget(self.tabs)
        self.chooser = TemplateChooser()
        self.analysis = QWidget()
        self.analysis_stack = QStackedWidget()
        self.analysis_stack.addWidget(self.chooser)
        self.analysis_stack.addWidget(self.analysis)
        self.stakeholders = StakeholdersTab()
        self.tabs.addTab(self.analysis_stack, icons.icon("analysis"), self.tr("Analysis"))
        self.tabs.addTab(self.stakeholders, icons.icon("stakeholders"), self.tr("Stakeholders"))
        self.stakeholders.count_changed.connect(self._stakeholders_changed)

        self.tree = QTreeView()
        self.tree.setAccessibleName(self.tr("Context analysis: sections, points and sub-points"))
        self.tree.setHeaderHidden(True)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self._build_actions()
        outer = QVBoxLayout(self.analysis)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.addWidget(analysis_toolbar(self))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        self.panel = SectionPanel()
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 400])
        outer.addWidget(splitter, 1)

    # ------------------------------------------------------------ building
    def _action(self, text: str, icon_name: str, slot: Callable[[], object], tip: str, keys=(), on=None) -> QAction:  # type: ignore[no-untyped-def]
        act = QAction(icons.icon(icon_name), text, self)
        act.setToolTip(tip)
        act.setShortcuts([QKeySequence(k) for k in keys])
        act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        def triggered() -> None:
            self._finish_editing()
            slot()

        act.triggered.connect(triggered)
        (on if on is not None else self.tree).addAction(act)
        return act

    def _build_actions(self) -> None:
        a = self.analysis
        self.add_point_action = self._action(
            self.tr("Add point"), "add", self.add_point, self.tr("Add a point after the selected one (Ctrl+Shift+N)"),
            ["Ctrl+Shift+N"], a,
        )  # fmt: skip
        self.add_sub_point_action = self._action(
            self.tr("Add sub-point"), "sub-point", self.add_sub_point,
            self.tr("Add a sub-point to the selected point (Ctrl+Shift+P)"), ["Ctrl+Shift+P"], a,
        )  # fmt: skip
        self.add_section_action = self._action(
            self.tr("Add section"), "section", self.add_section,
            self.tr("Add a section after the selected one (Ctrl+Shift+T)"), ["Ctrl+Shift+T"], a,
        )  # fmt: skip
        self.indent_action = self._action(
            self.tr("Indent"), "indent", self.indent,
            self.tr("Make it a sub-point of the point above (Ctrl+] or Alt+Right)"), ["Ctrl+]", "Alt+Right"],
        )  # fmt: skip
        self.outdent_action = self._action(
            self.tr("Outdent"), "outdent", self.outdent,
            self.tr("Make the sub-point a point of its own (Ctrl+[ or Alt+Left)"), ["Ctrl+[", "Alt+Left"],
        )  # fmt: skip
        self.up_action = self._action(
            self.tr("Up"), "up", lambda: self.move_selected(-1), self.tr("Move up (Ctrl+Up)"), ["Ctrl+Up"]
        )
        self.down_action = self._action(
            self.tr("Down"), "down", lambda: self.move_selected(1), self.tr("Move down (Ctrl+Down)"), ["Ctrl+Down"]
        )
        self.delete_action = self._action(
            self.tr("Delete"), "delete", self.delete_selected,
            self.tr("Delete the selected section or point (Delete)"), ["Delete"],
        )  # fmt: skip
        self.move_menu = QMenu(self.tr("Move to section"), self)
        self.move_menu.aboutToShow.connect(self._fill_move_menu)
        self.move_action = self._action(
            self.tr("Move to section"),
            "move-to",
            lambda: None,
            self.tr("Move the point to another section (Ctrl+Shift+M)"),
        )
        self.move_action.setMenu(self.move_menu)
        self._action("", "move-to", lambda: self.move_button.showMenu(), "", ["Ctrl+Shift+M"], self.analysis)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions([self.add_point_action, self.add_sub_point_action, self.add_section_action])
        menu.addSeparator()
        menu.addActions([self.indent_action, self.outdent_action, self.up_action, self.down_action])
        menu.addActions([self.move_action])
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    # -------------------------------------------------------------- plan
    def set_plan(self, plan: OpenPlan | None) -> None:
        super().set_plan(plan)
        self.chooser.set_plan(plan)
        self.panel.set_plan(plan)
        self.stakeholders.set_plan(plan)
        old = self.model
        if self._listening is not None:
            self._listening.cancel()
            self._listening = None
        self.model = ContextTreeModel(plan, self) if plan is not None else None
        self.tree.setModel(self.model)
        if old is not None:
            old.deleteLater()
        if plan is not None and self.model is not None:
            self.tree.selectionModel().currentChanged.connect(self._current_changed)
            self.model.rowsInserted.connect(self._rows_inserted)
            self._listening = plan.listen(self, self._on_change, SectionEvent, PointEvent)  # after the model's
            self.tree.expandAll()
            if self.model.rowCount():
                self.tree.setCurrentIndex(self.model.index(0, 0))
        self._show_stack()
        self._stakeholders_changed()
        self._refresh()

    def _editable(self) -> bool:
        return self.plan is not None and not self.plan.read_only

    def _on_change(self, event: Event) -> None:
        if event.action in (Action.ADDED, Action.REMOVED) or isinstance(event, Reloaded):
            self._show_stack()
        self._refresh()

    def _stakeholders_changed(self) -> None:
        count = self.stakeholders.count()
        self.tabs.setTabText(
            1, self.tr("Stakeholders ({count})").format(count=count) if count else self.tr("Stakeholders")
        )

    def _show_stack(self) -> None:
        empty = self.model is None or self.model.rowCount() == 0
        was_empty = self.analysis_stack.currentWidget() is self.chooser
        self.analysis_stack.setCurrentWidget(self.chooser if empty else self.analysis)
        if was_empty and not empty and self.model is not None:
            self.select(self.model.index(0, 0))
            self.tree.setFocus()

    def _rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        self.tree.expand(parent)
        for row in range(first, last + 1):
            self.tree.expand(self.model.index(row, 0, parent))  # type: ignore[union-attr]

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._refresh()

    def _refresh(self) -> None:
        """Show the current row's section and point beside the tree, and enable the actions that apply."""
        found = self.current()
        doc = self.plan.doc if self.plan is not None else None
        section_id = self.model.section_of(self.tree.currentIndex()) if self.model and found else None
        self.panel.show_rows(section_id, found[1] if found and found[0] != "section" else None)
        kind = found[0] if found else None
        can_indent = kind == "point" and doc is not None and doc.context.indent_target(found[1]) is not None  # type: ignore[index]
        sections = self.model.rowCount() if self.model else 0
        for action, enabled in (
            (self.add_point_action, sections > 0),
            (self.add_sub_point_action, kind in ("point", "sub-point")),
            (self.add_section_action, True),
            (self.indent_action, can_indent),
            (self.outdent_action, kind == "sub-point"),
            (self.up_action, kind is not None),
            (self.down_action, kind is not None),
            (self.move_action, kind in ("point", "sub-point") and sections > 1),
            (self.delete_action, kind is not None),
        ):
            action.setEnabled(self._editable() and enabled)

    def _finish_editing(self) -> None:
        """Save the text being typed in place before acting (Ctrl+] or Ctrl+Shift+N while typing a point)."""
        editor = self.tree.indexWidget(self.tree.currentIndex())
        if editor is not None and self.tree.state() == QAbstractItemView.State.EditingState:
            self.tree.commitData(editor)
            self.tree.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    # ----------------------------------------------------------- selection
    def current(self) -> tuple[str, int] | None:
        return self.model.node(self.tree.currentIndex()) if self.model is not None else None

    def select(self, index: QModelIndex) -> None:
        if index.isValid():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.tree.selectionModel().setCurrentIndex(index, flags)
            self.tree.scrollTo(index)

    def _added(self, command: AddRow, section: bool = False) -> None:
        if self.model is None or command.row_id is None:
            return
        index = self.model.section_index(command.row_id) if section else self.model.item_index(command.row_id)
        self.select(index)
        self.tree.setFocus()
        self.tree.edit(index)

    # ------------------------------------------------------------- actions
    def add_point(self) -> None:
        found = self.current()
        if self.plan is None or self.model is None or not self._editable() or not self.model.rowCount():
            return
        if found is None:
            section_id, index = self.model.section_ids()[-1], None
        elif found[0] == "section":
            section_id, index = found[1], None
        else:
            item = self.plan.doc.lists.row(POINTS, found[1])
            if item.parent_id is not None:
                item = self.plan.doc.lists.row(POINTS, item.parent_id)
            section_id, index = item.section_id, item.position + 1
        values = {"section_id": section_id, "parent_id": None, "text": ""}
        command = AddRow(self.plan, POINTS, values, self.tr("Add point"), index)
        if self.plan.push(command, self):
            self._added(command)

    def add_sub_point(self) -> None:
        found = self.current()
        if self.plan is None or not self._editable() or found is None or found[0] == "section":
            return
        item = self.plan.doc.lists.row(POINTS, found[1])
        parent_id, index = (item.id, None) if item.parent_id is None else (item.parent_id, item.position + 1)
        values = {"section_id": item.section_id, "parent_id": parent_id, "text": ""}
        command = AddRow(self.plan, POINTS, values, self.tr("Add sub-point"), index)
        if self.plan.push(command, self):
            self._added(command)

    def add_section(self) -> None:
        if self.plan is None or self.model is None or not self._editable():
            return
        section_id = self.model.section_of(self.tree.currentIndex())
        index = self.model.section_ids().index(section_id) + 1 if section_id is not None else None
        taken = [s.title for s in self.plan.doc.context.sections()]  # two sections of one name read back as one
        values = {"title": first_free(self.tr("New section"), taken)}
        command = AddRow(self.plan, SECTIONS, values, self.tr("Add section"), index)
        if self.plan.push(command, self):
            self._added(command, section=True)

    def _move_current(self, target: tuple[int, dict[str, Any]] | None, text: str) -> None:
        found = self.current()
        if self.model is None or found is None or target is None or not self._editable():
            return
        if self.model.move_item(found[1], target[0], target[1], text):
            self.select(self.model.item_index(found[1]))

    def indent(self) -> None:
        found = self.current()
        if self.plan is not None and found is not None and found[0] == "point":
            target = self.plan.doc.context.indent_target(found[1])
            text = self.tr("Indent {point}").format(point=short(self.plan.doc.lists.row(POINTS, found[1]).text))
            self._move_current(target, text)

    def outdent(self) -> None:
        found = self.current()
        if self.plan is not None and found is not None and found[0] == "sub-point":
            target = self.plan.doc.context.outdent_target(found[1])
            text = self.tr("Outdent {point}").format(point=short(self.plan.doc.lists.row(POINTS, found[1]).text))
            self._move_current(target, text)

    def move_selected(self, step: int) -> None:
        found = self.current()
        if self.plan is None or self.model is None or found is None or not self._editable():
            return
        kind, row_id = found
        if kind == "section":
            if self.model.move_section(row_id, self.tree.currentIndex().row() + step):
                self.select(self.model.section_index(row_id))
            return
        row = self.tree.currentIndex().row() + step
        if 0 <= row < self.model.rowCount(self.tree.currentIndex().parent()):
            self._move_current((row, {}), "")

    def move_to_section(self, section_id: int) -> None:
        found = self.current()
        if self.plan is None or self.model is None or found is None or found[0] == "section":
            return
        title = self.plan.doc.lists.row(SECTIONS, section_id).title
        point = short(self.plan.doc.lists.row(POINTS, found[1]).text)
        text = self.tr("Move {point} to {section}").format(point=point, section=short(title))
        target = (len(self.model.point_ids(section_id)), {"section_id": section_id, "parent_id": None})
        self._move_current(target, text)

    def _fill_move_menu(self) -> None:
        self.move_menu.clear()
        if self.plan is None or self.model is None:
            return
        here = self.model.section_of(self.tree.currentIndex())
        for section_id in self.model.section_ids():
            action = self.move_menu.addAction(self.model.data(self.model.section_index(section_id)))
            action.setEnabled(section_id != here and self.current() is not None)
            action.triggered.connect(lambda _=False, sid=section_id: self.move_to_section(sid))

    def delete_selected(self) -> None:
        found = self.current()
        if self.plan is None or found is None or not self._editable():
            return
        kind, row_id = found
        list_kind: RowKind[Any] = SECTIONS if kind == "section" else POINTS
        row = self.plan.doc.lists.row(list_kind, row_id)
        label = short(row.title if kind == "section" else row.text)
        inside = self.plan.doc.lists.dependents(list_kind, row_id).get("context_item", 0)
        if inside:
            if kind == "section":
                question = self.tr("Delete the section {label} and its %n point(s)? Undo brings them back.", "", inside)
                title = self.tr("Delete section?")
            else:
                question = self.tr(
                    "Delete the point {label} and its %n sub-point(s)? Undo brings them back.", "", inside
                )
                title = self.tr("Delete point?")
            if not dialogs.ask_yes_no(self, title, question.format(label=label), yes=self.tr("Delete")):
                return
        text = {
            "section": self.tr("Delete section {label}"),
            "point": self.tr("Delete point {label}"),
            "sub-point": self.tr("Delete sub-point {label}"),
        }[kind].format(label=label)
        self.plan.push(DeleteRow(self.plan, list_kind, row_id, text), self)
