"""The boundary between the member pages and the plan: a ballot box.

The room package never touches the plan. What it needs is a :class:`BallotBox`,
implemented over the open document by the GUI and the CLI. Its methods run
only on the thread that owns the document: the server's threads reach it
through a :class:`~planner_gui.room.writer.OneWriter`, never directly.

The app parses and bounds a post (sizes, field names, objective ids that are
whole numbers); the *rules* of a ballot (an unknown member or objective, a
priority that isn't one of the four, more "high" than the cap, a second ballot
where not allowed, an empty ballot, a closed round) are the box's, the same
rules as a ballot imported from a workbook. The page shows the box's messages
as they are.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

PRIORITIES = ("high", "medium", "low", "dropped")

Choices = Mapping[int, tuple[str | None, str]]
"""Objective id → (priority word, or None for no priority; comment, "" for none)."""


@dataclass(frozen=True)
class FormObjective:
    """One objective on a member's ballot, with what the member recorded for it (if anything)."""

    id: int
    number: str  # the objective's own label ("8", "2.3", "A"), shown as "Obj. 8"
    title: str
    priority: str | None = None  # the member's recorded choice, shown when they change their ballot
    comment: str = ""


@dataclass(frozen=True)
class BallotForm:
    """What a member's page shows: never anyone else's votes, nor the results."""

    plan_title: str
    member_name: str
    objectives: tuple[FormObjective, ...]
    high_cap: int | None  # at most this many "high" (None: no cap)
    may_change: bool  # may the member change a recorded ballot until voting closes
    language: str = "en"  # BCP 47 code for <html lang>; the texts themselves are the app's `texts`
    recorded_at: datetime | None = None  # when the member's ballot was recorded, if it was


@dataclass(frozen=True)
class SubmitOutcome:
    """The answer to a submitted ballot: recorded (and committed), or refused with messages for the member."""

    accepted: bool
    problems: tuple[str, ...] = ()
    recorded_at: datetime | None = None

    @classmethod
    def refused(cls, *problems: str) -> SubmitOutcome:
        return cls(False, problems)


class BallotBox(Protocol):
    """The plan's side of room voting, for one round. Called only on the document's own thread."""

    def is_open(self) -> bool:
        """Whether this round takes ballots now."""
        ...

    def member_ids(self) -> Collection[int]:
        """The members who may vote in this round (whose links work)."""
        ...

    def has_voted(self, member_id: int) -> bool:
        """Whether the member's ballot is recorded."""
        ...

    def form(self, member_id: int) -> BallotForm:
        """The member's ballot as their page shows it (their own recorded choices filled in)."""
        ...

    def submit(self, member_id: int, choices: Choices, replace: bool) -> SubmitOutcome:
        """Check and record the ballot in one transaction: all of it, or nothing and the problems.

        ``replace`` is True when the member sent the form for changing a recorded
        ballot; the box refuses it where the board does not allow changes, and
        refuses a second ballot sent with ``replace`` False. The result is
        returned only after the commit.
        """
        ...
