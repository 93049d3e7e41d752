"""Room voting under load: do the window's frames keep coming while 30 members send ballots at once?

    .venv/bin/python benchmarks/room_frames.py [--members 30] [--objectives 200] [--repeat 3]

The program runs as ``planner-gui PLAN`` does (offscreen, throwaway settings), on
a plan of 200 objectives and 30 voting members who have not voted; the child
goes to Ranking > Room voting and starts it on 127.0.0.1. A timer asks for a
frame every 16 ms (as an animation would), and the frame probe of
``frames.py`` notes when each is painted. This harness, another process (the
members' phones are other devices), opens every member's page, then sends all
30 ballots at the same moment from 30 threads over loopback. The report: the
longest gap between two painted frames while the ballots arrive (and the 95th
percentile), how long the 30 ballots took, and whether the plan holds exactly
30 whole ballots. It reports; it never fails on a slow figure. ``--at-once``
runs each ballot the moment it reaches the window's thread (no turn of the event
loop between two), for comparison.
"""

import time

STARTED = time.monotonic()

import argparse  # noqa: E402
import itertools  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import socket  # noqa: E402
import sqlite3  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))

TICK_MS = 16


# ------------------------------------------------------------------ the child: the program itself
def child(plan: str, port: int) -> int:
    from frames import FrameProbe
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from planner_gui import cli  # first, as planner-gui imports it: before any Qt
    from planner_gui.room.links import member_url
    from planner_gui.ui import main_window
    from planner_gui.ui.pages.ranking.ranking_page import RankingPage
    from planner_gui.ui.steps import STEPS

    MainWindow = main_window.MainWindow
    show, open_path = MainWindow.show, MainWindow.open_path
    probe = FrameProbe(lambda now, painted: None)
    ticker = QTimer()
    state: dict[str, Any] = {}

    def wrapped_show(window: Any) -> None:
        probe.attach(window)
        show(window)

    def wrapped_open_path(window: Any, path: Path) -> bool:
        opened = bool(open_path(window, path))
        row = next(i for i, step in enumerate(STEPS) if step.key == "ranking")
        window.workspace.go_to(row)
        page = window.workspace.page(row)
        assert isinstance(page, RankingPage)
        page.show_tab(page.room)
        QTimer.singleShot(300, lambda: start(window, page))
        return opened

    def start(window: Any, page: Any) -> None:
        tab = page.room
        tab.address.setEditText("127.0.0.1")
        tab.port.setValue(port)
        tab.start()
        assert tab.room is not None, "room voting did not start"
        key, base = tab.room.box.key, tab.room.url
        links = {v.name: member_url(base, key, v.member_id) for v in tab.voters.voters}
        ticker.timeout.connect(window.update)  # a frame asked for every tick, as an animation would
        ticker.start(TICK_MS)
        state.update(window=window, tab=tab)
        print("LINKS " + json.dumps(links), flush=True)
        threading.Thread(target=wait_for_finish, daemon=True).start()

    def wait_for_finish() -> None:
        sys.stdin.readline()  # the harness says when its members are done
        state["finish"] = True

    def poll() -> None:
        if state.get("finish"):
            tab = state["tab"]
            writer = tab.writer
            values = {"frames": probe.frames, "ran": writer.ran if writer is not None else 0}
            ticker.stop()
            tab.stop()
            print("BENCH " + json.dumps(values), flush=True)
            state["window"].close()
            QApplication.quit()

    if os.environ.get("ROOM_BENCH_AT_ONCE"):  # the comparison: every call run as it arrives, none waiting a turn
        from planner_gui.room.writer import run_call
        from planner_gui.ui.room_writer import GuiWriter

        def at_once(writer: Any, fn: Any, future: Any) -> None:
            run_call(fn, future)
            writer.ran += 1

        GuiWriter._take = at_once  # type: ignore[method-assign]

    MainWindow.show = wrapped_show  # type: ignore[method-assign]
    MainWindow.open_path = wrapped_open_path  # type: ignore[method-assign]
    watcher = QTimer()
    watcher.timeout.connect(poll)
    QTimer.singleShot(0, lambda: watcher.start(50))
    return int(cli.main([plan]))


