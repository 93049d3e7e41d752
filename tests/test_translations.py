"""The Qt-free half's catalogues: every message of the source translated in French and Spanish, placeholders
kept, nothing fuzzy, and each compiled .mo made from its .po (scripts/translations.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.catalog import Catalog

ROOT = Path(__file__).resolve().parents[1]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_script", ROOT / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


translations = _script()


def test_every_message_is_translated_in_french_and_spanish_with_its_placeholders() -> None:
    problems = translations.problems()
    assert problems == [], "\n".join(problems[:40]) + f"\n({len(problems)} in all)"


def test_the_source_has_many_messages_each_language_a_catalogue_of_them() -> None:
    source = {m.id if isinstance(m.id, str) else m.id[0] for m in translations.template() if m.id}
    assert len(source) > 300  # the refusals, the documents' words, the command line's
    for code in translations.LANGUAGES:
        have = {m.id if isinstance(m.id, str) else m.id[0] for m in translations.read(code) if m.id}
        assert have == source


def test_a_message_new_in_the_source_is_reported_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    real = translations.template

    def with_a_new_one() -> Catalog:
        catalog = real()
        catalog.add("A sentence nobody has translated yet ({count}).", locations=[("src/x.py", 1)])
        return catalog

    monkeypatch.setattr(translations, "template", with_a_new_one)
    problems = translations.problems()
    assert any("nobody has translated yet" in p and "missing" in p for p in problems)
    assert {p.split(":")[0] for p in problems if "nobody" in p} == {"fr", "es"}


def test_a_translation_that_loses_or_renames_a_placeholder_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    real = translations.read

    def spoiled(code: str) -> Catalog:
        catalog = real(code)
        for message in catalog:
            if isinstance(message.id, str) and "{name}" in message.id and message.string:
                message.string = message.string.replace("{name}", "{nom}")
                return catalog
        raise AssertionError("no message with {name}")

    monkeypatch.setattr(translations, "read", spoiled)
    problems = translations.problems()
    assert any("placeholders" in p and "{nom}" in p for p in problems)


def test_placeholders_are_compared_whole() -> None:
    assert translations.placeholders("{count} of {total}, %(n)d and %s") == sorted(
        ["{count}", "{total}", "%(n)d", "%s"]
    )
    assert translations.placeholders("{total} sur {count}") == translations.placeholders("{count} of {total}")
    assert translations.placeholders("{count} sur") != translations.placeholders("{count} of {total}")


def test_a_stale_mo_is_reported(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A .mo not compiled from its .po's present text (here: one message's translation changed in the .po)."""
    real = translations.read

    def edited(code: str) -> Catalog:
        catalog = real(code)
        for message in catalog:
            if message.id and isinstance(message.string, str) and message.string:
                message.string += " (edited)"
                return catalog
        raise AssertionError("an empty catalogue")

    monkeypatch.setattr(translations, "read", edited)
    problems = translations.problems()
    assert any("not compiled from its .po" in p for p in problems)


def test_the_program_reads_the_compiled_catalogues() -> None:
    from planner_gui import i18n

    assert i18n.translation("fr").gettext("High") == "Haute"
    assert i18n.translation("es").gettext("Dropped") == "Descartado"
    assert i18n.translation("en").gettext("Dropped") == "Dropped"
