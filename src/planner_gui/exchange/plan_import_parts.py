"""The ranking and strategies sheets of a plan workbook, read into plan data (see ``plan_import``)."""

from __future__ import annotations

from typing import Any, Protocol

from planner_gui.core.members import column_named, is_weight
from planner_gui.core.strategies import is_due
from planner_gui.core.tally import parse_priority
from planner_gui.core.words import ACTION_KIND_WORDS, PRIORITY_WORDS, YES_NO_WORDS, Vocabulary, fold, read_word
from planner_gui.exchange.sheet_reader import SheetRows
from planner_gui.i18n import _, format_number, in_every_language


class _Reader(Protocol):
    """What these parts use of ``plan_import``'s reader: its sheets, and the objectives the workbook has."""

    objectives: set[str]

    def sheet(self, name: str, *, extra: bool = False, needed: bool = False) -> SheetRows: ...

    def objective_list(self, sheet: SheetRows, row: int, values: dict[str, Any], header: str) -> list[str]: ...


def read_members_and_votes(reader: _Reader, ranking: dict[str, Any], hands_prefix: str, tiers: tuple[str, ...]) -> None:
    members_sheet = reader.sheet("Members")
    members: list[dict[str, Any]] = []
    names: dict[str, dict[str, Any]] = {}
    for row, values in members_sheet:
        name = members_sheet.label(row, values, "Name")
        if not name or name.casefold() in names:
            why = _("{name} is already on an earlier row.").format(name=name) if name else _("a member needs a name.")
            members_sheet.fail(row, "Name", why)
            continue
        if column_named(name) is not None:
            said = _(
                "a member can't be called “{name}”: a column of the Votes sheet is headed so. "
                "Add a surname or an initial."
            )
            members_sheet.fail(row, "Name", said.format(name=name))
            continue
        weight = members_sheet.number(row, values, "Weight")
        if weight is not None and not is_weight(weight):
            said = _("a ballot's weight is a number above 0, up to 100.")
            members_sheet.fail(row, "Weight", said)
            weight = None
        member = {
            "name": name,
            "role": members_sheet.text(row, values, "Role"),
            "votes": members_sheet.choice(row, values, "Votes", YES_NO_WORDS, "yes") == "yes",
            "weight": 1.0 if weight is None else weight,
        }
        names[name.casefold()] = member
        members.append(member)
    ranking["members"] = members

    votes = reader.sheet("Votes", extra=True)
    columns = [h for h in votes.columns if h not in ("Number", "Objective")]
    # Headers in any language: "High", "Haute", "Alta"; "Show of hands: High", "À main levée : Haute"…
    counts_only = bool(columns) and all(read_word(PRIORITY_WORDS, h) and h.casefold() not in names for h in columns)
    prefixes = sorted({fold(p) for p in in_every_language(hands_prefix)}, key=len, reverse=True)

    def hands_tier(header: str) -> str | None:
        folded = fold(header)
        prefix = next((p for p in prefixes if folded.startswith(p.strip())), None)
        return read_word(PRIORITY_WORDS, folded.removeprefix(prefix.strip())) if prefix is not None else None

    hand_columns = {tier: h for h in columns if h.casefold() not in names and (tier := hands_tier(h))}
    if counts_only:
        hand_columns = {tier: h for h in columns if (tier := read_word(PRIORITY_WORDS, h))}
    ballots: dict[str, dict[str, str]] = {}
    for header in columns:
        if header in hand_columns.values() or counts_only:
            continue
        voter = names.get(header.casefold())
        if voter is None:
            votes.fail(1, header, _("{name} is not on the Members sheet.").format(name=header))
        elif not voter["votes"]:
            votes.fail(1, header, _("{name} is not a voting member, so has no ballot.").format(name=voter["name"]))
        else:
            ballots[voter["name"]] = {}
    hands: dict[str, dict[str, int]] = {}
    for row, values in votes:
        number = votes.label(row, values, "Number")
        if number not in reader.objectives:
            why = (
                _("the plan has no Obj. {number}.").format(number=number)
                if number
                else _("the objective's number is missing.")
            )
            votes.fail(row, "Number", why)
            continue
        for name, ballot in ballots.items():
            header = next(h for h in columns if h.casefold() == name.casefold())
            try:
                priority = parse_priority(votes.label(row, values, header))
            except ValueError as error:
                votes.fail(row, header, str(error))
                continue
            if priority:
                ballot[number] = priority
        counted = {}
        for tier, header in hand_columns.items():
            value = votes.number(row, values, header, whole=not counts_only)
            if value is not None and not value.is_integer():  # the counts of ballots weighing other than 1
                votes.fail(row, header, weighted_count(value))
            elif value is not None and value < 0:
                votes.fail(row, header, _("a count is 0 or more."))
            elif value:
                counted[tier] = int(value)
        if counted:
            hands[number] = counted
    ranking["ballots"] = [
        {"member": name, "priorities": choices, "source": "spreadsheet"} for name, choices in ballots.items() if choices
    ]
    ranking["hands"] = hands


