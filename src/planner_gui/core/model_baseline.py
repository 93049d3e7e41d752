"""The review's baseline (schema 5): the plan's goals and objectives as they stood when the review began.

One row, id 1. ``snapshot`` is JSON (see ``core.baseline``); the Changes sheet
of the exported workbook compares the plan with it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from planner_gui.core.model_base import Base


class Baseline(Base):
    __tablename__ = "baseline"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    taken_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    snapshot: Mapped[str] = mapped_column(Text, nullable=False)
