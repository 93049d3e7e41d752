"""The window's one writer: room voting's calls run on the GUI thread, one per turn of its event loop.

A server thread calls :meth:`GuiWriter.call`, which emits a signal carrying
``(fn, future)`` over a queued connection to this object (it lives in the GUI
thread) and returns the future. The slot only queues the call; a zero-time timer
runs one call, then lets Qt paint a frame and handle input before the next, so
thirty ballots arriving at once are thirty short turns, not one long freeze.
:meth:`close` (room voting switched off) fails every call still waiting with
:class:`~planner_gui.room.writer.WriterClosed`, and every later one at once.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from planner_gui.room.writer import WriterClosed, run_call

T = TypeVar("T")
Call = tuple[Callable[[], Any], Future[Any]]


class GuiWriter(QObject):
    handed = Signal(object, object)  # (fn, future), from any thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._closed = threading.Event()
        self._handing = threading.Lock()  # a call is handed over whole (checked and posted) or not at all
        self._waiting: deque[Call] = deque()
        self._turn = QTimer(self)
        self._turn.setSingleShot(True)
        self._turn.setInterval(0)
        self._turn.timeout.connect(self._run_one)
        self.handed.connect(self._take, Qt.ConnectionType.QueuedConnection)
        self.ran = 0  # calls run, for the window's tests and benchmark

    # ------------------------------------------------------------ any thread
    def call(self, fn: Callable[[], T]) -> Future[T]:
        future: Future[T] = Future()
        with self._handing:
            if not self._closed.is_set():
                self.handed.emit(fn, future)  # queued: only posts an event for the GUI thread
                return future
        future.set_exception(WriterClosed("Room voting is switched off."))
        return future

    # ------------------------------------------------------------ the GUI thread
    def _take(self, fn: Callable[[], Any], future: Future[Any]) -> None:
        if self._closed.is_set():
            if future.set_running_or_notify_cancel():
                future.set_exception(WriterClosed("Room voting was switched off."))
            return
        self._waiting.append((fn, future))
        if not self._turn.isActive():
            self._turn.start()

    def _run_one(self) -> None:
        if self._waiting:
            run_call(*self._waiting.popleft())
            self.ran += 1
        if self._waiting:
            self._turn.start()

    def run_pending(self, timeout: float | None = 0.0) -> int:
        """Run every call handed over so far, now (switching off: their members get their answer)."""
        QCoreApplication.sendPostedEvents(self)  # calls emitted but not yet delivered to this thread
        ran = 0
        while self._waiting:
            run_call(*self._waiting.popleft())
            ran += 1
        self.ran += ran
        return ran

    def close(self) -> None:
        """Take no more calls; those still waiting fail with WriterClosed (nothing of them ran).

        Calls handed over but not yet delivered to this thread are delivered now
        (and fail), so no server thread is left waiting for an answer.
        """
        with self._handing:
            self._closed.set()
        self._turn.stop()
        QCoreApplication.sendPostedEvents(self)
        while self._waiting:
            _, future = self._waiting.popleft()
            if future.set_running_or_notify_cancel():
                future.set_exception(WriterClosed("Room voting was switched off."))
