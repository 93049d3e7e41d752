"""Numbers, dates and times as the window's language writes them (``QLocale()``, set by ``ui/language.py``).

0.87 is "0,87" in French and Spanish; a time of day is "09:30" in English (as
the program writes it), "09:30" in French, "9:30" in Spanish; a date is
"6 December 2026", "6 décembre 2026", "6 de diciembre de 2026".
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from planner_gui.core.numbers import plan_number


def decimal(value: float, places: int) -> str:
    """``value`` with ``places`` decimals: 0.87, 0,87."""
    return QLocale().toString(float(value), "f", places)


def count(value: float) -> str:
    """A count of votes (weighted ballots make halves): 3, 2.5, 2,5."""
    return QLocale().toString(float(value), "g", 6)


def read(text: str) -> float:
    """A number typed in the window: as the window writes numbers ("15.000" is fifteen thousand in Spanish, as
    "15,000" is in English), else as any of the three languages writes them ("0,5" is a half in an English
    window too). ValueError for anything else, or a number no plan holds."""
    value, ok = QLocale().toDouble(text.strip())
    if ok and count(value) == text.strip():  # exactly as the window shows it: not "0,5" read as 5 in English
        return plan_number(value)
    return plan_number(text)


def whole(value: int) -> str:
    """A whole number, grouped as the language groups thousands: 2,000, 2 000, 2000."""
    return QLocale().toString(int(value))


def time_of_day(minutes: float) -> str:
    """A time of day given in minutes since midnight (the agenda's own unit): 09:30, 9:30."""
    total = round(minutes) % (24 * 60)
    return QLocale().toString(QTime(total // 60, total % 60), QLocale.FormatType.ShortFormat)


def _date_pattern() -> str:
    return QCoreApplication.translate("numbers", "d MMMM yyyy", "a date written out: Qt's date format pattern")


def day(value: date) -> str:
    """A date written out: 6 December 2026, 6 décembre 2026, 6 de diciembre de 2026."""
    return QLocale().toString(QDate(value.year, value.month, value.day), _date_pattern())


def moment(value: datetime) -> str:
    """A date and a time: 6 December 2026 at 14:05."""
    when = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    return QCoreApplication.translate("numbers", "{date} at {time}", "a date and a time of day").format(
        date=QLocale().toString(when.date(), _date_pattern()),
        time=QLocale().toString(when.time(), QLocale.FormatType.ShortFormat),
    )
