"""The one-screen summary that ``planner-gui check`` prints."""

from __future__ import annotations

from planner_gui.core.context import POINTS
from planner_gui.core.document import PlanDocument
from planner_gui.core.model_review import STEP_KEYS
from planner_gui.core.walkthrough import RECOMMENDATIONS, STAKEHOLDERS
from planner_gui.core.words import CONTRIBUTION_WORDS, PRIORITY_WORDS, RESPONSE_WORDS, Vocabulary, word
from planner_gui.i18n import LANGUAGES, N_, _, ngettext

# The retreat's steps as ``check`` names them.
STEP_NAMES = {
    "plan": N_("plan"),
    "achievements": N_("achievements"),
    "review": N_("review"),
    "context": N_("context"),
    "ranking": N_("ranking"),
    "strategies": N_("strategies"),
    "export": N_("export"),
}


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
    members = len(doc.ranking.members())
    have_voted = len(voted & {m.id for m in voters})
    return [
        (_("Plan"), plan.title or _("(untitled)")),
        (_("Organisation"), plan.organisation or _("(not set)")),
        (_("Period"), plan.period or _("(not set)")),
        (
            _("Goals"),
            _("{goals} ({active} active, {folded} folded)").format(goals=goals, active=goals - folded, folded=folded)
            if folded
            else str(goals),
        ),
        (_("Objectives"), str(counts["objectives"])),
        (_("Achievements"), _with_breakdown(sum(contributions.values()), contributions, CONTRIBUTION_WORDS)),
        (_("Recommendations"), _with_breakdown(sum(statuses.values()), statuses, RESPONSE_WORDS)),
        (
            _("Context"),
            _("{sections} sections, {points} points, {stakeholders} stakeholders").format(
                sections=len(sections), points=points, stakeholders=doc.lists.count_rows(STAKEHOLDERS)
            ),
        ),
        (
            _("Agenda"),
            ngettext("{sessions} sessions over {days} day", "{sessions} sessions over {days} days", days).format(
                sessions=len(sessions), days=days
            ),
        ),
        (
            _("Members"),
            _("{members} ({voting} voting, {voted} have voted)").format(
                members=members, voting=len(voters), voted=have_voted
            ),
        ),
        (
            _("Decisions"),
            _with_breakdown(sum(decided.values()), decided, PRIORITY_WORDS)
            + (_(", {undecided} undecided").format(undecided=undecided) if undecided else ""),
        ),
        (_("Strategies"), _strategies_line(doc)),
        (_("Steps done"), ", ".join(_(STEP_NAMES[key]) for key in done) if done else _("none yet")),
        (_("Language"), LANGUAGES.get(plan.language, plan.language)),
    ]


def _with_breakdown(total: int, parts: dict[str, int], vocabulary: Vocabulary) -> str:
    shown = ", ".join(f"{count} {word(vocabulary, name).lower()}" for name, count in parts.items() if count)
    return f"{total} ({shown})" if shown else str(total)


def _strategies_line(doc: PlanDocument) -> str:
    strategies = doc.strategies.strategies()
    agreed = sum(1 for s in strategies if s.status == "agreed")
    coverage = doc.strategies.coverage()
    line = _("{strategies} ({agreed} agreed)").format(strategies=len(strategies), agreed=agreed) if strategies else "0"
    if coverage.high_without:
        numbers = ", ".join(o.number for o in coverage.high_without)
        line += _("; no strategy yet for high Obj. {numbers}").format(numbers=numbers)
    return line
