"""``planner-gui room``: headless room voting as a facilitator types it, on 127.0.0.1 only.

It prints one ``NAME<TAB>LINK`` line per member who may still vote, records
ballots posted to those links, and stops cleanly on SIGTERM or Ctrl+C (SIGINT)
once any ballot in flight is committed; every refusal is one line.
"""

from __future__ import annotations

import http.client
import signal
import socket
import threading
import time
from pathlib import Path

import pytest

from plan_files import committed, planner
from planner_gui.core.document import PlanDocument
from planner_gui.plan_lock import PlanLock
from room_client import Client
from room_process import RoomProcess

pytestmark = pytest.mark.slow
NAMES = ("Ana Ruiz", "Ben Okafor", "Chen Li")


def board(folder: Path, *, voted: tuple[str, ...] = (), objectives: int = 4) -> Path:
    path = folder / "board.retreat"
    doc = PlanDocument.create(path, title="Board retreat")
    try:
        goal = doc.structure.add_goal("1", "Ban")
        for n in range(objectives):
            doc.structure.add_objective(goal, str(n + 1), f"Objective {n + 1}")
        for name in NAMES:
            doc.ranking.add_member(name, "Board")
        doc.ranking.add_member("Staff member", "Secretariat", votes=False)
        first = doc.structure.objectives()[0].id
        for name in voted:
            member = doc.ranking.find_member(name)
            assert member is not None
            doc.ranking.cast_ballot(member.id, {first: ("low", "")})
    finally:
        doc.close()
    return path


def ballots(path: Path) -> list[tuple[str, str]]:
    return committed(path, "SELECT m.name, b.source FROM ballot b JOIN member m ON m.id = b.member_id ORDER BY m.name")


def test_it_prints_each_waiting_members_link_records_their_ballot_and_stops_on_sigterm(tmp_path: Path) -> None:
    plan = board(tmp_path, voted=("Ben Okafor",))
    with RoomProcess(plan) as room:
        base = room.wait_ready()
        links = room.links()
        assert list(links) == ["Ana Ruiz", "Chen Li"]  # voting, and not voted yet: never staff, never Ben
        assert all(url.startswith(base + "/v/") and len(url) == len(base) + 3 + 22 for url in links.values())
        assert room.out == [f"{name}\t{url}" for name, url in links.items()]  # stdout holds the links only
        objectives = [oid for (oid,) in committed(plan, "SELECT id FROM objective ORDER BY position")]
        answer = Client.of(links["Ana Ruiz"]).vote(
            links["Ana Ruiz"].removeprefix(base), {objectives[0]: ("high", "Our mandate")}
        )
        assert answer.status == 303
        assert ballots(plan) == [("Ana Ruiz", "room"), ("Ben Okafor", "laptop")]
        assert PlanLock(plan).holder() is not None  # the command holds the plan while serving
        assert room.stop(signal.SIGTERM) == 0
    assert "Room voting stopped: 2 of 3 voting members have voted." in room.err
    assert not [line for line in room.err if "Traceback" in line or "error" in line.lower()]
    with socket.socket() as probe:  # the port is let go
        assert probe.connect_ex(("127.0.0.1", room.port)) != 0
    doc = PlanDocument.open(plan)  # the lock is released: the plan opens for editing
    doc.close()
    assert committed(plan, "SELECT room_round.address FROM room_round") == [(base,)]


def test_links_go_to_a_file_when_asked_and_survive_a_restart(tmp_path: Path) -> None:
    plan = board(tmp_path)
    out = tmp_path / "links.tsv"
    with RoomProcess(plan, "--links", str(out)) as room:
        room.wait_ready()
        assert room.stop(signal.SIGINT) == 0  # Ctrl+C
    assert room.out == []
    first = dict(line.split("\t") for line in out.read_text(encoding="utf-8").splitlines())
    assert list(first) == list(NAMES)
    with RoomProcess(plan, "--links", str(out)) as again:  # an earlier list of links is written anew
        again.wait_ready()
        assert again.stop() == 0
    rewritten = dict(line.split("\t") for line in out.read_text(encoding="utf-8").splitlines())
    assert {n: u.rsplit("/", 1)[1] for n, u in rewritten.items()} == {n: u.rsplit("/", 1)[1] for n, u in first.items()}
    with RoomProcess(plan) as again:
        again.wait_ready()
        tokens = {name: url.rsplit("/", 1)[1] for name, url in again.links().items()}
        assert again.stop() == 0
    assert tokens == {name: url.rsplit("/", 1)[1] for name, url in first.items()}  # the same links (cards still work)


def test_an_older_plan_upgraded_to_serve_the_room_says_so_on_stderr_and_stdout_keeps_only_the_links(
    tmp_path: Path,
) -> None:
    plan = tmp_path / "old.retreat"
    plan.write_bytes((Path(__file__).parents[1] / "data" / "plan-v1.retreat").read_bytes())
    with RoomProcess(plan) as room:
        room.wait_ready()
        assert all("\t" in line for line in room.out)  # the links only, whatever the plan holds
        assert room.stop(signal.SIGTERM) == 0
    backup = tmp_path / "old.before-upgrade-v1.retreat"
    assert room.err[0] == f"Upgraded {plan} to this version's file format; the earlier file is kept as {backup}."
    assert backup.exists()


