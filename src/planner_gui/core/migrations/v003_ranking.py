"""Schema 3: board members, ballots, show-of-hands counts, ranking options and the board's decisions."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:
    from alembic.operations import Operations

VERSION = 3


def upgrade(op: Operations) -> None:
    with op.batch_alter_table("plan") as batch:
        batch.add_column(sa.Column("high_cap", sa.Integer, nullable=True))
        batch.add_column(sa.Column("results_revealed", sa.Boolean, nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("votes_by_name", sa.Boolean, nullable=False, server_default=sa.false()))
    # A table rebuild (foreign keys are off while migrating, so nothing cascades).
    with op.batch_alter_table("objective") as batch:
        batch.add_column(sa.Column("priority", sa.String(10), nullable=True))
        batch.add_column(sa.Column("rationale", sa.Text, nullable=False, server_default=""))
        batch.add_column(sa.Column("drop_kind", sa.String(40), nullable=True))
        batch.add_column(sa.Column("related_id", sa.Integer, nullable=True))
        batch.create_foreign_key("fk_objective_related_id", "objective", ["related_id"], ["id"], ondelete="SET NULL")
        batch.create_index("ix_objective_related_id", ["related_id"])
    op.create_table(
        "member",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("role", sa.Text, nullable=False),
        sa.Column("votes", sa.Boolean, nullable=False),
        sa.Column("weight", sa.Float, nullable=False),
    )
    op.create_table(
        "ballot",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("member_id", sa.Integer, sa.ForeignKey("member.id", ondelete="CASCADE"), nullable=False, unique=True),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("cast_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "ballot_vote",
        sa.Column("ballot_id", sa.Integer, sa.ForeignKey("ballot.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("objective_id", sa.Integer, sa.ForeignKey("objective.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("priority", sa.String(10), nullable=False),
        sa.Column("comment", sa.Text, nullable=False),
    )
    op.create_index("ix_ballot_vote_objective_id", "ballot_vote", ["objective_id"])
    op.create_table(
        "hand_count",
        sa.Column("objective_id", sa.Integer, sa.ForeignKey("objective.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("high", sa.Integer, nullable=False),
        sa.Column("medium", sa.Integer, nullable=False),
        sa.Column("low", sa.Integer, nullable=False),
        sa.Column("dropped", sa.Integer, nullable=False),
        sa.CheckConstraint("high >= 0 AND medium >= 0 AND low >= 0 AND dropped >= 0", name="counts_not_negative"),
    )
