"""``planner-gui --self-test``: the window walks every step of a fresh sample plan, then closes.

Made for checking a build as shipped (the frozen bundle on a machine with no
display, ``QT_QPA_PLATFORM=offscreen``): it opens the bundled sample, shows each
step's page and each of its tabs, paints them, shows the agenda, closes the plan
and the window, and says on stdout what it saw. Any exception (a slot, an event
handler, a paint) and any dialog the program tries to show count as failures:
while it runs, ``sys.excepthook`` records instead of showing the error dialog, and
the dialogs answer "no" without opening. Returns the exit code: 0 when all went
well, 1 otherwise (the failures go to stderr).
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import TYPE_CHECKING, Any, TextIO

from PySide6.QtCore import QCoreApplication, QEventLoop, QLibraryInfo
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from planner_gui.resources import resources_dir
from planner_gui.ui import dialogs, language
from planner_gui.ui.steps import STEPS

if TYPE_CHECKING:
    from planner_gui.ui.main_window import MainWindow

PREFIX = "self-test:"
# Each dialog function, and what it answers while the self-test runs: nobody is there to click.
QUIET_ANSWERS: dict[str, Any] = {
    "ask_yes_no": False,
    "ask_choice": None,
    "ask_open_path": None,
    "ask_save_path": None,
    "ask_open_paths": [],
    "ask_folder": None,
    "inform": None,
    "show_error": None,
    "show_unexpected_error": None,
}


def settle() -> None:
    """Let Qt deliver what is pending: posted events, layouts, deferred deletes, paints."""
    for _ in range(3):
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        QCoreApplication.sendPostedEvents(None, 0)


@contextmanager
def recording_failures(failures: list[str]) -> Iterator[None]:
    """While inside: exceptions and dialogs are written down in ``failures`` instead of shown."""

    def on_exception(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        failures.append("".join(traceback.format_exception(kind, error, tb)).rstrip())

    def quiet(name: str) -> Callable[..., Any]:
        def answer(_parent: object, *texts: object, **_options: object) -> Any:
            shown = " / ".join(str(text) for text in texts[:2])
            failures.append(f"the program wanted a dialog ({name}): {shown}")
            return QUIET_ANSWERS[name]

        return answer

    saved_hook = sys.excepthook
    saved_dialogs = {name: getattr(dialogs, name) for name in QUIET_ANSWERS}
    sys.excepthook = on_exception
    for name in QUIET_ANSWERS:
        setattr(dialogs, name, quiet(name))
    try:
        yield
    except Exception as error:  # a failure of the self-test itself: report it like any other
        on_exception(type(error), error, error.__traceback__)
    finally:
        sys.excepthook = saved_hook
        for name, function in saved_dialogs.items():
            setattr(dialogs, name, function)


def _check_shown(widget: QWidget, what: str, failures: list[str]) -> bool:
    if not widget.isVisible():
        failures.append(f"{what} is not visible")
        return False
    if widget.grab().isNull():  # paints it, and everything on it
        failures.append(f"{what} could not be painted")
        return False
    return True


def _plain(text: str) -> str:
    """A label's text without its mnemonic ("&Members" is "Members", "R&&D" is "R&D")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _visit_tabs(page: QWidget, what: str, failures: list[str], say: Callable[[str], None]) -> None:
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue  # on a part of the page that isn't showing (a strategy's tabs with no strategy chosen)
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle()
            name = f"{what}, tab {_plain(tabs.tabText(index))}"
            tab = tabs.widget(index)
            if tab is None:
                failures.append(f"{name} has no page")
            elif _check_shown(tab, name, failures):
                say(f"{name}: shown")
        tabs.setCurrentIndex(0)
        settle()


def _where(say: Callable[[str], None]) -> None:
    """Where the program found its resources, where Qt looks for its translations (a bundle's own), and the
    language it speaks with the catalogues it loaded for it."""
    say(f"resources: {resources_dir()}")
    say(f"Qt translations: {QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)}")
    say(f"language: {language.current()} ({', '.join(language.language().loaded()) or 'no catalogue'})")


def _walk(window: MainWindow, failures: list[str], say: Callable[[str], None]) -> None:
    _where(say)
    window.show()
    settle()
    window.open_sample(fresh=True)
    settle()
    plan = window.plan
    if plan is None:
        failures.append("the sample plan did not open")
        return
    say(f"opened the sample plan: {plan.doc.path}")
    if plan.read_only:
        failures.append("the sample plan opened read-only")
    workspace = window.workspace
    for row, step in enumerate(STEPS):
        workspace.go_to(row)
        settle()
        page = workspace.page(row)
        what = f"step {step.number} {step.title}"
        if workspace.stack.currentWidget() is not page:
            failures.append(f"{what}: the workspace did not show its page")
            continue
        if _check_shown(page, what, failures):
            say(f"{what}: shown")
            _visit_tabs(page, what, failures, say)
    window.agenda_dock.show()
    settle()
    if _check_shown(window.agenda_dock, "the agenda", failures):
        say("agenda: shown")
    window.agenda_dock.hide()
    window.close()
    settle()
    if window.plan is not None or window.isVisible():
        failures.append("the window did not close its plan")
    else:
        say("closed the plan and the window")


def run_self_test(window: MainWindow, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Walk every step of a fresh sample plan in ``window``, then close it. 0 if all went well, else 1."""
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    failures: list[str] = []

    def say(line: str) -> None:
        print(f"{PREFIX} {line}", file=out, flush=True)

    window.places.keeping = False  # its walk is not where the room was: the facilitator's places stay theirs
    with recording_failures(failures):
        _walk(window, failures, say)
    for failure in failures:
        print(f"{PREFIX} FAILED: {failure}", file=err, flush=True)
    say(f"{'passed' if not failures else 'failed'}: {len(STEPS)} steps, {len(failures)} failures")
    return 0 if not failures else 1
