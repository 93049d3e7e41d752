"""Room voting's test support: a fake ballot box in memory, the real one writer, and a small WSGI client.

The fake box keeps the core's rules for a ballot (the same messages in spirit)
and checks that every call on it comes from the one thread that owns it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from io import BytesIO
from typing import Any
from urllib.parse import urlencode
from wsgiref.util import is_hop_by_hop

import pytest

from planner_gui.room import PRIORITIES, BallotForm, FormObjective, QueueWriter, RoomApp, SubmitOutcome
from planner_gui.room.guards import NonceBook, WrongLinkBrake
from planner_gui.room.links import RoundKey, member_path
from room_client import Reply

SECRET = bytes(range(32))


@dataclass
class FakeBox:
    members: dict[int, str]
    objectives: tuple[FormObjective, ...]
    high_cap: int | None = 3
    may_change: bool = False
    open: bool = True
    plan_title: str = "Strategic Plan 2012–2015"
    owner: int | None = None  # the thread every call must come from
    ballots: dict[int, tuple[dict[int, tuple[str, str]], datetime]] = field(default_factory=dict)
    recorded: list[tuple[int, dict[int, tuple[str, str]]]] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)
    before_submit: Callable[[], None] | None = None  # a hook: a slow commit, say

    def _here(self, name: str) -> None:
        self.calls.append(name)
        if self.owner is not None:
            assert threading.get_ident() == self.owner, f"{name} was called off the document's thread"

    def is_open(self) -> bool:
        self._here("is_open")
        return self.open

    def member_ids(self) -> tuple[int, ...]:
        self._here("member_ids")
        return tuple(self.members)

    def has_voted(self, member_id: int) -> bool:
        self._here("has_voted")
        return member_id in self.ballots

    def form(self, member_id: int) -> BallotForm:
        self._here("form")
        votes, when = self.ballots.get(member_id, ({}, None))
        objectives = tuple(
            FormObjective(o.id, o.number, o.title, *votes.get(o.id, (None, ""))) for o in self.objectives
        )
        return BallotForm(
            self.plan_title, self.members[member_id], objectives, self.high_cap, self.may_change, "en", when
        )

    def submit(self, member_id: int, choices: Mapping[int, tuple[str | None, str]], replace: bool) -> SubmitOutcome:
        self._here("submit")
        if self.before_submit is not None:
            self.before_submit()
        if member_id not in self.members:
            return SubmitOutcome.refused("You are not a member of this board.")
        if not self.open:
            return SubmitOutcome.refused("Voting is closed.")
        known = {o.id for o in self.objectives}
        clean: dict[int, tuple[str, str]] = {}
        for objective_id, (priority, comment) in choices.items():
            if objective_id not in known:
                return SubmitOutcome.refused("The ballot names an objective that is no longer in the plan.")
            if priority is None:
                continue
            if priority not in PRIORITIES:
                return SubmitOutcome.refused(f"“{priority}” is not a priority; choose one of: {', '.join(PRIORITIES)}.")
            clean[objective_id] = (priority, comment)
        highs = sum(1 for p, _ in clean.values() if p == "high")
        if self.high_cap is not None and highs > self.high_cap:
            return SubmitOutcome.refused(
                f"This ballot ranks {highs} objectives high; the board agreed on at most {self.high_cap}. "
                f"Move {highs - self.high_cap} of them to medium or low."
            )
        if not clean:
            return SubmitOutcome.refused("The ballot is empty: give at least one objective a priority.")
        if member_id in self.ballots and not (replace and self.may_change):
            return SubmitOutcome.refused(f"{self.members[member_id]} has already voted.")
        when = datetime(2014, 3, 14, 10, 42)
        self.ballots[member_id] = (clean, when)
        self.recorded.append((member_id, clean))
        return SubmitOutcome(True, (), when)


def make_objectives(count: int) -> tuple[FormObjective, ...]:
    return tuple(FormObjective(100 + i, str(i + 1), f"Objective number {i + 1} of the plan") for i in range(count))


@dataclass
class Room:
    key: RoundKey
    box: FakeBox
    writer: QueueWriter
    app: RoomApp
    clock: list[float]

    def path(self, member_id: int) -> str:
        return member_path(self.key, member_id)


@pytest.fixture
def room() -> Iterator[Room]:
    """A round of 3 members and 6 objectives; the box's owner thread drains the writer."""
    key = RoundKey(SECRET, "plan-uid-1", 1)
    box = FakeBox({1: "Ana Ruiz", 2: "Ben Okafor", 3: "Chen Li"}, make_objectives(6))
    writer = QueueWriter()
    clock = [1000.0]
    app = RoomApp(
        key,
        box,
        writer,
        answer_timeout=5.0,
        brake=WrongLinkBrake(clock=lambda: clock[0]),
        nonces=NonceBook(key, clock=lambda: clock[0]),
    )
    with owner_thread(writer, box):
        yield Room(key, box, writer, app, clock)


