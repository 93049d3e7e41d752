"""The ranking step: members, ballots (three ways in), show-of-hands counts, results and decisions.

Members are an ordered list (see ``ordered``). A ballot is one member's
priorities, replaced whole or not at all; :meth:`RankingEdits.cast_ballot`
returns the ballot it replaced so undo can put it back. Show-of-hands counts
add to the ballots in :meth:`RankingEdits.results`. The board's decision is
stored on the objective.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select

from planner_gui.core.document_base import DocumentBase
from planner_gui.core.errors import InvalidEdit
from planner_gui.core.model import DECISION_FIELDS, Objective
from planner_gui.core.model_ranking import (
    BALLOT_SOURCES,
    DROP_KINDS,
    PRIORITIES,
    Ballot,
    BallotVote,
    HandCount,
    Member,
)
from planner_gui.core.ordered import OrderedRows, RowKind, register
from planner_gui.core.tally import Tally
from planner_gui.core.vote_details import NO_DETAILS, VoteDetails


def _validate_member(doc: DocumentBase, values: dict[str, Any], row_id: int | None) -> dict[str, Any]:
    if "name" in values:
        name = " ".join(str(values["name"]).split())
        if not name:
            raise InvalidEdit("A member needs a name.")
        for other_id, other in doc.session.execute(select(Member.id, Member.name)):
            if other_id != row_id and other.casefold() == name.casefold():
                raise InvalidEdit(f"There is already a member called {other}. Give each member a name of their own.")
        values["name"] = name
    if "votes" in values and not isinstance(values["votes"], bool):
        raise InvalidEdit("Say whether the member votes with yes or no.")
    if "weight" in values:
        try:
            weight = float(values["weight"])
        except (TypeError, ValueError):
            raise InvalidEdit(f"A ballot's weight is a number, not “{values['weight']}”.") from None
        if not 0 < weight <= 100:
            raise InvalidEdit("A ballot's weight is a number above 0 (1 unless the board's rules say otherwise).")
        values["weight"] = weight
    return values


register(
    RowKind(
        "member",
        Member,
        "member",
        fields=("name", "role", "votes", "weight"),
        defaults={"role": "", "votes": True, "weight": 1.0},
        validate=_validate_member,
    )
)

Choices = Mapping[int, tuple[str | None, str]]  # objective id -> (priority or None, comment)


@dataclass(frozen=True)
class BallotRecord:
    """A whole ballot, as stored: what undo puts back."""

    member_id: int
    source: str
    cast_at: datetime
    votes: dict[int, tuple[str, str]]  # objective id -> (priority, comment)


class BallotExists(InvalidEdit):
    """The member has voted already; replace the ballot only when asked to."""


@dataclass
class ObjectiveResult:
    objective: Objective
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


RANKING_OPTIONS = ("high_cap", "results_revealed", "votes_by_name")
RESULT_TABLES = frozenset({"ballot", "ballot_vote", "hand_count", "member", "goal", "objective"})


class RankingEdits(OrderedRows):
    # ------------------------------------------------------------- members
    def members(self, *, voting_only: bool = False) -> list[Member]:
        members: list[Member] = self.rows("member")
        return [m for m in members if m.votes] if voting_only else members

    def find_member(self, name: str) -> Member | None:
        wanted = " ".join(name.split()).casefold()
        return next((m for m in self.members() if m.name.casefold() == wanted), None)

    def add_member(self, name: str, role: str = "", *, votes: bool = True, index: int | None = None) -> int:
        return self.insert_row("member", {"name": name, "role": role, "votes": votes}, index=index)

    def weights_in_use(self) -> bool:
        return any(m.weight != 1.0 for m in self.members(voting_only=True))

    # ------------------------------------------------------------- options
    def set_ranking_options(self, **options: Any) -> None:
        """``high_cap`` (None or a whole number), ``results_revealed``, ``votes_by_name``."""
        unknown = set(options) - set(RANKING_OPTIONS)
        if unknown:
            raise InvalidEdit(f"Ranking has no option {', '.join(sorted(unknown))}.")
        if "high_cap" in options:
            cap = options["high_cap"]
            if cap is not None and (isinstance(cap, bool) or not isinstance(cap, int) or cap < 1):
                raise InvalidEdit("The cap on “high” is a whole number of objectives, at least 1 (or no cap).")
        for name in ("results_revealed", "votes_by_name"):
            if name in options and not isinstance(options[name], bool):
                raise InvalidEdit(f"{name.replace('_', ' ').capitalize()} is yes or no.")
        with self.transaction():
            plan = self.plan
            for name, value in options.items():
                setattr(plan, name, value)
            self._changed("plan", "changed", (1,), tuple(options))

    # ------------------------------------------------------------- ballots
    def ballot_objectives(self) -> list[Objective]:
        """What a ballot asks about: every objective except those of goals folded away."""
        return [o for o in self.objectives() if not o.goal.folded]

    def ballot(self, member_id: int) -> BallotRecord | None:
        found = self.session.scalar(select(Ballot).where(Ballot.member_id == member_id))
        if found is None:
            return None
        rows = self.session.execute(
            select(BallotVote.objective_id, BallotVote.priority, BallotVote.comment).where(
                BallotVote.ballot_id == found.id
            )
        )
        return BallotRecord(member_id, found.source, found.cast_at, {oid: (p, c) for oid, p, c in rows})

    def voted(self) -> set[int]:
        """Ids of the members who have cast a ballot."""
        return set(self.session.scalars(select(Ballot.member_id)))

    def check_ballot(self, member_id: int, choices: Choices) -> dict[int, tuple[str, str]]:
        """The ballot cleaned (blank priorities left out), or InvalidEdit saying what is wrong."""
        member = self.row("member", member_id)
        if not member.votes:
            raise InvalidEdit(f"{member.name} is not a voting member, so can't cast a ballot.")
        known = set(self.session.scalars(select(Objective.id)))
        clean: dict[int, tuple[str, str]] = {}
        for objective_id, (priority, comment) in choices.items():
            if objective_id not in known:
                raise InvalidEdit("The ballot names an objective that is no longer in the plan.")
            if priority is None:
                continue
            if priority not in PRIORITIES:
                raise InvalidEdit(f"“{priority}” is not a priority; choose one of: {', '.join(PRIORITIES)}.")
            clean[objective_id] = (priority, comment or "")
        cap = self.plan.high_cap
        highs = sum(1 for p, _ in clean.values() if p == "high")
        if cap is not None and highs > cap:
            raise InvalidEdit(
                f"This ballot ranks {highs} objectives high; the board agreed on at most {cap}. "
                f"Move {highs - cap} of them to medium or low."
            )
        if not clean:
            raise InvalidEdit("The ballot is empty: give at least one objective a priority.")
        return clean

    def cast_ballot(
        self, member_id: int, choices: Choices, *, source: str = "laptop", replace: bool = False
    ) -> BallotRecord | None:
        """Record a member's ballot whole; returns the ballot it replaced (None if the first)."""
        if source not in BALLOT_SOURCES:
            raise InvalidEdit(f"A ballot comes from one of: {', '.join(BALLOT_SOURCES)}.")
        with self.transaction():
            clean = self.check_ballot(member_id, choices)
            previous = self.ballot(member_id)
            if previous is not None and not replace:
                name = self.row("member", member_id).name
                raise BallotExists(f"{name} has already voted. Replace their ballot only if they asked to.")
            self._write_ballot(BallotRecord(member_id, source, datetime.now().replace(microsecond=0), clean))
        return previous

    def restore_ballot(self, member_id: int, record: BallotRecord | None) -> None:
        """Put a member's ballot back as it was (None: no ballot). Undo of :meth:`cast_ballot`."""
        with self.transaction():
            self.row("member", member_id)
            if record is None:
                self.session.execute(delete(Ballot).where(Ballot.member_id == member_id))
                self._changed("ballot", "removed", (member_id,))
            else:
                self._write_ballot(record)

    def _write_ballot(self, record: BallotRecord) -> None:
        self.session.execute(delete(Ballot).where(Ballot.member_id == record.member_id))
        ballot = Ballot(member_id=record.member_id, source=record.source, cast_at=record.cast_at)
        self.session.add(ballot)
        self.session.flush()
        rows = [
            {"ballot_id": ballot.id, "objective_id": oid, "priority": p, "comment": c}
            for oid, (p, c) in record.votes.items()
        ]
        if rows:  # one executemany, not an ORM object per vote (2,000 objectives: 95 ms a ballot before)
            self.session.execute(insert(BallotVote), rows)
        self._changed("ballot", "changed", (record.member_id,))

    # -------------------------------------------------------- show of hands
    def hand_count(self, objective_id: int) -> dict[str, int]:
        found = self.session.get(HandCount, objective_id)
        return {p: (getattr(found, p) if found else 0) for p in PRIORITIES}

    def set_hand_count(self, objective_id: int, **counts: Any) -> None:
        """Set the votes counted by hand for one objective, per tier (the others unchanged)."""
        unknown = set(counts) - set(PRIORITIES)
        if unknown:
            raise InvalidEdit(f"Votes are counted as {', '.join(PRIORITIES)}, not {', '.join(sorted(unknown))}.")
        clean: dict[str, int] = {}
        for priority, value in counts.items():
            try:
                number = int(str(value).strip() or 0) if not isinstance(value, bool) else -1
            except ValueError:
                number = -1
            if number < 0:
                raise InvalidEdit(f"The count of “{priority}” votes is a whole number, 0 or more, not “{value}”.")
            clean[priority] = number
        with self.transaction():
            self.objective(objective_id)
            merged = {**self.hand_count(objective_id), **clean}
            self.session.merge(HandCount(objective_id=objective_id, **merged))
            self._changed("hand_count", "changed", (objective_id,), tuple(clean))

    # ------------------------------------------------------------- results
    _results: list[ObjectiveResult] | None = None

    def _changed(self, table: str, action: str, ids: Sequence[int] = (), fields: Sequence[str] = ()) -> None:
        # The results stay valid through a decision or a retitling (they hold the live objectives); anything
        # that changes votes, voters, weights or which objectives there are, in what order, makes them stale.
        if table in RESULT_TABLES and not (table in ("goal", "objective") and action == "changed"):
            self._results = None
        super()._changed(table, action, ids, fields)

    def _abort(self) -> None:
        self._results = None  # they may hold what the rolled-back transaction did
        super()._abort()

    def results(self) -> list[ObjectiveResult]:
        """Every objective in the plan's order with its votes: ballots (weighted) plus hand counts.

        Computed once and kept until something they depend on changes: the window's three ranking tabs and
        the export all read the same list. Treat it as read-only.
        """
        if self._results is None:
            self._results = self._compute_results()
        return self._results

    def _compute_results(self) -> list[ObjectiveResult]:
        voters = frozenset(m.id for m in self.members(voting_only=True))
        objectives = self.objectives()
        details = VoteDetails(self._votes_on, voters, [o.id for o in objectives])  # read when shown
        weighed = self._weighted_votes()
        hands = {
            objective_id: Tally(high, medium, low, dropped)
            for objective_id, high, medium, low, dropped in self.session.connection().execute(
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

    def _weighted_votes(self) -> dict[int, list[float]]:
        """Objective id → the weight of the ballots voting high, medium, low, dropped; a non-voter weighs 0.

        SQLite counts the votes from the tally index alone (schema 6), with no join and no sort: once for
        every ballot, and once more for each weight other than the commonest, counted by its ballots' ids.
        A board of equal members is one pass over the index. 8,000 rows at 2,000 objectives: read as plain
        tuples from the driver (SQLAlchemy's rows would double the time).
        """
        ballots_of: dict[float, list[int]] = {}
        weights = select(Ballot.id, Member.votes, Member.weight).join(Member, Member.id == Ballot.member_id)
        for ballot_id, votes, weight in self.session.connection().execute(weights):
            ballots_of.setdefault(weight if votes else 0.0, []).append(ballot_id)
        if not ballots_of:
            return {}
        common = max(ballots_of, key=lambda weight: len(ballots_of[weight]))
        driver = self.session.connection().connection.driver_connection
        assert driver is not None
        tier = {priority: i for i, priority in enumerate(PRIORITIES)}

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

    def _votes_on(self, objective_ids: Sequence[int]) -> Iterable[tuple[int, int, str, str]]:
        """Each member's vote and comment on these objectives (``VoteDetails`` reads them a batch at a time)."""
        return self.session.connection().execute(
            select(Ballot.member_id, BallotVote.objective_id, BallotVote.priority, BallotVote.comment)
            .join(Ballot, Ballot.id == BallotVote.ballot_id)
            .where(BallotVote.objective_id.in_(objective_ids))
        )

    # ------------------------------------------------------------ decisions
    def set_decision(self, objective_id: int, **changes: Any) -> None:
        """The board's decision: ``priority``, ``rationale``, ``drop_kind``, ``related_id``."""
        unknown = set(changes) - set(DECISION_FIELDS)
        if unknown:
            raise InvalidEdit(f"A decision has no field {', '.join(sorted(unknown))}.")
        if changes.get("priority") not in (None, *PRIORITIES):
            raise InvalidEdit(f"“{changes['priority']}” is not a priority; choose one of: {', '.join(PRIORITIES)}.")
        if changes.get("drop_kind") not in (None, *DROP_KINDS):
            raise InvalidEdit(
                f"“{changes['drop_kind']}” is not a reason to drop; choose one of: {', '.join(DROP_KINDS)}."
            )
        if "rationale" in changes and not isinstance(changes["rationale"], str):
            raise InvalidEdit("The rationale is text.")
        with self.transaction():
            objective = self.objective(objective_id)
            related = changes.get("related_id")
            if related is not None:
                if related == objective_id:
                    raise InvalidEdit("An objective can't point to itself; choose another objective.")
                self.objective(related)
            for name, value in changes.items():
                setattr(objective, name, value)
            self._changed("objective", "changed", (objective_id,), tuple(changes))

    def decision_counts(self) -> dict[str, int]:
        counts = dict.fromkeys((*PRIORITIES, "undecided"), 0)
        for priority, count in self.session.execute(select(Objective.priority, func.count()).group_by("priority")):
            counts[priority or "undecided"] += count
        return counts
