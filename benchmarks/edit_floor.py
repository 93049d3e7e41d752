"""The floor of one edit: a bare window whose table writes a priority set by key to the plan file, then repaints.

    python benchmarks/edit_floor.py PLAN --edits 15

A bare PySide6 script showing the plan's objectives (number, title, priority)
in a QTableView over a minimal model, read with plain ``sqlite3``. Keys 1 and 2
on a row set its priority to high or medium: one ``UPDATE`` of that row,
committed on a connection with ``journal_mode=DELETE`` and
``synchronous=FULL`` (the plan file's own settings: the commit waits for the
disk), then the row's ``dataChanged``, so the view repaints that row. Each key
press is timed as the app driver times the program's (``frames.time_to_frame``):
from the press to the end of the frame painting the table, on the same rows
in turn. It writes to PLAN: give it a copy.
"""

import time

STARTED = time.monotonic()

import argparse  # noqa: E402
import sqlite3  # noqa: E402
import sys  # noqa: E402

from frames import FrameProbe, report, settle, time_to_frame  # noqa: E402
from open_floor import RowsModel  # noqa: E402
from PySide6.QtCore import QEvent, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView  # noqa: E402

EDIT_ROWS = 12  # as the app driver: rows edited in turn, all on screen
KEYS = {Qt.Key.Key_1: "high", Qt.Key.Key_2: "medium"}


class EditTable(QTableView):
    """A priority set by key goes to the file, committed, then the row is repainted."""

    def __init__(self, connection: sqlite3.Connection, ids: list[int], model: RowsModel) -> None:
        super().__init__()
        self.connection, self.ids, self.rows = connection, ids, model
        self.setModel(model)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        priority = KEYS.get(Qt.Key(event.key()))
        index = self.currentIndex()
        if priority is None or not index.isValid():
            super().keyPressEvent(event)
            return
        row = index.row()
        with self.connection:  # one transaction, committed (synchronous=FULL: on the disk when this returns)
            self.connection.execute("UPDATE objective SET priority = ? WHERE id = ?", (priority, self.ids[row]))
        self.rows.rows[row] = (*self.rows.rows[row][:2], priority)
        self.rows.dataChanged.emit(self.rows.index(row, 0), self.rows.index(row, len(self.rows.headers) - 1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("plan")
    parser.add_argument("--edits", type=int, default=15)
    args = parser.parse_args()
    app = QApplication([sys.argv[0]])
    connection = sqlite3.connect(args.plan, isolation_level="DEFERRED")
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.execute("PRAGMA synchronous=FULL")
    found = connection.execute(
        "SELECT objective.id, objective.number, objective.title, coalesce(objective.priority, '') FROM objective "
        "JOIN goal ON goal.id = objective.goal_id ORDER BY goal.position, goal.id, objective.position, objective.id"
    ).fetchall()
    model = RowsModel([row[1:] for row in found], ("Number", "Objective", "Priority"))
    window = QMainWindow()
    window.resize(1280, 760)
    view = EditTable(connection, [row[0] for row in found], model)
    window.setCentralWidget(view)
    values: dict[str, object] = {"started": STARTED}

    def on_frame(now: float, painted: set[QObject]) -> None:
        if view.viewport() in painted and "first_frame" not in values:
            values["first_frame"] = now
            QTimer.singleShot(0, edit)

    def edit() -> None:
        handled, framed = [], []
        chosen, row = "", 0
        for turn in range(args.edits):
            row = turn % min(EDIT_ROWS, model.rowCount())
            view.setFocus()
            view.setCurrentIndex(model.index(row, 2))
            settle()
            chosen = "high" if model.rows[row][2] != "high" else "medium"
            key = Qt.Key.Key_1 if chosen == "high" else Qt.Key.Key_2
            press = QKeyEvent(
                QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, "1" if chosen == "high" else "2"
            )
            took, frame = time_to_frame(probe, lambda press=press: QApplication.sendEvent(view, press), view.viewport())
            handled.append(took)
            framed.append(frame)
        check = sqlite3.connect(f"file:{args.plan}?mode=ro", uri=True)
        try:
            stored = check.execute("SELECT priority FROM objective WHERE id = ?", (view.ids[row],)).fetchone()
        finally:
            check.close()
        values.update(edit_handled=handled, edit_framed=framed, committed=stored == (chosen,), rows=model.rowCount())
        report(values)
        connection.close()
        window.close()

    probe = FrameProbe(on_frame)
    probe.attach(window)
    probe.watch(view.viewport())
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
