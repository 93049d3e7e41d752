"""Opening a workbook someone handed over, safely: size and zip-bomb guards before openpyxl parses anything.

openpyxl reads XML through defusedxml (a dependency), so entity bombs and
external entities are refused while parsing; the workbook is opened read-only
(streamed) with cached values, so a formula is read as the value it last showed
and is never evaluated.
"""

from __future__ import annotations

import zipfile
import zlib
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
