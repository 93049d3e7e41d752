"""Ballots are recorded for good: no ballot is ever an undo step.

Members vote in turn on the facilitator's laptop, so whoever sits down next
could otherwise press Ctrl+Z and take back the last member's ballot. A ballot
(from the laptop or from workbooks) therefore goes into the plan through
:func:`cast`, never onto the undo stack; and the history before it is closed,
because undoing an older edit could take a ballot with it (undoing "Add member
Ana Kovac" deletes her ballot, redoing a member's deletion too). Edits made
after a ballot undo and redo as ever.

Taking a ballot back is the facilitator's action, for one named member, asked
first by the Ballot tab: :func:`take_back`. Nothing of the ballot is shown. A
secret ballot can be taken back only while the plan it was cast in stays open:
its key, which finds its votes, is held in memory (``OpenPlan.secret_keys``)
and nowhere in the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import InvalidEdit, PlanError
from planner_gui.core.ranking import BallotRecorded, BallotRefused, BallotResult, Choices


class OpenPlan(Protocol):
    """What a ballot is recorded in (``ui.open_plan.OpenPlan``)."""

    doc: PlanDocument
    undo_stack: QUndoStack
    secret_keys: dict[int, str]


class BallotsRefused(PlanError):
    """None of the ballots keeps the plan's rules: nothing was recorded; ``results`` say why, ballot by ballot."""

    def __init__(self, results: Sequence[BallotResult]) -> None:
        self.results = list(results)
        refused = [r for r in self.results if isinstance(r, BallotRefused)]
        super().__init__("\n".join(problem for r in refused for problem in r.problems))


def cast(
    plan: OpenPlan, ballots: Sequence[tuple[int, Choices]], *, source: str = "laptop", replace: bool = False
) -> list[BallotResult]:
    """Record the ballots that keep the plan's rules (the one call every door uses, ``core/ranking.py``).

    If none was recorded, raises :class:`BallotsRefused` and the history is
    left as it was; otherwise the history before the ballots is closed.
    """
    results = plan.doc.ranking.cast_ballots(ballots, source=source, replace=replace)
    if not any(isinstance(r, BallotRecorded) for r in results):
        raise BallotsRefused(results)
    plan.secret_keys |= {r.member_id: r.secret_key for r in results if isinstance(r, BallotRecorded) and r.secret_key}
    plan.undo_stack.clear()
    return results


def take_back(plan: OpenPlan, member_id: int) -> None:
    """Delete one member's ballot (they may vote again); the history before it is closed, as for a ballot.

    Refused (``InvalidEdit``) for a secret ballot cast before the plan was last opened: nothing finds it.
    """
    if member_id not in plan.doc.ranking.voted():
        return
    key = plan.secret_keys.pop(member_id, None)
    if plan.doc.plan.secret_ballots and key is None:
        raise InvalidEdit(
            QCoreApplication.translate(
                "ballot_record",
                "This secret ballot was cast before the plan was last opened: nothing in the plan links its votes to "
                "the member any more, so it can't be taken back.",
            )
        )
    plan.doc.ranking.restore_ballot(member_id, None, secret_key=key)
    plan.undo_stack.clear()
