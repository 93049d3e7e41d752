"""Room voting over a real plan, on 127.0.0.1: the plan holds exactly what members sent, and nothing hostile.

Every hostile request is followed by checking the plan file itself (read as
another program would) and by a member who still gets their ballot in.
"""

from __future__ import annotations

import html
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest
from plan_room import LOOPBACK, TIERS, Client, ballot_fields, make_plan, member_ids, objective_ids, serve_plan

from plan_files import committed
from planner_gui.core.document import PlanDocument
from planner_gui.room.form import MAX_BODY
from planner_gui.room.links import RoundKey, member_path
from planner_gui.room.plan_box import round_key


@pytest.fixture
def plan(tmp_path: Path) -> Iterator[PlanDocument]:
    doc = make_plan(tmp_path / "board.retreat")
    yield doc
    doc.close()


def ballots_in(path: Path) -> list[tuple[int, str]]:
    return committed(path, "SELECT member_id, source FROM ballot ORDER BY member_id")


def votes_in(path: Path, member_id: int) -> dict[int, tuple[str, str]]:
    rows = committed(
        path,
        "SELECT v.objective_id, v.priority, v.comment FROM ballot_vote v JOIN ballot b ON b.id = v.ballot_id "
        "WHERE b.member_id = ?",
        (member_id,),
    )
    return {oid: (priority, comment) for oid, priority, comment in rows}


def test_a_member_votes_from_their_link_and_the_plan_holds_exactly_that_ballot(plan: PlanDocument) -> None:
    o = objective_ids(plan)
    ana = member_ids(plan)[0]
    with serve_plan(plan) as room:
        projected = room.client.request("GET", "/")  # the projector's code: a phone checks it reaches the room
        assert projected.status == 404 and "Your phone reaches room voting" in projected.text
        assert "Board retreat" not in projected.text and "Member" not in projected.text
        page = room.client.request("GET", room.path(ana))
        assert page.status == 200 and "Voting as Member 1" in page.text and "Board retreat 2014" in page.text
        assert all(f"Objective number {i + 1} of the plan" in page.text for i in range(6))
        sent = {o[0]: ("high", "Our core mandate"), o[1]: ("medium", ""), o[4]: ("dropped", "Done by others")}
        answer = room.client.post_form(room.path(ana), ballot_fields(page.nonce(), sent))
        assert answer.status == 303 and answer.headers["location"] == room.path(ana)
        assert ballots_in(plan.path) == [(ana, "room")]  # committed before the member was answered
        recorded = room.client.request("GET", room.path(ana))
        assert "Your ballot was recorded" in recorded.text and 'name="nonce"' not in recorded.text
    assert votes_in(plan.path, ana) == sent


def test_a_ballot_the_plans_rules_refuse_is_explained_in_the_cores_own_words_and_nothing_is_recorded(
    plan: PlanDocument,
) -> None:
    o = objective_ids(plan)
    ana = member_ids(plan)[0]
    with serve_plan(plan) as room:
        over = room.client.vote(room.path(ana), {o[0]: ("high", ""), o[1]: ("high", ""), o[2]: ("high", "")})
        assert over.status == 422
        assert "This ballot ranks 3 objectives high; the board agreed on at most 2." in over.text
        empty = room.client.vote(room.path(ana), {})
        assert empty.status == 422 and "The ballot is empty" in empty.text
        unknown = room.client.vote(room.path(ana), {999_999: ("high", "")})
        assert unknown.status == 422 and "an objective that is no longer in the plan" in unknown.text
        word = room.client.vote(room.path(ana), {o[0]: ("urgent", "")})
        assert word.status == 422 and "“urgent” is not a priority" in word.text
    assert ballots_in(plan.path) == []


