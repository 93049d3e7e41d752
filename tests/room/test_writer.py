"""One writer: calls run on the owner thread, in order; a waiter that gave up knows the call never ran."""

from __future__ import annotations

import threading
import time

import pytest

from planner_gui.room.writer import QueueWriter, WriterClosed, wait_for


def test_calls_run_on_the_thread_that_drains_the_queue_in_the_order_they_came() -> None:
    writer = QueueWriter()
    seen: list[tuple[int, int]] = []
    futures = [writer.call(lambda n=n: seen.append((n, threading.get_ident())) or n) for n in range(5)]
    assert not any(f.done() for f in futures)
    assert writer.run_pending() == 5
    assert [f.result(0) for f in futures] == list(range(5))
    assert seen == [(n, threading.get_ident()) for n in range(5)]


def test_an_exception_reaches_the_waiter_and_the_owner_goes_on() -> None:
    writer = QueueWriter()
    bad = writer.call(lambda: 1 // 0)
    good = writer.call(lambda: "fine")
    writer.run_pending()
    with pytest.raises(ZeroDivisionError):
        bad.result(0)
    assert good.result(0) == "fine"


def test_a_waiter_that_times_out_cancels_and_the_call_never_runs() -> None:
    writer = QueueWriter()
    ran: list[int] = []
    answer = wait_for(writer.call(lambda: ran.append(1)), timeout=0.05)
    assert answer.state == "not_run" and not answer.done
    writer.run_pending()
    assert ran == []


def test_a_call_already_running_when_the_wait_ends_is_waited_for_a_little_longer() -> None:
    writer = QueueWriter()
    started = threading.Event()

    def slow() -> str:
        started.set()
        time.sleep(0.3)
        return "committed"

    future = writer.call(slow)
    owner = threading.Thread(target=writer.run_pending)
    owner.start()
    started.wait(2)
    assert wait_for(future, timeout=0.05, grace=2).value == "committed"
    owner.join()
    never = writer.call(lambda: time.sleep(0.5))
    owner = threading.Thread(target=writer.run_pending)
    owner.start()
    time.sleep(0.1)
    assert wait_for(never, timeout=0.01, grace=0.05).state == "unknown"
    owner.join()


def test_serve_forever_runs_calls_from_other_threads_until_stopped_then_refuses_more() -> None:
    writer = QueueWriter()
    stop = threading.Event()
    owner = threading.Thread(target=writer.serve_forever, args=(stop,), kwargs={"poll": 0.02})
    owner.start()
    results = [writer.call(lambda n=n: n * n).result(2) for n in range(10)]
    assert results == [n * n for n in range(10)]
    stop.set()
    owner.join(2)
    assert not owner.is_alive()
    with pytest.raises(WriterClosed):
        writer.call(lambda: 1).result(0)


def test_closing_fails_the_calls_still_waiting() -> None:
    writer = QueueWriter()
    waiting = writer.call(lambda: 1)
    writer.close()
    with pytest.raises(WriterClosed):
        waiting.result(0)
