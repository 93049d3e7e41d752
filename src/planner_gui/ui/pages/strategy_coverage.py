"""What the room keeps in view while drafting strategies: the priorities without one, and stale links.

Flags are words first (a warning sign and a sentence), coloured as well: never colour alone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from planner_gui.ui.widgets.names import named
from planner_gui.ui.widgets.palette import OKABE_ITO, text_color_on


def _numbers(objectives: list[Any]) -> str:
    return ", ".join(f"Obj. {objective.number}" for objective in objectives)


def _flag_style(color: str) -> str:
    return f"background:{color}; color:{text_color_on(color).name()}; border-radius:6px; padding:3px 8px;"


class CoverageStrip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.high = QLabel()
        self.high.setAccessibleName("High-priority objectives without a strategy")
        self.dropped = QLabel()
        self.dropped.setAccessibleName("Strategies serving a dropped objective")
        self.medium = named(QLabel(), "hint")
        self.medium.setAccessibleName("Medium-priority objectives without a strategy")
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
            self.high.setText(f"⚠ High priority without a strategy: {_numbers(coverage.high_without)}")
            self.high.setStyleSheet(_flag_style(OKABE_ITO["vermilion"]))
        else:
            self.high.setText("✓ Every high-priority objective has a strategy.")
            self.high.setStyleSheet("")
        self.high.setVisible(True)
        if coverage.serving_dropped:
            parts = [f"“{s.name or 'unnamed'}” serves dropped Obj. {o.number}" for s, o in coverage.serving_dropped]
            self.dropped.setText("⚠ Out of date: " + "; ".join(parts))
            self.dropped.setStyleSheet(_flag_style(OKABE_ITO["orange"]))
        else:
            self.dropped.setText("")
        self.dropped.setVisible(bool(coverage.serving_dropped))
        if coverage.medium_without:
            self.medium.setText(f"Medium priority without a strategy yet: {_numbers(coverage.medium_without)}")
        else:
            self.medium.setText("")
        self.medium.setVisible(bool(coverage.medium_without))

    def texts(self) -> list[str]:
        """What the strip says now, flag by flag (for tests and screen readers alike)."""
        return [label.text() for label in (self.high, self.dropped, self.medium) if label.text()]
