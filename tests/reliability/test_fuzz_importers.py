"""Both workbook importers, fuzzed with hypothesis for a bounded number of generated workbooks.

Plan workbooks are generated sheet by sheet: the sheets a plan has (and others),
headers known and unknown in any order and case, and cells drawn from the
words the importer looks for (numbers of goals and objectives, priorities,
statuses) mixed with any text, numbers, booleans and errors. Ballots are real
ballots with their table rewritten. Whatever the workbook, the importer either
makes a sound plan (records the ballot) or refuses it with the program's own
message: never another exception, never a plan file half made, never a
change to the workbook.

Examples are derandomized (the same every run) and not shrunk, so the time is bounded.
"""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import pytest
from hostile_workbooks import Cell, Raw, sheet_xml, xlsx
from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st
from reliability_tools import folder_bytes

from planner_gui.core.document import PlanDocument
from planner_gui.exchange.ballots import HEADERS, ID_SHEET, SHEET, BallotFileError, import_ballots, write_ballots
from planner_gui.exchange.plan_import import import_plan
from planner_gui.exchange.plan_sheets import CAP_FIELD, PLAN_FIELDS, SPECS, VOTES_FIELD
from planner_gui.exchange.plan_workbook import write_plan_workbook
from planner_gui.exchange.safe_workbook import WorkbookRefused
from planner_gui.exchange.sheet_reader import PlanWorkbookError

BOUNDED = settings(
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

NUMBERS = ["1", "2", "3", "10", "1.10", "A", "Obj. 1", "1, 2", "2 and 3", " 1 ", "99"]
WORDS = [
    *("High", "medium", " LOW ", "drop", "Dropped", "Urgent", "Active", "Folded", "agreed", "draft"),
    *("pending", "accepted", "partly accepted", "donor", "state", "UN agency", "other", "strong", "none"),
    *("reactive", "proactive", "not started", "under way", "done", "yes", "no", "by name", "anonymously"),
    *("2015", "2015-09", "2015-09-30", "next year", "Ana", "Ben", "Zoe", "outside our influence", "achieved"),
    *(label for label, _ in PLAN_FIELDS),
    *(CAP_FIELD, VOTES_FIELD, "Show of hands: High"),
]
XML_TEXT = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff") | st.sampled_from(
    "\t\n=+-@&<>\"'"
)


def cells() -> st.SearchStrategy[Cell]:
    return st.one_of(
        st.none(),
        st.sampled_from(NUMBERS + WORDS),
        st.text(XML_TEXT, max_size=40),
        st.integers(-5, 200),
        st.floats(allow_nan=False, allow_infinity=False),  # <v>inf</v>: see the damaged sheets' test
        st.sampled_from(
            [
                Raw('t="b"', "<v>1</v>"),
                Raw('t="e"', "<v>#REF!</v>"),
                Raw('t="str"', "<f>1+1</f><v>High</v>"),
                Raw("", "<f>NOW()</f>"),
                Raw('s="0"', "<v>42000</v>"),
            ]
        ),
    )


@st.composite
def sheets(draw: st.DrawFn) -> dict[str, str]:
    """A plan workbook's sheets: usually Plan, Goals and Objectives, sometimes others, as XML."""
    names = ["Plan", "Goals", "Objectives"]
    names = [n for n in names if draw(st.integers(0, 9))] + draw(
        st.lists(st.sampled_from([*SPECS, "Continued", "Budget"]), max_size=4, unique=True)
    )
    found: dict[str, str] = {}
    for name in dict.fromkeys(names):
        known = list(SPECS[name].headers) if name in SPECS else ["Sheet", "Cell", "Part", "Text"]
        header = draw(st.permutations(known))[: draw(st.integers(1, len(known)))]
        header = [draw(st.sampled_from([h, h.upper(), f" {h.lower()} "])) for h in header]
        header += draw(st.lists(st.sampled_from(["Ana", "Ben", "Notes", ""]), max_size=2))
        rows = draw(st.lists(st.lists(cells(), max_size=len(header) + 1), max_size=8))
        title = draw(st.sampled_from([name, name.lower(), name.upper()]))
        found[title] = sheet_xml([header, *rows])
    return found


