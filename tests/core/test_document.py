"""PlanDocument: every edit, its rules, its notifications, its undo data.

The sample plan (conftest's ``sample_plan``) has goals 1-4 with objectives
1-7 under goal 1, 8-12 under goal 2, 13-16 under goal 3 and none under goal 4.
Its achievements link to objectives (``outcome_objective`` rows, 14 in all):
5 under goal 1 (Obj. 1-5), 6 under goal 2 (Obj. 8 twice, 9, 10, 11, 12) and
3 under goal 3 (Obj. 13, 14, 15); deleting an objective takes its links with it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from plan_files import committed as read_committed
from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import InvalidEdit, ReadOnlyPlan
from planner_gui.core.events import Action, Event, GoalEvent, ObjectiveEvent, PlanEvent
from planner_gui.core.structure import GOALS, OBJECTIVES
from planner_gui.core.walkthrough import OUTCOMES

# ------------------------------------------------------------------ helpers


def goal_numbers(doc: PlanDocument) -> list[str]:
    return [g.number for g in doc.structure.goals()]


def objective_numbers(doc: PlanDocument, goal_number: str) -> list[str]:
    return [o.number for o in doc.structure.objectives(gid(doc, goal_number))]


def gid(doc: PlanDocument, number: str) -> int:
    for goal in doc.structure.goals():
        if goal.number == number:
            return goal.id
    raise AssertionError(f"no goal {number}")


def oid(doc: PlanDocument, number: str) -> int:
    objective = doc.structure.find_objective(number)
    assert objective is not None, f"no objective {number}"
    return objective.id


def snapshot_of(doc: PlanDocument) -> list[tuple]:
    """Everything about goals and objectives, in plan order, ids included, and the achievements' links."""
    rows: list[tuple] = []
    for goal in doc.structure.goals():
        rows.append(("goal", goal.id, goal.number, goal.title, goal.position, goal.folded, goal.fold_note))
        for o in doc.structure.objectives(goal.id):
            rows.append(("objective", o.id, o.goal_id, o.number, o.title, o.description, o.position))
    rows.append(("links", links_of(doc)))
    return rows


def links_of(doc: PlanDocument) -> list[tuple[int, int]]:
    """Every (outcome id, objective id) link, outcomes in order, objectives in plan order."""
    return [
        (outcome.id, o) for outcome in doc.lists.rows(OUTCOMES) for o in doc.walkthrough.outcome_objectives(outcome.id)
    ]


def count_links(path: Path) -> int:
    return read_committed(path, "SELECT count(*) FROM outcome_objective")[0][0]


def assert_positions_contiguous(doc: PlanDocument) -> None:
    assert [g.position for g in doc.structure.goals()] == list(range(len(doc.structure.goals())))
    for goal in doc.structure.goals():
        objectives = doc.structure.objectives(goal.id)
        assert [o.position for o in objectives] == list(range(len(objectives))), goal.number


@pytest.fixture
def heard(doc: PlanDocument) -> list[Event]:
    changes: list[Event] = []
    doc.events.subscribe(changes.append)
    return changes


# ---------------------------------------------------------------- plan text


@pytest.mark.parametrize(
    ("field", "column"),
    [
        ("organisation", "organisation"),
        ("title", "title"),
        ("period", "period"),
        ("vision", "vision"),
        ("mission", "mission"),
        ("values", "values_text"),
    ],
)
def test_set_plan_field_commits_the_text_to_the_file(
    doc: PlanDocument, heard: list[Event], field: str, column: str
) -> None:
    doc.structure.set_plan_field(field, f"New {field} text")
    assert getattr(doc.plan, field) == f"New {field} text"
    assert read_committed(doc.path, f"SELECT {column} FROM plan WHERE id = 1") == [(f"New {field} text",)]
    assert heard == [PlanEvent(Action.CHANGED, (1,), frozenset((field,)))]


def test_set_plan_field_refuses_an_unknown_field(doc: PlanDocument, heard: list[Event]) -> None:
    before = doc.path.read_bytes()
    with pytest.raises(InvalidEdit, match="no field “colour”"):
        doc.structure.set_plan_field("colour", "blue")
    assert heard == []
    assert doc.path.read_bytes() == before


# -------------------------------------------------------------------- goals


def test_add_goal_appends_it_last_and_reports_its_id(doc: PlanDocument, heard: list[Event]) -> None:
    new_id = doc.structure.add_goal("5", "Universal adherence", "Every state joins")
    assert goal_numbers(doc) == ["1", "2", "3", "4", "5"]
    goal = doc.structure.goal(new_id)
    assert (goal.title, goal.description, goal.position, goal.folded) == (
        "Universal adherence",
        "Every state joins",
        4,
        False,
    )
    assert read_committed(doc.path, "SELECT number, title FROM goal WHERE id = ?", (new_id,)) == [
        ("5", "Universal adherence")
    ]
    assert heard == [GoalEvent(Action.ADDED, (new_id,))]


def test_add_goal_at_an_index_shifts_the_goals_after_it(doc: PlanDocument) -> None:
    doc.structure.add_goal("0", index=0)
    doc.structure.add_goal("2.5", index=3)
    assert goal_numbers(doc) == ["0", "1", "2", "2.5", "3", "4"]
    assert_positions_contiguous(doc)


