"""The start-up floor: a bare PySide6 script that shows a QMainWindow (after ``sqlalchemy.orm``, if asked).

    python benchmarks/bare_window.py [--sqlalchemy] [--tree PLAN]

Empty, it is the floor of the program's first frame. With ``--tree PLAN`` it
reads the plan's goals and objectives with plain ``sqlite3`` and shows them in
a QTreeView, all expanded, as the Plan page does: the floor of the Plan page
painted with its plan (with ``--sqlalchemy``, the program's ORM imported as
well, which the program can't do without). Reports the end of the first frame
showing what it shows and its peak memory, timed exactly as the app driver
times the program (see ``frames.py``), at the program's default window size.
"""

import time

STARTED = time.monotonic()

import sys  # noqa: E402

if "--sqlalchemy" in sys.argv:
    import sqlalchemy.orm  # noqa: F401

from frames import FrameProbe, peak_rss_mb, report  # noqa: E402
from PySide6.QtCore import QObject, QTimer  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTreeView  # noqa: E402


def plan_tree(path: str) -> QStandardItemModel:
    """The plan's goals, each with its objectives, in the plan's order: number and title."""
    import sqlite3  # here: the empty window's floor does without it

    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        goals = connection.execute("SELECT id, number, title FROM goal ORDER BY position, id").fetchall()
        objectives = connection.execute(
            "SELECT goal_id, number, title FROM objective ORDER BY goal_id, position, id"
        ).fetchall()
    finally:
        connection.close()
    model = QStandardItemModel(0, 2)
    model.setHorizontalHeaderLabels(["Number", "Title"])
    items = {}
    for goal_id, number, title in goals:
        items[goal_id] = row = [QStandardItem(number), QStandardItem(title)]
        model.appendRow(row)
    for goal_id, number, title in objectives:
        items[goal_id][0].appendRow([QStandardItem(number), QStandardItem(title)])
    return model


def main() -> int:
    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(1280, 760)
    tree: QTreeView | None = None
    if "--tree" in sys.argv:
        tree = QTreeView()
        tree.setUniformRowHeights(True)
        tree.setModel(plan_tree(sys.argv[sys.argv.index("--tree") + 1]))
        tree.expandAll()
        window.setCentralWidget(tree)

    def on_frame(now: float, painted: set[QObject]) -> None:
        if tree is None or tree.viewport() in painted:
            probe.on_frame = lambda *_: None
            values = {"started": STARTED, "first_frame": now, "peak_mb": peak_rss_mb()}
            report(values if tree is None else {**values, "content_frame": now})
            QTimer.singleShot(0, window.close)

    probe = FrameProbe(on_frame)
    probe.attach(window)
    if tree is not None:
        probe.watch(tree.viewport())
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
