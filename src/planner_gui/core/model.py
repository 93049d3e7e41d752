"""The plan's tables, as SQLAlchemy 2 typed ORM classes.

The tables added by later schema versions live in modules of their own
(``model_ranking``…); ``core/tables.py`` gathers them all. The tables themselves
are created by the ordered migrations in
``planner_gui.core.migrations``; a test checks that the migrated schema and
these classes agree column for column.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from planner_gui.core.model_base import Base


class Plan(Base):
    """The plan itself: one row, id 1."""

    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), nullable=False)
    organisation: Mapped[str] = mapped_column(Text, nullable=False, default="")
    title: Mapped[str] = mapped_column(Text, nullable=False, default="")
    period: Mapped[str] = mapped_column(Text, nullable=False, default="")
    vision: Mapped[str] = mapped_column(Text, nullable=False, default="")
    mission: Mapped[str] = mapped_column(Text, nullable=False, default="")
    values: Mapped[str] = mapped_column("values_text", Text, nullable=False, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    # Ranking (schema 3): at most this many "high" on a ballot (None: no cap); results shown
    # to the room only once revealed; votes shown by member name or as counts only.
    high_cap: Mapped[int | None] = mapped_column(Integer, nullable=True)
    results_revealed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    votes_by_name: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # Schema 7: every ballot is secret (chosen before the first; see ``core/secret_ballots.py``).
    secret_ballots: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # Schema 8: the language of the plan's documents (``planner_gui.i18n.LANGUAGES``).
    language: Mapped[str] = mapped_column(String(8), nullable=False, default="en", server_default="en")


PLAN_TEXT_FIELDS = ("organisation", "title", "period", "vision", "mission", "values")


class Goal(Base):
    __tablename__ = "goal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    title: Mapped[str] = mapped_column(Text, nullable=False, default="")
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    folded: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    fold_note: Mapped[str] = mapped_column(Text, nullable=False, default="")

    objectives: Mapped[list[Objective]] = relationship(
        back_populates="goal", order_by="Objective.position", passive_deletes=True, foreign_keys="Objective.goal_id"
    )


GOAL_FIELDS = ("number", "title", "description", "folded", "fold_note")


class Objective(Base):
    __tablename__ = "objective"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), nullable=False, index=True)
    number: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    title: Mapped[str] = mapped_column(Text, nullable=False, default="")
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    # The board's decision (schema 3): high / medium / low / dropped, or None while undecided.
    priority: Mapped[str | None] = mapped_column(String(10), nullable=True)
    rationale: Mapped[str] = mapped_column(Text, nullable=False, default="")
    drop_kind: Mapped[str | None] = mapped_column(String(40), nullable=True)
    related_id: Mapped[int | None] = mapped_column(
        ForeignKey("objective.id", ondelete="SET NULL"), nullable=True, index=True
    )

    goal: Mapped[Goal] = relationship(back_populates="objectives", foreign_keys=[goal_id])


OBJECTIVE_FIELDS = ("number", "title", "description")
DECISION_FIELDS = ("priority", "rationale", "drop_kind", "related_id")