def test_add_goal_clamps_an_index_outside_the_list(doc: PlanDocument) -> None:
    doc.structure.add_goal("first", index=-5)
    doc.structure.add_goal("last", index=99)
    assert goal_numbers(doc) == ["first", "1", "2", "3", "4", "last"]
    assert_positions_contiguous(doc)


def test_add_goal_with_an_explicit_id_keeps_that_id(doc: PlanDocument) -> None:
    assert doc.structure.add_goal("5", goal_id=77) == 77
    assert doc.structure.goal(77).number == "5"


def test_add_goal_trims_the_number(doc: PlanDocument) -> None:
    new_id = doc.structure.add_goal("  5 ")
    assert doc.structure.goal(new_id).number == "5"


@pytest.mark.parametrize("number", ["1", " 1 ", "4"])
def test_add_goal_refuses_a_number_already_used_and_changes_nothing(
    doc: PlanDocument, heard: list[Event], number: str
) -> None:
    before_rows, before_bytes = snapshot_of(doc), doc.path.read_bytes()
    with pytest.raises(InvalidEdit, match=f"already a Goal {number.strip()}"):
        doc.structure.add_goal(number, "Duplicate")
    assert snapshot_of(doc) == before_rows
    assert doc.path.read_bytes() == before_bytes
    assert heard == []


@pytest.mark.parametrize("number", ["", "   ", "\t\n"])
def test_add_goal_refuses_an_empty_number(doc: PlanDocument, heard: list[Event], number: str) -> None:
    before = snapshot_of(doc)
    with pytest.raises(InvalidEdit, match="needs a number"):
        doc.structure.add_goal(number)
    assert snapshot_of(doc) == before
    assert heard == []


def test_add_goal_refuses_a_number_longer_than_a_label(doc: PlanDocument) -> None:
    before = snapshot_of(doc)
    with pytest.raises(InvalidEdit, match="too long"):
        doc.structure.add_goal("9" * 41)
    assert snapshot_of(doc) == before
    doc.structure.add_goal("9" * 40)  # the longest label allowed
    assert goal_numbers(doc)[-1] == "9" * 40


def test_update_goal_changes_title_description_and_number(doc: PlanDocument, heard: list[Event]) -> None:
    g2 = gid(doc, "2")
    doc.structure.update_goal(g2, title="Clearance", description="Faster clearance", number="2b")
    goal = doc.structure.goal(g2)
    assert (goal.number, goal.title, goal.description) == ("2b", "Clearance", "Faster clearance")
    assert read_committed(doc.path, "SELECT number, title FROM goal WHERE id = ?", (g2,)) == [("2b", "Clearance")]
    assert heard == [GoalEvent(Action.CHANGED, (g2,), frozenset(("title", "description", "number")))]


def test_update_goal_accepts_its_own_number(doc: PlanDocument) -> None:
    g1 = gid(doc, "1")
    doc.structure.update_goal(g1, number=" 1 ", title="Same number")
    assert doc.structure.goal(g1).number == "1"
    assert doc.structure.goal(g1).title == "Same number"


def test_update_goal_refuses_another_goals_number_and_changes_nothing(doc: PlanDocument, heard: list[Event]) -> None:
    before = snapshot_of(doc)
    with pytest.raises(InvalidEdit, match="already a Goal 3"):
        doc.structure.update_goal(gid(doc, "2"), number="3", title="Should not stick")
    assert snapshot_of(doc) == before
    assert heard == []


def test_update_goal_refuses_an_empty_number(doc: PlanDocument) -> None:
    before = snapshot_of(doc)
    with pytest.raises(InvalidEdit, match="needs a number"):
        doc.structure.update_goal(gid(doc, "2"), number="  ")
    assert snapshot_of(doc) == before


@pytest.mark.parametrize("number", ["1,5", "2 and 3", "2 et 3", "4; 5", "Obj. 9", "obj.9", "1\n2"])
def test_a_number_that_would_read_back_as_a_list_or_another_number_is_refused(doc: PlanDocument, number: str) -> None:
    """The workbook writes lists of numbers ("8, 10", "8 and 10") and "Obj. 8": a number must read back as itself."""
    before = snapshot_of(doc)
    with pytest.raises(InvalidEdit, match="would not read back as itself"):
        doc.structure.update_goal(gid(doc, "2"), number=number)
    with pytest.raises(InvalidEdit, match="would not read back as itself"):
        doc.structure.add_objective(gid(doc, "2"), number, "A title")
    assert snapshot_of(doc) == before
    doc.structure.update_goal(gid(doc, "2"), number="2.10 b")  # labels as boards write them stay labels


def test_update_goal_refuses_an_unknown_field(doc: PlanDocument) -> None:
    before = snapshot_of(doc)
    with pytest.raises(InvalidEdit, match="no field position"):
        doc.structure.update_goal(gid(doc, "2"), position=0)
    assert snapshot_of(doc) == before


