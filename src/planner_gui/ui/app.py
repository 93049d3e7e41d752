"""Starting the GUI: the application object, the look, the safety net, the first plan."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from planner_gui import APP_NAME, ORG_NAME, __version__, collector
from planner_gui.ui import dialogs, language, settings
from planner_gui.ui.next_frame import NextFrame


def make_application(argv: list[str] | None = None) -> QApplication:
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else [sys.argv[0]])
    app.setDesktopFileName(DESKTOP_ID)  # the installed .desktop file's name: menus and docks show our icon
    return app


DESKTOP_ID = "com.retreatplanner.RetreatPlanner"


class FileOpenFilter(QObject):
    """macOS sends a plan opened from Finder as a FileOpen event to the application: open it in the window."""

    def __init__(self, open_path: Callable[[Path], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.open_path = open_path

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            self.open_path(Path(event.file()))
            return True
        return super().eventFilter(watched, event)


def handle_exception(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """The last line of defence: an unexpected error becomes a dialog, never a traceback on screen."""
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    details = "".join(traceback.format_exception(kind, error, tb))
    print(details, file=sys.stderr)
    summary = (
        QCoreApplication.translate("app", "An unexpected error stopped the last action: {error}").format(error=error)
        if str(error)
        else QCoreApplication.translate("app", "An unexpected error ({kind}) stopped the last action.").format(
            kind=kind.__name__
        )
    )
    app = QApplication.instance()
    parent = app.activeWindow() if isinstance(app, QApplication) else None
    dialogs.show_unexpected_error(parent, summary, details)


def install_exception_hook() -> None:
    sys.excepthook = handle_exception


def run_gui(plan: Path | None = None, demo: bool = False, self_test: bool = False) -> int:
    from planner_gui.ui.icons import app_icon
    from planner_gui.ui.main_window import MainWindow
    from planner_gui.ui.style import apply_style

    app = make_application()
    app.setWindowIcon(app_icon())
    prefs = settings.Settings()
    # The window's language (and Qt's for its own dialogs) before any window says a word: one catalogue each.
    language.language().use(prefs.get(settings.LANGUAGE))
    apply_style(app)  # presentation mode, if it was on, is the window's to turn on
    install_exception_hook()
    # Without a file named: the plan open when the program stopped, where it was left (a setting).
    last = prefs.plan_to_reopen() if plan is None and not demo and not self_test else None
    reopening = last is not None and last.is_file()  # one gone since: the welcome screen says so
    sample = QCoreApplication.translate("app", "the sample plan")
    opening = plan.name if plan is not None else sample if demo and not self_test else None
    window = MainWindow(prefs, opening=opening or (last.name if last is not None and reopening else None))
    if last is not None and not reopening:
        window.reopen_last(last)
    if sys.platform == "darwin":  # only macOS hands files over this way; elsewhere the filter would cost every event
        app.installEventFilter(FileOpenFilter(window.open_path, app))
    window.show()
    if self_test:  # the installer's test: every step on a fresh sample, then quit with the verdict
        from planner_gui.ui.self_test import run_self_test

        outcome: list[int] = []

        def self_test_then_quit() -> None:
            collector.release()
            outcome.append(run_self_test(window))
            app.exit(outcome[0])

        QTimer.singleShot(0, self_test_then_quit)
        app.exec()
        return outcome[0] if outcome else 1
    # The window is on screen before the plan (and the core it needs) is loaded.
    if plan is not None:
        window.after_first_frame(lambda: window.open_path(plan))
    elif demo:
        window.after_first_frame(lambda: window.open_sample(fresh=True))
    elif last is not None and reopening:
        target = last
        window.after_first_frame(lambda: window.reopen_last(target))
    # The collector, held by the command line, comes back once the page those open is painted (at the latest 5 s in).
    window.after_first_frame(lambda: NextFrame(window, collector.release))
    QTimer.singleShot(5000, collector.release)
    return app.exec()
