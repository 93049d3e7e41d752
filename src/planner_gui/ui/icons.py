"""One icon family for the whole program: Material Design Icons 6, drawn from our own small font.

Names here are what the icon means in the program, not what it draws. The
glyphs come from resources/icons/glyphs.ttf, which holds just the ones named
below (glyphs.json gives their code points); scripts/make_glyph_font.py makes
both from qtawesome's copy of the font: run it after changing _NAMES.

Each icon is drawn as qtawesome drew it (its default "text" mode), so the look
is unchanged without importing qtawesome and qtpy or loading every icon font at
start-up: the glyph in the given colour, or else the palette's text colour (read
when drawn), at 7/8 of the icon's height, centred; the palette's disabled text
colour when the icon is disabled, whatever its colour.
"""

from __future__ import annotations

import json
import logging
from functools import cache
from typing import NamedTuple

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap

from planner_gui.resources import resource_path

log = logging.getLogger(__name__)

_NAMES = {
    "new": "mdi6.file-plus-outline",
    "open": "mdi6.folder-open-outline",
    "sample": "mdi6.play-circle-outline",
    "save-copy": "mdi6.content-save-outline",
    "save-as": "mdi6.content-save-edit-outline",
    "close": "mdi6.close",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "add": "mdi6.plus",
    "add-goal": "mdi6.flag-plus-outline",
    "delete": "mdi6.delete-outline",
    "up": "mdi6.arrow-up",
    "down": "mdi6.arrow-down",
    "sort": "mdi6.sort-numeric-ascending",
    "presentation": "mdi6.presentation",
    "about": "mdi6.information-outline",
    "read-only": "mdi6.lock-outline",
    "state-done": "mdi6.check-circle",
    "state-progress": "mdi6.progress-clock",
    "state-todo": "mdi6.circle-outline",
    "step-plan": "mdi6.file-document-outline",
    "step-achievements": "mdi6.trophy-outline",
    "step-review": "mdi6.clipboard-text-search-outline",
    "step-context": "mdi6.earth",
    "step-ranking": "mdi6.vote-outline",
    "step-strategies": "mdi6.map-marker-path",
    "step-export": "mdi6.file-export-outline",
    "previous": "mdi6.chevron-left",
    "next": "mdi6.chevron-right",
    "goal": "mdi6.flag-outline",
    "objective": "mdi6.target",
    "notes": "mdi6.note-edit-outline",
    "indent": "mdi6.format-indent-increase",
    "outdent": "mdi6.format-indent-decrease",
    "section": "mdi6.view-agenda-outline",
    "template": "mdi6.file-tree-outline",
    "agenda": "mdi6.calendar-clock",
    "timer-start": "mdi6.play",
    "timer-pause": "mdi6.pause",
    "timer-next": "mdi6.skip-next",
    "timer-reset": "mdi6.restore",
    "filter": "mdi6.filter-variant",
    "edit": "mdi6.pencil-outline",
    "sub-point": "mdi6.subdirectory-arrow-right",
    "move-to": "mdi6.folder-move-outline",
    "stakeholders": "mdi6.account-group-outline",
    "analysis": "mdi6.format-list-bulleted",
    "bullet": "mdi6.circle-medium",
    "sub-bullet": "mdi6.minus",
    "reveal": "mdi6.eye-outline",
    "hide": "mdi6.eye-off-outline",
    "ballot": "mdi6.ballot-outline",
    "submit": "mdi6.check-bold",
    "discard": "mdi6.close",
    "workbook-out": "mdi6.file-export-outline",
    "workbook-in": "mdi6.file-import-outline",
    "spreadsheet": "mdi6.file-excel-outline",
    "print": "mdi6.printer-outline",
    "pdf": "mdi6.file-pdf-box",
    "baseline": "mdi6.flag-checkered",
}


class _Glyphs(NamedTuple):
    family: str  # the font's family; "" when it did not load
    chars: dict[str, str]  # MDI name ("mdi6.undo") -> its character


_NO_GLYPHS = _Glyphs("", {})
_loaded: list[_Glyphs] = []  # the font, once loaded (it needs a running QGuiApplication)


def _read_glyphs() -> _Glyphs:
    try:
        codes = json.loads(resource_path("icons", "glyphs.json").read_text(encoding="utf-8"))
        chars = {name: chr(int(code, 16)) for name, code in codes.items()}
        font_id = QFontDatabase.addApplicationFont(str(resource_path("icons", "glyphs.ttf")))
    except Exception:  # a broken install draws no icons, it does not stop the program
        log.warning("The icon font could not be read; icons are left blank.", exc_info=True)
        return _NO_GLYPHS
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id != -1 else []
    if not families:
        log.warning("The icon font could not be loaded; icons are left blank.")
        return _NO_GLYPHS
    return _Glyphs(families[0], chars)


def _glyphs() -> _Glyphs:
    """The icon font, loaded on first use (and never before the application exists)."""
    if not _loaded:
        if QGuiApplication.instance() is None:
            return _NO_GLYPHS
        _loaded.append(_read_glyphs())
    return _loaded[0]


def _text_color(group: QPalette.ColorGroup) -> QColor:
    return QGuiApplication.palette().color(group, QPalette.ColorRole.Text)


class GlyphIconEngine(QIconEngine):
    """Draws one glyph of the icon font, as qtawesome's CharIconEngine did."""

    def __init__(self, glyph: str, color: str | None = None) -> None:
        super().__init__()
        self.glyph = glyph  # the MDI name, "mdi6.undo"
        self.color = color  # None: the palette's text colour when painted

    def pen_color(self, mode: QIcon.Mode) -> QColor:
        if mode == QIcon.Mode.Disabled:
            return _text_color(QPalette.ColorGroup.Disabled)
        return QColor(self.color) if self.color else _text_color(QPalette.ColorGroup.Active)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        glyphs = _glyphs()
        char = glyphs.chars.get(self.glyph)
        size = round(0.875 * rect.height())
        if not char or size < 1:
            return
        font = QFont()
        font.setFamily(glyphs.family)
        font.setPixelSize(size)
        painter.save()
        painter.setPen(self.pen_color(mode))
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        """Drawn in device pixels, so the glyph stays crisp on a high-DPI screen."""
        if size.isEmpty():
            return QPixmap()
        scale = scale if scale > 0 else 1.0
        device = QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        pixmap = QPixmap(device)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, device.width(), device.height()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphIconEngine(self.glyph, self.color)

    def key(self) -> str:
        return "planner_gui.glyph"


@cache
def icon(name: str, color: str | None = None) -> QIcon:
    glyph = _NAMES[name]
    _glyphs()  # load the font with the first icon
    return QIcon(GlyphIconEngine(glyph, color or None))


@cache
def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "retreat-planner.svg")))
