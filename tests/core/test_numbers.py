"""Numbers typed as text, read alike by the window, the workbook readers and the core's rules."""

from __future__ import annotations

import math

import pytest

from planner_gui.core.numbers import MAX_NUMBER, plan_number, typed_number


def test_a_number_typed_as_text_with_a_decimal_comma_is_read_as_its_writer_meant() -> None:
    typed = ("1,5", "0,75", "0,5", "0,500", "1.5", "1 000", "1,000", "1.234,5", " 2 ", "-3,25", "1\u202f000")
    assert [typed_number(t) for t in typed] == [1.5, 0.75, 0.5, 0.5, 1.5, 1000, 1000, 1234.5, 2, -3.25, 1000]
    for nonsense in ("1,2,3", "1.2.3", "1,5,", "heavy", "", "0,5 %"):
        with pytest.raises(ValueError):
            typed_number(nonsense)


@pytest.mark.parametrize("value", ["inf", "nan", float("nan"), math.inf, MAX_NUMBER * 10, "1e300", True, "x", None])
def test_a_plan_number_is_finite_and_within_what_a_plan_holds(value: object) -> None:
    with pytest.raises(ValueError):
        plan_number(value)


def test_a_plan_number_reads_numbers_and_text_alike() -> None:
    assert [plan_number(v) for v in (25, 0.5, "0,5", "25", "-1", MAX_NUMBER)] == [25, 0.5, 0.5, 25, -1, MAX_NUMBER]
