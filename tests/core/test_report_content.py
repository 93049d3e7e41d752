"""The report's HTML, without Qt: the seed's sections, every decision with its priority, user text escaped."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from planner_gui.core.colors import PRIORITY_COLORS
from planner_gui.core.context import SECTIONS
from planner_gui.core.document import PlanDocument
from planner_gui.core.sample import sample_data, write_sample
from planner_gui.core.strategies import COUNTRIES, STRATEGIES, TARGETS
from planner_gui.core.walkthrough import OUTCOMES, RECOMMENDATIONS, STAKEHOLDERS
from planner_gui.report.content import report_html, report_sections, short_name

TODAY = date(2014, 10, 15)
NASTY = "<script>alert('x')</script> & Sons"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PlanDocument]:
    doc = write_sample(tmp_path_factory.mktemp("report") / "sample.retreat")
    yield doc
    doc.close()


@pytest.fixture(scope="module")
def sample_html(sample: PlanDocument) -> str:
    return report_html(sample, today=TODAY)


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[PlanDocument]:
    doc = PlanDocument.create(tmp_path / "empty.retreat")
    yield doc
    doc.close()


def plain(markup: str) -> str:
    """The text a reader sees: tags dropped, entities decoded, spaces collapsed."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", markup)).replace("\xa0", " ")
    return " ".join(text.split())


def section(markup: str, title: str) -> str:
    """The part of the report under the section heading that starts with ``title``, up to the next one."""
    start = re.search(rf"<h2[^>]*>{re.escape(html.escape(title))}", markup)
    assert start, f"no section {title!r}"
    end = markup.find("<h2", start.end())
    return markup[start.start() : end if end >= 0 else len(markup)]


def rows_of(markup: str) -> list[str]:
    return re.findall(r"<tr>(.*?)</tr>", markup, flags=re.S)


def row_for(markup: str, number: str, after: str = "") -> str:
    """The table row of ``Obj. number`` (in the part of the report after the text ``after``)."""
    part = markup[markup.index(after) :] if after else markup
    found = [r for r in rows_of(part) if f"Obj.&#160;{number}</td>" in r]
    assert found, f"no row for Obj. {number}"
    return found[0]


def test_the_sections_are_the_seeds_in_its_order(sample: PlanDocument, sample_html: str) -> None:
    titles = report_sections(sample)
    assert titles == [
        "Our vision",
        "Our mission and values",
        "1. The review process",
        "2. ICBL-CMC’s contribution to outcomes",
        "3. Updating the context analysis",
        "4. Revised strategic goals and objectives",
        "5. Strategies for the revised objectives",
    ]
    headings = [plain(h) for h in re.findall(r"<h2[^>]*>(.*?)</h2>", sample_html)]
    assert headings == titles
    # The contents list them all, in the same order, before the first section.
    contents = sample_html[sample_html.index(">Contents<") : sample_html.index("<h2")]
    assert [plain(c) for c in re.findall(r'<td width="88%">(.*?)</td>', contents)] == titles


def test_the_contents_show_the_page_numbers_given(sample: PlanDocument) -> None:
    pages = [3, 3, 4, 6, 7, 9, 11]
    markup = report_html(sample, today=TODAY, pages=pages)
    contents = markup[markup.index(">Contents<") : markup.index("<h2")]
    assert [plain(r).rsplit(" ", 1)[1] for r in rows_of(contents)] == [str(p) for p in pages]


def test_the_cover_and_the_vision_mission_and_values(sample_html: str) -> None:
    data = sample_data()["plan"]
    text = plain(sample_html)
    assert "Strategic Plan 2012–2015" in text
    assert "Summary of the strategic plan review, 15 October 2014" in text
    assert "6 High 3 Medium 3 Low 4 Dropped" in text  # the cover's count of decisions
    assert plain(html.escape(data["vision"])) in text
    for paragraph in data["mission"].split("\n\n"):
        assert plain(html.escape(paragraph)) in text
    values = sample_html[sample_html.index("<h3>Values</h3>") :]
    for value in data["values"].splitlines():
        assert f"<li>{html.escape(value)}</li>" in values  # each value a point of its own


def test_every_objective_is_shown_with_its_decided_priority_as_text_and_colour(
    sample: PlanDocument, sample_html: str
) -> None:
    goals = section(sample_html, "4. Revised")
    decided = {o.number: o.priority for o in sample.structure.objectives()}
    assert len(decided) == 16 and None not in decided.values()
    for number, priority in decided.items():
        if priority == "dropped":
            continue
        row = row_for(goals, number, "Revised strategic priorities")
        assert f'bgcolor="{PRIORITY_COLORS[priority]}"' in row
        assert f">{priority.capitalize()}</td>" in row, f"Obj. {number} should read {priority}"
    assert plain(row_for(goals, "8")).startswith("Obj. 8 Every affected State Party")
    assert "High" in plain(row_for(goals, "10")) and "Medium" in plain(row_for(goals, "9"))
    assert "Low" in plain(row_for(goals, "16"))
    # At a glance: each tier with its objectives, as the seed lists them.
    text = plain(goals)
    assert "High (6) Medium (3) Low (3) Dropped (4)" in text
    assert "Obj. 1, 2, 8, 10, 13 and 15 Obj. 3, 5 and 9 Obj. 4, 6 and 16 Obj. 7, 11, 12 and 14" in text


