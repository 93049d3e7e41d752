"""The context analysis: templates, sections, points and sub-points (two levels), indent and outdent."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from plan_files import committed
from planner_gui.core.context import POINTS, SECTIONS
from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import InvalidEdit
from planner_gui.core.events import Action, Event, PointEvent, SectionEvent
from planner_gui.resources import resource_path

TEMPLATES = {
    "1-plan-review.json": (
        "Strategic plan review",
        [
            "Challenges remaining",
            "Mandate",
            "Comparative advantage / added value",
            "Capacities",
            "Challenges",
            "Key stakeholders",
        ],
    ),
    "2-swot.json": ("SWOT", ["Strengths", "Weaknesses", "Opportunities", "Threats"]),
    "3-pestle.json": ("PESTLE", ["Political", "Economic", "Social", "Technological", "Legal", "Environmental"]),
}


def load(name: str) -> dict[str, Any]:
    from planner_gui.core.context import load_template

    return load_template(resource_path("context_templates", name))


def context_rows(path: Path) -> dict[str, list[tuple]]:
    return {
        "context_section": committed(path, "SELECT * FROM context_section ORDER BY id"),
        "context_item": committed(path, "SELECT * FROM context_item ORDER BY id"),
    }


@pytest.fixture
def doc(tmp_path: Path) -> Iterator[PlanDocument]:
    document = PlanDocument.create(tmp_path / "context.retreat")
    yield document
    document.close()


@pytest.fixture
def heard(doc: PlanDocument) -> list[Event]:
    changes: list[Event] = []
    doc.events.subscribe(changes.append)
    return changes


def outline(doc: PlanDocument, section_id: int) -> list[Any]:
    """A section's points as ["text", ("text", ["sub", ...]), ...]."""
    shape: list[Any] = []
    for item in doc.context.items(section_id):
        subs = [s.text for s in doc.context.items(section_id, item.id)]
        shape.append((item.text, subs) if subs else item.text)
    return shape


def assert_positions_contiguous(doc: PlanDocument, section_id: int) -> None:
    points = doc.context.items(section_id)
    assert [p.position for p in points] == list(range(len(points)))
    for point in points:
        subs = doc.context.items(section_id, point.id)
        assert [s.position for s in subs] == list(range(len(subs))), point.text


def item_id(doc: PlanDocument, text: str) -> int:
    found = [i.id for i in doc.lists.rows(POINTS) if i.text == text]
    assert len(found) == 1, text
    return found[0]


@pytest.fixture
def threats(doc: PlanDocument) -> int:
    """A section holding A, B (with b1, b2), C, D."""
    section = doc.lists.insert_row(SECTIONS, {"title": "Threats"})
    for point in ["A", {"text": "B", "items": ["b1", "b2"]}, "C", "D"]:
        doc.context.add_context_point(section, point)
    return section


# --------------------------------------------------------------- templates


def test_three_templates_are_bundled() -> None:
    folder = resource_path("context_templates")
    assert sorted(p.name for p in folder.glob("*.json")) == sorted(TEMPLATES)


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_each_template_loads_with_its_name_and_section_titles(name: str) -> None:
    template = load(name)
    title, sections = TEMPLATES[name]
    assert template["name"] == title
    assert [s["title"] for s in template["sections"]] == sections
    assert all(s["prompt"].strip() for s in template["sections"])
    assert template["description"].strip()


@pytest.mark.parametrize(
    "content",
    [{"name": "No sections"}, {"sections": [{"title": "No name"}]}, {"name": "x", "sections": "Strengths"}],
)
def test_a_file_that_is_not_a_template_is_refused(tmp_path: Path, content: dict[str, Any]) -> None:
    from planner_gui.core.context import load_template

    path = tmp_path / "mine.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    with pytest.raises(InvalidEdit, match=r"mine\.json is not a context template"):
        load_template(path)


def test_apply_template_adds_its_sections_in_order_after_the_existing_ones(
    doc: PlanDocument, heard: list[Event]
) -> None:
    existing = doc.lists.insert_row(SECTIONS, {"title": "Our own notes"})
    heard.clear()
    swot = load("2-swot.json")
    ids = doc.context.apply_template(swot)
    assert [s.id for s in doc.context.sections()] == [existing, *ids]
    assert [(s.title, s.prompt, s.position) for s in doc.context.sections()[1:]] == [
        (s["title"], s["prompt"], i + 1) for i, s in enumerate(swot["sections"])
    ]
    assert heard == [SectionEvent(Action.ADDED, (i,)) for i in ids]  # heard after one commit
    pestle_ids = doc.context.apply_template(load("3-pestle.json"))
    assert [s.title for s in doc.context.sections()] == [
        "Our own notes",
        *TEMPLATES["2-swot.json"][1],
        *TEMPLATES["3-pestle.json"][1],
    ]
    assert [s.position for s in doc.context.sections()] == list(range(11))
    assert [s.id for s in doc.context.sections()][-6:] == pestle_ids
    assert committed(doc.path, "SELECT count(*) FROM context_section") == [(11,)]


