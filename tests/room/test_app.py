"""The room's WSGI app, called directly: what a member sees, and what everyone else gets."""

from __future__ import annotations

import re
import threading
from html import unescape

import pytest
from room_support import HOST, Room, ballot_body, call, vote

from planner_gui.room import QueueWriter, RoomApp
from planner_gui.room.form import MAX_BODY
from planner_gui.room.guards import NonceBook

OBJ = [100, 101, 102, 103, 104, 105]


def test_a_members_page_shows_the_plan_their_name_and_every_objective_and_nothing_else(room: Room) -> None:
    reply = call(room.app, "GET", room.path(2))
    assert reply.status == 200
    assert reply.headers["content-type"] == "text/html; charset=utf-8"
    page = unescape(reply.text)
    assert "Strategic Plan 2012–2015" in page and "Voting as Ben Okafor" in page
    assert page.count("<fieldset") == 6 and "Obj. 6 — Objective number 6 of the plan" in page
    assert "Ana Ruiz" not in page and "Chen Li" not in page
    assert 'name="nonce"' in page and f'action="{room.path(2)}"' in page
    assert "High: 0 of at most 3" in page
    assert room.box.recorded == []


def test_a_ballot_is_recorded_then_the_member_is_sent_to_their_recorded_page(room: Room) -> None:
    reply = vote(room, 1, {100: "high", 101: "dropped", 102: "low"}, comments={101: "Done by others"})
    assert reply.status == 303 and reply.headers["location"] == room.path(1)
    assert room.box.recorded == [(1, {100: ("high", ""), 101: ("dropped", "Done by others"), 102: ("low", "")})]
    page = call(room.app, "GET", room.path(1))
    assert page.status == 200 and "Your ballot was recorded" in page.text and "<form" not in page.text
    assert "Recorded at 2014-03-14 10:42" in page.text


def test_every_call_on_the_box_ran_on_the_documents_thread(room: Room) -> None:
    vote(room, 1, {100: "high"})
    call(room.app, "GET", room.path(1))
    assert {"member_ids", "submit", "form", "has_voted", "is_open"} <= set(room.box.calls)
    assert room.box.owner is not None and room.box.owner != threading.get_ident()


def test_a_ballot_the_box_refuses_records_nothing_shows_its_message_and_keeps_the_choices(room: Room) -> None:
    reply = vote(room, 1, {100: "high", 101: "high", 102: "high", 103: "high", 104: "low"}, comments={104: "Mine"})
    assert reply.status == 422
    assert room.box.recorded == []
    assert "the board agreed on at most 3" in reply.text and 'role="alert"' in reply.text
    assert "Your ballot was not recorded" in reply.text
    checked = re.findall(r'id="p(\d+)-(\w+)" value="\w+" checked', reply.text)
    assert sorted(checked) == [("100", "high"), ("101", "high"), ("102", "high"), ("103", "high"), ("104", "low")]
    assert ">Mine</textarea>" in reply.text and "<details open>" in reply.text
    assert "High: 4 of at most 3 — 1 too many" in unescape(reply.text)
    fixed = call(room.app, "POST", room.path(1), ballot_body(reply.nonce(), {100: "high", 104: "low"}))
    assert fixed.status == 303 and room.box.recorded == [(1, {100: ("high", ""), 104: ("low", "")})]


@pytest.mark.parametrize(
    ("choices", "message"),
    [
        ({999: "high"}, "no longer in the plan"),
        ({100: "urgent"}, "“urgent” is not a priority"),
        ({}, "The ballot is empty"),
    ],
)
def test_the_box_rules_reach_the_member_as_the_boxs_own_words(
    room: Room, choices: dict[int, str], message: str
) -> None:
    reply = vote(room, 3, choices)
    assert reply.status == 422 and message in unescape(reply.text)
    assert room.box.recorded == []


def test_a_second_ballot_where_none_is_allowed_is_refused_and_the_first_stays(room: Room) -> None:
    vote(room, 1, {100: "high"})
    stale_page = call(room.app, "GET", room.path(2))  # another tab, any form: same answer
    assert stale_page.status == 200
    again = call(room.app, "POST", room.path(1), ballot_body(room.app.nonces.issue(1), {100: "low"}))
    assert again.status == 422 and "has already voted" in again.text and "<form" not in again.text
    assert room.box.recorded == [(1, {100: ("high", "")})]


