"""The ranking step: members, ballots (every way in), show-of-hands counts, results and decisions.

Members are an ordered list (``MEMBERS``). A ballot is one member's
priorities, recorded whole or not at all, through one call whichever door it
came in by (the laptop, a ballot workbook, the room's phones):
:meth:`RankingEdits.cast_ballots` checks each ballot by the plan's rules and
answers with a typed result per ballot, :class:`BallotRecorded` (with the
ballot it replaced, for undo) or :class:`BallotRefused` (every problem, in
words for the member). Show-of-hands counts add to the ballots in the results
(``core/results.py``). The board's decision is stored on the objective.
With the option ``secret_ballots``, ballots are stored with no link to their
member (``core/secret_ballots.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select

from planner_gui.core import secret_ballots
from planner_gui.core.ballot_rules import Choices as Choices  # the ballot's choices, as its users know them
from planner_gui.core.ballot_rules import check_ballot, objectives_to_rank
from planner_gui.core.errors import InvalidEdit
from planner_gui.core.events import Action, BallotEvent, DecisionEvent, HandCountEvent, PlanEvent
from planner_gui.core.members import MEMBERS as MEMBERS  # where the ranking's users have always found it
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
from planner_gui.core.ordered import Lists
from planner_gui.core.results import ObjectiveInfo, ObjectiveResult, compute_results, objective_infos
from planner_gui.core.store import PlanStore
from planner_gui.core.structure import StructureEdits
from planner_gui.core.words import priority_word
from planner_gui.i18n import _

RANKING_OPTIONS = ("high_cap", "results_revealed", "votes_by_name", "secret_ballots")


@dataclass(frozen=True)
class BallotRecord:
    """A whole ballot, as stored: what undo puts back."""

    member_id: int
    source: str
    cast_at: datetime
    votes: dict[int, tuple[str, str]]  # objective id -> (priority, comment)


@dataclass(frozen=True)
class BallotRecorded:
    """The ballot is in the plan; ``replaced`` is the one it took the place of (None: the member's first).

    ``secret_key``: a secret ballot's key, for its undo step to take it back (kept in memory only).
    """

    member_id: int
    replaced: BallotRecord | None
    secret_key: str | None = None


@dataclass(frozen=True)
class BallotRefused:
    """Nothing of the ballot was recorded: ``problems`` say why, in words for the member."""

    member_id: int
    problems: tuple[str, ...]
    already_voted: bool = False  # the one problem: the member has voted, and replacing was not asked for


BallotResult = BallotRecorded | BallotRefused


@dataclass(frozen=True)
class Voter:
    """A voting member, and whether they have voted (never how)."""

    member_id: int
    name: str
    weight: float
    voted: bool


class RankingEdits:
    """Members, the ranking's options, ballots, hand counts, the results and the board's decisions."""

    def __init__(self, store: PlanStore, lists: Lists, structure: StructureEdits) -> None:
        self.store, self.lists, self.structure = store, lists, structure

    # ------------------------------------------------------------- members
    def members(self, *, voting_only: bool = False) -> list[Member]:
        members = self.lists.rows(MEMBERS)
        return [m for m in members if m.votes] if voting_only else members

    def find_member(self, name: str) -> Member | None:
        wanted = " ".join(name.split()).casefold()
        return next((m for m in self.members() if m.name.casefold() == wanted), None)

    def add_member(self, name: str, role: str = "", *, votes: bool = True, index: int | None = None) -> int:
        return self.lists.insert_row(MEMBERS, {"name": name, "role": role, "votes": votes}, index=index)

    @property
    def secret(self) -> bool:
        """Whether ballots are secret (``core/secret_ballots.py``)."""
        return bool(self.store.plan.secret_ballots)

    def weights_in_use(self) -> bool:
        return any(m.weight != 1.0 for m in self.members(voting_only=True))

    def voters(self) -> list[Voter]:
        """The voting members in order, each with whether they have voted."""
        voted = self.voted()
        return [Voter(m.id, m.name, m.weight, m.id in voted) for m in self.members(voting_only=True)]

    # ------------------------------------------------------------- options
    def set_ranking_options(self, **options: Any) -> None:
        """``high_cap`` (None or a whole number), ``results_revealed``, ``votes_by_name``, ``secret_ballots``.

        Secret ballots are chosen before the first ballot, with equal weights;
        they turn votes by name off, and votes by name can't be turned on while
        ballots are secret.
        """
        unknown = set(options) - set(RANKING_OPTIONS)
        if unknown:
            raise InvalidEdit(f"Ranking has no option {', '.join(sorted(unknown))}.")
        if "high_cap" in options:
            cap = options["high_cap"]
            if cap is not None and (isinstance(cap, bool) or not isinstance(cap, int) or cap < 1):
                raise InvalidEdit(_("The cap on “high” is a whole number of objectives, at least 1 (or no cap)."))
        for name in ("results_revealed", "votes_by_name", "secret_ballots"):
            if name in options and not isinstance(options[name], bool):
                raise InvalidEdit(f"{name.replace('_', ' ').capitalize()} is yes or no.")
        with self.store.transaction():
            plan = self.store.plan
            if "secret_ballots" in options and options["secret_ballots"] != plan.secret_ballots:
                self._check_secret_switch(options["secret_ballots"])
                if options["secret_ballots"]:
                    options.setdefault("votes_by_name", False)
            if options.get("votes_by_name") and options.get("secret_ballots", plan.secret_ballots):
                raise InvalidEdit(_("Ballots are secret, so votes can't be shown by name."))
            for name, value in options.items():
                setattr(plan, name, value)
            self.store.emit(PlanEvent(Action.CHANGED, (1,), frozenset(options)))

    def _check_secret_switch(self, on: bool) -> None:
        if secret_ballots.any_cast(self.store.session) or self.store.session.scalar(select(Ballot.id).limit(1)):
            raise InvalidEdit(
                _("Ballots have been cast already. Choose secret ballots or not before the first ballot.")
                if on
                else _("Secret ballots have been cast, so ballots stay secret.")
            )
        if on and self.weights_in_use():
            raise InvalidEdit(
                _(
                    "Some members' ballots carry a weight other than 1. A secret ballot can't carry a weight "
                    "without telling whose it was: set every weight to 1 first."
                )
            )

    # ------------------------------------------------------------- ballots
    def ballot_objectives(self) -> list[Objective]:
        """What a ballot asks about: every objective except those of goals folded away."""
        return [o for o in self.structure.objectives() if not o.goal.folded]

    def ballot(self, member_id: int) -> BallotRecord | None:
        session = self.store.session
        found = session.scalar(select(Ballot).where(Ballot.member_id == member_id))
        if found is None:
            return None
        rows = session.execute(
            select(BallotVote.objective_id, BallotVote.priority, BallotVote.comment).where(
                BallotVote.ballot_id == found.id
            )
        )
        return BallotRecord(member_id, found.source, found.cast_at, {oid: (p, c) for oid, p, c in rows})

    def voted(self) -> set[int]:
        """Ids of the members who have cast a ballot (secret or not)."""
        return set(self.store.session.scalars(select(Ballot.member_id))) | secret_ballots.voters(self.store.session)

    def has_voted(self, member_id: int) -> bool:
        session = self.store.session
        ballot = session.scalar(select(Ballot.id).where(Ballot.member_id == member_id))
        return ballot is not None or secret_ballots.has_voted(session, member_id)

    def cast_ballot(
        self,
        member_id: int,
        choices: Choices,
        *,
        source: str = "laptop",
        replace: bool = False,
        on_ballot_only: bool = True,
    ) -> BallotResult:
        """Record one member's ballot whole, or refuse it saying why (see :meth:`cast_ballots`)."""
        [result] = self.cast_ballots(
            [(member_id, choices)], source=source, replace=replace, on_ballot_only=on_ballot_only
        )
        return result

    def cast_ballots(
        self,
        ballots: Sequence[tuple[int, Choices]],
        *,
        source: str = "laptop",
        replace: bool = False,
        on_ballot_only: bool = True,
    ) -> list[BallotResult]:
        """Record each ballot that keeps the plan's rules, all in one commit; refuse the others, saying why.

        A ballot is recorded whole or not at all. A member who has voted
        already is refused (``already_voted``) unless ``replace``; a secret
        ballot is never replaced. A priority for an objective that is not on
        the ballot (its goal is folded) is refused, unless ``on_ballot_only``
        is False: a plan read back, whose ballots were cast before the fold.
        The results come in the order of ``ballots``.
        """
        if source not in BALLOT_SOURCES:
            raise InvalidEdit(f"A ballot comes from one of: {', '.join(BALLOT_SOURCES)}.")
        results: list[BallotResult] = []
        with self.store.transaction() as session:
            objectives = objectives_to_rank(session, on_ballot_only=on_ballot_only)
            high_cap = self.store.plan.high_cap
            cast_at = datetime.now().replace(microsecond=0)
            secret = self.secret
            for member_id, choices in ballots:
                clean, problems = check_ballot(session, member_id, choices, objectives, high_cap)
                previous = self.ballot(member_id) if not problems else None
                if problems:
                    results.append(BallotRefused(member_id, tuple(problems)))
                elif secret:
                    results.append(self._cast_secret(member_id, clean))
                elif previous is not None and not replace:
                    name = self.lists.row(MEMBERS, member_id).name
                    said = _("{name} has already voted. Replace their ballot only if they asked to.").format(name=name)
                    results.append(BallotRefused(member_id, (said,), already_voted=True))
                else:
                    self._write_ballot(BallotRecord(member_id, source, cast_at, clean))
                    results.append(BallotRecorded(member_id, previous))
            if secret and any(isinstance(r, BallotRecorded) for r in results):
                secret_ballots.settle(session)
        return results

    def _cast_secret(self, member_id: int, clean: dict[int, tuple[str, str]]) -> BallotResult:
        session = self.store.session
        if secret_ballots.has_voted(session, member_id):
            name = self.lists.row(MEMBERS, member_id).name
            said = _("{name} has cast a secret ballot already. A secret ballot can't be changed or replaced.").format(
                name=name
            )
            return BallotRefused(member_id, (said,))
        key = secret_ballots.record(session, member_id, clean)
        self.store.emit(BallotEvent(Action.CHANGED, (member_id,)))
        return BallotRecorded(member_id, None, key)

    def restore_ballot(self, member_id: int, record: BallotRecord | None, *, secret_key: str | None = None) -> None:
        """Put a member's ballot back as it was (None: no ballot). Undo of a cast ballot.

        ``secret_key``: the secret ballot cast in this session to take back.
        """
        with self.store.transaction() as session:
            self.lists.row(MEMBERS, member_id)
            if secret_key is not None:
                secret_ballots.take_back(session, member_id, secret_key)
                secret_ballots.settle(session)
                self.store.emit(BallotEvent(Action.REMOVED, (member_id,)))
            elif record is None:
                session.execute(delete(Ballot).where(Ballot.member_id == member_id))
                self.store.emit(BallotEvent(Action.REMOVED, (member_id,)))
            else:
                self._write_ballot(record)

    def _write_ballot(self, record: BallotRecord) -> None:
        session = self.store.session
        session.execute(delete(Ballot).where(Ballot.member_id == record.member_id))
        ballot = Ballot(member_id=record.member_id, source=record.source, cast_at=record.cast_at)
        session.add(ballot)
        session.flush()
        rows = [
            {"ballot_id": ballot.id, "objective_id": oid, "priority": p, "comment": c}
            for oid, (p, c) in record.votes.items()
        ]
        if rows:  # one executemany, not an ORM object per vote (2,000 objectives: 95 ms a ballot before)
            session.execute(insert(BallotVote), rows)
        self.store.emit(BallotEvent(Action.CHANGED, (record.member_id,)))

    # -------------------------------------------------------- show of hands
    def hand_counted(self) -> int:
        """How many objectives have votes counted by hand."""
        counted = HandCount.high + HandCount.medium + HandCount.low + HandCount.dropped > 0
        return self.store.session.scalar(select(func.count()).select_from(HandCount).where(counted)) or 0

    def hand_count(self, objective_id: int) -> dict[str, int]:
        found = self.store.session.get(HandCount, objective_id)
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
                raise InvalidEdit(
                    _("The count of “{priority}” votes is a whole number, 0 or more, not “{value}”.").format(
                        priority=priority_word(priority), value=value
                    )
                )
            clean[priority] = number
        with self.store.transaction() as session:
            self.structure.objective(objective_id)
            merged = {**self.hand_count(objective_id), **clean}
            session.merge(HandCount(objective_id=objective_id, **merged))
            self.store.emit(HandCountEvent(Action.CHANGED, (objective_id,), frozenset(clean)))

    # ------------------------------------------------------------- results
    def results(self) -> list[ObjectiveResult]:
        """Every objective in the plan's order with its votes: ballots (weighted) plus hand counts.

        Read afresh at each call: the window keeps what it shows and reads it
        again when the plan's events say it changed.
        """
        return compute_results(self.store)

    def decisions(self, objective_ids: Sequence[int]) -> list[ObjectiveInfo]:
        """The objectives named, as the results show them (their decisions as they are now)."""
        return objective_infos(self.store, objective_ids)

    # ------------------------------------------------------------ decisions
    def set_decision(self, objective_id: int, **changes: Any) -> None:
        """The board's decision: ``priority``, ``rationale``, ``drop_kind``, ``related_id``."""
        unknown = set(changes) - set(DECISION_FIELDS)
        if unknown:
            raise InvalidEdit(f"A decision has no field {', '.join(sorted(unknown))}.")
        if changes.get("priority") not in (None, *PRIORITIES):
            raise InvalidEdit(
                _("“{priority}” is not a priority; choose one of: {choices}.").format(
                    priority=changes["priority"], choices=", ".join(PRIORITIES)
                )
            )
        if changes.get("drop_kind") not in (None, *DROP_KINDS):
            raise InvalidEdit(
                _("“{reason}” is not a reason to drop; choose one of: {choices}.").format(
                    reason=changes["drop_kind"], choices=", ".join(DROP_KINDS)
                )
            )
        if "rationale" in changes and not isinstance(changes["rationale"], str):
            raise InvalidEdit(_("The rationale is text."))
        with self.store.transaction():
            objective = self.structure.objective(objective_id)
            related = changes.get("related_id")
            if related is not None:
                if related == objective_id:
                    raise InvalidEdit(_("An objective can't point to itself; choose another objective."))
                self.structure.objective(related)
            for name, value in changes.items():
                setattr(objective, name, value)
            self.store.emit(DecisionEvent(Action.CHANGED, (objective_id,), frozenset(changes)))

    def decision_counts(self) -> dict[str, int]:
        counts = dict.fromkeys((*PRIORITIES, "undecided"), 0)
        query = select(Objective.priority, func.count()).group_by("priority")
        for priority, count in self.store.session.execute(query):
            counts[priority or "undecided"] += count
        return counts
