"""Start Retreat Planner exactly as ``planner-gui`` does, and time its frames from outside the program.

    python benchmarks/app_driver.py startup --demo          first frame, then the Plan page with the sample
    python benchmarks/app_driver.py startup PLAN --empty    the same on a plan with nothing in it yet
    python benchmarks/app_driver.py open PLAN               to the Ranking page's Results, painted
    python benchmarks/app_driver.py edit PLAN --edits 15    then set priorities on the Decisions tab, by key
    python benchmarks/app_driver.py present PLAN --toggles 5
                                    the Plan page, then every step and tab shown once, back to the Plan
                                    page, and View > Presentation Mode (F5) on and off, each to its next frame

The program runs through ``planner_gui.cli.main`` (so ``run_gui`` as it is
today); the driver only wraps two methods of ``MainWindow`` from outside:
``show``, to attach the frame probe before the window appears, and
``open_path``, to go to a step right after a plan opens, as Alt+5 would; and
Qt's ``setModel`` of the item views, so the probe watches every view from the
moment it is given its rows, as the floors watch theirs: the first frame that
paints a page's table is the one counted, not the one after it.
One ``BENCH {json}`` line on stdout gives monotonic times and peak memory.
"""

import time

STARTED = time.monotonic()

import argparse  # noqa: E402
import sqlite3  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from planner_gui import cli  # noqa: E402  (first, as planner-gui imports it: before any Qt)

# isort: split
from frames import FrameProbe, peak_rss_mb, report, settle, time_to_frame  # noqa: E402
from PySide6.QtCore import QEvent, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QTableView,
    QTabWidget,
    QTreeView,
)

from planner_gui.ui import main_window  # noqa: E402
from planner_gui.ui.steps import STEPS  # noqa: E402

MainWindow = main_window.MainWindow
EDIT_ROWS = 12  # rows edited in turn: all on screen at the default window size


def _plain(text: str) -> str:
    return text.replace("&", "")


