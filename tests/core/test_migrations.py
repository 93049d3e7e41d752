"""Schema migrations: the migrated schema, old files, and the runner's safety nets."""

from __future__ import annotations

import json
import shutil
import struct
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.operations import Operations

from plan_files import committed as rows
from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import MigrationError, NewerPlanFile
from planner_gui.core.migrations import (
    MIGRATIONS,
    SCHEMA_VERSION,
    Migration,
    backup_path_for,
    migrate,
)
from planner_gui.core.planfile import make_engine
from planner_gui.core.tables import METADATA
from planner_gui.core.walkthrough import OUTCOMES

SAMPLE_OBJECTIVES = {
    "1": [str(n) for n in range(1, 8)],
    "2": [str(n) for n in range(8, 13)],
    "3": [str(n) for n in range(13, 17)],
    "4": [],
}


def user_version(path: Path) -> int:
    return struct.unpack(">I", path.read_bytes()[60:64])[0]


def columns(path: Path, table: str) -> list[str]:
    return [r[1] for r in rows(path, f"PRAGMA table_info({table})")]


def run_migrations(path: Path, *extra: Migration) -> Path | None:
    """Run the real migrations plus ``extra`` on the file at ``path`` (at the current version)."""
    engine = make_engine(path, read_only=False)
    try:
        return migrate(engine, SCHEMA_VERSION, migrations=[*MIGRATIONS, *extra], backup_of=path)
    finally:
        engine.dispose()


def fake(upgrade: Callable[[Operations], None], name: str = "fake") -> Migration:
    return Migration(SCHEMA_VERSION + 1, name, upgrade)


# ------------------------------------------------- migrations vs. ORM model


def test_the_migrated_schema_matches_the_orm_model(tmp_path: Path) -> None:
    doc = PlanDocument.create(tmp_path / "fresh.retreat")
    try:
        context = MigrationContext.configure(
            doc.session.connection(), opts={"compare_type": True, "compare_server_default": False}
        )
        differences = compare_metadata(context, METADATA)
    finally:
        doc.close()
    assert differences == []


def test_the_comparison_would_notice_a_column_the_migrations_forgot(tmp_path: Path) -> None:
    # Guards the test above: compare_metadata does see a mismatch on our files.
    metadata = sa.MetaData()
    for table in METADATA.sorted_tables:
        table.to_metadata(metadata)
    sa.Table("goal", metadata, sa.Column("colour", sa.Text), extend_existing=True)
    doc = PlanDocument.create(tmp_path / "fresh.retreat")
    try:
        differences = compare_metadata(MigrationContext.configure(doc.session.connection()), metadata)
    finally:
        doc.close()
    assert [(d[0], d[2], d[3].name) for d in differences] == [("add_column", "goal", "colour")]


def test_migrations_are_numbered_one_to_n_and_end_at_the_schema_version() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert MIGRATIONS[-1].version == SCHEMA_VERSION
    assert MIGRATIONS[0].name == "v001_foundation"


# ------------------------------------------------------ a file from version 1


@pytest.fixture
def plan_v1(tmp_path: Path, data_dir: Path) -> Path:
    source = data_dir / "plan-v1.retreat"
    path = tmp_path / "plan-v1.retreat"
    shutil.copyfile(source, path)
    return path


def test_the_version_1_fixture_is_still_a_version_1_file(data_dir: Path) -> None:
    fixture = data_dir / "plan-v1.retreat"
    assert user_version(fixture) == 1
    assert rows(fixture, "PRAGMA journal_mode") == [("delete",)]


def test_a_version_1_plan_opens_with_its_content(plan_v1: Path) -> None:
    doc = PlanDocument.open(plan_v1)
    try:
        assert doc.plan.title == "Strategic Plan 2012–2015"
        assert doc.plan.period == "2012–2015"
        assert doc.plan.vision.startswith("A world free of antipersonnel landmines")
        assert [g.number for g in doc.structure.goals()] == ["1", "2", "3", "4"]
        assert len(doc.structure.objectives()) == 16
        for goal in doc.structure.goals():
            assert [o.number for o in doc.structure.objectives(goal.id)] == SAMPLE_OBJECTIVES[goal.number]
        assert doc.integrity_problems() == []
        # The file is now at the newest version, with a backup if it had to be upgraded.
        if SCHEMA_VERSION > 1:
            assert doc.migration_backup is not None
            assert user_version(doc.migration_backup) == 1
        else:
            assert doc.migration_backup is None
    finally:
        doc.close()
    assert user_version(plan_v1) == SCHEMA_VERSION


