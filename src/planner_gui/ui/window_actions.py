"""The main window's menus and actions, and what they say in the window's language.

A base of ``MainWindow``: the actions are made once (``_build_actions``), put in
menus (``_build_menus``), and given their words by :meth:`retranslate_menus`,
which runs again whenever the language changes (View > Language). Its words
are translated in the context ``WindowActions``, named: ``self.tr`` would look
them up under the class of the window (``MainWindow``) instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from planner_gui import APP_NAME, __version__
from planner_gui.ui import icons, language, settings
from planner_gui.ui.plan_files import PlanFiles
from planner_gui.ui.steps import STEPS

if TYPE_CHECKING:
    from planner_gui.ui.agenda_panel import AgendaDock
    from planner_gui.ui.plan_out import PlanOutActions


_PROMISED = {  # the README's keys table, on every platform
    QKeySequence.StandardKey.Close: ("Ctrl+W",),
    QKeySequence.StandardKey.Quit: ("Ctrl+Q",),
    QKeySequence.StandardKey.Redo: ("Ctrl+Shift+Z", "Ctrl+Y"),
    QKeySequence.StandardKey.SaveAs: ("Ctrl+Shift+S",),
    QKeySequence.StandardKey.FullScreen: ("F11",),
}


class WindowActions(PlanFiles):
    """File, Edit, View and Help: the actions, their menus and their words."""

    out: PlanOutActions  # the window's ways out and in (export, print...): made by MainWindow before the menus
    member_cards_action: QAction

    @property
    def agenda_dock(self) -> AgendaDock:
        raise NotImplementedError

    def _action(
        self,
        slot: Callable[..., object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: str | None = None,
    ) -> QAction:
        action = QAction(self)
        if icon:
            action.setIcon(icons.icon(icon))
        if isinstance(shortcut, QKeySequence.StandardKey):
            # The key the keys table promises first (the menu shows it), then the platform's own: a standard key
            # keeps only the first of the platform's keys, and on Windows (and offscreen) Quit has none, Close is
            # Ctrl+F4 and Redo Ctrl+Y.
            promised = [QKeySequence(k) for k in _PROMISED.get(shortcut, ())]
            platform = QKeySequence.keyBindings(shortcut)
            action.setShortcuts(promised + [k for k in platform if k not in promised])
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(self.new_plan, keys.New, "new")
        self.open_action = self._action(self.open_dialog, keys.Open, "open")
        self.sample_action = self._action(lambda: self.open_sample(), None, "sample")
        self.save_copy_action = self._action(self.save_copy, None, "save-copy")
        self.save_as_action = self._action(self.save_as, keys.SaveAs, "save-as")
        self.keep_sample_action = self._action(lambda: self.keep_sample(), None, "save-as")
        self.keep_sample_action.setVisible(False)
        self.reopen_action = self._action(lambda on: self.prefs.set(settings.REOPEN_LAST, on))
        self.reopen_action.setCheckable(True)
        self.reopen_action.setChecked(self.prefs.get(settings.REOPEN_LAST))
        self.close_action = self._action(lambda: self.close_plan(), keys.Close, "close")
        self.quit_action = self._action(self.close, keys.Quit)
        self.undo_action = self._action(self._undo, keys.Undo, "undo")
        self.redo_action = self._action(self._redo, keys.Redo, "redo")
        self.presentation_action = self._action(self.toggle_presentation, "F5", "presentation")
        self.presentation_action.setCheckable(True)
        self.presentation_action.setChecked(self.prefs.get(settings.PRESENTATION))
        self.full_screen_action = self._action(self.toggle_full_screen, keys.FullScreen)
        self.full_screen_action.setCheckable(True)
        self.next_step_action = self._action(lambda: self._step(1), "Ctrl+PgDown", "next")
        self.previous_step_action = self._action(lambda: self._step(-1), "Ctrl+PgUp", "previous")
        self.agenda_action = self._action(lambda on: self.agenda_dock.setVisible(on), "Ctrl+Shift+A", "agenda")
        self.agenda_action.setCheckable(True)  # follows the dock (see ``_make_agenda``)
        self.about_action = self._action(self.show_about, None, "about")
        self.step_actions = [
            self._action(lambda _=False, r=row: self._go_step(r), f"Alt+{step.number}")
            for row, step in enumerate(STEPS)
        ]
        self._build_language_actions()

    def _build_language_actions(self) -> None:
        """View > Language: the system's, then each language named in its own words (never translated)."""
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        chosen = self.prefs.get(settings.LANGUAGE)
        for code in (language.SYSTEM, *language.CODES):
            action = QAction(self.language_group)
            action.setCheckable(True)
            action.setChecked(code == (chosen if chosen in language.CODES else language.SYSTEM))
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            self.language_actions[code] = action
        for code, name in language.LANGUAGES:
            self.language_actions[code].setText({"en": "&English", "fr": "&Français", "es": "E&spañol"}[code])
            self.language_actions[code].setStatusTip(name)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = file_menu = bar.addMenu("")
        for action in (self.new_action, self.out.new_from_spreadsheet, self.open_action, self.sample_action):
            file_menu.addAction(action)
        self.recent_menu = file_menu.addMenu("")
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
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.view_menu = view_menu = bar.addMenu("")
        view_menu.addAction(self.presentation_action)
        view_menu.addAction(self.full_screen_action)
        view_menu.addAction(self.agenda_action)
        view_menu.addSeparator()
        view_menu.addAction(self.previous_step_action)
        view_menu.addAction(self.next_step_action)
        self.steps_menu = view_menu.addMenu("")
        for action in self.step_actions:
            self.steps_menu.addAction(action)
        view_menu.addSeparator()
        self.language_menu: QMenu = view_menu.addMenu("")
        for code in (language.SYSTEM, *language.CODES):
            self.language_menu.addAction(self.language_actions[code])
            if code == language.SYSTEM:
                self.language_menu.addSeparator()
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)
        self.retranslate_menus()

    def retranslate_menus(self) -> None:
        """Every menu's and action's words in the window's language (at first, and after each change)."""
        for menu, text in (
            (self.file_menu, QCoreApplication.translate("WindowActions", "&File")),
            (self.recent_menu, QCoreApplication.translate("WindowActions", "Open &Recent")),
            (self.edit_menu, QCoreApplication.translate("WindowActions", "&Edit")),
            (self.view_menu, QCoreApplication.translate("WindowActions", "&View")),
            (self.steps_menu, QCoreApplication.translate("WindowActions", "&Go to Step")),
            (self.language_menu, QCoreApplication.translate("WindowActions", "&Language")),
            (self.help_menu, QCoreApplication.translate("WindowActions", "&Help")),
        ):
            menu.setTitle(text)
        for action, text, tip in (
            (
                self.new_action,
                QCoreApplication.translate("WindowActions", "&New Plan…"),
                QCoreApplication.translate("WindowActions", "Start a new, empty plan"),
            ),
            (
                self.open_action,
                QCoreApplication.translate("WindowActions", "&Open Plan…"),
                QCoreApplication.translate("WindowActions", "Open a plan file"),
            ),
            (self.sample_action, QCoreApplication.translate("WindowActions", "Open &Sample Plan"), ""),
            (
                self.save_copy_action,
                QCoreApplication.translate("WindowActions", "Save a &Copy…"),
                QCoreApplication.translate("WindowActions", "Write a copy of the plan elsewhere; keep working here"),
            ),
            (
                self.save_as_action,
                QCoreApplication.translate("WindowActions", "Save &As…"),
                QCoreApplication.translate("WindowActions", "Move on to a copy of the plan under a new name"),
            ),
            (
                self.keep_sample_action,
                QCoreApplication.translate("WindowActions", "&Keep the Sample as My Own Plan…"),
                QCoreApplication.translate(
                    "WindowActions",
                    "Save this copy of the sample plan under a name and in a folder of your choice, and carry on there",
                ),
            ),
            (
                self.reopen_action,
                QCoreApplication.translate("WindowActions", "Reopen Last Plan at S&tart"),
                QCoreApplication.translate(
                    "WindowActions", "When the program starts, open the plan open last, at the step where it was left"
                ),
            ),
            (self.close_action, QCoreApplication.translate("WindowActions", "C&lose Plan"), ""),
            (self.quit_action, QCoreApplication.translate("WindowActions", "&Quit"), ""),
            (
                self.presentation_action,
                QCoreApplication.translate("WindowActions", "&Presentation Mode"),
                QCoreApplication.translate("WindowActions", "Enlarge text for the back of the room"),
            ),
            (
                self.full_screen_action,
                QCoreApplication.translate("WindowActions", "&Full Screen"),
                QCoreApplication.translate("WindowActions", "Fill the screen: no title bar"),
            ),
            (self.next_step_action, QCoreApplication.translate("WindowActions", "&Next Step"), ""),
            (self.previous_step_action, QCoreApplication.translate("WindowActions", "P&revious Step"), ""),
            (
                self.agenda_action,
                QCoreApplication.translate("WindowActions", "&Agenda"),
                QCoreApplication.translate("WindowActions", "Show or hide the agenda and the session timer"),
            ),
            (self.about_action, QCoreApplication.translate("WindowActions", "&About {name}").format(name=APP_NAME), ""),
            (
                self.language_actions[language.SYSTEM],
                QCoreApplication.translate("WindowActions", "System &Default"),
                QCoreApplication.translate(
                    "WindowActions", "The language of this computer, if the program speaks it; else English"
                ),
            ),
        ):
            action.setText(text)
            action.setStatusTip(tip)
        for action, step in zip(self.step_actions, STEPS, strict=True):
            action.setText(f"&{step.number} {step.title}")
        self.out.retranslate()
        self.member_cards_action.setText(QCoreApplication.translate("WindowActions", "Print &Member Cards…"))
        self.member_cards_action.setStatusTip(
            QCoreApplication.translate(
                "WindowActions", "One card per voting member: their name, a QR code and their own link for room voting"
            )
        )
        self._update_undo_actions()

    # --------------------------------------------------------------- language
    def choose_language(self, choice: str) -> None:
        """View > Language: speak ``choice`` ("" for the system's) from now on, and remember it."""
        self.prefs.set(settings.LANGUAGE, choice)
        self.prefs.sync()
        self.language_actions[choice if choice in language.CODES else language.SYSTEM].setChecked(True)
        language.language().use(choice)

    # ------------------------------------------------------------------ undo
    def _update_undo_actions(self, *_args: object) -> None:
        stack = self.plan.undo_stack if self.plan is not None else None
        can_undo = stack is not None and stack.canUndo()
        can_redo = stack is not None and stack.canRedo()
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        undo, redo = (
            QCoreApplication.translate("WindowActions", "&Undo"),
            QCoreApplication.translate("WindowActions", "&Redo"),
        )
        self.undo_action.setText(
            QCoreApplication.translate("WindowActions", "&Undo {what}").format(what=stack.undoText())
            if can_undo and stack
            else undo
        )
        self.redo_action.setText(
            QCoreApplication.translate("WindowActions", "&Redo {what}").format(what=stack.redoText())
            if can_redo and stack
            else redo
        )

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            QCoreApplication.translate("WindowActions", "About {name}").format(name=APP_NAME),
            f"<h3>{APP_NAME} {__version__}</h3>"
            + QCoreApplication.translate(
                "WindowActions",
                "<p>Run a board's strategic-plan review retreat on a laptop, offline, "
                "and leave with the revised plan.</p>"
                "<p>Every change is saved to the plan file as it is made.</p>",
            ),
        )

    # Provided by MainWindow and PlanFiles.
    def _step(self, delta: int) -> None:
        raise NotImplementedError

    def _go_step(self, row: int) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError

    def _redo(self) -> None:
        raise NotImplementedError

    def toggle_presentation(self) -> None:
        raise NotImplementedError

    def toggle_full_screen(self) -> None:
        raise NotImplementedError
