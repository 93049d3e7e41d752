"""The revised-plan workbook's Votes sheet: each objective's votes, by member (a column each, headed by the
member's name) when the board agreed to show votes by name, else the counts alone; the show of hands beside.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import select

from planner_gui.core.document import PlanDocument
from planner_gui.core.members import VOTES_COLUMNS
from planner_gui.core.words import priority_word
from planner_gui.exchange.cells import Cell, Table
from planner_gui.i18n import N_

__all__ = ["HANDS_PREFIX", "VOTE_HEADERS", "MemberName", "count_cell", "vote_headers", "vote_rows"]

VOTE_HEADERS = (N_("High"), N_("Medium"), N_("Low"), N_("Dropped"))
HANDS_PREFIX = N_("Show of hands: ")


class MemberName(str):
    """A member's name heading a Votes column: written as it is in every language (a member called “Approach” or
    “High” is not “Approche” or “Haute” on a French sheet), where every other header is translated."""

    __slots__ = ()


def vote_headers(doc: PlanDocument) -> tuple[str, ...]:
    """The Votes sheet's headers: one per voting member by name, or the counts when votes are anonymous."""
    if not doc.plan.votes_by_name:
        return (*VOTES_COLUMNS, *VOTE_HEADERS)
    hands = (f"{HANDS_PREFIX}{h}" for h in VOTE_HEADERS) if _any_hands(doc) else ()
    return (*VOTES_COLUMNS, *(MemberName(m.name) for m in doc.ranking.members(voting_only=True)), *hands)


def _any_hands(doc: PlanDocument) -> bool:
    from planner_gui.core.model_ranking import HandCount

    return doc.session.scalar(select(HandCount.objective_id).limit(1)) is not None


def vote_rows(doc: PlanDocument, results: Sequence[Any]) -> Table:
    """Each objective's row of the Votes sheet, in the order of ``results`` (the plan's)."""
    rows: Table = []
    if not doc.plan.votes_by_name:
        for r in results:
            rows.append([r.objective.number, r.objective.title, *(count_cell(v) for v in r.tally.counts)])
        return rows
    voters = [m.id for m in doc.ranking.members(voting_only=True)]
    hands = _any_hands(doc)
    said = cache(priority_word)  # a few words, each shown the same way in every cell
    for r in results:
        row: list[Cell] = [r.objective.number, r.objective.title]
        vote = r.by_member.get
        row += [said(vote(member)) for member in voters]
        if hands:
            row += [count_cell(v) for v in r.hands.counts]
        rows.append(row)
    return rows


def count_cell(value: float) -> int | float:
    """Whole numbers as integers (7, not 7.0), so cells read as people expect."""
    return int(value) if float(value).is_integer() else round(value, 2)
