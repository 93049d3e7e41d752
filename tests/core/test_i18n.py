"""The Qt-free half's languages: the person's (refusals, problems) and the plan's documents' (``speaking``)."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest

from planner_gui import i18n
from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import InvalidEdit
from planner_gui.core.events import PlanEvent
from planner_gui.core.words import (
    ACTION_KIND_WORDS,
    CONTRIBUTION_WORDS,
    COUNTRY_STATUS_WORDS,
    DROP_KIND_WORDS,
    GOAL_STATE_WORDS,
    PRIORITY_WORDS,
    RESPONSE_WORDS,
    STAKEHOLDER_WORDS,
    STRATEGY_STATUS_WORDS,
    VOTES_SHOWN_WORDS,
    YES_NO_WORDS,
    fold,
    parse_priority,
    read_word,
)
from planner_gui.i18n import _, format_date, format_decimal, format_number, set_language, speaking

VOCABULARIES = {
    "priority": PRIORITY_WORDS,
    "contribution": CONTRIBUTION_WORDS,
    "response": RESPONSE_WORDS,
    "stakeholder": STAKEHOLDER_WORDS,
    "strategy status": STRATEGY_STATUS_WORDS,
    "country status": COUNTRY_STATUS_WORDS,
    "drop kind": DROP_KIND_WORDS,
    "action kind": ACTION_KIND_WORDS,
    "goal state": GOAL_STATE_WORDS,
    "yes/no": YES_NO_WORDS,
    "votes shown": VOTES_SHOWN_WORDS,
}


def test_a_refusal_made_while_the_person_speaks_french_is_in_french(doc: PlanDocument) -> None:
    from planner_gui.core.agenda import parse_time

    set_language("fr")
    with pytest.raises(InvalidEdit) as refused:
        parse_time("midi")
    assert str(refused.value) == "« midi » n'est pas une heure ; écrivez-la comme 09:30 ou 14:00."
    first, second = doc.structure.objectives()[:2]
    with pytest.raises(InvalidEdit) as clash:
        doc.structure.update_objective(first.id, number=second.number)
    assert str(clash.value).startswith(f"Il y a déjà un Obj. {second.number}. Les numéros sont conservés à vie")
    set_language("en")  # the message was made in French, and stays what it was
    assert str(clash.value).startswith("Il y a déjà")


def test_spanish_refusals_and_the_english_default() -> None:
    from planner_gui.core.agenda import parse_time

    set_language("es")
    with pytest.raises(InvalidEdit, match="«25:00» no es una hora"):
        parse_time("25:00")
    set_language("en")
    with pytest.raises(InvalidEdit, match="“25:00” is not a time of day"):
        parse_time("25:00")


def test_speaking_makes_a_document_spanish_and_does_not_leak_to_the_persons_language() -> None:
    set_language("fr")
    assert _("High") == "Haute"
    with speaking("es") as code:
        assert code == "es" and i18n.current_language() == "es"
        assert _("High") == "Alta"
        with speaking("en"):
            assert _("High") == "High"
        assert _("Dropped") == "Descartado"
    assert i18n.current_language() == "fr" and _("High") == "Haute"
    with pytest.raises(RuntimeError), speaking("es"):
        raise RuntimeError("a document failed half-way")
    assert _("High") == "Haute"  # an error while writing a document gives the person's language back


def test_speaking_is_this_threads_alone() -> None:
    seen: list[str] = []
    with speaking("es"):
        thread = threading.Thread(target=lambda: seen.append(_("High")))
        thread.start()
        thread.join()
    assert seen == ["High"]  # another thread (the window's) still speaks the person's language


def test_languages_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert i18n.language_from_environment() == "fr"
    monkeypatch.setenv("LC_MESSAGES", "es_ES.UTF-8")
    assert i18n.language_from_environment() == "es"
    monkeypatch.setenv("LANGUAGE", "en_GB:fr")
    assert i18n.language_from_environment() == "en"
    monkeypatch.setenv("LANGUAGE", "de_DE:es")
    assert i18n.language_from_environment() == "es"
    assert i18n.normalise("es-419") == "es" and i18n.normalise("de") == "en" and i18n.normalise(None) == "en"


def test_dates_and_decimals_as_each_language_writes_them() -> None:
    day = date(2014, 10, 15)
    assert format_date(day, "en") == "15 October 2014"
    assert format_date(day, "fr") == "15 octobre 2014"
    assert format_date(day, "es") == "15 de octubre de 2014"
    assert format_date(date(2015, 9, 1), "fr") == "1er septembre 2015"
    with speaking("es"):
        assert format_date(day) == "15 de octubre de 2014"
        assert format_decimal(0.6667) == "0,67"
    assert format_decimal(0.6667, 1, "fr") == "0,7" and format_decimal(2.5) == "2.50"
    # a weighted count or a chart's figure, as short as it goes: the charts and tier bars write these
    assert format_number(1.5, "fr") == "1,5" and format_number(2.0, "es") == "2" and format_number(0.25) == "0.25"
    with speaking("fr"):
        assert format_number(2.75) == "2,75"


@pytest.mark.parametrize(
    ("written", "priority"),
    [
        ("Haute", "high"),
        ("alta", "high"),
        ("HIGH", "high"),
        ("Moyenne", "medium"),
        ("Media", "medium"),
        ("basse", "low"),
        ("Baja", "low"),
        ("Abandonné", "dropped"),
        ("abandonnee", "dropped"),
        ("ABANDONNÉE", "dropped"),
        ("Descartado", "dropped"),
        ("descartada", "dropped"),
        (" d ", "dropped"),
        ("", None),
    ],
)
def test_priorities_are_read_in_any_language_with_or_without_accents(written: str, priority: str | None) -> None:
    assert parse_priority(written) == priority


def test_a_word_that_is_no_priority_is_refused_in_the_persons_language() -> None:
    set_language("fr")
    with pytest.raises(ValueError, match="« Urgent » n'est pas une priorité ; écrivez Haute, Moyenne, Basse ou"):
        parse_priority("Urgent")


@pytest.mark.parametrize("name", sorted(VOCABULARIES))
def test_each_vocabularys_words_name_one_key_in_every_language(name: str) -> None:
    """No two keys of a vocabulary share a word in any language: what is written is read back as its key."""
    vocabulary = VOCABULARIES[name]
    for code in i18n.LANGUAGES:
        written = {key: i18n.translation(code).gettext(message) for key, message in vocabulary.items()}
        assert len({fold(w) for w in written.values()}) == len(vocabulary), (code, written)
        for key, word in written.items():
            assert read_word(vocabulary, word) == key
            assert read_word(vocabulary, word.upper()) == key


def test_the_glossarys_words_are_the_catalogues() -> None:
    """A few of docs/glossary.md's words, checked where the documents use them."""
    expected = {
        "fr": {"Dropped": "Abandonné", "Ballot": "Bulletin de vote", "Goals": "Objectifs généraux", "Votes": "Votes"},
        "es": {"Dropped": "Descartado", "Ballot": "Papeleta", "Goals": "Objetivos generales", "Votes": "Votos"},
    }
    for code, words in expected.items():
        for english, translated in words.items():
            assert i18n.translation(code).gettext(english) == translated


