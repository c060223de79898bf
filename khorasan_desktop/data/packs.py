"""Reference-data update packs: build, sign, verify, install atomically, report what changed.

A pack is a zip file with three members: ``manifest.json`` (data version, SHA-256 and size
of the database), ``manifest.sig`` (an Ed25519 signature over the manifest's exact bytes,
see :mod:`khorasan_desktop.data.signing`) and ``khorasan.sqlite`` (a complete reference
database). Before anything is written, a pack must have exactly these members (no paths,
symlinks or encrypted entries), a manifest under :data:`MAX_MANIFEST` bytes signed by a
trusted key, and a database whose streamed bytes stop at the size the manifest declares and
hash to its SHA-256; the database is then checked as SQLite (expected tables only, no
triggers or views, integrity check) before use. Installing one never touches the user's
database: the new reference
database is written to ``<user data>/reference/khorasan-<data_version>.sqlite`` through a
temporary file, fsync and ``os.replace``, and only then is the pointer file
``reference/current.json`` switched, itself atomically. :func:`paths.reference_db` reads that
pointer, so a running app keeps the old database until it reopens, and a failed install
leaves the pointer (and so the data in use) as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import json
import os
import re
import sqlite3
import tempfile
import time
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from khorasan_desktop import __version__, paths
from khorasan_desktop.data.connection import SCHEMA_VERSION, meta, open_reference
from khorasan_desktop.data.errors import DataError
from khorasan_desktop.data.files import tracked
from khorasan_desktop.data.signing import SignatureError, TrustedKey, sign, verify

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

PACK_FORMAT = "khorasan-desktop-pack/1"
MANIFEST_MEMBER = "manifest.json"
SIGNATURE_MEMBER = "manifest.sig"
DB_MEMBER = paths.DB_FILENAME
MEMBERS = (MANIFEST_MEMBER, SIGNATURE_MEMBER, DB_MEMBER)
MAX_MANIFEST = 256 * 1024  # a real manifest is ~1 KB; read no more than this of one
MAX_SIGNATURE = 4 * 1024
USER_DB = paths.USER_DB_NAME
PACK_PREFIX = "khorasan-"
KEEP_INSTALLED = 2  # the pack in use and the one before it (what a running app may hold)
_CHUNK = 1 << 20
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed member times: the same database gives the same pack
_SHA256 = re.compile(r"[0-9a-f]{64}")
_KIND_ORDER = {"actor": 0, "region": 1, "event": 2, "source": 3}


class PackError(DataError):
    """The pack is damaged, altered, older than the data in use, or cannot be installed."""


@dataclass(frozen=True)
class Manifest:
    data_version: str
    as_of: str
    schema_version: int
    sha256: str
    size: int
    built_from: str = ""
    changes: str = ""
    previous_version: str | None = None
    format: str = PACK_FORMAT

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        return {"format": data.pop("format"), **data}

    @classmethod
    def from_dict(cls, data: Any) -> Manifest:
        """Validate a parsed ``manifest.json``; :class:`PackError` names the first problem."""
        if not isinstance(data, dict):
            raise PackError("manifest.json is not a JSON object")
        if data.get("format") != PACK_FORMAT:
            raise PackError(
                f"unknown pack format {data.get('format')!r} (this app reads {PACK_FORMAT})"
            )
        for key, kind in (
            ("data_version", str),
            ("as_of", str),
            ("schema_version", int),
            ("sha256", str),
            ("size", int),
        ):
            value = data.get(key)
            if not isinstance(value, kind) or isinstance(value, bool):
                raise PackError(f"manifest.json: {key} is missing or not a {kind.__name__}")
        for key in ("built_from", "changes"):
            if not isinstance(data.get(key, ""), str):
                raise PackError(f"manifest.json: {key} is not text")
        previous = data.get("previous_version")
        if previous is not None and not isinstance(previous, str):
            raise PackError("manifest.json: previous_version is not text")
        try:
            paths.data_version_key(data["data_version"])
        except ValueError as exc:
            raise PackError(f"manifest.json: {exc}") from None
        if not _SHA256.fullmatch(data["sha256"]):
            raise PackError("manifest.json: sha256 is not 64 lower-case hex digits")
        if data["size"] < 0:
            raise PackError("manifest.json: size is negative")
        return cls(
            data_version=data["data_version"],
            as_of=data["as_of"],
            schema_version=data["schema_version"],
            sha256=data["sha256"],
            size=data["size"],
            built_from=data.get("built_from", ""),
            changes=data.get("changes", ""),
            previous_version=previous,
        )


@dataclass(frozen=True)
class EntityName:
    id: str
    name: str
    kind: str


@dataclass(frozen=True)
class Changes:
    """Entities added, removed and changed between two reference databases."""

    old_version: str
    new_version: str
    added: list[EntityName] = field(default_factory=list)
    removed: list[EntityName] = field(default_factory=list)
    changed: list[EntityName] = field(default_factory=list)


@dataclass(frozen=True)
class UserItem:
    """A note or bookmark of the user's on an entity missing from the new data (kept)."""

    entity_id: str
    label: str


