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

from PySide6.QtCore import QCoreApplication, QObject, Qt

from planner_gui.core.model_ranking import DROP_KINDS_WITH_TARGET, PRIORITIES, Member
from planner_gui.core.results import ObjectiveResult
from planner_gui.core.tally import CONTESTED_BELOW
from planner_gui.ui import numbers, words
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
FLAGGED = "discuss"  # the Flag column's value for a contested objective (shown as ``discuss_text``)
DISCUSS_COLORS = {FLAGGED: OKABE_ITO["yellow"]}


def discuss_text() -> str:
    """ "⚑ Discuss": the flag of an objective the board is split on."""
    return QCoreApplication.translate("results_columns", "⚑ Discuss")


def decision_keys() -> dict[Qt.Key, str]:
    """The board's decision by one key, on the Decisions tab and in the discussion view: 1–4, and the initials."""
    return words.priority_keys()


def consensus_help() -> str:
    return QCoreApplication.translate(
        "results_columns",
        "Consensus: {all} = everyone agrees, {none} = split between the extremes; below {threshold} is flagged.",
    ).format(all=numbers.decimal(1, 2), none=numbers.decimal(0, 2), threshold=numbers.decimal(CONTESTED_BELOW, 2))


def _tier_sort(priority: str | None) -> int:
    """High first when sorted ascending; nothing (no votes, undecided) last."""
    return PRIORITIES.index(priority) if priority in PRIORITIES else len(PRIORITIES)


def vote_text(result: ObjectiveResult, revealed: bool) -> str:
    if not revealed:
        return QCoreApplication.translate("results_columns", "hidden")
    leading = result.tally.leading
    if leading is None:
        return QCoreApplication.translate("results_columns", "no votes")
    count = result.tally.count(leading)
    return QCoreApplication.translate("results_columns", "{tier} ({count} of {total})").format(
        tier=words.priority_name(leading), count=numbers.count(count), total=numbers.count(result.tally.total)
    )


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
    text = QCoreApplication.translate("results_columns", "Decide {priority} for Obj. {number}").format(
        priority=words.priority_name(priority).lower(), number=objective.number
    )
    return SetDecision(plan, objective_id, old, new, text)


def decide(field: str) -> Callable[[OpenPlan, ObjectiveResult, object], PlanCommand | None]:
    """The edit of one field of the board's decision on a row's objective."""

    def edit(plan: OpenPlan, result: ObjectiveResult, value: object) -> PlanCommand | None:
        old = getattr(result.objective, field)
        if field == "rationale":
            value = str(value)
        if value == old:
            return None
        label = objective_label(result)
        if field == "priority":
            text = QCoreApplication.translate("results_columns", "Decide {priority} for {objective}").format(
                priority=words.priority_name(str(value)).lower() if value else "—", objective=label
            )
        elif field == "drop_kind":
            text = QCoreApplication.translate("results_columns", "Set why {objective} is dropped").format(
                objective=label
            )
        else:
            text = QCoreApplication.translate("results_columns", "Set the objective {objective} points to").format(
                objective=label
            )
        return SetDecision(plan, result.objective.id, {field: old}, {field: value}, text)

    return edit


def count_hands(priority: str) -> Callable[[OpenPlan, ObjectiveResult, object], PlanCommand | None]:
    def edit(plan: OpenPlan, result: ObjectiveResult, value: object) -> PlanCommand | None:
        old = int(result.hands.count(priority))
        if value == old:
            return None
        text = QCoreApplication.translate("results_columns", "Set votes counted by hand of {objective}").format(
            objective=objective_label(result)
        )
        return SetHandCount(plan, result.objective.id, {priority: old}, {priority: value}, text)

    return edit