def test_a_comment_on_an_objective_left_without_a_priority_is_never_dropped_unsaid(plan: PlanDocument) -> None:
    """The plan keeps a comment only with its priority: the member is told, and the page keeps what they wrote."""
    o = plan.structure.objective_ids()
    ana = member_ids(plan)[0]
    with serve_plan(plan) as room:
        sent = {o["1"]: ("high", ""), o["3"]: ("", "Ask the treasurer first"), o["4"]: ("", "Unclear wording")}
        refused = room.client.vote(room.path(ana), sent)
        assert refused.status == 422
        assert "Obj. 3, 4 have comments but no priority" in html.unescape(refused.text)
        assert "Ask the treasurer first" in refused.text and "Unclear wording" in refused.text  # kept to fix
        assert ballots_in(plan.path) == []
        fixed = room.client.vote(room.path(ana), {o["1"]: ("high", ""), o["3"]: ("low", "Ask the treasurer first")})
        assert fixed.status == 303
    assert votes_in(plan.path, ana) == {o["1"]: ("high", ""), o["3"]: ("low", "Ask the treasurer first")}


def test_a_form_that_ranks_an_objective_of_a_folded_goal_is_refused(plan: PlanDocument) -> None:
    """The page shows only the ballot's objectives; a form edited to rank one of a folded goal counts nothing."""
    first, second = (plan.structure.objective_ids()[n] for n in ("1", "2"))  # Obj. 2 is Goal 2's (they alternate)
    plan.structure.fold_goal(next(g.id for g in plan.structure.goals() if g.number == "2"), "Into goal 1")
    ana = member_ids(plan)[0]
    with serve_plan(plan) as room:
        page = room.client.request("GET", room.path(ana))
        assert "Objective number 1 of the plan" in page.text and "Objective number 2 of the plan" not in page.text
        tampered = room.client.vote(room.path(ana), {first: ("medium", ""), second: ("high", "")})
        assert tampered.status == 422 and "Obj. 2 is not on the ballot" in tampered.text
        fine = room.client.vote(room.path(ana), {first: ("medium", "")})
        assert fine.status == 303
    assert votes_in(plan.path, ana) == {first: ("medium", "")}


def test_hostile_requests_against_the_real_plan_record_nothing_and_members_still_get_in(
    plan: PlanDocument, tmp_path: Path
) -> None:
    o = objective_ids(plan)
    ana, ben, chen = member_ids(plan)
    other = make_plan(tmp_path / "other.retreat")
    other_key = other.room.ensure()
    other.close()
    good = {o[0]: ("high", ""), o[1]: ("low", "")}
    with serve_plan(plan, channel_timeout=2, cleanup_interval=1) as room:
        client = room.client
        # Links: guessed, another plan's, an old round's; paths that are no member page.
        guessed = "/v/" + "A" * 22
        another_plan = member_path(round_key(other_key), ana)
        old_round = member_path(RoundKey(bytes(32), room.key.plan_uid, room.key.round_no), ana)
        for path in (guessed, another_plan, old_round, "/", "/v/../../etc/passwd", "/v/%2e%2e/plan.retreat",
                     "/static/../board.retreat", room.path(ana) + "/../x"):  # fmt: skip
            assert client.request("GET", path, source="127.0.0.2").status == 404, path
        refused = client.post_form(another_plan, ballot_fields("x", good), source="127.0.0.2")
        assert refused.status in (404, 429)
        # A post from another site, and one replayed.
        page = client.request("GET", room.path(ben))
        cross = client.post_form(room.path(ben), ballot_fields(page.nonce(), good), Origin="http://evil.example")
        assert cross.status == 403
        fields = ballot_fields(page.nonce(), good)
        assert client.post_form(room.path(ben), fields).status == 303
        assert client.post_form(room.path(ben), fields).status == 409  # the same form again
        # An oversized body, and a comment carrying script and HTML.
        head = (
            f"POST {room.path(chen)} HTTP/1.1\r\nHost: {LOOPBACK}\r\nOrigin: {client.origin}\r\n"
            f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {MAX_BODY + 1}\r\n\r\n"
        )
        with socket.create_connection((LOOPBACK, room.server.address[1]), timeout=5) as sock:
            sock.sendall(head.encode() + b"p1=high&" * 1000)
            assert sock.recv(200).startswith(b"HTTP/1.1 413 ")
        script = "</textarea><script>alert(1)</script><b>bold</b>"
        over = client.vote(room.path(chen), {o[0]: ("high", script), o[1]: ("high", ""), o[2]: ("high", "")})
        assert over.status == 422 and "<script>alert(1)" not in over.text and "&lt;script&gt;" in over.text
        # A slow client holding a connection open does not stop a member.
        with socket.create_connection((LOOPBACK, room.server.address[1]), timeout=5) as slow:
            slow.sendall(b"POST " + room.path(chen).encode() + b" HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n")
            assert client.vote(room.path(chen), {o[0]: ("high", script)}).status == 303
    assert ballots_in(plan.path) == [(ben, "room"), (chen, "room")]
    assert votes_in(plan.path, ben) == good
    assert votes_in(plan.path, chen) == {o[0]: ("high", script)}  # the text as typed, stored as text


