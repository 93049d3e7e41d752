"""The window's translations (Qt's .ts files in translations/): complete, faithful, and in step with the code.

- Every string the window's code marks is in each .ts (``pyside6-lupdate`` is run again into a copy and
  must find nothing new and nothing gone), and has a finished French and Spanish translation (every
  plural form too; English has its plural forms).
- A translation keeps its source's placeholders (``{name}``), its ``%n`` and its accelerator (``&``).
- Domain words follow docs/glossary.md.
- The code marks strings so that ``lupdate`` sees them: ``self.tr`` only in classes nothing subclasses (Qt
  looks a string up under the object's own class), literal texts and contexts, no f-strings.
"""

from __future__ import annotations

import ast
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "translations"
UI = ROOT / "src" / "planner_gui" / "ui"
sys.path.insert(0, str(ROOT / "scripts"))
import qt_translations  # noqa: E402

TRANSLATED = ("fr", "es")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    forms: tuple[str, ...]  # the translation (one form), or each plural form
    unfinished: bool

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return (self.context, self.source, self.comment, self.numerus)

    def where(self) -> str:
        return f"{self.context}: {self.source!r}"


def messages(path: Path) -> list[Message]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in translation.iter("numerusform")) if numerus else (translation.text or "",)
            )
            kind = translation.get("type")
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    numerus,
                    forms,
                    kind in ("unfinished", "obsolete", "vanished"),
                )
            )
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Message]]:
    """lupdate run again over the window's code, into a copy of the .ts files."""
    copy = tmp_path_factory.mktemp("ts")
    for ts in TS.glob("*.ts"):
        shutil.copy(ts, copy / ts.name)
    qt_translations.update(copy)
    return {code: messages(copy / f"planner_{code}.ts") for code in qt_translations.LANGUAGES}


@pytest.mark.parametrize("code", qt_translations.LANGUAGES)
def test_the_ts_file_holds_exactly_the_strings_the_code_marks(code: str, extracted: dict[str, list[Message]]) -> None:
    committed = {m.key for m in messages(TS / f"planner_{code}.ts")}
    found = {m.key for m in extracted[code]}
    assert sorted(found - committed) == [], "new strings: run `python scripts/qt_translations.py update`"
    assert sorted(committed - found) == [], "strings gone from the code: run `python scripts/qt_translations.py update`"


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_string_has_a_finished_translation(code: str) -> None:
    found = messages(TS / f"planner_{code}.ts")
    assert len(found) > 900
    unfinished = [m.where() for m in found if m.unfinished or not all(form.strip() for form in m.forms)]
    assert unfinished == []
    plurals = [m for m in found if m.numerus]
    assert plurals and all(len(m.forms) == 2 for m in plurals)  # French and Spanish: one, and more


def test_english_has_its_plural_forms() -> None:
    found = messages(TS / "planner_en.ts")
    assert found and all(m.numerus and len(m.forms) == 2 and all(m.forms) and not m.unfinished for m in found)
    forms = {m.source: m.forms for m in found}
    assert forms["%n objective(s)"] == ("%n objective", "%n objectives")


@pytest.mark.parametrize("code", qt_translations.LANGUAGES)
def test_translations_keep_the_source_s_placeholders_plural_count_and_accelerator(code: str) -> None:
    wrong = []
    for m in messages(TS / f"planner_{code}.ts"):
        for form in m.forms:
            if set(PLACEHOLDER.findall(form)) != set(PLACEHOLDER.findall(m.source)):
                wrong.append(f"{m.where()} → {form!r}: placeholders")
            if ("%n" in form) != ("%n" in m.source):
                wrong.append(f"{m.where()} → {form!r}: %n")
            if len(ACCELERATOR.findall(form)) != len(ACCELERATOR.findall(m.source)):
                wrong.append(f"{m.where()} → {form!r}: accelerator")
    assert wrong == []


def test_the_priority_initials_are_four_different_letters() -> None:
    for code in TRANSLATED:
        [letters] = [m.forms[0] for m in messages(TS / f"planner_{code}.ts") if m.source == "HMLD"]
        assert len(letters) == 4 and len(set(letters)) == 4 and letters.isalpha() and letters.isupper(), code


# ------------------------------------------------------------------ the glossary


