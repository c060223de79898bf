"""The user database cannot be lost: quick check on open, backups, restore, read-only
folders, foreign schemas. Every refusal leaves the user's files as they were."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from khorasan_desktop import cli, paths
from khorasan_desktop.data import backups, userdb
from khorasan_desktop.data.errors import DataError
from khorasan_desktop.data.userdb import UserDataDamaged, UserStore


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    return lines[0]


def _store_with_notes(path: Path, n: int = 300) -> None:
    store = UserStore(path)
    for i in range(n):
        store.set_note(f"actor-{i:04d}", f"note {i} " + "x" * 200)
    store.add_bookmark("actor-iskp", "ISIS-K")
    store.close()


def _damage(path: Path) -> None:
    """Flip bytes inside a b-tree page of the notes table (the header stays valid)."""
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > page * 8
    for n in range(2, 7):  # their headers overwritten
        data[page * n : page * n + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


@pytest.fixture
def user_db(_isolated_user_dir: Path) -> Path:
    path = paths.user_db()
    _store_with_notes(path)
    return path


# -- damage --------------------------------------------------------------------------------


def test_damaged_user_db_is_refused_and_kept(user_db: Path) -> None:
    _damage(user_db)
    before = _digest(user_db)
    with pytest.raises(UserDataDamaged) as info:
        UserStore(user_db)
    message = str(info.value)
    assert "\n" not in message and str(user_db) in message and "damaged" in message
    assert "No backup exists" in message
    assert _digest(user_db) == before


def test_damaged_user_db_names_its_backup_and_restores(user_db: Path) -> None:
    store = UserStore(user_db)
    made = store.backup_now()
    notes = store.notes()
    store.close()
    _damage(user_db)
    damaged = _digest(user_db)
    with pytest.raises(UserDataDamaged, match=r"1 backup\(s\) exist.*restore-backup 1"):
        UserStore(user_db)

    aside = backups.restore(user_db, backups.find(user_db, "1"))
    assert aside is not None and _digest(aside) == damaged  # moved aside, never deleted
    store = UserStore(user_db)
    try:
        assert store.notes() == notes
    finally:
        store.close()
    assert made.exists()


def test_cli_commands_on_a_damaged_user_db_give_one_line(
    user_db: Path, tmp_path: Path, ref_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _damage(user_db)
    before = _digest(user_db)
    for argv in (
        ["export", "stix", "-o", str(tmp_path / "b.json")],
        ["datasets"],
        ["screenshot", str(tmp_path / "s.png")],
    ):
        assert cli.main(["--db", str(ref_path), *argv]) == 2, argv
        assert "damaged" in _one_line(capsys.readouterr().err)
    assert _digest(user_db) == before
    assert not (tmp_path / "b.json").exists()


def test_file_that_is_not_a_database(_isolated_user_dir: Path) -> None:
    path = paths.user_db()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not SQLite" * 300)
    with pytest.raises(UserDataDamaged, match="damaged"):
        UserStore(path)
    assert path.read_bytes() == b"this is not SQLite" * 300


@pytest.mark.parametrize(
    "sql",
    [
        ["CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"],
        [
            "CREATE TABLE _sqlite_migrations (migration_set TEXT, name TEXT, applied_at TEXT)",
            "INSERT INTO _sqlite_migrations VALUES ('khorasan_desktop.user', "
            "'m001_notes_bookmarks_history', '2026')",
            "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)",
        ],
    ],
    ids=["foreign-notes", "foreign-notes-marked-migrated"],
)
def test_foreign_notes_schema_gives_a_message(
    _isolated_user_dir: Path,
    sql: list[str],
    tmp_path: Path,
    ref_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = paths.user_db()
    path.parent.mkdir(parents=True)
    with sqlite3.connect(path) as conn:
        for statement in sql:
            conn.execute(statement)
    conn.close()
    before = _digest(path)
    with pytest.raises(DataError, match="another program"):
        UserStore(path)
    for argv in (["export", "stix", "-o", str(tmp_path / "b.json")], ["screenshot", "x.png"]):
        assert cli.main(["--db", str(ref_path), *argv]) == 2
        assert "another program" in _one_line(capsys.readouterr().err)
    assert _digest(path) == before


# -- backups -------------------------------------------------------------------------------


def test_first_write_of_the_day_backs_up_once(user_db: Path) -> None:
    assert backups.list_backups(user_db) == []
    store = UserStore(user_db)
    store.set_note("actor-iskp", "first write today")
    store.set_note("actor-iskp", "second write today")
    store.close()
    found = backups.list_backups(user_db)
    assert [b.reason for b in found] == ["daily"]
    conn = sqlite3.connect(found[0].path)
    try:
        # the copy was taken before the write: it holds the notes made earlier, not this one
        assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 300
        assert (
            conn.execute("SELECT count(*) FROM notes WHERE entity_id = 'actor-iskp'").fetchone()[0]
            == 0
        )
    finally:
        conn.close()
    store = UserStore(user_db)  # a new session on the same day: no second daily copy
    store.add_bookmark("actor-taliban", "Taliban")
    store.close()
    assert len(backups.list_backups(user_db)) == 1


def test_empty_user_db_is_not_backed_up(_isolated_user_dir: Path) -> None:
    store = UserStore(paths.user_db())
    store.record_view("actor-iskp", "ISIS-K")
    store.close()
    assert backups.list_backups(paths.user_db()) == []


def test_backup_before_migration(_isolated_user_dir: Path) -> None:
    path = paths.user_db()
    path.parent.mkdir(parents=True)
    db = sqlite_utils.Database(path)
    userdb.migrations.apply(db, stop_before="m002_imported_layers")
    db.execute("INSERT INTO notes VALUES ('actor-iskp', 'old note', '2025')")
    db.conn.commit()
    db.close()
    store = UserStore(path)
    try:
        assert store.note("actor-iskp") == "old note"
    finally:
        store.close()
    found = backups.list_backups(path)
    assert [b.reason for b in found] == ["before-migration"]
    conn = sqlite3.connect(found[0].path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()
    assert "notes" in tables and "datasets" not in tables  # the copy is of the old schema


def test_backup_before_import(user_db: Path) -> None:
    store = UserStore(user_db)
    try:
        with store.import_transaction():
            store.open_event_dataset("x", "ucdp")
    finally:
        store.close()
    assert "before-import" in [b.reason for b in backups.list_backups(user_db)]


def test_only_the_last_seven_are_kept(user_db: Path) -> None:
    store = UserStore(user_db)
    try:
        made = [store.backup_now() for _ in range(backups.KEEP + 3)]
    finally:
        store.close()
    kept = backups.list_backups(user_db)
    assert len(kept) == backups.KEEP
    assert {b.path for b in kept} == set(made[-backups.KEEP :])


def test_cli_restore_backup(user_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["restore-backup"]) == 0
    assert "no backups yet" in capsys.readouterr().out
    assert cli.main(["restore-backup", "--now"]) == 0
    assert "backed up to" in capsys.readouterr().out
    store = UserStore(user_db)
    store.set_note("actor-0001", "changed after the backup")
    store.close()
    assert cli.main(["restore-backup"]) == 0
    listing = capsys.readouterr().out
    assert listing.startswith("1. ") and "manual" in listing
    assert cli.main(["restore-backup", "9"]) == 2
    assert "No backup '9'" in _one_line(capsys.readouterr().err)
    assert cli.main(["restore-backup", "1"]) == 0
    out = capsys.readouterr().out
    assert "restored your data" in out and "replaced-" in out
    store = UserStore(user_db)
    try:
        assert store.note("actor-0001").startswith("note 1 ")
    finally:
        store.close()
    assert list(user_db.parent.glob("user.sqlite.replaced-*"))


def test_damaged_backup_is_not_restored(user_db: Path) -> None:
    store = UserStore(user_db)
    made = store.backup_now()
    store.close()
    _damage(made)
    before = _digest(user_db)
    with pytest.raises(DataError, match="damaged too"):
        backups.restore(user_db, backups.find(user_db, "1"))
    assert _digest(user_db) == before


# -- read-only -----------------------------------------------------------------------------


def _deny_writes(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """As if ``folder`` were on a read-only medium (tests may run as root, who can write
    anywhere, so ``os.access`` is what is told no)."""
    real = os.access

    def access(path: object, mode: int, **kw: object) -> bool:
        if mode & os.W_OK and str(path).startswith(str(folder)):
            return False
        return real(path, mode, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(userdb.os, "access", access)


def test_read_only_folder_reads_notes_and_refuses_writes(
    user_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _digest(user_db)
    _deny_writes(monkeypatch, user_db.parent)
    store = UserStore(user_db)
    try:
        assert store.read_only and "read-only" in store.read_only
        assert store.note("actor-0007").startswith("note 7 ")
        assert [b.entity_id for b in store.bookmarks()] == ["actor-iskp"]
        store.record_view("actor-iskp", "ISIS-K")  # history: silently not kept
        for write in (
            lambda: store.set_note("actor-iskp", "new"),
            lambda: store.add_bookmark("actor-taliban", "Taliban"),
            lambda: store.remove_dataset("x"),
        ):
            with pytest.raises(DataError, match="read-only"):
                write()
        with pytest.raises(DataError, match="read-only"), store.import_transaction():
            pass
    finally:
        store.close()
    assert _digest(user_db) == before
    assert not backups.backup_dir(user_db).exists()


def test_read_only_folder_without_data_is_one_line(
    _isolated_user_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _isolated_user_dir.mkdir()
    _deny_writes(monkeypatch, _isolated_user_dir)
    with pytest.raises(DataError, match="read-only, and it holds no data yet"):
        UserStore(paths.user_db())


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_really_read_only_folder(user_db: Path) -> None:
    folder = user_db.parent
    for f in folder.iterdir():
        f.chmod(0o444)
    folder.chmod(0o555)
    try:
        store = UserStore(user_db)
        try:
            assert store.read_only
            assert store.note("actor-0003").startswith("note 3 ")
        finally:
            store.close()
    finally:
        folder.chmod(0o755)


def test_quick_check_runs_once_per_state_of_the_file(
    user_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every view query opens a store; the check reads the whole file, so it runs once per
    state of the file, and again after the file changed."""
    from khorasan_desktop.data import userdb

    calls: list[int] = []
    real = userdb.quick_check
    monkeypatch.setattr(userdb, "quick_check", lambda conn: calls.append(1) or real(conn))
    userdb._CHECKED.clear()
    UserStore(user_db).close()
    UserStore(user_db).close()
    UserStore(user_db).close()
    assert len(calls) == 1
    _damage(user_db)  # a changed file is checked again, and its damage found
    with pytest.raises(UserDataDamaged):
        UserStore(user_db)
    assert len(calls) == 2
