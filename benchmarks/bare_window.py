"""The start-up floor: a bare PySide6 script that shows an empty QMainWindow (after ``sqlalchemy.orm``, if asked).

    python benchmarks/bare_window.py [--sqlalchemy]

Reports the end of its first frame and its peak memory, timed exactly as the
app driver times the program (see ``frames.py``), at the program's default
window size.
"""

import time

STARTED = time.monotonic()

import sys  # noqa: E402

if "--sqlalchemy" in sys.argv:
    import sqlalchemy.orm  # noqa: F401

from frames import FrameProbe, peak_rss_mb, report  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


def main() -> int:
    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.resize(1280, 760)

    def on_frame(now: float, _painted: object) -> None:
        if len(probe.frames) == 1:
            report({"started": STARTED, "first_frame": now, "peak_mb": peak_rss_mb()})
            QTimer.singleShot(0, window.close)

    probe = FrameProbe(on_frame)
    probe.attach(window)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
