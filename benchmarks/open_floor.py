"""The floor of opening a plan to its Ranking page: a bare window showing every objective's votes in a table.

    python benchmarks/open_floor.py PLAN

A bare PySide6 script: it reads the plan's objectives in the plan's order and
counts their votes with plain ``sqlite3`` (the ballots from the program's own
tally index, the show-of-hands counts added), works out each one's mean and
consensus, and shows number, title, the four counts, mean and consensus in a
QTableView over a minimal QAbstractTableModel. Reports the end of the first
frame painting the table with its rows, and the peak memory, timed as the app
driver times the program (see ``frames.py``), at the program's default window
size. What it leaves out is what the program adds to the same rows: SQLAlchemy,
checking the file, the page around the table, votes by member.
"""

import time

STARTED = time.monotonic()

import math  # noqa: E402
import sqlite3  # noqa: E402
import sys  # noqa: E402
from typing import Any  # noqa: E402

from frames import FrameProbe, peak_rss_mb, report  # noqa: E402
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView  # noqa: E402

HEADERS = ("Number", "Objective", "High", "Medium", "Low", "Dropped", "Mean", "Consensus")
TIERS = ("high", "medium", "low", "dropped")
SCORES = (3, 2, 1, 0)


def consensus(counts: list[int], mean: float) -> float:
    """Tastle and Wierman's consensus on the four tiers (the program's measure, in a few lines)."""
    total = sum(counts)
    return 1 + sum(
        n / total * math.log2(1 - abs(score - mean) / 3) for n, score in zip(counts, SCORES, strict=True) if n
    )


def read_rows(path: str) -> list[tuple[Any, ...]]:
    """Every objective in the plan's order with its votes: number, title, four counts, mean, consensus."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        objectives = connection.execute(
            "SELECT objective.id, objective.number, objective.title FROM objective "
            "JOIN goal ON goal.id = objective.goal_id "
            "ORDER BY goal.position, goal.id, objective.position, objective.id"
        ).fetchall()
        counts: dict[int, list[int]] = {}
        tier = {name: i for i, name in enumerate(TIERS)}
        votes = "SELECT objective_id, priority, count(*) FROM ballot_vote GROUP BY objective_id, priority"
        for objective_id, priority, n in connection.execute(votes):
            counts.setdefault(objective_id, [0, 0, 0, 0])[tier[priority]] += n
        for objective_id, *hands in connection.execute(
            "SELECT objective_id, high, medium, low, dropped FROM hand_count"
        ):
            row = counts.setdefault(objective_id, [0, 0, 0, 0])
            for i, n in enumerate(hands):
                row[i] += n
    finally:
        connection.close()
    rows = []
    for objective_id, number, title in objectives:
        tally = counts.get(objective_id, [0, 0, 0, 0])
        total = sum(tally)
        mean = sum(n * s for n, s in zip(tally, SCORES, strict=True)) / total if total else None
        agreed = consensus(tally, mean) if mean is not None else None
        rows.append(
            (number, title, *tally, "" if mean is None else f"{mean:.2f}", "" if agreed is None else f"{agreed:.2f}")
        )
    return rows


class RowsModel(QAbstractTableModel):
    """Rows of plain values, shown as they are."""

    def __init__(self, rows: list[tuple[Any, ...]], headers: tuple[str, ...]) -> None:
        super().__init__()
        self.rows, self.headers = rows, headers

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


def main() -> int:
    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(1280, 760)
    view = QTableView()
    model = RowsModel(read_rows(sys.argv[1]), HEADERS)
    view.setModel(model)
    window.setCentralWidget(view)

    def on_frame(now: float, painted: set[QObject]) -> None:
        if view.viewport() in painted:
            probe.on_frame = lambda *_: None
            values = {"started": STARTED, "first_frame": now, "content_frame": now, "peak_mb": peak_rss_mb()}
            report({**values, "rows": model.rowCount()})
            QTimer.singleShot(0, window.close)

    probe = FrameProbe(on_frame)
    probe.attach(window)
    probe.watch(view.viewport())
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
