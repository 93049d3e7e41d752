"""Ranking in the core: members, ballots whole or not at all, show-of-hands counts, results, decisions.

Expectations about the sample are computed from the bundled data, not copied by hand.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plan_files import committed
from planner_gui.core import vote_details
from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import InvalidEdit
from planner_gui.core.events import Action, BallotEvent, Event
from planner_gui.core.model_ranking import PRIORITIES
from planner_gui.core.ranking import MEMBERS, BallotRecorded, BallotRefused
from planner_gui.core.sample import sample_data
from planner_gui.core.tally import parse_priority, tally

RANKING = sample_data()["ranking"]


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[PlanDocument]:
    """A plan with two goals, five objectives and three members, no ballots."""
    document = PlanDocument.create(tmp_path / "empty.retreat", title="Test plan")
    g1 = document.structure.add_goal("1", "Ban")
    g2 = document.structure.add_goal("2", "Clearance")
    for number in ("1", "2", "3"):
        document.structure.add_objective(g1, number, f"Objective {number}")
    for number in ("4", "5"):
        document.structure.add_objective(g2, number, f"Objective {number}")
    for name in ("Ana", "Ben", "Chloé"):
        document.ranking.add_member(name)
    yield document
    document.close()


@pytest.fixture
def heard(empty: PlanDocument) -> list[Event]:
    events: list[Event] = []
    empty.events.subscribe(events.append)
    return events


def oid(doc: PlanDocument, number: str) -> int:
    found = doc.structure.find_objective(number)
    assert found is not None
    return found.id


def mid(doc: PlanDocument, name: str) -> int:
    found = doc.ranking.find_member(name)
    assert found is not None
    return found.id


def choices(doc: PlanDocument, letters: str) -> dict[int, tuple[str | None, str]]:
    return {
        o.id: (parse_priority(letter.strip()), "")
        for o, letter in zip(doc.structure.objectives(), letters, strict=True)
    }


# ------------------------------------------------------------------- sample


def test_the_sample_carries_the_seeds_members_ballots_and_decisions(doc: PlanDocument) -> None:
    assert [m.name for m in doc.ranking.members()] == [m["name"] for m in RANKING["members"]]
    voting = [m["name"] for m in RANKING["members"] if m.get("votes", True)]
    assert [m.name for m in doc.ranking.members(voting_only=True)] == voting
    assert {doc.lists.row(MEMBERS, i).name for i in doc.ranking.voted()} == {b["member"] for b in RANKING["ballots"]}
    assert doc.plan.high_cap == RANKING["high_cap"]
    decided = {o.number: o.priority for o in doc.structure.objectives()}
    assert decided == {d["objective"]: d["priority"] for d in RANKING["decisions"]}
    # The seed: #11 and #12 became indicators of #8; #14 outside the campaign's influence.
    for number in ("11", "12"):
        objective = doc.structure.find_objective(number)
        assert objective is not None
        assert objective.drop_kind == "indicator of another objective"
        assert objective.related_id == oid(doc, "8")
    assert doc.structure.find_objective("14").drop_kind == "outside our influence"  # type: ignore[union-attr]
    assert [g.number for g in doc.structure.goals() if g.folded] == ["4"]


def test_the_samples_ballots_agree_with_the_boards_decisions(doc: PlanDocument) -> None:
    results = doc.ranking.results()
    assert len(results) == 16
    for result in results:
        assert result.tally.total == len(RANKING["ballots"])
        assert result.tally.leading == result.objective.priority, result.objective.number
    contested = [r.objective.number for r in results if r.tally.contested]
    assert contested == ["9"]  # the room was split on funding


# ------------------------------------------------------------------- members


def test_members_are_an_ordered_list_with_unique_names(empty: PlanDocument) -> None:
    empty.ranking.add_member("Dan", "Treasurer", votes=False, index=0)
    assert [(m.name, m.role, m.votes) for m in empty.ranking.members()][:2] == [
        ("Dan", "Treasurer", False),
        ("Ana", "", True),
    ]
    with pytest.raises(InvalidEdit, match="already a member called Ana"):
        empty.ranking.add_member("  ana ")
    with pytest.raises(InvalidEdit, match="needs a name"):
        empty.ranking.add_member("   ")
    assert empty.ranking.find_member("CHLOÉ") is not None


@pytest.mark.parametrize("name", ["Number", "objective", " Numéro ", "OBJETIVO", "Objectif"])
def test_no_member_is_called_as_a_column_of_the_votes_sheet(empty: PlanDocument, name: str) -> None:
    """The exported Votes sheet heads a column per member by name after Number and Objective: it must read back."""
    with pytest.raises(InvalidEdit, match="a column of the exported Votes sheet is headed so"):
        empty.ranking.add_member(name)
    with pytest.raises(InvalidEdit, match="Add a surname or an initial"):
        empty.lists.update_row(MEMBERS, mid(empty, "Ana"), name=name)
    assert empty.lists.row(MEMBERS, mid(empty, "Ana")).name == "Ana"
    empty.ranking.add_member(f"{name.strip()} Two")  # a name that only starts so is a name


@pytest.mark.parametrize("weight", [0, -1, "heavy", None, 1000, -1e-300, float("nan"), float("inf"), "1,5,0"])
def test_a_weight_must_be_a_positive_number(empty: PlanDocument, weight: object) -> None:
    """Above 0, up to 100: and a number, which NaN and infinity are not."""
    with pytest.raises(InvalidEdit, match="weight"):
        empty.lists.update_row(MEMBERS, mid(empty, "Ana"), weight=weight)
    assert empty.lists.row(MEMBERS, mid(empty, "Ana")).weight == 1.0


@pytest.mark.parametrize("weight", [0.1, 0.33, 0.333, 1.25, 100, 1e-300])
def test_a_weight_is_kept_exactly(empty: PlanDocument, weight: float) -> None:
    empty.lists.update_row(MEMBERS, mid(empty, "Ana"), weight=weight)
    assert empty.lists.row(MEMBERS, mid(empty, "Ana")).weight == weight


def test_weights_in_use_only_when_a_voting_member_has_one(empty: PlanDocument) -> None:
    assert not empty.ranking.weights_in_use()
    empty.lists.update_row(MEMBERS, mid(empty, "Ana"), weight="2")
    assert empty.ranking.weights_in_use()
    empty.lists.update_row(MEMBERS, mid(empty, "Ana"), votes=False)
    assert not empty.ranking.weights_in_use()


# ------------------------------------------------------------------- ballots


def test_a_ballot_is_committed_whole_and_undone_whole(empty: PlanDocument) -> None:
    ana = mid(empty, "Ana")
    assert empty.ranking.cast_ballot(ana, choices(empty, "HMLD ")) == BallotRecorded(ana, None)
    record = empty.ranking.ballot(ana)
    assert record is not None and record.source == "laptop"
    assert sorted(p for p, _ in record.votes.values()) == sorted(["high", "medium", "low", "dropped"])
    assert committed(empty.path, "SELECT count(*) FROM ballot_vote") == [(4,)]  # the blank is an abstention
    empty.ranking.restore_ballot(ana, None)
    assert empty.ranking.ballot(ana) is None
    assert committed(empty.path, "SELECT count(*) FROM ballot") == [(0,)]


def test_a_second_ballot_replaces_the_first_only_when_asked(empty: PlanDocument) -> None:
    ana = mid(empty, "Ana")
    empty.ranking.cast_ballot(ana, choices(empty, "HHHHH"))
    first = empty.ranking.ballot(ana)
    assert empty.ranking.cast_ballot(ana, choices(empty, "LLLLL")) == BallotRefused(
        ana, ("Ana has already voted. Replace their ballot only if they asked to.",), already_voted=True
    )
    assert empty.ranking.ballot(ana) == first
    result = empty.ranking.cast_ballot(ana, choices(empty, "LLLLL"), replace=True)
    assert isinstance(result, BallotRecorded) and result.replaced == first
    previous = result.replaced
    assert {p for p, _ in empty.ranking.ballot(ana).votes.values()} == {"low"}  # type: ignore[union-attr]
    empty.ranking.restore_ballot(ana, previous)
    assert empty.ranking.ballot(ana) == first


def test_the_cap_on_high_is_enforced_and_nothing_is_recorded(empty: PlanDocument) -> None:
    empty.ranking.set_ranking_options(high_cap=2)
    refused = empty.ranking.cast_ballot(mid(empty, "Ana"), choices(empty, "HHHLL"))
    assert refused == BallotRefused(
        mid(empty, "Ana"),
        ("This ballot ranks 3 objectives high; the board agreed on at most 2. Move 1 of them to medium or low.",),
    )
    assert committed(empty.path, "SELECT count(*) FROM ballot") == [(0,)]
    empty.ranking.cast_ballot(mid(empty, "Ana"), choices(empty, "HHMLL"))
    assert mid(empty, "Ana") in empty.ranking.voted()


@pytest.mark.parametrize("cap", [0, -3, 2.5, "six", True])
def test_a_cap_is_a_whole_number_of_at_least_one(empty: PlanDocument, cap: object) -> None:
    with pytest.raises(InvalidEdit, match="whole number"):
        empty.ranking.set_ranking_options(high_cap=cap)
    assert empty.plan.high_cap is None


def problems(result: object) -> tuple[str, ...]:
    assert isinstance(result, BallotRefused)
    return result.problems


def test_refused_ballots_record_nothing_and_say_every_problem(empty: PlanDocument, heard: list[Event]) -> None:
    ana = mid(empty, "Ana")
    assert problems(empty.ranking.cast_ballot(ana, {oid(empty, "1"): ("urgent", "")})) == (
        "“urgent” is not a priority; choose one of: high, medium, low, dropped.",
    )
    assert problems(empty.ranking.cast_ballot(ana, {9999: ("high", "")})) == (
        "The ballot names an objective that is no longer in the plan.",
    )
    assert problems(empty.ranking.cast_ballot(ana, {oid(empty, "1"): (None, "")})) == (
        "The ballot is empty: give at least one objective a priority.",
    )
    empty.ranking.set_ranking_options(high_cap=1)
    empty.lists.update_row(MEMBERS, ana, votes=False)
    heard.clear()
    assert problems(empty.ranking.cast_ballot(ana, choices(empty, "HHHHH"))) == (
        "Ana is not a voting member, so can't cast a ballot.",
        "This ballot ranks 5 objectives high; the board agreed on at most 1. Move 4 of them to medium or low.",
    )
    assert committed(empty.path, "SELECT count(*) FROM ballot") == [(0,)]
    assert heard == []  # nobody hears of a refused ballot


def test_a_priority_for_an_objective_of_a_folded_goal_is_refused_a_blank_one_is_not(empty: PlanDocument) -> None:
    ana, ben = mid(empty, "Ana"), mid(empty, "Ben")
    goal = next(g for g in empty.structure.goals() if g.number == "2")
    empty.structure.fold_goal(goal.id, "Into goal 1")
    assert [o.number for o in empty.ranking.ballot_objectives()] == ["1", "2", "3"]
    result = empty.ranking.cast_ballot(ana, {oid(empty, "1"): ("high", ""), oid(empty, "4"): ("high", "")})
    assert problems(result) == (
        "Obj. 4 is not on the ballot: its goal is folded into the others, so it takes no priority.",
    )
    assert committed(empty.path, "SELECT count(*) FROM ballot") == [(0,)]
    # A workbook written before the fold, with that row left blank: the ballot counts, without it.
    result = empty.ranking.cast_ballot(ben, {oid(empty, "1"): ("low", ""), oid(empty, "4"): (None, "")})
    assert isinstance(result, BallotRecorded)
    ballot = empty.ranking.ballot(ben)
    assert ballot is not None and ballot.votes == {oid(empty, "1"): ("low", "")}


def test_a_ballot_cast_before_its_goal_was_folded_is_kept_and_restored_with_the_plan(empty: PlanDocument) -> None:
    ana = mid(empty, "Ana")
    assert isinstance(empty.ranking.cast_ballot(ana, choices(empty, "HMLLD")), BallotRecorded)
    goal = next(g for g in empty.structure.goals() if g.number == "2")
    empty.structure.fold_goal(goal.id, "Into goal 1")
    ballot = empty.ranking.ballot(ana)
    assert ballot is not None and ballot.votes[oid(empty, "5")] == ("dropped", "")
    # The plan read back (File > New from Spreadsheet, a sample): what was recorded then is recorded again.
    [result] = empty.ranking.cast_ballots(
        [(ana, {k: (p, c) for k, (p, c) in ballot.votes.items()})], replace=True, on_ballot_only=False
    )
    assert isinstance(result, BallotRecorded)


def test_one_call_records_the_ballots_that_keep_the_rules_and_refuses_the_others(
    empty: PlanDocument, heard: list[Event]
) -> None:
    ana, ben = mid(empty, "Ana"), mid(empty, "Ben")
    empty.ranking.set_ranking_options(high_cap=2)
    heard.clear()
    results = empty.ranking.cast_ballots(
        [(ana, choices(empty, "HHHHH")), (ben, choices(empty, "HMLLL"))], source="spreadsheet"
    )
    assert [type(r) for r in results] == [BallotRefused, BallotRecorded]
    assert empty.ranking.voted() == {ben}
    assert heard == [BallotEvent(Action.CHANGED, (ben,))]


def test_deleting_a_member_takes_their_ballot_and_undo_brings_both_back(empty: PlanDocument) -> None:
    ana = mid(empty, "Ana")
    empty.ranking.cast_ballot(ana, choices(empty, "HMLDH"))
    before = empty.ranking.ballot(ana)
    tomb = empty.lists.delete_row(MEMBERS, ana)
    assert tomb.dependents() == {"ballot": 1, "ballot_vote": 5}
    assert committed(empty.path, "SELECT count(*) FROM ballot_vote") == [(0,)]
    empty.lists.restore(tomb)
    assert empty.ranking.ballot(ana) == before


# ------------------------------------------------------------- show of hands


def test_show_of_hands_counts_add_to_the_ballots(empty: PlanDocument) -> None:
    one = oid(empty, "1")
    empty.ranking.cast_ballot(mid(empty, "Ana"), choices(empty, "HHHHH"))
    empty.ranking.set_hand_count(one, high=2, low="3")
    assert empty.ranking.hand_count(one) == {"high": 2, "medium": 0, "low": 3, "dropped": 0}
    result = next(r for r in empty.ranking.results() if r.objective.id == one)
    assert result.tally.counts == (3.0, 0.0, 3.0, 0.0)
    assert result.by_member == {mid(empty, "Ana"): "high"}
    assert result.hands.counts == (2.0, 0.0, 3.0, 0.0)


@pytest.mark.parametrize("value", [-1, "two", 1.5, True])
def test_a_hand_count_is_a_whole_number_of_zero_or_more(empty: PlanDocument, value: object) -> None:
    with pytest.raises(InvalidEdit, match="whole number"):
        empty.ranking.set_hand_count(oid(empty, "1"), high=value)
    assert committed(empty.path, "SELECT count(*) FROM hand_count") == [(0,)]


def test_a_weighted_ballot_counts_for_its_weight_and_a_non_voter_not_at_all(empty: PlanDocument) -> None:
    empty.lists.update_row(MEMBERS, mid(empty, "Ana"), weight=2)
    empty.ranking.cast_ballot(mid(empty, "Ana"), choices(empty, "HHHHH"))
    empty.ranking.cast_ballot(mid(empty, "Ben"), choices(empty, "LLLLL"))
    first = empty.ranking.results()[0]
    assert (first.tally.high, first.tally.low) == (2.0, 1.0)
    empty.lists.update_row(MEMBERS, mid(empty, "Ben"), votes=False)
    assert empty.ranking.results()[0].tally.counts == (2.0, 0.0, 0.0, 0.0)


MEMBER_NAMES = ("Ana", "Ben", "Chloé")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.tuples(
            st.sampled_from((1.0, 2.0, 0.5, 3.25)),
            st.booleans(),
            st.text("HMLD ", min_size=5, max_size=5).filter(str.strip),  # an all-blank ballot is refused
        ),
        min_size=3,
        max_size=3,
    )
)
def test_the_tally_is_the_weight_of_the_voting_members_ballots_however_weights_mix(
    empty: PlanDocument, members: list[tuple[float, bool, str]]
) -> None:
    # SQLite counts the commonest weight as every vote less the others': any mix must add up as ``tally`` does.
    cast: dict[int, list[tuple[str, float]]] = {o.id: [] for o in empty.structure.objectives()}
    for name, (weight, votes, letters) in zip(MEMBER_NAMES, members, strict=True):
        empty.lists.update_row(MEMBERS, mid(empty, name), weight=weight, votes=True)
        ballot = choices(empty, letters)
        empty.ranking.cast_ballot(mid(empty, name), ballot, replace=True)
        empty.lists.update_row(MEMBERS, mid(empty, name), votes=votes)  # a member may stop voting after casting
        for objective_id, (priority, _comment) in ballot.items():
            if votes and priority is not None:
                cast[objective_id].append((priority, weight))
    expected = {objective_id: tally(votes).counts for objective_id, votes in cast.items()}
    assert {r.objective.id: r.tally.counts for r in empty.ranking.results()} == expected


def test_each_members_vote_is_read_a_batch_of_objectives_at_a_time(empty: PlanDocument, monkeypatch) -> None:
    monkeypatch.setattr(vote_details, "BATCH", 2)
    for name, letters in zip(MEMBER_NAMES, ("HHMLD", "L LDD", "MMMMM"), strict=True):
        empty.ranking.cast_ballot(mid(empty, name), choices(empty, letters))
    empty.lists.update_row(MEMBERS, mid(empty, "Chloé"), votes=False)
    read: list[list[int]] = []
    results = empty.ranking.results()
    details_read = results[0].details._read
    monkeypatch.setattr(results[0].details, "_read", lambda ids: read.append(list(ids)) or details_read(ids))
    ids = [r.objective.id for r in results]
    ana, ben = mid(empty, "Ana"), mid(empty, "Ben")
    assert results[3].by_member == {ana: "low", ben: "dropped"}  # Chloé no longer votes
    assert read == [ids[2:4]]
    assert results[2].by_member == {ana: "medium", ben: "low"} and results[1].by_member == {ana: "high"}
    assert read == [ids[2:4], ids[0:2]]
    assert [r.by_member for r in results][4] == {ana: "dropped", ben: "dropped"}
    assert read == [ids[2:4], ids[0:2], ids[4:]]


# ----------------------------------------------------------------- decisions


def test_a_decision_with_a_drop_reason_pointing_to_another_objective(empty: PlanDocument) -> None:
    three, one = oid(empty, "3"), oid(empty, "1")
    empty.ranking.set_decision(three, priority="dropped", drop_kind="indicator of another objective", related_id=one)
    empty.ranking.set_decision(three, rationale="Measured by objective 1.")
    assert committed(
        empty.path, "SELECT priority, drop_kind, related_id, rationale FROM objective WHERE id = ?", (three,)
    ) == [("dropped", "indicator of another objective", one, "Measured by objective 1.")]
    assert empty.ranking.decision_counts() == {"high": 0, "medium": 0, "low": 0, "dropped": 1, "undecided": 4}


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"priority": "urgent"}, "not a priority"),
        ({"drop_kind": "boring"}, "not a reason to drop"),
        ({"rationale": 12}, "is text"),
        ({"colour": "red"}, "no field colour"),
        ({"related_id": 9999}, "no longer in the plan"),
    ],
)
def test_a_bad_decision_changes_nothing(empty: PlanDocument, changes: dict, message: str) -> None:
    with pytest.raises(InvalidEdit, match=message):
        empty.ranking.set_decision(oid(empty, "1"), **changes)
    assert committed(empty.path, "SELECT DISTINCT priority, drop_kind, related_id, rationale FROM objective") == [
        (None, None, None, "")
    ]


def test_an_objective_cannot_point_to_itself(empty: PlanDocument) -> None:
    with pytest.raises(InvalidEdit, match="itself"):
        empty.ranking.set_decision(oid(empty, "1"), related_id=oid(empty, "1"))


def test_deleting_the_objective_a_drop_reason_points_to_and_undoing_it(empty: PlanDocument) -> None:
    one, three = oid(empty, "1"), oid(empty, "3")
    empty.ranking.set_decision(three, priority="dropped", drop_kind="merged into another objective", related_id=one)
    empty.ranking.cast_ballot(mid(empty, "Ana"), choices(empty, "HMLDH"))
    tomb = empty.structure.delete_objective(one)
    assert empty.structure.objective(three).related_id is None
    assert len(empty.ranking.ballot(mid(empty, "Ana")).votes) == 4  # type: ignore[union-attr]
    empty.lists.restore(tomb)
    assert empty.structure.objective(three).related_id == one
    assert len(empty.ranking.ballot(mid(empty, "Ana")).votes) == 5  # type: ignore[union-attr]
    assert committed(empty.path, "PRAGMA foreign_key_check") == []


def test_every_priority_has_a_colour_and_a_score() -> None:
    from planner_gui.core.colors import PRIORITY_COLORS
    from planner_gui.core.tally import SCORES

    assert set(PRIORITY_COLORS) == set(SCORES) == set(PRIORITIES)