def test_an_edit_breaking_a_table_rule_is_refused_and_rolled_back(doc: PlanDocument, heard: list[Event]) -> None:
    g1 = gid(doc, "1")
    title = doc.structure.goal(g1).title
    with pytest.raises(InvalidEdit, match="breaks a rule"):
        doc.structure.update_goal(g1, title=None)  # NOT NULL in the schema
    assert doc.structure.goal(g1).title == title
    assert read_committed(doc.path, "SELECT title FROM goal WHERE id = ?", (g1,)) == [(title,)]
    assert heard == []
    doc.structure.update_goal(g1, title="Still editable")  # the document is usable afterwards
    assert doc.structure.goal(g1).title == "Still editable"


def test_fold_goal_marks_it_folded_with_its_note(doc: PlanDocument, heard: list[Event]) -> None:
    g4 = gid(doc, "4")
    doc.structure.fold_goal(g4, "Folded into goals 1 to 3")
    assert (doc.structure.goal(g4).folded, doc.structure.goal(g4).fold_note) == (True, "Folded into goals 1 to 3")
    assert doc.structure.counts() == {"goals": 4, "folded goals": 1, "objectives": 16}
    assert read_committed(doc.path, "SELECT folded, fold_note FROM goal WHERE id = ?", (g4,)) == [
        (1, "Folded into goals 1 to 3")
    ]
    assert heard == [GoalEvent(Action.CHANGED, (g4,), frozenset(("folded", "fold_note")))]


def test_unfold_goal_makes_it_active_again(doc: PlanDocument, heard: list[Event]) -> None:
    g4 = gid(doc, "4")
    doc.structure.fold_goal(g4, "Folded")
    doc.structure.unfold_goal(g4)
    assert doc.structure.goal(g4).folded is False
    assert doc.structure.counts()["folded goals"] == 0
    assert read_committed(doc.path, "SELECT folded FROM goal WHERE id = ?", (g4,)) == [(0,)]
    assert heard[-1] == GoalEvent(Action.CHANGED, (g4,), frozenset(("folded",)))


@pytest.mark.parametrize(
    ("number", "index", "expected"),
    [
        ("4", 0, ["4", "1", "2", "3"]),
        ("1", 3, ["2", "3", "4", "1"]),
        ("1", 99, ["2", "3", "4", "1"]),
        ("3", 1, ["1", "3", "2", "4"]),
        ("2", 1, ["1", "2", "3", "4"]),
    ],
)
def test_move_goal_puts_it_at_the_index(
    doc: PlanDocument, heard: list[Event], number: str, index: int, expected: list[str]
) -> None:
    moved = gid(doc, number)
    doc.structure.move_goal(moved, index)
    assert goal_numbers(doc) == expected
    assert_positions_contiguous(doc)
    committed = read_committed(doc.path, "SELECT number FROM goal ORDER BY position")
    assert [n for (n,) in committed] == expected
    assert heard == [GoalEvent(Action.MOVED, (moved,))]


def test_move_goal_keeps_its_objectives(doc: PlanDocument) -> None:
    doc.structure.move_goal(gid(doc, "3"), 0)
    assert objective_numbers(doc, "3") == ["13", "14", "15", "16"]
    assert [o.number for o in doc.structure.objectives()][:4] == ["13", "14", "15", "16"]


# --------------------------------------------------------------- objectives


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("9.5", ["8", "9", "9.5", "10", "11", "12"]),
        ("0", ["0", "8", "9", "10", "11", "12"]),
        ("99", ["8", "9", "10", "11", "12", "99"]),
        ("10a", ["8", "9", "10", "10a", "11", "12"]),
        ("A", ["8", "9", "10", "11", "12", "A"]),
    ],
)
def test_add_objective_goes_to_its_natural_place(
    doc: PlanDocument, heard: list[Event], number: str, expected: list[str]
) -> None:
    new_id = doc.structure.add_objective(gid(doc, "2"), number, "New objective")
    assert objective_numbers(doc, "2") == expected
    assert_positions_contiguous(doc)
    assert read_committed(doc.path, "SELECT number, title, position FROM objective WHERE id = ?", (new_id,)) == [
        (number, "New objective", expected.index(number))
    ]
    assert heard == [ObjectiveEvent(Action.ADDED, (new_id,))]


def test_add_objective_at_an_index_goes_exactly_there(doc: PlanDocument) -> None:
    doc.structure.add_objective(gid(doc, "2"), "100", index=0)
    doc.structure.add_objective(gid(doc, "2"), "101", index=99)
    assert objective_numbers(doc, "2") == ["100", "8", "9", "10", "11", "12", "101"]
    assert_positions_contiguous(doc)


def test_add_objective_to_an_empty_goal(doc: PlanDocument) -> None:
    new_id = doc.structure.add_objective(gid(doc, "4"), "17", "Survivors' network", "Support it")
    objective = doc.structure.objective(new_id)
    assert (objective.goal_id, objective.position, objective.description) == (
        gid(doc, "4"),
        0,
        "Support it",
    )
    assert doc.structure.counts()["objectives"] == 17


