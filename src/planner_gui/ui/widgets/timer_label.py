"""The agenda's times in words, and the running session's time shown two ways: big in the dock, small below.

The words: a session's projected times, its state, where a day will end. The
timer says it the same way in both places: "Ranking the objectives — 42:10 of 120:00", turning
Okabe–Ito vermilion with "over by 5 min" once the session runs over (text and
colour, never colour alone). :class:`TimerLabel` repaints itself once a second,
only while a session is running; ``now`` is its clock (``datetime.now`` unless a
test gives a fixed one). :class:`SessionClock` is painted by the agenda dock.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from planner_gui.core.agenda import SessionTiming, day_end, elapsed_minutes
from planner_gui.core.errors import PlanError
from planner_gui.core.events import Event, SessionEvent
from planner_gui.ui import language
from planner_gui.ui.numbers import time_of_day as format_time
from planner_gui.ui.open_plan import Listening, OpenPlan
from planner_gui.ui.widgets.names import accessible
from planner_gui.ui.widgets.palette import OKABE_ITO

Clock = Callable[[], datetime]
OVER_COLOR = OKABE_ITO["vermilion"]  # white text on it reads at 4.9:1
TICK_MS = 1000
CLOCK_STYLES = {  # background, text: no session running, running on time, running over
    "idle": ("#F1F4F6", "#44535C"),
    "on time": ("#E3EEF3", "#0B4F6C"),
    "over": (OVER_COLOR, "#FFFFFF"),
}


def clock_text(minutes: float) -> str:
    """Minutes and seconds as a stopwatch shows them: 42:10, 125:00."""
    seconds = max(0, int(minutes * 60))
    return f"{seconds // 60}:{seconds % 60:02d}"


def over_text(over_minutes: float) -> str:
    """“over by 5 min” (at least 1 once the planned time is passed)."""
    return QCoreApplication.translate("timer_label", "over by {minutes} min").format(
        minutes=max(1, math.floor(over_minutes))
    )


def left_text(left_minutes: float) -> str:
    return QCoreApplication.translate("timer_label", "{minutes} min left").format(
        minutes=max(0, math.ceil(left_minutes))
    )


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def projected_text(timing: SessionTiming) -> str:
    """“11:00–13:45 (+45)”: when a session is now expected to run, and its end's minutes from the plan."""
    late = round(timing.projected_end) - timing.planned_end
    shift = f" (+{late})" if late > 0 else (f" (−{-late})" if late < 0 else "")
    return f"{format_time(timing.projected_start)}–{format_time(timing.projected_end)}{shift}"


def projected_tip(timing: SessionTiming) -> str:
    late = round(timing.projected_end) - timing.planned_end
    if late > 0:
        lateness = QCoreApplication.translate("timer_label", "{minutes} min late").format(minutes=late)
    elif late < 0:
        lateness = QCoreApplication.translate("timer_label", "{minutes} min early").format(minutes=-late)
    else:
        lateness = QCoreApplication.translate("timer_label", "on time")
    planned = f"{format_time(timing.planned_start)}–{format_time(timing.planned_end)}"
    expected = f"{format_time(timing.projected_start)}–{format_time(timing.projected_end)}"
    return QCoreApplication.translate("timer_label", "Planned {planned}; now expected {expected}, {lateness}.").format(
        planned=planned, expected=expected, lateness=lateness
    )


def state_text(timing: SessionTiming) -> str:
    if timing.running:
        return QCoreApplication.translate("timer_label", "Running")
    if timing.finished:
        return QCoreApplication.translate("timer_label", "Done in {minutes} min").format(minutes=round(timing.elapsed))
    if timing.elapsed > 0:
        return QCoreApplication.translate("timer_label", "Paused at {time}").format(time=clock_text(timing.elapsed))
    return QCoreApplication.translate("timer_label", "Not started")


def day_end_text(day: int, planned: float, projected: float) -> str:
    """“Day 2 ends at 17:45 — planned 17:00 (+45 min)”."""
    late = round(projected) - round(planned)
    if late == 0:
        return QCoreApplication.translate("timer_label", "Day {day} ends at {time} — as planned").format(
            day=day, time=format_time(projected)
        )
    sign = "+" if late > 0 else "−"
    return QCoreApplication.translate(
        "timer_label", "Day {day} ends at {time} — planned {planned} ({change} min)"
    ).format(day=day, time=format_time(projected), planned=format_time(planned), change=f"{sign}{abs(late)}")


