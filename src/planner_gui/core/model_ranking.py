"""Tables of the ranking step (schema 3): board members, their ballots, and show-of-hands counts.

Schema 7 adds secret ballots (``SecretVoter``, ``SecretVote``) and room voting's round (``RoomRound``).

The board's decision on each objective lives on the objective itself
(``Objective.priority`` and its reasons), since every later step reads it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from planner_gui.core.model_base import Base

PRIORITIES = ("high", "medium", "low", "dropped")
DROP_KINDS = (
    "indicator of another objective",
    "merged into another objective",
    "outside our influence",
    "achieved",
    "other",
)
# Drop reasons that point at another objective ("#11 and #12 became indicators of #8").
DROP_KINDS_WITH_TARGET = DROP_KINDS[:2]
BALLOT_SOURCES = ("laptop", "spreadsheet", "room")


class Member(Base):
    """A board member (or staff, an observer: ``votes`` False)."""

    __tablename__ = "member"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False, default="")
    role: Mapped[str] = mapped_column(Text, nullable=False, default="")
    votes: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    weight: Mapped[float] = mapped_column(Float, nullable=False, default=1.0)


class Ballot(Base):
    """One member's ballot: cast in turn on the laptop or read from a ballot workbook."""

    __tablename__ = "ballot"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), nullable=False, unique=True)
    source: Mapped[str] = mapped_column(String(20), nullable=False, default="laptop")
    cast_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)


class BallotVote(Base):
    """A ballot's priority for one objective, with the member's comment."""

    __tablename__ = "ballot_vote"

    ballot_id: Mapped[int] = mapped_column(ForeignKey("ballot.id", ondelete="CASCADE"), primary_key=True)
    objective_id: Mapped[int] = mapped_column(ForeignKey("objective.id", ondelete="CASCADE"), primary_key=True)
    priority: Mapped[str] = mapped_column(String(10), nullable=False)
    comment: Mapped[str] = mapped_column(Text, nullable=False, default="")

    # The tally counts votes from this index alone, in its order (schema 6); it serves look-ups by objective too.
    __table_args__ = (Index("ix_ballot_vote_tally", "objective_id", "priority", "ballot_id"),)


class HandCount(Base):
    """Votes counted on paper or by show of hands for one objective; they add to the ballots."""

    __tablename__ = "hand_count"
    __table_args__ = (
        CheckConstraint("high >= 0 AND medium >= 0 AND low >= 0 AND dropped >= 0", name="counts_not_negative"),
    )

    objective_id: Mapped[int] = mapped_column(ForeignKey("objective.id", ondelete="CASCADE"), primary_key=True)
    high: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    medium: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    low: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    dropped: Mapped[int] = mapped_column(Integer, nullable=False, default=0)


class SecretVoter(Base):
    """A member who has cast a secret ballot: who, never which ballot (schema 7)."""

    __tablename__ = "secret_voter"

    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), primary_key=True)


class SecretVote(Base):
    """One vote of a secret ballot: under the ballot's random key, with no member, no time and no rowid."""

    __tablename__ = "secret_vote"

    ballot_key: Mapped[str] = mapped_column(String(32), primary_key=True)
    objective_id: Mapped[int] = mapped_column(ForeignKey("objective.id", ondelete="CASCADE"), primary_key=True)
    priority: Mapped[str] = mapped_column(String(10), nullable=False)
    comment: Mapped[str] = mapped_column(Text, nullable=False, default="")

    __table_args__ = (
        Index("ix_secret_vote_tally", "objective_id", "priority", "ballot_key"),
        {"sqlite_with_rowid": False},
    )


class RoomRound(Base):
    """Room voting's round (one row, id 1): the secret each member's link is derived from, and its options."""

    __tablename__ = "room_round"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    secret: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    round_no: Mapped[int] = mapped_column(Integer, nullable=False)
    may_change: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    address: Mapped[str] = mapped_column(Text, nullable=False, default="")  # the links were made for (http://…)
