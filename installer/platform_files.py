"""The platform files around the bundle: the Windows version resource, the macOS Info.plist, the Linux desktop files.

Each is kept in ``installer/`` as text; what depends on the program's version is
filled in from ``planner_gui.__version__`` at build time, so nothing here can
drift from the program.
"""

from __future__ import annotations

import plistlib
import re
import shutil
from pathlib import Path
from string import Template
from typing import Any
from xml.etree import ElementTree

HERE = Path(__file__).resolve().parent
APP_ID = "com.retreatplanner.RetreatPlanner"
EXE_NAME = "RetreatPlanner"
VERSION_TEMPLATE = HERE / "windows" / "version_info.txt"
INFO_PLIST = HERE / "macos" / "Info.plist"
LINUX = HERE / "linux"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO_FILE = LINUX / f"{APP_ID}.metainfo.xml"
MIME_FILE = LINUX / f"{APP_ID}.mime.xml"
INSTALL_SCRIPT = LINUX / "install-desktop-entry.sh"


def version_numbers(version: str) -> tuple[int, int, int, int]:
    """``"1.2.3"`` (or ``"1.2.3rc1"``) as Windows' four version numbers: (1, 2, 3, 0)."""
    numbers = [int(match) for match in re.findall(r"\d+", version.split("+")[0])[:4]]
    if not numbers:
        raise ValueError(f"no version numbers in {version!r}")
    padded = (*numbers, 0, 0, 0, 0)[:4]
    return padded[0], padded[1], padded[2], padded[3]


def render_version_info(version: str, out: Path, template: Path = VERSION_TEMPLATE) -> Path:
    """The Windows version file for ``version``, written to ``out`` (PyInstaller's EXE(version=...))."""
    text = Template(template.read_text(encoding="utf-8")).substitute(
        filevers=repr(version_numbers(version)), version=version
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    return out


def info_plist(version: str, source: Path = INFO_PLIST) -> dict[str, Any]:
    """The macOS Info.plist as a dictionary, with the bundle's version keys set to ``version``."""
    with source.open("rb") as handle:
        plist: dict[str, Any] = plistlib.load(handle)
    plist["CFBundleShortVersionString"] = version
    plist["CFBundleVersion"] = version
    return plist


def add_linux_files(bundle: Path, icons: Path) -> list[Path]:
    """Put the desktop entry, AppStream metadata, MIME type, icons and their installer into ``bundle``.

    ``bundle/share/`` mirrors ``/usr/share`` (for packagers), and
    ``bundle/install-desktop-entry.sh`` adds the menu entry for the user who
    unpacked the bundle.
    """
    share = bundle / "share"
    placed = {
        DESKTOP_FILE: share / "applications" / DESKTOP_FILE.name,
        METAINFO_FILE: share / "metainfo" / METAINFO_FILE.name,
        MIME_FILE: share / "mime" / "packages" / f"{APP_ID}.xml",
        INSTALL_SCRIPT: bundle / INSTALL_SCRIPT.name,
    }
    for source, target in placed.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    (bundle / INSTALL_SCRIPT.name).chmod(0o755)
    written = list(placed.values())
    for icon in sorted((icons / "hicolor").glob(f"*/apps/{APP_ID}.*")):
        target = share / "icons" / icon.relative_to(icons)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(icon, target)
        written.append(target)
    return written


def metainfo_releases(path: Path = METAINFO_FILE) -> list[str]:
    """The release versions in the AppStream metadata, newest first (as the file lists them)."""
    root = ElementTree.parse(path).getroot()  # our own file, not untrusted input
    return [release.attrib["version"] for release in root.iterfind("releases/release")]
