"""natural_key: the order objective and goal number labels are shown in."""

from __future__ import annotations

import random

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from planner_gui.core.natural import natural_key


def naturally(labels: list[str]) -> list[str]:
    return sorted(labels, key=natural_key)


# ------------------------------------------------------------- known orders
def test_numbers_compare_as_numbers_so_2_comes_before_10() -> None:
    assert naturally(["10", "2", "1", "16", "9"]) == ["1", "2", "9", "10", "16"]


def test_dotted_labels_compare_part_by_part_so_1_2_comes_before_1_10() -> None:
    assert naturally(["1.10", "1.2", "1.1", "2.1", "1.9"]) == ["1.1", "1.2", "1.9", "1.10", "2.1"]


def test_a_label_comes_right_after_its_own_prefix() -> None:
    assert naturally(["2", "1.1", "1", "10"]) == ["1", "1.1", "2", "10"]


def test_digits_sort_before_letters_at_the_same_place() -> None:
    assert naturally(["A", "1", "B", "2"]) == ["1", "2", "A", "B"]
    assert naturally(["1a", "1.1", "11"]) == ["1.1", "1a", "11"]


def test_letter_labels_sort_alphabetically_ignoring_case() -> None:
    assert naturally(["c", "B", "a"]) == ["a", "B", "c"]


def test_letters_followed_by_numbers_use_natural_order_for_the_numbers() -> None:
    assert naturally(["A10", "A2", "B1", "A1"]) == ["A1", "A2", "A10", "B1"]


def test_the_seed_plans_gapped_numbers_keep_their_natural_order() -> None:
    # The revised plan keeps Obj. 8, 10, 13, 15 ... gaps and all.
    shuffled = ["15", "1", "13", "8", "2", "10"]
    assert naturally(shuffled) == ["1", "2", "8", "10", "13", "15"]


def test_surrounding_spaces_do_not_change_the_place_of_a_label() -> None:
    assert natural_key(" 10 ") == natural_key("10")
    assert naturally([" 10", "9 "]) == ["9 ", " 10"]


def test_labels_equal_up_to_case_or_leading_zeros_still_get_a_fixed_order() -> None:
    assert natural_key("a") != natural_key("A")
    assert natural_key("01") != natural_key("1")
    assert naturally(["a", "A"]) == naturally(["A", "a"])
    assert naturally(["1", "01"]) == naturally(["01", "1"])


def test_an_empty_label_sorts_first() -> None:
    assert naturally(["1", "", "A"]) == ["", "1", "A"]


def test_large_numbers_are_not_truncated() -> None:
    assert naturally(["100000000000000000001", "99999999999999999999"]) == [
        "99999999999999999999",
        "100000000000000000001",
    ]


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("²", ["1", "99", "²"]),
        ("½", ["1", "99", "½"]),
        ("Ⅳ", ["1", "99", "Ⅳ"]),
        ("①", ["1", "99", "①"]),
        ("1²", ["1", "1²", "99"]),
        ("3⁴", ["1", "3⁴", "99"]),
    ],
)
def test_digit_like_characters_sort_as_text(label: str, expected: list[str]) -> None:
    # str.isdigit() accepts these but int() does not; a label holding one must
    # still get a key (it once raised ValueError), sorting them as text.
    assert natural_key(label)[1] == label
    assert naturally([label, "99", "1"]) == expected


# ------------------------------------------------------- properties (hypothesis)
LABEL_ALPHABET = st.sampled_from("0123456789.-ABCabz ")
labels = st.text(alphabet=LABEL_ALPHABET, max_size=12)
dotted = st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=4).map(
    lambda parts: ".".join(str(p) for p in parts)
)


@given(st.integers(min_value=0, max_value=10**30), st.integers(min_value=0, max_value=10**30))
def test_pure_digit_labels_order_like_their_integers(a: int, b: int) -> None:
    assert (natural_key(str(a)) < natural_key(str(b))) == (a < b)
    assert (natural_key(str(a)) == natural_key(str(b))) == (a == b)


@given(dotted, dotted)
def test_dotted_labels_order_like_tuples_of_their_integers(a: str, b: str) -> None:
    ta = tuple(int(p) for p in a.split("."))
    tb = tuple(int(p) for p in b.split("."))
    assert (natural_key(a) < natural_key(b)) == (ta < tb)


@given(labels, labels)
def test_the_order_is_total_and_antisymmetric(a: str, b: str) -> None:
    ka, kb = natural_key(a), natural_key(b)
    assert (ka < kb) + (ka == kb) + (ka > kb) == 1
    # Equal keys only for labels that are the same once trimmed.
    assert (ka == kb) == (a.strip() == b.strip())


@given(labels, labels, labels)
def test_the_order_is_transitive(a: str, b: str, c: str) -> None:
    ka, kb, kc = natural_key(a), natural_key(b), natural_key(c)
    if ka <= kb and kb <= kc:
        assert ka <= kc


@given(st.lists(labels, max_size=30))
def test_sorting_twice_changes_nothing(items: list[str]) -> None:
    once = naturally(items)
    assert naturally(once) == once


@given(st.lists(labels, max_size=30), st.randoms(use_true_random=False))
def test_the_sorted_order_does_not_depend_on_the_starting_order(items: list[str], rnd: random.Random) -> None:
    # Labels equal once trimmed have equal keys (stored numbers are always trimmed).
    shuffled = list(items)
    rnd.shuffle(shuffled)
    assert [s.strip() for s in naturally(shuffled)] == [s.strip() for s in naturally(items)]


@given(st.lists(labels, max_size=30))
def test_sorting_keeps_every_label(items: list[str]) -> None:
    assert sorted(naturally(items)) == sorted(items)


@given(labels)
def test_spaces_around_a_label_never_change_its_key(label: str) -> None:
    assert natural_key(f"  {label} ") == natural_key(label)


@given(st.text(max_size=12))
@example("²")
def test_any_text_a_user_can_type_gets_a_key(label: str) -> None:
    key = natural_key(label)
    assert key[1] == label.strip()
