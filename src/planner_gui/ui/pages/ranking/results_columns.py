"""The columns of the ranking's shared table, and which of them each tab shows.

One list in one order (:func:`ranking_columns`); each tab keeps its own keys
(``RESULTS``, ``DECISIONS``, ``HANDS``), and its proxy shows them in this
order, so a tab's column numbers (``NUMBER``, ``HIGH``… below for the Results
tab) are its own. Votes by name add one column per voting member after the
others (:func:`member_column`), on the Results tab only.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum, auto

from PySide6.QtCore import QObject, Qt

from planner_gui.core.model_ranking import DROP_KINDS_WITH_TARGET, PRIORITIES, Member
from planner_gui.core.results import ObjectiveResult
from planner_gui.core.tally import CONTESTED_BELOW
from planner_gui.ui.commands import PlanCommand, SetDecision, SetHandCount
from planner_gui.ui.open_plan import OpenPlan
from planner_gui.ui.pages.ranking.ranking_table import RankingTable, ResultColumn, objective_label
from planner_gui.ui.widgets.distribution import distribution_text
from planner_gui.ui.widgets.palette import OKABE_ITO


class Col(Enum):
    NUMBER = auto()
    TITLE = auto()
    HANDS_HIGH = auto()
    HANDS_MEDIUM = auto()
    HANDS_LOW = auto()
    HANDS_DROPPED = auto()
    FROM_BALLOTS = auto()
    HIGH = auto()
    MEDIUM = auto()
    LOW = auto()
    DROPPED = auto()
    BAR = auto()
    MEAN = auto()
    CONSENSUS = auto()
    FLAG = auto()
    LEADING = auto()
    VOTE = auto()
    DECISION = auto()
    REASON = auto()
    RELATED = auto()


COUNTS = (Col.HIGH, Col.MEDIUM, Col.LOW, Col.DROPPED)
HAND_COUNTS = (Col.HANDS_HIGH, Col.HANDS_MEDIUM, Col.HANDS_LOW, Col.HANDS_DROPPED)
RESULTS = [Col.NUMBER, Col.TITLE, *COUNTS, Col.BAR, Col.MEAN, Col.CONSENSUS, Col.FLAG, Col.LEADING, Col.DECISION]
DECISIONS = [Col.NUMBER, Col.TITLE, Col.VOTE, Col.DECISION, Col.REASON, Col.RELATED]
HANDS = [Col.NUMBER, Col.TITLE, *HAND_COUNTS, Col.FROM_BALLOTS]

# The Results tab's own column numbers.
NUMBER, TITLE, HIGH, MEDIUM, LOW, DROPPED, BAR, MEAN, CONSENSUS, DISCUSS, LEADING, DECISION = range(12)
DISCUSS_TEXT = "⚑ Discuss"
DECISION_KEYS = {  # the board's decision by one key, on the Decisions tab and in the discussion view
    Qt.Key.Key_1: "high",
    Qt.Key.Key_H: "high",
    Qt.Key.Key_2: "medium",
    Qt.Key.Key_M: "medium",
    Qt.Key.Key_3: "low",
    Qt.Key.Key_L: "low",
    Qt.Key.Key_4: "dropped",
    Qt.Key.Key_D: "dropped",
}
DISCUSS_COLORS = {DISCUSS_TEXT: OKABE_ITO["yellow"]}
CONSENSUS_HELP = (
    f"Consensus: 1.00 = everyone agrees, 0.00 = split between the extremes; below {CONTESTED_BELOW:.2f} is flagged."
)


def _tier_sort(priority: str | None) -> int:
    """High first when sorted ascending; nothing (no votes, undecided) last."""
    return PRIORITIES.index(priority) if priority in PRIORITIES else len(PRIORITIES)


def vote_text(result: ObjectiveResult, revealed: bool) -> str:
    if not revealed:
        return "hidden"
    leading = result.tally.leading
    if leading is None:
        return "no votes"
    count = result.tally.count(leading)
    return f"{leading.capitalize()} ({count:g} of {result.tally.total:g})"


def needs_target(result: ObjectiveResult) -> bool:
    objective = result.objective
    return objective.priority == "dropped" and objective.drop_kind in DROP_KINDS_WITH_TARGET


def ballot_votes(result: ObjectiveResult) -> float:
    """How many votes the members' ballots gave the objective (weighted), whatever they were."""
    return result.tally.total - result.hands.total


