"""Reference-data update packs: build, verify, install atomically, what changed, notes kept."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from khorasan_desktop import paths
from khorasan_desktop.data import packs
from khorasan_desktop.data.connection import SCHEMA_VERSION
from khorasan_desktop.data.packs import Manifest, PackError, build_pack, install_pack
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.data.signing import load_private_key, sign
from khorasan_desktop.data.userdb import UserStore

NEW_VERSION = "2026.12.1"
ADDED_ID = "actor-pack-test-new"
CHANGED_ID = "actor-iskp"


def _event_to_remove(db: Path) -> tuple[str, str]:
    conn = sqlite3.connect(db)
    try:
        row = conn.execute(
            "SELECT id, name FROM entities WHERE kind = 'event' ORDER BY id LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    return str(row[0]), str(row[1])


def make_db(built_db: Path, dest: Path, version: str, edit: bool = True) -> Path:
    """A copy of the reference database with ``version``; with ``edit``, one event removed,
    one actor added and ISIS-K's summary changed."""
    shutil.copy(built_db, dest)
    conn = sqlite3.connect(dest)
    with conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'data_version'", [version])
        if edit:
            gone, _ = _event_to_remove(dest)
            for sql in (
                "DELETE FROM aliases WHERE entity_id = ?",
                "DELETE FROM names WHERE entity_id = ?",
                "DELETE FROM events WHERE entity_id = ?",
                "DELETE FROM event_actors WHERE event_id = ?",
                "DELETE FROM event_regions WHERE event_id = ?",
                "DELETE FROM citations WHERE subject_type = 'entity' AND subject_id = ?",
                "DELETE FROM entities WHERE id = ?",
            ):
                conn.execute(sql, [gone])
            conn.execute("DELETE FROM relations WHERE source_id = ?1 OR target_id = ?1", [gone])
            conn.execute(
                "INSERT INTO entities (id, kind, subtype, name, summary) "
                "VALUES (?, 'actor', 'group', 'Pack Test Front', 'Added by a data pack.')",
                [ADDED_ID],
            )
            conn.execute(
                "INSERT INTO actors (entity_id, type) VALUES (?, 'armed group')", [ADDED_ID]
            )
            conn.execute(
                "UPDATE entities SET summary = summary || ' Updated.' WHERE id = ?", [CHANGED_ID]
            )
    conn.close()
    return dest


@pytest.fixture(autouse=True)
def _trusted(trusted_pack_key: Path) -> None:
    """Every test here runs with the test publisher key trusted (the user may add keys)."""


@pytest.fixture(scope="session")
def key(pack_key: Path) -> Ed25519PrivateKey:
    return load_private_key(pack_key)


@pytest.fixture(scope="session")
def newer_pack(
    built_db: Path, tmp_path_factory: pytest.TempPathFactory, key: Ed25519PrivateKey
) -> Path:
    folder = tmp_path_factory.mktemp("packs")
    db = make_db(built_db, folder / "khorasan.sqlite", NEW_VERSION)
    out = folder / f"khorasan-{NEW_VERSION}.zip"
    build_pack(db, out, key, changes="One event removed, one actor added.")
    return out


def _pack_of(
    built_db: Path, tmp_path: Path, version: str, key: Ed25519PrivateKey, edit: bool = False
) -> Path:
    db = make_db(built_db, tmp_path / f"src-{version}.sqlite", version, edit=edit)
    out = tmp_path / f"pack-{version}.zip"
    build_pack(db, out, key)
    return out