def weighted_count(value: float) -> str:
    """Why a count of the anonymous Votes sheet that is not whole (ballots weighing 1.5…) can't come back."""
    return _(
        "{count} is a weighted count (ballots weighing other than 1), and a plan takes whole counts only. Export "
        "the plan with its votes shown by name: each ballot then comes back with its member's weight."
    ).format(count=format_number(value))


def read_strategies(reader: _Reader, statuses: Vocabulary, country_statuses: Vocabulary) -> list[dict[str, Any]]:
    sheet = reader.sheet("Strategies")
    strategies: list[dict[str, Any]] = []
    by_number: dict[str, dict[str, Any]] = {}
    by_name: dict[str, list[dict[str, Any]]] = {}
    for index, (row, values) in enumerate(sheet, start=1):
        strategy: dict[str, Any] = {
            "name": sheet.text(row, values, "Strategy"),
            "objectives": reader.objective_list(sheet, row, values, "Objectives"),
            "status": sheet.choice(row, values, "Status", statuses, "draft"),
            "approach": sheet.text(row, values, "Approach"),
            "carried_by": sheet.text(row, values, "Carried by"),
            "carriers": sheet.text(row, values, "Members"),
            "actions": [],
            "targets": [],
            "countries": [],
        }
        number = sheet.label(row, values, "No.") or str(index)
        if number in by_number:
            sheet.fail(row, "No.", _("strategy {number} is already on an earlier row.").format(number=number))
        by_number[number] = strategy
        by_name.setdefault(" ".join(strategy["name"].split()).casefold(), []).append(strategy)
        strategies.append(strategy)

    def owner(part: SheetRows, row: int, values: dict[str, Any]) -> dict[str, Any] | None:
        number = part.label(row, values, "Strategy no.")
        if number:
            found = by_number.get(number)
            if found is None:
                said = _("there is no strategy {number} on the Strategies sheet.")
                part.fail(row, "Strategy no.", said.format(number=number))
            return found
        name = part.label(row, values, "Strategy")
        matches = by_name.get(name.casefold(), [])
        if len(matches) != 1:
            why = (
                _("“{name}” names no strategy on the Strategies sheet; give its number in “{header}”.")
                if not matches
                else _("“{name}” names more than one strategy; give its number in “{header}”.")
            )
            part.fail(row, "Strategy", why.format(name=name, header=_("Strategy no.")))
            return None
        return matches[0]

    def action(part: SheetRows, row: int, values: dict[str, Any]) -> dict[str, Any]:
        written = part.label(row, values, "Kind")
        kind = read_word(ACTION_KIND_WORDS, written) or written.lower() or "other"
        return {"kind": kind, "text": part.text(row, values, "Action"), "lead": part.text(row, values, "Lead")}

    def target(part: SheetRows, row: int, values: dict[str, Any]) -> dict[str, Any]:
        due = part.label(row, values, "Due")
        if due and not is_due(due):
            part.fail(row, "Due", _("write a date as 2015, 2015-09 or 2015-09-30, not “{due}”.").format(due=due))
        return {
            "what": part.text(row, values, "Target"),
            "measure": part.text(row, values, "Measure"),
            "number": part.number(row, values, "Number"),
            "due": due,
        }

    def country(part: SheetRows, row: int, values: dict[str, Any]) -> dict[str, Any]:
        return {
            "country": part.text(row, values, "Country"),
            "plan": part.text(row, values, "Plan"),
            "status": part.choice(row, values, "Status", country_statuses, "not started"),
        }

    for name, key, build in (
        ("Actions", "actions", action),
        ("Targets", "targets", target),
        ("Countries", "countries", country),
    ):
        part = reader.sheet(name)
        for row, values in part:
            found = owner(part, row, values)
            item = build(part, row, values)
            if found is not None:
                found[key].append(item)
    return strategies
