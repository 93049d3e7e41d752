"""What ``planner-gui check`` finds beyond SQLite's own checks: rows pointing at rows that are gone, values of
the wrong kind, values the plan's rules never let in, and workings another program added (read with plain
``sqlite3``, so a plan the document would refuse is still told).

A plan edited by this program keeps every rule here; a file changed by another
program may not, and then a vote could be counted wrong or an export fail half
way. Each problem is one line a person can act on.
"""

from __future__ import annotations

import sqlite3

from planner_gui.core.members import is_weight
from planner_gui.core.model_ranking import DROP_KINDS, PRIORITIES
from planner_gui.i18n import _, ngettext

_ALLOWED = {  # table.column -> the words the plan keeps there (NULL allowed where the plan allows it)
    ("ballot_vote", "priority"): PRIORITIES,
    ("secret_vote", "priority"): PRIORITIES,
    ("objective", "priority"): PRIORITIES,
    ("objective", "drop_kind"): DROP_KINDS,
}


_KINDS = {  # a column's declared type -> what SQLite's typeof() may say of its values
    "INTEGER": ("integer",),
    "BOOLEAN": ("integer",),
    "FLOAT": ("real", "integer"),
    "REAL": ("real", "integer"),
    "TEXT": ("text",),
    "VARCHAR": ("text",),
    "DATETIME": ("text",),
    "DATE": ("text",),
}


def _values_of_the_wrong_kind(conn: sqlite3.Connection) -> list[str]:
    """Values another program stored where the plan keeps another kind (text in a count, bytes in a title)."""
    problems = []
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        if table.startswith("sqlite_"):
            continue
        for _cid, column, declared, *_rest in conn.execute(f'PRAGMA table_info("{table}")'):
            kinds = _KINDS.get(str(declared).split("(")[0].strip().upper())
            if kinds is None:
                continue
            allowed = ", ".join(f"'{k}'" for k in (*kinds, "null"))
            query = f'SELECT count(*) FROM "{table}" WHERE typeof("{column}") NOT IN ({allowed})'
            (wrong,) = conn.execute(query).fetchone()
            if wrong:
                said = ngettext(
                    "{count} value of {table}.{column} is not of the kind the plan keeps there",
                    "{count} values of {table}.{column} are not of the kind the plan keeps there",
                    wrong,
                )
                problems.append(said.format(count=wrong, table=table, column=column))
    return problems


def content_problems(conn: sqlite3.Connection) -> list[str]:
    """Every problem of the plan's content, one line each (SQLite's own integrity check aside)."""
    problems = []
    for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check"):  # foreign keys were off
        said = _("a row of {table} (rowid {rowid}) refers to a row of {parent} that is not there")
        problems.append(said.format(table=table, rowid=rowid, parent=parent))
    return problems + _values_of_the_wrong_kind(conn) + rule_problems(conn)


def foreign_workings(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(kind, name) of each trigger and view in the plan: this program makes neither, so another program did."""
    return [
        (str(kind), str(name))
        for kind, name in conn.execute("SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view')")
    ]


def rule_problems(conn: sqlite3.Connection) -> list[str]:
    """Every way the plan's content breaks a rule the program keeps, one line each."""
    tables = {str(name) for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    problems = []
    for kind, name in foreign_workings(conn):
        said = (
            _("the plan holds a trigger “{name}” that this program never makes: it could change what is recorded")
            if kind == "trigger"
            else _("the plan holds a view “{name}” that this program never makes")
        )
        problems.append(said.format(name=name))
    for (table, column), words in _ALLOWED.items():
        if column not in _columns(conn, table, tables):  # (an older plan, before this column, is checked as it is)
            continue
        marks = ", ".join("?" for _word in words)
        query = f'SELECT count(*) FROM "{table}" WHERE "{column}" IS NOT NULL AND "{column}" NOT IN ({marks})'
        (wrong,) = conn.execute(query, words).fetchone()
        if wrong:
            said = ngettext(
                "{count} value of {table}.{column} is not one of: {words}",
                "{count} values of {table}.{column} are not one of: {words}",
                wrong,
            )
            problems.append(said.format(count=wrong, table=table, column=column, words=", ".join(words)))
    if {"name", "weight"} <= _columns(conn, "member", tables):
        names: dict[str, str] = {}
        for name, weight in conn.execute("SELECT name, weight FROM member ORDER BY position, id"):
            folded = " ".join(str(name).split()).casefold()
            if folded in names:
                problems.append(_("two members are called {name}").format(name=name))
            names[folded] = str(name)
            if not isinstance(weight, int | float) or not is_weight(float(weight)):
                said = _("{name}'s ballot weight {weight} is not a number above 0, up to 100")
                problems.append(said.format(name=name, weight=weight))
    return problems


def _columns(conn: sqlite3.Connection, table: str, tables: set[str]) -> set[str]:
    """The columns ``table`` has (none if there is no such table): a name that is no column would be read by
    SQLite as a string, and every row would seem wrong."""
    if table not in tables:
        return set()
    return {str(row[1]) for row in conn.execute(f'PRAGMA table_info("{table}")')}