class Driver:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.window: Any = None
        self.probe = FrameProbe(self.on_frame)
        self.views: list[QAbstractItemView] = []
        self.values: dict[str, Any] = {"started": STARTED}
        self.done = False

    # ------------------------------------------------------------ wrapping
    def install(self) -> None:
        show, open_path = MainWindow.show, MainWindow.open_path
        driver = self

        def wrapped_show(window: Any) -> None:
            driver.attach(window)
            show(window)

        def wrapped_open_path(window: Any, path: Path) -> bool:
            opened = bool(open_path(window, path))
            if opened:
                driver.opened()
            return opened

        MainWindow.show = wrapped_show  # type: ignore[method-assign]
        MainWindow.open_path = wrapped_open_path  # type: ignore[method-assign]
        for kind in (QAbstractItemView, QTableView, QTreeView):  # each has its own setModel
            self.watch_models(kind)

    def watch_models(self, kind: type[QAbstractItemView]) -> None:
        """Watch a view's viewport as soon as the program gives it a model (its pages are made after the window)."""
        set_model = kind.setModel
        probe = self.probe

        def watched_set_model(view: QAbstractItemView, model: Any) -> None:
            set_model(view, model)
            probe.watch(view.viewport())

        kind.setModel = watched_set_model  # type: ignore[method-assign]

    def attach(self, window: Any) -> None:
        self.window = window
        self.probe.attach(window)
        page = self.current_page()
        for view in page.findChildren(QAbstractItemView) if page is not None else ():
            self.probe.watch(view.viewport())

    def current_page(self) -> Any:
        """The step's page if it is the one on screen (pages may be built late: looked up each time)."""
        workspace = getattr(self.window, "workspace", None)
        page = workspace.stack.currentWidget() if workspace is not None else None
        return page if getattr(page, "key", None) == self.args.step else None

    def opened(self) -> None:
        """Right after the plan opened: go to the step (as Alt+N does) and the tab asked for."""
        self.values["opened"] = time.monotonic()
        window = self.window
        row = next(i for i, step in enumerate(STEPS) if step.key == self.args.step)
        if window.workspace.current() != row:
            window.step_actions[row].trigger()
        if self.args.tab:
            tabs = window.workspace.page(row).findChild(QTabWidget)
            wanted = next(i for i in range(tabs.count()) if _plain(tabs.tabText(i)) == self.args.tab)
            tabs.setCurrentIndex(wanted)

    # -------------------------------------------------------------- frames
    def on_frame(self, now: float, painted: set[QObject]) -> None:
        if "first_frame" not in self.values:
            self.values["first_frame"] = now
        page = self.current_page()
        if self.done or self.window.plan is None or page is None:
            return
        views = [
            v
            for v in page.findChildren(QAbstractItemView)
            if not isinstance(v, QHeaderView) and v.isVisible() and v.model() is not None  # a header is its view's
        ]
        unseen = [v for v in views if not self.probe.watches(v.viewport())]
        for view in unseen:  # given its model inside Qt (a QListWidget's): watched from now on
            self.probe.watch(view.viewport())
        if len(unseen) == len(views):  # none of the page's views was watched in this frame: paint them again
            for view in unseen:
                view.viewport().update()
            return
        shown = [v for v in views if v.viewport() in painted]
        if not shown or not (self.args.empty or any(v.model().rowCount() > 0 for v in shown)):
            return
        self.done = True
        self.views = shown
        self.values["content_frame"] = now
        self.values["peak_mb"] = peak_rss_mb()
        self.values["rows"] = max(v.model().rowCount() for v in shown)
        then = {"edit": self.edit, "present": self.present}.get(self.args.command, self.finish)
        QTimer.singleShot(0, then)

    def finish(self) -> None:
        report(self.values)
        self.window.close()

    # --------------------------------------------------------------- edits
    def edit(self) -> None:
        """Set a priority by key on a row of the Decisions table, ``--edits`` times; time each to its frame."""
        view = next(v for v in self.views if v.model().rowCount() > 0)
        model = view.model()
        column = next(
            c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Decision"
        )
        handled, framed = [], []
        chosen = ""
        for turn in range(self.args.edits):
            index = model.index(turn % min(EDIT_ROWS, model.rowCount()), column)
            view.setFocus()
            view.setCurrentIndex(index)
            settle()
            chosen = "high" if index.data(Qt.ItemDataRole.EditRole) != "high" else "medium"
            key = Qt.Key.Key_1 if chosen == "high" else Qt.Key.Key_2
            press = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, "1")
            took, frame = time_to_frame(
                self.probe, lambda press=press: QApplication.sendEvent(view, press), view.viewport()
            )
            handled.append(took)
            framed.append(frame)
        number = index.siblingAtColumn(0).data()
        self.values.update(edit_handled=handled, edit_framed=framed, committed=self.committed(number, chosen))
        self.finish()

    # -------------------------------------------------------- presentation
    def present(self) -> None:
        """Every step and each of its tabs shown once, then the Plan page, and presentation mode toggled."""
        workspace = self.window.workspace
        for row in range(len(STEPS)):
            workspace.go_to(row)
            settle()
            for tabs in workspace.page(row).findChildren(QTabWidget):
                if not tabs.isVisible():
                    continue  # on a part of the page not showing (a strategy's tabs with no strategy chosen)
                for tab in range(tabs.count()):
                    tabs.setCurrentIndex(tab)
                    settle()
                tabs.setCurrentIndex(0)
        workspace.go_to(0)
        settle(0.5)
        action = self.window.presentation_action
        times: dict[str, list[float]] = {"on": [], "off": [], "on_handled": [], "off_handled": []}
        for _ in range(2 * self.args.toggles):
            way = "off" if action.isChecked() else "on"
            took, frame = time_to_frame(self.probe, action.trigger)
            times[way].append(frame)
            times[f"{way}_handled"].append(took)
            settle(0.3)
        self.values.update({f"present_{way}": values for way, values in times.items()})
        if action.isChecked():
            action.trigger()  # leave the settings as found
        self.finish()

    def committed(self, number: str, priority: str) -> bool:
        """Whether the last edit is in the file, read by a connection of its own."""
        connection = sqlite3.connect(f"file:{self.window.plan.doc.path}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT priority FROM objective WHERE number = ?", (number,)).fetchone()
        finally:
            connection.close()
        return row is not None and row[0] == priority


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("startup", "open", "edit", "present"))
    parser.add_argument("plan", nargs="?", help="the plan to open (startup: --demo instead)")
    parser.add_argument("--demo", action="store_true", help="start as planner-gui --demo")
    parser.add_argument("--empty", action="store_true", help="the plan has no rows to wait for")
    parser.add_argument("--edits", type=int, default=15)
    parser.add_argument("--toggles", type=int, default=5, help="present: times presentation mode goes on (and off)")
    args = parser.parse_args(argv)
    args.step, args.tab = {
        "startup": ("plan", ""),
        "present": ("plan", ""),
        "open": ("ranking", "Results"),
        "edit": ("ranking", "Decisions"),
    }[args.command]
    return args


def main() -> int:
    args = parse(sys.argv[1:])
    Driver(args).install()
    return int(cli.main(["--demo"] if args.demo else [args.plan]))


if __name__ == "__main__":
    raise SystemExit(main())