def test_where_the_board_allows_it_a_member_changes_their_ballot_until_voting_closes(room: Room) -> None:
    room.box.may_change = True
    vote(room, 1, {100: "high", 101: "low"})
    page = call(room.app, "GET", room.path(1))
    assert "Your ballot was recorded" in page.text and "Change my ballot" in page.text
    assert 'name="replace" value="1"' in page.text and 'id="p100-high" value="high" checked' in page.text
    changed = call(room.app, "POST", room.path(1), ballot_body(page.nonce(), {100: "medium"}, replace="1"))
    assert changed.status == 303
    assert room.box.ballots[1][0] == {100: ("medium", "")}
    room.box.open = False
    closed = call(room.app, "GET", room.path(1))
    assert "Voting is closed" in closed.text and "recorded before voting closed" in closed.text


def test_a_closed_round_says_so_and_records_nothing(room: Room) -> None:
    page = call(room.app, "GET", room.path(2))
    room.box.open = False
    assert "Voting is closed" in call(room.app, "GET", room.path(2)).text
    reply = call(room.app, "POST", room.path(2), ballot_body(page.nonce(), {100: "high"}))
    assert reply.status == 200 and "nothing more can be recorded" in reply.text and "did not vote" in reply.text
    assert room.box.recorded == [] and "submit" not in room.box.calls


def test_a_replayed_post_records_nothing_and_says_so(room: Room) -> None:
    page = call(room.app, "GET", room.path(2))
    body = ballot_body(page.nonce(), {100: "low"})
    assert call(room.app, "POST", room.path(2), body).status == 303
    room.box.may_change = True  # even where a change would be allowed, the same form twice is not one
    replay = call(room.app, "POST", room.path(2), body)
    assert replay.status == 409 and "already sent once" in replay.text
    assert room.box.recorded == [(2, {100: ("low", "")})]


def test_a_refused_form_can_not_be_sent_twice_either(room: Room) -> None:
    page = call(room.app, "GET", room.path(2))
    body = ballot_body(page.nonce(), {})
    assert call(room.app, "POST", room.path(2), body).status == 422
    assert call(room.app, "POST", room.path(2), body).status == 409


def test_a_nonce_from_another_members_page_or_a_restarted_server_is_stale(room: Room) -> None:
    other = call(room.app, "GET", room.path(1)).nonce()
    reply = call(room.app, "POST", room.path(2), ballot_body(other, {100: "high"}))
    assert reply.status == 409 and "out of date" in reply.text and 'value="high" checked' in reply.text
    restarted = RoomApp(room.key, room.box, room.writer, nonces=NonceBook(room.key))
    mine = call(room.app, "GET", room.path(2)).nonce()
    assert call(restarted, "POST", room.path(2), ballot_body(mine, {100: "high"})).status == 409
    assert call(room.app, "POST", room.path(2), ballot_body("", {100: "high"})).status == 409
    assert room.box.recorded == []


def test_a_nonce_older_than_a_day_is_stale(room: Room) -> None:
    nonce = call(room.app, "GET", room.path(2)).nonce()
    room.clock[0] += 24 * 3600 + 1
    assert call(room.app, "POST", room.path(2), ballot_body(nonce, {100: "high"})).status == 409


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://evil.example"},
        {"Origin": "null"},
        {"Origin": f"https://{HOST}"},
        {"Origin": None, "Sec-Fetch-Site": "cross-site"},
        {"Origin": None, "Sec-Fetch-Site": "same-site"},
        {"Origin": None, "Referer": "http://evil.example/page"},
        {"Origin": None, "Referer": "not a url ["},
        {"Host": None},
    ],
)
def test_a_cross_site_post_is_refused_and_records_nothing(room: Room, headers: dict[str, str | None]) -> None:
    nonce = call(room.app, "GET", room.path(2)).nonce()
    reply = call(room.app, "POST", room.path(2), ballot_body(nonce, {100: "high"}), headers=headers)
    assert reply.status == 403 and "from its own page" in reply.text
    assert room.box.recorded == []


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": None, "Sec-Fetch-Site": "same-origin"},
        {"Origin": None, "Referer": f"http://{HOST}/v/whatever"},
        {"Origin": None},
    ],
)
def test_a_post_from_the_page_itself_passes_by_whatever_the_browser_sent(
    room: Room, headers: dict[str, str | None]
) -> None:
    nonce = call(room.app, "GET", room.path(2)).nonce()
    assert call(room.app, "POST", room.path(2), ballot_body(nonce, {100: "high"}), headers=headers).status == 303


