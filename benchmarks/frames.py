"""When a window's frames are done: the one probe the app driver and the floor scripts share.

A frame is painted while Qt handles one event of the top-level window: its
first ``Expose`` (on the native window) or a later ``UpdateRequest`` (on the
widget, or the native window). The probe catches that event, lets Qt handle
it right there (``sendEvent``), and notes the time once painting and flushing
have returned, with the watched widgets that were painted in it (the window
itself, and whatever ``watch`` adds: a view's viewport). It filters only those
few objects, so the program's thousands of other events never pass through
Python on its account: the app and its floor pay the same few calls.

Times are ``time.monotonic()`` (CLOCK_MONOTONIC, one clock for every process
on the machine), so the parent can subtract the moment it started the child.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget

FRAME_EVENTS = (QEvent.Type.Expose, QEvent.Type.UpdateRequest, QEvent.Type.Paint)


class FrameProbe(QObject):
    """Calls ``on_frame(now, painted)`` each time the window has painted a frame showing a watched widget."""

    def __init__(self, on_frame: Callable[[float, set[QObject]], None]) -> None:
        super().__init__()
        self.on_frame = on_frame
        self.frames: list[float] = []
        self._handle: QObject | None = None
        self._watched: list[QObject] = []
        self._painted: set[QObject] = set()
        self._inside = False

    def attach(self, window: QWidget) -> None:
        """Watch ``window``; call before it is shown (its native window is made here, so no expose is missed)."""
        window.winId()
        handle = window.windowHandle()
        assert handle is not None
        self._handle = handle
        handle.installEventFilter(self)
        self.watch(window)

    def watch(self, widget: QWidget) -> None:
        """Say when ``widget`` is painted in a frame (the window is watched from the start)."""
        if widget not in self._watched:
            self._watched.append(widget)
            widget.installEventFilter(self)

    def watches(self, widget: QObject) -> bool:
        return widget in self._watched

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in FRAME_EVENTS:
            return False
        if kind == QEvent.Type.Paint and watched is not self._handle:
            if self._inside:
                self._painted.add(watched)
            return False  # a widget's own paint, inside a frame (or outside any: not one of ours)
        if self._inside:
            return False
        self._inside, self._painted = True, set()
        try:
            QCoreApplication.sendEvent(watched, event)
        finally:
            self._inside = False
        if not self._painted:
            return True  # nothing watched was painted (the window not exposed yet, or another part of it)
        now = time.monotonic()
        self.frames.append(now)
        self.on_frame(now, self._painted)
        return True


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB.

    VmHWM, the high-water mark of this program's own memory: ``ru_maxrss``
    would do on its own, but Linux keeps it across fork and exec, so a child
    of a large harness reports the harness's size as its own peak.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def report(values: dict[str, Any]) -> None:
    """The child's one line for the harness: JSON, last on stdout."""
    sys.stdout.write("BENCH " + json.dumps(values) + "\n")
    sys.stdout.flush()
