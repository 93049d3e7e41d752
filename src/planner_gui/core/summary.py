"""The one-screen summary that ``planner-gui check`` prints."""

from __future__ import annotations

from planner_gui.core.context import POINTS
from planner_gui.core.document import PlanDocument
from planner_gui.core.model_review import STEP_KEYS
from planner_gui.core.walkthrough import RECOMMENDATIONS, STAKEHOLDERS


def summary_lines(doc: PlanDocument) -> list[tuple[str, str]]:
    plan = doc.plan
    counts = doc.structure.counts()
    goals = counts["goals"]
    folded = counts["folded goals"]
    contributions = doc.walkthrough.contribution_counts()
    sections = doc.context.sections()
    points = sum(doc.lists.count_rows(POINTS, section_id=s.id) for s in sections)
    sessions = doc.agenda.sessions()
    done = [key for key in STEP_KEYS if doc.walkthrough.step_progress(key).done]
    statuses: dict[str, int] = {}
    for recommendation in doc.lists.rows(RECOMMENDATIONS):
        statuses[recommendation.status] = statuses.get(recommendation.status, 0) + 1
    days = len({s.day for s in sessions})
    voters = doc.ranking.members(voting_only=True)
    voted = doc.ranking.voted()
    decided = doc.ranking.decision_counts()
    undecided = decided.pop("undecided")
    return [
        ("Plan", plan.title or "(untitled)"),
        ("Organisation", plan.organisation or "(not set)"),
        ("Period", plan.period or "(not set)"),
        ("Goals", f"{goals} ({goals - folded} active, {folded} folded)" if folded else str(goals)),
        ("Objectives", str(counts["objectives"])),
        ("Achievements", _with_breakdown(sum(contributions.values()), contributions)),
        ("Recommendations", _with_breakdown(sum(statuses.values()), statuses)),
        ("Context", f"{len(sections)} sections, {points} points, {doc.lists.count_rows(STAKEHOLDERS)} stakeholders"),
        ("Agenda", f"{len(sessions)} sessions over {days} {'day' if days == 1 else 'days'}"),
        (
            "Members",
            f"{len(doc.ranking.members())} ({len(voters)} voting, {len(voted & {m.id for m in voters})} have voted)",
        ),
        (
            "Decisions",
            _with_breakdown(sum(decided.values()), decided) + (f", {undecided} undecided" if undecided else ""),
        ),
        ("Strategies", _strategies_line(doc)),
        ("Steps done", ", ".join(done) if done else "none yet"),
    ]


def _with_breakdown(total: int, parts: dict[str, int]) -> str:
    shown = ", ".join(f"{count} {name}" for name, count in parts.items() if count)
    return f"{total} ({shown})" if shown else str(total)


def _strategies_line(doc: PlanDocument) -> str:
    strategies = doc.strategies.strategies()
    agreed = sum(1 for s in strategies if s.status == "agreed")
    coverage = doc.strategies.coverage()
    line = f"{len(strategies)} ({agreed} agreed)" if strategies else "0"
    if coverage.high_without:
        line += f"; no strategy yet for high Obj. {', '.join(o.number for o in coverage.high_without)}"
    return line
