"""The first half of the retreat: achievements, the external review, stakeholders, step progress.

Outcomes, recommendations and stakeholders are ordered lists (see ``ordered``);
what is particular to them lives here: an outcome's objectives, the summary
strip's counts, and each step's done mark and notes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, select

from planner_gui.core.errors import InvalidEdit
from planner_gui.core.events import Action, OutcomeEvent, RecommendationEvent, StakeholderEvent, StepEvent
from planner_gui.core.model import Goal, Objective
from planner_gui.core.model_review import (
    CONTRIBUTIONS,
    RESPONSE_STATUSES,
    STAKEHOLDER_KINDS,
    STEP_KEYS,
    Outcome,
    OutcomeObjective,
    Recommendation,
    Stakeholder,
    StepProgress,
)
from planner_gui.core.ordered import Lists, RowKind, register
from planner_gui.core.store import PlanStore
from planner_gui.core.structure import StructureEdits
from planner_gui.i18n import _

OUTCOMES: RowKind[Outcome] = register(
    RowKind(
        "outcome",
        Outcome,
        "outcome",
        OutcomeEvent,
        fields=("title", "contribution", "evidence"),
        choices={"contribution": CONTRIBUTIONS},
        defaults={"title": "", "contribution": "some", "evidence": ""},
    )
)
RECOMMENDATIONS: RowKind[Recommendation] = register(
    RowKind(
        "recommendation",
        Recommendation,
        "recommendation",
        RecommendationEvent,
        fields=("text", "status", "response"),
        choices={"status": RESPONSE_STATUSES},
        defaults={"text": "", "status": "pending", "response": ""},
    )
)
STAKEHOLDERS: RowKind[Stakeholder] = register(
    RowKind(
        "stakeholder",
        Stakeholder,
        "stakeholder",
        StakeholderEvent,
        fields=("name", "kind", "role", "needs"),
        choices={"kind": STAKEHOLDER_KINDS},
        defaults={"name": "", "kind": "other", "role": "", "needs": ""},
    )
)


class WalkthroughEdits:
    """Achievements' objectives and counts, and each step's done mark and notes."""

    def __init__(self, store: PlanStore, lists: Lists, structure: StructureEdits) -> None:
        self.store, self.lists, self.structure = store, lists, structure

    # ------------------------------------------------------------ outcomes
    def outcome_objectives(self, outcome_id: int) -> list[int]:
        """The objectives an outcome relates to, in the plan's order."""
        query = (
            select(Objective.id)
            .join(OutcomeObjective, OutcomeObjective.objective_id == Objective.id)
            .join(Goal, Goal.id == Objective.goal_id)
            .where(OutcomeObjective.outcome_id == outcome_id)
            .order_by(Goal.position, Objective.position)
        )
        return list(self.store.session.scalars(query))

    def set_outcome_objectives(self, outcome_id: int, objective_ids: Iterable[int]) -> None:
        wanted = list(dict.fromkeys(objective_ids))
        with self.store.transaction() as session:
            self.lists.row(OUTCOMES, outcome_id)
            known = set(session.scalars(select(Objective.id).where(Objective.id.in_(wanted))))
            if len(known) != len(wanted):
                raise InvalidEdit(_("Some of those objectives are no longer in the plan."))
            session.execute(delete(OutcomeObjective).where(OutcomeObjective.outcome_id == outcome_id))
            session.add_all(OutcomeObjective(outcome_id=outcome_id, objective_id=oid) for oid in wanted)
            self.store.emit(OutcomeEvent(Action.CHANGED, (outcome_id,), frozenset({"objectives"})))

    def contribution_counts(self) -> dict[str, int]:
        counts = Counter(self.store.session.scalars(select(Outcome.contribution)))
        return {level: counts.get(level, 0) for level in CONTRIBUTIONS}

    def objectives_without_outcome(self) -> list[Objective]:
        linked = set(self.store.session.scalars(select(OutcomeObjective.objective_id)))  # one query, not one each
        return [o for o in self.structure.objectives() if o.id not in linked]

    # ------------------------------------------------------- step progress
    def step_progress(self, step: str) -> StepProgress:
        if step not in STEP_KEYS:
            raise InvalidEdit(_("The retreat has no step “{step}”.").format(step=step))
        found = self.store.session.get(StepProgress, step)
        return found if found is not None else StepProgress(step=step, done=False, notes="")

    def set_step(self, step: str, **changes: Any) -> None:
        """Mark a step done (or not), or change the facilitator's notes on it."""
        unknown = set(changes) - {"done", "notes"}
        if unknown:
            raise InvalidEdit(f"A step has no field {', '.join(sorted(unknown))}.")
        if "done" in changes and not isinstance(changes["done"], bool):
            raise InvalidEdit(_("A step is done or not done, not “{done}”.").format(done=changes["done"]))
        if "notes" in changes and not isinstance(changes["notes"], str):
            raise InvalidEdit(_("A step's notes are text."))
        with self.store.transaction() as session:
            progress = self.step_progress(step)
            for name, value in changes.items():
                setattr(progress, name, value)
            session.merge(progress)
            self.store.emit(StepEvent(Action.CHANGED, (STEP_KEYS.index(step),), frozenset(changes)))