def decision_command(plan: OpenPlan, objective_id: int, priority: str) -> PlanCommand | None:
    """The undo command recording the board's decision ``priority`` on an objective (None: it is that already)."""
    objective = plan.doc.structure.objective(objective_id)
    if objective.priority == priority:
        return None
    old, new = {"priority": objective.priority}, {"priority": priority}
    return SetDecision(plan, objective_id, old, new, f"Decide {priority} for Obj. {objective.number}")


def decide(field: str, what: str) -> Callable[[OpenPlan, ObjectiveResult, object], PlanCommand | None]:
    """The edit of one field of the board's decision on a row's objective."""

    def edit(plan: OpenPlan, result: ObjectiveResult, value: object) -> PlanCommand | None:
        old = getattr(result.objective, field)
        if field == "rationale":
            value = str(value)
        if value == old:
            return None
        text = f"Decide {value} for {objective_label(result)}" if field == "priority" else f"Set {what} of "
        text = text if field == "priority" else f"{text}{objective_label(result)}"
        return SetDecision(plan, result.objective.id, {field: old}, {field: value}, text)

    return edit


def count_hands(priority: str) -> Callable[[OpenPlan, ObjectiveResult, object], PlanCommand | None]:
    def edit(plan: OpenPlan, result: ObjectiveResult, value: object) -> PlanCommand | None:
        old = int(result.hands.count(priority))
        if value == old:
            return None
        text = f"Set votes counted by hand of {objective_label(result)}"
        return SetHandCount(plan, result.objective.id, {priority: old}, {priority: value}, text)

    return edit


