"""Take the README's screenshots from the real program on a real X display.

Run under Xvfb (needs Debian's xvfb, xauth, libxcb-icccm4, libxcb-keysyms1, imagemagick):

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py docs/screenshots

Each page is shown at 1366x768 (a common projector and laptop size) and captured
with ImageMagick's ``import -window root``: what a person would see.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="shots-config-")
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="shots-data-")

from PySide6.QtCore import QTimer

from planner_gui.ui.app import make_application
from planner_gui.ui.icons import app_icon
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.style import apply_style

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
OUT.mkdir(parents=True, exist_ok=True)


def capture(name: str) -> None:
    subprocess.run(["import", "-window", "root", str(OUT / f"{name}.png")], check=True)
    print(f"wrote {OUT / name}.png")


def main() -> int:
    app = make_application()
    app.setWindowIcon(app_icon())
    apply_style(app)
    window = MainWindow()
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    steps = []

    def later(delay: int, step) -> None:  # type: ignore[no-untyped-def]
        steps.append((delay, step))

    later(800, lambda: capture("welcome"))
    later(200, window.open_sample)
    later(800, lambda: capture("plan"))
    later(200, lambda: window.workspace.go_to(4))
    later(500, lambda: capture("upcoming-step"))
    later(200, window.presentation_action.trigger)
    later(200, lambda: window.workspace.go_to(0))
    later(800, lambda: capture("plan-presentation"))
    later(200, window.presentation_action.trigger)
    later(200, window.close)

    total = 0
    for delay, step in steps:
        total += delay
        QTimer.singleShot(total, step)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
