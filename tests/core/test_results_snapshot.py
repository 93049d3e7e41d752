"""The revealed results as plain data for the minutes: who voted, by which way, every objective's votes."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import InvalidEdit
from planner_gui.core.ranking import MEMBERS
from planner_gui.core.results_snapshot import results_snapshot

WHEN = datetime(2014, 10, 15, 16, 40)


def test_hidden_results_are_refused_and_the_plan_is_left_as_it_was(doc: PlanDocument) -> None:
    assert not doc.plan.results_revealed
    with pytest.raises(InvalidEdit, match="reveal them first"):
        results_snapshot(doc)
    assert not doc.plan.results_revealed


def test_the_sample_snapshot_names_the_voters_the_ways_and_every_objective(doc: PlanDocument) -> None:
    doc.ranking.set_ranking_options(results_revealed=True)
    snapshot = results_snapshot(doc, now=WHEN)
    assert snapshot.taken == WHEN and snapshot.plan_title == "Strategic Plan 2012–2015"
    assert snapshot.voted == (
        "Amina Diallo", "Tomas Lindqvist", "Priya Raman", "Jorge Castillo", "Hanna Kowalski", "Samuel Okello",
        "Mei Tanaka",
    )  # fmt: skip
    assert snapshot.waiting == () and "Elena Rossi" not in snapshot.voted  # staff: no vote
    assert snapshot.ways == {"laptop": 7} and snapshot.hand_counted == 0 and not snapshot.weighted
    assert [row.number for row in snapshot.rows] == [str(n) for n in range(1, 17)]
    nine = snapshot.rows[8]
    assert nine.counts == (2.0, 3.0, 0.0, 2.0) and nine.contested and nine.decided == "medium"
    assert nine.consensus == pytest.approx(0.36, abs=0.005) and nine.mean == pytest.approx(1.71, abs=0.01)
    assert [r.number for r in snapshot.rows if r.contested] == ["9"]
    assert snapshot.chart[8].counts == nine.counts


def test_a_ballot_of_a_member_who_no_longer_votes_is_not_told_as_cast(doc: PlanDocument) -> None:
    """Mei Tanaka voted, then was made a member who doesn't vote: her ballot counts in no tally, nor in the ways."""
    mei = doc.ranking.find_member("Mei Tanaka")
    assert mei is not None
    doc.lists.update_row(MEMBERS, mei.id, votes=False)
    doc.ranking.set_ranking_options(results_revealed=True)
    snapshot = results_snapshot(doc, now=WHEN)
    assert snapshot.ways == {"laptop": 6} and len(snapshot.voted) == 6
    assert sum(snapshot.rows[0].counts) == 6


def test_ballots_by_workbook_hands_and_weights_are_told_apart(doc: PlanDocument) -> None:
    doc.ranking.set_ranking_options(results_revealed=True)
    amina = doc.ranking.find_member("Amina Diallo")
    mei = doc.ranking.find_member("Mei Tanaka")
    assert amina is not None and mei is not None
    first = doc.structure.objectives()[0]
    doc.ranking.restore_ballot(amina.id, None)
    doc.ranking.cast_ballot(amina.id, {first.id: ("high", "")}, source="spreadsheet")
    doc.ranking.restore_ballot(mei.id, None)  # Mei has not voted now
    doc.ranking.set_hand_count(first.id, high=3)
    doc.lists.update_row(MEMBERS, amina.id, weight=2.0)
    snapshot = results_snapshot(doc, now=WHEN)
    assert snapshot.ways == {"laptop": 5, "spreadsheet": 1}
    assert snapshot.waiting == ("Mei Tanaka",) and len(snapshot.voted) == 6
    assert snapshot.hand_counted == 1 and snapshot.weighted
    assert snapshot.rows[0].counts[0] == 6 - 1 + 2 + 3  # Mei's high gone, Amina's weighs 2, 3 hands


def test_secret_ballots_are_counted_in_the_minutes_without_saying_how_each_came_in(tmp_path: Path) -> None:
    from planner_gui.report.snapshot import snapshot_html

    doc = PlanDocument.create(tmp_path / "secret.retreat", title="Secret plan")
    try:
        goal = doc.structure.add_goal("1", "Ban")
        first = doc.structure.add_objective(goal, "1", "One")
        names = ("Ana", "Ben", "Chloé")
        for name in names:
            doc.ranking.add_member(name, "Board")
        doc.ranking.set_ranking_options(secret_ballots=True)
        for name in names[:2]:
            member = doc.ranking.find_member(name)
            assert member is not None
            doc.ranking.cast_ballot(member.id, {first: ("high", "")}, source="room")
        doc.ranking.set_ranking_options(results_revealed=True)
        snapshot = results_snapshot(doc, now=WHEN)
    finally:
        doc.close()
    assert snapshot.voted == ("Ana", "Ben") and snapshot.waiting == ("Chloé",)
    assert snapshot.ways == {"secret": 2}
    said = snapshot_html(snapshot)
    assert "2 ballots in secret" in said and "No ballots were cast" not in said
