"""Property: any plan exported to a workbook and read back is the same plan.

Generated plans carry what breaks naive exporters: unicode, texts starting
with "=", "-", "+" or "@", texts longer than a cell, numbering like "1.10" and
"A", folded goals, decisions with reasons, ballots, strategies with their parts.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plan_files import round_trip, the_plan
from planner_gui.core.document import PlanDocument
from planner_gui.core.model_ranking import DROP_KINDS
from planner_gui.core.model_review import CONTRIBUTIONS, RESPONSE_STATUSES, STAKEHOLDER_KINDS
from planner_gui.core.model_strategy import COUNTRY_STATUSES
from planner_gui.core.plan_data import fill_from_data
from planner_gui.core.words import fold
from planner_gui.i18n import in_every_language

LETTERS = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
PLAIN = st.text(LETTERS | st.sampled_from("\n\t "), max_size=40)
TEXT = st.one_of(
    PLAIN,
    st.tuples(st.sampled_from(["=", "-", "+", "@", "- ", "=SUM("]), PLAIN).map("".join),
    st.integers(32_700, 40_000).map(lambda n: ("Long paragraph. " * (n // 16 + 1))[:n]),
)
TITLE = TEXT.filter(lambda text: text.strip() != "")  # a goal or objective without a title is refused on import
WORD = st.text(st.characters(categories=("L", "N")), min_size=1, max_size=12)
NUMBER = st.from_regex(r"[1-9][0-9]?(\.[0-9]{1,2}){0,2}|[A-Z]", fullmatch=True)
PRIORITY = st.sampled_from([None, "high", "medium", "low", "dropped"])
VOTES_HEADERS = {fold(w) for h in ("Number", "Objective") for w in in_every_language(h)}


@st.composite
def plans(draw: Any) -> dict[str, Any]:
    numbers = draw(st.lists(NUMBER, min_size=1, max_size=8, unique=True))
    goal_count = draw(st.integers(1, 3))
    goals = [
        {
            "number": f"G{g + 1}",
            "title": draw(TITLE),
            "description": draw(PLAIN),
            "folded": draw(st.booleans()),
            "fold_note": draw(PLAIN),
            "objectives": [],
        }
        for g in range(goal_count)
    ]
    for number in numbers:
        goal = goals[draw(st.integers(0, goal_count - 1))]
        goal["objectives"].append({"number": number, "title": draw(TITLE), "description": draw(PLAIN)})
    decisions = []
    for number in numbers:
        related = draw(st.sampled_from([None, *[n for n in numbers if n != number]]))
        decision = {
            "objective": number,
            "priority": draw(PRIORITY),
            "rationale": draw(TEXT),
            "drop_kind": draw(st.sampled_from([None, *DROP_KINDS])),
        }
        if related:
            decision["related"] = related
        decisions.append(decision)
    names = draw(  # a member's name is no header of the Votes sheet, in any language
        st.lists(WORD, max_size=4, unique_by=str.casefold).filter(lambda ns: not VOTES_HEADERS & {fold(n) for n in ns})
    )
    members = [
        {"name": n, "role": draw(PLAIN), "votes": draw(st.booleans()), "weight": draw(st.sampled_from([1.0, 2.0]))}
        for n in names
    ]
    by_name = draw(st.booleans())
    ballots = [
        {"member": m["name"], "priorities": {n: p for n in numbers if (p := draw(PRIORITY))}}
        for m in members
        if m["votes"]
    ]
    strategies = [
        {
            "name": draw(TEXT),
            "objectives": draw(st.lists(st.sampled_from(numbers), unique=True, max_size=3)),
            "status": draw(st.sampled_from(["draft", "agreed"])),
            "approach": draw(TEXT),
            "carried_by": draw(PLAIN),
            "carriers": draw(PLAIN),
            "actions": [
                {
                    "kind": draw(st.sampled_from(["reactive", "proactive", "other", "advocacy"])),
                    "text": draw(TEXT),
                    "lead": draw(PLAIN),
                }
                for _ in range(draw(st.integers(0, 3)))
            ],
            "targets": [
                {
                    "what": draw(TEXT),
                    "measure": draw(PLAIN),
                    "number": draw(st.none() | st.integers(0, 10**9).map(lambda n: n / 1000)),
                    "due": draw(st.sampled_from(["", "2015", "2015-09", "2015-09-30"])),
                }
                for _ in range(draw(st.integers(0, 2)))
            ],
            "countries": [
                {"country": draw(WORD), "plan": draw(TEXT), "status": draw(st.sampled_from(COUNTRY_STATUSES))}
                for _ in range(draw(st.integers(0, 2)))
            ],
        }
        for _ in range(draw(st.integers(0, 3)))
    ]
    point = TEXT.filter(str.strip)
    sections = [
        {
            "title": title,
            "prompt": draw(PLAIN),
            "notes": draw(TEXT),
            "items": [
                {"text": draw(point), "items": draw(st.lists(point, max_size=2))}
                for _ in range(draw(st.integers(0, 3)))
            ],
        }
        for title in draw(st.lists(WORD, max_size=3, unique=True))
    ]
    return {
        "plan": {field: draw(TEXT) for field in ("organisation", "title", "period", "vision", "mission", "values")},
        "goals": goals,
        "outcomes": [
            {
                "title": draw(TEXT),
                "objectives": draw(st.lists(st.sampled_from(numbers), unique=True, max_size=3)),
                "contribution": draw(st.sampled_from(CONTRIBUTIONS)),
                "evidence": draw(TEXT),
            }
            for _ in range(draw(st.integers(0, 3)))
        ],
        "recommendations": [
            {"text": draw(TEXT), "status": draw(st.sampled_from(RESPONSE_STATUSES)), "response": draw(TEXT)}
            for _ in range(draw(st.integers(0, 2)))
        ],
        "stakeholders": [
            {
                "name": draw(TEXT),
                "kind": draw(st.sampled_from(STAKEHOLDER_KINDS)),
                "role": draw(PLAIN),
                "needs": draw(TEXT),
            }
            for _ in range(draw(st.integers(0, 2)))
        ],
        "context": {"sections": sections},
        "ranking": {
            "members": members,
            "ballots": [b for b in ballots if b["priorities"]],
            "decisions": decisions,
            "high_cap": draw(st.none() | st.integers(1, 9)),
            "votes_by_name": by_name,
        },
        "strategies": strategies,
    }


@pytest.mark.parametrize("language", ["en", "fr", "es"])
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=plans())
def test_any_plan_exported_and_read_back_is_the_same_plan(language: str, data: dict[str, Any]) -> None:
    """In each language of the plan's documents: the workbook is written in it, and read back whole by a person
    speaking English (the tables compared are in English, the person's language)."""
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        doc = PlanDocument.create(
            tmp / "generated.retreat", fill=lambda d: fill_from_data(d, data, baseline="as given"), language=language
        )
        again = round_trip(doc, tmp)
        try:
            assert again.plan.language == language
            assert the_plan(again) == the_plan(doc)
        finally:
            doc.close()
            again.close()


@pytest.mark.parametrize("language", ["fr", "es"])
def test_a_member_named_like_a_header_keeps_their_name_and_ballot(language: str, tmp_path: Path) -> None:
    """Found by the property above: a member called "Approach" (a Strategies header) headed their Votes column as
    "Approche" in French, and the workbook could not be read back. Members named like headers of any sheet, or like
    a priority, keep their own names, and their ballots come back whole, by name."""
    names = ["Approach", "High", "Show of hands: Low"]
    data = {
        "plan": {"title": "Named like headers"},
        "goals": [
            {
                "number": "1",
                "title": "Goal",
                "objectives": [{"number": "1.1", "title": "One"}, {"number": "1.2", "title": "Two"}],
            }
        ],
        "ranking": {
            "members": [{"name": n, "role": "", "votes": True, "weight": 1.0} for n in names],
            "ballots": [
                {"member": "Approach", "priorities": {"1.1": "high", "1.2": "low"}},
                {"member": "High", "priorities": {"1.1": "dropped"}},
                {"member": "Show of hands: Low", "priorities": {"1.2": "medium"}},
            ],
            "votes_by_name": True,
        },
    }
    doc = PlanDocument.create(tmp_path / "named.retreat", fill=lambda d: fill_from_data(d, data), language=language)
    again = round_trip(doc, tmp_path)
    try:
        assert [m.name for m in again.ranking.members()] == names
        votes = {r.objective.number: dict(sorted(r.by_member.items())) for r in again.ranking.results()}
        ids = {m.id: m.name for m in again.ranking.members()}
        named = {number: {ids[i]: p for i, p in by.items()} for number, by in votes.items()}
        assert named == {
            "1.1": {"Approach": "high", "High": "dropped"},
            "1.2": {"Approach": "low", "Show of hands: Low": "medium"},
        }
        assert the_plan(again) == the_plan(doc)
    finally:
        doc.close()
        again.close()
