"""Hostile update packs: unsigned, wrongly signed, tampered, bombs, path tricks, SQL extras.

Each is refused with one line naming the pack, and the user folder is byte-for-byte as
before (nothing written, not even a temporary file).
"""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import sqlite3
import struct
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from khorasan_desktop import paths
from khorasan_desktop.data import packs, signing
from khorasan_desktop.data.connection import SCHEMA_VERSION
from khorasan_desktop.data.packs import PackError, build_pack, install_pack

VERSION = "2099.1.1"


def _folder_digest(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with its SHA-256 (what a refusal must leave alone)."""
    if not folder.exists():
        return {}
    return {
        str(f.relative_to(folder)): hashlib.sha256(f.read_bytes()).hexdigest()
        for f in sorted(folder.rglob("*"))
        if f.is_file()
    }


@pytest.fixture(scope="module")
def key(pack_key: Path) -> Ed25519PrivateKey:
    return signing.load_private_key(pack_key)


@pytest.fixture(scope="module")
def newer_db(built_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("hostile") / "newer.sqlite"
    shutil.copy(built_db, db)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'data_version'", [VERSION])
    conn.close()
    return db


@pytest.fixture(scope="module")
def good_pack(
    newer_db: Path, key: Ed25519PrivateKey, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    out = tmp_path_factory.mktemp("hostile-pack") / "good.kdpack"
    build_pack(newer_db, out, key)
    return out


def _members(pack: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(pack) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def _write(out: Path, members: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in members:
            zf.writestr(info, data)
    return out


def _signed(out: Path, db_bytes: bytes, key: Ed25519PrivateKey, **extra: bytes) -> Path:
    """A pack of ``db_bytes`` with a matching manifest signed by ``key``."""
    manifest = {
        "format": packs.PACK_FORMAT,
        "data_version": VERSION,
        "as_of": "",
        "schema_version": SCHEMA_VERSION,
        "sha256": hashlib.sha256(db_bytes).hexdigest(),
        "size": len(db_bytes),
    }
    raw = json.dumps(manifest).encode()
    return _write(
        out,
        [
            (packs.MANIFEST_MEMBER, raw),
            (packs.SIGNATURE_MEMBER, signing.sign(raw, key)),
            (packs.DB_MEMBER, db_bytes),
            *extra.items(),
        ],
    )


def _refuse(pack: Path, match: str, user: Path) -> str:
    before = _folder_digest(user)
    t0 = time.perf_counter()
    with pytest.raises(PackError, match=match) as info:
        install_pack(pack)
    assert time.perf_counter() - t0 < 10
    message = str(info.value)
    assert "\n" not in message and pack.name in message
    assert _folder_digest(user) == before
    assert paths.reference_db() == paths.bundled_reference_db()
    return message


@pytest.fixture
def user(_isolated_user_dir: Path, trusted_pack_key: Path) -> Path:
    (_isolated_user_dir / "notes.txt").write_text("something of the user's")
    return _isolated_user_dir


def test_good_pack_installs(good_pack: Path, user: Path) -> None:
    assert install_pack(good_pack).status == "installed"


def test_unsigned_pack_refused(good_pack: Path, tmp_path: Path, user: Path) -> None:
    m = _members(good_pack)
    bad = _write(
        tmp_path / "unsigned.kdpack", [(n, d) for n, d in m.items() if n != "manifest.sig"]
    )
    _refuse(bad, "not signed", user)


def test_pack_signed_by_unknown_key_refused(newer_db: Path, tmp_path: Path, user: Path) -> None:
    stranger = Ed25519PrivateKey.generate()
    bad = tmp_path / "stranger.kdpack"
    build_pack(newer_db, bad, stranger)
    message = _refuse(bad, "unknown key", user)
    assert "trust-key" in message


def test_untrusted_when_no_key_is_added(good_pack: Path, _isolated_user_dir: Path) -> None:
    _refuse(good_pack, "unknown key", _isolated_user_dir)


def _flip_signature(sig: bytes) -> bytes:
    body = json.loads(sig)
    raw = bytearray(base64.b64decode(body["signature"]))
    raw[0] ^= 0x01
    body["signature"] = base64.b64encode(bytes(raw)).decode()
    return json.dumps(body).encode()


@pytest.mark.parametrize(
    "tamper",
    [
        lambda sig: _flip_signature(sig),
        lambda sig: b"{not json",
        lambda sig: json.dumps({"format": "x"}).encode(),
        lambda sig: sig.replace(b'"signature": "', b'"signature": "!!'),
    ],
    ids=["bad-signature", "not-json", "wrong-format", "not-base64"],
)
def test_tampered_signature_refused(
    good_pack: Path, tmp_path: Path, user: Path, tamper: Callable[[bytes], bytes]
) -> None:
    m = _members(good_pack)
    m["manifest.sig"] = tamper(m["manifest.sig"])
    bad = _write(tmp_path / "tampered.kdpack", list(m.items()))
    _refuse(bad, "signature", user)


def test_manifest_changed_after_signing_refused(
    good_pack: Path, tmp_path: Path, user: Path
) -> None:
    m = _members(good_pack)
    manifest = json.loads(m["manifest.json"])
    manifest["changes"] = "harmless looking"
    m["manifest.json"] = json.dumps(manifest).encode()
    _refuse(_write(tmp_path / "edited.kdpack", list(m.items())), "does not match", user)


def _symlink(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.external_attr = 0o120777 << 16
    return info


@pytest.mark.parametrize(
    ("entry", "match"),
    [
        ("../../evil.sh", "outside the pack"),
        ("reference/../../x", "outside the pack"),
        ("/etc/cron.d/evil", "absolute path"),
        ("C:/Windows/evil", "absolute path"),
        ("\\\\server\\share", "absolute path"),
        ("extra.txt", "not part of a data pack"),
        (_symlink("link"), "symbolic link"),
    ],
    ids=["dotdot", "nested-dotdot", "absolute", "drive", "unc", "extra", "symlink"],
)
def test_unexpected_entries_refused(
    good_pack: Path, tmp_path: Path, user: Path, entry: zipfile.ZipInfo | str, match: str
) -> None:
    m = _members(good_pack)
    bad = _write(tmp_path / "entries.kdpack", [*m.items(), (entry, b"payload")])
    _refuse(bad, match, user)


def test_symlink_or_encrypted_member_refused(good_pack: Path, tmp_path: Path, user: Path) -> None:
    m = _members(good_pack)
    rest = [(n, d) for n, d in m.items() if n != packs.DB_MEMBER]
    bad = _write(tmp_path / "link.kdpack", [*rest, (_symlink(packs.DB_MEMBER), m[packs.DB_MEMBER])])
    _refuse(bad, "symbolic link", user)
    for name in (packs.DB_MEMBER, packs.MANIFEST_MEMBER):
        bad = _write(tmp_path / "encrypted.kdpack", list(m.items()))
        _patch(bad, name, encrypted=True)
        _refuse(bad, f"entry '{name}' is encrypted", user)


def test_duplicate_member_refused(good_pack: Path, tmp_path: Path, user: Path) -> None:
    m = _members(good_pack)
    with pytest.warns(UserWarning, match="Duplicate name"):
        bad = _write(tmp_path / "dup.kdpack", [*m.items(), (packs.DB_MEMBER, b"second")])
    _refuse(bad, "appears twice", user)


def test_oversized_manifest_refused_before_parsing(
    tmp_path: Path, user: Path, key: Ed25519PrivateKey
) -> None:
    huge = b'{"pad": "' + b"x" * (packs.MAX_MANIFEST + 10) + b'"}'
    bad = _write(
        tmp_path / "bigmanifest.kdpack",
        [
            (packs.MANIFEST_MEMBER, huge),
            (packs.SIGNATURE_MEMBER, signing.sign(huge, key)),
            (packs.DB_MEMBER, b"x"),
        ],
    )
    _refuse(bad, "over the", user)


def _patch(pack: Path, name: str, size: int | None = None, encrypted: bool = False) -> None:
    """Rewrite member ``name``'s local and central headers: its uncompressed size (what a
    pack bomb does: declare little, inflate to much) or its encrypted flag (which
    zipfile does not write)."""
    data = bytearray(pack.read_bytes())
    with zipfile.ZipFile(pack) as zf:
        offset = zf.getinfo(name).header_offset
    headers = [(offset, 6, 22)]  # local header: flags at 6, size at 22
    pos = 0
    while (pos := data.find(b"PK\x01\x02", pos)) != -1:
        name_len = struct.unpack_from("<H", data, pos + 28)[0]
        if data[pos + 46 : pos + 46 + name_len] == name.encode():
            headers.append((pos, 8, 24))  # central header: flags at 8, size at 24
        pos += 4
    for at, flags, size_at in headers:
        if size is not None:
            struct.pack_into("<I", data, at + size_at, size)
        if encrypted:
            data[at + flags] |= 0x1
    pack.write_bytes(bytes(data))


def test_pack_bomb_stops_at_the_signed_size(
    tmp_path: Path, user: Path, key: Ed25519PrivateKey
) -> None:
    """20 MB of zeros (a ~20 KB entry) declared, signed and headed as 4 KB: refused quickly,
    nothing written."""
    bomb = b"\0" * (20 << 20)
    pack = _signed(tmp_path / "bomb.kdpack", bomb[:4096], key)
    m = _members(pack)
    _write(pack, [(n, bomb if n == packs.DB_MEMBER else d) for n, d in m.items()])
    _patch(pack, packs.DB_MEMBER, size=4096)
    assert pack.stat().st_size < 100_000
    _refuse(pack, "damaged|larger than", user)


def test_database_larger_than_signed_refused(
    newer_db: Path, tmp_path: Path, user: Path, key: Ed25519PrivateKey
) -> None:
    db = newer_db.read_bytes()
    pack = _signed(tmp_path / "short.kdpack", db[: len(db) // 2], key)
    m = _members(pack)
    _write(pack, [(n, db if n == packs.DB_MEMBER else d) for n, d in m.items()])
    _refuse(pack, "does not match the manifest", user)


def _edited_db(newer_db: Path, tmp_path: Path, sql: str) -> bytes:
    db = tmp_path / "edited.sqlite"
    shutil.copy(newer_db, db)
    with sqlite3.connect(db) as conn:
        conn.execute(sql)
    conn.close()
    return db.read_bytes()


@pytest.mark.parametrize(
    ("sql", "match"),
    [
        (
            "CREATE TRIGGER t AFTER INSERT ON meta BEGIN DELETE FROM entities; END",
            "trigger 't'",
        ),
        ("CREATE VIEW v AS SELECT * FROM entities", "view 'v'"),
        ("CREATE TABLE payload (x)", "unexpected table 'payload'"),
        ("CREATE INDEX spy ON entities (summary)", "unexpected index 'spy'"),
    ],
    ids=["trigger", "view", "table", "index"],
)
def test_signed_pack_with_sql_extras_refused(
    newer_db: Path, tmp_path: Path, user: Path, key: Ed25519PrivateKey, sql: str, match: str
) -> None:
    """Even a pack signed by a trusted key carries only the reference schema."""
    pack = _signed(tmp_path / "sql.kdpack", _edited_db(newer_db, tmp_path, sql), key)
    _refuse(pack, match, user)


def test_signed_pack_with_damaged_database_refused(
    newer_db: Path, tmp_path: Path, user: Path, key: Ed25519PrivateKey
) -> None:
    db = bytearray(newer_db.read_bytes())
    page = 4096
    for i in range(page * 3 + 100, page * 3 + 400):
        db[i] ^= 0x5A
    pack = _signed(tmp_path / "damaged.kdpack", bytes(db), key)
    _refuse(pack, "damaged|fails SQLite's check|not a usable", user)


def test_cli_refusal_is_one_line(
    good_pack: Path, tmp_path: Path, user: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from khorasan_desktop.cli import main

    m = _members(good_pack)
    bad = _write(
        tmp_path / "unsigned.kdpack", [(n, d) for n, d in m.items() if n != "manifest.sig"]
    )
    before = _folder_digest(user)
    assert main(["install-pack", str(bad)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "not signed" in err
    assert _folder_digest(user) == before


def test_keys_refused_with_one_line(tmp_path: Path, pack_key: Path) -> None:
    with pytest.raises(signing.KeyFileError, match="private key"):
        signing.trust_key(pack_key)
    (tmp_path / "junk.pem").write_text(
        "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"
    )
    with pytest.raises(signing.KeyFileError, match="not a PEM public key"):
        signing.trust_key(tmp_path / "junk.pem")
    with pytest.raises(signing.KeyFileError, match="cannot read"):
        signing.load_private_key(tmp_path / "missing.pem")
    enc = tmp_path / "enc.pem"
    signing.make_key(enc, passphrase="s3cret")
    with pytest.raises(signing.KeyFileError, match="encrypted"):
        signing.load_private_key(enc, passphrase="")
    with pytest.raises(signing.KeyFileError, match="wrong passphrase"):
        signing.load_private_key(enc, passphrase="nope")
    assert isinstance(signing.load_private_key(enc, passphrase="s3cret"), Ed25519PrivateKey)
    with pytest.raises(signing.KeyFileError, match="never overwritten"):
        signing.make_key(enc)
    assert enc.stat().st_mode & 0o077 == 0


def test_bundled_publisher_key_is_in_the_keyring() -> None:
    bundled = [k for k in signing.keyring() if k.bundled]
    assert bundled and all(k.path.parent == signing.bundled_keys_dir() for k in bundled)


def test_untrust_key(pack_key: Path) -> None:
    added = signing.trust_key(pack_key.with_name("publisher.pub.pem"))
    assert signing.trust_key(pack_key.with_name("publisher.pub.pem")).path == added.path
    assert signing.untrust_key(added.fingerprint) == added.path
    assert added.fingerprint not in {k.fingerprint for k in signing.keyring()}
    bundled = next(k for k in signing.keyring() if k.bundled)
    with pytest.raises(signing.KeyFileError, match="ships with the app"):
        signing.untrust_key(bundled.fingerprint)
