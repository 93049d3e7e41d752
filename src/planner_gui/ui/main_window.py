"""The main window: welcome screen or the open plan's workspace, menus, status bar.

It appears before anything a plan needs is loaded: the window, its menus and
the steps' sidebar come from Qt alone. The core (and SQLAlchemy) load when a
plan is opened, which ``run_gui`` does after the first frame is on screen; the
agenda dock and the session timer are made just after, or when first asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QStackedWidget

from planner_gui import APP_NAME, __version__
from planner_gui.core.errors import PlanError
from planner_gui.core.events import PlanEvent
from planner_gui.ui import dialogs, icons, settings
from planner_gui.ui.folders import sample_folder
from planner_gui.ui.member_cards import member_cards_action
from planner_gui.ui.next_frame import NextFrame
from planner_gui.ui.plan_files import PlanFiles
from planner_gui.ui.plan_out import PlanOutActions
from planner_gui.ui.plan_places import PlanPlaces
from planner_gui.ui.presentation import presentation
from planner_gui.ui.steps import STEPS
from planner_gui.ui.widgets.elided_label import ElidedLabel
from planner_gui.ui.workspace import Workspace

if TYPE_CHECKING:
    from planner_gui.ui.agenda_panel import AgendaDock
    from planner_gui.ui.open_plan import OpenPlan
    from planner_gui.ui.welcome import WelcomeScreen
    from planner_gui.ui.widgets.timer_label import TimerLabel


class MainWindow(PlanFiles):
    def __init__(self, prefs: settings.Settings | None = None, opening: str | None = None) -> None:
        """``opening``: the name of the plan about to open, shown instead of the welcome screen until it is."""
        super().__init__()
        self.prefs = prefs or settings.Settings()
        presentation().set_on(self.prefs.get(settings.PRESENTATION), self.prefs.get(settings.PRESENTATION_SCALE))
        self.plan: OpenPlan | None = None
        self.setWindowIcon(icons.app_icon())
        self.setMinimumSize(1024, 640)
        self.central = QStackedWidget()
        self.workspace = Workspace()
        self.central.addWidget(self.workspace)
        self.setCentralWidget(self.central)
        self.places = PlanPlaces(self.workspace, self.prefs)  # where each plan was left, and gone back to
        self._welcome: WelcomeScreen | None = None  # made when first shown: not at all if a plan opens
        self._agenda: AgendaDock | None = None  # made just after the first frame, or when first asked for
        self._timer_label: TimerLabel | None = None
        self._build_actions()
        self.out = PlanOutActions(self)  # export, print, templates, plans from spreadsheets
        self.member_cards_action = member_cards_action(self)  # room voting's links, printed before the retreat
        self._build_menus()
        self._build_status_bar()
        self._restore_geometry()
        if opening is None:
            self._show_plan(None)
        else:
            self._show_plan(None, welcome=False)
            self.show_opening(opening)
        self._first_frame_done = False
        self._after_frame: list[Callable[[], object]] = []
        NextFrame(self, self._first_frame_painted)

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
        self.sample_action = self._action("Open &Sample Plan", lambda: self.open_sample(), None, "sample")
        self.save_copy_action = self._action(
            "Save a &Copy…", self.save_copy, None, "save-copy", "Write a copy of the plan elsewhere; keep working here"
        )
        self.save_as_action = self._action(
            "Save &As…", self.save_as, keys.SaveAs, "save-as", "Move on to a copy of the plan under a new name"
        )
        self.keep_sample_action = self._action(
            "&Keep the Sample as My Own Plan…",
            lambda: self.keep_sample(),
            None,
            "save-as",
            "Save this copy of the sample plan under a name and in a folder of your choice, and carry on there",
        )
        self.keep_sample_action.setVisible(False)
        self.reopen_action = self._action(
            "Reopen Last Plan at &Start",
            lambda on: self.prefs.set(settings.REOPEN_LAST, on),
            None,
            None,
            "When the program starts, open the plan open last, at the step where it was left",
        )
        self.reopen_action.setCheckable(True)
        self.reopen_action.setChecked(self.prefs.get(settings.REOPEN_LAST))
        self.close_action = self._action("&Close Plan", lambda: self.close_plan(), keys.Close, "close")
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
        self.full_screen_action = self._action(
            "&Full Screen", self.toggle_full_screen, keys.FullScreen, None, "Fill the screen: no title bar"
        )
        self.full_screen_action.setCheckable(True)
        self.next_step_action = self._action("&Next Step", lambda: self._step(1), "Ctrl+PgDown", "next")
        self.previous_step_action = self._action("&Previous Step", lambda: self._step(-1), "Ctrl+PgUp", "previous")
        self.agenda_action = self._action(
            "&Agenda",
            lambda on: self.agenda_dock.setVisible(on),
            "Ctrl+Shift+A",
            "agenda",
            "Show or hide the agenda and the session timer",
        )
        self.agenda_action.setCheckable(True)  # follows the dock (see ``_make_agenda``)
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
        file_menu.addAction(self.reopen_action)
        file_menu.addSeparator()
        for action in (self.save_copy_action, self.save_as_action, self.keep_sample_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        out = self.out
        for action in (out.export_workbook, out.print_report, out.export_pdf, out.write_template):
            file_menu.addAction(action)
        file_menu.addAction(self.member_cards_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        view_menu = bar.addMenu("&View")
        view_menu.addAction(self.presentation_action)
        view_menu.addAction(self.full_screen_action)
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

    # --------------------------------------------------------------- agenda
    @property
    def agenda_dock(self) -> AgendaDock:
        """The agenda: a dock on the right, hidden until asked for (View > Agenda, Ctrl+Shift+A)."""
        if self._agenda is None:
            self._make_agenda()
        assert self._agenda is not None
        return self._agenda

    @property
    def timer_label(self) -> TimerLabel:
        """The running session in the status bar, while one runs (it opens the agenda when clicked)."""
        if self._timer_label is None:
            self._make_agenda()
        assert self._timer_label is not None
        return self._timer_label

    def _make_agenda(self) -> None:
        from planner_gui.ui.agenda_panel import AgendaDock
        from planner_gui.ui.widgets.timer_label import TimerLabel

        dock = self._agenda = AgendaDock(parent=self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.hide()
        state = self.prefs.get(settings.WINDOW_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)  # the dock shown or not, and where
        toggle = dock.toggleViewAction()
        self.agenda_action.setChecked(toggle.isChecked())
        toggle.toggled.connect(self.agenda_action.setChecked)
        self._timer_label = TimerLabel()
        self._timer_label.clicked.connect(dock.reveal)
        self.statusBar().addPermanentWidget(self._timer_label)
        dock.set_plan(self.plan)
        self._timer_label.set_plan(self.plan)

    def _make_agenda_if_needed(self) -> None:
        if self._agenda is None:
            self._make_agenda()

    def show_opening(self, name: str) -> None:
        """Until a plan named ``name`` opens: the steps, empty, and a word in the status bar."""
        self.central.setCurrentWidget(self.workspace)
        self.statusBar().showMessage(f"Opening {name}…")

    def after_first_frame(self, then: Callable[[], object]) -> None:
        """Run ``then`` once the window's first frame is on screen (at once if it already is)."""
        if self._first_frame_done:
            QTimer.singleShot(0, then)
        else:
            self._after_frame.append(then)

    def _first_frame_painted(self) -> None:
        self._first_frame_done = True
        for then in self._after_frame:
            then()
        self._after_frame.clear()
        if self._agenda is None:  # after the frame showing what the first frame asked for (the plan)
            NextFrame(self, self._make_agenda_if_needed)

    @staticmethod
    def _resolved_samples() -> Path:
        return sample_folder().resolve()

    # -------------------------------------------------------------- showing
    @property
    def welcome(self) -> WelcomeScreen:
        """The first screen (new, open, sample, recent plans), made the first time it is asked for."""
        if self._welcome is None:
            from planner_gui.ui.welcome import WelcomeScreen

            self._welcome = WelcomeScreen()
            self.central.insertWidget(0, self._welcome)
            self._welcome.new_requested.connect(self.new_plan)
            self._welcome.open_requested.connect(self.open_dialog)
            self._welcome.sample_requested.connect(lambda: self.open_sample())
            self._welcome.recent_requested.connect(self.open_path)
            self._welcome.keep_sample_requested.connect(self.keep_sample)
            self._welcome.set_recent(self.prefs.recent_files(), self._resolved_samples())
        return self._welcome

    def _show_plan(self, plan: OpenPlan | None, *, welcome: bool = True) -> None:
        self.statusBar().clearMessage()  # "Opening…"
        self.plan = plan
        self.workspace.set_plan(plan)
        if self._agenda is not None and self._timer_label is not None:
            self._agenda.set_plan(plan)
            self._timer_label.set_plan(plan)
        self.out.set_plan(plan)
        has_plan = plan is not None
        self.central.setCurrentWidget(self.welcome if welcome and not has_plan else self.workspace)
        for action in (
            self.save_copy_action,
            self.save_as_action,
            self.close_action,
            self.member_cards_action,
            self.next_step_action,
            self.previous_step_action,
            *self.step_actions,
        ):
            action.setEnabled(has_plan)
        self._note_sample_copy()
        if self._welcome is not None:
            self._welcome.set_recent(self.prefs.recent_files(), self._resolved_samples())
        if plan is None:
            self.setWindowTitle(APP_NAME)
            self.path_label.set_full_text("")
            self.saved_label.setText("")
            self._update_undo_actions()
            return
        plan.undo_stack.indexChanged.connect(self._update_undo_actions)
        plan.undo_stack.cleanChanged.connect(self._update_undo_actions)
        plan.saved.connect(self._on_saved)
        plan.listen(plan, self._update_title, PlanEvent)  # the plan's own child: it goes when the plan closes
        self._update_title()
        self._update_undo_actions()
        self.places.go_back()  # the step (and tab) where this plan was left; step 1 for a new one

    def _update_title(self, *_args: object) -> None:
        if self.plan is None:
            return
        doc = self.plan.doc
        name = doc.plan.title or doc.path.stem
        suffix = " (read-only)" if doc.read_only else " (a copy of the sample)" if self._sample_open else ""
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

    # ---------------------------------------------------------------- views
    def toggle_presentation(self) -> None:
        """Presentation mode on or off (F5): larger text, and the width to what the room reads."""
        on = self.presentation_action.isChecked()
        self.prefs.set(settings.PRESENTATION, on)
        presentation().set_on(on, self.prefs.get(settings.PRESENTATION_SCALE))

    def toggle_full_screen(self) -> None:
        """Full screen on or off (F11): the projector's pixels for the plan, not a title bar and a panel."""
        if self.full_screen_action.isChecked():
            self._was_maximized = self.isMaximized()
            self.showFullScreen()
        elif getattr(self, "_was_maximized", False):
            self.showMaximized()
        else:
            self.showNormal()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:  # the window manager may leave full screen itself
            self.full_screen_action.setChecked(self.isFullScreen())

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

    def closeEvent(self, event: QCloseEvent) -> None:
        self.close_plan(welcome=False)
        self.prefs.set(settings.GEOMETRY, self.saveGeometry())
        if self._agenda is not None:  # else the dock was never made: what was saved still holds
            self.prefs.set(settings.WINDOW_STATE, self.saveState())
        self.prefs.sync()
        event.accept()