@st.composite
def plan_like(draw: st.DrawFn) -> dict[str, str]:
    """A workbook close to a real plan (so most become plans), with some cells swapped for anything at all."""

    def cell(value: Cell) -> Cell:
        return draw(cells()) if draw(st.integers(0, 40)) == 0 else value

    goals = draw(st.lists(st.sampled_from(["1", "2", "A", "10", "1.10"]), min_size=1, max_size=4, unique=True))
    numbers = [str(n) for n in range(1, draw(st.integers(0, 8)) + 1)]
    any_priority = st.sampled_from(["High", "medium", "LOW", "drop", "Dropped", None] * 4 + ["Urgent"])
    reasons = st.sampled_from([None] * 12 + ["outside our influence", "achieved", "Too hard"])
    related = st.sampled_from([*[None] * 12, *numbers, "99"])
    objectives = [
        [
            *(cell(draw(st.sampled_from(goals))), cell(n), cell(draw(st.text(XML_TEXT, max_size=20)))),
            *(cell(draw(any_priority)), cell(draw(reasons)), cell(draw(related))),
        ]
        for n in numbers
    ]
    members = draw(st.lists(st.sampled_from(["Ana", "Ben", "Chen"]), max_size=3, unique=True))
    votes = [[n, "", *(cell(draw(any_priority)) for _ in members)] for n in numbers]
    status = draw(st.sampled_from(["agreed", "Draft"]))
    strategies = [[cell(1), cell("Reach out"), cell(", ".join(numbers[:2])), cell(status)]] if numbers else []
    return {
        "Plan": sheet_xml([["Field", "Value"], ["Title", cell("Fuzzed")], [cell(VOTES_FIELD), cell("by name")]]),
        "Goals": sheet_xml([["Number", "Title", "Status"], *([g, cell(f"Goal {g}"), cell("Active")] for g in goals)]),
        "Objectives": sheet_xml(
            [["Goal", "Number", "Objective", "Priority", "Drop reason", "Related objective"], *objectives]
        ),
        "Members": sheet_xml([["Name", "Votes"], *([m, cell("yes")] for m in members)]),
        "Votes": sheet_xml([["Number", "Objective", *members], *votes]),
        "Strategies": sheet_xml([list(SPECS["Strategies"].headers[:4]), *strategies]),
    }


@settings(BOUNDED, max_examples=120)
@given(generated=st.one_of(sheets(), plan_like()))
def test_any_generated_plan_workbook_becomes_a_sound_plan_or_is_refused_with_a_message(
    tmp_path_factory: pytest.TempPathFactory, generated: dict[str, str]
) -> None:
    folder = tmp_path_factory.mktemp("plan")
    source = xlsx(folder / "plan.xlsx", generated) if generated else folder / "plan.xlsx"
    if not generated:
        source.write_bytes(b"")
    before = folder_bytes(folder)
    target = folder / "new.retreat"
    try:
        doc = import_plan(target, source)
    except (PlanWorkbookError, WorkbookRefused) as error:
        event(f"refused: {type(error).__name__}")
        assert str(error).startswith("plan.xlsx ")
        assert folder_bytes(folder) == before  # nothing made, nothing left, the workbook as it was
        return
    event("made a plan")
    try:
        assert doc.integrity_problems() == []
        objectives = doc.structure.objectives()
        assert len({o.number for o in objectives}) == len(objectives)
        write_plan_workbook(doc, folder / "again.xlsx")  # what came in goes out again
    finally:
        doc.close()
    assert sorted(p.name for p in folder.iterdir()) == ["again.xlsx", "new.retreat", "plan.xlsx"]


# ------------------------------------------------------------------ ballots