def test_a_version_1_plan_opens_as_a_snapshot_without_changing_the_file(plan_v1: Path) -> None:
    before = plan_v1.read_bytes()
    doc = PlanDocument.open_snapshot(plan_v1)
    try:
        assert len(doc.structure.objectives()) == 16
        assert [g.number for g in doc.structure.goals()] == ["1", "2", "3", "4"]
    finally:
        doc.close()
    assert plan_v1.read_bytes() == before
    assert sorted(p.name for p in plan_v1.parent.iterdir()) == ["plan-v1.retreat"]


# ------------------------------------------------------------ the runner


def test_migrate_with_nothing_to_do_takes_no_backup(sample_plan: Path) -> None:
    before = sample_plan.read_bytes()
    assert run_migrations(sample_plan) is None
    assert sample_plan.read_bytes() == before
    assert sorted(p.name for p in sample_plan.parent.iterdir()) == ["sample.retreat"]


def test_a_backup_of_the_old_version_is_written_next_to_the_file(sample_plan: Path) -> None:
    tables = ("plan", "goal", "objective")
    old_rows = {t: rows(sample_plan, f"SELECT * FROM {t} ORDER BY id") for t in tables}

    def add_table(op: Operations) -> None:
        op.create_table("fake_table", sa.Column("id", sa.Integer, primary_key=True))
        op.add_column("goal", sa.Column("colour", sa.Text, nullable=False, server_default=""))

    backup = run_migrations(sample_plan, fake(add_table))

    assert backup == sample_plan.with_name(f"sample.before-upgrade-v{SCHEMA_VERSION}.retreat")
    assert backup.parent == sample_plan.parent
    # The migrated file has the new schema and version ...
    assert user_version(sample_plan) == SCHEMA_VERSION + 1
    assert "colour" in columns(sample_plan, "goal")
    assert rows(sample_plan, "SELECT name FROM sqlite_master WHERE name = 'fake_table'") == [("fake_table",)]
    # ... and the backup is the old plan, whole, still readable by this version.
    assert user_version(backup) == SCHEMA_VERSION
    assert "colour" not in columns(backup, "goal")
    assert rows(backup, "SELECT name FROM sqlite_master WHERE name = 'fake_table'") == []
    assert rows(backup, "PRAGMA integrity_check") == [("ok",)]
    old = PlanDocument.open_snapshot(backup)
    try:
        assert [g.number for g in old.structure.goals()] == ["1", "2", "3", "4"]
        assert len(old.structure.objectives()) == 16
    finally:
        old.close()
    assert {t: rows(backup, f"SELECT * FROM {t} ORDER BY id") for t in tables} == old_rows
    # This version can no longer open the migrated file: it is newer.
    with pytest.raises(NewerPlanFile):
        PlanDocument.open(sample_plan)


def test_a_second_backup_does_not_overwrite_the_first(sample_plan: Path) -> None:
    first = backup_path_for(sample_plan, 1)
    first.write_bytes(b"earlier backup")
    second = backup_path_for(sample_plan, 1)
    assert second == sample_plan.with_name("sample.before-upgrade-v1-2.retreat")
    second.write_bytes(b"x")
    assert backup_path_for(sample_plan, 1).name == "sample.before-upgrade-v1-3.retreat"
    assert first.read_bytes() == b"earlier backup"


def rebuild(table: str) -> Callable[[Operations], None]:
    """A migration that rebuilds ``table`` (SQLite's copy, drop, rename dance)."""

    def upgrade(op: Operations) -> None:
        with op.batch_alter_table(table, recreate="always") as batch:
            batch.add_column(sa.Column("note", sa.Text, nullable=False, server_default=""))

    return upgrade


def test_rebuilding_the_objective_table_keeps_every_objective(sample_plan: Path) -> None:
    before = rows(sample_plan, "SELECT id, goal_id, number, title, position FROM objective ORDER BY id")
    run_migrations(sample_plan, fake(rebuild("objective")))
    assert "note" in columns(sample_plan, "objective")
    after = rows(sample_plan, "SELECT id, goal_id, number, title, position FROM objective ORDER BY id")
    assert after == before
    assert len(after) == 16
    assert rows(sample_plan, "PRAGMA foreign_key_check") == []
    fks = rows(sample_plan, "PRAGMA foreign_key_list(objective)")
    assert sorted((fk[2], fk[3], fk[4], fk[6]) for fk in fks) == [
        ("goal", "goal_id", "id", "CASCADE"),
        ("objective", "related_id", "id", "SET NULL"),
    ]


