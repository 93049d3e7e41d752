"""Schema 8: the language of the plan's documents (``plan.language``: "en", "fr" or "es").

The workbook, ballot workbooks, the printable summary, the results for the
minutes, member cards and the room's pages are written in it. A new plan takes
the language of the person who creates it; a plan made before this version
was English throughout, so it stays English.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlalchemy as sa

if TYPE_CHECKING:
    from alembic.operations import Operations

VERSION = 8


def upgrade(op: Operations) -> None:
    # SQLite's own ADD COLUMN (a default, so no rebuild of the table is needed).
    op.add_column("plan", sa.Column("language", sa.String(8), nullable=False, server_default="en"))