def _rewrite(
    pack: Path,
    out: Path,
    manifest: dict[str, object] | None = None,
    key: Ed25519PrivateKey | None = None,
) -> Path:
    """Copy ``pack``; flip a byte of the database unless a new manifest is given (signed
    again with ``key`` when given, else carrying the old signature)."""
    with zipfile.ZipFile(pack) as zf:
        db = bytearray(zf.read(packs.DB_MEMBER))
        text = zf.read(packs.MANIFEST_MEMBER)
        sig = zf.read(packs.SIGNATURE_MEMBER)
    if manifest is None:
        db[len(db) // 2] ^= 0xFF
    else:
        text = json.dumps(manifest).encode()
        if key is not None:
            sig = sign(text, key)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(packs.DB_MEMBER, bytes(db))
        zf.writestr(packs.MANIFEST_MEMBER, text)
        zf.writestr(packs.SIGNATURE_MEMBER, sig)
    return out


def _state() -> tuple[Path, bytes | None, list[str]]:
    """What must not change when an install is refused."""
    pointer = paths.pack_pointer()
    folder = paths.packs_dir()
    files = sorted(f.name for f in folder.iterdir()) if folder.is_dir() else []
    return paths.reference_db(), pointer.read_bytes() if pointer.exists() else None, files


# -- building ------------------------------------------------------------------------------


def test_build_pack_from_repo_db_has_valid_manifest(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    repo_db = paths.bundled_reference_db()
    out = tmp_path / "pack.zip"
    m = build_pack(repo_db, out, key, changes="Monthly update.", previous_version="2026.10.1")
    with zipfile.ZipFile(out) as zf:
        assert zf.testzip() is None
        assert sorted(zf.namelist()) == sorted(packs.MEMBERS)
        raw = json.loads(zf.read(packs.MANIFEST_MEMBER))
        db = zf.read(packs.DB_MEMBER)
    assert raw["format"] == "khorasan-desktop-pack/1"
    assert set(raw) == {
        "format",
        "data_version",
        "as_of",
        "schema_version",
        "sha256",
        "size",
        "built_from",
        "changes",
        "previous_version",
    }
    assert Manifest.from_dict(raw) == m == packs.read_manifest(out)
    assert m.sha256 == hashlib.sha256(db).hexdigest() and m.size == len(db)
    assert m.schema_version == SCHEMA_VERSION
    paths.data_version_key(m.data_version)
    assert m.as_of and m.changes == "Monthly update." and m.previous_version == "2026.10.1"
    assert "khorasan-desktop" in m.built_from


def test_build_pack_refuses_a_non_reference_db(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    bad = tmp_path / "x.sqlite"
    sqlite3.connect(bad).close()
    with pytest.raises(PackError, match="cannot build"):
        build_pack(bad, tmp_path / "p.zip", key)
    assert not (tmp_path / "p.zip").exists()


def test_data_version_key() -> None:
    key = paths.data_version_key
    assert key("2026.11.1") < key("2026.11.2") < key("2026.12.1") < key("2027.1")
    assert key("2026.9.1") < key("2026.10.1")  # numeric, not text
    assert key("2026.11") == key("2026.11.0")
    for bad in ("", "2026.x", "v1", "1..2"):
        with pytest.raises(ValueError):
            key(bad)


# -- installing ----------------------------------------------------------------------------


def test_good_pack_installs_and_reference_db_points_to_it(newer_pack: Path) -> None:
    bundled = paths.reference_db()
    assert bundled == paths.bundled_reference_db()
    result = install_pack(newer_pack)
    assert result.status == "installed"
    target = paths.packs_dir() / f"khorasan-{NEW_VERSION}.sqlite"
    assert paths.reference_db() == target == result.path
    pointer = json.loads(paths.pack_pointer().read_text())
    assert pointer["file"] == target.name and pointer["data_version"] == NEW_VERSION
    ref = Reference(paths.reference_db())
    try:
        assert ref.meta["data_version"] == NEW_VERSION
        assert ref.entity(ADDED_ID).name == "Pack Test Front"
    finally:
        ref.close()
    assert sorted(f.name for f in paths.packs_dir().iterdir()) == ["current.json", target.name]
    installed = packs.installed_packs()
    assert [(p.data_version, p.current) for p in installed] == [(NEW_VERSION, True)]


def test_what_changed_lists_added_removed_changed(newer_pack: Path, built_db: Path) -> None:
    gone, gone_name = _event_to_remove(built_db)
    result = install_pack(newer_pack)
    changes = result.changes
    assert changes is not None
    assert changes.new_version == NEW_VERSION
    assert [(n.id, n.name) for n in changes.removed] == [(gone, gone_name)]
    assert [n.id for n in changes.added] == [ADDED_ID]
    changed = {n.id for n in changes.changed}
    assert CHANGED_ID in changed
    assert gone not in changed and ADDED_ID not in changed


def test_same_version_is_already_installed(newer_pack: Path) -> None:
    install_pack(newer_pack)
    before = _state()
    result = install_pack(newer_pack)
    assert result.status == "already-installed"
    assert _state() == before


def test_pack_of_the_bundled_version_is_already_installed(
    tmp_path: Path, key: Ed25519PrivateKey
) -> None:
    pack = tmp_path / "same.zip"
    build_pack(paths.bundled_reference_db(), pack, key)
    assert install_pack(pack).status == "already-installed"
    assert not paths.packs_dir().exists()


def test_older_pack_refused(
    newer_pack: Path, built_db: Path, tmp_path: Path, key: Ed25519PrivateKey
) -> None:
    install_pack(newer_pack)
    before = _state()
    older = _pack_of(built_db, tmp_path, "2026.11.5", key)
    with pytest.raises(PackError, match=r"older than the version in use \(2026\.12\.1\)"):
        install_pack(older)
    assert _state() == before


def test_pack_older_than_bundled_refused(
    built_db: Path, tmp_path: Path, key: Ed25519PrivateKey
) -> None:
    older = _pack_of(built_db, tmp_path, "2020.1.1", key)
    with pytest.raises(PackError, match="older"):
        install_pack(older)
    assert not paths.pack_pointer().exists()


def test_flipped_byte_in_database_refused(newer_pack: Path, tmp_path: Path) -> None:
    before = _state()
    bad = _rewrite(newer_pack, tmp_path / "bad.zip")
    with pytest.raises(PackError, match="checksum mismatch") as info:
        install_pack(bad)
    assert "\n" not in str(info.value)
    assert _state() == before


def test_edited_manifest_version_refused(
    newer_pack: Path, tmp_path: Path, key: Ed25519PrivateKey
) -> None:
    install_pack(newer_pack)
    before = _state()
    manifest = packs.read_manifest(newer_pack).to_dict()
    manifest["data_version"] = "2027.1.1"
    bad = _rewrite(newer_pack, tmp_path / "bad.zip", manifest)
    with pytest.raises(PackError, match=r"signature does not match.*altered"):
        install_pack(bad)
    assert _state() == before
    # Signed again by the publisher, the database still disagrees with the manifest.
    resigned = _rewrite(newer_pack, tmp_path / "resigned.zip", manifest, key)
    with pytest.raises(PackError, match=r"manifest says data_version.*altered"):
        install_pack(resigned)
    assert _state() == before


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        ({"schema_version": SCHEMA_VERSION + 1}, "schema version"),
        ({"format": "something-else/9"}, "unknown pack format"),
        ({"sha256": "abc"}, "sha256"),
        ({"data_version": "next"}, "bad data version"),
        ({"size": 12}, "does not match the manifest"),
    ],
)
def test_bad_manifest_refused(
    newer_pack: Path, tmp_path: Path, edit: dict[str, object], message: str, key: Ed25519PrivateKey
) -> None:
    manifest = {**packs.read_manifest(newer_pack).to_dict(), **edit}
    bad = _rewrite(newer_pack, tmp_path / "bad.zip", manifest, key)
    with pytest.raises(PackError, match=message):
        install_pack(bad)
    assert not paths.pack_pointer().exists()


def test_damaged_zip_and_missing_manifest_refused(newer_pack: Path, tmp_path: Path) -> None:
    data = bytearray(newer_pack.read_bytes())
    for i in range(1000, 1100):
        data[i] ^= 0xFF
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(bytes(data))
    with pytest.raises(PackError, match="damaged"):
        install_pack(damaged)
    (tmp_path / "trunc.zip").write_bytes(newer_pack.read_bytes()[:5000])
    with pytest.raises(PackError, match="not a valid data pack"):
        install_pack(tmp_path / "trunc.zip")
    no_manifest = tmp_path / "nomanifest.zip"
    with zipfile.ZipFile(no_manifest, "w") as zf:
        zf.writestr(packs.DB_MEMBER, b"x")
    with pytest.raises(PackError, match=r"no manifest\.json"):
        install_pack(no_manifest)
    with pytest.raises(PackError, match="not found"):
        install_pack(tmp_path / "missing.zip")
    assert not paths.pack_pointer().exists()
    assert not paths.packs_dir().exists() or not any(paths.packs_dir().iterdir())


def test_disk_full_leaves_nothing_half_installed(
    newer_pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(packs.os, "fsync", full)
    with pytest.raises(PackError, match=r"not enough disk space.*nothing installed"):
        install_pack(newer_pack)
    assert paths.reference_db() == paths.bundled_reference_db()
    assert list(paths.packs_dir().iterdir()) == []


def test_failed_pointer_switch_keeps_old_data(
    newer_pack: Path,
    built_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    key: Ed25519PrivateKey,
) -> None:
    install_pack(newer_pack)
    before = _state()
    later = _pack_of(built_db, tmp_path, "2027.1.1", key)

    def fail(data: object) -> None:
        raise PackError("cannot write to x: read-only")

    monkeypatch.setattr(packs, "_write_pointer", fail)
    with pytest.raises(PackError, match="read-only"):
        install_pack(later)
    assert _state() == before


def test_notes_and_bookmarks_kept_and_orphans_reported(
    newer_pack: Path, built_db: Path, _isolated_user_dir: Path
) -> None:
    gone, gone_name = _event_to_remove(built_db)
    user_db = _isolated_user_dir / "user.sqlite"
    store = UserStore(user_db)
    store.set_note(gone, "Check this event against UCDP.")
    store.set_note("actor-iskp", "Main subject.")
    store.add_bookmark(gone, "The removed event")
    store.add_bookmark("actor-taliban", "Taliban")
    notes, bookmarks = store.notes(), store.bookmarks()
    store.close()
    digest = hashlib.sha256(user_db.read_bytes()).hexdigest()

    result = install_pack(newer_pack)

    assert hashlib.sha256(user_db.read_bytes()).hexdigest() == digest
    store = UserStore(user_db)
    try:
        assert store.notes() == notes and store.bookmarks() == bookmarks
    finally:
        store.close()
    assert [(n.entity_id, n.label) for n in result.orphaned_notes] == [(gone, gone_name)]
    assert [b.entity_id for b in result.orphaned_bookmarks] == [gone]


def test_reference_db_falls_back_to_bundled(newer_pack: Path, built_db: Path) -> None:
    install_pack(newer_pack)
    target = paths.reference_db()
    pointer = paths.pack_pointer()
    good = pointer.read_text()
    for broken in ("{", "[]", json.dumps({"file": "../../etc/passwd"}), '{"file": "nope"}'):
        pointer.write_text(broken)
        assert paths.reference_db() == paths.bundled_reference_db(), broken
    pointer.write_text(good)
    assert paths.reference_db() == target
    conn = sqlite3.connect(target)
    with conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.close()
    assert paths.reference_db() == paths.bundled_reference_db()
    with sqlite3.connect(target) as conn:
        conn.execute(f"UPDATE meta SET value = '{SCHEMA_VERSION}' WHERE key = 'schema_version'")
        conn.execute("UPDATE meta SET value = '2000.1' WHERE key = 'data_version'")
    conn.close()
    assert paths.reference_db() == paths.bundled_reference_db()  # bundled data is newer


def test_installed_packs_and_rollback(
    newer_pack: Path, built_db: Path, tmp_path: Path, key: Ed25519PrivateKey
) -> None:
    install_pack(newer_pack)
    first = paths.reference_db()
    install_pack(_pack_of(built_db, tmp_path, "2027.1.1", key, edit=True))
    assert [(p.data_version, p.current) for p in packs.installed_packs()] == [
        ("2027.1.1", True),
        (NEW_VERSION, False),
    ]
    assert packs.rollback() == first
    assert packs.rollback() == paths.bundled_reference_db()
    with pytest.raises(PackError, match="no data pack"):
        packs.rollback()


def test_third_pack_prunes_the_oldest(
    newer_pack: Path, built_db: Path, tmp_path: Path, key: Ed25519PrivateKey
) -> None:
    install_pack(newer_pack)
    install_pack(_pack_of(built_db, tmp_path, "2027.1.1", key))
    install_pack(_pack_of(built_db, tmp_path, "2027.2.1", key))
    names = sorted(f.name for f in paths.packs_dir().iterdir())
    assert names == ["current.json", "khorasan-2027.1.1.sqlite", "khorasan-2027.2.1.sqlite"]


# -- command line --------------------------------------------------------------------------


def _cli(user: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "khorasan_desktop", "--user-dir", str(user), *args]
    env = {**os.environ, paths.USER_DIR_ENV: str(user)}
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)


def test_cli_install_pack(newer_pack: Path, built_db: Path, tmp_path: Path, pack_key: Path) -> None:
    user = tmp_path / "cli-user"
    gone, gone_name = _event_to_remove(built_db)
    store = UserStore(user / "user.sqlite")
    store.set_note(gone, "note")
    store.close()

    unknown = _cli(user, "install-pack", str(newer_pack))
    assert unknown.returncode == 2 and "unknown key" in unknown.stderr, unknown.stderr
    assert len(unknown.stderr.strip().splitlines()) == 1
    assert not (user / "reference").exists()
    trusted = _cli(user, "trust-key", str(pack_key.with_name("publisher.pub.pem")))
    assert trusted.returncode == 0 and "trusted key" in trusted.stdout, trusted.stderr
    listed = _cli(user, "trust-key", "--list")
    assert "added by you" in listed.stdout and "ships with the app" in listed.stdout

    out = _cli(user, "install-pack", str(newer_pack))
    assert out.returncode == 0, out.stderr
    assert f"Installed data version {NEW_VERSION}" in out.stdout
    assert "1 added, 1 removed" in out.stdout
    assert gone_name in out.stdout and "no longer in the data (kept, 1)" in out.stdout
    assert (user / "reference" / f"khorasan-{NEW_VERSION}.sqlite").exists()

    again = _cli(user, "install-pack", str(newer_pack))
    assert again.returncode == 0 and "already installed" in again.stdout

    bad = _cli(user, "install-pack", str(_rewrite(newer_pack, tmp_path / "bad.zip")))
    assert bad.returncode == 2
    assert len(bad.stderr.strip().splitlines()) == 1, bad.stderr
    assert "checksum mismatch" in bad.stderr

    missing = _cli(user, "install-pack", str(tmp_path / "nope.zip"))
    assert missing.returncode == 2 and len(missing.stderr.strip().splitlines()) == 1


def test_cli_build_pack(tmp_path: Path, pack_key: Path) -> None:
    k = str(pack_key)
    out = _cli(
        tmp_path / "u", "build-pack", "-o", str(tmp_path / "p.zip"), "--key", k, "--changes", "x"
    )
    assert out.returncode == 0, out.stderr
    assert "signed by key" in out.stdout
    assert packs.read_manifest(tmp_path / "p.zip").changes == "x"
    bad = _cli(tmp_path / "u", "build-pack", "-o", str(tmp_path / "no" / "p.zip"), "--key", k)
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1
    nokey = _cli(tmp_path / "u", "build-pack", "-o", str(tmp_path / "q.zip"), "--key", "nope.pem")
    assert nokey.returncode == 2 and "cannot read the private key" in nokey.stderr
    assert not (tmp_path / "q.zip").exists()
