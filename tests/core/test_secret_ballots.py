"""Secret ballots: counted like any ballot, and nothing in the plan file says whose they were.

The file is read as another program would (sqlite3, read-only): no table links
a vote to a member, no column or rowid orders the votes by time, and even the
bytes of the file are the same whichever order the members voted in.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from plan_files import committed
from planner_gui.core import secret_ballots
from planner_gui.core.document import PlanDocument
from planner_gui.core.errors import InvalidEdit
from planner_gui.core.ranking import MEMBERS, BallotRecorded, BallotRefused
from planner_gui.core.structure import OBJECTIVES
from planner_gui.core.tally import parse_priority

NAMES = ("Ana", "Ben", "Chloé", "Dev")
LETTERS = {"Ana": "HHMLD", "Ben": "HMMLL", "Chloé": "DLMHH", "Dev": "MMMMM"}


@pytest.fixture
def secret(tmp_path: Path) -> Iterator[PlanDocument]:
    """Five objectives, four members, ballots secret; nobody has voted."""
    doc = PlanDocument.create(tmp_path / "secret.retreat", title="Secret plan")
    goal = doc.structure.add_goal("1", "Ban")
    for number in ("1", "2", "3", "4", "5"):
        doc.structure.add_objective(goal, number, f"Objective {number}")
    for name in NAMES:
        doc.ranking.add_member(name, "Board")
    doc.ranking.set_ranking_options(secret_ballots=True)
    yield doc
    doc.close()


def mid(doc: PlanDocument, name: str) -> int:
    found = doc.ranking.find_member(name)
    assert found is not None
    return found.id


def choices(doc: PlanDocument, name: str, comment: str = "") -> dict[int, tuple[str | None, str]]:
    return {
        o.id: (parse_priority(letter), comment)
        for o, letter in zip(doc.structure.objectives(), LETTERS[name], strict=True)
    }


def cast(doc: PlanDocument, name: str, source: str = "laptop", comment: str = "") -> BallotRecorded:
    [result] = doc.ranking.cast_ballots([(mid(doc, name), choices(doc, name, comment))], source=source)
    assert isinstance(result, BallotRecorded), result
    return result


def test_secret_ballots_are_chosen_before_the_first_ballot_with_equal_weights(tmp_path: Path) -> None:
    doc = PlanDocument.create(tmp_path / "p.retreat")
    try:
        goal = doc.structure.add_goal("1", "G")
        objective = doc.structure.add_objective(goal, "1", "O")
        ana = doc.ranking.add_member("Ana")
        doc.lists.update_row(MEMBERS, ana, weight=2.0)
        with pytest.raises(InvalidEdit, match="weight other than 1"):
            doc.ranking.set_ranking_options(secret_ballots=True)
        doc.lists.update_row(MEMBERS, ana, weight=1.0)
        doc.ranking.set_ranking_options(votes_by_name=True)
        doc.ranking.set_ranking_options(secret_ballots=True)
        assert doc.plan.secret_ballots and not doc.plan.votes_by_name  # votes by name go with it
        with pytest.raises(InvalidEdit, match="can't be shown by name"):
            doc.ranking.set_ranking_options(votes_by_name=True)
        with pytest.raises(InvalidEdit, match="every ballot weighs the same"):
            doc.lists.update_row(MEMBERS, ana, weight=3.0)
        doc.ranking.cast_ballot(ana, {objective: ("high", "")})
        with pytest.raises(InvalidEdit, match="stay secret"):
            doc.ranking.set_ranking_options(secret_ballots=False)
    finally:
        doc.close()
    again = PlanDocument.open(tmp_path / "p.retreat")
    try:
        again.ranking.set_ranking_options(high_cap=1)  # other options still change
        assert again.plan.secret_ballots
    finally:
        again.close()


def test_once_a_ballot_is_cast_ballots_cant_become_secret(tmp_path: Path) -> None:
    doc = PlanDocument.create(tmp_path / "p.retreat")
    try:
        goal = doc.structure.add_goal("1", "G")
        objective = doc.structure.add_objective(goal, "1", "O")
        doc.ranking.cast_ballot(doc.ranking.add_member("Ana"), {objective: ("low", "")})
        with pytest.raises(InvalidEdit, match="before the first ballot"):
            doc.ranking.set_ranking_options(secret_ballots=True)
        assert not doc.plan.secret_ballots
    finally:
        doc.close()


def test_secret_ballots_count_like_any_other_and_say_who_voted_never_how(secret: PlanDocument) -> None:
    for name, source in (("Ana", "laptop"), ("Ben", "room"), ("Chloé", "spreadsheet")):
        cast(secret, name, source)
    assert secret.ranking.voted() == {mid(secret, n) for n in ("Ana", "Ben", "Chloé")}
    assert [v.voted for v in secret.ranking.voters()] == [True, True, True, False]
    assert secret.ranking.ballot(mid(secret, "Ana")) is None  # there is no ballot of Ana's to read
    results = secret.ranking.results()
    assert [r.tally.counts for r in results] == [
        (2, 0, 0, 1),
        (1, 1, 1, 0),
        (0, 3, 0, 0),
        (1, 0, 2, 0),
        (1, 0, 1, 1),
    ]
    assert all(r.by_member == {} and r.comments == {} for r in results)


def test_a_secret_ballot_is_never_replaced(secret: PlanDocument) -> None:
    first = cast(secret, "Ana")
    for replace in (False, True):
        [again] = secret.ranking.cast_ballots([(mid(secret, "Ana"), choices(secret, "Dev"))], replace=replace)
        assert isinstance(again, BallotRefused) and not again.already_voted
        said = "Ana has cast a secret ballot already. A secret ballot can't be changed or replaced."
        assert again.problems == (said,)
    assert secret.ranking.results()[0].tally.counts == (1, 0, 0, 0)
    assert first.replaced is None and first.secret_key is not None


def test_undo_of_a_cast_takes_back_that_ballot_and_only_it(secret: PlanDocument) -> None:
    cast(secret, "Ana")
    ben = cast(secret, "Ben")
    cast(secret, "Chloé")
    secret.ranking.restore_ballot(mid(secret, "Ben"), None, secret_key=ben.secret_key)
    assert secret.ranking.voted() == {mid(secret, "Ana"), mid(secret, "Chloé")}
    assert [r.tally.counts for r in secret.ranking.results()][1] == (1, 0, 1, 0)  # Ana's H, Chloé's L
    assert committed(secret.path, "SELECT count(DISTINCT ballot_key) FROM secret_vote") == [(2,)]


def test_a_member_who_cast_a_secret_ballot_stays_a_voting_member(secret: PlanDocument) -> None:
    ana = mid(secret, "Ana")
    cast(secret, "Ana")
    with pytest.raises(InvalidEdit, match="can't be removed"):
        secret.lists.delete_row(MEMBERS, ana)
    with pytest.raises(InvalidEdit, match="stay a voting member"):
        secret.lists.update_row(MEMBERS, ana, votes=False)
    secret.lists.update_row(MEMBERS, ana, name="Ana María", role="Chair")  # the rest of the row still changes
    dev = mid(secret, "Dev")
    secret.lists.update_row(MEMBERS, dev, votes=False)  # who has not voted is free to change
    tomb = secret.lists.delete_row(MEMBERS, dev)
    secret.lists.restore(tomb)
    assert [m.name for m in secret.ranking.members()] == ["Ana María", "Ben", "Chloé", "Dev"]


def test_deleting_an_objective_takes_its_secret_votes_and_undo_puts_them_back(secret: PlanDocument) -> None:
    for name in ("Ana", "Ben"):
        cast(secret, name, comment="why")
    third = secret.structure.objectives()[2]
    before = committed(secret.path, "SELECT * FROM secret_vote ORDER BY 1, 2")
    tomb = secret.lists.delete_row(OBJECTIVES, third.id)
    assert committed(secret.path, "SELECT count(*) FROM secret_vote WHERE objective_id = ?", (third.id,)) == [(0,)]
    secret.lists.restore(tomb)
    assert committed(secret.path, "SELECT * FROM secret_vote ORDER BY 1, 2") == before


# ------------------------------------------------------------------ the file, read by another program


def test_the_plan_file_holds_no_link_from_any_vote_to_any_member(secret: PlanDocument) -> None:
    for name, source in (("Ana", "laptop"), ("Ben", "room"), ("Chloé", "spreadsheet")):
        cast(secret, name, source, comment=f"a comment of {len(name)} letters")
    path = secret.path
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        member_ids = {m for (m,) in conn.execute("SELECT id FROM member")}
        holding_votes = []
        for table in tables:
            columns = [c[1] for c in conn.execute(f'PRAGMA table_info("{table}")')]
            rows = conn.execute(f'SELECT * FROM "{table}"').fetchall()
            if "priority" in columns and rows and table != "objective":
                holding_votes.append(table)
                refs = {fk[2] for fk in conn.execute(f'PRAGMA foreign_key_list("{table}")')}
                assert refs == {"objective"}, f"{table} refers to {refs}"
                assert columns == ["ballot_key", "objective_id", "priority", "comment"]
        assert holding_votes == ["secret_vote"]
        assert conn.execute("SELECT count(*) FROM ballot").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM ballot_vote").fetchone() == (0,)
        # Who voted: member ids, and nothing else (no time, no way in, no key).
        assert [c[1] for c in conn.execute("PRAGMA table_info(secret_voter)")] == ["member_id"]
        assert {m for (m,) in conn.execute("SELECT member_id FROM secret_voter")} <= member_ids
        # No rowid, no time, no key that is a member's id or counts up.
        with pytest.raises(sqlite3.OperationalError, match="rowid"):
            conn.execute("SELECT rowid FROM secret_vote")
        keys = [k for (k,) in conn.execute("SELECT DISTINCT ballot_key FROM secret_vote")]
        assert len(keys) == 3 and all(len(k) == 32 and int(k, 16) >= 0 for k in keys)
        assert not {str(m) for m in member_ids} & set(keys)
        dates = [c for t in tables for c in conn.execute(f'PRAGMA table_info("{t}")') if c[2] == "DATETIME"]
        assert {t for t in tables if any(c[1] in ("cast_at",) for c in conn.execute(f'PRAGMA table_info("{t}")'))} == {
            "ballot"
        }
        assert dates  # (the plan's own times are elsewhere: none in either secret table)
    finally:
        conn.close()


def _file_bytes_without_counters(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    data[24:28] = data[92:96] = b"\0\0\0\0"  # SQLite's change counter, and the version it was valid for
    return bytes(data)


def test_the_file_is_the_same_byte_for_byte_whichever_order_the_members_voted_in(
    secret: PlanDocument, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even the place of each row on SQLite's pages says nothing of the order of casting."""
    keys = {name: f"{n:02d}" * 16 for n, name in enumerate(("Chloé", "Ana", "Dev", "Ben"), start=10)}
    secret.close()
    base = tmp_path / "secret.retreat"
    files = []
    for run, order in enumerate((("Ana", "Ben", "Chloé", "Dev"), ("Dev", "Chloé", "Ben", "Ana"))):
        path = tmp_path / f"order-{run}.retreat"
        shutil.copyfile(base, path)
        doc = PlanDocument.open(path)
        try:
            for name in order:
                monkeypatch.setattr(secret_ballots.secrets, "token_hex", lambda _n, name=name: keys[name])
                cast(doc, name, comment=f"{name}'s reasons")
        finally:
            doc.close()
        files.append(_file_bytes_without_counters(path))
    assert files[0] == files[1]


