"""Regenerate src/planner_gui/core/migrations/schema.sql, the schema a new plan is made from.

    .venv/bin/python scripts/dump_schema.py          # write it
    .venv/bin/python scripts/dump_schema.py --check  # exit 1 if it is out of date

A new plan runs this script instead of every migration through Alembic (much
faster to start). It is made here by running the migrations themselves on an
empty file and writing down what SQLite then holds: every table, index, view
and trigger as SQLite stored its statement, and the rows the migrations wrote.
A timestamp a migration took from the clock while running is written as
SQLite's own local time, so a new plan gets the time it was made. Run this
after adding or changing a migration; tests/test_schema_script.py fails until
you do.

Alembic's batch mode (a table rebuild) copies the table's constraints from a
set, so the order of the constraint lines of a rebuilt table differs from run
to run; nothing else does. The file is compared to a new dump with those lines
sorted (``canonical``), and kept as it is when only their order differs.
"""

from __future__ import annotations

import argparse
import math
import re
import sqlite3
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # the migrations of this tree, even if another copy is installed

from planner_gui.core.migrations import MIGRATIONS, SCHEMA_SCRIPT, SCHEMA_VERSION, migrate  # noqa: E402
from planner_gui.core.planfile import connect_raw, make_engine, stamp_identity  # noqa: E402

SCRIPT = ROOT / "src" / "planner_gui" / "core" / "migrations" / SCHEMA_SCRIPT

# Objects in an order that creates what each refers to first (foreign keys may point forward).
KINDS = ("table", "index", "view", "trigger")
# The clock as SQLAlchemy's DateTime stores it on SQLite, with and without microseconds.
NOW = "strftime('%Y-%m-%d %H:%M:%S.000000', 'now', 'localtime')"
NOW_MICROSECONDS = "strftime('%Y-%m-%d %H:%M:%f000', 'now', 'localtime')"


TABLE = re.compile(r"(CREATE TABLE [^\n]*\(\n)(.*?)(\n\))", re.DOTALL)
CONSTRAINT = re.compile(r"\t(PRIMARY KEY|UNIQUE|FOREIGN KEY|CHECK|CONSTRAINT)\b")


def canonical(text: str) -> str:
    """``text`` (a statement or a whole script) with the constraint lines of each CREATE TABLE in sorted order.

    Columns keep their order: only the part Alembic leaves to chance is sorted.
    """

    def sort_constraints(match: re.Match[str]) -> str:
        head, body, tail = match.groups()
        elements = body.split(", \n")
        columns = [element for element in elements if not CONSTRAINT.match(element)]
        constraints = sorted(element for element in elements if CONSTRAINT.match(element))
        return head + ", \n".join(columns + constraints) + tail

    return TABLE.sub(sort_constraints, text.replace("\r\n", "\n"))


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def literal(value: object) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"a migration wrote {value}, which SQL can't spell")
        return repr(value)
    if isinstance(value, bytes):
        return f"X'{value.hex()}'"
    if isinstance(value, str):
        # No raw CR in the file, so a CRLF checkout can be read back exactly.
        return "'" + value.replace("'", "''").replace("\r", "' || char(13) || '") + "'"
    raise TypeError(f"unexpected value from SQLite: {value!r}")


def clock_value(value: object, started: datetime, finished: datetime) -> str | None:
    """SQL for the clock if ``value`` is a timestamp taken while the migrations ran, else None."""
    if not isinstance(value, str):
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    if not started <= when <= finished:
        return None
    return NOW if when.microsecond == 0 else NOW_MICROSECONDS


def migrated_plan(path: Path) -> tuple[datetime, datetime]:
    """An empty plan at ``path`` made by every migration from 0; returns when they started and finished."""
    raw = connect_raw(path, read_only=False, create=True)
    stamp_identity(raw, 0)
    raw.close()
    engine = make_engine(path, read_only=False)
    try:
        started = datetime.now().replace(microsecond=0)
        migrate(engine, 0, migrations=list(MIGRATIONS))  # not MIGRATIONS itself: that would run the script
        finished = datetime.now()
    finally:
        engine.dispose()
    return started, finished


