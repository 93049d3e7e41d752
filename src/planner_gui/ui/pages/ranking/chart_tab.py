"""The Chart tab: the room's picture, once the results are revealed; the same drawing as the summary's.

Votes per tier per objective as stacked bars, beside each objective's mean
against its consensus (``widgets.ranking_chart``). It reads the Results tab's
own table (``SharedRanking``), so it shows what Results shows, when it shows
it: hidden results hide the picture too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from planner_gui.core.board_paper import ChartRow
from planner_gui.core.events import Event, PlanEvent
from planner_gui.ui.open_plan import Listening, OpenPlan
from planner_gui.ui.pages.ranking.ranking_table import RankingTable
from planner_gui.ui.pages.ranking.results_columns import SharedRanking
from planner_gui.ui.widgets.names import named
from planner_gui.ui.widgets.ranking_chart import RankingChart
from planner_gui.ui.widgets.when_shown import WhenShown


def chart_rows(table: RankingTable) -> list[ChartRow]:
    """Every objective of the Results tab's table, as the chart draws it."""
    return [
        ChartRow(r.objective.number, r.objective.title, r.tally.counts, r.tally.mean, r.tally.consensus,
                 r.objective.priority)
        for r in table.results
    ]  # fmt: skip


class ChartTab(QWidget):
    def __init__(self, shared: SharedRanking, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shared = shared
        self.plan: OpenPlan | None = None
        self._listening: Listening | None = None
        self._table: RankingTable | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.stack = QStackedWidget()
        self.hidden = named(
            QLabel(
                self.tr(
                    "The picture is hidden with the results, so nobody votes with the bandwagon: "
                    "reveal them on the Results tab."
                )
            ),
            "hint",
        )
        self.hidden.setWordWrap(True)
        self.hidden.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart = RankingChart()
        self.stack.addWidget(self.hidden)
        self.stack.addWidget(self.chart)
        layout.addWidget(self.stack)
        self.refreshing = WhenShown(self, self._refresh)  # drawn when on screen, not for every vote off it

    def set_plan(self, plan: OpenPlan | None) -> None:
        if self._listening is not None:
            self._listening.cancel()
        self.plan = plan
        self._follow(None)
        self._listening = plan.listen(self, self._on_change, PlanEvent) if plan is not None else None
        self.refreshing.request()

    def _follow(self, table: RankingTable | None) -> None:
        """Repaint when the shared table's rows do (votes, decisions, titles)."""
        if self._table is table:
            return
        if self._table is not None:
            for signal in (self._table.dataChanged, self._table.modelReset):
                signal.disconnect(self.refreshing.request)
        self._table = table
        if table is not None:
            for signal in (table.dataChanged, table.modelReset):
                signal.connect(self.refreshing.request)

    def _on_change(self, _event: Event) -> None:  # revealed or hidden
        self.refreshing.request()

    def revealed(self) -> bool:
        return self.plan is not None and self.plan.doc.plan.results_revealed

    def _refresh(self) -> None:
        if self.plan is None or not self.revealed():
            self.stack.setCurrentWidget(self.hidden)
            self.chart.set_rows([])
            return
        table = self.shared.table()
        self._follow(table)
        self.chart.set_rows(chart_rows(table))
        self.stack.setCurrentWidget(self.chart)
