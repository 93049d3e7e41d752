"""Tables of the strategies step (schema 4): strategies for the priorities, their actions, targets and countries."""

from __future__ import annotations

from sqlalchemy import Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from planner_gui.core.model_base import Base

STRATEGY_STATUSES = ("draft", "agreed")
COUNTRY_STATUSES = ("not started", "under way", "done")
DEFAULT_ACTION_KINDS = ("reactive", "proactive", "other")


class Strategy(Base):
    """How the room means to reach one or several prioritised objectives."""

    __tablename__ = "strategy"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False, default="")
    approach: Mapped[str] = mapped_column(Text, nullable=False, default="")
    carried_by: Mapped[str] = mapped_column(Text, nullable=False, default="")  # a task group, a coordination body
    carriers: Mapped[str] = mapped_column(Text, nullable=False, default="")  # its members, as free text
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="draft")


class StrategyObjective(Base):
    """Which objectives a strategy serves."""

    __tablename__ = "strategy_objective"

    strategy_id: Mapped[int] = mapped_column(ForeignKey("strategy.id", ondelete="CASCADE"), primary_key=True)
    objective_id: Mapped[int] = mapped_column(
        ForeignKey("objective.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ActionKind(Base):
    """The kinds of action a plan uses (reactive, proactive, other, and those the facilitator adds)."""

    __tablename__ = "action_kind"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False, unique=True)


class StrategyAction(Base):
    __tablename__ = "strategy_action"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    strategy_id: Mapped[int] = mapped_column(ForeignKey("strategy.id", ondelete="CASCADE"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    kind_id: Mapped[int] = mapped_column(ForeignKey("action_kind.id"), nullable=False, index=True)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="")
    lead: Mapped[str] = mapped_column(Text, nullable=False, default="")


class StrategyTarget(Base):
    """What is to be reached, a measure and a number where there is one, and by when."""

    __tablename__ = "strategy_target"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    strategy_id: Mapped[int] = mapped_column(ForeignKey("strategy.id", ondelete="CASCADE"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    what: Mapped[str] = mapped_column(Text, nullable=False, default="")
    measure: Mapped[str] = mapped_column(Text, nullable=False, default="")
    number: Mapped[float | None] = mapped_column(Float, nullable=True)
    due: Mapped[str] = mapped_column(String(10), nullable=False, default="")  # "2015-09" or "2015-09-30"


class StrategyCountry(Base):
    """A priority country, with its own short plan and where it stands."""

    __tablename__ = "strategy_country"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    strategy_id: Mapped[int] = mapped_column(ForeignKey("strategy.id", ondelete="CASCADE"), nullable=False, index=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    country: Mapped[str] = mapped_column(Text, nullable=False, default="")
    plan: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="not started")