@pytest.mark.parametrize("number", ["8", " 8 ", "16"])
def test_add_objective_refuses_a_number_used_anywhere_in_the_plan(
    doc: PlanDocument, heard: list[Event], number: str
) -> None:
    before_rows, before_bytes = snapshot_of(doc), doc.path.read_bytes()
    with pytest.raises(InvalidEdit, match=rf"already an Obj\. {number.strip()}"):
        doc.structure.add_objective(gid(doc, "1"), number)  # numbers are unique across goals
    assert snapshot_of(doc) == before_rows
    assert doc.path.read_bytes() == before_bytes
    assert heard == []


@pytest.mark.parametrize("number", ["", "  "])
def test_add_objective_refuses_an_empty_number(doc: PlanDocument, number: str) -> None:
    before = snapshot_of(doc)
    with pytest.raises(InvalidEdit, match="needs a number"):
        doc.structure.add_objective(gid(doc, "1"), number)
    assert snapshot_of(doc) == before


def test_add_objective_refuses_a_goal_that_is_gone(doc: PlanDocument) -> None:
    before = snapshot_of(doc)
    with pytest.raises(InvalidEdit, match="goal is no longer in the plan"):
        doc.structure.add_objective(9999, "17")
    assert snapshot_of(doc) == before


def test_update_objective_changes_its_fields(doc: PlanDocument, heard: list[Event]) -> None:
    o5 = oid(doc, "5")
    doc.structure.update_objective(o5, number="5a", title="New title", description="New text")
    objective = doc.structure.objective(o5)
    assert (objective.number, objective.title, objective.description) == (
        "5a",
        "New title",
        "New text",
    )
    assert doc.structure.find_objective("5") is None
    assert read_committed(doc.path, "SELECT number FROM objective WHERE id = ?", (o5,)) == [("5a",)]
    assert heard == [ObjectiveEvent(Action.CHANGED, (o5,), frozenset(("number", "title", "description")))]


def test_update_objective_refuses_a_number_already_used(doc: PlanDocument, heard: list[Event]) -> None:
    before = snapshot_of(doc)
    with pytest.raises(InvalidEdit, match=r"already an Obj\. 13"):
        doc.structure.update_objective(oid(doc, "5"), number="13", title="Should not stick")
    assert snapshot_of(doc) == before
    assert heard == []


def test_update_objective_refuses_an_unknown_field(doc: PlanDocument) -> None:
    with pytest.raises(InvalidEdit, match="no field goal_id"):
        doc.structure.update_objective(oid(doc, "5"), goal_id=gid(doc, "2"))
    assert objective_numbers(doc, "1") == ["1", "2", "3", "4", "5", "6", "7"]


def test_move_objective_to_another_goal_lands_in_its_natural_place(doc: PlanDocument, heard: list[Event]) -> None:
    o13 = oid(doc, "13")
    doc.structure.move_objective(o13, gid(doc, "2"))
    assert objective_numbers(doc, "2") == ["8", "9", "10", "11", "12", "13"]
    assert objective_numbers(doc, "3") == ["14", "15", "16"]
    assert_positions_contiguous(doc)
    assert read_committed(doc.path, "SELECT goal_id FROM objective WHERE id = ?", (o13,)) == [(gid(doc, "2"),)]
    assert heard == [ObjectiveEvent(Action.MOVED, (o13,))]


def test_move_objective_to_another_goal_at_an_index(doc: PlanDocument) -> None:
    doc.structure.move_objective(oid(doc, "7"), gid(doc, "2"), 1)
    assert objective_numbers(doc, "1") == ["1", "2", "3", "4", "5", "6"]
    assert objective_numbers(doc, "2") == ["8", "7", "9", "10", "11", "12"]
    assert_positions_contiguous(doc)


@pytest.mark.parametrize(
    ("number", "index", "expected"),
    [
        ("1", 6, ["2", "3", "4", "5", "6", "7", "1"]),
        ("7", 0, ["7", "1", "2", "3", "4", "5", "6"]),
        ("3", 5, ["1", "2", "4", "5", "6", "3", "7"]),
        ("5", 1, ["1", "5", "2", "3", "4", "6", "7"]),
    ],
)
def test_move_objective_within_its_goal(doc: PlanDocument, number: str, index: int, expected: list[str]) -> None:
    doc.structure.move_objective(oid(doc, number), gid(doc, "1"), index)
    assert objective_numbers(doc, "1") == expected
    assert_positions_contiguous(doc)


def test_move_objective_to_a_goal_that_is_gone_changes_nothing(doc: PlanDocument) -> None:
    before = snapshot_of(doc)
    with pytest.raises(InvalidEdit):
        doc.structure.move_objective(oid(doc, "1"), 9999)
    assert snapshot_of(doc) == before


def test_sort_objectives_restores_natural_order(doc: PlanDocument, heard: list[Event]) -> None:
    g2 = gid(doc, "2")
    doc.structure.move_objective(oid(doc, "8"), g2, 4)
    doc.structure.move_objective(oid(doc, "12"), g2, 0)
    assert objective_numbers(doc, "2") == ["12", "9", "10", "11", "8"]
    heard.clear()
    doc.structure.sort_objectives(g2)
    assert objective_numbers(doc, "2") == ["8", "9", "10", "11", "12"]
    committed = read_committed(doc.path, "SELECT number FROM objective WHERE goal_id = ? ORDER BY position", (g2,))
    assert [n for (n,) in committed] == ["8", "9", "10", "11", "12"]
    assert heard == [ObjectiveEvent(Action.MOVED, tuple(oid(doc, n) for n in ["8", "9", "10", "11", "12"]))]


