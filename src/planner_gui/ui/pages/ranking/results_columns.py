"""The columns of the Results tab: each objective's votes per tier, bar, mean, consensus, flag and decision.

Votes by name add one column per voting member after these (``member_column``).
"""

from __future__ import annotations

from planner_gui.core.model_ranking import PRIORITIES, Member
from planner_gui.core.ranking import ObjectiveResult
from planner_gui.core.tally import CONTESTED_BELOW
from planner_gui.ui.pages.ranking.objectives_model import ResultColumn
from planner_gui.ui.widgets.distribution import distribution_text
from planner_gui.ui.widgets.palette import OKABE_ITO

NUMBER, TITLE, HIGH, MEDIUM, LOW, DROPPED, BAR, MEAN, CONSENSUS, DISCUSS, LEADING, DECISION = range(12)
DISCUSS_TEXT = "⚑ Discuss"
DISCUSS_COLORS = {DISCUSS_TEXT: OKABE_ITO["yellow"]}
CONSENSUS_HELP = (
    f"Consensus: 1.00 = everyone agrees, 0.00 = split between the extremes; below {CONTESTED_BELOW:.2f} is flagged."
)


def _tier_sort(priority: str | None) -> int:
    """High first when sorted ascending; nothing (no votes, undecided) last."""
    return PRIORITIES.index(priority) if priority in PRIORITIES else len(PRIORITIES)


def _decision_tooltip(result: ObjectiveResult) -> str:
    decided, leading = result.objective.priority, result.tally.leading
    if decided is None:
        return "The board has not decided yet (Decisions tab)."
    if leading is not None and decided != leading:
        return f"The board decided {decided}; most votes were for {leading}."
    return f"The board decided {decided}."


def results_columns() -> list[ResultColumn]:
    """The columns every results table has; votes by name are added after them."""

    def count(priority: str) -> ResultColumn:
        return ResultColumn(
            priority.capitalize(),
            lambda r: r.tally.count(priority),
            text=lambda v: f"{v:g}",
            numeric=True,
            tooltip=lambda r: f"{r.tally.count(priority):g} of {r.tally.total:g} votes {priority}",
        )

    return [
        ResultColumn("Obj.", lambda r: r.objective.number, plan_order=True),
        ResultColumn("Objective", lambda r: r.objective.title, tooltip=lambda r: r.objective.title),
        *(count(p) for p in PRIORITIES),
        ResultColumn(
            "Votes",
            lambda r: distribution_text(r.tally.counts) if r.tally.total else None,
            sort=lambda r: r.tally.mean if r.tally.mean is not None else -1,
            tooltip=lambda r: distribution_text(r.tally.counts),
            header_tooltip="Each tier's share of the votes; the count is written on its segment",
        ),
        ResultColumn(
            "Mean",
            lambda r: r.tally.mean,
            text=lambda v: f"{v:.1f}",
            numeric=True,
            header_tooltip="Mean score: high 3, medium 2, low 1, dropped 0",
        ),
        ResultColumn(
            "Consensus",
            lambda r: r.tally.consensus,
            text=lambda v: f"{v:.2f}",
            numeric=True,
            header_tooltip=CONSENSUS_HELP,
        ),
        ResultColumn(
            "Flag",
            lambda r: DISCUSS_TEXT if r.tally.contested else None,
            sort=lambda r: (0 if r.tally.contested else 10) + (r.tally.consensus or 0),
            tooltip=lambda r: (
                "The board is split on this one: discuss it before deciding." if r.tally.contested else ""
            ),
            header_tooltip="Contested objectives, to discuss before deciding",
        ),
        ResultColumn(
            "Most votes",
            lambda r: r.tally.leading,
            text=lambda v: v.capitalize(),
            sort=lambda r: _tier_sort(r.tally.leading),
            header_tooltip="The tier with the most votes (the higher one on a tie)",
        ),
        ResultColumn(
            "Decision",
            lambda r: r.objective.priority,
            text=lambda v: v.capitalize(),
            sort=lambda r: _tier_sort(r.objective.priority),
            tooltip=_decision_tooltip,
            header_tooltip="The board's decision (Decisions tab); it may differ from the vote",
        ),
    ]


def member_column(member: Member) -> ResultColumn:
    member_id, name = member.id, member.name

    def tooltip(result: ObjectiveResult) -> str:
        priority = result.by_member.get(member_id)
        if priority is None:
            return f"{name} gave no vote on Obj. {result.objective.number}."
        comment = result.comments.get(member_id, "")
        return f"{name}: {priority}" + (f" — “{comment}”" if comment else "")

    return ResultColumn(
        name,
        lambda r: r.by_member.get(member_id),
        text=lambda v: v.capitalize(),
        sort=lambda r: _tier_sort(r.by_member.get(member_id)),
        tooltip=tooltip,
        header_tooltip=f"{name}'s vote on each objective (hover a cell for their comment)",
    )
