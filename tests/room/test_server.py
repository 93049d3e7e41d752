"""The room server over real sockets, on 127.0.0.1 only: limits, hostile clients, a burst of 30 ballots."""

from __future__ import annotations

import contextlib
import http.client
import re
import socket
import threading
import time
from collections.abc import Iterator
from urllib.parse import urlencode

import pytest
from room_support import FakeBox, make_objectives, owner_thread

from planner_gui.room import QueueWriter, RoomApp
from planner_gui.room.form import MAX_BODY
from planner_gui.room.links import RoundKey, member_path
from planner_gui.room.server import RoomServer, RoomServerError

LOOPBACK = "127.0.0.1"
KEY = RoundKey(bytes(range(32)), "plan-uid-1", 1)


class Served:
    def __init__(self, box: FakeBox, server: RoomServer) -> None:
        self.box = box
        self.server = server
        self.port = server.address[1]

    def request(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        source: str = LOOPBACK,
    ) -> tuple[int, dict[str, str], str]:
        conn = http.client.HTTPConnection(LOOPBACK, self.port, timeout=15, source_address=(source, 0))
        try:
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read().decode()
        finally:
            conn.close()

    def raw(self, data: bytes, timeout: float = 5.0) -> bytes:
        """Send bytes as they are; what comes back until the server closes or goes quiet."""
        with socket.create_connection((LOOPBACK, self.port), timeout=timeout) as sock:
            sock.sendall(data)
            chunks = []
            try:
                while chunk := sock.recv(65536):
                    chunks.append(chunk)
            except TimeoutError:
                pass
            return b"".join(chunks)

    def post_ballot(self, member: int, choices: dict[int, tuple[str, str]]) -> tuple[int, dict[str, str], str]:
        status, _, page = self.request("GET", member_path(KEY, member))
        assert status == 200, page
        nonce = re.search(r'name="nonce" value="([^"]+)"', page)
        assert nonce
        fields = [("nonce", nonce.group(1))]
        for oid, (priority, comment) in choices.items():
            fields += [(f"p{oid}", priority), (f"c{oid}", comment)]
        return self.request(
            "POST",
            member_path(KEY, member),
            urlencode(fields).encode(),
            {"Content-Type": "application/x-www-form-urlencoded", "Origin": f"http://{LOOPBACK}:{self.port}"},
        )


@contextlib.contextmanager
def serve(box: FakeBox, **settings: object) -> Iterator[Served]:
    writer = QueueWriter()
    app = RoomApp(KEY, box, writer)
    with owner_thread(writer, box), RoomServer(app, LOOPBACK, 0, **settings) as server:
        yield Served(box, server)


@pytest.fixture
def served() -> Iterator[Served]:
    box = FakeBox({1: "Ana Ruiz", 2: "Ben Okafor"}, make_objectives(6))
    with serve(box, channel_timeout=2, cleanup_interval=1) as served:
        yield served


def test_the_server_listens_on_loopback_on_a_free_port_and_serves_a_members_page(served: Served) -> None:
    assert served.server.url == f"http://127.0.0.1:{served.port}" and served.port > 0
    status, headers, page = served.request("GET", member_path(KEY, 1))
    assert status == 200 and "Voting as Ana Ruiz" in page
    assert "server" not in headers and "via" not in headers  # nothing says what answers here


def test_a_ballot_posted_over_the_socket_is_recorded_then_redirected(served: Served) -> None:
    status, headers, _ = served.post_ballot(2, {100: ("high", "Yes"), 101: ("low", "")})
    assert status == 303 and headers["location"] == member_path(KEY, 2)
    assert served.box.recorded == [(2, {100: ("high", "Yes"), 101: ("low", "")})]


def test_slow_clients_holding_connections_do_not_stop_others_and_are_cut_off(served: Served) -> None:
    slow = []
    for _ in range(12):  # more than the server's 8 threads
        sock = socket.create_connection((LOOPBACK, served.port), timeout=10)
        sock.sendall(b"POST " + member_path(KEY, 1).encode() + b" HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n\r\np1")
        slow.append(sock)
    try:
        started = time.monotonic()
        for _ in range(5):
            status, _, _ = served.request("GET", member_path(KEY, 2))
            assert status == 200
        assert time.monotonic() - started < 3
        assert served.post_ballot(2, {100: ("medium", "")})[0] == 303
        for sock in slow:  # channel_timeout (2 s here) closes each, unanswered
            assert sock.recv(100) == b""
    finally:
        for sock in slow:
            sock.close()
    assert served.box.recorded == [(2, {100: ("medium", "")})]