def test_a_second_ballot_is_refused_unless_the_board_lets_members_change_theirs(plan: PlanDocument) -> None:
    o = objective_ids(plan)
    ana, ben, _ = member_ids(plan)
    with serve_plan(plan) as room:
        assert room.client.vote(room.path(ana), {o[0]: ("high", "")}).status == 303
        page = room.client.request("GET", room.path(ana))
        assert "Your ballot was recorded" in page.text and 'name="nonce"' not in page.text
        forged = room.client.post_form(room.path(ana), ballot_fields("stale.1.2.3", {o[0]: ("low", "")}))
        assert forged.status in (409, 422)
    assert votes_in(plan.path, ana) == {o[0]: ("high", "")}
    plan.room.set_options(may_change=True)
    with serve_plan(plan) as room:
        page = room.client.request("GET", room.path(ana))
        assert f'id="p{o[0]}-high" value="high" checked' in page.text  # their own choices, to change
        fields = ballot_fields(page.nonce(), {o[0]: ("low", "")}, replace=True)
        changed = room.client.post_form(room.path(ana), fields)
        assert changed.status == 303
        assert room.client.vote(room.path(ben), {o[1]: ("medium", "")}).status == 303
    assert votes_in(plan.path, ana) == {o[0]: ("low", "")}
    assert ballots_in(plan.path) == [(ana, "room"), (ben, "room")]


def test_a_closed_round_and_a_new_round_record_nothing_and_old_links_die(plan: PlanDocument) -> None:
    o = objective_ids(plan)
    ana, ben, _ = member_ids(plan)
    with serve_plan(plan) as room:
        page = room.client.request("GET", room.path(ana))
        room.owner.run(room.box.close)  # the facilitator closes voting
        late = room.client.post_form(room.path(ana), ballot_fields(page.nonce(), {o[0]: ("low", "")}))
        assert late.status == 200 and "Voting is closed" in late.text and "nothing more can be recorded" in late.text
        old_path = room.path(ben)
    plan.room.new_round()
    with serve_plan(plan) as room:
        assert room.client.request("GET", old_path).status == 404
        assert room.client.vote(room.path(ben), {o[0]: ("low", "")}).status == 303
    assert ballots_in(plan.path) == [(ben, "room")]


