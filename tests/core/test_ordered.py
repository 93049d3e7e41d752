"""OrderedRows: the same add, edit, move, order, delete and restore for every ordered list.

Run on the lists of the review's first half (outcomes, recommendations,
stakeholders, context points, agenda sessions), in an empty plan or in the
sample (conftest's ``sample_plan``).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from plan_files import committed
from planner_gui.core.agenda import SESSIONS
from planner_gui.core.context import POINTS, SECTIONS
from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import InvalidEdit
from planner_gui.core.events import Action, Event, RecommendationEvent, StakeholderEvent
from planner_gui.core.ordered import KINDS, kind_of
from planner_gui.core.walkthrough import OUTCOMES, RECOMMENDATIONS, STAKEHOLDERS

# ------------------------------------------------------------------ helpers


def dump(path: Path, *tables: str) -> dict[str, list[tuple]]:
    """Every column of every row of ``tables``, as committed, in a stable order."""
    return {t: sorted(committed(path, f"SELECT * FROM {t}"), key=repr) for t in tables}


# The text column of each list, used to tell rows apart.
TEXT = {
    "outcome": "title",
    "recommendation": "text",
    "stakeholder": "name",
    "context_item": "text",
    "agenda_session": "title",
}
LISTS = list(TEXT)


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[PlanDocument]:
    document = PlanDocument.create(tmp_path / "empty.retreat")
    yield document
    document.close()


def heard_on(document: PlanDocument) -> list[Event]:
    changes: list[Event] = []
    document.events.subscribe(changes.append)
    return changes


def scope_for(document: PlanDocument, table: str) -> dict[str, Any]:
    """A scope to add rows of ``table`` to (a fresh section for context points)."""
    if table == "context_item":
        return {"section_id": document.lists.insert_row(SECTIONS, {"title": "Threats"}), "parent_id": None}
    return {}


def texts(document: PlanDocument, table: str, scope: dict[str, Any]) -> list[str]:
    return [getattr(r, TEXT[table]) for r in document.lists.rows(kind_of(table), **scope)]


def positions(document: PlanDocument, table: str, scope: dict[str, Any]) -> list[int]:
    return [r.position for r in document.lists.rows(kind_of(table), **scope)]


# --------------------------------------------------------------- the kinds


def test_each_list_of_the_review_is_registered_with_its_scope_and_choices() -> None:
    assert kind_of("outcome").choices == {"contribution": ("strong", "some", "limited", "none")}
    assert kind_of("recommendation").choices == {"status": ("accepted", "partly accepted", "not accepted", "pending")}
    assert kind_of("stakeholder").choices == {"kind": ("state", "donor", "UN agency", "NGO", "media", "other")}
    assert kind_of("context_item").scope == ("section_id", "parent_id")
    assert kind_of("objective").scope == ("goal_id",)
    for table in ("outcome", "recommendation", "stakeholder", "context_section", "agenda_session", "goal"):
        assert kind_of(table).scope == ()
    assert {kind.table for kind in KINDS} >= {*LISTS, "context_section", "goal", "objective"}


def test_an_unknown_list_is_refused_with_its_name() -> None:
    with pytest.raises(InvalidEdit, match="no list called “ballot”"):
        kind_of("ballot")


# ------------------------------------------------------------------ insert


@pytest.mark.parametrize("table", LISTS)
def test_insert_row_puts_each_row_at_its_index_and_keeps_positions_contiguous(empty: PlanDocument, table: str) -> None:
    scope = scope_for(empty, table)
    field = TEXT[table]
    for text in ("b", "d"):
        empty.lists.insert_row(kind_of(table), {**scope, field: text})  # at the end
    empty.lists.insert_row(kind_of(table), {**scope, field: "a"}, index=0)
    empty.lists.insert_row(kind_of(table), {**scope, field: "c"}, index=2)
    empty.lists.insert_row(kind_of(table), {**scope, field: "first"}, index=-4)  # clamped to the start
    empty.lists.insert_row(kind_of(table), {**scope, field: "last"}, index=99)  # clamped to the end
    assert texts(empty, table, scope) == ["first", "a", "b", "c", "d", "last"]
    assert positions(empty, table, scope) == [0, 1, 2, 3, 4, 5]
    in_file = committed(empty.path, f"SELECT {field} FROM {table} ORDER BY position")
    assert [t for (t,) in in_file] == ["first", "a", "b", "c", "d", "last"]


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        ("outcome", {"title": "", "contribution": "some", "evidence": ""}),
        ("recommendation", {"text": "", "status": "pending", "response": ""}),
        ("stakeholder", {"name": "", "kind": "other", "role": "", "needs": ""}),
        ("agenda_session", {"day": 1, "start": "09:00", "minutes": 60, "title": "", "step": "plan"}),
    ],
)
def test_insert_row_fills_in_the_defaults_and_notifies_once(
    empty: PlanDocument, table: str, expected: dict[str, Any]
) -> None:
    heard = heard_on(empty)
    new_id = empty.lists.insert_row(kind_of(table), {})
    row = empty.lists.row(kind_of(table), new_id)
    assert {name: getattr(row, name) for name in expected} == expected
    assert row.position == 0
    assert heard == [kind_of(table).event(Action.ADDED, (new_id,))]


@pytest.mark.filterwarnings("ignore:New instance:sqlalchemy.exc.SAWarning")
def test_insert_row_with_an_explicit_id_keeps_it_and_refuses_a_taken_one(empty: PlanDocument) -> None:
    assert empty.lists.insert_row(STAKEHOLDERS, {"name": "Donors"}, row_id=41) == 41
    heard = heard_on(empty)
    with pytest.raises(InvalidEdit, match="breaks a rule"):
        empty.lists.insert_row(STAKEHOLDERS, {"name": "Clash"}, row_id=41)
    assert [(s.id, s.name) for s in empty.lists.rows(STAKEHOLDERS)] == [(41, "Donors")]
    assert heard == []


@pytest.mark.parametrize(
    ("table", "values", "message"),
    [
        ("outcome", {"contribution": "huge"}, "“huge” is not a contribution of an outcome; choose one of: strong"),
        ("recommendation", {"status": "rejected"}, "“rejected” is not a status of a recommendation"),
        ("stakeholder", {"kind": "company"}, "“company” is not a kind of a stakeholder"),
        ("outcome", {"colour": "red"}, "An outcome has no field colour"),
        ("context_item", {"text": "no section"}, "A point needs its section_id"),
    ],
)
def test_insert_row_refuses_bad_values_and_adds_nothing(
    empty: PlanDocument, table: str, values: dict[str, Any], message: str
) -> None:
    heard = heard_on(empty)
    with pytest.raises(InvalidEdit, match=message):
        empty.lists.insert_row(kind_of(table), values)
    assert committed(empty.path, f"SELECT count(*) FROM {table}") == [(0,)]
    assert heard == []


# ------------------------------------------------------------------ update


@pytest.mark.parametrize(
    ("table", "field", "good", "bad", "message"),
    [
        ("outcome", "contribution", "limited", "huge", "not a contribution of an outcome"),
        ("recommendation", "status", "not accepted", "rejected", "not a status of a recommendation"),
        ("stakeholder", "kind", "UN agency", "un agency", "not a kind of a stakeholder"),
    ],
)
def test_update_row_accepts_only_the_listed_choices(
    doc: PlanDocument, table: str, field: str, good: str, bad: str, message: str
) -> None:
    first = doc.lists.row_ids(kind_of(table))[0]
    heard = heard_on(doc)
    doc.lists.update_row(kind_of(table), first, **{field: good})
    assert getattr(doc.lists.row(kind_of(table), first), field) == good
    assert committed(doc.path, f"SELECT {field} FROM {table} WHERE id = ?", (first,)) == [(good,)]
    assert heard == [kind_of(table).event(Action.CHANGED, (first,), frozenset({field}))]

    heard.clear()
    before = dump(doc.path, table)
    text_field = TEXT[table]
    with pytest.raises(InvalidEdit, match=message):
        # The good change in the same call does not stick either.
        doc.lists.update_row(kind_of(table), first, **{text_field: "Should not stick", field: bad})
    assert dump(doc.path, table) == before
    assert getattr(doc.lists.row(kind_of(table), first), field) == good
    assert getattr(doc.lists.row(kind_of(table), first), text_field) != "Should not stick"
    assert heard == []


def test_update_row_changes_several_fields_and_names_them_in_the_notice(doc: PlanDocument) -> None:
    rid = doc.lists.row_ids(RECOMMENDATIONS)[2]
    heard = heard_on(doc)
    doc.lists.update_row(RECOMMENDATIONS, rid, status="not accepted", response="The board disagreed.")
    assert committed(doc.path, "SELECT status, response FROM recommendation WHERE id = ?", (rid,)) == [
        ("not accepted", "The board disagreed.")
    ]
    assert heard == [RecommendationEvent(Action.CHANGED, (rid,), frozenset(("status", "response")))]


@pytest.mark.parametrize(
    ("table", "field", "message"),
    [
        ("outcome", "colour", "An outcome has no field colour"),
        ("stakeholder", "position", "A stakeholder has no field position"),
        ("agenda_session", "elapsed_seconds", "A session has no field elapsed_seconds"),
        ("recommendation", "id", "A recommendation has no field id"),
    ],
)
def test_update_row_refuses_an_unknown_field_and_changes_nothing(
    doc: PlanDocument, table: str, field: str, message: str
) -> None:
    rid = doc.lists.row_ids(kind_of(table))[0]
    before = dump(doc.path, table)
    heard = heard_on(doc)
    with pytest.raises(InvalidEdit, match=message):
        doc.lists.update_row(kind_of(table), rid, **{field: 3})
    assert dump(doc.path, table) == before
    assert heard == []


@pytest.mark.parametrize("field", ["section_id", "parent_id"])
def test_update_row_refuses_a_scope_field_and_says_to_move_instead(doc: PlanDocument, field: str) -> None:
    section = doc.context.sections()[0]
    point = doc.context.items(section.id)[1]
    other = doc.context.sections()[1].id if field == "section_id" else doc.context.items(section.id)[0].id
    before = dump(doc.path, "context_item")
    with pytest.raises(InvalidEdit, match=f"A point has no field {field} to edit; move it instead"):
        doc.lists.update_row(POINTS, point.id, text="Should not stick", **{field: other})
    assert dump(doc.path, "context_item") == before


def test_update_row_of_a_row_that_is_gone_is_refused(doc: PlanDocument) -> None:
    with pytest.raises(InvalidEdit, match="That outcome is no longer in the plan"):
        doc.lists.update_row(OUTCOMES, 9999, title="x")
    with pytest.raises(InvalidEdit, match="That session is no longer in the plan"):
        doc.lists.move_row(SESSIONS, 9999, 0)


# -------------------------------------------------------------------- move


@pytest.mark.parametrize(
    ("start", "index", "expected"),
    [
        (0, 3, [1, 2, 3, 0, 4]),
        (4, 0, [4, 0, 1, 2, 3]),
        (1, 99, [0, 2, 3, 4, 1]),
        (2, -1, [2, 0, 1, 3, 4]),
        (3, 3, [0, 1, 2, 3, 4]),
    ],
)
def test_move_row_within_its_list(doc: PlanDocument, start: int, index: int, expected: list[int]) -> None:
    ids = doc.lists.row_ids(RECOMMENDATIONS)
    assert len(ids) == 5
    heard = heard_on(doc)
    doc.lists.move_row(RECOMMENDATIONS, ids[start], index)
    assert doc.lists.row_ids(RECOMMENDATIONS) == [ids[i] for i in expected]
    assert positions(doc, "recommendation", {}) == [0, 1, 2, 3, 4]
    in_file = committed(doc.path, "SELECT id FROM recommendation ORDER BY position")
    assert [i for (i,) in in_file] == [ids[i] for i in expected]
    assert heard == [RecommendationEvent(Action.MOVED, (ids[start],))]


def test_move_row_to_another_scope_closes_the_gap_and_opens_a_place(doc: PlanDocument) -> None:
    mandate, advantage = doc.context.sections()[1], doc.context.sections()[2]
    source = [i.id for i in doc.context.items(advantage.id)]
    target = [i.id for i in doc.context.items(mandate.id)]
    moved = source[2]
    doc.lists.move_row(POINTS, moved, 0, section_id=mandate.id)
    assert [i.id for i in doc.context.items(advantage.id)] == [i for i in source if i != moved]
    assert [i.id for i in doc.context.items(mandate.id)] == [moved, *target]
    assert positions(doc, "context_item", {"section_id": advantage.id, "parent_id": None}) == list(
        range(len(source) - 1)
    )
    assert positions(doc, "context_item", {"section_id": mandate.id, "parent_id": None}) == list(range(len(target) + 1))
    assert committed(doc.path, "SELECT section_id, position FROM context_item WHERE id = ?", (moved,)) == [
        (mandate.id, 0)
    ]


def test_move_row_to_a_section_that_is_gone_is_refused(doc: PlanDocument) -> None:
    point = doc.context.items(doc.context.sections()[2].id)[0]
    before = dump(doc.path, "context_item")
    with pytest.raises(InvalidEdit, match="section is no longer in the context analysis"):
        doc.lists.move_row(POINTS, point.id, 0, section_id=9999)
    assert dump(doc.path, "context_item") == before


# --------------------------------------------------------------- set_order


def test_set_order_orders_the_list_as_given(doc: PlanDocument) -> None:
    ids = doc.lists.row_ids(STAKEHOLDERS)
    heard = heard_on(doc)
    wanted = [*reversed(ids)]
    doc.lists.set_order(STAKEHOLDERS, wanted)
    assert doc.lists.row_ids(STAKEHOLDERS) == wanted
    assert positions(doc, "stakeholder", {}) == list(range(len(ids)))
    assert [i for (i,) in committed(doc.path, "SELECT id FROM stakeholder ORDER BY position")] == wanted
    assert heard == [StakeholderEvent(Action.MOVED, tuple(wanted))]


def test_set_order_within_a_scope_leaves_other_scopes_alone(doc: PlanDocument) -> None:
    advantage, capacities = doc.context.sections()[2], doc.context.sections()[3]
    others = [(i.id, i.position) for i in doc.context.items(capacities.id)]
    ids = [i.id for i in doc.context.items(advantage.id)]
    wanted = [ids[-1], *ids[:-1]]
    doc.lists.set_order(POINTS, wanted, section_id=advantage.id, parent_id=None)
    assert [i.id for i in doc.context.items(advantage.id)] == wanted
    assert [(i.id, i.position) for i in doc.context.items(capacities.id)] == others


@pytest.mark.parametrize("change", ["missing", "duplicate", "stranger"])
def test_set_order_refuses_a_list_that_is_not_each_row_once(doc: PlanDocument, change: str) -> None:
    ids = doc.lists.row_ids(STAKEHOLDERS)
    wrong = {
        "missing": ids[1:],
        "duplicate": [ids[0], *ids[:-1]],
        "stranger": [*ids[:-1], 9999],
    }[change]
    before = dump(doc.path, "stakeholder")
    heard = heard_on(doc)
    with pytest.raises(InvalidEdit, match="must list each stakeholder once"):
        doc.lists.set_order(STAKEHOLDERS, wrong)
    assert dump(doc.path, "stakeholder") == before
    assert heard == []


# ------------------------------------------------------- delete and restore

RELATED = ("outcome", "outcome_objective", "recommendation", "stakeholder", "context_section", "context_item")


@pytest.mark.parametrize(
    ("table", "pick", "dependents"),
    [
        ("outcome", lambda d: d.lists.row_ids(kind_of("outcome"))[2], {"outcome_objective": 3}),  # Obj. 8, 11, 12
        ("outcome", lambda d: d.lists.row_ids(kind_of("outcome"))[0], {"outcome_objective": 1}),
        ("recommendation", lambda d: d.lists.row_ids(kind_of("recommendation"))[1], {}),
        ("stakeholder", lambda d: d.lists.row_ids(kind_of("stakeholder"))[-1], {}),
        ("agenda_session", lambda d: d.lists.row_ids(kind_of("agenda_session"))[4], {}),
        (
            "context_item",
            lambda d: d.context.items(d.context.sections()[0].id)[1].id,
            {"context_item": 3},
        ),  # with its sub-points
        (
            "context_item",
            lambda d: (
                d.context.items(d.context.sections()[0].id, d.context.items(d.context.sections()[0].id)[0].id)[1].id
            ),
            {},
        ),
        ("context_section", lambda d: d.context.sections()[0].id, {"context_item": 16}),
    ],
)
def test_delete_then_restore_gives_back_identical_rows(
    doc: PlanDocument, table: str, pick: Any, dependents: dict[str, int]
) -> None:
    tables = (*RELATED, "agenda_session")
    before = dump(doc.path, *tables)
    row_id = pick(doc)
    row = doc.lists.row(kind_of(table), row_id)
    scope = {name: getattr(row, name) for name in kind_of(table).scope}
    siblings = doc.lists.row_ids(kind_of(table), **scope)
    assert doc.lists.dependents(kind_of(table), row_id) == dependents
    heard = heard_on(doc)

    tomb = doc.lists.delete_row(kind_of(table), row_id)

    assert tomb.dependents() == dependents
    assert doc.lists.row_ids(kind_of(table), **scope) == [i for i in siblings if i != row_id]
    assert positions(doc, table, scope) == list(range(len(siblings) - 1))
    assert committed(doc.path, f"SELECT count(*) FROM {table} WHERE id = ?", (row_id,)) == [(0,)]
    assert heard[0] == kind_of(table).event(Action.REMOVED, (row_id,))
    assert dump(doc.path, *tables) != before

    heard.clear()
    doc.lists.restore(tomb)

    assert dump(doc.path, *tables) == before  # same ids, positions, texts, links, sub-points
    assert doc.lists.row_ids(kind_of(table), **scope) == siblings
    assert heard[0] == kind_of(table).event(Action.ADDED, (row_id,))


def test_deleting_an_outcome_keeps_the_objectives_it_named(doc: PlanDocument) -> None:
    outcome = doc.lists.row_ids(OUTCOMES)[2]
    named = doc.walkthrough.outcome_objectives(outcome)
    doc.lists.delete_row(OUTCOMES, outcome)
    assert [doc.structure.objective(o).number for o in named] == ["8", "11", "12"]
    assert doc.structure.counts()["objectives"] == 16


def test_restoring_the_same_deletion_twice_is_refused_and_changes_nothing(doc: PlanDocument) -> None:
    tomb = doc.lists.delete_row(STAKEHOLDERS, doc.lists.row_ids(STAKEHOLDERS)[3])
    doc.lists.restore(tomb)
    before = dump(doc.path, "stakeholder")
    with pytest.raises(InvalidEdit, match="breaks a rule"):
        doc.lists.restore(tomb)
    assert dump(doc.path, "stakeholder") == before


def test_undoing_several_deletions_in_reverse_order_restores_every_list(doc: PlanDocument) -> None:
    tables = (*RELATED, "agenda_session")
    before = dump(doc.path, *tables)
    tombs = [
        doc.lists.delete_row(OUTCOMES, doc.lists.row_ids(OUTCOMES)[0]),
        doc.lists.delete_row(OUTCOMES, doc.lists.row_ids(OUTCOMES)[0]),
        doc.lists.delete_row(POINTS, doc.context.items(doc.context.sections()[3].id)[1].id),
        doc.lists.delete_row(SECTIONS, doc.context.sections()[3].id),
        doc.lists.delete_row(SESSIONS, doc.lists.row_ids(SESSIONS)[-1]),
    ]
    for tomb in reversed(tombs):
        doc.lists.restore(tomb)
    assert dump(doc.path, *tables) == before


# ------------------------------------------------------------ notifications


def test_listeners_hear_of_each_edit_only_once_it_is_in_the_file(empty: PlanDocument) -> None:
    seen: list[tuple[str, list[tuple]]] = []  # the action's word, and the outcomes in the file as it is heard

    def listener(change: Event) -> None:
        seen.append((change.action.value, committed(empty.path, "SELECT id, title FROM outcome ORDER BY position")))

    empty.events.subscribe(listener)
    first = empty.lists.insert_row(OUTCOMES, {"title": "First"})
    second = empty.lists.insert_row(OUTCOMES, {"title": "Second"}, index=0)
    empty.lists.update_row(OUTCOMES, first, title="First, edited")
    empty.lists.move_row(OUTCOMES, first, 0)
    tomb = empty.lists.delete_row(OUTCOMES, second)
    empty.lists.restore(tomb)
    assert seen == [
        ("added", [(first, "First")]),
        ("added", [(second, "Second"), (first, "First")]),
        ("changed", [(second, "Second"), (first, "First, edited")]),
        ("moved", [(first, "First, edited"), (second, "Second")]),
        ("removed", [(first, "First, edited")]),
        ("added", [(first, "First, edited"), (second, "Second")]),
    ]


def test_edits_grouped_in_a_transaction_are_heard_after_the_commit(empty: PlanDocument) -> None:
    heard = heard_on(empty)
    with empty.transaction():
        a = empty.lists.insert_row(RECOMMENDATIONS, {"text": "A"})
        b = empty.lists.insert_row(RECOMMENDATIONS, {"text": "B"})
        empty.lists.move_row(RECOMMENDATIONS, b, 0)
        assert heard == []
        assert committed(empty.path, "SELECT count(*) FROM recommendation") == [(0,)]
    assert heard == [
        RecommendationEvent(Action.ADDED, (a,)),
        RecommendationEvent(Action.ADDED, (b,)),
        RecommendationEvent(Action.MOVED, (b,)),
    ]
    assert committed(empty.path, "SELECT text FROM recommendation ORDER BY position") == [("B",), ("A",)]


def test_a_group_that_fails_adds_nothing_and_notifies_nobody(empty: PlanDocument) -> None:
    heard = heard_on(empty)
    with pytest.raises(InvalidEdit, match="not a status"), empty.transaction():
        empty.lists.insert_row(RECOMMENDATIONS, {"text": "A"})
        empty.lists.insert_row(RECOMMENDATIONS, {"text": "B", "status": "maybe"})
    assert committed(empty.path, "SELECT count(*) FROM recommendation") == [(0,)]
    assert empty.lists.rows(RECOMMENDATIONS) == []
    assert heard == []


# ----------------------------------------------- property: random edit runs

_TEMPLATE: dict[str, Path] = {}


def _blank_plan() -> Path:
    """A copy of one empty plan made once (creating a plan each example is slow)."""
    if "path" not in _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="ordered-template-"))
        PlanDocument.create(folder / "blank.retreat").close()
        _TEMPLATE["path"] = folder / "blank.retreat"
    folder = Path(tempfile.mkdtemp(prefix="ordered-run-"))
    path = folder / "plan.retreat"
    shutil.copyfile(_TEMPLATE["path"], path)
    return path


class RecommendationList(RuleBasedStateMachine):
    """Insert, move and delete on one list, undoing in reverse order like the facilitator's Undo.

    A model list says what order the rows must be in; each undo must bring the
    file back to exactly what it held before the edit it undoes.
    """

    def __init__(self) -> None:
        super().__init__()
        self.path = _blank_plan()
        self.doc = PlanDocument.open(self.path)
        self.model: list[int] = []  # ids in order
        self.undo: list[tuple[str, Any, list[int], dict[str, list[tuple]]]] = []
        self.counter = 0

    def _push(self, action: str, data: Any, before_model: list[int], before_rows: dict[str, list[tuple]]) -> None:
        self.undo.append((action, data, before_model, before_rows))

    @rule(index=st.integers(min_value=-2, max_value=12), status=st.sampled_from(["accepted", "pending"]))
    def insert(self, index: int, status: str) -> None:
        before = (list(self.model), dump(self.path, "recommendation"))
        self.counter += 1
        new_id = self.doc.lists.insert_row(RECOMMENDATIONS, {"text": f"r{self.counter}", "status": status}, index=index)
        self.model.insert(max(0, min(index, len(self.model))), new_id)
        self._push("insert", new_id, *before)

    @precondition(lambda self: self.model)
    @rule(data=st.data())
    def move(self, data: st.DataObject) -> None:
        start = data.draw(st.integers(min_value=0, max_value=len(self.model) - 1))
        index = data.draw(st.integers(min_value=0, max_value=len(self.model) - 1))
        before = (list(self.model), dump(self.path, "recommendation"))
        row_id = self.model.pop(start)
        self.model.insert(index, row_id)
        self.doc.lists.move_row(RECOMMENDATIONS, row_id, index)
        self._push("move", (row_id, start), *before)

    @precondition(lambda self: self.model)
    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        index = data.draw(st.integers(min_value=0, max_value=len(self.model) - 1))
        before = (list(self.model), dump(self.path, "recommendation"))
        tomb = self.doc.lists.delete_row(RECOMMENDATIONS, self.model.pop(index))
        self._push("delete", tomb, *before)

    @precondition(lambda self: self.model)
    @rule(data=st.data())
    def delete_and_restore_at_once(self, data: st.DataObject) -> None:
        index = data.draw(st.integers(min_value=0, max_value=len(self.model) - 1))
        before = dump(self.path, "recommendation")
        tomb = self.doc.lists.delete_row(RECOMMENDATIONS, self.model[index])
        self.doc.lists.restore(tomb)
        assert dump(self.path, "recommendation") == before

    @precondition(lambda self: self.undo)
    @rule()
    def undo_last(self) -> None:
        action, data, before_model, before_rows = self.undo.pop()
        if action == "insert":
            self.doc.lists.delete_row(RECOMMENDATIONS, data)
        elif action == "move":
            row_id, start = data
            self.doc.lists.move_row(RECOMMENDATIONS, row_id, start)
        else:
            self.doc.lists.restore(data)
        self.model = before_model
        assert dump(self.path, "recommendation") == before_rows

    @invariant()
    def positions_are_contiguous_and_in_the_model_order(self) -> None:
        in_file = committed(self.path, "SELECT id, position FROM recommendation ORDER BY position")
        assert in_file == [(row_id, place) for place, row_id in enumerate(self.model)]
        assert self.doc.lists.row_ids(RECOMMENDATIONS) == self.model

    def teardown(self) -> None:
        self.doc.close()
        shutil.rmtree(self.path.parent, ignore_errors=True)


RecommendationList.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestRandomEditsOnOneList = RecommendationList.TestCase