def test_rebuilding_the_goal_table_does_not_cascade_into_objectives(sample_plan: Path) -> None:
    # Dropping the old goal table with foreign keys on would delete every
    # objective through ON DELETE CASCADE; the runner turns them off first.
    before = rows(sample_plan, "SELECT id, goal_id, number FROM objective ORDER BY id")
    run_migrations(sample_plan, fake(rebuild("goal")))
    assert "note" in columns(sample_plan, "goal")
    assert rows(sample_plan, "SELECT id, goal_id, number FROM objective ORDER BY id") == before
    assert rows(sample_plan, "SELECT count(*) FROM goal") == [(4,)]
    assert rows(sample_plan, "PRAGMA foreign_key_check") == []


def test_the_same_goal_rebuild_with_foreign_keys_on_would_lose_objectives(
    sample_plan: Path,
) -> None:
    # Control for the test above: proves the rebuild really is dangerous.
    engine = make_engine(sample_plan, read_only=False)  # foreign keys on
    try:
        with engine.connect() as conn, conn.begin():
            rebuild("goal")(Operations(MigrationContext.configure(conn)))
            lost = conn.exec_driver_sql("SELECT count(*) FROM objective").scalar()
            conn.rollback()
    finally:
        engine.dispose()
    assert lost == 0


def test_foreign_keys_are_back_on_after_migrating(sample_plan: Path) -> None:
    engine = make_engine(sample_plan, read_only=False)
    try:
        migrate(engine, SCHEMA_VERSION, migrations=[*MIGRATIONS, fake(rebuild("goal"))])
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()


def test_a_failing_migration_leaves_the_file_as_it_was(sample_plan: Path) -> None:
    before = sample_plan.read_bytes()
    objectives = rows(sample_plan, "SELECT * FROM objective ORDER BY id")

    def broken(op: Operations) -> None:
        op.add_column("goal", sa.Column("colour", sa.Text, nullable=False, server_default=""))
        op.execute("DELETE FROM objective WHERE number = '1'")
        raise RuntimeError("migration bug")

    for _attempt in range(3):  # a facilitator trying again and again
        with pytest.raises(MigrationError, match="migration bug") as caught:
            run_migrations(sample_plan, fake(broken))
        assert "left as it was" in str(caught.value)
    assert sorted(p.name for p in sample_plan.parent.iterdir()) == ["sample.retreat"]  # no backup of a file unchanged
    assert user_version(sample_plan) == SCHEMA_VERSION
    assert "colour" not in columns(sample_plan, "goal")
    assert rows(sample_plan, "SELECT * FROM objective ORDER BY id") == objectives
    assert sample_plan.read_bytes() == before
    assert not Path(f"{sample_plan}-journal").exists()
    doc = PlanDocument.open(sample_plan)
    try:
        assert len(doc.structure.objectives()) == 16
    finally:
        doc.close()


def test_a_migration_that_orphans_rows_is_refused_and_rolled_back(sample_plan: Path) -> None:
    before = sample_plan.read_bytes()

    def orphaning(op: Operations) -> None:
        op.execute("DELETE FROM goal WHERE number = '2'")  # its objectives stay behind

    with pytest.raises(MigrationError, match="left as it was"):
        run_migrations(sample_plan, fake(orphaning))
    assert user_version(sample_plan) == SCHEMA_VERSION
    assert rows(sample_plan, "SELECT count(*) FROM goal") == [(4,)]
    assert sample_plan.read_bytes() == before


def test_migrations_run_in_order_up_to_the_target_only(sample_plan: Path) -> None:
    ran: list[int] = []
    extra = [
        Migration(SCHEMA_VERSION + 1, "a", lambda op: ran.append(SCHEMA_VERSION + 1)),
        Migration(SCHEMA_VERSION + 2, "b", lambda op: ran.append(SCHEMA_VERSION + 2)),
        Migration(SCHEMA_VERSION + 3, "c", lambda op: ran.append(SCHEMA_VERSION + 3)),
    ]
    engine = make_engine(sample_plan, read_only=False)
    try:
        migrate(engine, SCHEMA_VERSION, target=SCHEMA_VERSION + 2, migrations=[*MIGRATIONS, *extra])
    finally:
        engine.dispose()
    assert ran == [SCHEMA_VERSION + 1, SCHEMA_VERSION + 2]
    assert user_version(sample_plan) == SCHEMA_VERSION + 2


