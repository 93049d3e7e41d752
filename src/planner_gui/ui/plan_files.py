"""The window's plan files: open, new, the sample, recent plans, copies, Save As and close.

A mixin of ``MainWindow``: it works through the window's preferences, its
welcome screen, its status bar and ``_show_plan``. Nothing here loads the
core until a plan is asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from planner_gui import PLAN_SUFFIX
from planner_gui.core.errors import PlanError
from planner_gui.ui import dialogs, settings
from planner_gui.ui.folders import remember, sample_folder, start_folder, suggest

if TYPE_CHECKING:
    from planner_gui.ui.open_plan import OpenPlan
    from planner_gui.ui.plan_places import PlanPlaces
    from planner_gui.ui.welcome import WelcomeScreen
    from planner_gui.ui.workspace import Workspace


__all__ = ["PlanFiles", "sample_folder"]


class PlanFiles(QMainWindow):
    """Opening, making and closing plans (the File menu), for ``MainWindow``."""

    prefs: settings.Settings
    plan: OpenPlan | None
    places: PlanPlaces
    workspace: Workspace
    recent_menu: QMenu
    keep_sample_action: QAction
    _sample_open = False

    @property
    def welcome(self) -> WelcomeScreen:
        raise NotImplementedError

    def _show_plan(self, plan: OpenPlan | None, *, welcome: bool = True) -> None:
        raise NotImplementedError

    def _update_title(self, *_args: object) -> None:
        raise NotImplementedError

    def _folder(self) -> str:
        """Where a dialog starts: the folder last used by any of them (see ``folders``)."""
        return str(start_folder(self))

    def open_path(self, path: Path, *, say: Callable[[str, str], object] | None = None) -> bool:
        """Open the plan at ``path`` where it was left; ``say`` takes the messages a dialog would show."""
        from planner_gui.ui.plan_opener import open_plan_file

        path = Path(path)
        if self.plan is not None and not self.plan.read_only and path.resolve() == self.plan.doc.path.resolve():
            return True
        if not self.may_let_go(QCoreApplication.translate("PlanFiles", "Discard It and Open")):
            return False
        self._finish_editing()
        plan = open_plan_file(path, self, say=say)  # checked and opened before the plan on screen is closed
        if plan is None:  # refused: the window stays exactly as it was
            if not path.exists():
                self.prefs.forget_recent(path)
            if self.plan is None:
                self._show_plan(None)  # the welcome screen again, if the window was showing "Opening…"
            return False
        self.close_plan(welcome=False)
        self.prefs.add_recent(path, remember_folder=not self.is_sample_copy(path))  # not the program's own folder
        self.places.opened(path)
        self._show_plan(plan)  # at the step where it was left
        return True

    def reopen_last(self, path: Path) -> bool:
        """At start: the plan open when the program stopped, where it was left.

        If it is gone or won't open, the welcome screen says why in the status bar: no dialog greets
        the facilitator at start.
        """
        lines: list[str] = []
        if not path.is_file():
            lines.append(
                QCoreApplication.translate(
                    "PlanFiles",
                    "It is not in {folder} any more (on a USB stick not plugged in?): "
                    "open it when it is back, or choose another plan.",
                ).format(folder=path.parent)
            )
        elif self.open_path(path, say=lambda _title, text: lines.append(" ".join(text.split()))):
            if lines:  # opened read-only: say why
                self.statusBar().showMessage(lines[-1], 30_000)
            return True
        if self.plan is None:
            self._show_plan(None)
        why = lines[-1] if lines else ""
        said = QCoreApplication.translate("PlanFiles", "The plan open last, “{name}”, was not opened. {why}")
        self.statusBar().showMessage(said.format(name=path.name, why=why).strip())
        return False

    def open_dialog(self) -> None:
        path = dialogs.ask_open_path(self, QCoreApplication.translate("PlanFiles", "Open a plan"), self._folder())
        if path is not None:
            remember(self, path)
            self.open_path(path)

    def open_sample(self, *, fresh: bool = False) -> bool:
        """Open a copy of the sample: the one worked in last (asked first), or a fresh one (``fresh``: no question).

        Never writes over a copy someone worked in; the copy is listed in recent plans.
        """
        from planner_gui.ui.plan_opener import choose_sample_copy

        path = choose_sample_copy(self, sample_folder(), ask=not fresh)
        if path is None:
            return False
        from planner_gui.core.sample import is_untouched

        if is_untouched(path):  # a fresh copy, perhaps under an untouched one's name: from step 1
            self.places.forget(path)
        return self.open_path(path)

    def is_sample_copy(self, path: Path | None = None) -> bool:
        """Whether ``path`` (by default, the open plan) is one of the sample's copies."""
        if path is None:
            if self.plan is None:
                return False
            path = self.plan.doc.path
        return Path(path).resolve().parent == sample_folder().resolve()

    def _note_sample_copy(self) -> None:
        """Whether the open plan is a sample copy: said in the title, and File > Keep the Sample… offered."""
        self._sample_open = self.is_sample_copy()
        self.keep_sample_action.setVisible(self._sample_open)

    def keep_sample(self, path: Path | None = None) -> None:
        """Save a sample copy (the open one, or ``path``) as a plan of one's own, and carry on in it."""
        from planner_gui.ui.plan_opener import copy_plan, write_unless_in_use

        source = path or (self.plan.doc.path if self.plan is not None else None)
        if source is None:
            return
        mine = Path(self._folder()) / (QCoreApplication.translate("PlanFiles", "My plan") + PLAN_SUFFIX)
        if self.plan is not None and Path(source).resolve() == self.plan.doc.path.resolve():
            self.save_as(suggestion=mine)
            return
        dest = dialogs.ask_save_path(
            self, QCoreApplication.translate("PlanFiles", "Keep the sample copy as your own plan"), str(mine)
        )
        if dest is None:
            return
        remember(self, dest)
        not_saved = QCoreApplication.translate("PlanFiles", "The plan was not saved")
        if write_unless_in_use(dest, None, not_saved, self, lambda d: copy_plan(Path(source), d)):
            self.places.forget(dest)
            self.open_path(dest)

    def new_plan(self) -> None:
        from planner_gui.ui.plan_opener import write_unless_in_use

        name = QCoreApplication.translate("PlanFiles", "New plan") + PLAN_SUFFIX
        path = dialogs.ask_save_path(
            self, QCoreApplication.translate("PlanFiles", "Create a new plan"), str(Path(self._folder()) / name)
        )
        if path is None:
            return
        remember(self, path)
        from planner_gui.core.document import PlanDocument

        def create(target: Path) -> None:
            PlanDocument.create(target, title=target.stem, overwrite=target.exists()).close()

        failed = QCoreApplication.translate("PlanFiles", "The plan could not be created")
        if write_unless_in_use(path, self._open_here(), failed, self, create):
            self.places.forget(path)
            self.open_path(path)

    def _open_here(self) -> Path | None:
        return self.plan.doc.path if self.plan is not None else None

    def save_copy(self) -> None:
        from planner_gui.ui.plan_opener import write_unless_in_use

        if self.plan is None:
            return
        doc = self.plan.doc
        copy_name = QCoreApplication.translate("PlanFiles", "{name} copy").format(name=doc.path.stem) + PLAN_SUFFIX
        suggestion = suggest(self, doc.path.with_name(copy_name))
        path = dialogs.ask_save_path(
            self, QCoreApplication.translate("PlanFiles", "Save a copy of the plan"), str(suggestion)
        )
        remember(self, path)
        failed = QCoreApplication.translate("PlanFiles", "The copy was not saved")
        if path is not None and write_unless_in_use(path, doc.path, failed, self, doc.save_copy):
            self.places.forget(path)
            saved = QCoreApplication.translate("PlanFiles", "A copy was saved as {path}")
            self.statusBar().showMessage(saved.format(path=path), 8000)

    def save_as(self, *, suggestion: Path | None = None) -> None:
        from planner_gui.ui.plan_opener import claim_for_writing, write_unless_in_use

        if self.plan is None:
            return
        doc = self.plan.doc
        path = dialogs.ask_save_path(
            self,
            QCoreApplication.translate("PlanFiles", "Save the plan as"),
            str(suggestion or suggest(self, doc.path)),
        )
        if path is None or path.resolve() == doc.path.resolve():
            return
        remember(self, path)
        not_saved = QCoreApplication.translate("PlanFiles", "The plan was not saved")
        if self.plan.read_only:
            # A read-only window has no edits to carry over: open the new file as any plan.
            if write_unless_in_use(path, doc.path, not_saved, self, doc.save_copy):
                self.places.forget(path)
                self.close_plan(welcome=False)
                self.open_path(path)
            return
        from planner_gui.core.document import PlanDocument

        lock = claim_for_writing(path, doc.path, not_saved, self)
        if lock is None:
            return
        try:
            doc.save_copy(path)
            new_doc = PlanDocument.open(path)
        except PlanError as error:
            lock.release()
            dialogs.show_error(self, not_saved, str(error))
            return
        self.plan.switch_document(new_doc, lock)
        self._note_sample_copy()
        self.prefs.add_recent(path)
        self.places.opened(path)
        self.places.record()  # the room stays where it is, now in the new file
        self._update_title()
        working = QCoreApplication.translate("PlanFiles", "Now working on {path}")
        self.statusBar().showMessage(working.format(path=path), 8000)

    @staticmethod
    def _finish_editing() -> None:
        focus = QApplication.focusWidget()
        if focus is not None:
            focus.clearFocus()  # commit an edit still in its editor

    def may_let_go(self, go_on: str) -> bool:
        """Whether the plan may be closed now: nothing unrecorded (a member's ballot half cast), or the
        facilitator chooses ``go_on`` over going back to it (the default)."""
        lost = self.workspace.unrecorded() if self.plan is not None else []
        if not lost:
            return True
        said = QCoreApplication.translate("PlanFiles", "If you go on, it is discarded: nothing of it is recorded.")
        return dialogs.ask_yes_no(
            QApplication.activeModalWidget() or self,  # over the member's ballot, where the question is
            QCoreApplication.translate("PlanFiles", "A ballot is not recorded yet"),
            "\n".join(lost) + "\n\n" + said,
            yes=go_on,
            no=QCoreApplication.translate("PlanFiles", "Go Back to It"),
        )

    def close_plan(self, *, welcome: bool = True) -> None:
        """Close the open plan; then the welcome screen, unless something else is about to be shown.

        Closed by hand (``welcome``), a half-cast ballot is asked about first (:meth:`may_let_go`).
        """
        if self.plan is None:
            return
        if welcome and not self.may_let_go(QCoreApplication.translate("PlanFiles", "Discard It and Close")):
            return
        self._finish_editing()
        self.places.record()
        if welcome:  # closed by hand: the next start shows the welcome screen
            self.places.closed_by_hand()
        plan = self.plan
        self._show_plan(None, welcome=welcome)
        plan.close()
        plan.deleteLater()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.prefs.recent_files():
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(QCoreApplication.translate("PlanFiles", "No recent plans")).setEnabled(False)
