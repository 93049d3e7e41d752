"""Aggregation and consensus: pure functions, checked by examples and by properties."""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner_gui.core.model_ranking import PRIORITIES
from planner_gui.core.tally import CONTESTED_BELOW, Tally, parse_priority, tally

votes = st.lists(st.tuples(st.sampled_from(PRIORITIES), st.sampled_from([1.0, 1.0, 1.0, 2.0, 0.5])), max_size=40)


@given(votes)
def test_the_counts_add_up_to_the_weight_of_the_ballots_cast(cast: list[tuple[str, float]]) -> None:
    result = tally(cast)
    assert math.isclose(result.total, sum(w for _, w in cast))
    for priority in PRIORITIES:
        assert math.isclose(result.count(priority), sum(w for p, w in cast if p == priority))


@given(votes, st.randoms(use_true_random=False))
def test_the_order_of_the_ballots_never_matters(cast: list[tuple[str, float]], rnd: random.Random) -> None:
    shuffled = list(cast)
    rnd.shuffle(shuffled)
    a, b = tally(cast), tally(shuffled)
    assert a.counts == pytest.approx(b.counts)
    assert (a.mean is None) == (b.mean is None)
    if a.mean is not None:
        assert a.mean == pytest.approx(b.mean)
        assert a.consensus == pytest.approx(b.consensus)


@given(st.sampled_from(PRIORITIES), st.integers(min_value=1, max_value=30))
def test_unanimity_gives_full_consensus(priority: str, n: int) -> None:
    result = tally([(priority, 1.0)] * n)
    assert result.consensus == 1.0
    assert not result.contested
    assert result.leading == priority


@given(votes)
def test_consensus_stays_between_nothing_and_full(cast: list[tuple[str, float]]) -> None:
    consensus = tally(cast).consensus
    assert consensus is None if not cast else 0.0 <= consensus <= 1.0


@given(votes, votes)
def test_show_of_hands_counts_add_to_the_ballots(a: list[tuple[str, float]], b: list[tuple[str, float]]) -> None:
    assert (tally(a) + tally(b)).counts == pytest.approx(tally(a + b).counts)


def test_a_room_split_between_the_extremes_has_no_consensus_and_is_contested() -> None:
    split = tally([("high", 1.0)] * 4 + [("dropped", 1.0)] * 4)
    assert split.consensus == pytest.approx(0.0)
    assert split.mean == pytest.approx(1.5)
    assert split.contested


def test_neighbouring_tiers_agree_more_than_distant_ones() -> None:
    near = tally([("high", 1.0)] * 3 + [("medium", 1.0)] * 3)
    far = tally([("high", 1.0)] * 3 + [("low", 1.0)] * 3)
    assert near.consensus is not None and far.consensus is not None
    assert near.consensus > CONTESTED_BELOW > far.consensus
    assert not near.contested and far.contested


def test_known_values() -> None:
    result = tally([("high", 1.0)] * 4 + [("medium", 1.0)] * 2)
    assert result.mean == pytest.approx(8 / 3)
    # 1 + 4/6·log2(1 − (1/3)/3) + 2/6·log2(1 − (2/3)/3)
    expected = 1 + 4 / 6 * math.log2(1 - 1 / 9) + 2 / 6 * math.log2(1 - 2 / 9)
    assert result.consensus == pytest.approx(expected)


def test_a_weighted_member_counts_for_more() -> None:
    result = tally([("high", 2.0), ("low", 1.0)])
    assert result.high == 2.0 and result.low == 1.0
    assert result.mean == pytest.approx((2 * 3 + 1) / 3)


def test_no_votes_gives_no_mean_no_consensus_and_no_flag() -> None:
    empty = Tally()
    assert empty.total == 0 and empty.mean is None and empty.consensus is None
    assert not empty.contested and empty.leading is None


def test_a_single_vote_is_never_contested() -> None:
    assert not tally([("high", 1.0)]).contested


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("High", "high"),
        ("HIGH", "high"),
        (" medium ", "medium"),
        ("Low", "low"),
        ("Drop", "dropped"),
        ("dropped", "dropped"),
        ("DROPPED", "dropped"),
        ("d", "dropped"),
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
def test_priorities_are_forgiven_their_case_and_drop_or_dropped(text: object, expected: str | None) -> None:
    assert parse_priority(text) == expected


@pytest.mark.parametrize("text", ["urgent", "1", "highest", "dro"])
def test_anything_else_is_not_a_priority(text: str) -> None:
    with pytest.raises(ValueError, match="not a priority"):
        parse_priority(text)


def test_an_unknown_priority_is_refused_by_the_tally() -> None:
    with pytest.raises(ValueError):
        tally([("urgent", 1.0)])


def test_priorities_read_again_are_remembered_but_never_without_bound() -> None:
    """A ballot's 2,000 cells hold four or five words, each read once; a hostile file's endless spellings of one
    word ("High", "High ", "High  "…) are read each time, and the remembered ones stay few."""
    from planner_gui.core import words

    spellings = ["High" + " " * n for n in range(1000)]
    assert {parse_priority(s) for s in spellings} == {"high"}
    assert {parse_priority(s) for s in spellings} == {"high"}  # the second time, from what was remembered
    assert len(words._PRIORITIES_READ) <= 256
    with pytest.raises(ValueError, match="not a priority"):
        parse_priority("Highest")  # a refusal is never remembered as a priority
    with pytest.raises(ValueError, match="not a priority"):
        parse_priority("Highest")
