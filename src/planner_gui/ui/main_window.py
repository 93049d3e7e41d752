"""The main window: welcome screen or the open plan's workspace, menus, status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QStackedWidget

from planner_gui import APP_NAME, __version__
from planner_gui.core.errors import PlanError
from planner_gui.core.planfile import PLAN_SUFFIX
from planner_gui.ui import dialogs, icons, settings
from planner_gui.ui.agenda_panel import AgendaDock
from planner_gui.ui.open_plan import OpenPlan
from planner_gui.ui.plan_opener import claim_for_writing, open_fresh_sample, open_plan_file, write_unless_in_use
from planner_gui.ui.plan_out import PlanOutActions
from planner_gui.ui.steps import STEPS
from planner_gui.ui.style import apply_style
from planner_gui.ui.welcome import WelcomeScreen
from planner_gui.ui.widgets.elided_label import ElidedLabel
from planner_gui.ui.widgets.timer_label import TimerLabel
from planner_gui.ui.workspace import Workspace


class MainWindow(QMainWindow):
    def __init__(self, prefs: settings.Settings | None = None) -> None:
        super().__init__()
        self.prefs = prefs or settings.Settings()
        self.plan: OpenPlan | None = None
        self.setWindowIcon(icons.app_icon())
        self.setMinimumSize(1024, 640)
        self.central = QStackedWidget()
        self.welcome = WelcomeScreen()
        self.workspace = Workspace()
        self.central.addWidget(self.welcome)
        self.central.addWidget(self.workspace)
        self.setCentralWidget(self.central)
        self.welcome.new_requested.connect(self.new_plan)
        self.welcome.open_requested.connect(self.open_dialog)
        self.welcome.sample_requested.connect(self.open_sample)
        self.welcome.recent_requested.connect(self.open_path)
        # -- agenda: a dock on the right, hidden until asked for (View > Agenda, Ctrl+Shift+A) --
        self.agenda_dock = AgendaDock(parent=self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.agenda_dock)
        self.agenda_dock.hide()
        # -- end agenda --
        self._build_actions()
        self.out = PlanOutActions(self)  # export, print, templates, plans from spreadsheets
        self._build_menus()
        self._build_status_bar()
        self._restore_geometry()
        self._show_plan(None)

    # ------------------------------------------------------------- building
    def _action(self, text: str, slot, shortcut=None, icon: str | None = None, tip: str = "") -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if icon:
            action.setIcon(icons.icon(icon))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action("&New Plan…", self.new_plan, keys.New, "new", "Start a new, empty plan")
        self.open_action = self._action("&Open Plan…", self.open_dialog, keys.Open, "open", "Open a plan file")
        self.sample_action = self._action("Open &Sample Plan", self.open_sample, None, "sample")
        self.save_copy_action = self._action(
            "Save a &Copy…", self.save_copy, None, "save-copy", "Write a copy of the plan elsewhere; keep working here"
        )
        self.save_as_action = self._action(
            "Save &As…", self.save_as, keys.SaveAs, "save-as", "Move on to a copy of the plan under a new name"
        )
        self.close_action = self._action("&Close Plan", self.close_plan, keys.Close, "close")
        self.quit_action = self._action("&Quit", self.close, keys.Quit)
        self.undo_action = self._action("&Undo", self._undo, keys.Undo, "undo")
        self.redo_action = self._action("&Redo", self._redo, keys.Redo, "redo")
        self.presentation_action = self._action(
            "&Presentation Mode",
            self.toggle_presentation,
            "F5",
            "presentation",
            "Enlarge text for the back of the room",
        )
        self.presentation_action.setCheckable(True)
        self.presentation_action.setChecked(self.prefs.get(settings.PRESENTATION))
        self.next_step_action = self._action("&Next Step", lambda: self._step(1), "Ctrl+PgDown", "next")
        self.previous_step_action = self._action("&Previous Step", lambda: self._step(-1), "Ctrl+PgUp", "previous")
        self.agenda_action = self.agenda_dock.toggleViewAction()  # agenda: checkable, follows the dock
        self.agenda_action.setText("&Agenda")
        self.agenda_action.setIcon(icons.icon("agenda"))
        self.agenda_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.agenda_action.setStatusTip("Show or hide the agenda and the session timer")
        self.addAction(self.agenda_action)
        self.about_action = self._action(f"&About {APP_NAME}", self.show_about, None, "about")
        self.step_actions = []
        for row, step in enumerate(STEPS):
            action = self._action(
                f"&{step.number} {step.title}", lambda _=False, r=row: self._go_step(r), f"Alt+{step.number}"
            )
            self.step_actions.append(action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        for action in (self.new_action, self.out.new_from_spreadsheet, self.open_action, self.sample_action):
            file_menu.addAction(action)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        for action in (self.save_copy_action, self.save_as_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        out = self.out
        for action in (out.export_workbook, out.print_report, out.export_pdf, out.write_template):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        view_menu = bar.addMenu("&View")
        view_menu.addAction(self.presentation_action)
        view_menu.addAction(self.agenda_action)
        view_menu.addSeparator()
        view_menu.addAction(self.previous_step_action)
        view_menu.addAction(self.next_step_action)
        steps_menu = view_menu.addMenu("&Go to Step")
        for action in self.step_actions:
            steps_menu.addAction(action)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.path_label = ElidedLabel()
        self.saved_label = QLabel()
        self.saved_label.setAccessibleName("Save state")
        status.addWidget(self.path_label, 1)
        status.addPermanentWidget(self.saved_label)
        self.timer_label = TimerLabel()  # agenda: the running session, while one runs
        self.timer_label.clicked.connect(self.agenda_dock.reveal)
        status.addPermanentWidget(self.timer_label)

    # -------------------------------------------------------------- showing
    def _show_plan(self, plan: OpenPlan | None) -> None:
        self.plan = plan
        self.workspace.set_plan(plan)
        self.agenda_dock.set_plan(plan)  # agenda
        self.timer_label.set_plan(plan)
        self.out.set_plan(plan)
        has_plan = plan is not None
        self.central.setCurrentWidget(self.workspace if has_plan else self.welcome)
        for action in (
            self.save_copy_action,
            self.save_as_action,
            self.close_action,
            self.next_step_action,
            self.previous_step_action,
            *self.step_actions,
        ):
            action.setEnabled(has_plan)
        self.welcome.set_recent(self.prefs.recent_files())
        if plan is None:
            self.setWindowTitle(APP_NAME)
            self.path_label.set_full_text("")
            self.saved_label.setText("")
            self._update_undo_actions()
            return
        plan.undo_stack.indexChanged.connect(self._update_undo_actions)
        plan.undo_stack.cleanChanged.connect(self._update_undo_actions)
        plan.saved.connect(self._on_saved)
        plan.changed.connect(self._update_title)
        self._update_title()
        self._update_undo_actions()
        self.workspace.go_to(0)

    def _update_title(self, *_args: object) -> None:
        if self.plan is None:
            return
        doc = self.plan.doc
        name = doc.plan.title or doc.path.stem
        suffix = " (read-only)" if doc.read_only else ""
        self.setWindowTitle(f"{name}{suffix} — {APP_NAME}")
        self.path_label.set_full_text(str(doc.path))
        if doc.read_only:
            self.saved_label.setText("Read-only: changes can't be made here")
        elif doc.migration_backup is not None:
            self.saved_label.setText(f"Upgraded; the old file was kept as {doc.migration_backup.name}")
        else:
            self.saved_label.setText("All changes saved")

    def _on_saved(self) -> None:
        self.saved_label.setText("All changes saved")

    def _update_undo_actions(self, *_args: object) -> None:
        stack = self.plan.undo_stack if self.plan is not None else None
        can_undo = stack is not None and stack.canUndo()
        can_redo = stack is not None and stack.canRedo()
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        self.undo_action.setText(f"&Undo {stack.undoText()}" if can_undo and stack else "&Undo")
        self.redo_action.setText(f"&Redo {stack.redoText()}" if can_redo and stack else "&Redo")

    def _undo(self) -> None:
        self._run_on_stack("undo")

    def _redo(self) -> None:
        self._run_on_stack("redo")

    def _run_on_stack(self, what: str) -> None:
        if self.plan is None:
            return
        focus = QApplication.focusWidget()
        if focus is not None:
            focus.clearFocus()  # finish an edit in progress before undoing it
            focus.setFocus()
        try:
            getattr(self.plan.undo_stack, what)()
        except PlanError as error:
            dialogs.show_error(self, f"Could not {what}", str(error))

    def _step(self, delta: int) -> None:
        self.workspace.go_to(self.workspace.current() + delta)

    def _go_step(self, row: int) -> None:
        if self.plan is not None:
            self.workspace.go_to(row)

    # ---------------------------------------------------------------- files
    def _folder(self) -> str:
        return self.prefs.get(settings.LAST_FOLDER) or str(Path.home())

    def open_path(self, path: Path) -> bool:
        path = Path(path)
        if self.plan is not None and not self.plan.read_only and path.resolve() == self.plan.doc.path.resolve():
            return True
        self.close_plan()
        plan = open_plan_file(path, self)
        if plan is None:
            if not path.exists():
                self.prefs.forget_recent(path)
                self.welcome.set_recent(self.prefs.recent_files())
            return False
        self.prefs.add_recent(path)
        self._show_plan(plan)
        return True

    def open_dialog(self) -> None:
        path = dialogs.ask_open_path(self, "Open a plan", self._folder())
        if path is not None:
            self.open_path(path)

    def open_sample(self) -> None:
        self.close_plan()
        plan = open_fresh_sample(self)
        if plan is not None:
            self._show_plan(plan)

    def new_plan(self) -> None:
        path = dialogs.ask_save_path(self, "Create a new plan", str(Path(self._folder()) / f"New plan{PLAN_SUFFIX}"))
        if path is None:
            return
        from planner_gui.core.document import PlanDocument

        def create(target: Path) -> None:
            PlanDocument.create(target, title=target.stem, overwrite=target.exists()).close()

        if write_unless_in_use(path, self._open_here(), "The plan could not be created", self, create):
            self.open_path(path)

    def _open_here(self) -> Path | None:
        return self.plan.doc.path if self.plan is not None else None

    def save_copy(self) -> None:
        if self.plan is None:
            return
        doc = self.plan.doc
        path = dialogs.ask_save_path(
            self, "Save a copy of the plan", str(doc.path.with_name(f"{doc.path.stem} copy{PLAN_SUFFIX}"))
        )
        if path is not None and write_unless_in_use(path, doc.path, "The copy was not saved", self, doc.save_copy):
            self.statusBar().showMessage(f"A copy was saved as {path}", 8000)

    def save_as(self) -> None:
        if self.plan is None:
            return
        doc = self.plan.doc
        path = dialogs.ask_save_path(self, "Save the plan as", str(doc.path))
        if path is None or path.resolve() == doc.path.resolve():
            return
        if self.plan.read_only:
            # A read-only window has no edits to carry over: open the new file as any plan.
            if write_unless_in_use(path, doc.path, "The plan was not saved", self, doc.save_copy):
                self.close_plan()
                self.open_path(path)
            return
        from planner_gui.core.document import PlanDocument

        lock = claim_for_writing(path, doc.path, "The plan was not saved", self)
        if lock is None:
            return
        try:
            doc.save_copy(path)
            new_doc = PlanDocument.open(path)
        except PlanError as error:
            lock.release()
            dialogs.show_error(self, "The plan was not saved", str(error))
            return
        self.plan.switch_document(new_doc, lock)
        self.prefs.add_recent(path)
        self._update_title()
        self.statusBar().showMessage(f"Now working on {path}", 8000)

    def close_plan(self) -> None:
        if self.plan is None:
            return
        focus = QApplication.focusWidget()
        if focus is not None:
            focus.clearFocus()  # commit an edit still in its editor
        plan = self.plan
        self._show_plan(None)
        plan.close()
        plan.deleteLater()

    # ---------------------------------------------------------------- views
    def toggle_presentation(self) -> None:
        on = self.presentation_action.isChecked()
        self.prefs.set(settings.PRESENTATION, on)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_style(app, self.prefs.get(settings.PRESENTATION_SCALE) if on else 1.0)
        self.workspace.fit_sidebar()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<h3>{APP_NAME} {__version__}</h3>"
            "<p>Run a board's strategic-plan review retreat on a laptop, offline, "
            "and leave with the revised plan.</p>"
            "<p>Every change is saved to the plan file as it is made.</p>",
        )

    # ------------------------------------------------------------ lifecycle
    def _restore_geometry(self) -> None:
        geometry = self.prefs.get(settings.GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 760)
        state = self.prefs.get(settings.WINDOW_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)  # docks: the agenda shown or not, and where

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_plan()
        self.prefs.set(settings.GEOMETRY, self.saveGeometry())
        self.prefs.set(settings.WINDOW_STATE, self.saveState())
        self.prefs.sync()
        event.accept()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.prefs.recent_files():
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction("No recent plans").setEnabled(False)
