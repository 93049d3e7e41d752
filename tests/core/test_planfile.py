"""The plan file on disk: refusing what is not a plan, without touching it.

Every bad file is opened with each way the program opens files; each must be
refused with the right ``PlanFileError`` subclass and a message naming the
file, and must leave the file's bytes and its folder exactly as they were.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import sqlite3
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import (
    DamagedPlanFile,
    FileAccessError,
    NewerPlanFile,
    NotAPlanFile,
    PlanFileError,
    ReadOnlyPlan,
)
from planner_gui.core.migrations import SCHEMA_VERSION
from planner_gui.core.planfile import (
    APPLICATION_ID,
    check_integrity,
    inspect_plan_file,
)

PAGE = 4096


# ------------------------------------------------------------------ helpers


def folder_state(folder: Path) -> dict[str, bytes | None]:
    """Every entry of a folder with its bytes (None for sub-folders)."""
    return {entry.name: (entry.read_bytes() if entry.is_file() else None) for entry in sorted(folder.iterdir())}


def rootpage(path: Path, name: str) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        (page,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()
    finally:
        conn.close()
    return int(page)


def overwrite_page(path: Path, page: int) -> None:
    data = bytearray(path.read_bytes())
    data[(page - 1) * PAGE : page * PAGE] = random.Random(page).randbytes(PAGE)
    path.write_bytes(bytes(data))


def header_field(path: Path, offset: int) -> int:
    return struct.unpack(">I", path.read_bytes()[offset : offset + 4])[0]


# ------------------------------------------------------- bad-file factories
# Each writes one kind of bad file into ``folder`` (next to a good plan at
# ``plan``, when it needs one) and returns its path.


def random_bytes(folder: Path, plan: Path) -> Path:
    path = folder / "noise.retreat"
    path.write_bytes(random.Random(1).randbytes(3 * PAGE))
    return path


def empty_file(folder: Path, plan: Path) -> Path:
    path = folder / "empty.retreat"
    path.write_bytes(b"")
    return path


def text_file(folder: Path, plan: Path) -> Path:
    path = folder / "notes.retreat"
    path.write_text("Goal 1: no more use\n", encoding="utf-8")
    return path


def truncated_half(folder: Path, plan: Path) -> Path:
    path = folder / "half.retreat"
    data = plan.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def truncated_mid_page(folder: Path, plan: Path) -> Path:
    path = folder / "midpage.retreat"
    path.write_bytes(plan.read_bytes()[: PAGE + 1234])
    return path


def truncated_in_header(folder: Path, plan: Path) -> Path:
    path = folder / "header.retreat"
    path.write_bytes(plan.read_bytes()[:50])
    return path


def garbage_page_2(folder: Path, plan: Path) -> Path:
    path = folder / "page2.retreat"
    shutil.copyfile(plan, path)
    overwrite_page(path, 2)
    return path


def garbage_objective_table(folder: Path, plan: Path) -> Path:
    path = folder / "objectives.retreat"
    shutil.copyfile(plan, path)
    overwrite_page(path, rootpage(path, "objective"))
    return path


def other_apps_database(folder: Path, plan: Path) -> Path:
    path = folder / "contacts.retreat"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contact (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO contact (name) VALUES ('Jody')")
    conn.commit()
    conn.close()
    return path


def xlsx_like_zip(folder: Path, plan: Path) -> Path:
    path = folder / "ballots.retreat"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", "<worksheet/>")
    return path


def newer_version(folder: Path, plan: Path) -> Path:
    path = folder / "newer.retreat"
    data = bytearray(plan.read_bytes())
    data[60:64] = struct.pack(">I", SCHEMA_VERSION + 1)  # PRAGMA user_version
    path.write_bytes(bytes(data))
    return path


def never_finished(folder: Path, plan: Path) -> Path:
    path = folder / "unfinished.retreat"
    data = bytearray(plan.read_bytes())
    data[60:64] = struct.pack(">I", 0)
    path.write_bytes(bytes(data))
    return path


def no_plan_row(folder: Path, plan: Path) -> Path:
    path = folder / "norow.retreat"
    shutil.copyfile(plan, path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DELETE FROM plan")
    conn.close()
    return path


def a_folder(folder: Path, plan: Path) -> Path:
    path = folder / "folder.retreat"
    path.mkdir()
    (path / "inside.txt").write_text("x")
    return path


def missing(folder: Path, plan: Path) -> Path:
    return folder / "gone.retreat"


BAD_FILES: list[tuple[Callable[[Path, Path], Path], type[PlanFileError], str]] = [
    (random_bytes, NotAPlanFile, "is not a Retreat Planner plan"),
    (empty_file, NotAPlanFile, "is empty"),
    (text_file, NotAPlanFile, "is not a Retreat Planner plan"),
    (truncated_half, DamagedPlanFile, "cut short"),
    (truncated_mid_page, DamagedPlanFile, "cut short"),
    (truncated_in_header, DamagedPlanFile, "cut short"),
    (garbage_page_2, DamagedPlanFile, "damaged"),
    (garbage_objective_table, DamagedPlanFile, "damaged"),
    (other_apps_database, NotAPlanFile, "database of another program"),
    (xlsx_like_zip, NotAPlanFile, "spreadsheet"),
    (newer_version, NewerPlanFile, "newer version of Retreat Planner"),
    (never_finished, DamagedPlanFile, "never finished"),
    (a_folder, NotAPlanFile, "is a folder"),
    (missing, FileAccessError, "does not exist"),
]

OPENERS = {
    "open": PlanDocument.open,
    "open_snapshot": PlanDocument.open_snapshot,
    "inspect": lambda path: inspect_plan_file(path, SCHEMA_VERSION),
}


@pytest.fixture
def workdir(tmp_path: Path, sample_plan: Path) -> tuple[Path, Path]:
    """A clean folder for the bad file, and a good plan kept elsewhere."""
    folder = tmp_path / "work"
    folder.mkdir()
    return folder, sample_plan


@pytest.mark.parametrize("opener", OPENERS.values(), ids=OPENERS.keys())
@pytest.mark.parametrize(("make", "error", "phrase"), BAD_FILES, ids=[make.__name__ for make, _, _ in BAD_FILES])
def test_a_bad_file_is_refused_with_a_clear_message_and_left_untouched(
    workdir: tuple[Path, Path],
    make: Callable[[Path, Path], Path],
    error: type[PlanFileError],
    phrase: str,
    opener: Callable[[Path], object],
) -> None:
    folder, plan = workdir
    path = make(folder, plan)
    before = folder_state(folder)
    with pytest.raises(error) as caught:
        result = opener(path)
        if isinstance(result, PlanDocument):
            result.close()
    message = str(caught.value)
    assert phrase in message
    assert path.name in message
    assert "Traceback" not in message
    # Same bytes, and no -journal, lock, backup or temporary file beside it.
    assert folder_state(folder) == before


def test_a_page_of_index_garbage_is_refused_as_damaged(workdir: tuple[Path, Path]) -> None:
    folder, plan = workdir
    path = folder / "index.retreat"
    shutil.copyfile(plan, path)
    overwrite_page(path, rootpage(path, "ix_objective_goal_id"))
    before = folder_state(folder)
    with pytest.raises(DamagedPlanFile, match="damaged"):
        PlanDocument.open(path)
    assert folder_state(folder) == before


def test_the_message_for_a_damaged_index_page_is_one_plain_line(
    workdir: tuple[Path, Path],
) -> None:
    folder, plan = workdir
    path = folder / "index.retreat"
    shutil.copyfile(plan, path)
    overwrite_page(path, rootpage(path, "ix_objective_goal_id"))
    with pytest.raises(DamagedPlanFile) as caught:
        PlanDocument.open(path)
    message = str(caught.value)
    assert "\n" not in message
    assert "***" not in message


def test_a_plan_without_its_plan_record_is_refused_as_damaged(
    workdir: tuple[Path, Path],
) -> None:
    folder, plan = workdir
    path = no_plan_row(folder, plan)
    before = folder_state(folder)
    for opener in (PlanDocument.open, PlanDocument.open_snapshot):
        with pytest.raises(DamagedPlanFile, match="holds no plan record"):
            opener(path)
    assert folder_state(folder) == before


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root reads every file whatever its permissions",
)
def test_a_file_without_read_permission_is_refused(workdir: tuple[Path, Path]) -> None:
    folder, plan = workdir
    path = folder / "private.retreat"
    shutil.copyfile(plan, path)
    content = path.read_bytes()
    path.chmod(0)
    try:
        names = sorted(os.listdir(folder))
        for opener in OPENERS.values():
            with pytest.raises(FileAccessError, match="permission to read"):
                opener(path)
        assert sorted(os.listdir(folder)) == names
    finally:
        path.chmod(0o600)
    assert path.read_bytes() == content


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root may write to every file whatever its permissions",
)
def test_a_read_only_file_opens_only_as_a_snapshot(workdir: tuple[Path, Path]) -> None:
    folder, plan = workdir
    path = folder / "locked.retreat"
    shutil.copyfile(plan, path)
    path.chmod(0o444)
    content = path.read_bytes()
    try:
        with pytest.raises(ReadOnlyPlan, match="read-only"):
            PlanDocument.open(path)
        snapshot = PlanDocument.open_snapshot(path)
        try:
            assert len(snapshot.structure.objectives()) == 16
        finally:
            snapshot.close()
    finally:
        path.chmod(0o600)
    assert path.read_bytes() == content


def test_a_plan_left_mid_change_by_a_crash_is_rolled_back_on_open(tmp_path: Path, sample_plan: Path) -> None:
    committed = PlanDocument.open_snapshot(sample_plan)
    titles = [o.title for o in committed.structure.objectives()]
    committed.close()
    # A writer that spills its change into the file, "crashes" (we copy the
    # file and its hot journal mid-transaction), and is never heard of again.
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    writer = sqlite3.connect(sample_plan, isolation_level=None)
    writer.execute("PRAGMA cache_size=1")
    writer.execute("BEGIN")
    writer.execute("UPDATE objective SET title = ?", ("half-written " * 300,))
    shutil.copyfile(sample_plan, crashed / "plan.retreat")
    shutil.copyfile(f"{sample_plan}-journal", crashed / "plan.retreat-journal")
    writer.execute("ROLLBACK")
    writer.close()
    path = crashed / "plan.retreat"
    assert path.read_bytes() != sample_plan.read_bytes()  # the change reached the file

    with pytest.raises(ReadOnlyPlan, match="middle of a change"):
        PlanDocument.open_snapshot(path)
    assert sorted(os.listdir(crashed)) == ["plan.retreat", "plan.retreat-journal"]

    doc = PlanDocument.open(path)
    try:
        assert [o.title for o in doc.structure.objectives()] == titles
        assert doc.integrity_problems() == []
    finally:
        doc.close()
    assert sorted(os.listdir(crashed)) == ["plan.retreat"]


# ------------------------------------------------------------------ pragmas


def test_an_open_plan_uses_the_portable_pragmas(sample_plan: Path) -> None:
    doc = PlanDocument.open(sample_plan)
    try:

        def pragma(name: str) -> object:
            return doc.session.connection().exec_driver_sql(f"PRAGMA {name}").scalar()

        assert pragma("journal_mode") == "delete"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2  # FULL
        assert pragma("application_id") == APPLICATION_ID
        assert pragma("user_version") == SCHEMA_VERSION
        doc.structure.add_goal("5")
        assert pragma("foreign_keys") == 1
    finally:
        doc.close()
    # The file itself says what it is, at the header offsets SQLite documents.
    assert sample_plan.read_bytes()[:16] == b"SQLite format 3\x00"
    assert header_field(sample_plan, 68) == APPLICATION_ID == 0x52504C4E
    assert header_field(sample_plan, 60) == SCHEMA_VERSION
    assert sorted(p.name for p in sample_plan.parent.iterdir()) == ["sample.retreat"]


def test_foreign_keys_cascade_on_the_documents_connection(sample_plan: Path) -> None:
    doc = PlanDocument.open(sample_plan)
    try:
        conn = doc.session.connection()
        conn.exec_driver_sql("DELETE FROM goal WHERE number = '1'")
        assert conn.exec_driver_sql("SELECT count(*) FROM objective").scalar() == 9
        doc.session.rollback()
    finally:
        doc.close()


def test_check_integrity_of_a_sound_plan_finds_nothing(sample_plan: Path) -> None:
    assert check_integrity(sample_plan) == []
    assert check_integrity(sample_plan, quick=True) == []


def test_inspect_reports_the_schema_version(sample_plan: Path) -> None:
    info = inspect_plan_file(sample_plan, SCHEMA_VERSION)
    assert (info.schema_version, info.hot_journal) == (SCHEMA_VERSION, False)


# ---------------------------------------------------------------- save_copy


def content(doc: PlanDocument) -> list[tuple]:
    plan = doc.plan
    rows: list[tuple] = [(plan.uid, plan.title, plan.vision, plan.mission, plan.values)]
    for goal in doc.structure.goals():
        rows.append((goal.id, goal.number, goal.title, goal.position, goal.folded))
        rows.extend((o.id, o.number, o.title, o.position) for o in doc.structure.objectives(goal.id))
    return rows


def test_save_copy_writes_a_valid_plan_with_the_same_content(tmp_path: Path, sample_plan: Path) -> None:
    doc = PlanDocument.open(sample_plan)
    try:
        doc.structure.add_goal("5", "Added before the copy")
        doc.structure.fold_goal(doc.structure.goals()[3].id, "Folded")
        expected = content(doc)
        dest = tmp_path / "copies" / "copy.retreat"
        dest.parent.mkdir()
        doc.save_copy(dest)
        doc.structure.add_goal("6", "Added after the copy")
    finally:
        doc.close()
    assert sorted(os.listdir(dest.parent)) == ["copy.retreat"]  # no partial file left
    assert inspect_plan_file(dest, SCHEMA_VERSION).schema_version == SCHEMA_VERSION
    assert check_integrity(dest) == []
    assert header_field(dest, 68) == APPLICATION_ID
    copy = PlanDocument.open(dest)
    try:
        assert content(copy) == expected
        assert copy.session.connection().exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
    finally:
        copy.close()


def test_save_copy_of_a_snapshot_copies_the_snapshot(tmp_path: Path, sample_plan: Path) -> None:
    snapshot = PlanDocument.open_snapshot(sample_plan)
    try:
        expected = content(snapshot)
        dest = tmp_path / "snap-copy.retreat"
        snapshot.save_copy(dest)
    finally:
        snapshot.close()
    copy = PlanDocument.open_snapshot(dest)
    try:
        assert content(copy) == expected
    finally:
        copy.close()


def test_save_copy_replaces_an_existing_file(tmp_path: Path, sample_plan: Path) -> None:
    dest = tmp_path / "old.retreat"
    dest.write_bytes(b"an old file")
    doc = PlanDocument.open(sample_plan)
    try:
        doc.save_copy(dest)
    finally:
        doc.close()
    assert inspect_plan_file(dest, SCHEMA_VERSION).schema_version == SCHEMA_VERSION


@pytest.mark.parametrize("spelling", ["same", "dotted", "symlink"])
def test_save_copy_refuses_to_copy_a_plan_onto_itself(sample_plan: Path, spelling: str) -> None:
    folder = sample_plan.parent
    if spelling == "same":
        dest = sample_plan
    elif spelling == "dotted":
        dest = folder / "." / ".." / folder.name / sample_plan.name
    else:
        dest = folder / "link.retreat"
        dest.symlink_to(sample_plan)
    doc = PlanDocument.open(sample_plan)
    before = folder_state(folder)
    try:
        with pytest.raises(FileAccessError, match="can't be saved over the plan itself"):
            doc.save_copy(dest)
        assert folder_state(folder) == before
        assert len(doc.structure.objectives()) == 16
    finally:
        doc.close()


def test_save_copy_into_a_missing_folder_is_refused(tmp_path: Path, sample_plan: Path) -> None:
    doc = PlanDocument.open(sample_plan)
    try:
        with pytest.raises(FileAccessError, match="does not exist"):
            doc.save_copy(tmp_path / "nowhere" / "copy.retreat")
    finally:
        doc.close()
    assert not (tmp_path / "nowhere").exists()


# ------------------------------------------------------------------- create


def test_create_refuses_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "taken.retreat"
    path.write_bytes(b"someone else's work")
    with pytest.raises(FileAccessError, match="already exists"):
        PlanDocument.create(path, title="New")
    assert path.read_bytes() == b"someone else's work"
    assert sorted(os.listdir(tmp_path)) == ["taken.retreat"]


def test_create_with_overwrite_replaces_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "taken.retreat"
    path.write_bytes(b"someone else's work")
    doc = PlanDocument.create(path, title="Replacement", overwrite=True)
    try:
        assert doc.plan.title == "Replacement"
        assert doc.structure.counts()["goals"] == 0
    finally:
        doc.close()
    assert header_field(path, 68) == APPLICATION_ID
    assert sorted(os.listdir(tmp_path)) == ["taken.retreat"]


def test_create_leaves_nothing_behind_when_filling_fails(tmp_path: Path) -> None:
    path = tmp_path / "new.retreat"

    def fill(doc: PlanDocument) -> None:
        doc.structure.add_goal("1", "Partly written")
        raise RuntimeError("the fill broke")

    with pytest.raises(RuntimeError, match="the fill broke"):
        PlanDocument.create(path, fill=fill)
    assert os.listdir(tmp_path) == []


def open_files_under(folder: Path) -> list[str]:
    found = []
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            target = os.readlink(f"/proc/self/fd/{fd}")
            if target.startswith(str(folder)):
                found.append(target)
    return found


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs Linux's /proc")
def test_create_closes_the_half_made_plan_before_removing_it(tmp_path: Path) -> None:
    def fill(doc: PlanDocument) -> None:
        doc.structure.add_goal("1")
        raise RuntimeError("the fill broke")

    with pytest.raises(RuntimeError) as caught:
        PlanDocument.create(tmp_path / "new.retreat", fill=fill)
    assert caught.value.args == ("the fill broke",)
    assert open_files_under(tmp_path) == []


def test_create_over_an_existing_file_keeps_it_when_filling_fails(tmp_path: Path) -> None:
    path = tmp_path / "keep.retreat"
    path.write_bytes(b"precious")

    def fill(doc: PlanDocument) -> None:
        raise RuntimeError("the fill broke")

    with pytest.raises(RuntimeError):
        PlanDocument.create(path, overwrite=True, fill=fill)
    assert path.read_bytes() == b"precious"
    assert sorted(os.listdir(tmp_path)) == ["keep.retreat"]


def test_create_in_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FileAccessError, match="does not exist"):
        PlanDocument.create(tmp_path / "nowhere" / "new.retreat")
    assert os.listdir(tmp_path) == []


def test_create_on_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "plans.retreat"
    folder.mkdir()
    with pytest.raises(FileAccessError, match="is a folder"):
        PlanDocument.create(folder, overwrite=True)
    assert folder.is_dir()
    assert os.listdir(folder) == []


def test_a_created_plan_is_a_complete_plan_file(tmp_path: Path) -> None:
    path = tmp_path / "fresh.retreat"
    PlanDocument.create(path, title="Fresh").close()
    assert sorted(os.listdir(tmp_path)) == ["fresh.retreat"]
    info = inspect_plan_file(path, SCHEMA_VERSION)
    assert info.schema_version == SCHEMA_VERSION
    assert header_field(path, 68) == APPLICATION_ID
    doc = PlanDocument.open_snapshot(path)
    try:
        assert doc.plan.title == "Fresh"
    finally:
        doc.close()