def ranking_columns(revealed: Callable[[], bool], label_of: Callable[[int], str]) -> list[ResultColumn]:
    """Every column of the shared table, in its order; ``revealed`` says whether the room may see the votes."""

    def count(key: Col, priority: str) -> ResultColumn:
        return ResultColumn(
            key,
            priority.capitalize(),
            lambda r: r.tally.count(priority),
            text=lambda v: f"{v:g}",
            numeric=True,
            tooltip=lambda r: f"{r.tally.count(priority):g} of {r.tally.total:g} votes {priority}",
        )

    def hands(key: Col, priority: str) -> ResultColumn:
        return ResultColumn(
            key,
            priority.capitalize(),
            lambda r: int(r.hands.count(priority)),
            edit=count_hands(priority),
            numeric=True,
            tooltip=lambda r: f"Hands raised for “{priority}” on Obj. {r.objective.number}",
        )

    def decision_tooltip(result: ObjectiveResult) -> str:
        decided, leading = result.objective.priority, result.tally.leading
        if decided is None:
            return "The board has not decided yet (Decisions tab)."
        if revealed() and leading is not None and decided != leading:
            return f"The board decided {decided}; most votes were for {leading}."
        return f"The board decided {decided}."

    return [
        ResultColumn(Col.NUMBER, "Obj.", lambda r: r.objective.number, plan_order=True),
        ResultColumn(Col.TITLE, "Objective", lambda r: r.objective.title, tooltip=lambda r: r.objective.title),
        *(hands(key, p) for key, p in zip(HAND_COUNTS, PRIORITIES, strict=True)),
        ResultColumn(
            Col.FROM_BALLOTS,
            "From ballots",
            ballot_votes,
            text=lambda v: f"{v:g}",
            numeric=True,
            header_tooltip="Votes on this objective from the members' ballots (not how they voted)",
        ),
        *(count(key, p) for key, p in zip(COUNTS, PRIORITIES, strict=True)),
        ResultColumn(
            Col.BAR,
            "Votes",
            lambda r: distribution_text(r.tally.counts) if r.tally.total else None,
            sort=lambda r: r.tally.mean if r.tally.mean is not None else -1,
            tooltip=lambda r: distribution_text(r.tally.counts),
            header_tooltip="Each tier's share of the votes; the count is written on its segment",
        ),
        ResultColumn(
            Col.MEAN,
            "Mean",
            lambda r: r.tally.mean,
            text=lambda v: f"{v:.1f}",
            numeric=True,
            header_tooltip="Mean score: high 3, medium 2, low 1, dropped 0",
        ),
        ResultColumn(
            Col.CONSENSUS,
            "Consensus",
            lambda r: r.tally.consensus,
            text=lambda v: f"{v:.2f}",
            numeric=True,
            header_tooltip=CONSENSUS_HELP,
        ),
        ResultColumn(
            Col.FLAG,
            "Flag",
            lambda r: DISCUSS_TEXT if r.tally.contested else None,
            sort=lambda r: (0 if r.tally.contested else 10) + (r.tally.consensus or 0),
            tooltip=lambda r: (
                "The board is split on this one: discuss it before deciding." if r.tally.contested else ""
            ),
            header_tooltip="Contested objectives, to discuss before deciding",
        ),
        ResultColumn(
            Col.LEADING,
            "Most votes",
            lambda r: r.tally.leading,
            text=lambda v: v.capitalize(),
            sort=lambda r: _tier_sort(r.tally.leading),
            header_tooltip="The tier with the most votes (the higher one on a tie)",
        ),
        ResultColumn(
            Col.VOTE,
            "The room's vote",
            lambda r: vote_text(r, revealed()),
            sort=lambda r: (r.tally.mean or 0) if revealed() else 0,
            tooltip=lambda r: "Shown once the results are revealed (Results tab)." if not revealed() else "",
        ),
        ResultColumn(
            Col.DECISION,
            "Decision",
            lambda r: r.objective.priority,
            edit=decide("priority", "priority"),
            text=lambda v: v.capitalize(),
            sort=lambda r: _tier_sort(r.objective.priority),
            tooltip=decision_tooltip,
            header_tooltip="The board's decision (Decisions tab); it may differ from the vote",
        ),
        ResultColumn(
            Col.REASON,
            "Why dropped",
            lambda r: r.objective.drop_kind if r.objective.priority == "dropped" else None,
            edit=decide("drop_kind", "drop kind"),
            text=lambda v: v.capitalize(),
            editable=lambda r: r.objective.priority == "dropped",
            tooltip=lambda r: "" if r.objective.priority == "dropped" else "Only a dropped objective has a reason.",
        ),
        ResultColumn(
            Col.RELATED,
            "Points to",
            lambda r: r.objective.related_id if needs_target(r) else None,
            edit=decide("related_id", "related"),
            text=label_of,
            editable=needs_target,
            tooltip=lambda r: "The objective this one became part of." if needs_target(r) else "",
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
        ("member", member_id),
        name,
        lambda r: r.by_member.get(member_id),
        text=lambda v: v.capitalize(),
        sort=lambda r: _tier_sort(r.by_member.get(member_id)),
        tooltip=tooltip,
        header_tooltip=f"{name}'s vote on each objective (hover a cell for their comment)",
    )


class SharedRanking(QObject):
    """The ranking's one table for the open plan, made the first time a tab on screen needs it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan: OpenPlan | None = None
        self._table: RankingTable | None = None

    def set_plan(self, plan: OpenPlan | None) -> None:
        old, self._table, self.plan = self._table, None, plan
        if old is not None:
            old.listening.cancel()
            old.deleteLater()

    @property
    def made(self) -> RankingTable | None:
        return self._table

    def table(self) -> RankingTable:
        assert self.plan is not None
        if self._table is None:
            table = self._table = RankingTable(self.plan, [], self)

            def label_of(objective_id: int) -> str:
                row = table.row_of(objective_id)
                return objective_label(table.result(row)) if row >= 0 else ""

            table.columns = ranking_columns(self._revealed, label_of)
        return self._table

    def _revealed(self) -> bool:
        return self.plan is not None and self.plan.doc.plan.results_revealed


def shared_or_own(shared: SharedRanking | None, tab: QObject) -> tuple[SharedRanking, bool]:
    """The page's shared table, or a table of the tab's own (a tab shown on its own); and whether it is its own."""
    return (shared, False) if shared is not None else (SharedRanking(tab), True)