def test_apply_template_with_starting_points_adds_them_with_their_sub_points(doc: PlanDocument) -> None:
    template = {
        "name": "Mine",
        "sections": [
            {"title": "Strengths", "items": ["Network", {"text": "Research", "items": ["Monitor", "Factsheets"]}]},
            {"title": "Weaknesses"},
        ],
    }
    strengths, weaknesses = doc.context.apply_template(template)
    assert outline(doc, strengths) == ["Network", ("Research", ["Monitor", "Factsheets"])]
    assert outline(doc, weaknesses) == []
    assert_positions_contiguous(doc, strengths)


def test_a_template_that_breaks_the_depth_rule_adds_nothing(doc: PlanDocument, heard: list[Event]) -> None:
    template = {
        "name": "Too deep",
        "sections": [{"title": "S", "items": [{"text": "a", "items": [{"text": "b", "items": ["c"]}]}]}],
    }
    with pytest.raises(InvalidEdit, match="A sub-point can't have sub-points"):
        doc.context.apply_template(template)
    assert context_rows(doc.path) == {"context_section": [], "context_item": []}
    assert doc.context.sections() == []
    assert heard == []


# ------------------------------------------------------- points, sub-points


def test_add_context_point_adds_a_point_with_its_sub_points(doc: PlanDocument, heard: list[Event]) -> None:
    section = doc.lists.insert_row(SECTIONS, {"title": "Capacities"})
    heard.clear()
    first = doc.context.add_context_point(section, "Members")
    people = doc.context.add_context_point(
        section, {"text": "People", "items": ["Staff falling", "Large members stay"]}
    )
    assert outline(doc, section) == ["Members", ("People", ["Staff falling", "Large members stay"])]
    subs = doc.context.items(section, people)
    assert [(s.parent_id, s.section_id, s.position) for s in subs] == [(people, section, 0), (people, section, 1)]
    assert committed(doc.path, "SELECT text, parent_id FROM context_item ORDER BY id") == [
        ("Members", None),
        ("People", None),
        ("Staff falling", people),
        ("Large members stay", people),
    ]
    assert [c.ids for c in heard] == [(first,), (people,), (subs[0].id,), (subs[1].id,)]
    assert {type(c) for c in heard} == {PointEvent}


def test_add_context_point_under_a_parent_appends_a_sub_point(doc: PlanDocument, threats: int) -> None:
    doc.context.add_context_point(threats, "b3", item_id(doc, "B"))
    doc.context.add_context_point(threats, "a1", item_id(doc, "A"))
    assert outline(doc, threats) == [("A", ["a1"]), ("B", ["b1", "b2", "b3"]), "C", "D"]
    assert_positions_contiguous(doc, threats)


def test_a_sub_point_cannot_have_sub_points(doc: PlanDocument, threats: int) -> None:
    before = context_rows(doc.path)
    with pytest.raises(InvalidEdit, match="A sub-point can't have sub-points of its own"):
        doc.context.add_context_point(threats, "too deep", item_id(doc, "b1"))
    assert context_rows(doc.path) == before


def test_a_sub_point_belongs_to_a_point_of_its_own_section(doc: PlanDocument, threats: int) -> None:
    other = doc.lists.insert_row(SECTIONS, {"title": "Other"})
    before = context_rows(doc.path)
    with pytest.raises(InvalidEdit, match="A sub-point belongs to a point of the same section"):
        doc.context.add_context_point(other, "misplaced", item_id(doc, "A"))
    assert context_rows(doc.path) == before


def test_a_point_in_a_section_that_is_gone_is_refused(doc: PlanDocument) -> None:
    with pytest.raises(InvalidEdit, match="That section is no longer in the context analysis"):
        doc.context.add_context_point(9999, "Nowhere")
    assert committed(doc.path, "SELECT count(*) FROM context_item") == [(0,)]


def test_a_sub_point_of_a_point_that_is_gone_is_refused(doc: PlanDocument, threats: int) -> None:
    before = context_rows(doc.path)
    with pytest.raises(InvalidEdit, match="That point is no longer in the context analysis"):
        doc.context.add_context_point(threats, "orphan", 9999)
    assert context_rows(doc.path) == before