# ------------------------------------------------------------------ the harness: the members' phones
def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def one_run(plan: Path, objectives: int, *, at_once: bool = False) -> dict[str, Any]:
    from urllib.parse import urlencode

    from room_client import Client, ballot_fields

    port = free_port()
    with tempfile.TemporaryDirectory(prefix="room-bench-") as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": f"{home}/c",
            "XDG_DATA_HOME": f"{home}/d",
        }
        process = subprocess.Popen(
            [sys.executable, __file__, "--child", str(plan), str(port)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=HERE,
        )  # fmt: skip
        assert process.stdout is not None and process.stdin is not None
        line = process.stdout.readline()
        if not line.startswith("LINKS "):
            process.kill()
            raise RuntimeError(
                f"the program did not start room voting: {line}{process.stderr.read() if process.stderr else ''}"
            )
        links: dict[str, str] = json.loads(line.removeprefix("LINKS "))
        ids = [
            oid
            for (oid,) in _rows(
                plan, "SELECT id FROM objective o WHERE goal_id NOT IN (SELECT id FROM goal WHERE folded)"
            )
        ]
        tiers = ("high", "medium", "low", "dropped")
        bodies: dict[str, bytes] = {}
        client = Client(port)
        for n, (name, url) in enumerate(links.items()):
            page = client.request("GET", url.removeprefix(client.origin), source=f"127.0.1.{n + 1}")
            choices = {oid: (tiers[(i + n) % 4], f"{name} on objective {i}") for i, oid in enumerate(ids)}
            bodies[name] = urlencode(ballot_fields(page.nonce(), choices)).encode()
        barrier = threading.Barrier(len(links))
        answers: dict[str, tuple[int, float]] = {}

        def member(n: int, name: str, url: str) -> None:
            barrier.wait()
            headers = {"Content-Type": "application/x-www-form-urlencoded", "Origin": client.origin}
            status = client.request("POST", url.removeprefix(client.origin), bodies[name], headers,
                                    source=f"127.0.1.{n + 1}", timeout=60).status  # fmt: skip
            answers[name] = (status, time.monotonic())

        threads = [threading.Thread(target=member, args=(n, *item)) for n, item in enumerate(links.items())]
        for thread in threads:
            thread.start()
        sent = time.monotonic()
        for thread in threads:
            thread.join(120)
        last = max(at for _, at in answers.values())
        time.sleep(0.3)
        out, err = process.communicate("finish\n", timeout=60)
    bench = [json.loads(x.removeprefix("BENCH ")) for x in out.splitlines() if x.startswith("BENCH ")]
    if not bench:
        raise RuntimeError(f"the program reported nothing:\n{out}\n{err}")
    frames = [f for f in bench[-1]["frames"] if sent - 0.1 <= f <= last + 0.1]
    gaps = [(b - a) * 1000 for a, b in itertools.pairwise(frames)]
    whole = _rows(
        plan,
        "SELECT count(*) FROM ballot b WHERE (SELECT count(*) FROM ballot_vote v WHERE v.ballot_id = b.id) = ?",
        (len(ids),),
    )
    return {
        "answers": sorted({status for status, _ in answers.values()}),
        "seconds": last - sent,
        "frames": len(frames),
        "max_gap_ms": max(gaps, default=float("nan")),
        "p95_gap_ms": statistics.quantiles(gaps, n=20)[-1] if len(gaps) >= 20 else float("nan"),
        "gaps_over_100": sum(1 for g in gaps if g > 100),
        "ballots": _rows(plan, "SELECT count(*) FROM ballot")[0][0],
        "whole": whole[0][0],
        "ran": bench[-1]["ran"],
    }


def _rows(plan: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(f"file:{plan}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        return child(sys.argv[2], int(sys.argv[3]))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=30)
    parser.add_argument("--objectives", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--at-once", action="store_true", help="for comparison: run each ballot as it arrives, not one per turn"
    )
    args = parser.parse_args()
    from plans import Size, build_plan

    work = Path(tempfile.mkdtemp(prefix="room-bench-"))
    source = build_plan(work / "source.retreat", Size(args.objectives, args.members), ballots=False)
    print(f"{args.members} members send ballots of {args.objectives} objectives at once, {args.repeat} runs:")
    print("run  answers  all in   frames  longest gap  95th pct  gaps >100 ms  ballots whole")
    for run in range(1, args.repeat + 1):
        plan = work / f"run-{run}.retreat"
        plan.write_bytes(source.read_bytes())
        r = one_run(plan, args.objectives, at_once=args.at_once)
        print(
            f"{run:>3}  {','.join(map(str, r['answers'])):>7}  {r['seconds']:6.2f} s  {r['frames']:6d}  "
            f"{r['max_gap_ms']:8.1f} ms  {r['p95_gap_ms']:5.1f} ms  {r['gaps_over_100']:12d}  "
            f"{r['ballots']:>7} {r['whole']:>5}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