def test_sort_objectives_orders_mixed_labels_naturally(doc: PlanDocument) -> None:
    g4 = gid(doc, "4")
    for i, number in enumerate(["B", "20", "17.10", "17.2", "A", "18"]):
        doc.structure.add_objective(g4, number, index=i)
    doc.structure.sort_objectives(g4)
    assert objective_numbers(doc, "4") == ["17.2", "17.10", "18", "20", "A", "B"]


# ----------------------------------------------------- deletion and restore


def test_dependents_counts_what_a_deletion_would_take(doc: PlanDocument) -> None:
    assert doc.lists.dependents(GOALS, gid(doc, "1")) == {
        "objective": 7,
        "outcome_objective": 5,
        "ballot_vote": 49,
        "strategy_objective": 2,
    }
    assert doc.lists.dependents(GOALS, gid(doc, "2")) == {
        "objective": 5,
        "outcome_objective": 6,
        "ballot_vote": 35,
        "strategy_objective": 2,
    }
    assert doc.lists.dependents(GOALS, gid(doc, "3")) == {
        "objective": 4,
        "outcome_objective": 3,
        "ballot_vote": 28,
        "strategy_objective": 2,
    }
    assert doc.lists.dependents(GOALS, gid(doc, "4")) == {}
    assert doc.lists.dependents(OBJECTIVES, oid(doc, "8")) == {
        "outcome_objective": 2,
        "ballot_vote": 7,
        "strategy_objective": 1,
    }
    assert doc.lists.dependents(OBJECTIVES, oid(doc, "10")) == {
        "outcome_objective": 1,
        "ballot_vote": 7,
        "strategy_objective": 1,
    }
    assert doc.lists.dependents(OBJECTIVES, oid(doc, "7")) == {"ballot_vote": 7}  # no achievement names Obj. 7
    assert doc.structure.counts() == {"goals": 4, "folded goals": 1, "objectives": 16}  # nothing deleted
    assert count_links(doc.path) == 14


def test_delete_goal_removes_it_and_its_objectives_and_closes_the_gap(doc: PlanDocument, heard: list[Event]) -> None:
    g2 = gid(doc, "2")
    children = [o.id for o in doc.structure.objectives(g2)]
    tomb = doc.structure.delete_goal(g2)
    assert goal_numbers(doc) == ["1", "3", "4"]
    assert_positions_contiguous(doc)
    assert [o.number for o in doc.structure.objectives()] == [str(n) for n in [*range(1, 8), *range(13, 17)]]
    assert (tomb.count("goal"), tomb.count("objective"), tomb.count("outcome_objective")) == (1, 5, 6)
    assert tomb.dependents() == {"objective": 5, "outcome_objective": 6, "ballot_vote": 35, "strategy_objective": 2}
    assert read_committed(doc.path, "SELECT count(*) FROM goal") == [(3,)]
    assert read_committed(doc.path, "SELECT count(*) FROM objective") == [(11,)]
    # The achievements stay; only their links to goal 2's objectives go.
    assert count_links(doc.path) == 14 - 6
    assert not {o for _, o in links_of(doc)} & set(children)
    assert doc.lists.count_rows(OUTCOMES) == 9
    assert heard == [
        GoalEvent(Action.REMOVED, (g2,)),
        ObjectiveEvent(Action.REMOVED, tuple(children)),
    ]  # the votes, achievements' and strategies' links go with the objectives, told by them


@pytest.mark.parametrize("number", ["1", "2", "3", "4"])
def test_restore_puts_a_deleted_goal_back_where_it_was_with_its_objectives(
    doc: PlanDocument, heard: list[Event], number: str
) -> None:
    doc.structure.fold_goal(gid(doc, "2"), "A note that must come back")
    before, links_before = snapshot_of(doc), links_of(doc)
    tomb = doc.structure.delete_goal(gid(doc, number))
    assert snapshot_of(doc) != before
    heard.clear()
    doc.lists.restore(tomb)
    assert snapshot_of(doc) == before  # same ids, numbers, texts and positions
    assert links_of(doc) == links_before  # the achievements' links came back too
    assert read_committed(doc.path, "SELECT count(*) FROM objective") == [(16,)]
    assert count_links(doc.path) == 14
    restored_goal = tomb.rows[0][1][0]["id"]
    assert heard[0] == GoalEvent(Action.ADDED, (restored_goal,))
    # Link rows (an achievement's, a strategy's objectives; votes) are told by the objectives they belong to.
    assert {type(c) for c in heard} == ({GoalEvent, ObjectiveEvent} if number != "4" else {GoalEvent})