def test_sigterm_while_ballots_arrive_stops_after_their_commits_and_loses_no_acknowledged_ballot(
    tmp_path: Path,
) -> None:
    plan = board(tmp_path, objectives=200)
    doc = PlanDocument.open(plan)
    try:
        for n in range(27):
            doc.ranking.add_member(f"Member {n + 4}", "Board")
    finally:
        doc.close()
    objectives = [oid for (oid,) in committed(plan, "SELECT id FROM objective ORDER BY position")]
    acknowledged: list[str] = []
    with RoomProcess(plan) as room:
        base = room.wait_ready()
        links = room.links()
        assert len(links) == 30

        def member(name: str, url: str) -> None:
            choices = {oid: (("high", "medium", "low")[(i + len(name)) % 3], name) for i, oid in enumerate(objectives)}
            try:
                if Client.of(url).vote(url.removeprefix(base), choices).status == 303:
                    acknowledged.append(name)
            except (OSError, http.client.HTTPException, AssertionError):
                pass  # the server stopped before this member was answered: nothing is promised

        threads = [threading.Thread(target=member, args=item) for item in links.items()]
        for thread in threads:
            thread.start()
        time.sleep(0.3)
        code = room.stop(signal.SIGTERM)
        for thread in threads:
            thread.join(30)
    assert code == 0
    recorded = {name for name, _ in ballots(plan)}
    assert set(acknowledged) <= recorded
    for (name,) in committed(plan, "SELECT m.name FROM ballot b JOIN member m ON m.id = b.member_id"):
        count = committed(
            plan,
            "SELECT count(*) FROM ballot_vote v JOIN ballot b ON b.id = v.ballot_id JOIN member m "
            "ON m.id = b.member_id WHERE m.name = ? AND v.comment = ?",
            (name, name),
        )
        assert count == [(200,)], name  # whole ballots only
    assert committed(plan, "PRAGMA integrity_check") == [("ok",)]
    print(f"\n{len(acknowledged)} acknowledged, {len(recorded)} recorded when SIGTERM came")


def test_every_refusal_is_one_line_and_the_plan_is_left_alone(tmp_path: Path) -> None:
    plan = board(tmp_path)
    before = plan.read_bytes()
    lock = PlanLock(plan)
    assert lock.acquire()
    try:
        held = planner("room", plan, "--address", "127.0.0.1", "--port", "0", cwd=tmp_path)
    finally:
        lock.release()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        in_use = planner("room", plan, "--address", "127.0.0.1", "--port", port, cwd=tmp_path)
    (tmp_path / "notes.retreat").write_text("not a plan", encoding="utf-8")
    (tmp_path / "a folder").mkdir()
    filled = tmp_path / "ballot-ana-ruiz.xlsx"
    filled.write_bytes(b"PK a member's filled ballot")
    runs = {
        "links to a folder": (
            planner("room", plan, "--address", "127.0.0.1", "--links", str(tmp_path / "a folder"), cwd=tmp_path),
            "is a folder; give the name of a file for the links",
            1,
        ),
        "links over another file": (
            planner("room", plan, "--address", "127.0.0.1", "--links", str(filled), cwd=tmp_path),
            "already exists and is not a list of links; choose another name, or add --force to replace it",
            1,
        ),
        "held": (held, "is open in", 1),
        "in use": (in_use, f"Port {port} on 127.0.0.1 is already in use", 1),
        "no such address": (
            planner("room", plan, "--address", "203.0.113.77", "--port", "0", cwd=tmp_path),
            "This computer has no network address 203.0.113.77",
            1,
        ),
        "no such host": (
            planner("room", plan, "--address", "nowhere.invalid", "--port", "0", cwd=tmp_path),
            "'nowhere.invalid' is not an address this computer can listen on",
            1,
        ),
        "not a plan": (planner("room", tmp_path / "notes.retreat", "--address", "127.0.0.1", cwd=tmp_path), "", 1),
        "bad port": (planner("room", plan, "--port", "http", cwd=tmp_path), "argument --port", 2),
        "no folder": (
            planner(
                "room", plan, "--address", "127.0.0.1", "--links", str(tmp_path / "nowhere" / "l.tsv"), cwd=tmp_path
            ),
            "does not exist",
            1,
        ),
    }
    for what, (result, words, code) in runs.items():
        lines = result.stderr.splitlines()
        assert result.returncode == code, (what, result.stderr)
        assert len(lines) == 1 and lines[0].startswith("planner-gui: error: ") and words in lines[0], (what, lines)
        assert "Errno" not in lines[0], what
        assert result.stdout == "", what
    assert plan.read_bytes() == before
    assert filled.read_bytes() == b"PK a member's filled ballot"


def test_headless_room_voting_loads_no_window_and_no_gui_at_all() -> None:
    import subprocess
    import sys

    code = (
        "import sys; import planner_gui.cli, planner_gui.room_cli, planner_gui.room.session, planner_gui.plan_lock;"
        "from planner_gui.room_address import network_addresses; network_addresses();"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6.Qt')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "['PySide6.QtCore', 'PySide6.QtNetwork']"
