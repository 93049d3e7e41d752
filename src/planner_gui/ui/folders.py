"""Where file dialogs start: the folder last used, by any of them; and where the sample's copies live.

One setting (``settings.LAST_FOLDER``) serves every dialog that opens, saves,
exports or imports a file: the folder a person chose last is where the next
dialog starts, and a suggested name keeps its file name but sits in that
folder. Before any folder was chosen, the caller's own place is used (for an
export, next to the plan). The program's own folder of sample copies is never
suggested: nobody would find their file there again.

The settings are the window's (``MainWindow.prefs``): a dialog's parent leads
to them, so tests with settings of their own see only their own folders.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QWidget

from planner_gui.ui import settings


def sample_folder() -> Path:
    """Where the sample's copies are written: the program's own data folder (Qt's choice for the platform)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base) / "samples"


def prefs_of(widget: QWidget | None) -> settings.Settings | None:
    """The settings of the window holding ``widget`` (None for a dialog with no window behind it)."""
    prefs = getattr(widget.window(), "prefs", None) if widget is not None else None
    return prefs if isinstance(prefs, settings.Settings) else None


def _is_samples(folder: Path) -> bool:
    try:
        return folder.resolve() == sample_folder().resolve()
    except OSError:
        return False


def start_folder(widget: QWidget | None, fallback: Path | None = None) -> Path:
    """Where a dialog opened from ``widget`` starts: the folder last used, else ``fallback``, else home."""
    prefs = prefs_of(widget)
    last = prefs.get(settings.LAST_FOLDER) if prefs is not None else ""
    for folder in (Path(last) if last else None, fallback):
        if folder is not None and folder.is_dir() and not _is_samples(folder):
            return folder
    return Path.home()


def suggest(widget: QWidget | None, suggestion: Path) -> Path:
    """``suggestion``'s file name in the folder last used (or where ``suggestion`` is, when none was yet)."""
    return start_folder(widget, suggestion.parent) / suggestion.name


def remember(widget: QWidget | None, chosen: Path | None) -> None:
    """The folder of ``chosen`` (a file, or a folder) is where the next dialog starts."""
    prefs = prefs_of(widget)
    if prefs is None or chosen is None:
        return
    folder = chosen if chosen.is_dir() else chosen.parent
    if not _is_samples(folder):
        prefs.set(settings.LAST_FOLDER, str(folder.resolve()))
