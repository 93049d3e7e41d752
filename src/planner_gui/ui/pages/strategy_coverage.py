"""What the room keeps in view while drafting strategies: the priorities without one, and stale links.

Flags are words first (a warning sign and a sentence), coloured as well: never colour alone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from planner_gui.ui import words
from planner_gui.ui.widgets.names import named
from planner_gui.ui.widgets.palette import OKABE_ITO, text_color_on


def _numbers(objectives: list[Any]) -> str:
    return ", ".join(words.objective_label(objective.number) for objective in objectives)


def _flag_style(color: str) -> str:
    return f"background:{color}; color:{text_color_on(color).name()}; border-radius:6px; padding:3px 8px;"


class CoverageStrip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.high = QLabel()
        self.high.setAccessibleName(self.tr("High-priority objectives without a strategy"))
        self.dropped = QLabel()
        self.dropped.setAccessibleName(self.tr("Strategies serving a dropped objective"))
        self.medium = named(QLabel(), "hint")
        self.medium.setAccessibleName(self.tr("Medium-priority objectives without a strategy"))
        for label in (self.high, self.dropped, self.medium):
            label.setWordWrap(True)
            layout.addWidget(label)

    def show_coverage(self, doc: Any | None) -> None:
        if doc is None:
            for label in (self.high, self.dropped, self.medium):
                label.setText("")
                label.setVisible(False)
            return
        coverage = doc.strategies.coverage()
        if coverage.high_without:
            numbers = _numbers(coverage.high_without)
            self.high.setText(self.tr("⚠ High priority without a strategy: {objectives}").format(objectives=numbers))
            self.high.setStyleSheet(_flag_style(OKABE_ITO["vermilion"]))
        else:
            self.high.setText(self.tr("✓ Every high-priority objective has a strategy."))
            self.high.setStyleSheet("")
        self.high.setVisible(True)
        if coverage.serving_dropped:
            serves = self.tr("“{strategy}” serves dropped Obj. {number}")
            parts = [
                serves.format(strategy=s.name or self.tr("unnamed"), number=o.number)
                for s, o in coverage.serving_dropped
            ]
            self.dropped.setText(self.tr("⚠ Out of date: {parts}").format(parts="; ".join(parts)))
            self.dropped.setStyleSheet(_flag_style(OKABE_ITO["orange"]))
        else:
            self.dropped.setText("")
        self.dropped.setVisible(bool(coverage.serving_dropped))
        if coverage.medium_without:
            numbers = _numbers(coverage.medium_without)
            self.medium.setText(
                self.tr("Medium priority without a strategy yet: {objectives}").format(objectives=numbers)
            )
        else:
            self.medium.setText("")
        self.medium.setVisible(bool(coverage.medium_without))

    def texts(self) -> list[str]:
        """What the strip says now, flag by flag (for tests and screen readers alike)."""
        return [label.text() for label in (self.high, self.dropped, self.medium) if label.text()]