@pytest.mark.parametrize("content_type", ["multipart/form-data; boundary=x", "text/plain", "application/json", None])
def test_a_post_that_is_not_the_plain_form_is_refused(room: Room, content_type: str | None) -> None:
    nonce = call(room.app, "GET", room.path(2)).nonce()
    reply = call(
        room.app, "POST", room.path(2), ballot_body(nonce, {100: "high"}), headers={"Content-Type": content_type}
    )
    assert reply.status == 415 and room.box.recorded == []


def test_an_oversized_body_is_refused_unread(room: Room) -> None:
    reply = call(room.app, "POST", room.path(2), b"x", headers={"Content-Length": str(MAX_BODY + 1)})
    assert reply.status == 413 and room.box.calls == []
    assert call(room.app, "POST", room.path(2), b"", headers={"Content-Length": "-5"}).status == 413


def test_a_malformed_form_says_what_is_wrong_and_records_nothing(room: Room) -> None:
    reply = call(room.app, "POST", room.path(2), b"nonce=x&p100=high&p100=low")
    assert reply.status == 400 and "a field was sent twice (p100)" in reply.text
    assert room.box.recorded == []


@pytest.mark.parametrize(
    "path",
    [
        "/", "/index.html", "/favicon.ico", "/v/", "/v", "/results", "/v/../v/x", "/../../etc/passwd",
        "/v/%2e%2e/%2e%2e/etc/passwd", "/static/app.js", "//v/AAAAAAAAAAAAAAAAAAAAAA",
    ],
)  # fmt: skip
def test_every_other_path_is_a_tiny_404_that_shows_nothing_of_the_plan(room: Room, path: str) -> None:
    reply = call(room.app, "GET", path)
    assert reply.status == 404 and "Strategic Plan" not in reply.text and "Objective" not in reply.text
    assert "content-security-policy" in reply.headers


def test_a_wrong_or_another_plans_or_an_old_rounds_link_is_a_404(room: Room) -> None:
    from planner_gui.room.links import RoundKey, member_path

    for path in (
        "/v/" + "A" * 22,
        member_path(RoundKey(bytes(32), room.key.plan_uid, 1), 1),
        member_path(RoundKey(room.key.secret, "another-plan", 1), 1),
        member_path(RoundKey(room.key.secret, room.key.plan_uid, 2), 1),
        member_path(room.key, 99),
    ):
        assert call(room.app, "GET", path).status == 404
        assert call(room.app, "POST", path, b"nonce=x&p100=high").status == 404
    assert room.box.recorded == []


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "PROPFIND"])
def test_other_methods_are_405(room: Room, method: str) -> None:
    reply = call(room.app, method, room.path(1))
    assert reply.status == 405 and reply.headers["allow"] == "GET, HEAD, POST"


def test_head_answers_the_headers_without_a_body(room: Room) -> None:
    reply = call(room.app, "HEAD", room.path(1))
    assert reply.status == 200 and reply.text == "" and int(reply.headers["content-length"]) > 1000


def test_too_many_wrong_links_from_one_address_get_429_for_a_while_and_others_go_on(room: Room) -> None:
    for n in range(10):
        assert call(room.app, "GET", f"/v/{n:022d}", address="203.0.113.9").status == 404
    blocked = call(room.app, "GET", room.path(1), address="203.0.113.9")
    assert blocked.status == 429 and int(blocked.headers["retry-after"]) > 60
    assert call(room.app, "GET", room.path(1), address="203.0.113.10").status == 200
    room.clock[0] += 301
    assert call(room.app, "GET", room.path(1), address="203.0.113.9").status == 200


