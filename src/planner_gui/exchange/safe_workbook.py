"""Opening a workbook someone handed over, safely: size and zip-bomb guards before openpyxl parses anything.

openpyxl reads XML through defusedxml (a dependency), so entity bombs and
external entities are refused while parsing; the workbook is opened read-only
(streamed) with cached values, so a formula is read as the value it last showed
and is never evaluated.
"""

from __future__ import annotations

import posixpath
import warnings
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from defusedxml import DefusedXmlException  # type: ignore[import-untyped]

from planner_gui.core.errors import PlanError
from planner_gui.i18n import N_, _

KINDS_OF_WORKBOOK = (N_("workbook"), N_("plan workbook"), N_("ballot"))  # what ``open_workbook`` is told it reads

MAX_ENTRIES = 2_000  # a workbook is a few dozen parts
# openpyxl holds a workbook's shared texts in memory, about six times their XML's size; its sheets it streams.
# This program writes its texts inline; Excel's copy of a 10,000-objective plan shares some 20 MB of them.
MAX_SHARED_TEXT = 128 * 1024 * 1024
# What reading a damaged sheet's rows can raise (openpyxl reads rows lazily, after the file opened fine):
# a bad checksum, a cut-off part, malformed XML, a number cell holding a word, a stick pulled mid-read.
# What a damaged or hostile part makes openpyxl (or the XML read here) raise: a shared string's index out of
# range is an IndexError, a cell of an unknown type a KeyError or TypeError…
DAMAGE = (zipfile.BadZipFile, zlib.error, SyntaxError, ValueError, EOFError, OSError, IndexError, KeyError, TypeError)


UNSAFE = N_("is unsafe to open")
_ENTITY_MARKS = (b"<!DOCTYPE", b"<!ENTITY")
_PROLOG_BYTES = 64 * 1024  # a declaration comes before a part's first element, so near its start


def _declares_entities(archive: zipfile.ZipFile, entries: Iterable[zipfile.ZipInfo]) -> bool:
    """Whether any part opens with a document type or entity declaration (no spreadsheet program writes one)."""
    for info in entries:
        if info.is_dir() or not info.filename.lower().endswith((".xml", ".rels", ".vml")):
            continue  # pictures (an SVG may well declare its type) are never parsed as the workbook's XML
        with archive.open(info) as stream:
            start = stream.read(_PROLOG_BYTES)
        if any(mark in start for mark in _ENTITY_MARKS):
            return True
    return False


class WorkbookRefused(PlanError):
    """The file can't be read as a workbook; the message says why (and starts with the file's name)."""