def test_a_point_nested_too_deep_is_refused_whole(doc: PlanDocument, threats: int) -> None:
    before = context_rows(doc.path)
    with pytest.raises(InvalidEdit, match="A sub-point can't have sub-points"):
        doc.context.add_context_point(threats, {"text": "E", "items": [{"text": "e1", "items": ["e1a"]}]})
    assert context_rows(doc.path) == before


# ---------------------------------------------------------- indent, outdent


def test_indent_target_is_the_end_of_the_point_above(doc: PlanDocument, threats: int) -> None:
    assert doc.context.indent_target(item_id(doc, "A")) is None  # nothing above
    assert doc.context.indent_target(item_id(doc, "B")) is None  # has sub-points
    assert doc.context.indent_target(item_id(doc, "b1")) is None  # already a sub-point
    assert doc.context.indent_target(item_id(doc, "C")) == (2, {"parent_id": item_id(doc, "B")})
    assert doc.context.indent_target(item_id(doc, "D")) == (0, {"parent_id": item_id(doc, "C")})


def test_indenting_a_point_makes_it_the_last_sub_point_of_the_point_above(doc: PlanDocument, threats: int) -> None:
    c = item_id(doc, "C")
    index, scope = doc.context.indent_target(c)
    doc.lists.move_row(POINTS, c, index, **scope)
    assert outline(doc, threats) == ["A", ("B", ["b1", "b2", "C"]), "D"]
    assert_positions_contiguous(doc, threats)
    assert committed(doc.path, "SELECT parent_id, position FROM context_item WHERE id = ?", (c,)) == [
        (item_id(doc, "B"), 2)
    ]
    index, scope = doc.context.indent_target(item_id(doc, "D"))  # D now sits under B
    doc.lists.move_row(POINTS, item_id(doc, "D"), index, **scope)
    assert outline(doc, threats) == ["A", ("B", ["b1", "b2", "C", "D"])]


def test_outdent_target_is_just_after_the_parent(doc: PlanDocument, threats: int) -> None:
    assert doc.context.outdent_target(item_id(doc, "A")) is None
    assert doc.context.outdent_target(item_id(doc, "B")) is None
    assert doc.context.outdent_target(item_id(doc, "b1")) == (2, {"parent_id": None})
    assert doc.context.outdent_target(item_id(doc, "b2")) == (2, {"parent_id": None})


def test_outdenting_a_sub_point_puts_it_just_after_its_point(doc: PlanDocument, threats: int) -> None:
    b1 = item_id(doc, "b1")
    index, scope = doc.context.outdent_target(b1)
    doc.lists.move_row(POINTS, b1, index, **scope)
    assert outline(doc, threats) == ["A", ("B", ["b2"]), "b1", "C", "D"]
    assert_positions_contiguous(doc, threats)
    index, scope = doc.context.outdent_target(item_id(doc, "b2"))
    doc.lists.move_row(POINTS, item_id(doc, "b2"), index, **scope)
    assert outline(doc, threats) == ["A", "B", "b2", "b1", "C", "D"]
    assert_positions_contiguous(doc, threats)


def test_indent_then_outdent_puts_a_point_back_where_it_was(doc: PlanDocument, threats: int) -> None:
    before = context_rows(doc.path)
    c = item_id(doc, "C")
    index, scope = doc.context.indent_target(c)
    doc.lists.move_row(POINTS, c, index, **scope)
    index, scope = doc.context.outdent_target(c)
    doc.lists.move_row(POINTS, c, index, **scope)
    assert context_rows(doc.path) == before


def test_a_point_with_sub_points_cannot_become_a_sub_point(doc: PlanDocument, threats: int) -> None:
    before = context_rows(doc.path)
    with pytest.raises(InvalidEdit, match="A point that has sub-points can't become a sub-point itself"):
        doc.lists.move_row(POINTS, item_id(doc, "B"), 0, parent_id=item_id(doc, "A"))
    assert context_rows(doc.path) == before


def test_a_point_cannot_become_a_sub_point_of_itself(doc: PlanDocument, threats: int) -> None:
    before = context_rows(doc.path)
    with pytest.raises(InvalidEdit, match="can't be a sub-point of itself"):
        doc.lists.move_row(POINTS, item_id(doc, "C"), 0, parent_id=item_id(doc, "C"))
    assert context_rows(doc.path) == before


