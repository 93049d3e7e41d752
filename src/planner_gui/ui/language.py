"""The window's language: English, French or Spanish, chosen in View > Language (default: the system's).

One language at a time is loaded: the program's own catalogue (``planner_<code>.qm``,
compiled from ``translations/*.ts``; English's holds only plural forms) and Qt's
for its standard dialogs (``qtbase_<code>.qm``). Switching removes the old
translators and installs the new ones; Qt then sends every widget a
``LanguageChange`` event, and each part of the window says its words again
(see ``MainWindow.retranslate`` and ``Workspace.retranslate``). Numbers, dates
and times follow the language too: :func:`window_locale` becomes Qt's default
locale (``QLocale()``), the system's own when it speaks the same language.

The Qt-free half (the core's messages, the command line) hears the choice through
:func:`planner_gui.i18n.set_language`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator

from planner_gui import i18n

LANGUAGES: tuple[tuple[str, str], ...] = (("en", "English"), ("fr", "Français"), ("es", "Español"))  # own words
CODES = tuple(code for code, _ in LANGUAGES)
SYSTEM = ""  # the setting's value for "the system's language"
ENGLISH = "en"
TRANSLATIONS = Path(__file__).with_name("translations")  # compiled by scripts/qt_translations.py
CATALOGUE = "planner"
# The territory taken when the system speaks another language: English as the program writes it (24-hour
# times, "6 December 2026"), French of France, Spanish of Spain.
TERRITORIES = {
    "en": QLocale.Country.UnitedKingdom,
    "fr": QLocale.Country.France,
    "es": QLocale.Country.Spain,
}
_LANGUAGE_OF = {"en": QLocale.Language.English, "fr": QLocale.Language.French, "es": QLocale.Language.Spanish}


def system_language() -> str:
    """The first of the system's preferred languages that the program speaks; else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in CODES:
            return code
    return ENGLISH


def resolve(choice: str | None) -> str:
    """The language a setting means: its own, or the system's for "System default" (or anything unknown)."""
    return choice if choice in CODES else system_language()


def window_locale(code: str) -> QLocale:
    """How the window writes numbers, dates and times in ``code``: the system's way if it speaks it."""
    system = QLocale.system()
    if system.language() == _LANGUAGE_OF[code]:
        return system
    return QLocale(_LANGUAGE_OF[code], TERRITORIES[code])


class Language(QObject):
    """The language the application speaks now, and the translators that make it so (one per application)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.code: str | None = None  # None: nothing installed yet (the source's English, without plural forms)
        self._translators: list[QTranslator] = []

    def use(self, code: str) -> str:
        """Speak ``code`` from now on; widgets hear ``LanguageChange`` (delivered before this returns)."""
        code = resolve(code)
        if code == self.code:
            return code
        app = QCoreApplication.instance()
        for translator in self._translators:
            if app is not None:
                QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
        self._translators = []
        for name, folder in ((CATALOGUE, TRANSLATIONS), ("qtbase", Path(qt_translations()))):
            if name == "qtbase" and code == ENGLISH:
                continue  # Qt's own words are English already
            translator = QTranslator(self)
            if translator.load(f"{name}_{code}", str(folder)):
                QCoreApplication.installTranslator(translator)
                self._translators.append(translator)
            else:
                translator.deleteLater()
        self.code = code
        locale = window_locale(code)
        QLocale.setDefault(locale)
        _relocate(locale)
        i18n.set_language(code)
        if app is not None:  # every window hears of it now, not at the next turn of the event loop
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return code

    def loaded(self) -> list[str]:
        """The catalogues installed now (their files' names), for the self-test and the tests."""
        return [Path(t.filePath()).name for t in self._translators]


def _relocate(locale: QLocale) -> None:
    """Windows already made take the new locale too (a widget keeps the one it was made with, else)."""
    from PySide6.QtWidgets import QApplication

    if isinstance(QCoreApplication.instance(), QApplication):
        for window in QApplication.topLevelWidgets():
            window.setLocale(locale)


def qt_translations() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


_LANGUAGE: list[Language] = []


def language() -> Language:
    """The application's language (made with the first call, and kept while the application lives)."""
    app = QCoreApplication.instance()
    if _LANGUAGE and _LANGUAGE[0].parent() is app:
        return _LANGUAGE[0]
    _LANGUAGE[:] = [Language(app)]
    return _LANGUAGE[0]


def current() -> str:
    """The language spoken now (English until one is installed)."""
    return language().code or ENGLISH


def ensure(choice: str | None) -> str:
    """Speak the language of ``choice`` (a setting's value) unless one is spoken already."""
    found = language()
    return found.code if found.code is not None else found.use(resolve(choice))