def test_the_dropped_objectives_say_why_and_point_at_the_objective_they_went_into(sample_html: str) -> None:
    goals = section(sample_html, "4. Revised")
    dropped = goals[goals.index("Objectives dropped from the plan") :]
    reasons = {
        "7": ("Other reason", "Moratoriums drew little attention"),
        "11": ("Indicator of Obj. 8", "Completing Article 5 obligations is what objective 8 measures"),
        "12": ("Indicator of Obj. 8", "Completing Article 4 obligations"),
        "14": ("Outside our influence", "How states budget for victim assistance"),
    }
    for number, (kind, rationale) in reasons.items():
        row = plain(row_for(dropped, number))
        assert kind in row and rationale in row, row
    assert 'class="struck"' in row_for(dropped, "11")  # struck through, as the window shows a dropped one
    kept = goals[goals.index("Revised strategic priorities") : goals.index("Objectives dropped")]
    assert all(f"Obj.&#160;{n}</td>" not in kept for n in reasons)


def test_the_folded_goal_is_shown_with_its_note(sample_html: str) -> None:
    folded = plain(sample_html[sample_html.index("Goals folded into the others") :])
    assert folded.startswith("Goals folded into the others Goal 4 The campaign is the authoritative")
    assert "Its work is folded into how the other three goals are pursued" in folded
    assert "Goal 4" not in plain(sample_html[sample_html.index("Revised strategic priorities") :])


def test_achievements_are_grouped_by_contribution_with_their_objectives(sample_html: str) -> None:
    part = plain(section(sample_html, "2. ICBL-CMC’s contribution"))
    strong, some = part.index("Strong added value ■ 7 outcomes"), part.index("Some added value ■ 2 outcomes")
    assert strong < part.index("Stockpiles destroyed.") < some < part.index("Money for clearance kept up.")
    assert "(Obj. 8, 11 and 12)" in part
    assert "Limited added value" not in part  # no empty group
    assert "No outcome recorded yet for Obj. 6, 7 and 16." in part


def test_the_review_process_lists_the_retreat_and_each_recommendation_with_its_response(sample_html: str) -> None:
    part = section(sample_html, "1. The review process")
    text = plain(part)
    assert "8 people took part." in text and "Elena Rossi Director (staff) Took part without a vote" in text
    assert "The retreat ran over 3 days" in text and "11:00 Ranking the objectives" in text
    review = part[part.index("The external review and the response") :]
    assert [plain(r).split(" ")[0] for r in rows_of(review)] == ["#", "1", "2", "3", "4", "5"]
    assert "Partly accepted Task groups bring members" in text
    assert "Pending The review's work will be the starting point" in text


def test_the_context_analysis_keeps_points_under_their_sections_and_lists_the_stakeholders(
    sample_html: str,
) -> None:
    part = section(sample_html, "3. Updating the context")
    titles = [plain(t) for t in re.findall(r"<h3>(.*?)</h3>", part)]
    assert titles == [
        "Challenges remaining",
        "Mandate",
        "Comparative advantage / added value",
        "Capacities",
        "Challenges",
        "Key stakeholders",
    ]
    less_money = part[part.index("Less money") :]
    assert less_money.index("<ul><li>Funding from all donor sources keeps falling.") < less_money.index("</li>")
    assert "Top priority for the rest of the plan" in plain(part)  # a section's notes
    stakeholders = part[part.index("<h3>Key stakeholders</h3>") :]
    assert "The review reaffirmed the need" in plain(stakeholders)
    assert len(rows_of(stakeholders)) == 1 + 7
    assert "Mine action operators NGO Clear land" in plain(stakeholders)


def test_the_strategies_show_objectives_approach_actions_by_kind_targets_and_carriers(
    sample: PlanDocument,
) -> None:
    strategy = sample.strategies.strategies()[1]
    sample.lists.insert_row(COUNTRIES, {"strategy_id": strategy.id, "country": "Syria", "plan": "Press allies"})
    try:
        part = report_html(sample, today=TODAY)
    finally:
        sample.lists.delete_row(COUNTRIES, sample.lists.rows(COUNTRIES)[0].id)
    part = section(part, "5. Strategies")
    names = [plain(t) for t in re.findall(r"<h3>(.*?)</h3>", part)]
    assert names == [s.name for s in sample.strategies.strategies()]
    text = plain(part)
    assert "Serves Obj. 8 Every affected State Party" in text and "much contamination remains High" in text
    assert "Carried by Universalisation task group Campaign staff, Governance Board members" in text
    stop_use = text[text.index("Stop any new use") : text.index("Clearance plans country by country")]
    reactive, proactive = stop_use.index("Reactive action"), stop_use.index("Proactive action")
    assert reactive < stop_use.index("Research to confirm reported cases of use (lead: Monitor)") < proactive
    assert "Priority countries Country Its plan Where it stands Syria Press allies Not started" in stop_use
    assert "New States Parties (ratifications and accessions) by the first Review Conference 25 States" in text
    assert "September 2015" in text and "December 2014" in text
    assert "Status Draft, still being worked on" in text