SCHEMA_2_TABLES = {
    "outcome",
    "outcome_objective",
    "recommendation",
    "context_section",
    "context_item",
    "stakeholder",
    "step_progress",
    "agenda_session",
}
SCHEMA_3_TABLES = {"member", "ballot", "ballot_vote", "hand_count"}
SCHEMA_4_TABLES = {"strategy", "strategy_objective", "strategy_action", "strategy_target", "strategy_country"}


def table_names(path: Path) -> set[str]:
    return {name for (name,) in rows(path, "SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_a_version_1_plan_is_upgraded_with_a_v1_backup_beside_it_and_empty_new_tables(plan_v1: Path) -> None:
    old_tables = table_names(plan_v1)
    old_columns = {t: ", ".join(columns(plan_v1, t)) for t in ("plan", "goal", "objective")}
    old_rows = {t: rows(plan_v1, f"SELECT {c} FROM {t} ORDER BY id") for t, c in old_columns.items()}
    assert not old_tables & SCHEMA_2_TABLES

    doc = PlanDocument.open(plan_v1)
    try:
        backup = doc.migration_backup
        assert backup == plan_v1.with_name("plan-v1.before-upgrade-v1.retreat")
        # The upgraded plan reads the new lists, all empty.
        assert doc.lists.rows(OUTCOMES) == []
        assert doc.walkthrough.contribution_counts() == {"strong": 0, "some": 0, "limited": 0, "none": 0}
        assert [o.number for o in doc.walkthrough.objectives_without_outcome()] == [str(n) for n in range(1, 17)]
        assert doc.context.sections() == []
        assert doc.agenda.sessions() == []
        assert doc.walkthrough.step_progress("plan").done is False
    finally:
        doc.close()

    assert sorted(p.name for p in plan_v1.parent.iterdir()) == ["plan-v1.before-upgrade-v1.retreat", "plan-v1.retreat"]
    # The upgraded file: the newest version, the new tables, each empty, the old rows kept.
    assert user_version(plan_v1) == SCHEMA_VERSION
    assert table_names(plan_v1) >= old_tables | SCHEMA_2_TABLES | SCHEMA_3_TABLES
    for table in sorted(SCHEMA_2_TABLES | SCHEMA_3_TABLES):
        assert rows(plan_v1, f"SELECT count(*) FROM {table}") == [(0,)], table
    assert {t: rows(plan_v1, f"SELECT {c} FROM {t} ORDER BY id") for t, c in old_columns.items()} == old_rows
    # Schema 3 leaves every objective undecided and the ranking options off.
    assert rows(plan_v1, "SELECT DISTINCT priority, rationale, drop_kind, related_id FROM objective") == [
        (None, "", None, None)
    ]
    assert rows(plan_v1, "SELECT high_cap, results_revealed, votes_by_name FROM plan") == [(None, 0, 0)]
    # Schema 4: no strategies yet, and the three kinds of action every plan starts with.
    for table in sorted(SCHEMA_4_TABLES):
        assert rows(plan_v1, f"SELECT count(*) FROM {table}") == [(0,)], table
    assert rows(plan_v1, "SELECT name FROM action_kind ORDER BY position") == [
        ("reactive",),
        ("proactive",),
        ("other",),
    ]
    # Schema 5: the baseline is the plan's structure as it stood, nothing folded or decided.
    [(snapshot,)] = rows(plan_v1, "SELECT snapshot FROM baseline WHERE id = 1")
    baseline = json.loads(snapshot)
    assert [o["number"] for o in baseline["objectives"]] == [str(n) for n in range(1, 17)]
    assert {o["priority"] for o in baseline["objectives"]} == {None}
    assert [(g["number"], g["folded"]) for g in baseline["goals"]] == [(str(n), False) for n in range(1, 5)]
    assert rows(plan_v1, "PRAGMA integrity_check") == [("ok",)]
    assert rows(plan_v1, "PRAGMA foreign_key_check") == []
    # The backup: still a whole version 1 plan, as it was before the upgrade.
    assert user_version(backup) == 1
    assert table_names(backup) == old_tables
    assert rows(backup, "PRAGMA integrity_check") == [("ok",)]
    assert rows(backup, "PRAGMA application_id") == rows(plan_v1, "PRAGMA application_id") == [(0x52504C4E,)]
    assert {t: rows(backup, f"SELECT * FROM {t} ORDER BY id") for t in old_rows} == old_rows


def test_a_version_1_plan_opened_again_is_not_upgraded_twice(plan_v1: Path) -> None:
    PlanDocument.open(plan_v1).close()
    doc = PlanDocument.open(plan_v1)
    try:
        assert doc.migration_backup is None
        doc.lists.insert_row(OUTCOMES, {"title": "Added after the upgrade", "contribution": "strong"})
    finally:
        doc.close()
    assert sorted(p.name for p in plan_v1.parent.iterdir()) == ["plan-v1.before-upgrade-v1.retreat", "plan-v1.retreat"]
    assert rows(plan_v1, "SELECT title, contribution, position FROM outcome") == [
        ("Added after the upgrade", "strong", 0)
    ]


# ------------------------------------------------------ a file from version 6 (before room voting)


def plan_at(path: Path, version: int) -> Path:
    """An empty plan file made by the migrations up to ``version``, as that version of the program made it."""
    from planner_gui.core.planfile import connect_raw, stamp_identity

    raw = connect_raw(path, read_only=False, create=True)
    stamp_identity(raw, 0)
    raw.close()
    engine = make_engine(path, read_only=False)
    try:
        migrate(engine, 0, target=version, migrations=list(MIGRATIONS))
    finally:
        engine.dispose()
    return path


def test_a_version_6_plan_keeps_its_ballots_and_gains_room_voting_with_ballots_not_secret(tmp_path: Path) -> None:
    import sqlite3

    path = plan_at(tmp_path / "six.retreat", 6)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO plan (id, uid, organisation, title, period, vision, mission, values_text, created_at, "
            "high_cap, results_revealed, votes_by_name) VALUES (1, 'uid-6', '', 'Six', '', '', '', '', "
            "'2014-03-01 09:00:00.000000', 2, 0, 1)"
        )
        conn.execute("INSERT INTO goal (id, number, title, description, position, folded, fold_note) "
                     "VALUES (1, '1', 'G', '', 0, 0, '')")  # fmt: skip
        for oid in (1, 2):
            conn.execute(
                "INSERT INTO objective (id, goal_id, number, title, description, position, rationale) "
                f"VALUES ({oid}, 1, '{oid}', 'O{oid}', '', {oid - 1}, '')"
            )
        conn.execute("INSERT INTO member (id, position, name, role, votes, weight) VALUES (1, 0, 'Ana', '', 1, 2.0)")
        conn.execute("INSERT INTO ballot VALUES (1, 1, 'laptop', '2014-03-01 10:00:00')")
        conn.execute("INSERT INTO ballot_vote VALUES (1, 1, 'high', 'core'), (1, 2, 'low', '')")
    conn.close()
    assert user_version(path) == 6

    doc = PlanDocument.open(path)
    try:
        assert doc.migration_backup == path.with_name("six.before-upgrade-v6.retreat")
        assert not doc.plan.secret_ballots and doc.plan.votes_by_name and doc.plan.high_cap == 2
        assert doc.room.current() is None
        record = doc.ranking.ballot(1)
        assert record is not None and record.votes == {1: ("high", "core"), 2: ("low", "")}
        assert [r.tally.counts for r in doc.ranking.results()] == [(2.0, 0, 0, 0), (0, 0, 2.0, 0)]
    finally:
        doc.close()
    assert user_version(path) == SCHEMA_VERSION
    assert rows(path, "SELECT secret_ballots FROM plan") == [(0,)]
    for table in ("room_round", "secret_voter", "secret_vote"):
        assert rows(path, f"SELECT count(*) FROM {table}") == [(0,)], table
    assert rows(path, "SELECT 1 FROM sqlite_master WHERE name = 'secret_vote' AND sql LIKE '%WITHOUT ROWID%'") == [(1,)]
    assert rows(path, "PRAGMA integrity_check") == [("ok",)]
    assert rows(path, "PRAGMA foreign_key_check") == []
