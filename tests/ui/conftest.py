"""Fixtures for the GUI tests: scripted dialogs, windows over throwaway settings.

Every test here gets ``fake_dialogs`` (autouse): each function of
``planner_gui.ui.dialogs`` is replaced by a recorder that answers from a
script, so no real modal dialog can ever open. A question the test did not
script fails the test, and so does an error or information dialog the test
did not look at (``take``): nothing slips past unnoticed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
from ui_driver import activate

from planner_gui.ui import dialogs, language
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.presentation import presentation
from planner_gui.ui.settings import Settings
from planner_gui.ui.style import apply_style

QUESTIONS = ("ask_yes_no", "ask_choice", "ask_open_path", "ask_save_path", "ask_open_paths", "ask_folder")

NOTICES = ("inform", "show_error", "show_unexpected_error")


@dataclass(frozen=True)
class DialogCall:
    """One dialog the program asked for. ``text`` is the body (or the details, or the suggested path).

    ``default``: for a question, the button Enter would press (its text), as the real dialog sets it.
    """

    kind: str
    parent: Any
    title: str
    text: str
    default: str | None = None


class ScriptedDialogs:
    """Stands in for ``planner_gui.ui.dialogs``: records each call, answers from a script."""

    def __init__(self) -> None:
        self.calls: list[DialogCall] = []
        self._answers: dict[str, list[Any]] = {kind: [] for kind in QUESTIONS}
        self._standing: dict[str, Any] = {}
        self._taken: set[int] = set()

    # ------------------------------------------------------------ scripting
    def answer(self, kind: str, *answers: Any) -> None:
        """Queue answers to the next ``kind`` questions (True/False, or a Path/None)."""
        self._answers[kind].extend(answers)

    def always(self, kind: str, answer: Any) -> None:
        """Answer every ``kind`` question not otherwise scripted with ``answer`` (asked or not)."""
        self._standing[kind] = answer

    def of(self, kind: str) -> list[DialogCall]:
        return [call for call in self.calls if call.kind == kind]

    def take(self, kind: str) -> list[DialogCall]:
        """The ``kind`` dialogs shown so far, marked as seen by the test."""
        found = []
        for number, call in enumerate(self.calls):
            if call.kind == kind and number not in self._taken:
                self._taken.add(number)
                found.append(call)
        return found

    def unseen_notices(self) -> list[DialogCall]:
        return [c for n, c in enumerate(self.calls) if c.kind in NOTICES and n not in self._taken]

    def unused_answers(self) -> dict[str, list[Any]]:
        return {kind: answers for kind, answers in self._answers.items() if answers}

    # ------------------------------------------------------ the stand-ins
    def _ask(self, kind: str, parent: Any, title: str, text: str, default: str | None = None) -> Any:
        self.calls.append(DialogCall(kind, parent, title, text, default))
        if not self._answers[kind]:
            if kind in self._standing:
                return self._standing[kind]
            raise AssertionError(f"The program asked an unscripted question ({kind}): {title!r}: {text!r}")
        return self._answers[kind].pop(0)

    def ask_yes_no(
        self,
        parent: Any,
        title: str,
        text: str,
        *,
        yes: str | None = None,
        no: str | None = None,
        default_yes: bool = False,
    ) -> bool:
        yes = yes or QCoreApplication.translate("dialogs", "Yes")
        no = no or dialogs.cancel_text()
        return bool(self._ask("ask_yes_no", parent, title, text, yes if default_yes else no))

    def ask_choice(
        self,
        parent: Any,
        title: str,
        text: str,
        choices: list[str],
        *,
        cancel: str | None = None,
        default: int | None = None,
    ) -> int | None:
        """Answer with the index of a choice, or None (cancel); a choice's text may be given instead of its index."""
        cancel = cancel or dialogs.cancel_text()
        answer = self._ask("ask_choice", parent, title, text, cancel if default is None else choices[default])
        return choices.index(answer) if isinstance(answer, str) else answer  # type: ignore[no-any-return]

    def ask_open_path(self, parent: Any, title: str, folder: str, filter: str | None = None) -> Path | None:
        return self._ask("ask_open_path", parent, title, folder)  # type: ignore[no-any-return]

    def ask_save_path(
        self, parent: Any, title: str, suggestion: str, filter: str | None = None, suffix: str = ".retreat"
    ) -> Path | None:
        return self._ask("ask_save_path", parent, title, suggestion)  # type: ignore[no-any-return]

    def ask_open_paths(self, parent: Any, title: str, folder: str, filter: str | None = None) -> list[Path]:
        return self._ask("ask_open_paths", parent, title, folder)  # type: ignore[no-any-return]

    def ask_folder(self, parent: Any, title: str, folder: str) -> Path | None:
        return self._ask("ask_folder", parent, title, folder)  # type: ignore[no-any-return]

    def inform(self, parent: Any, title: str, text: str) -> None:
        self.calls.append(DialogCall("inform", parent, title, text))

    def show_error(self, parent: Any, title: str, text: str) -> None:
        self.calls.append(DialogCall("show_error", parent, title, text))

    def show_unexpected_error(self, parent: Any, summary: str, details: str) -> None:
        self.calls.append(DialogCall("show_unexpected_error", parent, summary, details))


