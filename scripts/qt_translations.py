"""The window's translations: Qt's .ts sources in translations/, compiled to .qm inside the package.

    python scripts/qt_translations.py update     # pyside6-lupdate: the window's strings into translations/*.ts
    python scripts/qt_translations.py compile    # pyside6-lrelease: translations/*.ts into the package's .qm files
    python scripts/qt_translations.py compile --out DIR
    python scripts/qt_translations.py stale      # exit 1 (naming them) if a .qm is missing or older than its .ts

``update`` reads every Python file under ``src/planner_gui/ui`` (the window's
words; the Qt-free half's are gettext's, in ``src/planner_gui/locale``) and
merges what it finds into each language's .ts: new strings come in unfinished,
vanished ones go. ``planner_en.ts`` holds only the plural forms (``%n``), as Qt
needs for English too. Translate the others in Qt Linguist
(``.venv/bin/pyside6-linguist translations/planner_fr.ts``) or in a text editor.

The .qm files are build output, never committed: ``scripts/setup.sh`` compiles
them for a checkout (and the tests), ``hatch_build.py`` for the wheel, and the
PyInstaller spec for the bundle. Both tools ship with PySide6-Essentials, a
dependency of the program, so wherever the program can run they are there.
Standard library only: the wheel's build hook imports this module.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "planner_gui" / "ui"
TS_DIR = ROOT / "translations"
QM_DIR = SOURCES / "translations"  # where ui/language.py looks for them
LANGUAGES = ("en", "fr", "es")  # English: the plural forms only
PREFIX = "planner_"


def ts_file(code: str) -> Path:
    return TS_DIR / f"{PREFIX}{code}.ts"


def qm_name(code: str) -> str:
    return f"{PREFIX}{code}.qm"


def _tool(name: str) -> list[str]:
    """PySide6's own copy of a Linguist tool, found beside the PySide6 package of this Python."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.is_file():
            return [str(candidate)]
    raise SystemExit(f"translations: {name} is not in {folder}; install PySide6-Essentials")


def update(ts_dir: Path = TS_DIR, *, quiet: bool = True) -> None:
    """Merge the window's strings into the .ts files in ``ts_dir`` (created if missing)."""
    ts_dir.mkdir(parents=True, exist_ok=True)
    common = [*_tool("lupdate"), "-extensions", "py", "-no-obsolete", "-locations", "relative"]
    if quiet:
        common.append("-silent")
    for code in LANGUAGES:
        target = ts_dir / f"{PREFIX}{code}.ts"
        options = ["-pluralonly", "-source-language", "en"] if code == "en" else ["-source-language", "en"]
        subprocess.run(
            [*common, *options, "-target-language", code, str(SOURCES), "-ts", str(target)],
            check=True,
            cwd=ROOT,
        )


def compile_all(out: Path = QM_DIR, ts_dir: Path = TS_DIR) -> list[Path]:
    """Compile each language's .ts into ``out``; returns the .qm files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for code in LANGUAGES:
        target = out / qm_name(code)
        subprocess.run(
            [*_tool("lrelease"), "-silent", "-nounfinished", str(ts_dir / f"{PREFIX}{code}.ts"), "-qm", str(target)],
            check=True,
        )
        written.append(target)
    return written


def stale(out: Path = QM_DIR) -> list[str]:
    """The languages whose .qm is missing or older than its .ts."""
    found = []
    for code in LANGUAGES:
        qm = out / qm_name(code)
        if not qm.is_file() or qm.stat().st_mtime < ts_file(code).stat().st_mtime:
            found.append(code)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("update", "compile", "stale"))
    parser.add_argument("--out", type=Path, default=QM_DIR, help="where compile writes the .qm files")
    args = parser.parse_args(argv)
    if args.command == "update":
        update(quiet=False)
    elif args.command == "compile":
        for path in compile_all(args.out):
            print(path)
    else:
        languages = stale(args.out)
        if languages:
            print("stale: " + " ".join(languages))
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
