"""Plans in from a spreadsheet: a filled template, or any workbook this program exported.

The workbook is read whole and checked first; every problem is reported by
sheet, row and column, and nothing is written unless all of it is valid. The
plan is then built through the same filler as the sample (``core.plan_data``)
into a new file, under a temporary name renamed into place.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import InvalidEdit
from planner_gui.core.plan_data import fill_from_data
from planner_gui.core.store import clean_number
from planner_gui.core.tally import parse_priority
from planner_gui.core.words import (
    CONTRIBUTION_WORDS,
    COUNTRY_STATUS_WORDS,
    DROP_KIND_WORDS,
    GOAL_STATE_WORDS,
    RESPONSE_WORDS,
    STAKEHOLDER_WORDS,
    STRATEGY_STATUS_WORDS,
    VOTES_SHOWN_WORDS,
    fold,
)
from planner_gui.exchange.plan_sheets import (
    CAP_FIELD,
    CONTINUED,
    CONTINUED_HEADERS,
    EXPORTED_FIELD,
    HANDS_PREFIX,
    LANGUAGE_FIELD,
    PLAN_FIELDS,
    SPECS,
    VOTE_HEADERS,
    VOTES_FIELD,
)
from planner_gui.exchange.safe_workbook import DAMAGE, SheetMarks, WorkbookRefused, open_workbook, sheet_marks
from planner_gui.exchange.sheet_reader import (
    PlanWorkbookError,
    SheetProblem,
    SheetRows,
    read_sheet,
    title_in_any_language,
    titles_in_any_language,
)
from planner_gui.i18n import LANGUAGES, _, in_every_language

MAX_WORKBOOK_BYTES = 100 * 1024 * 1024
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024


def import_plan(plan_path: Path, source: Path, *, overwrite: bool = False) -> PlanDocument:
    """Build a new plan at ``plan_path`` from the workbook ``source``, and open it."""
    PlanDocument.check_new_path(Path(plan_path), overwrite=overwrite)
    data = read_plan_workbook(source)

    def fill(doc: PlanDocument) -> None:
        try:
            fill_from_data(doc, data, baseline="as given")
        except InvalidEdit as error:  # a rule only the plan itself can check
            raise PlanWorkbookError(Path(source), [SheetProblem(_("Plan"), None, None, str(error), "Plan")]) from None

    # The documents' language: the workbook's own (its Plan sheet says it), else the person's.
    language = data.pop("language", None)
    return PlanDocument.create(Path(plan_path), overwrite=overwrite, fill=fill, language=language)


def read_plan_workbook(source: Path) -> dict[str, Any]:
    """The workbook as plan data (see ``core.plan_data``), or PlanWorkbookError listing every problem."""
    source = Path(source)
    wb = open_workbook(source, max_bytes=MAX_WORKBOOK_BYTES, max_unpacked=MAX_UNPACKED_BYTES, what="plan workbook")
    try:
        reader = _Reader(wb, sheet_marks(source, wb.sheetnames))
        data = reader.read()
    except DAMAGE as error:
        raise WorkbookRefused(
            _("{name} is damaged and can't be read ({error}).").format(name=source.name, error=type(error).__name__)
        ) from None
    finally:
        wb.close()
    if reader.problems:
        order = {name: i for i, name in enumerate(SPECS)}

        def place(p: SheetProblem) -> tuple[int, int, int, str]:
            column = (p.column or "").split(" ")[0]
            return (order.get(p.key, -1), p.row or 0, len(column), column)

        raise PlanWorkbookError(source, sorted(reader.problems, key=place))
    return data


def _numbers(text: str) -> list[str]:
    return [n for n in re.split(r"[,;]\s*|\s+(?:and|et|y)\s+", text) if n.strip()]


class _Reader:
    def __init__(self, wb: Any, marks: dict[str, SheetMarks]) -> None:
        self.wb = wb
        self.marks = marks  # sheet title -> its merged ranges and formulas with no saved value
        self.sheets: dict[str, SheetRows] = {}
        self.problems: list[SheetProblem] = []
        self.objectives: set[str] = set()
        self.continued = self._continued()

    def sheet(self, name: str, *, extra: bool = False, needed: bool = False) -> SheetRows:
        spec = SPECS[name]
        titles = titles_in_any_language(self.wb.sheetnames, name)
        title = titles[0] if titles else None
        if title is None:
            rows = SheetRows(name, {})
            if needed:
                rows.fail(None, None, _("the workbook has no such sheet."))
        elif len(titles) > 1:  # "Members" and "Miembros": reading one would leave the other out without a word
            rows = SheetRows(name, {})
            said = _("the workbook has {count} sheets of this table ({titles}); keep one, with every row in it.")
            rows.fail(None, None, said.format(count=len(titles), titles=", ".join(f"“{t}”" for t in titles)))
        else:
            rows = read_sheet(
                self.wb[title],
                name,
                spec.headers,
                spec.required,
                extra=extra,
                continued=self.continued.get(name),
                marks=self.marks.get(title),
            )
        self.sheets[name] = rows
        return rows

    def _continued(self) -> dict[str, dict[str, list[str]]]:
        title = title_in_any_language(self.wb.sheetnames, CONTINUED)
        found: dict[str, dict[str, list[str]]] = {}
        if title is None:
            return found
        sheet = read_sheet(self.wb[title], CONTINUED, CONTINUED_HEADERS, CONTINUED_HEADERS, marks=self.marks.get(title))
        names = {fold(spelled): name for name in SPECS for spelled in in_every_language(name)}
        keyed = [  # a Part that is not a whole number is a problem, and sorts first
            (sheet.label(row, values, "Sheet"), sheet.label(row, values, "Cell"), part or 0.0, row, values)
            for row, values in sheet
            for part in (sheet.number(row, values, "Part", whole=True),)
        ]
        for *_key, row, values in sorted(keyed, key=lambda k: k[:4]):
            named = sheet.label(row, values, "Sheet")
            parts = found.setdefault(names.get(fold(named), named), {})
            parts.setdefault(sheet.label(row, values, "Cell"), []).append(sheet.text(row, values, "Text"))
        self.problems += sheet.problems  # with those of its Part column
        return found

    def read(self) -> dict[str, Any]:
        data: dict[str, Any] = {"plan": {}, "goals": [], "ranking": {}, "language": None}
        self._plan(data)
        self._goals(data)
        self._members_and_votes(data["ranking"])
        data["strategies"] = self._strategies()
        data["outcomes"] = self._outcomes()
        data["recommendations"] = self._recommendations()
        data["context"] = {"sections": self._context()}
        data["stakeholders"] = self._stakeholders()
        for sheet in self.sheets.values():
            self.problems += sheet.problems
        return data

    # ------------------------------------------------------------- plan, goals, objectives
    def _plan(self, data: dict[str, Any]) -> None:
        sheet = self.sheet("Plan", needed=True)
        labels = [*PLAN_FIELDS, (CAP_FIELD, "cap"), (VOTES_FIELD, "votes"), (LANGUAGE_FIELD, "language")]
        fields = {fold(spelled): name for label, name in labels for spelled in in_every_language(label)}
        exported = {fold(spelled) for spelled in in_every_language(EXPORTED_FIELD)}
        languages = {fold(name): code for code, name in LANGUAGES.items()} | {code: code for code in LANGUAGES}
        languages |= {"french": "fr", "spanish": "es", "anglais": "en", "ingles": "en"}
        for row, values in sheet:
            label, value = sheet.label(row, values, "Field"), sheet.text(row, values, "Value")
            field = fields.get(fold(label))
            if field == "cap":
                cap = sheet.number(row, values, "Value", whole=True)
                if cap is not None and cap < 1:
                    sheet.fail(row, "Value", _("the cap on “High” is at least 1 (or empty for no cap)."))
                data["ranking"]["high_cap"] = int(cap) if cap and cap >= 1 else None
            elif field == "votes":
                shown = sheet.choice(row, values, "Value", VOTES_SHOWN_WORDS, "anonymously")
                data["ranking"]["votes_by_name"] = shown == "by name"
            elif field == "language":
                data["language"] = languages.get(fold(value))
                if data["language"] is None and fold(value):
                    choices = ", ".join(LANGUAGES.values())
                    sheet.fail(
                        row, "Value", _("“{text}” is not one of: {choices}.").format(text=value, choices=choices)
                    )
            elif field is not None:
                data["plan"][field] = value
            elif fold(label) not in exported:
                sheet.fail(row, "Field", _("“{label}” is not a field of a plan.").format(label=label))

    def _goals(self, data: dict[str, Any]) -> None:
        goals, objectives = self.sheet("Goals", needed=True), self.sheet("Objectives", needed=True)
        by_number: dict[str, dict[str, Any]] = {}
        for row, values in goals:
            number = goals.label(row, values, "Number")
            if not number:
                goals.fail(row, "Number", _("a goal needs a number."))
                continue
            if number in by_number:
                goals.fail(row, "Number", _("Goal {number} is already on an earlier row.").format(number=number))
                continue
            if not _a_number(goals, row, number, "goal"):
                continue
            status = goals.choice(row, values, "Status", GOAL_STATE_WORDS, "active")
            title = goals.text(row, values, "Title")
            if not title.strip():
                goals.fail(row, "Title", _("Goal {number} has no title; type one.").format(number=number))
            goal = {
                "number": number,
                "title": title,
                "description": goals.text(row, values, "Description"),
                "folded": status == "folded",
                "fold_note": goals.text(row, values, "Note"),
                "objectives": [],
            }
            by_number[number] = goal
            data["goals"].append(goal)
        decisions: list[dict[str, Any]] = []
        rows = list(objectives)
        self.objectives = {objectives.label(r, v, "Number") for r, v in rows}
        seen: set[str] = set()
        for row, values in rows:
            number, goal_number = objectives.label(row, values, "Number"), objectives.label(row, values, "Goal")
            if not number:
                objectives.fail(row, "Number", _("an objective needs a number."))
                continue
            if number in seen:
                objectives.fail(row, "Number", _("Obj. {number} is already on an earlier row.").format(number=number))
                continue
            seen.add(number)
            if not _a_number(objectives, row, number, "objective"):
                continue
            decision = self._decision(objectives, row, values, number)  # checked even if the goal is wrong
            parent = by_number.get(goal_number)
            if parent is None:
                message = (
                    _("Goal {number} is not on the Goals sheet.").format(number=goal_number)
                    if goal_number
                    else _("the goal is missing.")
                )
                objectives.fail(row, "Goal", message)
                continue
            title = objectives.text(row, values, "Objective")
            if not title.strip():
                objectives.fail(row, "Objective", _("Obj. {number} has no title; type one.").format(number=number))
            parent["objectives"].append(
                {
                    "number": number,
                    "title": title,
                    "description": objectives.text(row, values, "Description"),
                }
            )
            if decision:
                decisions.append(decision)
        data["ranking"]["decisions"] = decisions

    def _decision(self, sheet: SheetRows, row: int, values: dict[str, Any], number: str) -> dict[str, Any]:
        decision: dict[str, Any] = {}
        try:
            priority = parse_priority(sheet.label(row, values, "Priority"))
        except ValueError as error:
            sheet.fail(row, "Priority", str(error))
            priority = None
        rationale = sheet.text(row, values, "Rationale")
        kind = sheet.choice(row, values, "Drop reason", DROP_KIND_WORDS, "") or None
        related = sheet.label(row, values, "Related objective").removeprefix("Obj.").strip()
        if related and related not in self.objectives:
            sheet.fail(row, "Related objective", _("the plan has no Obj. {number}.").format(number=related))
            related = ""
        elif related == number:
            sheet.fail(row, "Related objective", _("an objective can't point to itself."))
            related = ""
        if priority or rationale or kind or related:
            decision = {"objective": number, "priority": priority, "rationale": rationale, "drop_kind": kind}
            if related:
                decision["related"] = related
        return decision

    def objective_list(self, sheet: SheetRows, row: int, values: dict[str, Any], header: str) -> list[str]:
        numbers = [n.strip().removeprefix("Obj.").strip() for n in _numbers(sheet.label(row, values, header))]
        for n in numbers:
            if n not in self.objectives:
                sheet.fail(row, header, _("the plan has no Obj. {number}.").format(number=n))
        return [n for n in numbers if n in self.objectives]

    # ------------------------------------------------------------- members and votes
    def _members_and_votes(self, ranking: dict[str, Any]) -> None:
        from planner_gui.exchange.plan_import_parts import read_members_and_votes

        read_members_and_votes(self, ranking, HANDS_PREFIX, VOTE_HEADERS)

    # ------------------------------------------------------------- strategies
    def _strategies(self) -> list[dict[str, Any]]:
        from planner_gui.exchange.plan_import_parts import read_strategies

        return read_strategies(self, STRATEGY_STATUS_WORDS, COUNTRY_STATUS_WORDS)

    # ------------------------------------------------------------- the review's first half
    def _outcomes(self) -> list[dict[str, Any]]:
        sheet = self.sheet("Achievements")
        return [
            {
                "title": sheet.text(r, v, "Outcome"),
                "objectives": self.objective_list(sheet, r, v, "Objectives"),
                "contribution": sheet.choice(r, v, "Contribution", CONTRIBUTION_WORDS, "some"),
                "evidence": sheet.text(r, v, "Evidence"),
            }
            for r, v in sheet
        ]

    def _recommendations(self) -> list[dict[str, Any]]:
        sheet = self.sheet("Review")
        return [
            {
                "text": sheet.text(r, v, "Recommendation"),
                "status": sheet.choice(r, v, "Status", RESPONSE_WORDS, "pending"),
                "response": sheet.text(r, v, "Response"),
            }
            for r, v in sheet
        ]

    def _context(self) -> list[dict[str, Any]]:
        sheet = self.sheet("Context")
        sections: list[dict[str, Any]] = []
        section: dict[str, Any] | None = None
        for row, values in sheet:
            title = sheet.label(row, values, "Section")
            if title and not _continues(
                section, title, sheet.text(row, values, "Prompt"), sheet.text(row, values, "Notes")
            ):
                section = {"title": title, "prompt": "", "notes": "", "items": []}
                sections.append(section)
            elif section is None:  # a blank Section continues the one above: there is none
                sheet.fail(row, "Section", _("a point needs the section it belongs to."))
                continue
            for key, header in (("prompt", "Prompt"), ("notes", "Notes")):
                section[key] = section[key] or sheet.text(row, values, header)
            point, sub = sheet.text(row, values, "Point"), sheet.text(row, values, "Sub-point")
            if point.strip() and sub.strip():
                sheet.fail(row, "Sub-point", _("put a sub-point on its own row, under its point."))
            elif point.strip():
                section["items"].append({"text": point, "items": []})
            elif sub.strip():
                if not section["items"]:
                    sheet.fail(row, "Sub-point", _("a sub-point needs a point above it in its section."))
                else:
                    section["items"][-1]["items"].append(sub)
        return sections

    def _stakeholders(self) -> list[dict[str, Any]]:
        sheet = self.sheet("Stakeholders")
        return [
            {
                "name": sheet.text(r, v, "Name"),
                "kind": sheet.choice(r, v, "Kind", STAKEHOLDER_WORDS, "other"),
                "role": sheet.text(r, v, "Role"),
                "needs": sheet.text(r, v, "What we need from them"),
            }
            for r, v in sheet
        ]


def _continues(section: dict[str, Any] | None, title: str, prompt: str, notes: str) -> bool:
    """Whether a row naming section ``title`` goes on with ``section``, the one above: a sheet may name the
    section on every row (as earlier versions wrote it), while this version names it on its first row only. So
    the same name goes on with the section above, unless the row brings a question or notes of its own (two
    sections of one name, one after the other); a name seen further up starts a section of its own, in place."""
    if section is None or section["title"] != title:
        return False
    return all(not text.strip() or text == section[key] for key, text in (("prompt", prompt), ("notes", notes)))


def _a_number(sheet: SheetRows, row: int, number: str, what: str) -> bool:
    """Whether ``number`` can be a goal's or an objective's number (the core's rule), said on its row if not."""
    try:
        clean_number(number, what)
    except InvalidEdit as error:
        sheet.fail(row, "Number", str(error))
        return False
    return True