@pytest.fixture(autouse=True)
def fake_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[ScriptedDialogs]:
    script = ScriptedDialogs()
    for name in (*QUESTIONS, *NOTICES):
        monkeypatch.setattr(dialogs, name, getattr(script, name))
    yield script
    unseen = script.unseen_notices()
    assert not unseen, f"dialogs the test did not expect: {unseen}"
    assert not script.unused_answers(), f"scripted answers never asked for: {script.unused_answers()}"


# ------------------------------------------------------------------ windows


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings" / "retreat-planner.ini"


@pytest.fixture
def make_prefs(settings_file: Path) -> Callable[[], Settings]:
    """A new Settings object over the same INI file each call (as after a restart)."""

    def make() -> Settings:
        return Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))

    return make


@pytest.fixture
def make_window(qtbot: Any, make_prefs: Callable[[], Settings]) -> Iterator[Callable[..., MainWindow]]:
    """Build main windows (shown and active, so shortcuts work); all are closed at the end."""
    windows: list[MainWindow] = []

    def make(prefs: Settings | None = None, opening: str | None = None) -> MainWindow:
        window = MainWindow(prefs or make_prefs(), opening=opening)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        activate(qtbot, window)
        return window

    yield make
    for window in reversed(windows):
        window.close()


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    return make_window()


@pytest.fixture
def sample_window(window: MainWindow, sample_plan: Path) -> MainWindow:
    """A window with the sample plan (goals 1-4, objectives 1-16) open for editing."""
    assert window.open_path(sample_plan)
    assert window.plan is not None and not window.plan.read_only
    return window


@pytest.fixture
def read_only_window(
    qtbot: Any, make_window: Callable[..., MainWindow], sample_plan: Path, fake_dialogs: ScriptedDialogs
) -> MainWindow:
    """A second window on the sample plan, which a first window holds: read-only, active, its notice seen."""
    holder = make_window()
    assert holder.open_path(sample_plan)
    viewer = make_window()
    assert viewer.open_path(sample_plan)
    [notice] = fake_dialogs.take("inform")
    assert notice.title == "Opened read-only"
    assert viewer.plan is not None and viewer.plan.read_only
    activate(qtbot, viewer)
    return viewer


@pytest.fixture(scope="session", autouse=True)
def app_style(qapp: QApplication) -> QApplication:
    """The program's style sheet, as ``run_gui`` sets it: the tests see the window the room sees."""
    apply_style(qapp)
    return qapp


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """Every test starts and ends with the window in English, whatever the machine's language (a test may
    switch it in between: it is the application's, so it is put back)."""
    language.language().use(language.ENGLISH)
    yield
    language.language().use(language.ENGLISH)


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[QApplication]:
    """Turns presentation mode off after a test that turns it on: the application's font as it was."""
    yield qapp
    presentation().set_on(False, 1.0)
