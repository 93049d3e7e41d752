"""A posted ballot is read for shape and size only; the rules are the box's."""

from __future__ import annotations

from urllib.parse import quote, urlencode

import pytest

from planner_gui.room.form import (
    MAX_BODY,
    MAX_FIELDS,
    FormError,
    clean_comment,
    is_form_type,
    parse_ballot,
)
from planner_gui.room.page import COMMENT_LIMIT


def test_a_form_gives_its_nonce_replace_flag_and_the_choices_by_objective_id() -> None:
    body = urlencode(
        [("nonce", "n1"), ("replace", "1"), ("p12", "high"), ("c12", "Keep it"), ("p13", ""), ("c14", "why?")]
    ).encode()
    posted = parse_ballot(body)
    assert posted.nonce == "n1" and posted.replace
    assert posted.choices == {12: ("high", "Keep it"), 14: (None, "why?")}


def test_a_priority_that_is_not_one_of_the_four_goes_to_the_box_which_refuses_it() -> None:
    assert parse_ballot(b"p3=urgent").choices == {3: ("urgent", "")}


@pytest.mark.parametrize(
    ("body", "key"),
    [
        (b"p1=high&p1=low", "error.twice"),
        (b"x1=high", "error.field"),
        (b"p01=high", "error.field"),
        (b"p1234567890123=high", "error.field"),
        (b"p-1=high", "error.field"),
        (b"p1=" + b"h" * 17, "error.priority_long"),
        (b"c1=%FF%FE", "error.encoding"),
        ("c1=é".encode(), "error.encoding"),
        (b"garbage", "error.encoding"),
    ],
)
def test_a_form_this_page_could_not_have_sent_is_refused_with_a_reason(body: bytes, key: str) -> None:
    with pytest.raises(FormError) as caught:
        parse_ballot(body)
    assert caught.value.key == key


def test_too_many_fields_are_refused_before_they_are_all_read() -> None:
    body = "&".join(f"p{n}=low" for n in range(1, MAX_FIELDS + 2)).encode()
    with pytest.raises(FormError) as caught:
        parse_ballot(body)
    assert caught.value.key == "error.too_many_fields"


def test_a_comment_is_at_most_2000_characters_after_line_breaks_are_made_one() -> None:
    exactly = "ab\r\n" * 666 + "xy"  # 2,000 characters once each CRLF counts one
    assert len(clean_comment(exactly)) == COMMENT_LIMIT
    assert parse_ballot(urlencode({"c1": exactly}).encode()).choices[1][1].count("\n") == 666
    with pytest.raises(FormError):
        parse_ballot(urlencode({"c1": "x" * (COMMENT_LIMIT + 1)}).encode())


def test_control_characters_are_dropped_from_comments_and_spaces_trimmed() -> None:
    assert clean_comment("  a\x00b\x07c\td\x1b  ") == "abc\td"


def test_the_largest_honest_ballot_fits_the_body_limit() -> None:
    """200 objectives, each with 2,000 characters outside ASCII, each sent as 9 bytes ("%E2%82%AC")."""
    fields = [("nonce", "x" * 60)]
    for oid in range(100_000, 100_200):
        fields += [(f"p{oid}", "dropped"), (f"c{oid}", "€" * COMMENT_LIMIT)]
    body = urlencode(fields, quote_via=quote).encode()
    assert 3_600_000 < len(body) <= MAX_BODY
    assert len(parse_ballot(body).choices) == 200


@pytest.mark.parametrize(
    ("content_type", "ok"),
    [
        ("application/x-www-form-urlencoded", True),
        ("application/x-www-form-urlencoded; charset=UTF-8", True),
        ("Application/X-WWW-Form-Urlencoded;charset=utf-8", True),
        ("application/x-www-form-urlencoded; charset=latin-1", False),
        ("multipart/form-data; boundary=x", False),
        ("text/plain", False),
        ("application/json", False),
        ("", False),
    ],
)
def test_only_the_plain_form_type_is_taken(content_type: str, ok: bool) -> None:
    assert is_form_type(content_type) is ok
