"""The revealed results as plain data, for the minutes: who voted, by which way, and every objective's votes.

Qt-free: the Results tab prints it (``report.snapshot``) and so does
``planner-gui results``. Nothing in it says how any member voted: only who
has voted, how many ballots came each way, and the room's counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from planner_gui.core import secret_ballots
from planner_gui.core.board_paper import ChartRow
from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import InvalidEdit
from planner_gui.core.model_ranking import Ballot, Member
from planner_gui.i18n import N_, _

__all__ = ["WAYS", "ResultsSnapshot", "SnapshotRow", "results_snapshot"]

WAYS = {  # each way a ballot comes in, as the minutes say it
    "laptop": N_("on the laptop"),
    "spreadsheet": N_("by ballot workbook"),
    "room": N_("on members' phones in the room"),
    "secret": N_("in secret"),  # a secret ballot keeps no way it came in: only that it was cast
}


@dataclass(frozen=True)
class SnapshotRow:
    number: str
    title: str
    counts: tuple[float, float, float, float]  # high, medium, low, dropped (ballots and hands, weighted)
    mean: float | None
    consensus: float | None
    contested: bool
    decided: str | None

    @property
    def chart_row(self) -> ChartRow:
        return ChartRow(self.number, self.title, self.counts, self.mean, self.consensus, self.decided)


@dataclass(frozen=True)
class ResultsSnapshot:
    plan_title: str
    organisation: str
    period: str
    taken: datetime
    voted: tuple[str, ...]  # the voting members who have voted, in the members' order
    waiting: tuple[str, ...]  # those who have not
    ways: dict[str, int]  # ballots per way they came in (only the ways used)
    hand_counted: int  # objectives with votes counted by hand
    weighted: bool  # some ballots weigh other than 1
    rows: tuple[SnapshotRow, ...]  # every objective, in plan order
    language: str = "en"  # the plan's documents' language, that the minutes are written in

    @property
    def chart(self) -> tuple[ChartRow, ...]:
        return tuple(row.chart_row for row in self.rows)


def results_snapshot(doc: PlanDocument, *, now: datetime | None = None) -> ResultsSnapshot:
    """The results as revealed now; refused (``InvalidEdit``) while they are hidden from the room."""
    plan = doc.plan
    if not plan.results_revealed:
        raise InvalidEdit(
            _(
                "The results are hidden: reveal them first (Ranking, Results tab), so the minutes show "
                "what the room saw."
            )
        )
    voters = doc.ranking.voters()
    ways = {
        source: count
        for source, count in doc.session.execute(  # the ballots that count: of members who vote
            select(Ballot.source, func.count())
            .join(Member, Member.id == Ballot.member_id)
            .where(Member.votes)
            .group_by(Ballot.source)
        )
        if count
    }
    if secret := len(secret_ballots.voters(doc.session)):
        ways["secret"] = secret
    rows = tuple(
        SnapshotRow(
            r.objective.number,
            r.objective.title,
            r.tally.counts,
            r.tally.mean,
            r.tally.consensus,
            r.tally.contested,
            r.objective.priority,
        )
        for r in doc.ranking.results()
    )
    return ResultsSnapshot(
        plan_title=" ".join(plan.title.split()),
        organisation=" ".join(plan.organisation.split()),
        period=plan.period.strip(),
        taken=now or datetime.now(),
        voted=tuple(v.name for v in voters if v.voted),
        waiting=tuple(v.name for v in voters if not v.voted),
        ways=dict(sorted(ways.items(), key=lambda item: list(WAYS).index(item[0]) if item[0] in WAYS else 99)),
        hand_counted=doc.ranking.hand_counted(),
        weighted=any(v.weight != 1 for v in voters),
        rows=rows,
        language=plan.language,
    )
