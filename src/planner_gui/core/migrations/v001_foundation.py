"""Schema 1: the plan, its goals and its objectives."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:
    from alembic.operations import Operations

VERSION = 1


def upgrade(op: Operations) -> None:
    op.create_table(
        "plan",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("organisation", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("period", sa.Text, nullable=False),
        sa.Column("vision", sa.Text, nullable=False),
        sa.Column("mission", sa.Text, nullable=False),
        sa.Column("values_text", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "goal",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("number", sa.String(40), nullable=False, unique=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("folded", sa.Boolean, nullable=False),
        sa.Column("fold_note", sa.Text, nullable=False),
    )
    op.create_table(
        "objective",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "goal_id",
            sa.Integer,
            sa.ForeignKey("goal.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("number", sa.String(40), nullable=False, unique=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.create_index("ix_objective_goal_id", "objective", ["goal_id"])
