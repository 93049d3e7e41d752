"""The board's members: an ordered list (``MEMBERS``) with the rules a member's name, vote and weight keep.

Secret ballots (``core/secret_ballots.py``) add two: every ballot weighs the
same, and a member who has cast a secret ballot stays a voting member of the
plan (their ballot can't be told apart from the others to take it out).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from planner_gui.core import secret_ballots
from planner_gui.core.errors import InvalidEdit
from planner_gui.core.events import MemberEvent
from planner_gui.core.model_ranking import Member
from planner_gui.core.numbers import plan_number
from planner_gui.core.ordered import RowKind, register
from planner_gui.core.store import PlanStore
from planner_gui.core.words import fold
from planner_gui.i18n import N_, _, in_every_language

__all__ = ["MAX_WEIGHT", "MEMBERS", "VOTES_COLUMNS", "column_named", "is_weight"]

VOTES_COLUMNS = (N_("Number"), N_("Objective"))
"""The exported Votes sheet's own columns, before one column per member by name: a member called so would
read back as that column, so no member is (``exchange/plan_sheets.py``'s Votes headers, tested to agree)."""


def column_named(name: str) -> str | None:
    """The Votes column (in English) ``name`` would be read as, in any of the plan's languages; else None."""
    folded = fold(name)
    return next((c for c in VOTES_COLUMNS if folded in {fold(s) for s in in_every_language(c)}), None)


MAX_WEIGHT = 100.0


def is_weight(weight: float) -> bool:
    """A ballot's weight: above 0, up to 100, kept exactly (the window's field, the workbook and the core alike)."""
    return 0 < weight <= MAX_WEIGHT


def _validate_member(store: PlanStore, values: dict[str, Any], row_id: int | None) -> dict[str, Any]:
    if "name" in values:
        name = " ".join(str(values["name"]).split())
        if not name:
            raise InvalidEdit(_("A member needs a name."))
        for other_id, other in store.session.execute(select(Member.id, Member.name)):
            if other_id != row_id and other.casefold() == name.casefold():
                raise InvalidEdit(
                    _("There is already a member called {other}. Give each member a name of their own.").format(
                        other=other
                    )
                )
        if column_named(name) is not None:
            raise InvalidEdit(
                _(
                    "A member can't be called “{name}”: a column of the exported Votes sheet is headed so, and "
                    "the workbook would not read back. Add a surname or an initial."
                ).format(name=name)
            )
        values["name"] = name
    if "votes" in values and not isinstance(values["votes"], bool):
        raise InvalidEdit(_("Say whether the member votes with yes or no."))
    if "weight" in values:
        try:
            weight = plan_number(values["weight"])  # typed as "1,5" too
        except ValueError:
            raise InvalidEdit(
                _("A ballot's weight is a number, not “{weight}”.").format(weight=values["weight"])
            ) from None
        if not is_weight(weight):
            raise InvalidEdit(
                _("A ballot's weight is a number above 0, up to 100 (1 unless the board's rules say otherwise).")
            )
        if weight != 1.0 and store.plan.secret_ballots:
            raise InvalidEdit(
                _("Ballots are secret, so every ballot weighs the same: a weight would tell whose ballot it was.")
            )
        values["weight"] = weight
    if values.get("votes") is False and row_id is not None and secret_ballots.has_voted(store.session, row_id):
        raise InvalidEdit(
            _(
                "This member has cast a secret ballot, which can't be told apart from the others to take "
                "it out of the count; so they stay a voting member."
            )
        )
    return values


def _refuse_deleting_a_secret_voter(store: PlanStore, member_id: int) -> None:
    if secret_ballots.has_voted(store.session, member_id):
        raise InvalidEdit(
            _(
                "This member has cast a secret ballot. It can't be told apart from the others to take it "
                "out of the count, so the member can't be removed."
            )
        )


MEMBERS: RowKind[Member] = register(
    RowKind(
        "member",
        Member,
        "member",
        MemberEvent,
        fields=("name", "role", "votes", "weight"),
        defaults={"role": "", "votes": True, "weight": 1.0},
        validate=_validate_member,
        before_delete=_refuse_deleting_a_secret_voter,
    )
)
