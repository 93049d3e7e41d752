"""The plan's fixed words (priorities, statuses, kinds…) as a person reads them, and read back in any language.

The plan stores each choice as a fixed English key ("high", "partly accepted",
"UN agency"); these tables give each key its word, translated when shown
(:func:`word`), and recognise it again in English, French or Spanish, with or
without accents, whatever the case (:func:`read_word`): a workbook or a ballot
written in one language and filled in another comes back whole.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache
from itertools import count

from planner_gui.i18n import N_, _, in_every_language

Vocabulary = Mapping[str, str]  # key as stored -> its word (a message to translate)

PRIORITY_WORDS: Vocabulary = {"high": N_("High"), "medium": N_("Medium"), "low": N_("Low"), "dropped": N_("Dropped")}
CONTRIBUTION_WORDS: Vocabulary = {
    "strong": N_("strong"),
    "some": N_("some"),
    "limited": N_("limited"),
    "none": N_("none"),
}
RESPONSE_WORDS: Vocabulary = {
    "accepted": N_("accepted"),
    "partly accepted": N_("partly accepted"),
    "not accepted": N_("not accepted"),
    "pending": N_("pending"),
}
STAKEHOLDER_WORDS: Vocabulary = {
    "state": N_("state"),
    "donor": N_("donor"),
    "UN agency": N_("UN agency"),
    "NGO": N_("NGO"),
    "media": N_("media"),
    "other": N_("other"),
}
STRATEGY_STATUS_WORDS: Vocabulary = {"draft": N_("draft"), "agreed": N_("agreed")}
COUNTRY_STATUS_WORDS: Vocabulary = {"not started": N_("not started"), "under way": N_("under way"), "done": N_("done")}
DROP_KIND_WORDS: Vocabulary = {
    "indicator of another objective": N_("indicator of another objective"),
    "merged into another objective": N_("merged into another objective"),
    "outside our influence": N_("outside our influence"),
    "achieved": N_("achieved"),
    "other": N_("other"),
}
# The kinds of action a new plan starts with (the plan's own names: translated only while they are these).
ACTION_KIND_WORDS: Vocabulary = {"reactive": N_("reactive"), "proactive": N_("proactive"), "other": N_("other")}
GOAL_STATE_WORDS: Vocabulary = {"active": N_("Active"), "folded": N_("Folded")}
YES_NO_WORDS: Vocabulary = {"yes": N_("Yes"), "no": N_("No")}
VOTES_SHOWN_WORDS: Vocabulary = {"by name": N_("by name"), "anonymously": N_("anonymously")}

# Spellings people type besides the words themselves: the English letters, and other forms of the words.
_PRIORITY_SPELLINGS = {
    "h": "high",
    "med": "medium",
    "m": "medium",
    "l": "low",
    "drop": "dropped",
    "d": "dropped",
    "haut": "high",
    "moyen": "medium",
    "bas": "low",
    "abandonnee": "dropped",
    "abandonnes": "dropped",
    "abandonnees": "dropped",
    "alto": "high",
    "medio": "medium",
    "bajo": "low",
    "descartada": "dropped",
    "descartados": "dropped",
    "descartadas": "dropped",
}


def fold(text: object) -> str:
    """A word as the forgiving reader compares it: trimmed, one space between words, any case, no accents."""
    decomposed = unicodedata.normalize("NFKD", " ".join(str(text).split()).casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.replace("’", "'")


def word(vocabulary: Vocabulary, key: str | None) -> str:
    """The word for ``key`` in the language spoken now ("" for None; a key the table lacks, as it is)."""
    if not key:
        return ""
    found = vocabulary.get(key)
    return _(found) if found is not None else key


def words(vocabulary: Vocabulary) -> list[str]:
    """Every word of ``vocabulary``, in its order, in the language spoken now."""
    return [_(w) for w in vocabulary.values()]


def listed(vocabulary: Vocabulary) -> str:
    """The words of ``vocabulary`` as a list a sentence gives: “High, Medium, Low, Dropped”."""
    return ", ".join(words(vocabulary))


@cache
def _reading(vocabulary: tuple[tuple[str, str], ...]) -> dict[str, str]:
    found: dict[str, str] = {}
    for key, message in vocabulary:
        found.setdefault(fold(key), key)
        for spelled in in_every_language(message):
            found.setdefault(fold(spelled), key)
    return found


def reading(vocabulary: Vocabulary) -> dict[str, str]:
    """Every spelling of every word of ``vocabulary`` (folded) in every language, to its key."""
    return _reading(tuple(vocabulary.items()))


def read_word(vocabulary: Vocabulary, text: object) -> str | None:
    """The key ``text`` names in any language (None: none of them)."""
    return reading(vocabulary).get(fold(text))


def priority_word(priority: str | None) -> str:
    """“High”, “Haute”, “Alta”… for a priority in the language spoken now ("" for None)."""
    return word(PRIORITY_WORDS, priority)


def priority_words() -> str:
    """“High, Medium, Low or Dropped” in the language spoken now."""
    high, medium, low, dropped = words(PRIORITY_WORDS)
    return _("{high}, {medium}, {low} or {dropped}").format(high=high, medium=medium, low=low, dropped=dropped)


_SHOWN = 60  # characters of a cell quoted in a problem: enough to find it, not a whole page of text


def shown(text: str) -> str:
    """A cell's text as a problem quotes it: at most ``_SHOWN`` characters."""
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1].rstrip() + "…"


def parse_priority(text: object) -> str | None:
    """“High”, “DROP”, “haute”, “Descartado”, “m” → the priority; blank → None; anything else → ValueError."""
    if text is None:
        return None
    key = str(text)
    if key in _PRIORITIES_READ:  # a ballot has 2,000 cells and four or five words
        return _PRIORITIES_READ[key]
    folded = fold(text)
    if not folded:
        return None
    found = read_word(PRIORITY_WORDS, folded) or _PRIORITY_SPELLINGS.get(folded)
    if found is None:
        raise ValueError(
            _("“{text}” is not a priority; write {choices}.").format(
                text=shown(str(text).strip()), choices=priority_words()
            )
        )
    if len(_PRIORITIES_READ) < 256:  # any spelling read once; a hostile file's thousand spellings are not kept
        _PRIORITIES_READ[key] = found
    return found


_PRIORITIES_READ: dict[str, str] = {}  # a cell's text as written -> its priority (the same in every language)


def first_free(name: str, taken: Iterable[str]) -> str:
    """``name``, or ``name 2``, ``name 3``… the first no one of ``taken`` has (in any case): a new row's name."""
    used = {" ".join(t.split()).casefold() for t in taken}
    return next(n for n in (f"{name} {i}" if i > 1 else name for i in count(1)) if n.casefold() not in used)