def ranking_columns(revealed: Callable[[], bool], label_of: Callable[[int], str]) -> list[ResultColumn]:
    """Every column of the shared table, in its order; ``revealed`` says whether the room may see the votes."""

    def count(key: Col, priority: str) -> ResultColumn:
        return ResultColumn(
            key,
            words.priority_name(priority),
            lambda r: r.tally.count(priority),
            text=numbers.count,
            numeric=True,
            tooltip=lambda r: QCoreApplication.translate("results_columns", "{count} of {total} votes: {tier}").format(
                count=numbers.count(r.tally.count(priority)),
                total=numbers.count(r.tally.total),
                tier=words.priority_name(priority),
            ),
        )

    def hands(key: Col, priority: str) -> ResultColumn:
        return ResultColumn(
            key,
            words.priority_name(priority),
            lambda r: int(r.hands.count(priority)),
            edit=count_hands(priority),
            numeric=True,
            tooltip=lambda r: QCoreApplication.translate(
                "results_columns", "Hands raised for “{tier}” on Obj. {number}"
            ).format(tier=words.priority_name(priority), number=r.objective.number),
        )

    def decision_tooltip(result: ObjectiveResult) -> str:
        decided, leading = result.objective.priority, result.tally.leading
        if decided is None:
            return QCoreApplication.translate("results_columns", "The board has not decided yet (Decisions tab).")
        if revealed() and leading is not None and decided != leading:
            return QCoreApplication.translate(
                "results_columns", "The board decided: {decided}. Most votes were for: {leading}."
            ).format(decided=words.priority_name(decided), leading=words.priority_name(leading))
        return QCoreApplication.translate("results_columns", "The board decided: {decided}.").format(
            decided=words.priority_name(decided)
        )

    return [
        ResultColumn(
            Col.NUMBER,
            QCoreApplication.translate("results_columns", "Obj."),
            lambda r: r.objective.number,
            plan_order=True,
        ),
        ResultColumn(
            Col.TITLE,
            QCoreApplication.translate("results_columns", "Objective"),
            lambda r: r.objective.title,
            tooltip=lambda r: r.objective.title,
        ),
        *(hands(key, p) for key, p in zip(HAND_COUNTS, PRIORITIES, strict=True)),
        ResultColumn(
            Col.FROM_BALLOTS,
            QCoreApplication.translate("results_columns", "From ballots"),
            ballot_votes,
            text=numbers.count,
            numeric=True,
            header_tooltip=QCoreApplication.translate(
                "results_columns", "Votes on this objective from the members' ballots (not how they voted)"
            ),
        ),
        *(count(key, p) for key, p in zip(COUNTS, PRIORITIES, strict=True)),
        ResultColumn(
            Col.BAR,
            QCoreApplication.translate("results_columns", "Votes"),
            lambda r: distribution_text(r.tally.counts) if r.tally.total else None,
            sort=lambda r: r.tally.mean if r.tally.mean is not None else -1,
            tooltip=lambda r: distribution_text(r.tally.counts),
            header_tooltip=QCoreApplication.translate(
                "results_columns", "Each tier's share of the votes; the count is written on its segment"
            ),
        ),
        ResultColumn(
            Col.MEAN,
            QCoreApplication.translate("results_columns", "Mean"),
            lambda r: r.tally.mean,
            text=lambda v: numbers.decimal(v, 1),
            numeric=True,
            header_tooltip=QCoreApplication.translate(
                "results_columns", "Mean score: high 3, medium 2, low 1, dropped 0"
            ),
        ),
        ResultColumn(
            Col.CONSENSUS,
            QCoreApplication.translate("results_columns", "Consensus"),
            lambda r: r.tally.consensus,
            text=lambda v: numbers.decimal(v, 2),
            numeric=True,
            header_tooltip=consensus_help(),
        ),
        ResultColumn(
            Col.FLAG,
            QCoreApplication.translate("results_columns", "Flag"),
            lambda r: FLAGGED if r.tally.contested else None,
            text=lambda _v: discuss_text(),
            sort=lambda r: (0 if r.tally.contested else 10) + (r.tally.consensus or 0),
            tooltip=lambda r: (
                QCoreApplication.translate(
                    "results_columns", "The board is split on this one: discuss it before deciding."
                )
                if r.tally.contested
                else ""
            ),
            header_tooltip=QCoreApplication.translate(
                "results_columns", "Contested objectives, to discuss before deciding"
            ),
        ),
        ResultColumn(
            Col.LEADING,
            QCoreApplication.translate("results_columns", "Most votes"),
            lambda r: r.tally.leading,
            text=words.priority_name,
            sort=lambda r: _tier_sort(r.tally.leading),
            header_tooltip=QCoreApplication.translate(
                "results_columns", "The tier with the most votes (the higher one on a tie)"
            ),
        ),
        ResultColumn(
            Col.VOTE,
            QCoreApplication.translate("results_columns", "The room's vote"),
            lambda r: vote_text(r, revealed()),
            sort=lambda r: (r.tally.mean or 0) if revealed() else 0,
            tooltip=lambda r: (
                QCoreApplication.translate("results_columns", "Shown once the results are revealed (Results tab).")
                if not revealed()
                else ""
            ),
        ),
        ResultColumn(
            Col.DECISION,
            QCoreApplication.translate("results_columns", "Decision"),
            lambda r: r.objective.priority,
            edit=decide("priority"),
            text=words.priority_name,
            sort=lambda r: _tier_sort(r.objective.priority),
            tooltip=decision_tooltip,
            header_tooltip=QCoreApplication.translate(
                "results_columns", "The board's decision (Decisions tab); it may differ from the vote"
            ),
        ),
        ResultColumn(
            Col.REASON,
            QCoreApplication.translate("results_columns", "Why dropped"),
            lambda r: r.objective.drop_kind if r.objective.priority == "dropped" else None,
            edit=decide("drop_kind"),
            text=words.label,
            editable=lambda r: r.objective.priority == "dropped",
            tooltip=lambda r: (
                ""
                if r.objective.priority == "dropped"
                else QCoreApplication.translate("results_columns", "Only a dropped objective has a reason.")
            ),
        ),
        ResultColumn(
            Col.RELATED,
            QCoreApplication.translate("results_columns", "Points to"),
            lambda r: r.objective.related_id if needs_target(r) else None,
            edit=decide("related_id"),
            text=label_of,
            editable=needs_target,
            tooltip=lambda r: (
                QCoreApplication.translate("results_columns", "The objective this one became part of.")
                if needs_target(r)
                else ""
            ),
        ),
    ]


def member_column(member: Member) -> ResultColumn:
    member_id, name = member.id, member.name

    def tooltip(result: ObjectiveResult) -> str:
        priority = result.by_member.get(member_id)
        if priority is None:
            return QCoreApplication.translate("results_columns", "{name} gave no vote on Obj. {number}.").format(
                name=name, number=result.objective.number
            )
        comment = result.comments.get(member_id, "")
        said = f"{name}: {words.priority_name(priority)}"
        return said + (f" — “{comment}”" if comment else "")

    return ResultColumn(
        ("member", member_id),
        name,
        lambda r: r.by_member.get(member_id),
        text=words.priority_name,
        sort=lambda r: _tier_sort(r.by_member.get(member_id)),
        tooltip=tooltip,
        header_tooltip=QCoreApplication.translate(
            "results_columns", "{name}'s vote on each objective (hover a cell for their comment)"
        ).format(name=name),
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
