"""The plan's rules for one ballot, as the one ballot call (``RankingEdits.cast_ballots``) checks them: whoever
casts it votes, every objective named is in the plan and on the ballot, every priority is one of the four, a
comment comes with its priority, and no more "high" than the board agreed.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner_gui.core.model import Goal, Objective
from planner_gui.core.model_ranking import PRIORITIES, Member
from planner_gui.i18n import _, ngettext

__all__ = ["Choices", "OnTheBallot", "check_ballot", "objectives_to_rank"]

Choices = Mapping[int, tuple[str | None, str]]  # objective id -> (priority or None, comment)
OnTheBallot = Mapping[int, tuple[str, bool]]  # objective id -> (its number, whether it is off the ballot)


def objectives_to_rank(session: Session, *, on_ballot_only: bool = True) -> dict[int, tuple[str, bool]]:
    """The plan's objectives, each with its number and whether a priority for it is refused: a folded goal's
    objective is off the ballot, unless not ``on_ballot_only`` (a plan read back, its ballots cast before the
    fold)."""
    rows = session.execute(select(Objective.id, Objective.number, Goal.folded).join(Goal, Objective.goal_id == Goal.id))
    return {oid: (number, bool(folded) and on_ballot_only) for oid, number, folded in rows}


def check_ballot(
    session: Session, member_id: int, choices: Choices, objectives: OnTheBallot, high_cap: int | None
) -> tuple[dict[int, tuple[str, str]], list[str]]:
    """The ballot cleaned (blank priorities left out), and every rule of the plan it breaks."""
    member = session.get(Member, member_id)
    if member is None:
        return {}, [_("That member is no longer in the plan.")]
    problems: list[str] = []
    if not member.votes:
        problems.append(_("{name} is not a voting member, so can't cast a ballot.").format(name=member.name))
    clean: dict[int, tuple[str, str]] = {}
    commented: list[str] = []  # numbers of objectives with a comment and no priority
    for objective_id, (priority, comment) in choices.items():
        if objective_id not in objectives:
            problems.append(_("The ballot names an objective that is no longer in the plan."))
            continue
        number, off_the_ballot = objectives[objective_id]
        if priority is None:
            if (comment or "").strip():  # the plan keeps a comment only with its priority: never dropped unsaid
                commented.append(number)
        elif off_the_ballot:
            problems.append(
                _(
                    "Obj. {number} is not on the ballot: its goal is folded into the others, so it takes no priority."
                ).format(number=number)
            )
        elif priority not in PRIORITIES:
            problems.append(
                _("“{priority}” is not a priority; choose one of: {choices}.").format(
                    priority=priority, choices=", ".join(PRIORITIES)
                )
            )
        else:
            clean[objective_id] = (priority, comment or "")
    if commented:
        problems.append(
            ngettext(
                "Obj. {numbers} has a comment but no priority, and a comment is kept only with its priority. "
                "Choose a priority for it, or clear the comment.",
                "Obj. {numbers} have comments but no priority, and a comment is kept only with its priority. "
                "Choose a priority for each, or clear the comments.",
                len(commented),
            ).format(numbers=", ".join(commented))
        )
    highs = sum(1 for p, _comment in clean.values() if p == "high")
    if high_cap is not None and highs > high_cap:
        problems.append(
            ngettext(
                "This ballot ranks {highs} objectives high; the board agreed on at most {cap}. "
                "Move {over} of them to medium or low.",
                "This ballot ranks {highs} objectives high; the board agreed on at most {cap}. "
                "Move {over} of them to medium or low.",
                high_cap,
            ).format(highs=highs, cap=high_cap, over=highs - high_cap)
        )
    if not clean and not problems:
        problems.append(_("The ballot is empty: give at least one objective a priority."))
    return clean, list(dict.fromkeys(problems))
