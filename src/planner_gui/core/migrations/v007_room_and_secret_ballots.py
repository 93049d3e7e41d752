"""Schema 7: room voting's round, and secret ballots stored with nothing that links a vote to its member.

- ``plan.secret_ballots``: chosen before the first ballot; then every way of
  voting (the laptop, a workbook, the room) records a secret ballot.
- ``room_round`` (one row, made when room voting is first started or member
  cards are printed): the round's random secret and number, from which each
  member's link is derived (so links survive a restart, and a new round makes
  every old link fail); whether members may change a room ballot until voting
  closes; the address the links were last made for.
- ``secret_voter``: who has cast a secret ballot (a member id, nothing else).
- ``secret_vote``: the votes of secret ballots, each under its ballot's random
  key, with no member column, no time, and no rowid (``WITHOUT ROWID``): the
  table is ordered by the random key, so nothing in it orders ballots by when
  they were cast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:
    from alembic.operations import Operations

VERSION = 7


def upgrade(op: Operations) -> None:
    # SQLite's own ADD COLUMN (a default, so no rebuild of the table is needed).
    op.add_column("plan", sa.Column("secret_ballots", sa.Boolean, nullable=False, server_default=sa.false()))
    op.create_table(
        "room_round",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("secret", sa.LargeBinary, nullable=False),
        sa.Column("round_no", sa.Integer, nullable=False),
        sa.Column("may_change", sa.Boolean, nullable=False),
        sa.Column("address", sa.Text, nullable=False),
    )
    op.create_table(
        "secret_voter",
        sa.Column("member_id", sa.Integer, sa.ForeignKey("member.id", ondelete="CASCADE"), primary_key=True),
    )
    op.create_table(
        "secret_vote",
        sa.Column("ballot_key", sa.String(32), primary_key=True),
        sa.Column("objective_id", sa.Integer, sa.ForeignKey("objective.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("priority", sa.String(10), nullable=False),
        sa.Column("comment", sa.Text, nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_secret_vote_tally", "secret_vote", ["objective_id", "priority", "ballot_key"])