class SessionClock(QFrame):
    """A big, legible timer: the session, the time run (large) against the time planned, and what it means."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionClock")
        self.setAccessibleName(self.tr("Session timer"))
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 8, 12, 8)
        box.setSpacing(2)
        self.title = QLabel(wordWrap=True)
        self.clock = QLabel()
        self.planned = QLabel(wordWrap=True)  # wraps in a narrow dock
        self.note = QLabel(wordWrap=True)
        self.retranslate()
        line = QHBoxLayout()
        line.addWidget(self.clock, 0, Qt.AlignmentFlag.AlignBottom)
        line.addWidget(self.planned, 0, Qt.AlignmentFlag.AlignBottom)
        line.addStretch(1)
        box.addWidget(self.title)
        box.addLayout(line)
        box.addWidget(self.note)
        self._style = ""
        self._fit_fonts()
        self.show_state("", "", "", "", "idle")

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Session timer"))
        for label, name in (
            (self.title, self.tr("Session")),
            (self.clock, self.tr("Time run")),
            (self.planned, self.tr("Time planned")),
            (self.note, self.tr("Time left")),
        ):
            accessible(label, name)

    def show_state(self, title: str, run: str, planned: str, note: str, style: str) -> None:
        """``style`` is "idle", "on time" or "over"; empty texts hide their line."""
        for label, text in ((self.title, title), (self.clock, run), (self.planned, planned), (self.note, note)):
            if label.text() != text:
                label.setText(text)
            label.setVisible(bool(text))
        if style != self._style:
            self._style = style
            background, color = CLOCK_STYLES[style]
            self.setStyleSheet(
                f"QFrame#sessionClock {{ background: {background}; border-radius: 8px; }}"
                f" QFrame#sessionClock QLabel {{ color: {color}; background: transparent; }}"
            )
        self.setAccessibleDescription(self.text())

    def text(self) -> str:
        """The whole timer as one line, as a screen reader says it."""
        run = " ".join(t for t in (self.clock.text(), self.planned.text()) if t)
        return " — ".join(t for t in (self.title.text(), run, self.note.text()) if t)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_fonts()  # presentation mode: the timer grows with the rest of the text

    def _fit_fonts(self) -> None:
        base = self.font().pointSizeF()
        for label, scale, weight in (
            (self.title, 1.35, QFont.Weight.DemiBold),
            (self.clock, 3.0, QFont.Weight.Bold),
            (self.planned, 1.35, QFont.Weight.Normal),
            (self.note, 1.25, QFont.Weight.DemiBold),
        ):
            font = QFont(self.font())
            font.setPointSizeF(base * scale)
            font.setWeight(weight)
            font.setFeature(QFont.Tag("tnum"), 1)  # digits of one width: the clock does not jiggle
            label.setFont(font)


class TimerLabel(QLabel):
    """A compact status-bar view of the running session; click it to see the agenda."""

    clicked = Signal()

    def __init__(self, now: Clock = datetime.now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.now = now
        self.plan: OpenPlan | None = None
        self._language = language.current()
        self.setAccessibleName(self.tr("Running session"))
        self.setToolTip(self.tr("The session running now. Click to show the agenda (Ctrl+Shift+A)."))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.refresh)
        self._over: bool | None = None
        self._listening: Listening | None = None
        self.setVisible(False)

    def set_plan(self, plan: OpenPlan | None) -> None:
        if self._listening is not None:
            self._listening.cancel()
        self.plan = plan
        self._listening = plan.listen(self, self._on_change, SessionEvent) if plan is not None else None
        self.refresh()

    def _on_change(self, _event: Event) -> None:
        self.refresh()

    def refresh(self) -> None:
        session = None
        if self.plan is not None:
            try:
                session = self.plan.doc.agenda.running_session()
            except PlanError:
                session = None
        if session is None:
            self.timer.stop()
            self.setText("")
            self.setVisible(False)
            return
        elapsed = elapsed_minutes(session, self.now())
        over = elapsed - session.minutes
        text = self.tr("{session} — {run} of {planned}").format(
            session=shorten(session.title or self.tr("Session"), 24),
            run=clock_text(elapsed),
            planned=clock_text(session.minutes),
        )
        if over > 0:
            text += f" — {over_text(over)}"
        self.setText(text)
        self._set_over(over > 0)
        self.setVisible(True)
        if not self.timer.isActive():
            self.timer.start()

    def _set_over(self, over: bool) -> None:
        if over == self._over:
            return
        self._over = over
        if over:
            self.setStyleSheet(
                f"QLabel {{ background: {OVER_COLOR}; color: white; font-weight: 600;"
                " border-radius: 3px; padding: 0 6px; }"
            )
        else:
            self.setStyleSheet("QLabel { color: #0B4F6C; font-weight: 600; padding: 0 6px; }")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self._language != language.current():
            self._language = language.current()
            self.setAccessibleName(self.tr("Running session"))
            self.setToolTip(self.tr("The session running now. Click to show the agenda (Ctrl+Shift+A)."))
            self.refresh()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class DayEnds(QWidget):
    """One line per retreat day: when it was planned to end, and when it now will (late days stand out)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.labels: list[QLabel] = []

    def show_days(self, timings: list[SessionTiming]) -> None:
        days = sorted({t.day for t in timings})
        while len(self.labels) < len(days):
            label = QLabel(wordWrap=True)  # wraps rather than widening the dock (presentation mode)
            label.setAccessibleName(self.tr("Day end"))
            self.labels.append(label)
            self.box.addWidget(label)
        for label, day in zip(self.labels, days, strict=False):
            planned, projected = day_end(timings, day) or (0, 0)
            label.setText(day_end_text(day, planned, projected))
            style = f"color: {OVER_COLOR}; font-weight: 600;" if round(projected) > planned else ""
            if label.styleSheet() != style:  # restyling is costly; the clock ticks every second
                label.setStyleSheet(style)
        for number, label in enumerate(self.labels):
            label.setVisible(number < len(days))