def test_a_new_plan_takes_the_persons_language_and_the_language_can_be_set(tmp_path: Path) -> None:
    set_language("es")
    doc = PlanDocument.create(tmp_path / "nuevo.retreat")
    try:
        assert doc.plan.language == "es" and doc.structure.language == "es"
        heard: list[PlanEvent] = []
        doc.events.subscribe(heard.append, PlanEvent)  # type: ignore[arg-type]
        doc.structure.set_language("fr")
        assert doc.plan.language == "fr"
        assert heard and heard[-1].fields == frozenset({"language"})
        with pytest.raises(InvalidEdit, match="«de»"):
            doc.structure.set_language("de")
        assert doc.plan.language == "fr"
    finally:
        doc.close()
    again = PlanDocument.open(tmp_path / "nuevo.retreat")
    try:
        assert again.plan.language == "fr"
    finally:
        again.close()
    set_language("en")
    given = PlanDocument.create(tmp_path / "given.retreat", language="fr")
    try:
        assert given.plan.language == "fr"
    finally:
        given.close()


def test_a_plan_from_before_languages_is_english(data_dir: Path, tmp_path: Path) -> None:
    import shutil

    old = tmp_path / "old.retreat"
    shutil.copy(data_dir / "plan-v1.retreat", old)
    set_language("fr")  # the person's language does not make an old plan French
    doc = PlanDocument.open(old)
    try:
        assert doc.plan.language == "en"
    finally:
        doc.close()
