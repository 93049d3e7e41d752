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
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget

from planner_gui import APP_NAME
from planner_gui.core.errors import PlanError
from planner_gui.core.events import PlanEvent
from planner_gui.ui import dialogs, icons, language, settings
from planner_gui.ui.folders import sample_folder
from planner_gui.ui.member_cards import member_cards_action
from planner_gui.ui.next_frame import NextFrame
from planner_gui.ui.plan_out import PlanOutActions
from planner_gui.ui.plan_places import PlanPlaces
from planner_gui.ui.presentation import presentation
from planner_gui.ui.widgets.elided_label import ElidedLabel
from planner_gui.ui.window_actions import WindowActions
from planner_gui.ui.workspace import Workspace

if TYPE_CHECKING:
    from planner_gui.ui.agenda_panel import AgendaDock
    from planner_gui.ui.open_plan import OpenPlan
    from planner_gui.ui.welcome import WelcomeScreen
    from planner_gui.ui.widgets.timer_label import TimerLabel


class MainWindow(WindowActions):
    _language: str | None = None  # the language its words are in (None until it has any)

    def __init__(self, prefs: settings.Settings | None = None, opening: str | None = None) -> None:
        """``opening``: the name of the plan about to open, shown instead of the welcome screen until it is."""
        super().__init__()
        self.prefs = prefs or settings.Settings()
        language.ensure(self.prefs.get(settings.LANGUAGE))  # run_gui chose it already; a test's window chooses here
        self._language = language.current()  # the language its words are in
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
        self.workspace.language_held.connect(lambda why: self.statusBar().showMessage(why, 30_000))
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
    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.path_label = ElidedLabel()
        self.saved_label = QLabel()
        self.saved_label.setAccessibleName(self.tr("Save state"))
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
        self.statusBar().showMessage(self.tr("Opening {name}…").format(name=name))

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
        if doc.read_only:
            title = self.tr("{plan} (read-only) — {program}")
        elif self._sample_open:
            title = self.tr("{plan} (a copy of the sample) — {program}")
        else:
            title = "{plan} — {program}"
        self.setWindowTitle(title.format(plan=name, program=APP_NAME))
        self.path_label.set_full_text(str(doc.path))
        if doc.read_only:
            self.saved_label.setText(self.tr("Read-only: changes can't be made here"))
        elif doc.migration_backup is not None:
            backup = doc.migration_backup.name
            self.saved_label.setText(self.tr("Upgraded; the old file was kept as {name}").format(name=backup))
        else:
            self.saved_label.setText(self.tr("All changes saved"))

    def _on_saved(self) -> None:
        self.saved_label.setText(self.tr("All changes saved"))

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
            title = self.tr("Could not undo") if what == "undo" else self.tr("Could not redo")
            dialogs.show_error(self, title, str(error))

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
        elif event.type() == QEvent.Type.LanguageChange and self._language not in (None, language.current()):
            self.retranslate()  # (its children hear the event after it: the workspace, the agenda, the welcome)

    def retranslate(self) -> None:
        """The window's own words in the language chosen now: menus, title, status bar; the welcome screen anew."""
        self._language = language.current()
        self.retranslate_menus()
        self.saved_label.setAccessibleName(self.tr("Save state"))
        self._update_title()
        if self._welcome is not None:  # made again when next shown: it is only words and buttons
            showing = self.central.currentWidget() is self._welcome
            old, self._welcome = self._welcome, None
            if showing:
                self.central.setCurrentWidget(self.welcome)
            self.central.removeWidget(old)
            old.deleteLater()

    # ------------------------------------------------------------ lifecycle
    def _restore_geometry(self) -> None:
        geometry = self.prefs.get(settings.GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 760)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_let_go(self.tr("Discard It and Quit")):
            event.ignore()
            return
        self.close_plan(welcome=False)
        self.prefs.set(settings.GEOMETRY, self.saveGeometry())
        if self._agenda is not None:  # else the dock was never made: what was saved still holds
            self.prefs.set(settings.WINDOW_STATE, self.saveState())
        self.prefs.sync()
        event.accept()
