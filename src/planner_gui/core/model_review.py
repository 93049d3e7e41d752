"""Tables of the review's first half (schema 2): achievements, the external review,
the context analysis, the facilitator's progress and notes, and the agenda."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from planner_gui.core.model_base import Base

CONTRIBUTIONS = ("strong", "some", "limited", "none")
RESPONSE_STATUSES = ("accepted", "partly accepted", "not accepted", "pending")
STAKEHOLDER_KINDS = ("state", "donor", "UN agency", "NGO", "media", "other")
STEP_KEYS = ("plan", "achievements", "review", "context", "ranking", "strategies", "export")


class Outcome(Base):
    """Something achieved since the plan began, and what the organisation contributed to it."""

    __tablename__ = "outcome"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False, default="")
    contribution: Mapped[str] = mapped_column(String(20), nullable=False, default="some")
    evidence: Mapped[str] = mapped_column(Text, nullable=False, default="")


class OutcomeObjective(Base):
    """Which objectives an outcome relates to."""

    __tablename__ = "outcome_objective"

    outcome_id: Mapped[int] = mapped_column(ForeignKey("outcome.id", ondelete="CASCADE"), primary_key=True)
    objective_id: Mapped[int] = mapped_column(
        ForeignKey("objective.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Recommendation(Base):
    """A recommendation of the external (mid-term) review, and the organisation's response."""

    __tablename__ = "recommendation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="pending")
    response: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ContextSection(Base):
    """One part of the context analysis ("Capacities", "Strengths", "Political"...)."""

    __tablename__ = "context_section"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False, default="")
    prompt: Mapped[str] = mapped_column(Text, nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class ContextItem(Base):
    """A point in a section; a point with a parent is a sub-point of it."""

    __tablename__ = "context_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    section_id: Mapped[int] = mapped_column(
        ForeignKey("context_section.id", ondelete="CASCADE"), nullable=False, index=True
    )
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("context_item.id", ondelete="CASCADE"), nullable=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Stakeholder(Base):
    __tablename__ = "stakeholder"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False, default="")
    kind: Mapped[str] = mapped_column(String(20), nullable=False, default="other")
    role: Mapped[str] = mapped_column(Text, nullable=False, default="")
    needs: Mapped[str] = mapped_column(Text, nullable=False, default="")


class StepProgress(Base):
    """Whether the facilitator has marked a retreat step done, and their notes on it."""

    __tablename__ = "step_progress"

    step: Mapped[str] = mapped_column(String(20), primary_key=True)
    done: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class AgendaSession(Base):
    """A session of the retreat: when it is planned, and how long it has actually run."""

    __tablename__ = "agenda_session"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    day: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    start: Mapped[str] = mapped_column(String(5), nullable=False, default="09:00")
    minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=60)
    title: Mapped[str] = mapped_column(Text, nullable=False, default="")
    step: Mapped[str] = mapped_column(String(20), nullable=False, default="plan")
    # The timer: seconds run before the last start, the last start if running, and whether it is over.
    elapsed_seconds: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    running_since: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    finished: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
