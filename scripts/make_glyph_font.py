"""Make the program's icon font: resources/icons/glyphs.ttf and glyphs.json.

The program draws its icons as glyphs of Material Design Icons 6 (the font
qtawesome ships), but carries only the few glyphs it uses. This dev tool cuts
them out of qtawesome's copy of the font; run it by hand after adding or
changing a name in planner_gui.ui.icons._NAMES (the one list of names):

    .venv/bin/pip install -e '.[icons]'    # qtawesome and fonttools, dev only
    .venv/bin/python scripts/make_glyph_font.py

Writes glyphs.ttf (the subset, renamed so it never clashes with a full copy of
the font) and glyphs.json (each MDI name used, such as "mdi6.undo", to its code
point in hex). The same inputs give the same bytes. With --check it writes
nothing and fails when the files in resources/icons/ are out of date.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "icons"
PREFIX = "mdi6"
FONT_FILE = "materialdesignicons6-webfont-6.9.96.ttf"
CHARMAP_FILE = "materialdesignicons6-webfont-charmap-6.9.96.json"
FAMILY = "Retreat Planner Glyphs"
DESCRIPTION = (
    "The glyphs Retreat Planner uses, cut from Material Design Icons 6.9.96 (Pictogrammers, "
    "Apache License 2.0) by scripts/make_glyph_font.py. See GLYPHS-LICENSE.txt."
)


def used_names() -> list[str]:
    """The MDI names the program uses ("mdi6.undo", ...), sorted, each once."""
    sys.path.insert(0, str(ROOT / "src"))
    from planner_gui.ui.icons import _NAMES

    return sorted(set(_NAMES.values()))


def source_files() -> tuple[Path, Path]:
    """qtawesome's copy of the Material Design Icons 6 font and its charmap."""
    try:
        import qtawesome
    except ImportError:
        sys.exit("make_glyph_font.py needs qtawesome: pip install -e '.[icons]'")
    fonts = Path(qtawesome.__file__).resolve().parent / "fonts"
    return fonts / FONT_FILE, fonts / CHARMAP_FILE


def codepoints(names: list[str], charmap_path: Path) -> dict[str, str]:
    """Each name's code point, in hex as qtawesome's charmap writes it ("F054C")."""
    charmap = json.loads(charmap_path.read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for name in names:
        prefix, _, glyph = name.partition(".")
        if prefix != PREFIX or glyph not in charmap:
            sys.exit(f"make_glyph_font.py: {name!r} is not a glyph of {CHARMAP_FILE} (prefix {PREFIX}.)")
        found[name] = f"{int(charmap[glyph], 16):X}"
    return found


def _rename(font: Any) -> None:
    """Our own family name, so the subset never stands in for (or is hidden by) a full copy of the font."""
    names = font["name"]
    for name_id in (16, 17, 21, 22):  # typographic and WWS family names, if any
        names.removeNames(nameID=name_id)
    for name_id, text in ((1, FAMILY), (3, FAMILY), (4, FAMILY), (6, FAMILY.replace(" ", "")), (10, DESCRIPTION)):
        names.setName(text, name_id, 3, 1, 0x409)  # Windows, Unicode, English: what Qt reads everywhere


def subset_font(font_path: Path, points: list[int]) -> bytes:
    """The font with just these code points (and .notdef), renamed to FAMILY."""
    try:
        from fontTools import subset
        from fontTools.ttLib import TTFont
    except ImportError:
        sys.exit("make_glyph_font.py needs fonttools: pip install -e '.[icons]'")
    logging.getLogger("fontTools").setLevel(logging.ERROR)  # the source font's harmless oddities
    options = subset.Options()
    options.layout_features = []
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "DSIG"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.recalc_timestamp = False
    # Keep each glyph's stored box as it is: the source font's boxes are not its outlines' and the
    # rasteriser places a glyph by its box and side bearing, so recomputed boxes would shift the glyphs.
    font = TTFont(str(font_path), recalcBBoxes=False, recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=points)
    subsetter.subset(font)
    _rename(font)
    out = io.BytesIO()
    font.save(out, reorderTables=True)
    return out.getvalue()


def build() -> dict[str, bytes]:
    """The files to write, by file name."""
    font_path, charmap_path = source_files()
    found = codepoints(used_names(), charmap_path)
    ttf = subset_font(font_path, sorted({int(code, 16) for code in found.values()}))
    charmap = (json.dumps(found, indent=2, sort_keys=True) + "\n").encode("utf-8")
    return {"glyphs.ttf": ttf, "glyphs.json": charmap}


def _read(path: Path) -> bytes | None:
    return path.read_bytes() if path.is_file() else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write into (default: resources/icons)")
    parser.add_argument("--check", action="store_true", help="write nothing; fail if the files are out of date")
    args = parser.parse_args(argv)
    files = build()
    if args.check:
        stale = [
            name
            for name, data in files.items()
            if not (args.out / name).is_file() or (args.out / name).read_bytes() != data
        ]
        for name in stale:
            print(f"{args.out / name} is out of date: run scripts/make_glyph_font.py", file=sys.stderr)
        return 1 if stale else 0
    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (args.out / name).write_bytes(data)
        print(f"wrote {args.out / name} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
