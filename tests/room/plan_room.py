"""Room voting over a real plan: the real box, writer, app and server on 127.0.0.1, and a small HTTP client.

The plan's document is owned by one thread (``document-owner``) that drains the
writer, as the window's thread or the headless command's main thread does.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from planner_gui.core.document import PlanDocument
from planner_gui.room import QueueWriter, RoomApp
from planner_gui.room.links import RoundKey, member_path
from planner_gui.room.plan_box import PlanBox
from planner_gui.room.server import RoomServer
from room_client import LOOPBACK, TIERS, Client, Reply, ballot_fields

__all__ = ["LOOPBACK", "TIERS", "Client", "Reply", "ballot_fields", "make_plan", "member_ids", "objective_ids"]


def make_plan(path: Path, objectives: int = 6, members: int = 3, *, high_cap: int | None = 2) -> PlanDocument:
    """A plan of ``objectives`` under two goals and ``members`` voting members named "Member 1"…"""
    doc = PlanDocument.create(path, title="Board retreat 2014")
    with doc.transaction():
        goals = [doc.structure.add_goal("1", "Ban"), doc.structure.add_goal("2", "Clearance")]
        for i in range(objectives):
            doc.structure.add_objective(goals[i % 2], str(i + 1), f"Objective number {i + 1} of the plan")
        for m in range(members):
            doc.ranking.add_member(f"Member {m + 1}", "Board")
    doc.ranking.set_ranking_options(high_cap=high_cap)
    return doc


def objective_ids(doc: PlanDocument) -> list[int]:
    return [o.id for o in doc.ranking.ballot_objectives()]


def member_ids(doc: PlanDocument) -> list[int]:
    return [m.id for m in doc.ranking.members(voting_only=True)]


class Owner:
    """The thread that owns the document: it drains the writer until stopped."""

    def __init__(self, writer: QueueWriter) -> None:
        self.stop = threading.Event()
        self.writer = writer
        self.thread = threading.Thread(target=writer.serve_forever, args=(self.stop, 0.02), name="document-owner")

    def __enter__(self) -> Owner:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(10)

    def run(self, fn):  # type: ignore[no-untyped-def]
        """Run ``fn`` on the owner thread and wait for it (what a test reads of the plan while serving)."""
        return self.writer.call(fn).result(10)


@dataclass
class PlanRoom:
    doc: PlanDocument
    box: PlanBox
    key: RoundKey
    server: RoomServer
    client: Client
    owner: Owner

    def path(self, member_id: int) -> str:
        return member_path(self.key, member_id)


@contextlib.contextmanager
def serve_plan(doc: PlanDocument, **settings: object) -> Iterator[PlanRoom]:
    """Room voting on ``doc``, served on 127.0.0.1 at a free port, until the block ends (then the box closes)."""
    box = PlanBox(lambda: doc)
    writer = QueueWriter()
    app = RoomApp(box.key, box, writer)
    with Owner(writer) as owner, RoomServer(app, LOOPBACK, 0, **settings) as server:
        yield PlanRoom(doc, box, box.key, server, Client(server.address[1]), owner)
        box.close()
