"""A step the program does not cover yet: it says so plainly, and what the step will hold."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from planner_gui.ui.pages.base import StepPage, StepState


class UpcomingPage(StepPage):
    will_hold: tuple[str, ...] = ()
    tracks_progress = False

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 12, 0, 0)
        banner = QLabel(
            "<b>Not in this version yet.</b> Until it is, run this step on paper or in a "
            "spreadsheet, and keep the plan's structure up to date on the Plan page.",
            objectName="upcomingBanner",
        )
        banner.setWordWrap(True)
        layout.addWidget(banner)
        heading = QLabel("What this step will hold", objectName="sectionLabel")
        layout.addSpacing(12)
        layout.addWidget(heading)
        items = "".join(f"<li>{line}</li>" for line in self.will_hold)
        listing = QLabel(f"<ul>{items}</ul>")
        listing.setWordWrap(True)
        listing.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(listing)
        layout.addStretch(1)

    def state(self) -> StepState:
        return StepState.LATER


def upcoming(
    key: str, number: int, title: str, prompt: str, icon_name: str, will_hold: tuple[str, ...]
) -> type[UpcomingPage]:
    """Make the page class of a step that a later version fills in."""
    return type(
        f"{key.title()}Page",
        (UpcomingPage,),
        {
            "key": key,
            "number": number,
            "title": title,
            "prompt": prompt,
            "icon_name": icon_name,
            "will_hold": will_hold,
        },
    )
