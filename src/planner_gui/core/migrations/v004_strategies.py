"""Schema 4: strategies, the objectives they serve, their actions (of kinds the plan defines), targets and countries."""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:
    from alembic.operations import Operations

VERSION = 4


def upgrade(op: Operations) -> None:
    op.create_table(
        "strategy",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("approach", sa.Text, nullable=False),
        sa.Column("carried_by", sa.Text, nullable=False),
        sa.Column("carriers", sa.Text, nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
    )
    op.create_table(
        "strategy_objective",
        sa.Column("strategy_id", sa.Integer, sa.ForeignKey("strategy.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("objective_id", sa.Integer, sa.ForeignKey("objective.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_index("ix_strategy_objective_objective_id", "strategy_objective", ["objective_id"])
    kinds = op.create_table(
        "action_kind",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("name", sa.Text, nullable=False, unique=True),
    )
    op.bulk_insert(
        kinds, [{"id": i + 1, "position": i, "name": n} for i, n in enumerate(("reactive", "proactive", "other"))]
    )

    def belonging_to_a_strategy(name: str, *columns: sa.Column) -> None:  # type: ignore[type-arg]
        op.create_table(
            name,
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("strategy_id", sa.Integer, sa.ForeignKey("strategy.id", ondelete="CASCADE"), nullable=False),
            sa.Column("position", sa.Integer, nullable=False),
            *columns,
        )
        op.create_index(f"ix_{name}_strategy_id", name, ["strategy_id"])

    belonging_to_a_strategy(
        "strategy_action",
        sa.Column("kind_id", sa.Integer, sa.ForeignKey("action_kind.id"), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("lead", sa.Text, nullable=False),
    )
    op.create_index("ix_strategy_action_kind_id", "strategy_action", ["kind_id"])
    belonging_to_a_strategy(
        "strategy_target",
        sa.Column("what", sa.Text, nullable=False),
        sa.Column("measure", sa.Text, nullable=False),
        sa.Column("number", sa.Float, nullable=True),
        sa.Column("due", sa.String(10), nullable=False),
    )
    belonging_to_a_strategy(
        "strategy_country",
        sa.Column("country", sa.Text, nullable=False),
        sa.Column("plan", sa.Text, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
    )