def test_one_address_can_not_hold_every_connection(served: Served) -> None:
    held = []
    try:
        for _ in range(30):
            sock = socket.create_connection((LOOPBACK, served.port), timeout=5, source_address=("127.0.0.2", 0))
            held.append(sock)
        time.sleep(0.3)
        closed = 0
        for sock in held:
            sock.setblocking(False)
            try:
                closed += sock.recv(1) == b""
            except BlockingIOError:  # open, and nothing to read
                pass
            except ConnectionResetError:
                closed += 1
        assert closed == 30 - 24  # past 24 from one address, each is closed at once
        assert served.request("GET", member_path(KEY, 1))[0] == 200  # another address is served
    finally:
        for sock in held:
            sock.close()


def test_an_oversized_body_is_refused_before_it_is_sent(served: Served) -> None:
    head = (
        f"POST {member_path(KEY, 1)} HTTP/1.1\r\nHost: {LOOPBACK}:{served.port}\r\n"
        f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {MAX_BODY + 1}\r\n\r\n"
    )
    reply = served.raw(head.encode())
    assert reply.startswith(b"HTTP/1.1 413 ")
    assert served.box.recorded == [] and "submit" not in served.box.calls


def test_an_oversized_chunked_body_is_cut_off(served: Served) -> None:
    chunk = b"x" * 65536
    head = (
        f"POST {member_path(KEY, 1)} HTTP/1.1\r\nHost: {LOOPBACK}:{served.port}\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
    ).encode()
    body = (b"%x\r\n" % len(chunk) + chunk + b"\r\n") * (MAX_BODY // len(chunk) + 2)
    with socket.create_connection((LOOPBACK, served.port), timeout=10) as sock:
        sock.sendall(head)
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            sock.sendall(body)
        reply = sock.recv(200)
    assert reply.startswith(b"HTTP/1.1 413 ")
    assert served.box.recorded == []


@pytest.mark.parametrize(
    "target",
    [
        "/../../etc/passwd", "/v/../../etc/passwd", "/v/..%2f..%2fetc%2fpasswd", "/%2e%2e/%2e%2e/etc/passwd",
        "/v/%00", "/.git/config", "/v/AAAAAAAAAAAAAAAAAAAAAA/../x", "/favicon.ico", "/src/planner_gui/room/app.py",
    ],
)  # fmt: skip
def test_path_traversal_and_anything_else_is_a_404(served: Served, target: str) -> None:
    reply = served.raw(f"GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
    assert reply.startswith(b"HTTP/1.1 404 ")
    assert b"root:" not in reply and b"import" not in reply


def test_a_guesser_is_braked_while_members_on_other_addresses_go_on(served: Served) -> None:
    """Wrong links, another plan's link, cross-site and replayed posts from 127.0.0.2; a member on 127.0.0.1."""
    other_plan = member_path(RoundKey(bytes(range(32)), "another-plan", 1), 1)
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    assert (
        served.request("POST", member_path(KEY, 1), b"p100=high", {**form, "Origin": "http://evil.example"})[0] == 403
    )
    _, _, page = served.request("GET", member_path(KEY, 1), source="127.0.0.2")
    body = b"nonce=" + re.findall(rb'name="nonce" value="([^"]+)"', page.encode())[0] + b"&p100=high"
    origin = {**form, "Origin": f"http://{LOOPBACK}:{served.port}"}
    assert served.request("POST", member_path(KEY, 1), body, origin, source="127.0.0.2")[0] == 303
    assert served.request("POST", member_path(KEY, 1), body, origin, source="127.0.0.2")[0] == 409  # replayed
    statuses = [served.request("GET", other_plan, source="127.0.0.2")[0]]
    statuses += [served.request("GET", f"/v/{n:022d}", source="127.0.0.2")[0] for n in range(12)]
    assert statuses[:10] == [404] * 10 and statuses[10:] == [429] * 3
    assert served.request("GET", member_path(KEY, 2), source="127.0.0.2")[0] == 429
    assert served.request("GET", member_path(KEY, 2))[0] == 200
    assert served.post_ballot(2, {101: ("low", "")})[0] == 303
    assert served.box.recorded == [(1, {100: ("high", "")}), (2, {101: ("low", "")})]


def test_a_taken_port_is_a_clear_error_a_person_can_act_on(served: Served) -> None:
    with pytest.raises(RoomServerError) as caught:
        RoomServer(lambda e, s: [], LOOPBACK, served.port).start()
    assert f"Port {served.port} on 127.0.0.1 is already in use" in str(caught.value)
    assert "choose another port" in str(caught.value)


def test_stopping_closes_the_port_at_once_and_it_can_be_taken_again() -> None:
    box = FakeBox({1: "Ana"}, make_objectives(2))
    writer = QueueWriter()
    server = RoomServer(RoomApp(KEY, box, writer), LOOPBACK, 0).start()
    port = server.address[1]
    idle = socket.create_connection((LOOPBACK, port), timeout=5)  # a connection left open
    started = time.monotonic()
    server.stop(timeout=3)
    assert time.monotonic() - started < 3 and not server.running
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection((LOOPBACK, port), timeout=2)
    with contextlib.suppress(ConnectionResetError):  # reset if it was still waiting to be accepted
        assert idle.recv(10) == b""
    idle.close()
    again = RoomServer(RoomApp(KEY, box, writer), LOOPBACK, port).start()
    assert again.address[1] == port
    again.stop()


def test_thirty_members_sending_ballots_of_200_objectives_at_once_are_recorded_exactly_once() -> None:
    members = {m: f"Member {m}" for m in range(1, 31)}
    box = FakeBox(members, make_objectives(200), high_cap=None)
    tiers = ("high", "medium", "low", "dropped")
    sent = {m: {100 + i: (tiers[(m + i) % 4], f"Member {m} on {i}: " + "é" * 40) for i in range(200)} for m in members}
    acknowledged_when_recorded: dict[int, bool] = {}
    answers: dict[int, int] = {}
    barrier = threading.Barrier(len(members), timeout=30)

    def member(m: int, served: Served) -> None:
        device = f"127.0.1.{m}"  # each member's own address, as on the venue's network
        status, _, page = served.request("GET", member_path(KEY, m), source=device)
        nonce = re.search(r'name="nonce" value="([^"]+)"', page)
        assert status == 200 and nonce
        fields = [("nonce", nonce.group(1))]
        for oid, (priority, comment) in sent[m].items():
            fields += [(f"p{oid}", priority), (f"c{oid}", comment)]
        body = urlencode(fields).encode()
        barrier.wait()
        status, _, _ = served.request(
            "POST",
            member_path(KEY, m),
            body,
            {"Content-Type": "application/x-www-form-urlencoded", "Origin": f"http://{LOOPBACK}:{served.port}"},
            source=device,
        )
        answers[m] = status
        acknowledged_when_recorded[m] = m in box.ballots  # the commit happened before the answer

    with serve(box) as served:
        threads = [threading.Thread(target=member, args=(m, served)) for m in members]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        elapsed = time.monotonic() - started
    assert answers == {m: 303 for m in members}
    assert all(acknowledged_when_recorded.values()) and len(acknowledged_when_recorded) == 30
    assert sorted(m for m, _ in box.recorded) == sorted(members)  # 30, none lost, none doubled
    assert {m: votes for m, votes in box.recorded} == sent
    print(f"30 ballots of 200 objectives over loopback: {elapsed:.2f} s")
    assert elapsed < 30


def test_ipv6_loopback_works_where_the_machine_has_it() -> None:
    try:
        with socket.socket(socket.AF_INET6) as probe:
            probe.bind(("::1", 0))
    except OSError:
        pytest.skip("this machine has no IPv6 loopback")
    box = FakeBox({1: "Ana"}, make_objectives(2))
    with RoomServer(RoomApp(KEY, box, QueueWriter()), "::1", 0) as server:
        assert server.url.startswith("http://[::1]:")
        conn = http.client.HTTPConnection("::1", server.address[1], timeout=15)  # as the other requests here
        conn.request("GET", "/nothing")
        assert conn.getresponse().status == 404
        conn.close()