@dataclass(frozen=True)
class InstallResult:
    status: str  # "installed" or "already-installed"
    manifest: Manifest
    path: Path  # the reference database in use after the call
    previous_version: str | None
    changes: Changes | None = None
    orphaned_notes: list[UserItem] = field(default_factory=list)
    orphaned_bookmarks: list[UserItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class InstalledPack:
    path: Path
    data_version: str
    as_of: str
    size: int
    current: bool


# -- building ------------------------------------------------------------------------------


def build_pack(
    db: Path,
    out: Path,
    key: Ed25519PrivateKey,
    changes: str = "",
    previous_version: str | None = None,
    built_from: str | None = None,
) -> Manifest:
    """Pack the reference database ``db`` into the zip file ``out`` (written atomically),
    signed with the publisher's private ``key``."""
    db = Path(db)
    try:
        conn = open_reference(db)
    except DataError as exc:
        raise PackError(f"cannot build a pack: {exc}") from None
    try:
        info = meta(conn)
    finally:
        conn.close()
    version = info.get("data_version", "")
    try:
        paths.data_version_key(version)
    except ValueError as exc:
        raise PackError(f"cannot build a pack from {db}: {exc}") from None
    if previous_version is not None:
        try:
            paths.data_version_key(previous_version)
        except ValueError as exc:
            raise PackError(f"previous version: {exc}") from None
    if built_from is None:
        built_from = (
            f"{db.name} built {info.get('build_time', '?')} by khorasan-desktop {__version__}"
        )
    out = Path(out)
    no_pack = "no pack written"
    with _temp_beside(out, no_pack) as (fh, tmp):
        with zipfile.ZipFile(fh, "w") as zf:
            member = zipfile.ZipInfo(DB_MEMBER, date_time=_ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            digest = hashlib.sha256()
            size = 0
            with db.open("rb") as src, zf.open(member, "w", force_zip64=True) as dst:
                while chunk := src.read(_CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
                    dst.write(chunk)
            manifest = Manifest(
                data_version=version,
                as_of=info.get("as_of", ""),
                schema_version=int(info.get("schema_version", "0")),
                sha256=digest.hexdigest(),
                size=size,
                built_from=built_from,
                changes=changes or "",
                previous_version=previous_version,
            )
            text = json.dumps(manifest.to_dict(), ensure_ascii=False, indent=2) + "\n"
            info_m = zipfile.ZipInfo(MANIFEST_MEMBER, date_time=_ZIP_TIME)
            info_m.compress_type = zipfile.ZIP_DEFLATED
            raw = text.encode("utf-8")
            zf.writestr(info_m, raw)
            info_s = zipfile.ZipInfo(SIGNATURE_MEMBER, date_time=_ZIP_TIME)
            zf.writestr(info_s, sign(raw, key))
        with contextlib.suppress(OSError):
            os.chmod(tmp, 0o644)  # mkstemp makes it private; a pack is meant to be shared
        _commit(fh, tmp, out, no_pack)
    return manifest


# -- reading and verifying -----------------------------------------------------------------


def read_manifest(pack: Path) -> Manifest:
    """The manifest of ``pack``, its members and signature checked (the database member's
    bytes are not read here)."""
    with _open_zip(pack) as zf:
        return _verified_manifest(zf, pack)[0]


def _open_zip(pack: Path) -> zipfile.ZipFile:
    pack = Path(pack)
    if not pack.is_file():
        raise PackError(f"pack not found: {pack}")
    try:
        return zipfile.ZipFile(pack)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise PackError(f"{pack.name} is not a valid data pack (damaged zip: {exc})") from None


def _refused(pack: Path, why: str) -> PackError:
    return PackError(f"{pack.name} refused: {why} (nothing installed)")


def _check_members(zf: zipfile.ZipFile, pack: Path) -> dict[str, zipfile.ZipInfo]:
    """The pack's members by name, when they are exactly :data:`MEMBERS`, each a plain,
    unencrypted file at the top of the pack; anything else is refused before reading."""
    found: dict[str, zipfile.ZipInfo] = {}
    for info in zf.infolist():
        name = info.filename
        if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
            raise _refused(pack, f"entry {name[:80]!r} has an absolute path")
        if ".." in re.split(r"[/\\]", name):
            raise _refused(pack, f"entry {name[:80]!r} points outside the pack")
        if (info.external_attr >> 16) & 0o170000 == 0o120000:
            raise _refused(pack, f"entry {name[:80]!r} is a symbolic link")
        if info.flag_bits & 0x1:
            raise _refused(pack, f"entry {name[:80]!r} is encrypted")
        if name not in MEMBERS:
            raise _refused(pack, f"entry {name[:80]!r} is not part of a data pack")
        if name in found:
            raise _refused(pack, f"entry {name!r} appears twice")
        found[name] = info
    if MANIFEST_MEMBER not in found:
        raise PackError(f"{pack.name} is not a data pack: it has no {MANIFEST_MEMBER}")
    if SIGNATURE_MEMBER not in found:
        raise _refused(
            pack,
            "it is not signed; only packs signed by a trusted publisher key are installed",
        )
    if DB_MEMBER not in found:
        raise PackError(f"{pack.name} is not a data pack: it has no {DB_MEMBER}")
    return found


def _read_capped(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, pack: Path) -> bytes:
    """A small member, refused when its declared or its actual size passes ``limit``."""
    if info.file_size > limit:
        raise _refused(pack, f"{info.filename} is {info.file_size} bytes, over the {limit} limit")
    try:
        with zf.open(info) as src:
            data = src.read(limit + 1)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError) as exc:
        raise PackError(f"{pack.name} is damaged: {info.filename} unreadable ({exc})") from None
    except RuntimeError as exc:  # zipfile's "File is encrypted"
        raise _refused(pack, f"{info.filename} cannot be read ({exc})") from None
    if len(data) > limit:
        raise _refused(pack, f"{info.filename} is larger than it declares")
    return data


def _verified_manifest(
    zf: zipfile.ZipFile, pack: Path
) -> tuple[Manifest, TrustedKey, dict[str, zipfile.ZipInfo]]:
    """Members checked, signature verified against the keyring, then the manifest parsed."""
    members = _check_members(zf, pack)
    raw = _read_capped(zf, members[MANIFEST_MEMBER], MAX_MANIFEST, pack)
    sig = _read_capped(zf, members[SIGNATURE_MEMBER], MAX_SIGNATURE, pack)
    try:
        signer = verify(raw, sig)
    except SignatureError as exc:
        raise _refused(pack, str(exc)) from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PackError(f"{pack.name}: {MANIFEST_MEMBER} is not valid JSON ({exc})") from None
    try:
        manifest = Manifest.from_dict(data)
    except PackError as exc:
        raise PackError(f"{pack.name}: {exc}") from None
    if manifest.schema_version != SCHEMA_VERSION:
        raise PackError(
            f"{pack.name} has schema version {manifest.schema_version}; this version of "
            f"Khorasan Desktop reads version {SCHEMA_VERSION} (nothing installed)"
        )
    return manifest, signer, members


def _expected_objects() -> set[tuple[str, str]]:
    """(type, name) of every table and index a reference database of this schema has."""
    from khorasan_desktop.data.schema import REFERENCE_SCHEMA

    conn = sqlite3.connect(":memory:")
    try:
        conn.executescript(REFERENCE_SCHEMA)
        return {(str(t), str(n)) for t, n in conn.execute("SELECT type, name FROM sqlite_master")}
    finally:
        conn.close()


def _check_schema(conn: sqlite3.Connection, pack: Path) -> None:
    """Refuse views, triggers and any table or index the reference schema does not have."""
    expected = _expected_objects()
    for kind, name in conn.execute("SELECT type, name FROM sqlite_master"):
        if kind in ("view", "trigger"):
            raise _refused(pack, f"its database has a {kind} {str(name)[:60]!r}")
        if (kind, name) in expected or str(name).startswith("sqlite_"):
            continue  # sqlite_stat1, sqlite_autoindex_*: SQLite's own
        raise _refused(pack, f"its database has an unexpected {kind} {str(name)[:60]!r}")


def _check_db(path: Path, manifest: Manifest, pack: Path) -> dict[str, str]:
    """Open the extracted database as a reference database and match it to the manifest."""
    try:
        conn = open_reference(path)
    except DataError:
        raise PackError(
            f"{pack.name}: its database is not a usable reference database (nothing installed)"
        ) from None
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        _check_schema(conn, pack)
        ok = conn.execute("PRAGMA integrity_check(1)").fetchone()
        info = meta(conn)
        n_entities = conn.execute("SELECT count(*) FROM entities").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise PackError(
            f"{pack.name}: its database is damaged ({exc}; nothing installed)"
        ) from None
    finally:
        conn.close()
    if not ok or ok[0] != "ok":
        raise PackError(f"{pack.name}: its database fails SQLite's check (nothing installed)")
    for key, want in (
        ("schema_version", str(manifest.schema_version)),
        ("data_version", manifest.data_version),
        ("as_of", manifest.as_of),
    ):
        if info.get(key) != want:
            raise PackError(
                f"{pack.name}: manifest says {key} {want} but its database has "
                f"{info.get(key)!r}; the pack was altered (nothing installed)"
            )
    if not n_entities:
        raise PackError(f"{pack.name}: its database holds no entities (nothing installed)")
    return info


# -- installing ----------------------------------------------------------------------------


def install_pack(pack: Path) -> InstallResult:
    """Verify ``pack`` and make it the reference database in use (see the module doc).

    Raises :class:`PackError` (one line, nothing changed) for a damaged, altered or older
    pack, or when the user data folder cannot be written (disk full, read-only).
    """
    pack = Path(pack)
    with _open_zip(pack) as zf:
        manifest, _signer, members = _verified_manifest(zf, pack)
        member = members[DB_MEMBER]
        if member.file_size != manifest.size:
            raise PackError(
                f"{pack.name}: database size {member.file_size} does not match the manifest "
                f"({manifest.size}); the pack is damaged or was altered (nothing installed)"
            )

        # Check the bytes before comparing versions, so a damaged pack is never reported
        # as "already installed"; nothing is written for this pass.
        if _extract(zf, member, None, pack, paths.packs_dir(), manifest.size) != manifest.sha256:
            raise _mismatch(pack)

        current = paths.reference_db()
        current_meta = paths.read_db_meta(current) or {}
        current_version = current_meta.get("data_version")
        new_key = paths.data_version_key(manifest.data_version)
        if current_version:
            with contextlib.suppress(ValueError):
                old_key = paths.data_version_key(current_version)
                if new_key == old_key:
                    return InstallResult("already-installed", manifest, current, current_version)
                if new_key < old_key:
                    raise PackError(
                        f"{pack.name} holds data version {manifest.data_version}, older than "
                        f"the version in use ({current_version}); nothing installed"
                    )

        folder = paths.packs_dir()
        target = folder / f"{PACK_PREFIX}{manifest.data_version}.sqlite"
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise PackError(_write_error(folder, exc)) from None
        with _temp_beside(target) as (fh, tmp):
            digest = _extract(zf, member, fh, pack, folder, manifest.size)
            if digest != manifest.sha256:  # the pack changed since the first pass
                raise _mismatch(pack)
            _fsync(fh, folder)
            fh.close()
            _check_db(tmp, manifest, pack)
            changes, old_names, warnings = _compare(current, tmp, current_version)
            new_ids = _entity_ids(tmp)
            notes, bookmarks, warn = _orphans(new_ids, old_names)
            warnings += warn
            _commit(fh, tmp, target)

    previous_file = current.name if current.parent == folder else None
    pointer = {
        "file": target.name,
        "data_version": manifest.data_version,
        "as_of": manifest.as_of,
        "schema_version": manifest.schema_version,
        "sha256": manifest.sha256,
        "installed_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "previous": previous_file,
        "previous_version": current_version,
    }
    try:
        _write_pointer(pointer)
    except PackError:
        if target.name != previous_file:
            with contextlib.suppress(OSError):
                target.unlink()
        raise
    _prune(folder, keep={target.name, previous_file or ""})
    return InstallResult(
        "installed",
        manifest,
        paths.reference_db(),
        current_version,
        changes,
        notes,
        bookmarks,
        warnings,
    )


def _mismatch(pack: Path) -> PackError:
    return PackError(
        f"{pack.name}: checksum mismatch, its database is damaged or was altered "
        "(nothing installed)"
    )


def _extract(
    zf: zipfile.ZipFile,
    member: zipfile.ZipInfo,
    fh: IO[bytes] | None,
    pack: Path,
    folder: Path,
    limit: int,
) -> str:
    """SHA-256 of the database member, written to ``fh`` unless it is None. Decompression
    stops as soon as it passes ``limit`` (the signed size): a pack bomb costs one chunk."""
    digest = hashlib.sha256()
    seen = 0
    try:
        src = zf.open(member)
    except (zipfile.BadZipFile, zlib.error, OSError, NotImplementedError) as exc:
        raise PackError(f"{pack.name} is damaged: cannot read its database ({exc})") from None
    except RuntimeError as exc:  # zipfile's "File is encrypted"
        raise _refused(pack, f"its database cannot be read ({exc})") from None
    with src:
        while True:
            try:
                chunk = src.read(min(_CHUNK, limit - seen + 1))
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
                raise PackError(f"{pack.name} is damaged ({exc}); nothing installed") from None
            if not chunk:
                break
            seen += len(chunk)
            if seen > limit:
                raise _refused(pack, f"its database is larger than the {limit} bytes signed for")
            digest.update(chunk)
            if fh is None:
                continue
            try:
                fh.write(chunk)
            except OSError as exc:
                raise PackError(_write_error(folder, exc)) from None
    return digest.hexdigest()


_NOT_INSTALLED = "nothing installed, the data in use is unchanged"


def _write_error(folder: Path, exc: OSError, tail: str = _NOT_INSTALLED) -> str:
    if exc.errno == errno.ENOSPC:
        why = "not enough disk space"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        why = "the folder is read-only or not yours"
    else:
        why = exc.strerror or str(exc)
    return f"cannot write to {folder}: {why}; {tail}"


@contextlib.contextmanager
def _temp_beside(target: Path, tail: str = _NOT_INSTALLED) -> Iterator[tuple[IO[bytes], Path]]:
    """A temporary file in ``target``'s folder, removed unless :func:`_commit` renamed it."""
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise PackError(_write_error(folder, exc, tail)) from None
    tmp = Path(name)
    fh = os.fdopen(fd, "wb")
    try:
        with tracked(tmp):
            yield fh, tmp
    except OSError as exc:
        raise PackError(_write_error(folder, exc, tail)) from None
    finally:
        with contextlib.suppress(OSError):
            fh.close()
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def _fsync(fh: IO[bytes], folder: Path, tail: str = _NOT_INSTALLED) -> None:
    try:
        fh.flush()
        os.fsync(fh.fileno())
    except OSError as exc:
        raise PackError(_write_error(folder, exc, tail)) from None


def _commit(fh: IO[bytes], tmp: Path, target: Path, tail: str = _NOT_INSTALLED) -> None:
    """fsync the temporary file, rename it over ``target`` and fsync the folder."""
    folder = target.parent if str(target.parent) else Path(".")
    if not fh.closed:
        _fsync(fh, folder, tail)
        fh.close()
    try:
        os.replace(tmp, target)
    except OSError as exc:
        raise PackError(_write_error(folder, exc, tail)) from None
    _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError, AttributeError):  # not possible on Windows
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_pointer(data: dict[str, Any]) -> None:
    pointer = paths.pack_pointer()
    with _temp_beside(pointer) as (fh, tmp):
        fh.write((json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
        _commit(fh, tmp, pointer)


def _prune(folder: Path, keep: set[str]) -> None:
    """Remove older installed packs and stale temporary files (best effort)."""
    now = time.time()
    for f in folder.iterdir():
        stale_tmp = f.name.startswith(f".{PACK_PREFIX}") and f.name.endswith(".tmp")
        with contextlib.suppress(OSError):
            if stale_tmp and now - f.stat().st_mtime > 3600:
                f.unlink()
            elif _is_pack_file(f) and f.name not in keep:
                f.unlink()  # may fail on Windows if another app instance holds it: kept


def _is_pack_file(f: Path) -> bool:
    return f.name.startswith(PACK_PREFIX) and f.suffix == ".sqlite"


# -- what changed --------------------------------------------------------------------------


def entity_digests(conn: sqlite3.Connection) -> dict[str, tuple[EntityName, str]]:
    """Per entity id: its name and a SHA-256 of its rows.

    The rows are the entity row (without the derived ``weight``), its kind row (actors,
    regions, events, sources), aliases, relations it is an end of, facts, judgements,
    the actors linked to an event, and the citations of all of these. Surrogate integer
    ids (aliases, citations) are left out, so re-numbering alone is not a change.
    """
    parts: dict[str, list[str]] = {}
    names: dict[str, EntityName] = {}

    def add(entity_id: str | None, table: str, row: Any) -> None:
        if entity_id is not None:
            parts.setdefault(entity_id, []).append(
                json.dumps([table, row], ensure_ascii=False, default=str)
            )

    def rows(sql: str) -> list[dict[str, Any]]:
        try:
            cur = conn.execute(sql)
        except sqlite3.OperationalError:
            return []  # table missing: nothing to compare
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur]

    for r in rows("SELECT * FROM entities"):
        names[r["id"]] = EntityName(r["id"], r["name"], r["kind"])
        r.pop("weight", None)
        add(r["id"], "entities", r)
    for table in ("actors", "regions", "events", "sources"):
        for r in rows(f"SELECT * FROM {table}"):
            add(r["entity_id"], table, r)
    for r in rows("SELECT * FROM aliases"):
        r.pop("id", None)
        add(r["entity_id"], "aliases", r)
    subject_owner: dict[tuple[str, str], list[str]] = {}
    for r in rows("SELECT * FROM relations"):
        add(r["source_id"], "relations", r)
        if r["target_id"] != r["source_id"]:
            add(r["target_id"], "relations", r)
        subject_owner[("relation", r["id"])] = [r["source_id"], r["target_id"]]
    for r in rows("SELECT * FROM facts"):
        add(r["entity_id"], "facts", r)
        subject_owner[("fact", r["id"])] = [r["entity_id"]]
    for r in rows("SELECT * FROM judgements"):
        add(r["subject_id"], "judgements", r)
        subject_owner[("judgement", r["id"])] = [r["subject_id"]]
    for r in rows("SELECT event_id, actor_id, role FROM event_actors"):
        add(r["event_id"], "event_actors", r)
    for r in rows("SELECT * FROM citations"):
        r.pop("id", None)
        if r["subject_type"] == "entity":
            owners = [r["subject_id"]]
        else:
            owners = subject_owner.get((r["subject_type"], r["subject_id"]), [])
        for owner in dict.fromkeys(owners):
            add(owner, "citations", r)
    out: dict[str, tuple[EntityName, str]] = {}
    for entity_id, name in names.items():
        digest = hashlib.sha256("\n".join(sorted(parts.get(entity_id, []))).encode("utf-8"))
        out[entity_id] = (name, digest.hexdigest())
    return out


def _sorted(names: list[EntityName]) -> list[EntityName]:
    return sorted(names, key=lambda n: (_KIND_ORDER.get(n.kind, 9), n.name.casefold(), n.id))


def diff_databases(old: Path, new: Path) -> Changes:
    """Entities added, removed and changed from the reference database ``old`` to ``new``."""
    conns = []
    try:
        for path in (old, new):
            conns.append(open_reference(path))
        old_meta, new_meta = meta(conns[0]), meta(conns[1])
        before, after = entity_digests(conns[0]), entity_digests(conns[1])
    finally:
        for c in conns:
            c.close()
    return Changes(
        old_version=old_meta.get("data_version", "?"),
        new_version=new_meta.get("data_version", "?"),
        added=_sorted([after[i][0] for i in after.keys() - before.keys()]),
        removed=_sorted([before[i][0] for i in before.keys() - after.keys()]),
        changed=_sorted(
            [after[i][0] for i in after.keys() & before.keys() if after[i][1] != before[i][1]]
        ),
    )


def _compare(
    current: Path, new: Path, current_version: str | None
) -> tuple[Changes | None, dict[str, str], list[str]]:
    """Changes from the data in use, its entity names, and a warning if it is unreadable."""
    if current_version is None:
        return None, {}, ["the data in use could not be read: no list of changes"]
    try:
        changes = diff_databases(current, new)
    except (DataError, sqlite3.DatabaseError) as exc:
        return None, {}, [f"the data in use could not be compared ({exc})"]
    old_names = {n.id: n.name for n in changes.removed}
    return changes, old_names, []


def _entity_ids(db: Path) -> set[str]:
    conn = open_reference(db)
    try:
        return {str(r[0]) for r in conn.execute("SELECT id FROM entities")}
    finally:
        conn.close()


def _orphans(
    new_ids: set[str], old_names: dict[str, str]
) -> tuple[list[UserItem], list[UserItem], list[str]]:
    """The user's notes and bookmarks on entities not in the new data, read read-only."""
    path = paths.user_data_dir() / USER_DB
    if not path.exists():
        return [], [], []
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [], [], [f"your notes could not be checked ({exc}); they are kept"]
    notes: list[UserItem] = []
    bookmarks: list[UserItem] = []
    try:
        for entity_id, body in conn.execute("SELECT entity_id, body FROM notes"):
            if entity_id not in new_ids:
                first = (str(body).strip().splitlines() or [""])[0][:60]
                label = old_names.get(entity_id) or first or entity_id
                notes.append(UserItem(entity_id, label))
        for entity_id, label in conn.execute("SELECT entity_id, label FROM bookmarks"):
            if entity_id not in new_ids:
                bookmarks.append(UserItem(entity_id, old_names.get(entity_id) or label))
    except sqlite3.Error as exc:
        return [], [], [f"your notes could not be checked ({exc}); they are kept"]
    finally:
        conn.close()
    return sorted(notes, key=_item_key), sorted(bookmarks, key=_item_key), []


def _item_key(item: UserItem) -> tuple[str, str]:
    return item.label.casefold(), item.entity_id


# -- listing and rolling back --------------------------------------------------------------


def _pointer() -> dict[str, Any]:
    try:
        data = json.loads(paths.pack_pointer().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def installed_packs() -> list[InstalledPack]:
    """Pack databases in the user data folder, newest first; ``current`` marks the one used."""
    folder = paths.packs_dir()
    if not folder.is_dir():
        return []
    in_use = paths.installed_reference_db()
    out = []
    for f in folder.iterdir():
        if not _is_pack_file(f):
            continue
        info = paths.read_db_meta(f) or {}
        out.append(
            InstalledPack(
                path=f,
                data_version=info.get("data_version", "?"),
                as_of=info.get("as_of", "?"),
                size=f.stat().st_size,
                current=in_use is not None and f == in_use,
            )
        )

    def key(p: InstalledPack) -> tuple[int, ...]:
        try:
            return paths.data_version_key(p.data_version)
        except ValueError:
            return ()

    return sorted(out, key=key, reverse=True)


def rollback() -> Path:
    """Go back to the pack installed before the current one, or to the bundled database.

    Returns the reference database in use afterwards. Only the pointer changes.
    """
    pointer = _pointer()
    if not pointer:
        raise PackError("no data pack is installed; the bundled data is in use")
    previous = pointer.get("previous")
    folder = paths.packs_dir()
    if isinstance(previous, str) and previous and (folder / previous).is_file():
        info = paths.read_db_meta(folder / previous) or {}
        _write_pointer(
            {
                "file": previous,
                "data_version": info.get("data_version"),
                "as_of": info.get("as_of"),
                "schema_version": int(info.get("schema_version", "0")),
                "installed_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "previous": None,
                "previous_version": None,
            }
        )
    else:
        try:
            paths.pack_pointer().unlink()
        except OSError as exc:
            raise PackError(_write_error(folder, exc)) from None
    return paths.reference_db()