def open_workbook(path: Path, *, max_bytes: int, max_unpacked: int, what: str = "workbook") -> Any:
    """openpyxl's read-only workbook for ``path``, or WorkbookRefused. Close it when done."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    path = Path(path)

    def refuse(message: str) -> WorkbookRefused:
        return WorkbookRefused(f"{path.name} {message}")

    if path.is_dir():
        raise refuse(_("is a folder, not a {what}.").format(what=_(what)))
    if path.exists() and not path.is_file():  # a pipe or a device: reading it could wait for ever
        raise refuse(_("is not a file, so it can't be a {what}.").format(what=_(what)))
    if not path.parent.is_dir():  # the folder named is not there: say which, not only the file's name
        raise refuse(_("can't be read: the folder {folder} does not exist.").format(folder=path.parent))
    try:
        size = path.stat().st_size
    except OSError as error:
        raise refuse(_("can't be read: {error}.").format(error=error.strerror or error)) from None
    if size > max_bytes:
        raise refuse(
            _("is {size} MB, more than any {what} this program reads.").format(size=size // (1024 * 1024), what=_(what))
        )
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            shared = sum(info.file_size for info in entries if info.filename.lower().endswith("sharedstrings.xml"))
            too_big = sum(info.file_size for info in entries) > max_unpacked or shared > MAX_SHARED_TEXT
            if len(entries) > MAX_ENTRIES or too_big:
                raise refuse(
                    _("{unsafe}: it would unpack to far more than any {what} (a “zip bomb”). Nothing was read.").format(
                        unsafe=_(UNSAFE), what=_(what)
                    )
                )
            if _declares_entities(archive, entries):
                raise refuse(
                    _(
                        "{unsafe}: its XML declares entities, which spreadsheet programs never write (a way to "
                        "crash programs or read other files). Nothing was read."
                    ).format(unsafe=_(UNSAFE))
                )
        with warnings.catch_warnings():  # openpyxl's notes on a workbook's style: not the user's business
            warnings.simplefilter("ignore", UserWarning)
            return load_workbook(path, read_only=True, data_only=True)
    except WorkbookRefused:
        raise
    except DefusedXmlException:
        raise refuse(
            _("{unsafe}: its XML declares entities or refers to other files. Nothing was read.").format(
                unsafe=_(UNSAFE)
            )
        ) from None
    except PermissionError:
        raise refuse(_("can't be read: you don't have permission to open it.")) from None
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, TypeError, OSError, EOFError):
        raise refuse(_("is not an Excel workbook (.xlsx) that can be read.")) from None
    except Exception as error:  # malformed or hostile XML inside a zip, and the like
        raise refuse(_("is damaged and can't be read ({error}).").format(error=type(error).__name__)) from None


# ------------------------------------------------------------------ what openpyxl reads without a word
# openpyxl's read-only mode gives a merged range as its top-left value and blanks, and a formula with no saved
# value as a blank: the ranges and those formulas are read here from the sheets' XML, so an importer can
# refuse what it would otherwise misread.

_MARKS = (b"mergeCell", b"<f", b":f")  # a merged range; a formula (perhaps with a namespace prefix)
_CHUNK = 1 << 20
MAX_ROW, MAX_COL = 1_048_576, 16_384  # a sheet's last row and column, as Excel has them
UNSAVED_FORMULA = N_(
    "holds a formula with no saved value (the program that wrote the file did not calculate "
    "it): open the file in a spreadsheet program and save it, or type the value in."
)


@dataclass(frozen=True)
class Merge:
    """One merged range of a sheet, e.g. ``E2:E4`` (columns and rows from 1)."""

    ref: str
    min_col: int
    min_row: int
    max_col: int
    max_row: int

    def covers(self, row: int, col: int) -> bool:
        return self.min_row <= row <= self.max_row and self.min_col <= col <= self.max_col

    def reaches(self, first_row: int, columns: Iterable[int]) -> bool:
        """Whether the range reaches row ``first_row`` or below in any of ``columns``."""
        return self.max_row >= first_row and any(self.min_col <= col <= self.max_col for col in columns)


@dataclass(frozen=True)
class SheetMarks:
    """What a sheet holds that its values alone don't show: merged ranges, formulas with no saved value."""

    merges: tuple[Merge, ...] = ()
    unsaved: frozenset[tuple[int, int]] = frozenset()  # (row, column) of each formula with no value, from 1


def has_cells(sheet: object) -> bool:
    """Whether a workbook's sheet is one of cells (a chart sheet, whatever its name, has none to read)."""
    return hasattr(sheet, "iter_rows")