class owner_thread:
    """The thread that owns the (fake) document, draining the writer, for a ``with`` block."""

    def __init__(self, writer: QueueWriter, box: FakeBox) -> None:
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(writer, box), name="document-owner", daemon=True)

    def _run(self, writer: QueueWriter, box: FakeBox) -> None:
        box.owner = threading.get_ident()
        writer.serve_forever(self.stop, poll=0.05)

    def __enter__(self) -> owner_thread:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(5)


# ---------------------------------------------------------------- a WSGI client (its replies: room_client's)
HOST = "192.0.2.10:8765"  # what a phone on the venue's network puts in Host (documentation range; never dialled)


def call(
    app: Any,
    method: str,
    path: str,
    body: bytes = b"",
    *,
    headers: Mapping[str, str | None] | None = None,
    address: str = "198.51.100.7",
) -> Reply:
    environ: dict[str, Any] = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "room",
        "SERVER_PORT": "8765",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": address,
        "HTTP_HOST": HOST,
        "wsgi.url_scheme": "http",
        "wsgi.input": BytesIO(body),
        "CONTENT_LENGTH": str(len(body)),
    }
    if method == "POST":
        environ["CONTENT_TYPE"] = "application/x-www-form-urlencoded"
        environ["HTTP_ORIGIN"] = f"http://{HOST}"
    for name, value in (headers or {}).items():
        key = name.upper().replace("-", "_")
        environ[key if key in ("CONTENT_TYPE", "CONTENT_LENGTH") else "HTTP_" + key] = value
    environ = {k: v for k, v in environ.items() if v is not None}
    got: dict[str, Any] = {}

    def start_response(status: str, response_headers: list[tuple[str, str]]) -> None:
        assert not [name for name, _ in response_headers if is_hop_by_hop(name)], "PEP 3333 forbids these"
        got["status"] = int(status.split()[0])
        got["headers"] = {k.lower(): v for k, v in response_headers}

    chunks = b"".join(app(environ, start_response))
    return Reply(got["status"], got["headers"], chunks.decode("utf-8"))


def ballot_body(
    nonce: str, choices: Mapping[int, str], comments: Mapping[int, str] | None = None, **extra: str
) -> bytes:
    fields: list[tuple[str, str]] = [("nonce", nonce)]
    fields += [(f"p{oid}", priority) for oid, priority in choices.items()]
    fields += [(f"c{oid}", comment) for oid, comment in (comments or {}).items()]
    fields += list(extra.items())
    return urlencode(fields).encode("ascii")


def vote(room: Room, member_id: int, choices: Mapping[int, str], **kw: Any) -> Reply:
    """Open the member's page and send its form with these choices."""
    page = call(room.app, "GET", room.path(member_id))
    assert page.status == 200, page.text
    return call(room.app, "POST", room.path(member_id), ballot_body(page.nonce(), choices, **kw))