def test_a_point_cannot_move_under_a_sub_point(doc: PlanDocument, threats: int) -> None:
    before = context_rows(doc.path)
    with pytest.raises(InvalidEdit, match="A sub-point can't have sub-points"):
        doc.lists.move_row(POINTS, item_id(doc, "C"), 0, parent_id=item_id(doc, "b1"))
    assert context_rows(doc.path) == before


# -------------------------------------------------- moving between sections


def test_moving_a_point_to_another_section_takes_its_sub_points_along(doc: PlanDocument, threats: int) -> None:
    other = doc.lists.insert_row(SECTIONS, {"title": "Opportunities"})
    doc.context.add_context_point(other, "X")
    before = context_rows(doc.path)
    b = item_id(doc, "B")
    doc.lists.move_row(POINTS, b, 1, section_id=other)
    assert outline(doc, threats) == ["A", "C", "D"]
    assert outline(doc, other) == ["X", ("B", ["b1", "b2"])]
    assert committed(
        doc.path, "SELECT text, section_id FROM context_item WHERE parent_id = ? ORDER BY position", (b,)
    ) == [
        ("b1", other),
        ("b2", other),
    ]
    assert_positions_contiguous(doc, threats)
    assert_positions_contiguous(doc, other)
    doc.lists.move_row(POINTS, b, 1, section_id=threats)  # undo: move it back
    assert context_rows(doc.path) == before


@pytest.mark.parametrize("how", ["sub-point to another section", "point under a point of another section"])
def test_every_sub_point_stays_in_the_section_of_its_point(doc: PlanDocument, threats: int, how: str) -> None:
    other = doc.lists.insert_row(SECTIONS, {"title": "Opportunities"})
    x = doc.context.add_context_point(other, "X")
    with contextlib.suppress(InvalidEdit):  # refusing the move is a fine answer too
        if how == "sub-point to another section":
            doc.lists.move_row(POINTS, item_id(doc, "b1"), 0, section_id=other)
        else:
            doc.lists.move_row(POINTS, item_id(doc, "C"), 0, parent_id=x)
    for item in doc.lists.rows(POINTS):
        if item.parent_id is not None:
            assert item.section_id == doc.lists.row(POINTS, item.parent_id).section_id, item.text


# ------------------------------------------------------- delete and restore


def test_deleting_a_section_removes_its_points_and_restore_brings_all_back(
    doc: PlanDocument, threats: int, heard: list[Event]
) -> None:
    other = doc.lists.insert_row(SECTIONS, {"title": "Opportunities"})
    doc.context.add_context_point(other, "X")
    doc.lists.move_row(SECTIONS, other, 0)
    before = context_rows(doc.path)
    assert doc.lists.dependents(SECTIONS, threats) == {"context_item": 6}
    heard.clear()
    tomb = doc.lists.delete_row(SECTIONS, threats)
    assert [s.title for s in doc.context.sections()] == ["Opportunities"]
    assert committed(doc.path, "SELECT text FROM context_item") == [("X",)]
    assert tomb.count("context_item") == 6
    assert [type(c) for c in heard] == [SectionEvent, PointEvent]
    doc.lists.restore(tomb)
    assert context_rows(doc.path) == before
    assert outline(doc, threats) == ["A", ("B", ["b1", "b2"]), "C", "D"]


def test_deleting_a_point_takes_its_sub_points_and_restore_puts_them_back(doc: PlanDocument, threats: int) -> None:
    before = context_rows(doc.path)
    tomb = doc.lists.delete_row(POINTS, item_id(doc, "B"))
    assert outline(doc, threats) == ["A", "C", "D"]
    assert_positions_contiguous(doc, threats)
    assert tomb.dependents() == {"context_item": 2}
    doc.lists.restore(tomb)
    assert context_rows(doc.path) == before


def test_a_section_whose_sub_point_is_older_than_its_point_can_be_deleted_and_restored(doc: PlanDocument) -> None:
    section = doc.lists.insert_row(SECTIONS, {"title": "Threats"})
    older = doc.context.add_context_point(section, "Written first")
    newer = doc.context.add_context_point(section, "Written second")
    doc.lists.move_row(POINTS, newer, 0)  # the room puts the new point on top ...
    index, scope = doc.context.indent_target(older)
    doc.lists.move_row(POINTS, older, index, **scope)  # ... and the old one under it
    assert outline(doc, section) == [("Written second", ["Written first"])]
    before = context_rows(doc.path)
    tomb = doc.lists.delete_row(SECTIONS, section)
    doc.lists.restore(tomb)
    assert context_rows(doc.path) == before