# ------------------------------------------------------------------ room voting's round


def test_the_room_round_is_kept_in_the_plan_and_a_new_round_changes_the_secret(tmp_path: Path) -> None:
    path = tmp_path / "p.retreat"
    doc = PlanDocument.create(path)
    try:
        assert doc.room.current() is None
        first = doc.room.ensure()
        assert first.round_no == 1 and len(first.secret) == 32 and not first.may_change
        assert doc.room.ensure() == first
        doc.room.set_options(may_change=True, address="http://127.0.0.1:8640")
        assert "secret" not in repr(first) and first.secret.hex() not in repr(first)
    finally:
        doc.close()
    doc = PlanDocument.open(path)
    try:
        again = doc.room.current()
        assert again is not None and again.secret == first.secret and again.may_change
        assert again.address == "http://127.0.0.1:8640"
        second = doc.room.new_round()
        assert second.round_no == 2 and second.secret != first.secret
        with pytest.raises(InvalidEdit, match="http://"):
            doc.room.set_options(address="127.0.0.1:8640")
    finally:
        doc.close()


def test_with_secret_ballots_members_may_never_change_a_room_ballot(secret: PlanDocument) -> None:
    with pytest.raises(InvalidEdit, match="secret ballot can't be changed"):
        secret.room.set_options(may_change=True)
    assert not secret.room.ensure().may_change
