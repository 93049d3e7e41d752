"""The room's picture read from the plan: every objective with its votes, as plain values.

:func:`compute_results` reads each objective once (a snapshot, :class:`ObjectiveInfo`,
never the live row, so nothing read here goes stale when the session lets go
of its rows), adds up the weighted ballots in SQLite and the hand counts, and
leaves who voted what (:class:`VoteDetails`) to be read when something shows
it. Nothing is cached here: whoever shows the results keeps them, and knows
from the plan's events when to read them again (``ui/models/ranking_table.py``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select

from planner_gui.core import secret_ballots
from planner_gui.core.model import Goal, Objective
from planner_gui.core.model_ranking import PRIORITIES, Ballot, BallotVote, HandCount, Member
from planner_gui.core.store import PlanStore
from planner_gui.core.tally import Tally
from planner_gui.core.vote_details import NO_DETAILS, VoteDetails


@dataclass(frozen=True)
class ObjectiveInfo:
    """What the results show of an objective, as it was when read: its number, title and the board's decision."""

    id: int
    number: str
    title: str
    description: str
    goal_id: int
    folded: bool  # its goal is folded into the others: not on a ballot, still decided
    priority: str | None
    rationale: str
    drop_kind: str | None
    related_id: int | None


@dataclass(frozen=True)
class ObjectiveResult:
    objective: ObjectiveInfo
    tally: Tally
    hands: Tally = field(default_factory=Tally)
    details: VoteDetails = field(default=NO_DETAILS, repr=False, compare=False)

    @property
    def by_member(self) -> dict[int, str]:
        """Member id -> priority (read from the plan the first time any result is asked)."""
        return self.details.by_member(self.objective.id)

    @property
    def comments(self) -> dict[int, str]:
        """Member id -> comment."""
        return self.details.comments(self.objective.id)

    def with_objective(self, objective: ObjectiveInfo) -> ObjectiveResult:
        return dataclasses.replace(self, objective=objective)


_INFO = (
    Objective.id,
    Objective.number,
    Objective.title,
    Objective.description,
    Objective.goal_id,
    Goal.folded,
    Objective.priority,
    Objective.rationale,
    Objective.drop_kind,
    Objective.related_id,
)


def objective_infos(store: PlanStore, objective_ids: Sequence[int] | None = None) -> list[ObjectiveInfo]:
    """The objectives (all of them, or those named) in the plan's order, as plain values."""
    query = select(*_INFO).join(Goal, Goal.id == Objective.goal_id)
    if objective_ids is not None:
        query = query.where(Objective.id.in_(objective_ids))
    query = query.order_by(Goal.position, Goal.id, Objective.position, Objective.id)
    return [ObjectiveInfo(**row._asdict()) for row in store.session.connection().execute(query)]


def compute_results(store: PlanStore) -> list[ObjectiveResult]:
    """Every objective in the plan's order with its votes: ballots (weighted) plus hand counts."""
    session = store.session
    voters = frozenset(session.scalars(select(Member.id).where(Member.votes)))
    objectives = objective_infos(store)
    details = VoteDetails(lambda ids: _votes_on(store, ids), voters, [o.id for o in objectives])  # read when shown
    weighed = _weighted_votes(store)
    hands = {
        objective_id: Tally(high, medium, low, dropped)
        for objective_id, high, medium, low, dropped in session.connection().execute(
            select(HandCount.objective_id, HandCount.high, HandCount.medium, HandCount.low, HandCount.dropped)
        )
    }
    results = []
    for objective in objectives:
        sums = weighed.get(objective.id)
        ballots = Tally(*sums) if sums is not None else Tally()
        counted = hands.get(objective.id)
        if counted is None:
            results.append(ObjectiveResult(objective, ballots, details=details))
        else:
            results.append(ObjectiveResult(objective, ballots + counted, counted, details))
    return results


def _weighted_votes(store: PlanStore) -> dict[int, list[float]]:
    """Objective id → the weight of the ballots voting high, medium, low, dropped; a non-voter weighs 0.

    SQLite counts the votes from the tally index alone (schema 6), with no join and no sort: once for
    every ballot, and once more for each weight other than the commonest, counted by its ballots' ids.
    A board of equal members is one pass over the index. 8,000 rows at 2,000 objectives: read as plain
    tuples from the driver (SQLAlchemy's rows would double the time). Secret ballots all weigh 1, and are
    counted from their own table's tally index.
    """
    tier = {priority: i for i, priority in enumerate(PRIORITIES)}
    if store.plan.secret_ballots:
        secret: dict[int, list[float]] = {}
        for objective_id, priority, n in secret_ballots.counts(store.session):
            secret.setdefault(objective_id, [0.0] * 4)[tier[priority]] += n
        return secret
    connection = store.session.connection()
    ballots_of: dict[float, list[int]] = {}
    weights = select(Ballot.id, Member.votes, Member.weight).join(Member, Member.id == Ballot.member_id)
    for ballot_id, votes, weight in connection.execute(weights):
        ballots_of.setdefault(weight if votes else 0.0, []).append(ballot_id)
    if not ballots_of:
        return {}
    common = max(ballots_of, key=lambda weight: len(ballots_of[weight]))
    driver = connection.connection.driver_connection
    assert driver is not None

    def counts(ballot_ids: Sequence[int] = ()) -> list[tuple[int, str, int]]:
        where = f"WHERE ballot_id IN ({', '.join('?' * len(ballot_ids))}) " if ballot_ids else ""
        sql = f"SELECT objective_id, priority, count(*) FROM ballot_vote {where}GROUP BY objective_id, priority"
        rows: list[tuple[int, str, int]] = driver.execute(sql, tuple(ballot_ids)).fetchall()
        return rows

    apart: dict[tuple[int, str], int] = {}  # votes counted apart from the commonest weight's
    weighed: dict[int, list[float]] = {}
    for weight, ballot_ids in ballots_of.items():
        if weight != common:
            for objective_id, priority, n in counts(ballot_ids):
                apart[objective_id, priority] = apart.get((objective_id, priority), 0) + n
                weighed.setdefault(objective_id, [0.0] * 4)[tier[priority]] += weight * n
    for objective_id, priority, n in counts():
        common_n = n - apart.get((objective_id, priority), 0)
        if common_n:
            weighed.setdefault(objective_id, [0.0] * 4)[tier[priority]] += common * common_n
    return weighed


def _votes_on(store: PlanStore, objective_ids: Sequence[int]) -> Iterable[tuple[int, int, str, str]]:
    """Each member's vote and comment on these objectives (``VoteDetails`` reads them a batch at a time)."""
    return store.session.connection().execute(
        select(Ballot.member_id, BallotVote.objective_id, BallotVote.priority, BallotVote.comment)
        .join(Ballot, Ballot.id == BallotVote.ballot_id)
        .where(BallotVote.objective_id.in_(objective_ids))
    )
