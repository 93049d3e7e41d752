"""The frozen program's entry point: the same ``planner-gui`` command as the installed one.

One difference: the bundle leaves Qt's Wayland plugin out (see bundle_filter.py),
so on a Wayland desktop that also offers X11 (XWayland) the program asks Qt for
X11 straight away, instead of Qt trying Wayland first and warning that it is missing.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping


def prefer_x11_on_wayland(environ: MutableMapping[str, str], platform: str = sys.platform) -> None:
    """Ask Qt for xcb on a Linux Wayland desktop with XWayland, unless a platform was chosen already."""
    if not platform.startswith("linux") or "QT_QPA_PLATFORM" in environ:
        return
    if environ.get("WAYLAND_DISPLAY") and environ.get("DISPLAY"):
        environ["QT_QPA_PLATFORM"] = "xcb"


if __name__ == "__main__":
    prefer_x11_on_wayland(os.environ)

    from planner_gui.cli import main

    raise SystemExit(main())