def sheet_marks(path: Path, sheets: Iterable[str]) -> dict[str, SheetMarks]:
    """The marks of each of ``sheets`` (by name) in the workbook at ``path``; sheets with none are left out.

    Cheap for the usual workbook: a sheet's XML is streamed once looking for
    the words that start a merge or a formula, and looked at more closely only
    if one is there. Raises what ``DAMAGE`` lists for a damaged or hostile part.
    """
    wanted = set(sheets)
    found: dict[str, SheetMarks] = {}
    with zipfile.ZipFile(path) as archive:
        for name, part in _sheet_parts(archive).items():
            if name not in wanted:
                continue
            seen = _marks_in(archive, part)
            merges = tuple(_read_merges(archive, part)) if _MARKS[0] in seen else ()
            unsaved = _unsaved_formulas(archive, part) if seen & set(_MARKS[1:]) else frozenset()
            if merges or unsaved:
                found[name] = SheetMarks(merges, unsaved)
    return found


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _relationships(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """Relationship id -> (type, target part) of ``part``; empty if it has none."""
    from defusedxml.ElementTree import fromstring  # type: ignore[import-untyped]

    folder, name = posixpath.split(part)
    rels = posixpath.join(folder, "_rels", f"{name}.rels")
    try:
        root = fromstring(archive.read(rels))
    except KeyError:
        return {}
    found = {}
    for rel in root:
        target = rel.get("Target", "")
        target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        found[rel.get("Id", "")] = (rel.get("Type", ""), target)
    return found


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> the zip part holding its XML, as the workbook's relationships say."""
    from defusedxml.ElementTree import fromstring  # type: ignore[import-untyped]

    book = next(
        (target for kind, target in _relationships(archive, "").values() if kind.endswith("/officeDocument")),
        "xl/workbook.xml",
    )
    try:
        root = fromstring(archive.read(book))
    except KeyError:
        return {}
    rels = _relationships(archive, book)
    parts = {}
    for element in root.iter():
        if _local(element.tag) != "sheet":
            continue
        rid = next((value for key, value in element.attrib.items() if key.startswith("{") and _local(key) == "id"), "")
        if rid in rels and element.get("name"):
            parts[element.get("name", "")] = rels[rid][1]
    return parts


def _marks_in(archive: zipfile.ZipFile, part: str) -> set[bytes]:
    """Which of ``_MARKS`` occur in ``part`` (streamed: the part is never held whole)."""
    seen: set[bytes] = set()
    try:
        stream = archive.open(part)
    except KeyError:
        return seen
    width = max(len(mark) for mark in _MARKS)
    with stream:
        tail = b""
        while chunk := stream.read(_CHUNK):
            window = tail + chunk
            seen.update(mark for mark in _MARKS if mark in window)
            if len(seen) == len(_MARKS):
                break
            tail = chunk[-width:]
    return seen


def _unsaved_formulas(archive: zipfile.ZipFile, part: str) -> frozenset[tuple[int, int]]:
    """(row, column) of each cell of ``part`` holding a formula and no saved value.

    The sheet is streamed (rows let go as read) and each cell placed as
    openpyxl places it: by its ``r`` if it has one, in any quoting, else next
    after the cell before it (a row with no ``r``, next after the row before).
    Only sheets with a formula in them get here; this program's own have none.
    """
    from defusedxml.ElementTree import iterparse  # type: ignore[import-untyped]
    from openpyxl.utils.cell import coordinate_to_tuple

    found: set[tuple[int, int]] = set()
    row_number = column = 0
    with archive.open(part) as stream:
        for event, element in iterparse(stream, events=("start", "end")):
            tag = _local(element.tag)
            if event == "start":
                if tag == "row":
                    row_number = _row_number(element.get("r"), row_number)
                    column = 0
                continue
            if tag == "c":
                ref = element.get("r")
                if ref:
                    row_number, column = coordinate_to_tuple(ref.replace("$", "").upper())
                else:
                    column += 1
                children = {_local(child.tag): child for child in element}
                saved = "is" in children or bool((children["v"].text if "v" in children else "") or "")
                if "f" in children and not saved:
                    found.add((row_number, column))
            elif tag == "row":
                element.clear()  # a sheet of many rows is read without keeping them
    return frozenset(found)


def _row_number(ref: str | None, previous: int) -> int:
    if not ref:
        return previous + 1
    return int(float(ref))  # (some writers put "7.0")


def _read_merges(archive: zipfile.ZipFile, part: str) -> list[Merge]:
    from defusedxml.ElementTree import iterparse  # type: ignore[import-untyped]
    from openpyxl.utils.cell import range_boundaries

    merges = []
    with archive.open(part) as stream:
        for _event, element in iterparse(stream, events=("end",)):
            tag = _local(element.tag)
            if tag == "mergeCell":
                ref = str(element.get("ref", "")).replace("$", "").upper()
                try:
                    min_col, min_row, max_col, max_row = range_boundaries(ref)
                except (TypeError, ValueError):
                    continue  # no range at all (a merge of nothing hides no value)
                # A whole column (C:C) or row (7:9) is merged from its first cell to the sheet's last.
                merges.append(Merge(ref, min_col or 1, min_row or 1, max_col or MAX_COL, max_row or MAX_ROW))
            elif tag == "row":
                element.clear()  # a sheet of many rows is read without keeping them
    return merges
