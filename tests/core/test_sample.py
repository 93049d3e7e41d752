"""The bundled sample plan: the seed's goals and objectives, built into a fresh file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import FileAccessError
from planner_gui.core.sample import sample_data, write_sample
from planner_gui.core.summary import summary_lines


@pytest.fixture
def sample(sample_plan: Path) -> Iterator[PlanDocument]:
    doc = PlanDocument.open_snapshot(sample_plan)
    yield doc
    doc.close()


def test_the_sample_has_the_seeds_four_goals_in_order(sample: PlanDocument) -> None:
    assert [g.number for g in sample.structure.goals()] == ["1", "2", "3", "4"]
    assert all(g.title.strip() for g in sample.structure.goals())
    assert [g.position for g in sample.structure.goals()] == [0, 1, 2, 3]


def test_the_sample_objectives_are_numbered_1_to_16_under_the_right_goals(
    sample: PlanDocument,
) -> None:
    under = {g.number: [o.number for o in sample.structure.objectives(g.id)] for g in sample.structure.goals()}
    assert under == {
        "1": ["1", "2", "3", "4", "5", "6", "7"],
        "2": ["8", "9", "10", "11", "12"],
        "3": ["13", "14", "15", "16"],
        "4": [],
    }
    assert [o.number for o in sample.structure.objectives()] == [str(n) for n in range(1, 17)]
    assert all(o.title.strip() for o in sample.structure.objectives())


def test_the_sample_plan_text_is_filled_in(sample: PlanDocument) -> None:
    plan = sample.plan
    assert plan.title == "Strategic Plan 2012–2015"
    assert plan.period == "2012–2015"
    assert "ICBL-CMC" in plan.organisation
    for text in (plan.vision, plan.mission, plan.values):
        assert len(text.strip()) > 40


def test_the_sample_carries_the_boards_decision_to_fold_goal_4(sample: PlanDocument) -> None:
    # The seed's board folded Goal 4 into the other three during the review.
    assert sample.structure.counts() == {"goals": 4, "folded goals": 1, "objectives": 16}
    (folded,) = [g for g in sample.structure.goals() if g.folded]
    assert folded.number == "4" and "folded into" in folded.fold_note


def test_the_sample_file_matches_the_bundled_data(sample: PlanDocument) -> None:
    data = sample_data()
    assert sample.plan.vision == data["plan"]["vision"]
    for goal, wanted in zip(sample.structure.goals(), data["goals"], strict=True):
        assert (goal.number, goal.title) == (wanted["number"], wanted["title"])
        got = [(o.number, o.title) for o in sample.structure.objectives(goal.id)]
        assert got == [(o["number"], o["title"]) for o in wanted.get("objectives", [])]


def test_the_summary_of_the_sample(sample: PlanDocument) -> None:
    assert summary_lines(sample) == [
        ("Plan", "Strategic Plan 2012–2015"),
        ("Organisation", sample.plan.organisation),
        ("Period", "2012–2015"),
        ("Goals", "4 (3 active, 1 folded)"),
        ("Objectives", "16"),
        ("Achievements", "9 (7 strong, 2 some)"),
        ("Recommendations", "5 (3 accepted, 1 partly accepted, 1 pending)"),
        ("Context", "6 sections, 40 points, 7 stakeholders"),
        ("Agenda", "9 sessions over 3 days"),
        ("Members", "8 (7 voting, 7 have voted)"),
        ("Decisions", "16 (6 high, 3 medium, 3 low, 4 dropped)"),
        ("Strategies", "4 (3 agreed)"),
        ("Steps done", "none yet"),
        ("Language", "English"),
    ]


def count_points(items: list) -> int:
    """Points and their sub-points, as the sample data writes them (text, or {"text", "items"})."""
    return sum(1 + (count_points(i.get("items", [])) if isinstance(i, dict) else 0) for i in items)


def test_the_summary_counts_agree_with_the_bundled_data(sample: PlanDocument) -> None:
    data = sample_data()
    lines = dict(summary_lines(sample))
    contributions = [o["contribution"] for o in data["outcomes"]]
    assert lines["Achievements"].startswith(f"{len(data['outcomes'])} (")
    assert f"{contributions.count('strong')} strong" in lines["Achievements"]
    assert f"{contributions.count('some')} some" in lines["Achievements"]
    assert lines["Recommendations"].startswith(f"{len(data['recommendations'])} (")
    points = sum(count_points(section.get("items", [])) for section in data["context"]["sections"].values())
    assert lines["Context"] == f"6 sections, {points} points, {len(data['stakeholders'])} stakeholders"
    days = len({s["day"] for s in data["agenda"]})
    assert lines["Agenda"] == f"{len(data['agenda'])} sessions over {days} days"


def test_the_summary_lists_the_steps_marked_done_in_retreat_order(sample_plan: Path) -> None:
    doc = PlanDocument.open(sample_plan)
    try:
        doc.walkthrough.set_step("review", done=True)
        doc.walkthrough.set_step("plan", done=True)
        doc.walkthrough.set_step("context", notes="Notes alone do not mark a step done")
        assert dict(summary_lines(doc))["Steps done"] == "plan, review"
    finally:
        doc.close()


def test_every_sample_is_a_new_plan_of_its_own(tmp_path: Path) -> None:
    first = write_sample(tmp_path / "a.retreat")
    second = write_sample(tmp_path / "b.retreat")
    try:
        assert first.plan.uid != second.plan.uid
        first.structure.set_plan_field("title", "Changed in a")
        assert second.plan.title == "Strategic Plan 2012–2015"
    finally:
        first.close()
        second.close()


def test_write_sample_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "taken.retreat"
    path.write_bytes(b"keep me")
    with pytest.raises(FileAccessError, match="already exists"):
        write_sample(path)
    assert path.read_bytes() == b"keep me"
