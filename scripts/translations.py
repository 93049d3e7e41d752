"""The Qt-free half's translations (gettext): extract the messages, update the catalogues, compile them.

    .venv/bin/python scripts/translations.py update       # the source's messages into each .po (new ones empty)
    .venv/bin/python scripts/translations.py compile-mo   # each .po into the .mo committed beside it
    .venv/bin/python scripts/translations.py check        # exit 1, saying why, if anything is unfinished

The messages are those of ``src/planner_gui`` outside ``ui/`` (the window is
translated by Qt, from its ``.ts`` files), marked with ``_()``, ``N_()`` and
``ngettext()``. The catalogues are ``src/planner_gui/locale/<code>/LC_MESSAGES/planner.po``;
their compiled ``planner.mo`` is committed beside them, so the program and its
wheel need no build step (tests/test_translations.py fails when one is stale).

To add a language: add it to ``LANGUAGES`` in ``src/planner_gui/i18n.py``,
run ``update`` (it makes the new .po), translate every message following
docs/glossary.md, then ``compile-mo``.
"""

from __future__ import annotations

import argparse
import gettext
import io
import re
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "planner_gui"
LOCALE = PACKAGE / "locale"
DOMAIN = "planner"
LANGUAGES = ("fr", "es")  # besides English, the source's own
PLURALS = {"fr": (2, "(n > 1)"), "es": (2, "(n != 1)")}  # gettext's usual forms (0 is singular in French)
HEADER = """\
# {name} translations of Retreat Planner's Qt-free half: core, workbooks, documents, room pages, command line.
# The window's own words are in the Qt .ts files. Follow docs/glossary.md; see scripts/translations.py.
#"""
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2), "NP_": ((1, "c"), 2)}
# Placeholders a translation must keep exactly: str.format's {name} and printf's %(name)s / %d.
_EPOCH = datetime(2026, 1, 1, tzinfo=UTC)  # the catalogues' dates, fixed: a file changes only with a message
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%(?:\([^)]*\))?[sdifr]")


def sources() -> Iterator[Path]:
    """The Qt-free half's modules (and the command line), in a stable order."""
    for path in sorted(PACKAGE.rglob("*.py")):
        if "ui" not in path.relative_to(PACKAGE).parts[:1]:
            yield path


def template() -> Catalog:
    """Every message marked in the source, with where it is used."""
    catalog = Catalog(domain=DOMAIN, project="Retreat Planner", charset="utf-8")
    for path in sources():
        for lineno, message, comments, context in extract_from_file(
            "python", str(path), keywords=KEYWORDS, comment_tags=("Translators:",)
        ):
            where = (path.relative_to(ROOT).as_posix(), lineno)
            catalog.add(message, locations=[where], auto_comments=comments, context=context)
    return catalog


def po_path(code: str) -> Path:
    return LOCALE / code / "LC_MESSAGES" / f"{DOMAIN}.po"


def read(code: str) -> Catalog:
    with po_path(code).open("rb") as f:
        return read_po(f, locale=code, domain=DOMAIN)


def update() -> None:
    source = template()
    for code in LANGUAGES:
        path = po_path(code)
        if path.exists():
            catalog = read(code)
            catalog.update(source, no_fuzzy_matching=True, update_header_comment=False)
            catalog.obsolete.clear()  # a message gone from the source goes from the catalogue
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            catalog = Catalog(locale=code, domain=DOMAIN, project="Retreat Planner", charset="utf-8")
            catalog.update(source, no_fuzzy_matching=True)
        catalog.revision_date = catalog.creation_date = _EPOCH
        catalog._num_plurals, catalog._plural_expr = PLURALS[code]
        catalog.header_comment = HEADER.format(name={"fr": "French", "es": "Spanish"}[code])
        catalog.last_translator = "Retreat Planner developers"
        catalog.language_team = {"fr": "French", "es": "Spanish"}[code]
        catalog.version = "1"
        catalog.msgid_bugs_address = "the project's issue tracker"
        catalog.fuzzy = False
        with path.open("wb") as f:
            write_po(f, catalog, width=116, sort_output=False, omit_header=False, include_previous=False)
        print(f"updated {path.relative_to(ROOT)}")


def mo_bytes(code: str) -> bytes:
    """The compiled catalogue of ``code``, as ``compile-mo`` writes it (the same bytes every time)."""
    buffer = io.BytesIO()
    write_mo(buffer, read(code), use_fuzzy=False)
    return buffer.getvalue()


def mo_messages(path: Path) -> dict[object, str]:
    """What a compiled catalogue holds (its header left out), as gettext reads it."""
    with path.open("rb") as f:
        catalog: dict[object, str] = dict(gettext.GNUTranslations(f)._catalog)  # type: ignore[attr-defined]
    catalog.pop("", None)
    return catalog


def po_messages(code: str) -> dict[object, str]:
    """What the .po's compiled catalogue must hold: the same, read from the bytes ``compile-mo`` would write."""
    buffer = io.BytesIO(mo_bytes(code))
    catalog: dict[object, str] = dict(gettext.GNUTranslations(buffer)._catalog)  # type: ignore[attr-defined]
    catalog.pop("", None)
    return catalog


def compile_mo() -> None:
    for code in LANGUAGES:
        path = po_path(code).with_suffix(".mo")
        path.write_bytes(mo_bytes(code))
        print(f"compiled {path.relative_to(ROOT)}")


def _texts(message: Message) -> list[str]:
    return list(message.id) if isinstance(message.id, tuple | list) else [message.id]


def _translations(message: Message) -> list[str]:
    return list(message.string) if isinstance(message.string, tuple | list) else [message.string]


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def problems() -> list[str]:
    """Everything unfinished: a message of the source missing, empty or fuzzy in a catalogue, a translation
    whose placeholders differ from its message's, a message no longer in the source, a stale .mo."""
    found: list[str] = []
    source = template()
    wanted = {m.id if isinstance(m.id, str) else m.id[0] for m in source if m.id}
    for code in LANGUAGES:
        if not po_path(code).exists():
            found.append(f"{code}: no catalogue {po_path(code).relative_to(ROOT)}")
            continue
        catalog = read(code)
        have = {}
        for message in catalog:
            if not message.id:
                continue
            key = message.id if isinstance(message.id, str) else message.id[0]
            have[key] = message
            if key not in wanted:
                found.append(f"{code}: {key!r} is no longer in the source (run update)")
                continue
            if message.fuzzy:
                found.append(f"{code}: {key!r} is fuzzy")
            strings = _translations(message)
            if not all(s.strip() for s in strings):
                found.append(f"{code}: {key!r} is not translated")
                continue
            expected = placeholders(_texts(message)[-1])
            for string in strings:
                if placeholders(string) != expected:
                    found.append(f"{code}: {key!r}: placeholders {placeholders(string)} in {string!r}, not {expected}")
        for key in sorted(wanted - set(have)):
            found.append(f"{code}: {key!r} is missing (run update)")
        mo = po_path(code).with_suffix(".mo")
        if not mo.exists() or mo_messages(mo) != po_messages(code):
            found.append(f"{code}: {mo.relative_to(ROOT)} is not compiled from its .po (run compile-mo)")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=("update", "compile-mo", "check"))
    args = parser.parse_args(argv)
    if args.action == "update":
        update()
    elif args.action == "compile-mo":
        compile_mo()
    else:
        unfinished = problems()
        for line in unfinished:
            print(line, file=sys.stderr)
        print(f"{len(unfinished)} problems" if unfinished else "every message translated, every .mo compiled")
        return 1 if unfinished else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
