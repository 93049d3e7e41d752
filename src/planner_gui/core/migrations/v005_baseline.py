"""Schema 5: the review's baseline, taken from the plan's goals and objectives as they stand.

A plan upgraded mid-review has no record of how it stood before, so the
baseline is its structure now (numbers, titles, goals) with no goal folded and
no objective decided: folds and decisions are what a review does, so they show
as changes. "Start review from here" takes it again.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:
    from alembic.operations import Operations

VERSION = 5


def upgrade(op: Operations) -> None:
    baseline = op.create_table(
        "baseline",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("taken_at", sa.DateTime, nullable=False),
        sa.Column("snapshot", sa.Text, nullable=False),
    )
    conn = op.get_bind()
    goals = conn.exec_driver_sql("SELECT id, number, title FROM goal ORDER BY position, id").fetchall()
    objectives = conn.exec_driver_sql(
        "SELECT o.id, o.goal_id, o.number, o.title FROM objective o JOIN goal g ON g.id = o.goal_id "
        "ORDER BY g.position, g.id, o.position, o.id"
    ).fetchall()
    snapshot = {
        "goals": [
            {"id": gid, "number": number, "title": title, "folded": False, "fold_note": ""}
            for gid, number, title in goals
        ],
        "objectives": [
            {"id": oid, "goal_id": goal_id, "number": number, "title": title, "priority": None}
            for oid, goal_id, number, title in objectives
        ],
    }
    op.bulk_insert(
        baseline,
        [{"id": 1, "taken_at": datetime.now().replace(microsecond=0), "snapshot": json.dumps(snapshot)}],
    )
