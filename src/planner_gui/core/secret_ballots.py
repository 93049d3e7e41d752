"""Secret ballots: who has voted, and the votes, with nothing in the plan file that links the two.

A plan whose ranking option ``secret_ballots`` is on (chosen before the first
ballot) records every ballot, whichever way it came in, in two tables that
share no column:

- ``secret_voter``: the ids of the members who have voted, and nothing else;
- ``secret_vote``: each vote (objective, priority, comment) under its ballot's
  *ballot key*, 128 random bits drawn when the ballot is recorded and never
  kept anywhere else in the file. No member, no time, no way in (laptop,
  workbook, room), and no rowid: the table is a ``WITHOUT ROWID`` B-tree
  ordered by the key, so no column or row number follows the order of casting.

SQLite stores a row's bytes where there is room on its page, so the *place* of
a row in the file could still follow the order rows were written in. After
every change, both tables are therefore written again in their key order
(:func:`settle`), with ``secure_delete`` on, so the freed bytes are zeroed: the
file then holds the same bytes whichever order the ballots came in. At a board
of 100 and 200 objectives that is 20,000 rows, a few tens of milliseconds.

Only the undo step of a ballot cast in this session keeps its ballot key (in
memory), to take that ballot back; it is gone when the plan closes.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from planner_gui.core.model_ranking import SecretVote, SecretVoter

KEY_BYTES = 16


def voters(session: Session) -> set[int]:
    """The ids of the members who have cast a secret ballot."""
    return set(session.scalars(select(SecretVoter.member_id)))


def has_voted(session: Session, member_id: int) -> bool:
    found = session.scalar(select(SecretVoter.member_id).where(SecretVoter.member_id == member_id))
    return found is not None


def any_cast(session: Session) -> bool:
    return session.scalar(select(SecretVoter.member_id).limit(1)) is not None


def record(session: Session, member_id: int, votes: Mapping[int, tuple[str, str]]) -> str:
    """Record one secret ballot (``votes``: objective id → (priority, comment)); returns its ballot key.

    Call :func:`settle` before the transaction commits.
    """
    key = secrets.token_hex(KEY_BYTES)
    session.execute(insert(SecretVoter), [{"member_id": member_id}])
    rows = [
        {"ballot_key": key, "objective_id": objective_id, "priority": priority, "comment": comment}
        for objective_id, (priority, comment) in votes.items()
    ]
    if rows:
        session.execute(insert(SecretVote), rows)
    return key


def take_back(session: Session, member_id: int, key: str | None) -> None:
    """Remove a secret ballot recorded in this session (undo), and the member's mark of having voted."""
    if key is not None:
        session.execute(delete(SecretVote).where(SecretVote.ballot_key == key))
    session.execute(delete(SecretVoter).where(SecretVoter.member_id == member_id))


def settle(session: Session) -> None:
    """Write both tables again in their key order, zeroing what is freed: no byte keeps the order of casting.

    The rows wait in a temporary table held in memory (never in a file) while the tables are emptied.
    """
    connection = session.connection()
    for statement in _SETTLE:
        connection.exec_driver_sql(statement)


_SETTLE = (
    "PRAGMA secure_delete=ON",
    "PRAGMA temp_store=MEMORY",
    "CREATE TEMP TABLE IF NOT EXISTS settling_voter (member_id INTEGER)",
    "CREATE TEMP TABLE IF NOT EXISTS settling_vote "
    "(ballot_key TEXT, objective_id INTEGER, priority TEXT, comment TEXT)",
    "INSERT INTO temp.settling_voter SELECT member_id FROM secret_voter",
    "INSERT INTO temp.settling_vote SELECT ballot_key, objective_id, priority, comment FROM secret_vote",
    "DELETE FROM secret_voter",
    "DELETE FROM secret_vote",
    "INSERT INTO secret_voter SELECT member_id FROM temp.settling_voter ORDER BY member_id",
    "INSERT INTO secret_vote SELECT * FROM temp.settling_vote ORDER BY ballot_key, objective_id",
    "DELETE FROM temp.settling_voter",
    "DELETE FROM temp.settling_vote",
)


def counts(session: Session) -> list[tuple[int, str, int]]:
    """(objective id, priority, votes) of every secret ballot, counted by SQLite from the tally index."""
    driver = session.connection().connection.driver_connection
    assert driver is not None
    sql = "SELECT objective_id, priority, count(*) FROM secret_vote GROUP BY objective_id, priority"
    rows: list[tuple[int, str, int]] = driver.execute(sql).fetchall()
    return rows
