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

:func:`time_to_frame` times one action (a key press, a menu action) to the
next frame that paints what it should: the app driver and the edit floor use
it alike. ``peak_rss_mb`` and ``report`` are ``child.py``'s, here for the windows' scripts.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from child import peak_rss_mb, report  # noqa: F401  (for the windows' scripts)
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

FRAME_EVENTS = (QEvent.Type.Expose, QEvent.Type.UpdateRequest, QEvent.Type.Paint)


class FrameProbe(QObject):
    """Calls ``on_frame(now, painted)`` each time the window has painted a frame showing a watched widget."""

    def __init__(self, on_frame: Callable[[float, set[QObject]], None]) -> None:
        super().__init__()
        self.on_frame = on_frame
        self.frames: list[float] = []
        self.painted: list[set[QObject]] = []  # what each of ``frames`` painted of the watched widgets
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
        self.painted.append(self._painted)
        self.on_frame(now, self._painted)
        return True


def settle(seconds: float = 0.08) -> None:
    """Let Qt deliver what is pending (posted events, layouts, deferred work, paints) for ``seconds``."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()


def time_to_frame(
    probe: FrameProbe, act: Callable[[], object], shows: QObject | None = None, timeout: float = 10
) -> tuple[float, float]:
    """Do ``act`` and wait for the next frame painting ``shows`` (any watched widget if None).

    Returns the seconds ``act`` took to return (the handler's own work) and the
    seconds to the end of that frame (NaN if none came within ``timeout``).
    """
    seen = len(probe.frames)
    started = time.monotonic()
    act()
    handled = time.monotonic() - started
    while time.monotonic() < started + timeout:
        for at, painted in zip(probe.frames[seen:], probe.painted[seen:], strict=True):
            if shows is None or shows in painted:
                return handled, at - started
        seen = len(probe.frames)
        QApplication.processEvents()
    return handled, float("nan")
