"""One writer: every call on the ballot box runs on the one thread that owns the plan.

A server thread never calls the box. It hands a callable to a :class:`OneWriter`
and waits, with a time limit, for the :class:`~concurrent.futures.Future` it
gets back. Two implementations:

- :class:`QueueWriter` (here): a queue the owner thread drains, with
  :meth:`QueueWriter.run_pending` from a loop of its own or
  :meth:`QueueWriter.serve_forever` (the headless ``planner-gui room``);
- the GUI's (in ``ui``, later): a ``QObject`` living in the main thread whose
  ``call`` makes a Future, emits a signal carrying ``(fn, future)`` over a
  queued connection, and whose slot runs :func:`run_call`. Nothing else.

The writer runs a call only if its Future was not cancelled first
(:meth:`Future.set_running_or_notify_cancel`), so a waiter that gave up and
cancelled in time knows for sure that its call never ran.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from planner_gui.i18n import _

T = TypeVar("T")


class WriterClosed(RuntimeError):
    """The owner thread stopped taking calls (room voting is being switched off)."""


class OneWriter(Protocol):
    def call(self, fn: Callable[[], T]) -> Future[T]:
        """Run ``fn`` on the owner thread, later; its result or exception arrives in the Future."""
        ...


def run_call(fn: Callable[[], T], future: Future[T]) -> None:
    """Run one handed-over call on the owner thread, unless its waiter already cancelled it."""
    if not future.set_running_or_notify_cancel():
        return
    try:
        result = fn()
    except BaseException as error:  # the waiter gets it; the owner thread goes on
        future.set_exception(error)
    else:
        future.set_result(result)


class QueueWriter:
    """A :class:`OneWriter` whose calls wait in a queue until the owner thread runs them."""

    def __init__(self) -> None:
        self._queue: queue.SimpleQueue[tuple[Callable[[], object], Future[object]] | None] = queue.SimpleQueue()
        self._closed = threading.Event()

    def call(self, fn: Callable[[], T]) -> Future[T]:
        future: Future[T] = Future()
        if self._closed.is_set():
            future.set_exception(WriterClosed(_("Room voting is switched off.")))
            return future
        self._queue.put((fn, future))  # type: ignore[arg-type]  # the queue holds calls of any result type
        return future

    def run_pending(self, timeout: float | None = 0.0) -> int:
        """Run every call waiting now, first waiting up to ``timeout`` s for one; how many ran."""
        ran = 0
        block = timeout is None or timeout > 0
        while True:
            try:
                item = self._queue.get(block=block, timeout=timeout if block else None)
            except queue.Empty:
                return ran
            if item is None:  # the wake-up left by close()
                return ran
            run_call(*item)
            ran += 1
            block = False

    def serve_forever(self, stop: threading.Event, poll: float = 0.2) -> None:
        """Run calls as they come until ``stop`` is set (then :meth:`close`)."""
        try:
            while not stop.is_set():
                self.run_pending(timeout=poll)
        finally:
            self.close()

    def close(self) -> None:
        """Take no more calls; those still waiting fail with :class:`WriterClosed`."""
        self._closed.set()
        self._queue.put(None)
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return
            if item is not None and item[1].set_running_or_notify_cancel():
                item[1].set_exception(WriterClosed(_("Room voting was switched off.")))


@dataclass(frozen=True)
class Answer(Generic[T]):
    """What a waiting server thread learnt: the call's result, or why there is none."""

    value: T | None = None
    state: str = "done"  # "done"; "not_run": surely never ran; "unknown": ran, its end not seen in time

    @property
    def done(self) -> bool:
        return self.state == "done"


def wait_for(future: Future[T], timeout: float, grace: float = 5.0) -> Answer[T]:
    """The call's result within ``timeout`` s, else cancel it; if it is already running, wait ``grace`` s more.

    Exceptions from the call itself propagate (a bug, or :class:`WriterClosed`).
    """
    try:
        return Answer(future.result(timeout))
    except FutureTimeout:
        pass
    if future.cancel():
        return Answer(None, "not_run")
    try:
        return Answer(future.result(grace))
    except FutureTimeout:
        return Answer(None, "unknown")
