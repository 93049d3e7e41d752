"""The program's icons: our own glyph font, drawn as qtawesome drew it, without qtawesome at run time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPalette, QRawFont

from planner_gui.resources import ResourcesMissing, resource_path
from planner_gui.ui import icons

ROOT = Path(__file__).resolve().parents[1]
NORMAL, DISABLED = QIcon.Mode.Normal, QIcon.Mode.Disabled
# A few icons of different shapes, with the colours the program gives them (None: the palette's text colour).
SAMPLES = [("undo", None), ("state-done", None), ("step-ranking", "#3366cc"), ("add", "white"), ("bullet", "#c0392b")]


def _codes() -> dict[str, str]:
    return json.loads(resource_path("icons", "glyphs.json").read_text(encoding="utf-8"))


def _image(icon: QIcon, size: int = 32, mode: QIcon.Mode = NORMAL) -> QImage:
    return icon.pixmap(QSize(size, size), mode).toImage().convertToFormat(QImage.Format.Format_ARGB32)


def _pixels(image: QImage) -> list[QColor]:
    return [image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width())]


def _text_color(group: QPalette.ColorGroup) -> QColor:
    return QGuiApplication.palette().color(group, QPalette.ColorRole.Text)


def test_every_name_has_a_glyph_in_the_font(qapp: QGuiApplication) -> None:
    codes = _codes()
    assert set(codes) == set(icons._NAMES.values())  # no glyph missing, none left over
    font = QRawFont(str(resource_path("icons", "glyphs.ttf")), 32)
    assert font.isValid()
    for meaning, glyph in icons._NAMES.items():
        char = chr(int(codes[glyph], 16))
        assert font.supportsCharacter(ord(char)), (meaning, glyph)
        assert font.glyphIndexesForString(char)[0] != 0, (meaning, glyph)  # not .notdef


@pytest.mark.parametrize(("name", "color"), SAMPLES)
def test_icons_draw_in_their_colour_and_the_palettes_disabled_colour(
    qapp: QGuiApplication, name: str, color: str | None
) -> None:
    icon = icons.icon(name, color)
    assert not icon.isNull()
    expected = {
        NORMAL: QColor(color) if color else _text_color(QPalette.ColorGroup.Active),
        DISABLED: _text_color(QPalette.ColorGroup.Disabled),
    }
    for mode, want in expected.items():
        pixels = _pixels(_image(icon, 32, mode))
        solid = [pixel for pixel in pixels if pixel.alpha() == 255]
        assert len(solid) > 20, f"{name} draws almost nothing in {mode}"
        assert {pixel.rgb() for pixel in solid} == {want.rgb()}, (name, mode)
        assert any(pixel.alpha() == 0 for pixel in pixels)  # a glyph, not a filled square


def test_every_icon_draws_something(qapp: QGuiApplication) -> None:
    for name in icons._NAMES:
        assert any(pixel.alpha() for pixel in _pixels(_image(icons.icon(name), 16))), name


def test_icons_are_cached_and_unknown_names_are_refused(qapp: QGuiApplication) -> None:
    assert icons.icon("undo") is icons.icon("undo")
    assert icons.icon("undo", "white") is not icons.icon("undo")
    with pytest.raises(KeyError):
        icons.icon("no-such-icon")


def test_high_dpi_pixmaps_are_drawn_at_full_resolution(qapp: QGuiApplication) -> None:
    pixmap = icons.icon("undo").pixmap(QSize(16, 16), 2.0)
    assert (pixmap.width(), pixmap.height(), pixmap.devicePixelRatio()) == (32, 32, 2.0)
    assert _pixels(pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)) == _pixels(_image(icons.icon("undo")))


def test_without_the_font_icons_are_blank_but_usable(
    qapp: QGuiApplication, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def missing(*parts: str) -> Path:
        raise ResourcesMissing(f"The program's resource {'/'.join(parts)} is missing.")

    monkeypatch.setattr(icons, "_loaded", [])
    monkeypatch.setattr(icons, "resource_path", missing)
    blank = icons.GlyphIconEngine("mdi6.undo")
    image = QIcon(blank).pixmap(QSize(24, 24)).toImage()
    assert image.size() == QSize(24, 24)
    assert not any(pixel.alpha() for pixel in _pixels(image))
    assert "icon font could not be read" in caplog.text


def test_a_broken_font_file_gives_blank_icons(
    qapp: QGuiApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    broken = tmp_path / "glyphs.ttf"
    broken.write_bytes(b"not a font")
    real = icons.resource_path
    monkeypatch.setattr(icons, "_loaded", [])
    monkeypatch.setattr(icons, "resource_path", lambda *parts: broken if parts[-1] == "glyphs.ttf" else real(*parts))
    image = QIcon(icons.GlyphIconEngine("mdi6.undo")).pixmap(QSize(24, 24)).toImage()
    assert not any(pixel.alpha() for pixel in _pixels(image))


def test_the_program_draws_icons_without_qtawesome_or_qtpy() -> None:
    script = (
        "import sys\n"
        "from PySide6.QtCore import QSize\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "import planner_gui.ui.icons as icons\n"
        "imported = 'qtawesome' in sys.modules, 'qtpy' in sys.modules\n"
        "app = QGuiApplication([])\n"
        "icons.icon('undo').pixmap(QSize(16, 16))\n"
        "print(*imported, 'qtawesome' in sys.modules, 'qtpy' in sys.modules)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False"] * 4


def test_the_code_points_are_qtawesomes() -> None:
    qtawesome = pytest.importorskip("qtawesome")
    charmap_path = Path(qtawesome.__file__).parent / "fonts" / "materialdesignicons6-webfont-charmap-6.9.96.json"
    charmap = json.loads(charmap_path.read_text(encoding="utf-8"))
    for glyph, code in _codes().items():
        assert int(code, 16) == int(charmap[glyph.removeprefix("mdi6.")], 16), glyph


@pytest.mark.parametrize(("name", "color"), SAMPLES)
@pytest.mark.parametrize("mode", [NORMAL, DISABLED], ids=["normal", "disabled"])
def test_the_icons_look_as_qtawesome_drew_them(
    qapp: QGuiApplication, name: str, color: str | None, mode: QIcon.Mode
) -> None:
    qta = pytest.importorskip("qtawesome")
    ours = _pixels(_image(icons.icon(name, color), 32, mode))
    theirs = _pixels(_image(qta.icon(icons._NAMES[name], **({"color": color} if color else {})), 32, mode))
    ink = sum(pixel.alpha() for pixel in theirs)
    assert ink > 0
    # The same glyph in the same place: the alpha masks differ by at most a little antialiasing.
    assert sum(abs(a.alpha() - b.alpha()) for a, b in zip(ours, theirs, strict=True)) <= 0.03 * ink
    solid = [(a.rgb(), b.rgb()) for a, b in zip(ours, theirs, strict=True) if a.alpha() == b.alpha() == 255]
    assert solid
    assert all(a == b for a, b in solid)  # and the same colour
