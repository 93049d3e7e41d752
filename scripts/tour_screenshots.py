"""Every page and tab, in normal and in presentation mode, at a projector's 1280×720; and the discussion view.

Run under Xvfb (see ``screenshots.py`` for the Debian packages):

    xvfb-run -a -s "-screen 0 1280x720x24" .venv/bin/python scripts/tour_screenshots.py docs/screenshots/tour

Each picture is the window as grabbed (``QWidget.grab``), named
``<mode>-<step>[-<tab>].png``; the discussion view is ``presentation-discussion.png``.
The sample plan's results are revealed first, so the Ranking tabs show them.

In another language, at a laptop's 1366×768, normal mode only; the welcome screen,
a member's ballot and the discussion view too (``docs/screenshots/fr``, ``es``):

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/tour_screenshots.py docs/screenshots/fr \
        --language fr --size 1366x768 --modes normal
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="tour-config-")
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="tour-data-")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from planner_gui.ui import language, settings
from planner_gui.ui.app import make_application
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.steps import STEPS
from planner_gui.ui.style import apply_style

parser = argparse.ArgumentParser(description="Every page and tab of the window, as PNG files.")
parser.add_argument("out", nargs="?", default="docs/screenshots/tour", type=Path)
parser.add_argument("--language", choices=language.CODES, help="the window's language (default: the system's)")
parser.add_argument("--size", default="1280x720", help="the window's size, WIDTHxHEIGHT")
parser.add_argument("--modes", default="normal,presentation", help="normal, presentation or both")
ARGS = parser.parse_args(sys.argv[1:])
OUT = Path(ARGS.out)
WIDTH, HEIGHT = (int(n) for n in ARGS.size.split("x"))
MODES = [mode for mode in ARGS.modes.split(",") if mode]


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
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))  # ASCII names
    words = "".join(c if c.isalnum() else " " for c in plain.replace("&", "").lower())
    return "-".join(w for w in words.split() if not w.isdigit())


def tour(app: QApplication, window: MainWindow) -> None:
    if ARGS.language:
        settle(app, 300)
        save(window, OUT / "0-welcome.png")
    window.open_sample(fresh=True)
    settle(app, 600)
    ranking = window.workspace.page(next(i for i, s in enumerate(STEPS) if s.key == "ranking"))
    if not ranking.results.revealed():  # type: ignore[attr-defined]
        ranking.results.toggle_reveal()  # type: ignore[attr-defined]
    for mode in MODES:
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
                if ARGS.language:  # named by the step's key and the tab's place, then its words
                    index = f"-{shown.index((name, widget)) + 1}-{name}" if name else ""
                    path = OUT / f"{step.number}-{step.key}{index}.png"
                else:
                    path = OUT / f"{mode}-{step.number}-{slug(step.title)}{'-' + name if name else ''}.png"
                save(window, path)
    if ARGS.language:
        ballot(app, window, ranking)
        if "presentation" not in MODES:
            window.presentation_action.trigger()  # the discussion view is made for the wall
    ranking.tabs.setCurrentWidget(ranking.results)  # type: ignore[attr-defined]
    ranking.results.contested_first()  # type: ignore[attr-defined]
    settle(app)
    ranking.results.discuss()  # type: ignore[attr-defined]
    settle(app, 500)
    name = "5-ranking-discussion.png" if ARGS.language else "presentation-discussion.png"
    save(ranking.results.discussion, OUT / name)  # type: ignore[attr-defined]
    ranking.results.discussion.close()  # type: ignore[attr-defined]
    window.presentation_action.trigger()
    app.quit()


def ballot(app: QApplication, window: MainWindow, ranking: QWidget) -> None:
    """A member's ballot as they fill it in, in the window's language."""
    tab = ranking.ballots  # type: ignore[attr-defined]
    doc = window.plan.doc  # type: ignore[union-attr]
    member = doc.ranking.find_member("Samuel Okello")
    doc.ranking.restore_ballot(member.id, None)  # a member still to vote (the sample's have all voted)
    window.workspace.go_to(next(i for i, s in enumerate(STEPS) if s.key == "ranking"))
    ranking.tabs.setCurrentWidget(tab)  # type: ignore[attr-defined]
    settle(app)
    tab.select_member(member.id)
    tab.start_ballot()
    tab.booth.show_page(1)  # past the cover (one screen here)
    for priority in ("high", "high", "medium", "low", "dropped", "medium"):
        tab.form.set_current_priority(priority)
    settle(app, 400)
    save(tab.booth, OUT / "5-ranking-ballot.png")
    tab._abandon()
    settle(app)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    app = make_application()
    apply_style(app)
    if ARGS.language:
        language.language().use(ARGS.language)
    window = MainWindow()
    window.prefs.set(settings.SINGLE_SCREEN_NOTED, True)  # no note about one screen: nobody is there to close it
    window.setGeometry(0, 0, WIDTH, HEIGHT)
    window.show()
    QTimer.singleShot(300, lambda: tour(app, window))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
