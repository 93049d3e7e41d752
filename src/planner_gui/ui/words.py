"""The domain's stored values in the window's language: priorities, contributions, statuses, kinds, states.

The plan stores these values in English, as the core names them ("high",
"partly accepted", "UN agency"); the window shows each as a label in the
language it speaks ("Haute", "Acceptée en partie", "Agence des Nations unies"),
following docs/glossary.md. Tables are marked with ``QT_TRANSLATE_NOOP`` (so
``lupdate`` finds them) and translated when shown, so a change of language
shows at once.

Also here: the letters that record a priority by one key (H, M, L, D in English;
each language has its own initials, and the English ones keep working), and the
way the window names an objective or a goal.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

CONTEXT = "Words"

PRIORITY_NAMES = {
    "high": str(QT_TRANSLATE_NOOP("Words", "High")),
    "medium": str(QT_TRANSLATE_NOOP("Words", "Medium")),
    "low": str(QT_TRANSLATE_NOOP("Words", "Low")),
    "dropped": str(QT_TRANSLATE_NOOP("Words", "Dropped")),
}
CONTRIBUTION_NAMES = {
    "strong": str(QT_TRANSLATE_NOOP("Words", "Strong")),
    "some": str(QT_TRANSLATE_NOOP("Words", "Some")),
    "limited": str(QT_TRANSLATE_NOOP("Words", "Limited")),
    "none": str(QT_TRANSLATE_NOOP("Words", "None")),
}
STATUS_NAMES = {
    "accepted": str(QT_TRANSLATE_NOOP("Words", "Accepted")),
    "partly accepted": str(QT_TRANSLATE_NOOP("Words", "Partly accepted")),
    "not accepted": str(QT_TRANSLATE_NOOP("Words", "Not accepted")),
    "pending": str(QT_TRANSLATE_NOOP("Words", "Pending")),
}
STAKEHOLDER_KIND_NAMES = {
    "state": str(QT_TRANSLATE_NOOP("Words", "State")),
    "donor": str(QT_TRANSLATE_NOOP("Words", "Donor")),
    "UN agency": str(QT_TRANSLATE_NOOP("Words", "UN agency")),
    "NGO": str(QT_TRANSLATE_NOOP("Words", "NGO")),
    "media": str(QT_TRANSLATE_NOOP("Words", "Media")),
    "other": str(QT_TRANSLATE_NOOP("Words", "Other")),
}
DROP_KIND_NAMES = {
    "indicator of another objective": str(QT_TRANSLATE_NOOP("Words", "Indicator of another objective")),
    "merged into another objective": str(QT_TRANSLATE_NOOP("Words", "Merged into another objective")),
    "outside our influence": str(QT_TRANSLATE_NOOP("Words", "Outside our influence")),
    "achieved": str(QT_TRANSLATE_NOOP("Words", "Achieved")),
}
STRATEGY_STATUS_NAMES = {
    "draft": str(QT_TRANSLATE_NOOP("Words", "Draft")),
    "agreed": str(QT_TRANSLATE_NOOP("Words", "Agreed")),
}
COUNTRY_STATUS_NAMES = {
    "not started": str(QT_TRANSLATE_NOOP("Words", "Not started")),
    "under way": str(QT_TRANSLATE_NOOP("Words", "Under way")),
    "done": str(QT_TRANSLATE_NOOP("Words", "Done")),
}
ACTION_KIND_NAMES = {  # the kinds a plan starts with (it may rename them, or add its own: shown as written)
    "reactive": str(QT_TRANSLATE_NOOP("Words", "Reactive")),
    "proactive": str(QT_TRANSLATE_NOOP("Words", "Proactive")),
}
STEP_STATE_NAMES = {  # core.progress.StepState's values
    "Not started": str(QT_TRANSLATE_NOOP("Words", "Not started")),
    "In progress": str(QT_TRANSLATE_NOOP("Words", "In progress")),
    "Done": str(QT_TRANSLATE_NOOP("Words", "Done")),
}
# One table for every chip, list and cell showing a stored value ("other" is a stakeholder's kind and a reason
# to drop an objective, the same word in each language).
_ALL = {
    **PRIORITY_NAMES,
    **CONTRIBUTION_NAMES,
    **STATUS_NAMES,
    **STAKEHOLDER_KIND_NAMES,
    **DROP_KIND_NAMES,
    **STRATEGY_STATUS_NAMES,
    **COUNTRY_STATUS_NAMES,
    **ACTION_KIND_NAMES,
}

ENGLISH_LETTERS = "HMLD"
PRIORITY_ORDER = ("high", "medium", "low", "dropped")


def label(value: str) -> str:
    """A stored value as the window shows it: "partly accepted" → "Partly accepted" (in the window's language)."""
    source = _ALL.get(value)
    if source is None:
        return value[:1].upper() + value[1:]
    return QCoreApplication.translate("Words", source)


def priority_name(priority: str | None) -> str:
    """ "High", "Medium", "Low", "Dropped" in the window's language (empty for none)."""
    return label(priority) if priority else ""


def state_name(state: str) -> str:
    """A step's state ("Not started", "In progress", "Done") in the window's language."""
    source = STEP_STATE_NAMES.get(state, state)
    return QCoreApplication.translate("Words", source)


def priority_letters() -> str:
    """The four letters of high, medium, low and dropped in the window's language ("HMLD", "HMBA", "AMBD")."""
    letters = QCoreApplication.translate(
        "Words", "HMLD", "the initials of High, Medium, Low and Dropped in this order: one key records each"
    )
    return letters if len(letters) == 4 and len(set(letters.upper())) == 4 else ENGLISH_LETTERS


def priority_keys() -> dict[Qt.Key, str]:
    """The keys that record a priority: 1–4, the window's language's initials, and the English ones besides
    (a letter the language gives another priority keeps that language's meaning)."""
    keys: dict[Qt.Key, str] = {}
    for letters in (ENGLISH_LETTERS, priority_letters()):
        for letter, priority in zip(letters.upper(), PRIORITY_ORDER, strict=True):
            keys[Qt.Key(ord(letter))] = priority
    for number, priority in enumerate(PRIORITY_ORDER, start=1):
        keys[Qt.Key(ord(str(number)))] = priority
    return keys


def objective_label(number: str) -> str:
    """ "Obj. 8": how the window names an objective by its number (as the plan writes it)."""
    return QCoreApplication.translate("Words", "Obj. {number}").format(number=number)


def goal_label(number: str) -> str:
    """ "Goal 2"."""
    return QCoreApplication.translate("Words", "Goal {number}").format(number=number)


def rows_phrase(table: str, n: int) -> str:
    """ "3 objectives", "1 target": ``n`` rows of one of the plan's tables, for a question before a delete."""
    from planner_gui.ui.counts import counts

    return counts().rows(table, n)
