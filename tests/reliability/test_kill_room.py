"""A kill -9 of room voting while members send their ballots: every acknowledged ballot is in the plan, whole;
no ballot is there in part; and a member who opens their link again is told which.

``planner-gui room`` serves a plan of 200 objectives on 127.0.0.1; members send ballots from threads of
their own; the process is killed (SIGKILL) at a point drawn from a fixed seed, so a failure reproduces.
Then the room is started again on the same plan, and each member's own link says "recorded" exactly when
the plan holds their ballot.
"""

from __future__ import annotations

import http.client
import random
import threading
import time
from pathlib import Path

import pytest
from reliability_tools import raw_integrity

from plan_files import committed
from planner_gui.core.document import PlanDocument
from room_client import Client
from room_process import RoomProcess

MEMBERS = 16
OBJECTIVES = 200
FAST_SEEDS = [3, 17, 29]
SLOW_SEEDS = [41, 53, 67, 71, 89]
SEEDS = [*FAST_SEEDS, *(pytest.param(seed, marks=pytest.mark.slow) for seed in SLOW_SEEDS)]
TIERS = ("high", "medium", "low", "dropped")


def board(folder: Path, *, secret: bool = False) -> Path:
    path = folder / "board.retreat"
    doc = PlanDocument.create(path, title="Board retreat")
    try:
        with doc.transaction():
            goal = doc.structure.add_goal("1", "Ban")
            for n in range(OBJECTIVES):
                doc.structure.add_objective(goal, str(n + 1), f"Objective {n + 1} of the plan")
            for m in range(MEMBERS):
                doc.ranking.add_member(f"Member {m + 1:02d}", "Board")
        if secret:
            doc.ranking.set_ranking_options(secret_ballots=True)
    finally:
        doc.close()
    return path


def choices_of(name: str, objectives: list[int]) -> dict[int, tuple[str, str]]:
    number = int(name.split()[1])
    return {oid: (TIERS[(i + number) % 4], f"{name}, objective {i + 1}") for i, oid in enumerate(objectives)}


def send_ballots(links: dict[str, str], base: str, objectives: list[int]) -> tuple[set[str], list[threading.Thread]]:
    acknowledged: set[str] = set()

    def member(name: str, url: str) -> None:
        try:
            reply = Client.of(url).vote(url.removeprefix(base), choices_of(name, objectives))
            if reply.status == 303:
                acknowledged.add(name)
        except (OSError, http.client.HTTPException, AssertionError):
            pass  # killed before this member was answered: nothing was promised

    threads = [threading.Thread(target=member, args=item, daemon=True) for item in links.items()]
    for thread in threads:
        thread.start()
        time.sleep(0.01)  # members press Submit a moment apart
    return acknowledged, threads


def ballots_in(path: Path) -> dict[str, dict[int, tuple[str, str]]]:
    rows = committed(
        path,
        "SELECT m.name, v.objective_id, v.priority, v.comment FROM ballot_vote v "
        "JOIN ballot b ON b.id = v.ballot_id JOIN member m ON m.id = b.member_id",
    )
    found: dict[str, dict[int, tuple[str, str]]] = {}
    for name, oid, priority, comment in rows:
        found.setdefault(name, {})[oid] = (priority, comment)
    return found


@pytest.mark.parametrize("seed", SEEDS)
def test_a_kill_during_submissions_keeps_every_acknowledged_ballot_whole_and_the_page_says_which(
    tmp_path: Path, seed: int
) -> None:
    rng = random.Random(seed)
    path = board(tmp_path)
    objectives = [oid for (oid,) in committed(path, "SELECT id FROM objective ORDER BY position")]
    with RoomProcess(path) as room:
        base = room.wait_ready()
        links = room.links()
        assert len(links) == MEMBERS
        after = rng.randint(1, MEMBERS - 6)
        acknowledged, threads = send_ballots(links, base, objectives)
        deadline = time.monotonic() + 30
        while len(acknowledged) < after and time.monotonic() < deadline:
            time.sleep(0.001)
        time.sleep(rng.uniform(0, 0.012))  # then somewhere in the next ballots: parsing, committing, answering
        room.kill()
        for thread in threads:
            thread.join(30)

    assert raw_integrity(path, tmp_path / "as-sqlite-sees-it") == ["ok"]
    doc = PlanDocument.open(path)  # recovers a commit the kill cut short
    try:
        assert doc.integrity_problems() == []
    finally:
        doc.close()
    recorded = ballots_in(path)
    assert acknowledged <= set(recorded), f"acknowledged but lost: {acknowledged - set(recorded)}"
    for name, votes in recorded.items():
        assert votes == choices_of(name, objectives), f"{name}'s ballot is not whole"  # whole, as sent
    print(f"\nseed {seed}: {len(acknowledged)} acknowledged, {len(recorded)} recorded of {MEMBERS}")

    with RoomProcess(path) as again:  # the room again: each member reloads their page
        again_base = again.wait_ready()
        for name, url in links.items():
            assert url.startswith(base)
            page = Client.of(again_base).request("GET", url.removeprefix(base))
            assert page.status == 200
            if name in recorded:
                assert "Your ballot was recorded" in page.text and 'name="nonce"' not in page.text, name
            else:
                assert "Submit my ballot" in page.text and "Your ballot was recorded" not in page.text, name
        assert again.stop() == 0


@pytest.mark.slow
def test_a_kill_during_secret_ballots_leaves_each_voter_one_whole_ballot_and_no_link(tmp_path: Path) -> None:
    path = board(tmp_path, secret=True)
    objectives = [oid for (oid,) in committed(path, "SELECT id FROM objective ORDER BY position")]
    with RoomProcess(path) as room:
        base = room.wait_ready()
        acknowledged, threads = send_ballots(room.links(), base, objectives)
        time.sleep(0.15)
        room.kill()
        for thread in threads:
            thread.join(30)
    doc = PlanDocument.open(path)
    try:
        assert doc.integrity_problems() == []
        voted = {m.name for m in doc.ranking.members() if m.id in doc.ranking.voted()}
    finally:
        doc.close()
    assert acknowledged <= voted
    per_ballot = committed(path, "SELECT count(*) FROM secret_vote GROUP BY ballot_key")
    assert per_ballot == [(OBJECTIVES,)] * len(voted)  # one whole ballot for each member marked as voted
    assert committed(path, "SELECT count(*) FROM ballot") == [(0,)]
