"""The README's Decisions-by-keyboard screenshot, from the real program on a real X display.

    xvfb-run -a -s "-screen 0 1280x720x24" .venv/bin/python scripts/screenshot_decisions.py docs/screenshots

On a fresh sample copy, at 1280x720: D on Obj. 3 drops it and opens its "Why dropped" list (the whole
window, captured with ImageMagick's ``import -window root``); a reason picked, the frame moves to Obj. 4's
decision (a strip of the table). The two are put one above the other in ``decisions-keyboard.png``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="shots-config-")
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="shots-data-")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox

from planner_gui.ui.app import make_application
from planner_gui.ui.icons import app_icon
from planner_gui.ui.main_window import MainWindow
from planner_gui.ui.pages.ranking.decisions_tab import DECISION, DecisionsTab
from planner_gui.ui.pages.ranking.ranking_page import RankingPage
from planner_gui.ui.style import apply_style

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
WORK = Path(tempfile.mkdtemp(prefix="shots-decisions-"))
CAPTION = (
    "Above: D on Obj. 3 dropped it and opened its “Why dropped” list.  "
    "Below: a reason picked, the frame moves to Obj. 4’s decision."
)


def main() -> int:
    app = make_application()
    app.setWindowIcon(app_icon())
    apply_style(app)
    window = MainWindow()
    window.setGeometry(0, 0, 1280, 720)
    window.show()

    def tab() -> DecisionsTab:
        page = window.workspace.page(4)
        assert isinstance(page, RankingPage)
        return page.decisions

    def go() -> None:
        window.activateWindow()  # the frame is drawn dark while the table has the keys
        window.workspace.go_to(4)
        page = window.workspace.page(4)
        assert isinstance(page, RankingPage)
        page.show_tab(page.decisions)

    def list_view() -> QComboBox:
        editor = tab().view.indexWidget(tab().view.currentIndex())
        assert isinstance(editor, QComboBox)
        return editor

    def press_d() -> None:
        tab().view.setFocus()
        tab().view.setCurrentIndex(tab().proxy.index(2, DECISION))
        QTest.keyClick(tab().view, Qt.Key.Key_D)
        for _ in range(2):  # to "Merged into another objective", as the room talks it over
            QTest.keyClick(list_view().view(), Qt.Key.Key_Down)

    def pick() -> None:
        QTest.keyClick(list_view().view(), Qt.Key.Key_Down)  # "Outside our influence"
        QTest.keyClick(list_view().view(), Qt.Key.Key_Return)

    def capture(name: str) -> Callable[[], None]:
        return lambda: subprocess.run(["import", "-window", "root", str(WORK / name)], check=True)

    steps: list[tuple[int, Callable[[], object]]] = [
        (500, lambda: window.open_sample(fresh=True)),
        (500, go),
        (500, press_d),
        (800, capture("open.png")),
        (200, pick),
        (800, capture("after.png")),
        (200, window.close),
    ]
    total = 0
    for delay, step in steps:
        total += delay
        QTimer.singleShot(total, step)
    code = app.exec()
    compose()
    return code


def compose() -> None:
    font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    strip = ["-crop", "1060x140+220+202", "+repage", "-background", "white", "-gravity", "center"]
    subprocess.run(
        ["convert", str(WORK / "after.png"), *strip, "-extent", "1280x156", str(WORK / "strip.png")], check=True
    )
    words = ["-font", font, "-pointsize", "15", "-fill", "#1F2A30", "-annotate", "+14+23", CAPTION]
    subprocess.run(["convert", "-size", "1280x34", "xc:#F3F5F7", *words, str(WORK / "caption.png")], check=True)
    target = OUT / "decisions-keyboard.png"
    parts = [str(WORK / name) for name in ("open.png", "caption.png", "strip.png")]
    subprocess.run(["convert", *parts, "-append", "+repage", "-depth", "8", str(target)], check=True)
    print(f"wrote {target}")


if __name__ == "__main__":
    sys.exit(main())
