"""Every page and tab, in normal and in presentation mode, at a projector's 1280×720; and the discussion view.

Run under Xvfb (see ``screenshots.py`` for the Debian packages):

    xvfb-run -a -s "-screen 0 1280x720x24" .venv/bin/python scripts/tour_screenshots.py docs/screenshots/tour

Each picture is the window as grabbed (``QWidget.grab``), named
``<mode>-<step>[-<tab>].png``; the discussion view is ``presentation-discussion.png``.
The sample plan's results are revealed first, so the Ranking tabs show them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="tour-config-")
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="tour-data-")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from planner_gui.ui.app import make_application
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.steps import STEPS
from planner_gui.ui.style import apply_style

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots/tour")
WIDTH, HEIGHT = 1280, 720


def save(widget: QWidget, path: Path) -> None:
    """The widget as grabbed, in 256 colours when ImageMagick is there (a third smaller, the text as sharp)."""
    widget.grab().save(str(path))
    if shutil.which("convert"):
        subprocess.run(["convert", str(path), "-strip", "-colors", "256", f"PNG8:{path}"], check=True)
    print(f"wrote {path}")


def settle(app: QApplication, ms: int = 250) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()


def slug(text: str) -> str:
    words = "".join(c if c.isalnum() else " " for c in text.replace("&", "").lower())
    return "-".join(w for w in words.split() if not w.isdigit())


def tour(app: QApplication, window: MainWindow) -> None:
    window.open_sample(fresh=True)
    settle(app, 600)
    ranking = window.workspace.page(next(i for i, s in enumerate(STEPS) if s.key == "ranking"))
    if not ranking.results.revealed():  # type: ignore[attr-defined]
        ranking.results.toggle_reveal()  # type: ignore[attr-defined]
    for mode in ("normal", "presentation"):
        if (mode == "presentation") != window.presentation_action.isChecked():
            window.presentation_action.trigger()
        for row, step in enumerate(STEPS):
            window.workspace.go_to(row)
            settle(app, 300)
            page = window.workspace.current_page()
            tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
            shown: list[tuple[str, QWidget | None]] = [("", None)]
            if tabs:
                shown = [(slug(tabs[0].tabText(i)), tabs[0].widget(i)) for i in range(tabs[0].count())]
            for name, widget in shown:
                if widget is not None:
                    tabs[0].setCurrentWidget(widget)
                    settle(app, 250)
                path = OUT / f"{mode}-{step.number}-{slug(step.title)}{'-' + name if name else ''}.png"
                save(window, path)
    ranking.tabs.setCurrentWidget(ranking.results)  # type: ignore[attr-defined]
    ranking.results.contested_first()  # type: ignore[attr-defined]
    settle(app)
    ranking.results.discuss()  # type: ignore[attr-defined]
    settle(app, 500)
    save(ranking.results.discussion, OUT / "presentation-discussion.png")  # type: ignore[attr-defined]
    ranking.results.discussion.close()  # type: ignore[attr-defined]
    window.presentation_action.trigger()
    app.quit()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = make_application()
    apply_style(app)
    window = MainWindow()
    window.setGeometry(0, 0, WIDTH, HEIGHT)
    window.show()
    QTimer.singleShot(300, lambda: tour(app, window))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
