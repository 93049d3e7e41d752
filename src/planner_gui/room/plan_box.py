"""The ballot box over an open plan: what the member pages ask of the plan, answered through the core.

:class:`PlanBox` is the program's :class:`~planner_gui.room.box.BallotBox`. It
runs only on the thread that owns the document (the window's, or the main
thread of ``planner-gui room``), called through the one writer. A ballot's
rules are the core's alone: :meth:`PlanBox.submit` hands the ballot to the one
ballot call (``RankingEdits.cast_ballots``, source "room"; in the window through
the undo command the facilitator can take back) and passes its problems on as
they are. What the box adds is the room's own: whether voting is open, and
whether this round lets a member change a recorded ballot.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select

from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import PlanError
from planner_gui.core.model_ranking import Ballot, Member
from planner_gui.core.ranking import BallotRecorded, BallotRefused, BallotResult
from planner_gui.core.room_round import RoundInfo
from planner_gui.i18n import N_, _, speaking

from .box import BallotForm, Choices, FormObjective, SubmitOutcome
from .links import RoundKey, member_url

Cast = Callable[[int, Choices, bool], BallotResult]
"""Record one member's ballot (member id, choices, replace) through the core; the result as the core says it."""

CLOSED = N_("Voting is closed, so nothing more can be recorded.")
NO_CHANGE = N_("Your ballot is recorded, and this round does not allow changing it.")
ALREADY = N_("Your ballot is already recorded. To change it, open your link again.")
UNTITLED = N_("Strategic plan review")


def round_key(info: RoundInfo) -> RoundKey:
    """The room server's key for the plan's round (the plan keeps the secret; ``room.links`` derives the links)."""
    return RoundKey(info.secret, info.plan_uid, info.round_no)


class PlanBox:
    """A round of room voting on the plan ``doc_of()`` returns (the window may carry on in another file)."""

    def __init__(self, doc_of: Callable[[], PlanDocument], *, cast: Cast | None = None, language: str = "en") -> None:
        self._doc_of = doc_of
        self._cast = cast or self._cast_directly
        self.language = doc_of().plan.language or language  # the pages' language: the plan's documents'
        self._open = True
        self.info = doc_of().room.ensure()

    @property
    def key(self) -> RoundKey:
        return round_key(self.info)

    def close(self) -> None:
        """Take no more ballots (room voting is being switched off)."""
        self._open = False

    def _cast_directly(self, member_id: int, choices: Choices, replace: bool) -> BallotResult:
        [result] = self._doc_of().ranking.cast_ballots([(member_id, choices)], source="room", replace=replace)
        return result

    def _may_change(self) -> bool:
        current = self._doc_of().room.current()
        return current is not None and current.may_change

    # ------------------------------------------------------------ BallotBox
    def is_open(self) -> bool:
        return self._open

    def member_ids(self) -> list[int]:
        return [m.id for m in self._doc_of().ranking.members(voting_only=True)]

    def has_voted(self, member_id: int) -> bool:
        return self._doc_of().ranking.has_voted(member_id)

    def _recorded_at(self, member_id: int) -> datetime | None:
        """When the member's ballot was cast (None for a secret ballot: its time is not kept)."""
        return self._doc_of().session.scalar(select(Ballot.cast_at).where(Ballot.member_id == member_id))

    def form(self, member_id: int) -> BallotForm:
        doc = self._doc_of()
        member = doc.session.get(Member, member_id)
        if member is None:
            raise PlanError(_("That member is no longer in the plan."))
        may_change = self._may_change()
        record = doc.ranking.ballot(member_id) if may_change else None  # shown only to change it
        votes = record.votes if record is not None else {}
        objectives = tuple(
            FormObjective(o.id, o.number, o.title, *votes.get(o.id, (None, "")))
            for o in doc.ranking.ballot_objectives()
        )
        plan = doc.plan
        self.language = plan.language  # a change of it is followed from the next page on
        with speaking(plan.language):
            untitled = _(UNTITLED)
        return BallotForm(
            plan.title or untitled,
            member.name,
            objectives,
            plan.high_cap,
            may_change,
            self.language,
            self._recorded_at(member_id),
        )

    def submit(self, member_id: int, choices: Choices, replace: bool) -> SubmitOutcome:
        """The member's ballot cast; its problems said in the plan's language, as the member's page is."""
        with speaking(self._doc_of().plan.language):
            return self._submit(member_id, choices, replace)

    def _submit(self, member_id: int, choices: Choices, replace: bool) -> SubmitOutcome:
        if not self._open:
            return SubmitOutcome.refused(_(CLOSED))
        may_change = self._may_change()
        if replace and not may_change:
            return SubmitOutcome.refused(_(NO_CHANGE))
        result = self._cast(member_id, choices, replace)
        if isinstance(result, BallotRefused):
            if result.already_voted:
                return SubmitOutcome.refused(_(ALREADY) if may_change else _(NO_CHANGE))
            return SubmitOutcome(False, result.problems)
        assert isinstance(result, BallotRecorded)
        return SubmitOutcome(True, (), self._recorded_at(member_id))

    # ------------------------------------------------------------ the links
    def links(self, base: str, *, waiting_only: bool = True) -> list[tuple[str, str]]:
        """(name, personal link) of each voting member who may still vote (all of them if not ``waiting_only``)."""
        doc = self._doc_of()
        may_change = self._may_change()
        return [
            (voter.name, member_url(base, self.key, voter.member_id))
            for voter in doc.ranking.voters()
            if not waiting_only or may_change or not voter.voted
        ]
