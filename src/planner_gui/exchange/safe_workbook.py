"""Opening a workbook someone handed over, safely: size and zip-bomb guards before openpyxl parses anything.

openpyxl reads XML through defusedxml (a dependency), so entity bombs and
external entities are refused while parsing; the workbook is opened read-only
(streamed) with cached values, so a formula is read as the value it last showed
and is never evaluated.
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planner_gui.core.errors import PlanError

MAX_ENTRIES = 2_000  # a workbook is a few dozen parts
# What reading a damaged sheet's rows can raise (openpyxl reads rows lazily, after the file opened fine):
# a bad checksum, a cut-off part, malformed XML, a number cell holding a word, a stick pulled mid-read.
DAMAGE = (zipfile.BadZipFile, zlib.error, SyntaxError, ValueError, EOFError, OSError)


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
        raise refuse(f"is a folder, not a {what}.")
    try:
        size = path.stat().st_size
    except OSError as error:
        raise refuse(f"can't be read: {error.strerror or error}.") from None
    if size > max_bytes:
        raise refuse(f"is {size // (1024 * 1024)} MB, more than any {what} this program reads.")
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
        if len(entries) > MAX_ENTRIES or sum(info.file_size for info in entries) > max_unpacked:
            raise refuse(f"unpacks to far more than any {what}; it is not one.")
        return load_workbook(path, read_only=True, data_only=True)
    except WorkbookRefused:
        raise
    except PermissionError:
        raise refuse("can't be read: you don't have permission to open it.") from None
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, TypeError, OSError, EOFError):
        raise refuse("is not an Excel workbook (.xlsx) that can be read.") from None
    except Exception as error:  # malformed or hostile XML inside a zip, and the like
        raise refuse(f"is damaged and can't be read ({type(error).__name__}).") from None


# ------------------------------------------------------------------ merged cells
# openpyxl's read-only mode gives a merged range as its top-left value and blanks, without a word: the
# ranges are read here from the sheets' XML, so an importer can refuse what it would otherwise misread.

_MERGE_MARK = b"mergeCell"
_CHUNK = 1 << 20


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


def merged_cells(path: Path, sheets: Iterable[str]) -> dict[str, list[Merge]]:
    """The merged ranges of each of ``sheets`` (by name) in the workbook at ``path``; sheets without any are left out.

    Cheap for the usual workbook: a sheet's XML is parsed (through defusedxml)
    only if the word ``mergeCell`` occurs in it. Raises what ``DAMAGE`` lists
    for a damaged or hostile part.
    """
    wanted = set(sheets)
    found: dict[str, list[Merge]] = {}
    with zipfile.ZipFile(path) as archive:
        for name, part in _sheet_parts(archive).items():
            if name in wanted and _mentions_merges(archive, part):
                merges = _read_merges(archive, part)
                if merges:
                    found[name] = merges
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


def _mentions_merges(archive: zipfile.ZipFile, part: str) -> bool:
    try:
        stream = archive.open(part)
    except KeyError:
        return False
    with stream:
        tail = b""
        while chunk := stream.read(_CHUNK):
            if _MERGE_MARK in tail + chunk[: len(_MERGE_MARK)] or _MERGE_MARK in chunk:
                return True
            tail = chunk[-len(_MERGE_MARK) :]
    return False


def _read_merges(archive: zipfile.ZipFile, part: str) -> list[Merge]:
    from defusedxml.ElementTree import iterparse  # type: ignore[import-untyped]
    from openpyxl.utils.cell import range_boundaries

    merges = []
    with archive.open(part) as stream:
        for _event, element in iterparse(stream, events=("end",)):
            tag = _local(element.tag)
            if tag == "mergeCell":
                ref = str(element.get("ref", "")).replace("$", "").upper()
                min_col, min_row, max_col, max_row = range_boundaries(ref)
                if None not in (min_col, min_row, max_col, max_row):
                    merges.append(Merge(ref, min_col, min_row, max_col, max_row))  # type: ignore[arg-type]
            elif tag == "row":
                element.clear()  # a sheet of many rows is read without keeping them
    return merges