@pytest.mark.parametrize(("number", "links", "strategies"), [("8", 2, 1), ("10", 1, 1), ("12", 1, 0)])
def test_delete_objective_then_restore_puts_it_back_in_place(
    doc: PlanDocument, heard: list[Event], number: str, links: int, strategies: int
) -> None:
    before, links_before = snapshot_of(doc), links_of(doc)
    removed = oid(doc, number)
    tomb = doc.structure.delete_objective(removed)
    assert number not in objective_numbers(doc, "2")
    assert_positions_contiguous(doc)
    assert read_committed(doc.path, "SELECT count(*) FROM objective WHERE id = ?", (removed,)) == [(0,)]
    assert read_committed(doc.path, "SELECT count(*) FROM outcome_objective WHERE objective_id = ?", (removed,)) == [
        (0,)
    ]
    linked = {"outcome_objective": links, "ballot_vote": 7} | ({"strategy_objective": strategies} if strategies else {})
    assert tomb.dependents() == linked
    assert links_of(doc) == [link for link in links_before if link[1] != removed]
    assert heard == [ObjectiveEvent(Action.REMOVED, (removed,))]  # its votes and links are told by it
    heard.clear()
    doc.lists.restore(tomb)
    assert snapshot_of(doc) == before
    assert links_of(doc) == links_before
    assert read_committed(doc.path, "SELECT count(*) FROM outcome_objective WHERE objective_id = ?", (removed,)) == [
        (links,)
    ]
    assert heard == [ObjectiveEvent(Action.ADDED, (removed,))]


def test_undoing_several_deletions_in_reverse_order_restores_the_plan(doc: PlanDocument) -> None:
    before = snapshot_of(doc)
    tombs = [
        doc.structure.delete_objective(oid(doc, "3")),
        doc.structure.delete_objective(oid(doc, "4")),
        doc.structure.delete_goal(gid(doc, "1")),
        doc.structure.delete_objective(oid(doc, "15")),
    ]
    assert doc.structure.counts()["objectives"] == 16 - 2 - 5 - 1
    for tomb in reversed(tombs):
        doc.lists.restore(tomb)
    assert snapshot_of(doc) == before


def test_deleted_rows_come_back_after_closing_and_reopening(sample_plan: Path) -> None:
    document = PlanDocument.open(sample_plan)
    before = snapshot_of(document)
    tomb = document.structure.delete_goal(gid(document, "3"))
    document.close()
    document = PlanDocument.open(sample_plan)
    assert goal_numbers(document) == ["1", "2", "4"]
    document.lists.restore(tomb)
    document.close()
    document = PlanDocument.open(sample_plan)
    try:
        assert snapshot_of(document) == before
    finally:
        document.close()


def test_delete_of_a_row_that_is_gone_is_refused(doc: PlanDocument) -> None:
    with pytest.raises(InvalidEdit, match="goal is no longer in the plan"):
        doc.structure.delete_goal(9999)
    with pytest.raises(InvalidEdit, match="objective is no longer in the plan"):
        doc.structure.delete_objective(9999)
    assert doc.structure.counts() == {"goals": 4, "folded goals": 1, "objectives": 16}


def test_restore_is_refused_when_the_number_was_reused_and_changes_nothing(
    doc: PlanDocument, heard: list[Event]
) -> None:
    tomb = doc.structure.delete_objective(oid(doc, "9"))
    doc.structure.add_objective(gid(doc, "3"), "9")  # the room reused the number meanwhile
    before = snapshot_of(doc)
    heard.clear()
    with pytest.raises(InvalidEdit):
        doc.lists.restore(tomb)
    assert snapshot_of(doc) == before
    assert_positions_contiguous(doc)
    assert heard == []


def test_restoring_the_same_deletion_twice_is_refused_and_changes_nothing(
    doc: PlanDocument,
) -> None:
    tomb = doc.structure.delete_objective(oid(doc, "9"))
    doc.lists.restore(tomb)
    before = snapshot_of(doc)
    with pytest.raises(InvalidEdit, match="breaks a rule"):
        doc.lists.restore(tomb)
    assert snapshot_of(doc) == before
    assert objective_numbers(doc, "2") == ["8", "9", "10", "11", "12"]


# ------------------------------------------------------------ notifications


def test_listeners_hear_of_a_change_only_once_it_is_committed(doc: PlanDocument) -> None:
    seen_in_file: list[list[tuple]] = []

    def listener(change: Event) -> None:
        seen_in_file.append(read_committed(doc.path, "SELECT number FROM goal WHERE id = ?", change.ids))

    doc.events.subscribe(listener)
    doc.structure.add_goal("5")
    assert seen_in_file == [[("5",)]]


def test_a_refused_edit_notifies_nobody(doc: PlanDocument, heard: list[Event]) -> None:
    for attempt in (
        lambda: doc.structure.add_goal("1"),
        lambda: doc.structure.add_objective(gid(doc, "1"), ""),
        lambda: doc.structure.update_goal(gid(doc, "1"), number="2"),
        lambda: doc.structure.update_objective(oid(doc, "1"), number="2"),
        lambda: doc.structure.set_plan_field("nope", ""),
        lambda: doc.structure.delete_goal(12345),
    ):
        with pytest.raises(InvalidEdit):
            attempt()
    assert heard == []


