"""The retreat's agenda in a dock: the sessions, the running session's timer, and where each day will end.

Two kinds of change happen here, on purpose treated differently:

- Edits to the sessions (add, delete, move, day, start, minutes, title, step)
  are undo commands, committed as they are made (a title at every keystroke,
  one stretch of typing being one undo step).
- Start, pause, next and reset are clock events: committed to the file at once
  (so a crash or a restart keeps the timer) but never put on the undo stack.
  Undoing a clock makes no sense: the minutes the room spent are spent, and an
  Undo meant for a title must not rewind the timer instead.

``now`` is the clock (``datetime.now`` unless a test gives a fixed one). A
QTimer repaints once a second, and only while a session is running.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from planner_gui.core.agenda import SESSIONS, SessionTiming, project
from planner_gui.core.events import Event, SessionEvent
from planner_gui.ui import icons, language
from planner_gui.ui.agenda_edits import AgendaEdits
from planner_gui.ui.models.rows_table import ROW_ID_ROLE, RowsTableModel
from planner_gui.ui.open_plan import Listening, OpenPlan
from planner_gui.ui.pages.rows_page import primary_button, tool_button
from planner_gui.ui.widgets import timer_label
from planner_gui.ui.widgets.agenda_table import (
    DAY,
    MINUTES,
    PROJECTED,
    STATE,
    STEP,
    TITLE,
    AgendaOrder,
    agenda_columns,
    build_view,
    session_label,
)
from planner_gui.ui.widgets.timer_label import (
    Clock,
    DayEnds,
    SessionClock,
    clock_text,
    left_text,
    over_text,
)


class AgendaDock(AgendaEdits):
    def __init__(self, now: Clock = datetime.now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaDock")
        self._language = language.current()
        self.now = now
        self.plan: OpenPlan | None = None
        self._listening: Listening | None = None
        self.model: RowsTableModel | None = None
        self._timings: dict[int, SessionTiming] | None = None
        self._sessions: list[Any] = []
        self._sized = False
        self._note = ""  # what the last timer action has to say ("That was the last session of day 1.")
        area = Qt.DockWidgetArea
        self.setAllowedAreas(area.RightDockWidgetArea | area.LeftDockWidgetArea | area.BottomDockWidgetArea)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 4, 8, 8)
        self.clock = SessionClock()
        layout.addWidget(self.clock)
        buttons = QHBoxLayout()
        self.start_button = primary_button("", "timer-start", self.toggle_timer, "")
        self.next_button = tool_button("", "timer-next", self.next_session, "")
        self.reset_button = tool_button("", "timer-reset", self.reset_timer, "")
        self.reset_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)  # rare: its icon will do
        for button in (self.start_button, self.next_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.day_ends = DayEnds()
        layout.addWidget(self.day_ends)
        bar = QHBoxLayout()
        self.add_button = tool_button("", "add", self.add_session, "")
        self.up_button = tool_button("", "up", lambda: self.move_selected(-1), "")
        self.down_button = tool_button("", "down", lambda: self.move_selected(1), "")
        self.delete_button = tool_button("", "delete", self.delete_selected, "")
        for button in (self.add_button, self.up_button, self.down_button, self.delete_button):
            bar.addWidget(button)
            if button is not self.add_button:  # icons only (named for screen readers): the dock stays narrow
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.proxy = AgendaOrder(self)
        self.view = build_view(self.proxy, self)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.refresh())
        layout.addWidget(self.view, 1)
        self.columns_hint = QLabel()
        self.columns_hint.setWordWrap(True)
        layout.addWidget(self.columns_hint)
        self.setWidget(body)
        self.timer = QTimer(self)
        self.timer.setInterval(timer_label.TICK_MS)
        self.timer.timeout.connect(self.refresh)
        self._shortcuts()
        self.retranslate(plan_too=False)
        self.set_plan(None)

    # ------------------------------------------------------------ building
    def _shortcuts(self) -> None:
        def action(
            keys: QKeySequence | QKeySequence.StandardKey | str,
            slot: Callable[[], object],
            widget: QWidget,
            context: Qt.ShortcutContext,
        ) -> QAction:
            act = QAction(widget)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(context)
            act.triggered.connect(slot)
            widget.addAction(act)
            return act

        window, here = Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut
        # The timer's keys are the window's: they work with the agenda hidden (a hidden widget's shortcuts don't).
        owner = self.parentWidget() or self
        self.key_actions = (
            action("F7", self.toggle_timer, owner, window),
            action("F8", self.next_session, owner, window),
            action("Ctrl+Shift+N", self.add_session, self, here),
            action(QKeySequence.StandardKey.Delete, self.delete_selected, self.view, here),
            action("Ctrl+Up", lambda: self.move_selected(-1), self.view, here),
            action("Ctrl+Down", lambda: self.move_selected(1), self.view, here),
        )

    def retranslate(self, *, plan_too: bool = True) -> None:
        """The dock's words in the window's language; its table made again (its headers) and its clock said again."""
        self._language = language.current()
        self.setWindowTitle(self.tr("Agenda"))
        for button, text, tip in (
            (self.next_button, self.tr("Next session"), self.tr("End this session (F8)")),
            (self.reset_button, self.tr("Reset"), self.tr("Reset: set the timer to zero")),
            (self.add_button, self.tr("Add session"), self.tr("Add a session (Ctrl+Shift+N)")),
            (self.up_button, self.tr("Up"), self.tr("Earlier in the day (Ctrl+Up)")),
            (self.down_button, self.tr("Down"), self.tr("Later in the day (Ctrl+Down)")),
            (self.delete_button, self.tr("Delete"), self.tr("Delete the session (Delete)")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
            button.setToolTip(tip)
        self.start_button.setToolTip(self.tr("Start or pause the timer (F7)"))
        self.start_button.setText("")  # said again by ``refresh``
        for act, text in zip(
            self.key_actions,
            (
                self.tr("Start or pause the timer"),
                self.tr("Next session"),
                self.tr("Add session"),
                self.tr("Delete session"),
                self.tr("Earlier"),
                self.tr("Later"),
            ),
            strict=True,
        ):
            act.setText(text)
        self.columns_hint.setText(
            self.tr("Some columns are hidden: widen the agenda, or float it (double-click its title).")
        )
        self.view.setAccessibleName(self.tr("Sessions of the retreat"))
        self.clock.retranslate()
        if plan_too:
            selected = self.selected_id()
            self.set_plan(self.plan)  # the table's headers and computed columns in the new words
            self.select(selected)

    # ---------------------------------------------------------------- plan
    def set_plan(self, plan: OpenPlan | None) -> None:
        if self._listening is not None:
            self._listening.cancel()
        old, self.plan, self._timings, self._note = self.model, plan, None, ""
        # Before the model's: fresh timings when it repaints.
        self._listening = plan.listen(self, self._on_change, SessionEvent) if plan is not None else None
        self.model = (
            RowsTableModel(plan, SESSIONS, agenda_columns(self.timings), label=session_label, parent=self)
            if plan
            else None
        )
        self.proxy.setSourceModel(self.model)  # type: ignore[arg-type]  # None: no source (PySide's stubs say otherwise)
        self.proxy.sort(DAY)
        if old is not None:
            old.deleteLater()
        header = self.view.horizontalHeader()
        for column in range(self.proxy.columnCount()):
            mode = QHeaderView.ResizeMode.Stretch if column == TITLE else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        header.setMinimumSectionSize(36)
        self.refresh()
        self._fit_columns()
        if plan is not None:
            self.select(self._where_the_room_was())  # so F7 goes on with it, not with the day's first session

    def sizeHint(self) -> QSize:
        """Narrow enough to leave the step page its room at 1366×768, wide enough for a legible table."""
        return QSize(self.fontMetrics().averageCharWidth() * 64, super().sizeHint().height())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window = self.parentWidget()
        if not self._sized and isinstance(window, QMainWindow) and not self.isFloating():
            self._sized = True  # the first time only: afterwards the width is the facilitator's choice
            width = self.sizeHint().width()
            QTimer.singleShot(0, self, lambda: window.resizeDocks([self], [width], Qt.Orientation.Horizontal))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # presentation mode on or off
            QTimer.singleShot(0, self, self._fit_columns)  # not once the dock is gone (its window closed)
        elif event.type() == QEvent.Type.LanguageChange and self._language != language.current():
            self.retranslate()

    def _fit_columns(self) -> None:
        """Show what fits beside a legible title; State, then Step, then Minutes give way in a narrow dock."""
        header, view = self.view.horizontalHeader(), self.view
        width = {c: max(header.sectionSizeHint(c), view.sizeHintForColumn(c)) for c in range(self.proxy.columnCount())}
        room = view.viewport().width() - view.fontMetrics().averageCharWidth() * 24
        needed, hidden = sum(w for c, w in width.items() if c != TITLE), set[int]()
        for column in (STATE, STEP, MINUTES):
            if needed > room and column in width:  # (no columns while no plan is open)
                needed, hidden = needed - width[column], hidden | {column}
        for column in width:
            header.setSectionHidden(column, column in hidden)
        self.columns_hint.setVisible(bool(hidden))

    def _on_change(self, _event: Event) -> None:
        self._timings = None
        self.refresh()
        self._fit_columns()

    # --------------------------------------------------------------- reading
    def timings(self) -> dict[int, SessionTiming]:
        """Each session's projected times at ``now`` (recomputed after a change and at each tick)."""
        if self._timings is None:
            # Held, so the table's reads of these rows come from the session's identity map, not from SQL.
            self._sessions = self.plan.doc.agenda.sessions() if self.plan is not None else []
            self._timings = {t.session_id: t for t in project(self._sessions, self.now())}
        return self._timings

    def _where_the_room_was(self) -> int | None:
        """The session the timer was last on: the one running, else the last one paused part way, else the
        first one not done."""
        self.timings()
        in_order = sorted(self._sessions, key=lambda s: (s.day, s.position, s.id))
        running = next((s for s in in_order if s.running_since is not None), None)
        paused = [s for s in in_order if s.elapsed_seconds > 0 and not s.finished]
        first = next((s for s in in_order if not s.finished), None)
        found = running or (paused[-1] if paused else None) or first
        return found.id if found is not None else None

    def selected_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(ROW_ID_ROLE) if index.isValid() else None

    def _view_ids(self) -> list[int]:
        return [self.proxy.index(r, 0).data(ROW_ID_ROLE) for r in range(self.proxy.rowCount())]

    def _target(self) -> Any:
        """The session Start acts on: the selected one, else the first one not done."""
        self.timings()
        sessions = {s.id: s for s in self._sessions}
        in_order = [sessions[i] for i in self._view_ids() if i in sessions]  # the view may lag a deletion
        return sessions.get(self.selected_id()) or next((s for s in in_order if not s.finished), None)

    # ------------------------------------------------------------- showing
    def refresh(self) -> None:
        """Bring the timer, the day ends, the buttons and the computed columns up to ``now``."""
        self._timings = None
        running = self.plan.doc.agenda.running_session() if self.plan is not None else None
        if running is None:
            self.timer.stop()
        elif not self.timer.isActive():
            self.timer.start()
        self._show_clock(running)
        self.day_ends.show_days(list(self.timings().values()))
        self._enable(running)
        if self.model is not None and self.model.rowCount():
            last = self.model.rowCount() - 1
            self.model.dataChanged.emit(self.model.index(0, PROJECTED), self.model.index(last, STATE))

    def _show_clock(self, running: Any) -> None:
        shown = running if running is not None else self._target()
        timing = self.timings().get(shown.id) if shown is not None else None
        if self.plan is None:
            self.clock.show_state(
                self.tr("No plan is open."), "", "", self.tr("Open a plan to see its agenda."), "idle"
            )
            return
        if shown is None or timing is None:
            self.clock.show_state(
                self.tr("No session yet."), "", "", self.tr("Add the retreat's sessions to time them."), "idle"
            )
            return
        over = timing.elapsed - shown.minutes
        style = "idle"
        if running is not None:
            style, note = ("over", over_text(over)) if over > 0 else ("on time", left_text(-over))
        elif shown.finished:
            note = self.tr("Done in {minutes} min.").format(minutes=round(timing.elapsed))
        elif timing.elapsed > 0:
            note = self.tr("Paused. Resume it with F7.")
        else:
            note = self.tr("Not started. Start it with F7.")
        run, planned = clock_text(timing.elapsed), self.tr("of {planned}").format(planned=clock_text(shown.minutes))
        self.clock.show_state(shown.title or session_label(shown), run, planned, self._note or note, style)

    def _enable(self, running: Any) -> None:
        writable = self.plan is not None and not self.plan.read_only
        target = running if running is not None else self._target()
        timing = self.timings().get(target.id) if target is not None else None
        started = timing is not None and (timing.running or timing.elapsed > 0 or timing.finished)
        if running is not None:
            text = self.tr("Pause")
        else:
            text = self.tr("Resume") if started and not target.finished else self.tr("Start")
        if self.start_button.text() != text:
            self.start_button.setText(text)
            self.start_button.setAccessibleName(text)
            self.start_button.setIcon(icons.icon("timer-pause" if running is not None else "timer-start", "white"))
        self.start_button.setEnabled(writable and target is not None)
        self.next_button.setEnabled(writable and target is not None)
        self.reset_button.setEnabled(writable and started)
        has_row = writable and self.selected_id() is not None
        self.add_button.setEnabled(writable)
        for button in (self.up_button, self.down_button, self.delete_button):
            button.setEnabled(has_row)

    def select(self, row_id: int | None) -> None:
        if self.model is None or row_id is None or self.model.row_of(row_id) < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(self.model.row_of(row_id), TITLE))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    def reveal(self) -> None:
        """Show the dock and put the keyboard in its table."""
        self.show()
        self.raise_()
        self.view.setFocus()
