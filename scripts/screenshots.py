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


def ranking_shots(window: MainWindow, later) -> None:  # type: ignore[no-untyped-def]
    """The Ranking step: the results revealed, then a member's own ballot in its window (the sample's members
    have voted, so the question whether to vote again is answered yes for the picture; nothing is submitted).
    The covers around a ballot are taken by ``ballot_screenshots.py``."""
    from planner_gui.ui import dialogs
    from planner_gui.ui.pages.ranking.ranking_page import RankingPage
    from planner_gui.ui.steps import STEPS

    row = next(i for i, step in enumerate(STEPS) if step.key == "ranking")

    def ranking_page() -> RankingPage:  # built when first shown, for the plan open then
        page = window.workspace.page(row)
        assert isinstance(page, RankingPage)
        return page

    def results() -> None:
        window.workspace.go_to(row)
        page = ranking_page()
        page.show_tab(page.results)
        page.results.toggle_reveal()

    def ballot() -> None:
        from planner_gui.ui.pages.ranking.ballot_booth import FORM

        dialogs.ask_yes_no = lambda *args, **kwargs: True  # type: ignore[assignment]
        dialogs.inform = lambda *args, **kwargs: None  # type: ignore[assignment]  # the one-screen note
        page = ranking_page()
        page.show_tab(page.ballots)
        page.ballots.members.setCurrentIndex(page.ballots.voters.index(0))
        page.ballots.start_ballot()  # one screen: the ballot's window opens behind a cover
        page.ballots.booth.show_page(FORM)  # as a key press on the cover does
        for key in "HHML":
            page.ballots.form.set_current_priority({"H": "high", "M": "medium", "L": "low"}[key])

    def ballot_gone() -> None:
        page = ranking_page()
        page.ballots.discard()
        page.ballots.booth.back_requested.emit()  # the cover after it: the laptop handed back

    later(200, results)
    later(700, lambda: capture("ranking-results"))
    later(200, ballot)
    later(700, lambda: capture("ranking-ballot"))
    later(200, ballot_gone)


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
    later(200, lambda: window.open_sample(fresh=True))
    later(800, lambda: capture("plan"))
    for row, name in ((1, "achievements"), (2, "review"), (3, "context")):
        later(200, lambda row=row: window.workspace.go_to(row))
        later(600, lambda name=name: capture(name))
    later(200, window.agenda_action.trigger)
    later(800, lambda: capture("agenda"))
    later(200, window.agenda_action.trigger)
    ranking_shots(window, later)
    later(200, lambda: window.workspace.go_to(5))
    later(700, lambda: capture("strategies"))
    later(200, lambda: window.workspace.go_to(6))
    later(700, lambda: capture("export"))
    later(200, window.presentation_action.trigger)
    later(200, lambda: window.workspace.go_to(0))
    later(800, lambda: capture("plan-presentation"))
    later(200, window.presentation_action.trigger)
    later(200, window.close)

    total = 0
    for delay, step in steps:
        total += delay
        QTimer.singleShot(total, step)
    code = app.exec()
    workbook_shots()
    report_shots()
    return code


def report_shots() -> None:
    """The printable summary's first page and the page where the revised goals and priorities begin."""
    from datetime import date

    from planner_gui.core.sample import write_sample
    from planner_gui.report.pdf import layout_report, write_report_pdf

    work = Path(tempfile.mkdtemp(prefix="shots-report-"))
    doc = write_sample(work / "sample.retreat")
    today = date(2014, 10, 15)  # the sample's retreat, for the cover
    write_report_pdf(doc, work / "summary.pdf", today=today)
    priorities = layout_report(doc, today=today).section_pages[5]  # 4. Revised strategic goals and objectives
    doc.close()
    for page, name in ((1, "report-page-1"), (priorities, "report-priorities")):
        pdf = str(work / "summary.pdf")
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page), "-singlefile", pdf, str(OUT / name)],
            check=True,
        )
        print(f"wrote {OUT / name}.png")


def workbook_shots() -> None:
    """The exported workbook as LibreOffice prints it (to PDF, then PNG): the Plan sheet and the Objectives."""
    import shutil

    from planner_gui.core.sample import write_sample
    from planner_gui.exchange.plan_workbook import write_plan_workbook

    soffice = shutil.which("soffice")
    if soffice is None or shutil.which("pdftoppm") is None:
        print("LibreOffice or pdftoppm missing: no workbook screenshots")
        return
    work = Path(tempfile.mkdtemp(prefix="shots-workbook-"))
    doc = write_sample(work / "sample.retreat")
    write_plan_workbook(doc, work / "revised-plan.xlsx")
    doc.close()
    profile = (work / "profile").as_uri()
    convert = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir"]
    subprocess.run([*convert, str(work), str(work / "revised-plan.xlsx")], check=True, capture_output=True)
    text = subprocess.run(["pdftotext", str(work / "revised-plan.pdf"), "-"], capture_output=True, text=True).stdout
    objectives = next(i for i, page in enumerate(text.split("\f"), start=1) if "Drop reason" in page)
    for page, name in ((1, "workbook-plan"), (objectives, "workbook-objectives")):
        target = OUT / name
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "110",
                "-f",
                str(page),
                "-l",
                str(page),
                "-singlefile",
                str(work / "revised-plan.pdf"),
                str(target),
            ],
            check=True,
        )
        print(f"wrote {target}.png")


if __name__ == "__main__":
    raise SystemExit(main())
