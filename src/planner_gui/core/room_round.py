"""Room voting's round, kept in the plan: the secret each member's link comes from, and the round's options.

The room server (``planner_gui.room``) derives every member's personal link
from the round's secret, the plan's uid and the round's number. Keeping them in
the plan means member cards printed before the retreat still work after the
laptop restarts, and a second laptop running ``planner-gui room`` on a copy of
the plan serves the same links. :meth:`RoomRounds.new_round` draws a new secret
and counts on: every link of an earlier round stops working (a lost card, a
link sent to the wrong person).

These are settings of the room, not edits of the plan: none is an undo step
(undo can't un-print a card).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from planner_gui.core.errors import InvalidEdit
from planner_gui.core.events import Action, RoomEvent
from planner_gui.core.model_ranking import RoomRound
from planner_gui.core.store import PlanStore
from planner_gui.i18n import _

SECRET_BYTES = 32
ADDRESS_LIMIT = 200


@dataclass(frozen=True)
class RoundInfo:
    """What the room server needs of the round (never printed: it holds the secret)."""

    plan_uid: str
    secret: bytes
    round_no: int
    may_change: bool  # members may change a room ballot until voting closes (never for secret ballots)
    address: str  # the address the links were last made for ("http://10.42.0.1:8640"), or ""

    def __repr__(self) -> str:
        return f"RoundInfo(round_no={self.round_no}, may_change={self.may_change}, address={self.address!r})"


class RoomRounds:
    """The plan's room-voting round: read it, make it, start another, set its options."""

    def __init__(self, store: PlanStore) -> None:
        self.store = store

    def current(self) -> RoundInfo | None:
        """The round as it stands, or None if room voting was never started and no card printed."""
        row = self.store.session.get(RoomRound, 1)
        if row is None:
            return None
        plan = self.store.plan
        may_change = bool(row.may_change) and not plan.secret_ballots
        return RoundInfo(plan.uid, bytes(row.secret), row.round_no, may_change, row.address)

    def ensure(self) -> RoundInfo:
        """The current round, made first (round 1, a fresh secret) if there is none yet."""
        if self.store.session.get(RoomRound, 1) is None:
            with self.store.transaction() as session:
                session.add(RoomRound(id=1, secret=secrets.token_bytes(SECRET_BYTES), round_no=1, address=""))
                self.store.emit(RoomEvent(Action.ADDED, (1,)))
        found = self.current()
        assert found is not None
        return found

    def new_round(self) -> RoundInfo:
        """Start the next round with a new secret: every earlier link (and printed card) stops working."""
        self.ensure()
        with self.store.transaction() as session:
            row = session.get(RoomRound, 1)
            assert row is not None
            row.secret = secrets.token_bytes(SECRET_BYTES)
            row.round_no += 1
            self.store.emit(RoomEvent(Action.CHANGED, (1,), frozenset({"secret", "round_no"})))
        found = self.current()
        assert found is not None
        return found

    def set_options(self, *, may_change: bool | None = None, address: str | None = None) -> RoundInfo:
        """Whether members may change a room ballot until voting closes; the address the links are made for."""
        if may_change is not None and not isinstance(may_change, bool):
            raise InvalidEdit(_("Whether members may change their ballot is yes or no."))
        if address is not None:
            address = address.strip()
            if (address and not address.startswith("http://")) or len(address) > ADDRESS_LIMIT:
                raise InvalidEdit(
                    _("A room address starts with http:// (not “{address}”).").format(address=address[:40])
                )
        if may_change and self.store.plan.secret_ballots:
            raise InvalidEdit(
                _("A secret ballot can't be changed once cast, so members can't be allowed to change it.")
            )
        self.ensure()
        with self.store.transaction() as session:
            row = session.get(RoomRound, 1)
            assert row is not None
            changed: set[str] = set()
            if may_change is not None and row.may_change != may_change:
                row.may_change = may_change
                changed.add("may_change")
            if address is not None and row.address != address:
                row.address = address
                changed.add("address")
            if changed:
                self.store.emit(RoomEvent(Action.CHANGED, (1,), frozenset(changed)))
        found = self.current()
        assert found is not None
        return found