@pytest.fixture(scope="module")
def ballot_plan(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A small plan (objectives 1, 2, 10; members Ana, Ben, who votes not) and Ana's ballot, unfilled."""
    folder = tmp_path_factory.mktemp("ballot-plan")
    doc = PlanDocument.create(folder / "plan.retreat", title="Fuzzed")
    try:
        goal = doc.structure.add_goal("1")
        for number in ("1", "2", "10"):
            doc.structure.add_objective(goal, number, f"Objective {number}")
        doc.ranking.add_member("Ana")
        doc.ranking.add_member("Ben", votes=False)
        [ballot] = write_ballots(doc, folder, ["Ana"])
    finally:
        doc.close()
    return folder / "plan.retreat", ballot


@st.composite
def ballot_rows(draw: st.DrawFn) -> list[list[Cell]]:
    member = draw(st.sampled_from(["Ana", "ana ", "Ben", "Zoe", None, 7]))
    header = list(HEADERS) if draw(st.integers(0, 5)) else draw(st.permutations(HEADERS))
    numbers = st.sampled_from(["1", "2", "10", 10, 10.0, "3", "", None, "1"])
    priorities = st.sampled_from(["High", "high", "Drop", "Medium", "Low", None, "", "Urgent", 1]) | cells()
    table = draw(st.lists(st.tuples(numbers, cells(), priorities, cells()).map(list), max_size=6))
    return [["Ballot: Fuzzed"], ["Member", member], ["Fill in the Priority column"], [], [], header, *table]


@settings(BOUNDED, max_examples=80)
@given(rows=ballot_rows(), same_plan=st.booleans())
def test_any_generated_ballot_is_recorded_whole_or_rejected_with_a_message(
    ballot_plan: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory, rows: list[list[Cell]], same_plan: bool
) -> None:
    plan, written = ballot_plan
    folder = tmp_path_factory.mktemp("ballot")
    with zipfile.ZipFile(written) as archive:
        identity = archive.read("xl/worksheets/sheet2.xml").decode()
    if not same_plan:
        identity = identity.replace("<t>Fuzzed</t>", "<t>Another plan</t>").replace("<t>", "<t>x", 2)
    source = xlsx(folder / "ballot.xlsx", {SHEET: sheet_xml(rows), ID_SHEET: identity}, states={ID_SHEET: "hidden"})
    work = folder / "plan.retreat"
    work.write_bytes(plan.read_bytes())
    before = source.read_bytes()
    doc = PlanDocument.open(work)
    try:
        report = import_ballots(doc, [source])
        assert len(report.imported) + len(report.rejected) == 1
        for error in report.rejected:
            assert isinstance(error, BallotFileError) and str(error).startswith("ballot.xlsx: ")
        ballot = doc.ranking.ballot(doc.ranking.find_member("Ana").id)  # type: ignore[union-attr]
        assert (ballot is not None) == bool(report.imported)
        assert doc.integrity_problems() == []
    finally:
        doc.close()
    assert source.read_bytes() == before


# ------------------------------------------------------------------ bytes


@settings(BOUNDED, max_examples=40)
@given(cut=st.floats(0.05, 0.95), junk=st.binary(max_size=8), seed=st.integers(0, 2**16))
def test_a_plan_workbook_whose_sheet_xml_is_damaged_anywhere_is_refused_with_a_message(
    tmp_path_factory: pytest.TempPathFactory, cut: float, junk: bytes, seed: int
) -> None:
    folder = tmp_path_factory.mktemp("bytes")
    rows: list[list[Cell]] = [["1", str(n), f"Objective {n} " * 5, "High"] for n in range(1, 400)]
    good = xlsx(
        folder / "good.xlsx",
        {
            "Plan": sheet_xml([["Field", "Value"], ["Title", "T"]]),
            "Goals": sheet_xml([["Number"], ["1"]]),
            "Objectives": sheet_xml([["Goal", "Number", "Objective", "Priority"], *rows]),
        },
    )
    with zipfile.ZipFile(good) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts["xl/worksheets/sheet3.xml"]
    at = int(len(xml) * cut)
    parts["xl/worksheets/sheet3.xml"] = xml[:at] + junk + xml[at + random.Random(seed).randint(0, 64) :]
    bad = folder / "plan.xlsx"
    with zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    try:
        import_plan(folder / "new.retreat", bad).close()
    except (PlanWorkbookError, WorkbookRefused) as error:
        assert str(error).startswith("plan.xlsx ")
    assert not (folder / "new.retreat").exists() or PlanDocument.open(folder / "new.retreat").close() is None