def test_room_ballots_are_secret_when_the_plan_says_so_and_can_never_be_changed(tmp_path: Path) -> None:
    doc = make_plan(tmp_path / "secret.retreat")
    try:
        doc.ranking.set_ranking_options(secret_ballots=True)
        o = objective_ids(doc)
        ana = member_ids(doc)[0]
        with serve_plan(doc) as room:
            assert room.client.vote(room.path(ana), {o[0]: ("high", "mine")}).status == 303
            again = room.client.request("GET", room.path(ana))
            assert "Your ballot was recorded" in again.text and "Recorded at" not in again.text  # no time is kept
        assert committed(doc.path, "SELECT count(*) FROM ballot") == [(0,)]
        assert committed(doc.path, "SELECT member_id FROM secret_voter") == [(ana,)]
        votes = committed(doc.path, "SELECT objective_id, priority, comment FROM secret_vote")
        assert votes == [(o[0], "high", "mine")]
    finally:
        doc.close()


def test_thirty_members_send_ballots_of_200_objectives_at_once_and_the_plan_holds_each_exactly_once(
    tmp_path: Path,
) -> None:
    doc = make_plan(tmp_path / "big.retreat", objectives=200, members=30, high_cap=None)
    try:
        o, members = objective_ids(doc), member_ids(doc)
        sent = {
            m: {oid: (TIERS[(n + i) % 4], f"Member {n} on {i}: " + "é" * 20) for i, oid in enumerate(o)}
            for n, m in enumerate(members)
        }
        answers: dict[int, int] = {}
        barrier = threading.Barrier(len(members), timeout=60)

        def member(n: int, m: int, client: Client, path: str) -> None:
            device = f"127.0.1.{n + 1}"
            page = client.request("GET", path, source=device)
            fields = urlencode(ballot_fields(page.nonce(), sent[m])).encode()
            barrier.wait()
            headers = {"Content-Type": "application/x-www-form-urlencoded", "Origin": client.origin}
            answers[m] = client.request("POST", path, fields, headers, source=device, timeout=60).status

        with serve_plan(doc) as room:
            threads = [
                threading.Thread(target=member, args=(n, m, room.client, room.path(m))) for n, m in enumerate(members)
            ]
            started = time.monotonic()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(90)
            elapsed = time.monotonic() - started
        assert answers == {m: 303 for m in members}
        assert ballots_in(doc.path) == [(m, "room") for m in members]  # 30: none lost, none doubled
        assert committed(doc.path, "SELECT count(*) FROM ballot_vote") == [(30 * 200,)]
        assert {m: votes_in(doc.path, m) for m in members} == sent
        print(f"\n30 ballots of 200 objectives into the plan over loopback: {elapsed:.2f} s")
    finally:
        doc.close()


def test_a_french_plans_pages_are_in_french_and_its_refusals_too(plan: PlanDocument) -> None:
    """The member's page is a document of the plan: in the plan's language, whatever the person's."""
    plan.structure.set_language("fr")
    o = objective_ids(plan)
    ana = member_ids(plan)[0]
    with serve_plan(plan) as room:
        projected = room.client.request("GET", "/")
        assert projected.status == 404 and '<html lang="fr">' in projected.text
        assert "Votre téléphone atteint le vote en salle" in projected.text
        page = room.client.request("GET", room.path(ana))
        assert page.status == 200 and '<html lang="fr">' in page.text
        assert "Vous votez en tant que Member 1" in page.text and "Envoyer mon bulletin" in page.text
        assert all(word in page.text for word in ("Haute", "Moyenne", "Basse", "Abandonné"))
        too_many = {o[0]: ("high", ""), o[1]: ("high", ""), o[2]: ("high", "")}  # the cap is 2
        refused = room.client.post_form(room.path(ana), ballot_fields(page.nonce(), too_many))
        said = html.unescape(refused.text)
        assert refused.status == 422 and "Votre bulletin n'a pas été enregistré" in said
        assert "Ce bulletin classe 3 objectifs en priorité haute ; le conseil en a fixé au plus 2." in said
        assert ballots_in(plan.path) == []
    plan.structure.set_language("es")
    with serve_plan(plan) as room:
        page = room.client.request("GET", room.path(ana))
        assert '<html lang="es">' in page.text and "Enviar mi papeleta" in page.text and "Descartado" in page.text
