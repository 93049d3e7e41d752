"""Member links: one member, one plan, one round; not guessable; the same after a restart."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner_gui.room.links import (
    RoundKey,
    member_for_token,
    member_path,
    member_token,
    member_url,
    new_round_key,
    token_from_path,
)

SECRET = bytes(range(32))
KEY = RoundKey(SECRET, "plan-a", 1)
MEMBERS = range(1, 31)


def test_a_token_is_22_url_safe_characters_carrying_128_bits() -> None:
    token = member_token(KEY, 7)
    assert len(token) == 22
    assert token.replace("-", "").replace("_", "").isalnum()
    assert member_path(KEY, 7) == "/v/" + token


def test_the_same_key_gives_the_same_links_so_cards_printed_before_the_retreat_survive_a_restart() -> None:
    again = RoundKey(bytes(SECRET), "plan-a", 1)
    assert [member_token(again, m) for m in MEMBERS] == [member_token(KEY, m) for m in MEMBERS]


def test_tokens_differ_per_member_plan_round_and_secret() -> None:
    tokens = {member_token(KEY, m) for m in MEMBERS}
    tokens |= {member_token(RoundKey(SECRET, "plan-b", 1), m) for m in MEMBERS}
    tokens |= {member_token(RoundKey(SECRET, "plan-a", 2), m) for m in MEMBERS}
    tokens |= {member_token(new_round_key("plan-a"), m) for m in MEMBERS}
    assert len(tokens) == 4 * len(MEMBERS)


def test_a_token_finds_its_member_and_no_other() -> None:
    for member in MEMBERS:
        assert member_for_token(KEY, member_token(KEY, member), MEMBERS) == member


def test_another_plans_or_rounds_or_a_removed_members_link_finds_nobody() -> None:
    assert member_for_token(KEY, member_token(RoundKey(SECRET, "plan-b", 1), 3), MEMBERS) is None
    assert member_for_token(KEY, member_token(RoundKey(SECRET, "plan-a", 2), 3), MEMBERS) is None
    assert member_for_token(KEY, member_token(KEY, 3), [1, 2, 4]) is None


@given(st.text(max_size=40))
def test_no_made_up_token_finds_a_member(token: str) -> None:
    assert member_for_token(KEY, token, MEMBERS) is None


@given(st.integers(min_value=0, max_value=21), st.sampled_from("AQgw-_09az"))
def test_one_character_changed_finds_nobody(position: int, char: str) -> None:
    token = member_token(KEY, 5)
    changed = token[:position] + char + token[position + 1 :]
    if changed != token:
        assert member_for_token(KEY, changed, MEMBERS) is None


def test_every_member_is_compared_whoever_matches(monkeypatch: pytest.MonkeyPatch) -> None:
    """The constant-time path: as many digests compared for the first member, the last, and nobody."""
    import planner_gui.room.links as links

    counted: list[int] = []
    real = links.hmac.compare_digest

    def counting(a: bytes, b: bytes) -> bool:
        counted.append(1)
        return real(a, b)

    monkeypatch.setattr(links.hmac, "compare_digest", counting)
    for token in (member_token(KEY, 1), member_token(KEY, 30), "A" * 22, "short", "é" * 22):
        counted.clear()
        member_for_token(KEY, token, MEMBERS)
        assert len(counted) == len(MEMBERS)


def test_a_round_key_refuses_a_short_secret_and_hides_its_secret_from_repr() -> None:
    with pytest.raises(ValueError):
        RoundKey(b"short", "plan-a", 1)
    with pytest.raises(ValueError):
        RoundKey(SECRET, "", 1)
    with pytest.raises(ValueError):
        RoundKey(SECRET, "plan-a", 0)
    assert SECRET.hex() not in repr(KEY) and str(SECRET) not in repr(KEY)
    assert len(new_round_key("p").secret) == 32


def test_the_full_link_is_built_from_the_servers_address() -> None:
    token = member_token(KEY, 2)
    assert member_url("http://127.0.0.1:8765/", KEY, 2) == f"http://127.0.0.1:8765/v/{token}"
    assert member_url("http://[::1]:8765", KEY, 2) == f"http://[::1]:8765/v/{token}"
    with pytest.raises(ValueError):
        member_url("127.0.0.1:8765", KEY, 2)


@pytest.mark.parametrize(
    "path", ["/", "/v/", "/v", "/v/short", "/v/" + "A" * 23, "/v/" + "A" * 21 + "/", "/x/" + "A" * 22, "/v/../etc"]
)
def test_only_a_well_formed_member_path_has_a_token(path: str) -> None:
    assert token_from_path(path) is None
    assert token_from_path("/v/" + "A" * 22) == "A" * 22