def test_wrong_links_spread_over_more_than_a_minute_are_not_braked(room: Room) -> None:
    for _ in range(30):
        assert call(room.app, "GET", "/v/" + "B" * 22, address="203.0.113.9").status == 404
        room.clock[0] += 7
    assert call(room.app, "GET", room.path(1), address="203.0.113.9").status == 200


def test_script_and_html_in_comments_and_titles_come_back_escaped(room: Room) -> None:
    from planner_gui.room.box import FormObjective

    room.box.plan_title = "<script>alert('plan')</script>"
    room.box.members[1] = '"><img src=x onerror=alert(1)>'
    room.box.objectives = (FormObjective(100, "<b>1</b>", "</legend><script>alert(2)</script>"),)
    nasty = "</textarea><script>alert(3)</script>&amp;"
    reply = vote(room, 1, {100: "high", 999: "high"}, comments={100: nasty})  # refused: shown again
    assert reply.status == 422
    assert "<script>alert" not in reply.text and "<img" not in reply.text and "<b>" not in reply.text
    assert "&lt;/textarea&gt;&lt;script&gt;alert(3)&lt;/script&gt;&amp;amp;" in reply.text
    assert reply.text.count("<script>") == 1  # the page's own, allowed by its hash
    fine = call(room.app, "POST", room.path(1), ballot_body(reply.nonce(), {100: "high"}, comments={100: nasty}))
    assert fine.status == 303 and room.box.ballots[1][0][100] == ("high", nasty)  # stored as typed


def test_every_answer_carries_the_security_headers(room: Room) -> None:
    for reply in (call(room.app, "GET", room.path(1)), call(room.app, "GET", "/x"), call(room.app, "PUT", "/")):
        csp = reply.headers["content-security-policy"]
        for part in ("default-src 'none'", "form-action 'self'", "frame-ancestors 'none'", "script-src 'sha256-"):
            assert part in csp
        assert reply.headers["x-content-type-options"] == "nosniff"
        assert reply.headers["cache-control"] == "no-store"
        assert reply.headers["referrer-policy"] == "same-origin"
        assert "set-cookie" not in reply.headers and "server" not in reply.headers


def test_when_the_documents_thread_does_not_answer_the_member_is_told_nothing_was_recorded(room: Room) -> None:
    idle = QueueWriter()  # nobody drains it
    app = RoomApp(room.key, room.box, idle, answer_timeout=0.05, nonces=room.app.nonces)
    nonce = call(room.app, "GET", room.path(1)).nonce()
    reply = call(app, "POST", room.path(1), ballot_body(nonce, {100: "high"}))
    assert reply.status == 503 and "was not recorded" in reply.text
    idle.run_pending()  # the owner comes back: the cancelled call must not run
    assert room.box.recorded == []
    assert call(room.app, "POST", room.path(1), ballot_body(nonce, {100: "high"})).status == 303  # unspent


def test_a_commit_that_outlasts_the_wait_is_not_claimed_as_recorded(room: Room) -> None:
    release = threading.Event()
    room.box.before_submit = lambda: release.wait(5) and None
    app = RoomApp(room.key, room.box, room.writer, answer_timeout=0.05, answer_grace=0.05, nonces=room.app.nonces)
    nonce = call(app, "GET", room.path(1)).nonce()
    try:
        reply = call(app, "POST", room.path(1), ballot_body(nonce, {100: "high"}))
    finally:
        release.set()
    assert reply.status == 503 and "did not confirm your ballot" in reply.text
    assert "Your ballot was recorded" not in reply.text


def test_switching_room_voting_off_answers_at_once(room: Room) -> None:
    writer = QueueWriter()
    app = RoomApp(room.key, room.box, writer)
    writer.close()
    reply = call(app, "GET", room.path(1))
    assert reply.status == 503 and "Voting is closed" in reply.text


def test_a_bug_in_the_box_is_a_500_that_records_nothing_and_leaks_nothing(room: Room) -> None:
    def broken() -> None:
        raise RuntimeError("secret internals")

    room.box.before_submit = broken
    reply = vote(room, 1, {100: "high"})
    assert reply.status == 500 and "secret internals" not in reply.text and room.box.recorded == []
