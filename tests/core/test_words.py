"""Words the core gives new rows."""

from __future__ import annotations

from planner_gui.core.words import first_free


def test_a_new_rows_name_is_the_first_no_one_has() -> None:
    assert first_free("New section", []) == "New section"
    assert first_free("New section", ["new  SECTION", "New section 2", "Other"]) == "New section 3"
