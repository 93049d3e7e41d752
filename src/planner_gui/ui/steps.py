"""The retreat's seven steps: their names and what the room does at each.

The window lists the steps (sidebar, Alt+1…7, Back and Next) from this table
alone; ``step_pages.py`` says which page each step has, and the window builds a
page only when it is first shown, so starting the program loads none of the
pages and opening a plan fills only the one on screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class Step:
    key: str
    number: int
    title_source: str  # in English, as written below; ``title`` says it in the window's language
    prompt_source: str  # one or two lines: what the room does at this step

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Steps", self.title_source)

    @property
    def prompt(self) -> str:
        return QCoreApplication.translate("Steps", self.prompt_source)

    @property
    def icon_name(self) -> str:
        return f"step-{self.key}"


STEPS: tuple[Step, ...] = (
    Step(
        "plan",
        1,
        str(QT_TRANSLATE_NOOP("Steps", "Plan")),
        str(
            QT_TRANSLATE_NOOP(
                "Steps",
                "Check the plan as it stood before the review: its vision, mission and values, "
                "and every goal and objective with the number it has always had.",
            )
        ),
    ),
    Step(
        "achievements",
        2,
        str(QT_TRANSLATE_NOOP("Steps", "Achievements")),
        str(
            QT_TRANSLATE_NOOP(
                "Steps",
                "Look back at what was achieved since the plan began, and agree how much the "
                "organisation contributed to each outcome.",
            )
        ),
    ),
    Step(
        "review",
        3,
        str(QT_TRANSLATE_NOOP("Steps", "Review")),
        str(
            QT_TRANSLATE_NOOP(
                "Steps",
                "Go through the external review's recommendations and agree the response to each.",
            )
        ),
    ),
    Step(
        "context",
        4,
        str(QT_TRANSLATE_NOOP("Steps", "Context")),
        str(
            QT_TRANSLATE_NOOP(
                "Steps",
                "Update the context analysis: what has changed around the organisation and inside it, "
                "and who it works with.",
            )
        ),
    ),
    Step(
        "ranking",
        5,
        str(QT_TRANSLATE_NOOP("Steps", "Ranking")),
        str(
            QT_TRANSLATE_NOOP(
                "Steps",
                "Every board member ranks every objective high, medium, low or dropped; "
                "the room looks at the spread, discusses the contested ones, and the board decides.",
            )
        ),
    ),
    Step(
        "strategies",
        6,
        str(QT_TRANSLATE_NOOP("Steps", "Strategies")),
        str(
            QT_TRANSLATE_NOOP(
                "Steps",
                "Draft how each high-priority objective will be reached: the approach, actions, targets and countries.",
            )
        ),
    ),
    Step(
        "export",
        7,
        str(QT_TRANSLATE_NOOP("Steps", "Export")),
        str(
            QT_TRANSLATE_NOOP(
                "Steps",
                "Send the revised plan out: a workbook to circulate and a printable summary shaped like the plan.",
            )
        ),
    ),
)
STEP_BY_KEY = {step.key: step for step in STEPS}
