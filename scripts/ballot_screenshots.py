"""Take the private ballot's screenshots: the projector's cover, the ballot on the laptop, and the one-screen covers.

    .venv/bin/python scripts/ballot_screenshots.py docs/screenshots

Qt's screens are fixed for a process, so this runs itself twice on Qt's
offscreen platform, each time with a file of screens: a 1366×768 laptop with a
1280×720 projector beside it (extended), then the laptop alone. Each window is
captured as it draws itself (``QWidget.grab``), at its screen's full size.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

LAPTOP = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}
PROJECTOR = {"name": "projector", "x": 1366, "y": 0, "width": 1280, "height": 720}
LAYOUTS = {"extended": [LAPTOP, PROJECTOR], "one-screen": [LAPTOP]}


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots").resolve()
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="ballot-shots-"))
    for layout, screens in LAYOUTS.items():
        config = work / f"{layout}.json"
        config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
            "XDG_CONFIG_HOME": str(work / layout / "config"),
            "XDG_DATA_HOME": str(work / layout / "data"),
        }
        subprocess.run([sys.executable, __file__, "--layout", layout, str(out)], env=env, check=True)
    return 0


def shoot(layout: str, out: Path) -> int:
    from PySide6.QtWidgets import QApplication, QWidget

    from planner_gui.ui import dialogs
    from planner_gui.ui.app import make_application
    from planner_gui.ui.main_window import MainWindow
    from planner_gui.ui.pages.ranking.ballot_booth import FORM, room_screens
    from planner_gui.ui.pages.ranking.ranking_page import RankingPage
    from planner_gui.ui.style import apply_style

    app = make_application()
    apply_style(app)
    dialogs.inform = lambda *args, **kwargs: None  # type: ignore[assignment]  # the one-screen note
    dialogs.ask_yes_no = lambda *args, **kwargs: True  # type: ignore[assignment]
    window = MainWindow()
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    assert window.open_sample(fresh=True) and window.plan is not None
    window.workspace.go_to(4)
    page = window.workspace.current_page()
    assert isinstance(page, RankingPage)
    page.show_tab(page.ballots)
    tab = page.ballots
    doc = window.plan.doc
    amina = doc.ranking.find_member("Amina Diallo")
    assert amina is not None
    doc.ranking.restore_ballot(amina.id, None)  # she votes now; the others have
    tab.select_member(amina.id)

    def save(widget: QWidget, name: str) -> None:
        for _ in range(5):
            app.processEvents()
        widget.grab().save(str(out / f"{name}.png"))
        print(f"wrote {out / name}.png")

    def vote(keys: str) -> None:
        for key in keys:
            priority = {"H": "high", "M": "medium", "L": "low", "D": "dropped"}[key]
            tab.form.set_current_priority(priority)

    tab.start_ballot()
    if layout == "extended":
        assert room_screens() and tab.booth.page() == FORM
        [cover] = tab.covers.windows
        save(cover, "ballot-cover-projector")
        vote("HHMLMHMDD")
        save(tab.booth, "ballot-laptop")
        tab.discard()
    else:
        assert not room_screens()
        save(tab.booth, "ballot-cover-start")
        tab.booth.show_page(FORM)
        vote("HHMLMHMDDLHMLLMH")
        tab.form.view.setCurrentIndex(tab.form.view.currentIndex().siblingAtRow(0))
        tab.submit()
        save(tab.booth, "ballot-cover-received")
        tab.booth.back_requested.emit()
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--layout":
        raise SystemExit(shoot(sys.argv[2], Path(sys.argv[3])))
    raise SystemExit(main())