def glossary() -> dict[str, tuple[str, str, str]]:
    """docs/glossary.md: English term -> (French, Spanish, notes)."""
    rows = {}
    for line in (ROOT / "docs" / "glossary.md").read_text("utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) >= 4 and cells[0] not in ("English", "") and not set(cells[0]) <= {"-", " "}:
            rows[cells[0]] = (cells[1], cells[2], cells[3])
    return rows


def listed_in_notes(term: str, column: int) -> list[str]:
    """The words a glossary note lists for a term, in italics: "*forte / partielle*, *fuerte / parcial*"."""
    notes = glossary()[term][2]
    return re.findall(r"\*([^*]+)\*", notes)[column].split(" / ")


# Words of the domain each translation of a string using them must use (lower case), and words it must not.
REQUIRED = {
    "fr": {
        r"\bgoals?\b": "objectif général|objectifs généraux",
        r"\bboard\b(?! member)": "conseil",
        r"\bstakeholders?\b": "partie prenante|parties prenantes",
        r"\bshow of hands\b": "main levée",
        r"\bdropped\b": "abandon",
        r"\bagenda\b": "ordre du jour",
        r"\bpresentation mode\b": "mode présentation",
        r"\bfacilitator\b": "animateur",
        r"\brationale\b": "justification",
        r"\bminutes\b(?! min)": "procès-verbal|minutes",
    },
    "es": {
        r"\bgoals?\b": "objetivo general|objetivos generales",
        r"\bboard\b(?! member)": "junta",
        r"\bstakeholders?\b": "actor clave|actores clave",
        r"\bshow of hands\b": "mano alzada",
        r"\bdropped\b": "descart",
        r"\bagenda\b": "orden del día",
        r"\bpresentation mode\b": "modo presentación",
        r"\bfacilitator\b": "facilitador",
        r"\brationale\b": "justificación",
        r"\bminutes\b(?! min)": "acta|minutos",
    },
}
FORBIDDEN = {"fr": r"tomb[ée]|séminaire|\bbut\b", "es": r"ca[íi]d[oa]|jornada|\bmeta general"}


@pytest.mark.parametrize("code", TRANSLATED)
def test_domain_words_follow_the_glossary(code: str) -> None:
    french, spanish, _ = glossary()["dropped (an objective)"]
    assert (french, spanish) == ("abandonné", "descartado")  # what the words below are checked against
    wrong = []
    for m in messages(TS / f"planner_{code}.ts"):
        source = PLACEHOLDER.sub("", m.source.replace("&", "")).lower()
        for form in m.forms:
            said = form.replace("&", "").lower()
            for english, required in REQUIRED[code].items():
                if re.search(english, source) and not re.search(required, said):
                    wrong.append(f"{m.where()} → {form!r}: {english} is {required}")
            if re.search(FORBIDDEN[code], said):
                wrong.append(f"{m.where()} → {form!r}: a word the glossary rules out")
    assert wrong == []


@pytest.mark.parametrize(("code", "column"), [("fr", 0), ("es", 1)])
def test_the_stored_values_are_said_in_the_glossary_s_words(code: str, column: int) -> None:
    said = {m.source: m.forms[0].lower() for m in messages(TS / f"planner_{code}.ts") if m.context == "Words"}
    assert [said["High"], said["Medium"], said["Low"]] == glossary()["high / medium / low"][column].split(" / ")
    assert said["Dropped"] == glossary()["dropped (an objective)"][column]
    contributions = [said[word] for word in ("Strong", "Some", "Limited", "None")]
    assert contributions == listed_in_notes("contribution (the organisation's)", column)
    assert [said["Draft"], said["Agreed"]] == listed_in_notes("strategy", column)
    statuses = listed_in_notes("recommendation", column)  # accepted / partly accepted / rejected / pending
    assert [said["Accepted"], said["Partly accepted"], said["Pending"]] == [statuses[0], statuses[1], statuses[3]]


# ------------------------------------------------------------------ the code's marking


def _classes() -> dict[str, tuple[Path, ast.ClassDef]]:
    found = {}
    for path in sorted((ROOT / "src" / "planner_gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ClassDef):
                found[node.name] = (path, node)
    return found


def _calls(node: ast.AST, name: str) -> list[ast.Call]:
    return [
        call
        for call in ast.walk(node)
        if isinstance(call, ast.Call)
        and (
            (isinstance(call.func, ast.Attribute) and call.func.attr == name)
            or (isinstance(call.func, ast.Name) and call.func.id == name)
        )
    ]


def test_self_tr_is_only_used_in_classes_nothing_subclasses() -> None:
    """Qt looks ``self.tr`` up under the object's own class, lupdate under the class the call is written in."""
    classes = _classes()
    bases = {
        base.id for _, node in classes.values() for base in node.bases if isinstance(base, ast.Name)
    }  # a class named as a base
    wrong = []
    for name, (path, node) in classes.items():
        uses_tr = any(
            isinstance(call.func, ast.Attribute)
            and isinstance(call.func.value, ast.Name)
            and call.func.value.id == "self"
            for call in _calls(node, "tr")
        )
        if uses_tr and name in bases:
            wrong.append(f"{path.relative_to(ROOT)}: {name}")
    assert wrong == [], "a base class: use QCoreApplication.translate with its own name as the context"


def test_marked_strings_are_literals_that_lupdate_can_read() -> None:
    wrong = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for call in _calls(tree, "tr"):
            text = call.args[0] if call.args else None
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                wrong.append(f"{path.name}:{call.lineno}: tr() of something other than a string literal")
        for call in _calls(tree, "translate"):
            context, text = [*call.args, None, None][:2]
            if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
                wrong.append(f"{path.name}:{call.lineno}: translate() with a context that is not a literal")
            if isinstance(text, ast.JoinedStr | ast.BinOp):
                wrong.append(f"{path.name}:{call.lineno}: translate() of an f-string or a sum")
            if len(call.args) >= 4 and not isinstance(call.args[3], ast.Constant):
                wrong.append(f"{path.name}:{call.lineno}: a plural through translate(): lupdate misses it (Counts)")
    assert wrong == []
