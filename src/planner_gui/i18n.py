"""The languages the program speaks (English, French, Spanish), for the Qt-free half: the standard library's gettext.

Two languages are in play at once:

- **the person's**: the window's (View > Language, else the system's) and the
  command line's (``LANG``/``LC_MESSAGES``): every refusal, problem and summary
  the core, the workbooks and the command line write for a person to read.
  :func:`set_language` sets it; :func:`_` and :func:`ngettext` translate into it.
- **the plan's documents'**: the workbook, ballot workbooks, the PDF summary,
  member cards and the room's pages, written in the plan's own language
  (a plan setting). :func:`speaking` switches to it for the time a document is
  written.

The window's own words are translated by Qt (``.ts`` files, ``QTranslator``);
this module never imports Qt. Catalogues: ``locale/<code>/LC_MESSAGES/planner.mo``
beside this file, compiled from the ``.po`` sources kept next to them.
"""

from __future__ import annotations

import gettext
import locale
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from functools import cache
from pathlib import Path

__all__ = [
    "DEFAULT",
    "LANGUAGES",
    "NP_",
    "N_",
    "_",
    "current_language",
    "format_date",
    "format_decimal",
    "format_integer",
    "format_month",
    "format_number",
    "in_every_language",
    "language_from_environment",
    "ngettext",
    "normalise",
    "pgettext",
    "set_language",
    "speaking",
    "translation",
]

DOMAIN = "planner"
LOCALE_DIR = Path(__file__).with_name("locale")
LANGUAGES = {"en": "English", "fr": "Français", "es": "Español"}  # each in its own words
DEFAULT = "en"

_state = threading.local()
_process_language = [DEFAULT]


@cache
def translation(code: str) -> gettext.NullTranslations:
    """The catalogue of ``code`` (English: the source's own words)."""
    if code == DEFAULT:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[code], fallback=True)


def normalise(code: str | None) -> str:
    """``fr_FR.UTF-8``, ``es-419``, ``FR`` → ``fr``, ``es``; anything else → English."""
    if not code:
        return DEFAULT
    short = code.replace("-", "_").split("_")[0].split(".")[0].lower()
    return short if short in LANGUAGES else DEFAULT


def language_from_environment() -> str:
    """The command line's language: ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as gettext reads them."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            for part in value.split(":"):
                if normalise(part) != DEFAULT or part.lower().startswith("en"):
                    return normalise(part)
    found = locale.getlocale(locale.LC_MESSAGES)[0] if hasattr(locale, "LC_MESSAGES") else None
    return normalise(found)


def set_language(code: str | None) -> str:
    """Speak ``code`` from now on (the person's language, process-wide); returns the language taken."""
    _process_language[0] = normalise(code)
    return _process_language[0]


def current_language() -> str:
    """The language spoken now: a document's while it is written (:func:`speaking`), else the person's."""
    return getattr(_state, "language", None) or _process_language[0]


@contextmanager
def speaking(code: str | None) -> Iterator[str]:
    """Speak ``code`` for the time of the ``with`` block (a document in the plan's language), on this thread."""
    before = getattr(_state, "language", None)
    _state.language = normalise(code)
    try:
        yield _state.language
    finally:
        _state.language = before


def _(message: str) -> str:
    """``message`` in the language spoken now."""
    return translation(current_language()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of ``singular``/``plural`` for ``n``, in the language spoken now."""
    return translation(current_language()).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark ``message`` for translation where it is defined, translated later where it is shown (``_(WORD)``)."""
    return message


def pgettext(context: str, message: str) -> str:
    """``message`` as said in ``context`` (one English word, two meanings), in the language spoken now."""
    return translation(current_language()).pgettext(context, message)


def NP_(context: str, message: str) -> str:
    """Mark ``message`` in ``context`` for translation, translated later with :func:`pgettext`."""
    return message


def in_every_language(message: str, context: str | None = None) -> tuple[str, ...]:
    """``message`` in each language the program speaks (English first): what a forgiving reader accepts."""
    if context is not None:
        return tuple(dict.fromkeys(translation(code).pgettext(context, message) for code in LANGUAGES))
    return tuple(dict.fromkeys(translation(code).gettext(message) for code in LANGUAGES))


# Dates and numbers as each language writes them in running text. Three languages: small tables, not a library.
_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
}
_DATE = {"en": "{day} {month} {year}", "fr": "{day} {month} {year}", "es": "{day} de {month} de {year}"}
_DECIMAL_POINT = {"en": ".", "fr": ",", "es": ","}


def format_date(day: date, code: str | None = None) -> str:
    """``day`` written out in the language spoken now (or ``code``'s): “15 October 2014”, “15 octobre 2014”,
    “15 de octubre de 2014”; the first of a French month is “1er”."""
    language = normalise(code) if code else current_language()
    month = _MONTHS[language].split()[day.month - 1]
    number = "1er" if language == "fr" and day.day == 1 else str(day.day)
    return _DATE[language].format(day=number, month=month, year=day.year)


def format_month(year: int, month: int, code: str | None = None) -> str:
    """A month of a year in the language spoken now: “September 2015”, “septembre 2015”, “septiembre de 2015”."""
    language = normalise(code) if code else current_language()
    name = _MONTHS[language].split()[month - 1]
    return f"{name} de {year}" if language == "es" else f"{name} {year}"


_THOUSANDS = {"en": ",", "fr": "\u202f", "es": "."}  # French: a narrow no-break space


def format_integer(value: int, code: str | None = None) -> str:
    """A whole number with its thousands marked as the language writes them: 50,000; 50 000; 50.000."""
    language = normalise(code) if code else current_language()
    return f"{value:,}".replace(",", _THOUSANDS[language])


def format_number(value: float, code: str | None = None) -> str:
    """``value`` as short as it goes (``:g``: 2, 1.5), with the decimal comma of French and Spanish: 1,5."""
    language = normalise(code) if code else current_language()
    return f"{value:g}".replace(".", _DECIMAL_POINT[language])


def format_decimal(value: float, places: int = 2, code: str | None = None) -> str:
    """``value`` with ``places`` decimals, with the decimal comma of French and Spanish: 0.67, 0,67."""
    language = normalise(code) if code else current_language()
    return f"{value:.{places}f}".replace(".", _DECIMAL_POINT[language])
