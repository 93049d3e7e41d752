"""Schema 2: achievements, the external review, the context analysis, step progress and the agenda."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:
    from alembic.operations import Operations

VERSION = 2


def _id_position() -> list[sa.Column]:  # type: ignore[type-arg]
    return [sa.Column("id", sa.Integer, primary_key=True), sa.Column("position", sa.Integer, nullable=False)]


def upgrade(op: Operations) -> None:
    op.create_table(
        "outcome",
        *_id_position(),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("contribution", sa.String(20), nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
    )
    op.create_table(
        "outcome_objective",
        sa.Column("outcome_id", sa.Integer, sa.ForeignKey("outcome.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("objective_id", sa.Integer, sa.ForeignKey("objective.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_outcome_objective_objective_id", "outcome_objective", ["objective_id"])
    op.create_table(
        "recommendation",
        *_id_position(),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("response", sa.Text, nullable=False),
    )
    op.create_table(
        "context_section",
        *_id_position(),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("prompt", sa.Text, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
    )
    op.create_table(
        "context_item",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("section_id", sa.Integer, sa.ForeignKey("context_section.id", ondelete="CASCADE"), nullable=False),
        sa.Column("parent_id", sa.Integer, sa.ForeignKey("context_item.id", ondelete="CASCADE"), nullable=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_index("ix_context_item_section_id", "context_item", ["section_id"])
    op.create_index("ix_context_item_parent_id", "context_item", ["parent_id"])
    op.create_table(
        "stakeholder",
        *_id_position(),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("role", sa.Text, nullable=False),
        sa.Column("needs", sa.Text, nullable=False),
    )
    op.create_table(
        "step_progress",
        sa.Column("step", sa.String(20), primary_key=True),
        sa.Column("done", sa.Boolean, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
    )
    op.create_table(
        "agenda_session",
        *_id_position(),
        sa.Column("day", sa.Integer, nullable=False),
        sa.Column("start", sa.String(5), nullable=False),
        sa.Column("minutes", sa.Integer, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("step", sa.String(20), nullable=False),
        sa.Column("elapsed_seconds", sa.Integer, nullable=False),
        sa.Column("running_since", sa.DateTime, nullable=True),
        sa.Column("finished", sa.Boolean, nullable=False),
    )
