"""The room's picture: how the board voted on each objective, shown only once the facilitator reveals it.

Until then the room sees who has voted, never how: the page holds no numbers at all. Revealed, each
objective shows its votes per tier (counts only, or by name), a distribution bar, the mean score, how
far the board agrees, the tier with most votes beside the board's decision, and a “Discuss” flag.
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner_gui.core.events import Event
from planner_gui.ui import icons
from planner_gui.ui.commands import SetRankingOptions
from planner_gui.ui.open_plan import Listening, OpenPlan
from planner_gui.ui.pages.ranking.discussion import DiscussionView
from planner_gui.ui.pages.ranking.ranking_table import COUNTS_ROLE, OBJECTIVE_ID_ROLE, WATCHED, RankingTable, TabColumns
from planner_gui.ui.pages.ranking.results_columns import (
    BAR,
    DECISION,
    DISCUSS,
    DISCUSS_COLORS,
    DROPPED,
    HIGH,
    LEADING,
    LOW,
    MEAN,
    MEDIUM,
    RESULTS,
    TITLE,
    Col,
    SharedRanking,
    consensus_help,
    discuss_text,
    member_column,
    shared_or_own,
)
from planner_gui.ui.pages.ranking.results_words import by_name_tip, hands_note, how_to_read, waiting_html, weights_note
from planner_gui.ui.widgets.chips import ChipDelegate
from planner_gui.ui.widgets.distribution import DistributionDelegate, VoteDelegate, legend_html
from planner_gui.ui.widgets.fitted import fit_view
from planner_gui.ui.widgets.names import named
from planner_gui.ui.widgets.palette import PRIORITY_COLORS
from planner_gui.ui.widgets.when_shown import WhenShown

# Left out, in two steps, when the titles would be cut short (a laptop's screen, by name, large type): first the
# counts, which the bars carry; then the mean and most votes, which the legend and the decision say.
COUNTS_HIDE = (HIGH, MEDIUM, LOW, DROPPED)
COMPACT_HIDES = (*COUNTS_HIDE, MEAN, LEADING)
TITLE_CHARS = 40  # the least a title keeps before columns step aside (in digits' widths)
TITLE_CHARS_AT_LEAST = 20  # the least it keeps at all: narrower still, the table scrolls sideways
ROWS_MEASURED = 40  # rows Qt reads to size a column to its contents (it reads them all by default)
BAR_WIDTH, BAR_WIDTH_COMPACT = 22, 18  # in digits


def _label(accessible_name: str, text: str = "", object_name: str = "", *, wrap: bool = False) -> QLabel:
    label = named(QLabel(text), object_name)
    label.setAccessibleName(accessible_name)
    label.setWordWrap(wrap)
    return label


class ResultsTab(QWidget):
    discussion_closed = Signal()

    def __init__(self, shared: SharedRanking | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shared, self._own_table = shared_or_own(shared, self)  # on the page: the page's; alone: its own
        self.plan: OpenPlan | None = None
        self.refreshing = WhenShown(self, self._refresh)
        self._listening: Listening | None = None
        self.proxy = TabColumns(RESULTS, self, extra=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.status = _label(self.tr("Who has voted"), object_name="summaryStrip")
        self.by_name = QCheckBox(self.tr("Show votes by &name"))
        self.by_name.setToolTip(by_name_tip(False))
        self.by_name.toggled.connect(self._by_name_toggled)
        self.contested_button = QPushButton(icons.icon("filter"), self.tr("Contested fir&st"))
        self.contested_button.setToolTip(
            self.tr("Sort the objectives flagged “{flag}” to the top, least agreement first").format(
                flag=discuss_text()
            )
        )
        self.contested_button.clicked.connect(self.contested_first)
        self.discuss_button = QPushButton(icons.icon("presentation"), self.tr("Discuss One &by One"))
        self.discuss_button.setToolTip(
            self.tr("The selected objective across the whole screen, then the next (Enter or a double-click on a row)")
        )
        self.discuss_button.clicked.connect(self.discuss)
        self.minutes_button = QToolButton()
        self.minutes_button.setText(self.tr("For the Minutes"))
        self.minutes_button.setIcon(icons.icon("print"))
        self.minutes_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.minutes_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.minutes_button.setToolTip(
            self.tr("Print the results as revealed, or write them as a PDF: dated, with who voted")
        )
        minutes = QMenu(self.minutes_button)
        self.print_action = minutes.addAction(icons.icon("print"), self.tr("&Print the Results…"), self.print_results)
        self.pdf_action = minutes.addAction(icons.icon("pdf"), self.tr("Export the Results as P&DF…"), self.results_pdf)
        self.minutes_button.setMenu(minutes)
        self.reveal_button = QPushButton()
        self.reveal_button.clicked.connect(self.toggle_reveal)
        # Who has voted and the page's primary action on one line, the ways to look at the results on the next:
        # room for their words in any language (a button never gives way; the strip wraps first).
        self.status.setWordWrap(True)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.reveal_button)
        tools = QHBoxLayout()
        for widget in (self.by_name, self.contested_button, self.discuss_button, self.minutes_button):
            widget.setSizePolicy(QSizePolicy.Policy.Minimum, widget.sizePolicy().verticalPolicy())
            tools.addWidget(widget)
        tools.addStretch(1)
        layout.addLayout(bar)
        layout.addLayout(tools)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.waiting = _label(self.tr("Who has voted and who has not"), object_name="waitingRoom", wrap=True)
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.waiting.setTextFormat(Qt.TextFormat.RichText)
        self.stack.addWidget(self.waiting)
        self.shown = QWidget()
        shown_layout = QVBoxLayout(self.shown)
        shown_layout.setContentsMargins(0, 0, 0, 0)
        self.legend = _label(self.tr("Colours of the tiers"), legend_html())
        self.explain = _label(self.tr("How to read the numbers"), how_to_read(consensus_help()), wrap=True)
        self.weights_note = _label(self.tr("Weights in use"), object_name="hint", wrap=True)
        self.hands_note = _label(self.tr("Votes counted by hand"), object_name="hint")
        for left, right in ((self.legend, self.explain), (self.weights_note, self.hands_note)):
            row = QHBoxLayout()
            row.addWidget(left, 0 if left is self.legend else 1)
            row.addWidget(right, 1 if right is self.explain else 0)
            shown_layout.addLayout(row)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Results per objective"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.bars = DistributionDelegate(COUNTS_ROLE, self.view)
        self.chips = ChipDelegate(PRIORITY_COLORS, self.view)
        self.flags = ChipDelegate(DISCUSS_COLORS, self.view)
        self.votes = VoteDelegate(self.view)
        self.view.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setItemDelegateForColumn(BAR, self.bars)
        self.view.setItemDelegateForColumn(DISCUSS, self.flags)
        self.fitted = fit_view(self.view, title=TITLE, stretch=False)  # the widths are ``_fit_columns``'
        shown_layout.addWidget(self.view, 1)
        self.view.doubleClicked.connect(lambda _index: self.discuss())
        self.view.installEventFilter(self)  # Enter: the discussion view
        self.discussion: DiscussionView | None = None  # made when first asked for
        self.stack.addWidget(self.shown)

    # ---------------------------------------------------------------- plan
    @property
    def model(self) -> RankingTable | None:
        """The shared table, while the results are shown; None while they are hidden."""
        return self.proxy.table()

    def set_plan(self, plan: OpenPlan | None) -> None:
        if self._listening is not None:
            self._listening.cancel()
        self.plan = plan
        if self._own_table:
            self.shared.set_plan(plan)
        self._drop_model()
        self._listening = plan.listen(self, self._on_change, *WATCHED) if plan is not None else None
        self.refreshing.request()

    def revealed(self) -> bool:
        return self.plan is not None and self.plan.doc.plan.results_revealed

    # --------------------------------------------------------- discussion
    def discuss(self) -> None:
        """The selected objective (or the first) full screen, walking the objectives in this tab's order."""
        table = self.model
        if self.plan is None or table is None or not self.revealed() or not self.proxy.rowCount():
            return
        order = [self.proxy.index(row, 0).data(OBJECTIVE_ID_ROLE) for row in range(self.proxy.rowCount())]
        current = self.view.currentIndex()
        start = current.data(OBJECTIVE_ID_ROLE) if current.isValid() else order[0]
        if self.discussion is None:
            self.discussion = DiscussionView(self)
            self.discussion.destroyed.connect(lambda: setattr(self, "discussion", None))
            self.discussion.closed.connect(self.discussion_closed.emit)
        self.discussion.open(self.plan, table, order, start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self.discuss()
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------ minutes
    def print_results(self) -> None:
        """The revealed results in a print preview, printed from there."""
        from planner_gui.ui.report_preview import results_paper, show_report_preview

        if self.plan is not None and self.revealed():
            show_report_preview(self, self.plan.doc, results_paper(self.plan.doc))

    def results_pdf(self) -> Path | None:
        """The revealed results as a PDF for the minutes: asked where, then offered to open."""
        from planner_gui.ui.report_preview import export_report_pdf, results_paper

        if self.plan is None or not self.revealed():
            return None
        return export_report_pdf(self, self.plan.doc, paper=results_paper(self.plan.doc))

    # -------------------------------------------------------------- edits
    def toggle_reveal(self) -> None:
        now = self.revealed()
        text = self.tr("Hide the results") if now else self.tr("Reveal the results")
        self._set_option("results_revealed", not now, text)

    def _by_name_toggled(self, on: bool) -> None:
        text = self.tr("Show votes by name") if on else self.tr("Show votes as counts only")
        if not self._set_option("votes_by_name", on, text):
            self._refresh()  # refused: the box shows what the plan says

    def _set_option(self, name: str, value: bool, text: str) -> bool:
        """One of the plan's ranking options, through the undo stack; False if refused."""
        if self.plan is None or self.plan.read_only or getattr(self.plan.doc.plan, name) == value:
            return self.plan is not None and not self.plan.read_only
        old = getattr(self.plan.doc.plan, name)
        return self.plan.push(SetRankingOptions(self.plan, {name: old}, {name: value}, text), self)

    def contested_first(self) -> None:
        self.view.sortByColumn(DISCUSS, Qt.SortOrder.AscendingOrder)

    # ------------------------------------------------------------ updates
    def _on_change(self, _event: Event) -> None:
        self.refreshing.request()  # now if on screen, else when next shown

    def _drop_model(self) -> None:
        """No table while the results are hidden: the tab shows no numbers to give away."""
        self.proxy.setSourceModel(None)  # type: ignore[arg-type]  # Qt takes None (no source); PySide's stubs don't say so

    def _show_model(self) -> None:
        """The results table, with one column per voting member when votes are shown by name."""
        assert self.plan is not None
        doc = self.plan.doc
        members = doc.ranking.members(voting_only=True) if doc.plan.votes_by_name else []
        table = self.shared.table()
        before = [c.key for c in table.columns]
        table.set_extra_columns([member_column(m) for m in members], after=Col.RELATED)
        if self.model is None:
            self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # before: else 2,000 rows are sorted first
            self.proxy.setSourceModel(table)
        elif before == [c.key for c in table.columns]:
            return
        for column in (LEADING, DECISION):
            self.view.setItemDelegateForColumn(column, self.chips)
        for column in range(DECISION + 1, self.proxy.columnCount()):
            self.view.setItemDelegateForColumn(column, self.votes)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Columns as wide as their contents in the current font, the title taking the rest. When that leaves the
        title less than ``TITLE_CHARS``, the counts step aside (the bars carry them); then mean and most votes.
        """
        if self.model is None:
            return
        header, metrics, count = self.view.horizontalHeader(), self.view.fontMetrics(), self.proxy.columnCount()
        header.setResizeContentsPrecision(ROWS_MEASURED)  # widths from a sample of rows, not all 2,000
        digit = metrics.horizontalAdvance("0")
        names = [str(self.proxy.headerData(c, Qt.Orientation.Horizontal)) for c in range(DECISION + 1, count)]
        first_names = [(name.split() or [""])[0] for name in names]
        member_width = max([metrics.height(), *(metrics.horizontalAdvance(n) for n in first_names)]) + 18
        fixed = {BAR: digit * BAR_WIDTH, DISCUSS: metrics.horizontalAdvance(discuss_text()) + metrics.height() + 24}
        fixed |= dict.fromkeys(range(DECISION + 1, count), member_width)  # one width: all words or all letters
        for column in range(count):
            self.view.setColumnHidden(column, False)

        @functools.cache  # once a call: a table that won't fit is measured again without some columns
        def measured(column: int) -> int:
            return max(header.sectionSizeHint(column), self.view.sizeHintForColumn(column))

        def natural(column: int) -> int:
            return fixed.get(column) or measured(column)

        others = [c for c in range(count) if c != TITLE]
        room = self.view.viewport().width() - digit * TITLE_CHARS  # what is left with the title as it should be
        hidden: tuple[int, ...] = ()
        if sum(map(natural, others)) > room:
            hidden = COUNTS_HIDE
            if sum(natural(c) for c in others if c not in hidden) > room:
                hidden, fixed[BAR] = COMPACT_HIDES, digit * BAR_WIDTH_COMPACT
                narrowest = self.view.viewport().width() - digit * TITLE_CHARS_AT_LEAST
                if sum(natural(c) for c in others if c not in hidden) > narrowest:
                    fixed[TITLE] = digit * TITLE_CHARS_AT_LEAST  # the rest scrolls sideways
        mode = QHeaderView.ResizeMode
        for column in range(count):
            self.view.setColumnHidden(column, column in hidden)
            if column == TITLE and column not in fixed:
                header.setSectionResizeMode(column, mode.Stretch)
            elif column in fixed:
                header.setSectionResizeMode(column, mode.Fixed)
                self.view.setColumnWidth(column, fixed[column])
            else:
                header.setSectionResizeMode(column, mode.ResizeToContents)
        self.view.verticalHeader().setDefaultSectionSize(metrics.height() + 14)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # presentation mode on or off
            self._fit_columns()

    def _refresh(self) -> None:
        plan = self.plan
        writable = plan is not None and not plan.read_only
        self.reveal_button.setEnabled(writable)
        self.by_name.setEnabled(writable)
        if plan is None:
            self.status.setText("")
            self.waiting.setText(self.tr("No plan is open."))
            self._set_revealed_look(False)
            self._drop_model()
            return
        doc = plan.doc
        voters = doc.ranking.voters()
        self.status.setText(
            self.tr("{voted} of %n voting member(s) have voted.", "", len(voters)).format(
                voted=sum(1 for v in voters if v.voted)
            )
        )
        with QSignalBlocker(self.by_name):
            self.by_name.setChecked(doc.plan.votes_by_name)
        if doc.plan.secret_ballots:  # no vote can be shown by name: nothing says whose it is
            self.by_name.setEnabled(False)
        self.by_name.setToolTip(by_name_tip(doc.plan.secret_ballots))
        revealed = self.revealed()
        self._set_revealed_look(revealed)
        if plan.read_only:
            self.reveal_button.setToolTip(self.tr("The plan is open read-only: the results stay as they were saved."))
        hands = doc.ranking.hand_counted()
        if not revealed:
            self._drop_model()
            self.waiting.setText(waiting_html(voters, hands))
            return
        self._show_model()
        self.weights_note.setText(weights_note(voters))
        self.weights_note.setVisible(doc.ranking.weights_in_use())
        self.hands_note.setText(hands_note(hands))
        self.hands_note.setVisible(hands > 0)

    def _set_revealed_look(self, revealed: bool) -> None:
        self.stack.setCurrentWidget(self.shown if revealed else self.waiting)
        self.contested_button.setVisible(revealed)
        self.discuss_button.setVisible(revealed)
        self.minutes_button.setVisible(revealed)
        button = self.reveal_button
        button.setText(self.tr("H&ide results") if revealed else self.tr("&Reveal results"))
        hide = self.tr("Hide the votes again (the room sees only who has voted)")
        show = self.tr("Show the room how the board voted")
        button.setToolTip(hide if revealed else show)
        button.setIcon(icons.icon("hide") if revealed else icons.icon("reveal", "white"))
        if button.property("primary") != (not revealed):
            button.setProperty("primary", not revealed)  # the page's one primary action, until it is done
            button.style().unpolish(button)
            button.style().polish(button)