def render() -> str:
    """The text schema.sql should hold for the migrations as they are now."""
    with tempfile.TemporaryDirectory(prefix="dump-schema-") as folder:
        path = Path(folder) / "empty.retreat"
        started, finished = migrated_plan(path)
        conn = sqlite3.connect(path)
        try:
            return _dump(conn, started, finished)
        finally:
            conn.close()


def _dump(conn: sqlite3.Connection, started: datetime, finished: datetime) -> str:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version != SCHEMA_VERSION:
        raise RuntimeError(f"the migrations stamped file format {version}, not {SCHEMA_VERSION}")
    lines = [
        "-- The schema of a new, empty plan, run instead of every migration when a plan is created.",
        f"-- file format: {SCHEMA_VERSION}",
        "-- GENERATED by scripts/dump_schema.py from the migrations next to this file: do not edit.",
        "-- After adding or changing a migration, regenerate it: .venv/bin/python scripts/dump_schema.py",
        "-- Each statement is SQLite's own text of what the migrations made (trailing spaces included),",
        "-- so a plan made from it has exactly the schema of one the migrations made.",
    ]
    objects = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
        "ORDER BY rowid"
    ).fetchall()
    tables: list[str] = []
    for kind in KINDS:
        chosen = [(name, sql) for type_, name, sql in objects if type_ == kind]
        if chosen:
            lines += ["", f"-- {kind.capitalize()}s"]
        for name, sql in chosen:
            if "\r" in sql:
                raise ValueError(f"the statement of {name} holds a carriage return")
            lines += ["", f"{sql};"]
            if kind == "table":
                tables.append(name)
    inserts = [statement for table in tables if (statement := _rows(conn, table, started, finished))]
    if inserts:
        lines += ["", "-- Rows the migrations write"]
        for statement in inserts:
            lines += ["", statement]
    return "\n".join(lines) + "\n"


def _rows(conn: sqlite3.Connection, table: str, started: datetime, finished: datetime) -> str | None:
    dated = {
        name
        for _, name, declared, *_ in conn.execute(f"PRAGMA table_info({quote(table)})")
        if declared.upper() in ("DATETIME", "TIMESTAMP")
    }
    cursor = conn.execute(f"SELECT * FROM {quote(table)}")
    columns = [description[0] for description in cursor.description]
    rows = cursor.fetchall()
    if not rows:
        return None
    values = []
    for row in rows:
        cells = [
            (clock_value(value, started, finished) if column in dated else None) or literal(value)
            for column, value in zip(columns, row, strict=True)
        ]
        values.append(f"  ({', '.join(cells)})")
    names = ", ".join(quote(column) for column in columns)
    return f"INSERT INTO {quote(table)} ({names}) VALUES\n" + ",\n".join(values) + ";"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="only say whether the file is up to date")
    args = parser.parse_args(argv)
    text = render()
    current = SCRIPT.read_text(encoding="utf-8") if SCRIPT.exists() else None
    up_to_date = current is not None and canonical(current) == canonical(text)
    if args.check:
        if up_to_date:
            print(f"{SCRIPT.relative_to(ROOT)} is up to date (file format {SCHEMA_VERSION}).")
            return 0
        print(f"{SCRIPT.relative_to(ROOT)} is out of date: run .venv/bin/python scripts/dump_schema.py")
        return 1
    if up_to_date:
        print(f"{SCRIPT.relative_to(ROOT)} was already up to date (file format {SCHEMA_VERSION}).")
    else:
        SCRIPT.write_text(text, encoding="utf-8", newline="\n")
        print(f"Wrote {SCRIPT.relative_to(ROOT)} (file format {SCHEMA_VERSION}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