def test_unsubscribing_stops_notifications(doc: PlanDocument) -> None:
    changes: list[Event] = []
    unsubscribe = doc.events.subscribe(changes.append)
    doc.structure.add_goal("5")
    unsubscribe()
    unsubscribe()  # twice is harmless
    doc.structure.add_goal("6")
    assert [c.action for c in changes] == [Action.ADDED]


def test_every_listener_hears_every_change(doc: PlanDocument) -> None:
    first: list[Event] = []
    second: list[Event] = []
    doc.events.subscribe(first.append)
    doc.events.subscribe(second.append)
    doc.structure.set_plan_field("title", "T")
    assert first == second == [PlanEvent(Action.CHANGED, (1,), frozenset(("title",)))]


# ------------------------------------------------------------- transactions


def test_a_transaction_groups_edits_into_one_commit(doc: PlanDocument, heard: list[Event]) -> None:
    with doc.transaction():
        g5 = doc.structure.add_goal("5", "Grouped")
        o17 = doc.structure.add_objective(g5, "17")
        doc.structure.set_plan_field("period", "2014–2015")
        # Nothing is in the file, and nobody has heard, until the block ends.
        assert read_committed(doc.path, "SELECT count(*) FROM goal") == [(4,)]
        assert read_committed(doc.path, "SELECT period FROM plan") == [("2012–2015",)]
        assert heard == []
    assert read_committed(doc.path, "SELECT count(*) FROM goal") == [(5,)]
    assert read_committed(doc.path, "SELECT number FROM objective WHERE id = ?", (o17,)) == [("17",)]
    assert heard == [
        GoalEvent(Action.ADDED, (g5,)),
        ObjectiveEvent(Action.ADDED, (o17,)),
        PlanEvent(Action.CHANGED, (1,), frozenset(("period",))),
    ]


def test_a_failing_edit_inside_a_transaction_undoes_the_whole_group(doc: PlanDocument, heard: list[Event]) -> None:
    before_rows, before_bytes = snapshot_of(doc), doc.path.read_bytes()
    with pytest.raises(InvalidEdit), doc.transaction():
        doc.structure.add_goal("5")
        doc.structure.set_plan_field("title", "Half done")
        doc.structure.add_goal("1")  # duplicate: refused
    assert snapshot_of(doc) == before_rows
    assert doc.plan.title == "Strategic Plan 2012–2015"
    assert doc.path.read_bytes() == before_bytes
    assert heard == []
    doc.structure.add_goal("5")  # and the document carries on
    assert heard == [GoalEvent(Action.ADDED, (gid(doc, "5"),))]


def test_any_exception_inside_a_transaction_rolls_it_back(doc: PlanDocument, heard: list[Event]) -> None:
    before = snapshot_of(doc)
    with pytest.raises(RuntimeError, match="interrupted"), doc.transaction():
        doc.structure.delete_goal(gid(doc, "1"))
        doc.structure.move_goal(gid(doc, "3"), 0)
        raise RuntimeError("interrupted")
    assert snapshot_of(doc) == before
    assert read_committed(doc.path, "SELECT count(*) FROM objective") == [(16,)]
    assert heard == []


def test_two_goals_can_swap_numbers_inside_one_transaction(doc: PlanDocument) -> None:
    g1, g2 = gid(doc, "1"), gid(doc, "2")
    with doc.transaction():
        doc.structure.update_goal(g1, number="swap")
        doc.structure.update_goal(g2, number="1")
        doc.structure.update_goal(g1, number="2")
    assert (doc.structure.goal(g1).number, doc.structure.goal(g2).number) == ("2", "1")
    assert read_committed(doc.path, "SELECT id, number FROM goal WHERE id IN (?, ?) ORDER BY id", (g1, g2)) == [
        (g1, "2"),
        (g2, "1"),
    ]


def test_nested_transactions_commit_once_at_the_outermost(doc: PlanDocument, heard: list[Event]) -> None:
    with doc.transaction():
        with doc.transaction():
            doc.structure.add_goal("5")
        assert read_committed(doc.path, "SELECT count(*) FROM goal") == [(4,)]
        assert heard == []
    assert read_committed(doc.path, "SELECT count(*) FROM goal") == [(5,)]
    assert len(heard) == 1


# ------------------------------------------------------- read-only snapshot


@pytest.fixture
def snapshot(sample_plan: Path) -> Iterator[PlanDocument]:
    document = PlanDocument.open_snapshot(sample_plan)
    yield document
    document.close()


