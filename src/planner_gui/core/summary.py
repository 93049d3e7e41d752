"""The one-screen summary that ``planner-gui check`` prints."""

from __future__ import annotations

from planner_gui.core.document import PlanDocument


def summary_lines(doc: PlanDocument) -> list[tuple[str, str]]:
    plan = doc.plan
    counts = doc.counts()
    goals = counts["goals"]
    folded = counts["folded goals"]
    lines = [
        ("Plan", plan.title or "(untitled)"),
        ("Organisation", plan.organisation or "(not set)"),
        ("Period", plan.period or "(not set)"),
        ("Goals", f"{goals} ({goals - folded} active, {folded} folded)" if folded else str(goals)),
        ("Objectives", str(counts["objectives"])),
    ]
    return lines
