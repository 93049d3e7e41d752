"""Typed settings over QSettings: one registry of keys, each with type, default and meaning.

Settings live where Qt puts them for the platform (``~/.config/RetreatPlanner``
on Linux, the registry on Windows, ``~/Library/Preferences`` on macOS).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")
MAX_RECENT = 8
MAX_PLACES = 20  # plans whose step is remembered; the oldest is forgotten first


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type
    default: T
    doc: str


RECENT_FILES: Setting[list[str]] = Setting("files/recent", list, [], "Plans opened lately, newest first.")
LAST_FOLDER: Setting[str] = Setting(
    "files/last_folder", str, "", "The folder last used: of the last plan opened, or chosen in any file dialog."
)
REOPEN_LAST: Setting[bool] = Setting(
    "files/reopen_last", bool, True, "Reopen the last plan where it was left, when started without a file."
)
LAST_OPEN: Setting[str] = Setting(
    "files/last_open", str, "", "The plan open when the program stopped (none after File > Close Plan)."
)
PLACES: Setting[list[str]] = Setting(
    "files/places", list, [], "Where each plan was left, newest first: “step|tab|path” (step's key, tab's index)."
)
GEOMETRY: Setting[QByteArray] = Setting("window/geometry", QByteArray, QByteArray(), "Main window size and place.")
WINDOW_STATE: Setting[QByteArray] = Setting("window/state", QByteArray, QByteArray(), "Docks: the agenda shown or not.")
PRESENTATION: Setting[bool] = Setting("view/presentation", bool, False, "Presentation mode (large text) is on.")
PRESENTATION_SCALE: Setting[float] = Setting(
    "view/presentation_scale", float, 1.6, "How much presentation mode enlarges text and rows."
)
LANGUAGE: Setting[str] = Setting(
    "view/language", str, "", "The window's language: en, fr or es; empty for the system's (else English)."
)
SINGLE_SCREEN_NOTED: Setting[bool] = Setting(
    "ballot/single_screen_noted",
    bool,
    False,
    "The facilitator was told once that one screen or a mirrored projector shows the room each ballot.",
)

ALL_SETTINGS = (
    RECENT_FILES,
    LAST_FOLDER,
    REOPEN_LAST,
    LAST_OPEN,
    PLACES,
    GEOMETRY,
    WINDOW_STATE,
    PRESENTATION,
    PRESENTATION_SCALE,
    LANGUAGE,
    SINGLE_SCREEN_NOTED,
)


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._q = qsettings or QSettings()

    def get(self, setting: Setting[T]) -> T:
        if not self._q.contains(setting.key):
            return setting.default
        raw: Any = self._q.value(setting.key)
        try:
            if setting.type is bool:
                return (raw.lower() in ("true", "1")) if isinstance(raw, str) else bool(raw)  # type: ignore[return-value]
            if setting.type is list:
                if raw is None:
                    return []  # type: ignore[return-value]
                return [str(x) for x in (raw if isinstance(raw, list) else [raw])]  # type: ignore[return-value]
            if setting.type is QByteArray:
                return raw if isinstance(raw, QByteArray) else setting.default  # type: ignore[return-value]
            return setting.type(raw)  # type: ignore[no-any-return]
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        self._q.setValue(setting.key, value)

    def recent_files(self) -> list[Path]:
        return [Path(p) for p in self.get(RECENT_FILES)]

    def add_recent(self, path: Path, *, remember_folder: bool = True) -> None:
        """Put ``path`` first in recent plans; its folder becomes the one dialogs start in (``remember_folder``)."""
        text = str(Path(path).resolve())
        recent = [p for p in self.get(RECENT_FILES) if p != text]
        self.set(RECENT_FILES, [text, *recent][:MAX_RECENT])
        if remember_folder:
            self.set(LAST_FOLDER, str(Path(text).parent))

    def forget_recent(self, path: Path) -> None:
        text = str(Path(path).resolve())
        self.set(RECENT_FILES, [p for p in self.get(RECENT_FILES) if p != text])

    # --------------------------------------------------- where plans were left
    def place(self, path: Path) -> tuple[str, int] | None:
        """The step (its key) and tab (its index) where the plan at ``path`` was left, if remembered."""
        text = str(Path(path).resolve())
        for entry in self.get(PLACES):
            step, tab, where = [*entry.split("|", 2), "", ""][:3]
            if where == text:
                return step, int(tab) if tab.isdigit() else 0
        return None

    def remember_place(self, path: Path, step: str, tab: int) -> None:
        text = str(Path(path).resolve())
        kept = [entry for entry in self.get(PLACES) if entry.split("|", 2)[-1] != text]
        self.set(PLACES, [f"{step}|{tab}|{text}", *kept][:MAX_PLACES])

    def forget_place(self, path: Path) -> None:
        text = str(Path(path).resolve())
        self.set(PLACES, [entry for entry in self.get(PLACES) if entry.split("|", 2)[-1] != text])

    def plan_to_reopen(self) -> Path | None:
        """The plan to open at start (without a file named): the one open when the program stopped, if wished."""
        last = self.get(LAST_OPEN)
        return Path(last) if last and self.get(REOPEN_LAST) else None

    def sync(self) -> None:
        self._q.sync()