def test_a_snapshot_reads_the_plan(snapshot: PlanDocument) -> None:
    assert snapshot.read_only is True
    assert goal_numbers(snapshot) == ["1", "2", "3", "4"]
    assert len(snapshot.structure.objectives()) == 16
    assert snapshot.plan.title == "Strategic Plan 2012–2015"


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda d: d.structure.set_plan_field("title", "x"), id="set_plan_field"),
        pytest.param(lambda d: d.structure.add_goal("5"), id="add_goal"),
        pytest.param(lambda d: d.structure.update_goal(gid(d, "1"), title="x"), id="update_goal"),
        pytest.param(lambda d: d.structure.fold_goal(gid(d, "4"), "x"), id="fold_goal"),
        pytest.param(lambda d: d.structure.unfold_goal(gid(d, "4")), id="unfold_goal"),
        pytest.param(lambda d: d.structure.move_goal(gid(d, "4"), 0), id="move_goal"),
        pytest.param(lambda d: d.structure.add_objective(gid(d, "4"), "17"), id="add_objective"),
        pytest.param(lambda d: d.structure.update_objective(oid(d, "1"), title="x"), id="update_objective"),
        pytest.param(lambda d: d.structure.move_objective(oid(d, "1"), gid(d, "2")), id="move_objective"),
        pytest.param(lambda d: d.structure.sort_objectives(gid(d, "1")), id="sort_objectives"),
        pytest.param(lambda d: d.structure.delete_goal(gid(d, "1")), id="delete_goal"),
        pytest.param(lambda d: d.structure.delete_objective(oid(d, "1")), id="delete_objective"),
    ],
)
def test_a_snapshot_refuses_every_edit(snapshot: PlanDocument, edit) -> None:
    heard: list[Event] = []
    snapshot.events.subscribe(heard.append)
    before_rows, before_bytes = snapshot_of(snapshot), snapshot.path.read_bytes()
    with pytest.raises(ReadOnlyPlan, match="read-only"):
        edit(snapshot)
    assert snapshot_of(snapshot) == before_rows
    assert snapshot.path.read_bytes() == before_bytes
    assert heard == []


def test_a_snapshot_refuses_restore(sample_plan: Path, snapshot: PlanDocument) -> None:
    editor = PlanDocument.open(sample_plan)
    try:
        tomb = editor.structure.delete_objective(oid(editor, "16"))
    finally:
        editor.close()
    with pytest.raises(ReadOnlyPlan):
        snapshot.lists.restore(tomb)


def test_a_snapshot_is_the_plan_as_it_was_when_taken(sample_plan: Path, snapshot: PlanDocument) -> None:
    editor = PlanDocument.open(sample_plan)  # a snapshot holds no lock on the file
    try:
        editor.structure.add_goal("5")
        editor.structure.set_plan_field("title", "Changed after the snapshot")
    finally:
        editor.close()
    assert goal_numbers(snapshot) == ["1", "2", "3", "4"]
    assert snapshot.plan.title == "Strategic Plan 2012–2015"


# --------------------------------------------------------------- persistence


def test_edits_are_in_the_file_after_close_and_reopen(sample_plan: Path) -> None:
    document = PlanDocument.open(sample_plan)
    document.structure.set_plan_field("title", "Strategic Plan 2012–2015, revised 2014–2015")
    document.structure.fold_goal(gid(document, "4"), "Folded into goals 1-3")
    document.structure.update_goal(gid(document, "2"), title="Clearance")
    g5 = document.structure.add_goal("5", "New goal")
    document.structure.add_objective(g5, "17", "New objective")
    document.structure.move_objective(oid(document, "13"), gid(document, "2"))
    document.structure.update_objective(oid(document, "1"), title="Stop all use")
    document.structure.delete_objective(oid(document, "14"))
    document.structure.move_goal(g5, 0)
    expected = snapshot_of(document)
    document.close()

    reopened = PlanDocument.open(sample_plan)
    try:
        assert snapshot_of(reopened) == expected
        assert reopened.plan.title == "Strategic Plan 2012–2015, revised 2014–2015"
        assert goal_numbers(reopened) == ["5", "1", "2", "3", "4"]
        assert objective_numbers(reopened, "2") == ["8", "9", "10", "11", "12", "13"]
        assert objective_numbers(reopened, "3") == ["15", "16"]
        assert objective_numbers(reopened, "5") == ["17"]
        assert reopened.structure.goal(gid(reopened, "4")).fold_note == "Folded into goals 1-3"
        assert reopened.structure.objective(oid(reopened, "1")).title == "Stop all use"
        assert reopened.structure.counts() == {"goals": 5, "folded goals": 1, "objectives": 16}
        assert reopened.integrity_problems() == []
    finally:
        reopened.close()


def test_a_new_plan_starts_empty_with_its_title(tmp_path: Path) -> None:
    path = tmp_path / "new.retreat"
    document = PlanDocument.create(path, title="Board retreat", organisation="ICBL-CMC")
    try:
        assert document.structure.counts() == {"goals": 0, "folded goals": 0, "objectives": 0}
        assert (document.plan.title, document.plan.organisation) == ("Board retreat", "ICBL-CMC")
        assert document.plan.vision == ""
        assert len(document.plan.uid) == 36
    finally:
        document.close()


def test_structure_lists_goal_and_objective_ids_in_plan_order(doc: PlanDocument) -> None:
    doc.structure.move_goal(gid(doc, "3"), 0)
    doc.structure.move_objective(oid(doc, "16"), gid(doc, "3"), 0)
    expected = [(g.id, [o.id for o in doc.structure.objectives(g.id)]) for g in doc.structure.goals()]
    assert doc.structure.structure() == expected
    assert doc.structure.structure()[0] == (
        gid(doc, "3"),
        [oid(doc, n) for n in ["16", "13", "14", "15"]],
    )