def test_user_text_is_escaped_everywhere(empty: PlanDocument) -> None:
    doc = empty
    for field in ("title", "organisation", "vision", "mission", "values"):
        doc.structure.set_plan_field(field, NASTY)
    goal = doc.structure.add_goal("1", NASTY)
    objective = doc.structure.add_objective(goal, "1", NASTY, NASTY)
    doc.ranking.set_decision(objective, priority="high", rationale=NASTY)
    doc.lists.insert_row(OUTCOMES, {"title": NASTY, "evidence": NASTY})
    doc.lists.insert_row(RECOMMENDATIONS, {"text": NASTY, "response": NASTY})
    doc.lists.insert_row(STAKEHOLDERS, {"name": NASTY, "role": NASTY, "needs": NASTY})
    section = doc.lists.insert_row(SECTIONS, {"title": NASTY, "notes": NASTY})
    doc.context.add_context_point(section, {"text": NASTY, "items": [NASTY]})
    strategy = doc.strategies.add_strategy(NASTY, [objective])
    doc.lists.update_row(STRATEGIES, strategy, approach=NASTY, carried_by=NASTY, carriers=NASTY)
    doc.strategies.add_action(strategy, "reactive", NASTY, NASTY)
    doc.lists.insert_row(TARGETS, {"strategy_id": strategy, "what": NASTY, "measure": NASTY})
    doc.lists.insert_row(COUNTRIES, {"strategy_id": strategy, "country": NASTY, "plan": NASTY})
    doc.ranking.add_member(NASTY, NASTY)

    markup = report_html(doc, today=TODAY)
    assert "<script>" not in markup and "& Sons" not in markup
    assert markup.count("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; Sons") >= 25
    assert plain(markup).count(NASTY) >= 25


def test_an_empty_plan_says_briefly_that_there_is_nothing_yet(empty: PlanDocument) -> None:
    markup = report_html(empty, today=TODAY)
    text = plain(markup)
    for line in (
        "No vision statement recorded yet.",
        "No mission or values recorded yet.",
        "No participants or agenda recorded yet.",
        "No recommendations of an external review recorded.",
        "No achievements recorded yet.",
        "No context analysis recorded yet.",
        "No goals or objectives in the plan yet.",
        "No strategies drafted yet.",
    ):
        assert line in text
    assert "<h3>" not in markup.replace("<h3>The retreat</h3>", "").replace(
        "<h3>The external review and the response</h3>", ""
    )
    assert '<table class="grid"' not in markup  # no empty tables
    assert report_sections(empty)[3] == "2. Our contribution to outcomes"


def test_undecided_objectives_say_so(empty: PlanDocument) -> None:
    goal = empty.structure.add_goal("A", "Goal A")
    empty.structure.add_objective(goal, "A.1", "Still open")
    text = plain(report_html(empty, today=TODAY))
    assert "Obj. A.1 Still open Not decided" in text
    assert "Not decided (1)" in text


@pytest.mark.parametrize(
    ("organisation", "name"),
    [
        ("International Campaign to Ban Landmines – Cluster Munition Coalition (ICBL-CMC)", "ICBL-CMC"),
        ("Friends of the Earth", "Friends of the Earth"),
        ("A very long organisation name without any acronym at all", ""),
        ("", ""),
    ],
)
def test_the_organisation_is_called_by_its_short_name(organisation: str, name: str) -> None:
    assert short_name(organisation) == name


def test_building_the_report_loads_no_qt(sample_plan: Path) -> None:
    code = """
import json, sys
from datetime import date
from planner_gui.core.document import PlanDocument
from planner_gui.report.content import report_html
doc = PlanDocument.open_snapshot(sys.argv[1])
size = len(report_html(doc, today=date(2014, 10, 15)))
print(json.dumps({"size": size, "qt": [m for m in sys.modules if m.startswith(("PySide6", "shiboken6"))]}))
"""
    result = subprocess.run([sys.executable, "-c", code, str(sample_plan)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["size"] > 20_000
    assert report["qt"] == []


def test_the_room_s_picture_waits_for_the_results_to_be_revealed(sample_plan: Path) -> None:
    """The summary is previewed on the laptop, perhaps on the projector: hidden results draw no votes in it."""
    doc = PlanDocument.open(sample_plan)
    try:
        assert not doc.plan.results_revealed
        hidden = report_html(doc, today=TODAY)
        assert "The results are hidden: reveal them (Ranking, Results tab)" in plain(hidden)
        assert "chart:" not in hidden
        doc.ranking.set_ranking_options(results_revealed=True)
        shown = report_html(doc, today=TODAY)
        assert 'src="chart:bars:0"' in shown and 'src="chart:scatter"' in shown
    finally:
        doc.close()
