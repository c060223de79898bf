"""Backups of the user database (notes, bookmarks, imports), and restoring one.

Copies are made with SQLite's backup API (a consistent copy even while the app holds the
database open, WAL included) into ``<user data>/backups/user-YYYYMMDD-HHMMSS-REASON.sqlite``:
before every migration, before every import, and once a day on the first write. The last
:data:`KEEP` are kept. Each copy is written to a temporary file and renamed, so a killed
backup leaves no half copy under a backup's name.

Restoring never deletes anything: the file in use (damaged or not) is moved aside as
``user.sqlite.replaced-YYYYMMDD-HHMMSS`` (with its ``-wal``), then the backup is copied
in. A killed backup or restore leaves a temporary file that the next start removes
(:func:`~khorasan_desktop.data.files.tracked`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from khorasan_desktop.data.connection import damage
from khorasan_desktop.data.errors import DataError, write_reason
from khorasan_desktop.data.files import tracked

KEEP = 7
BACKUP_DIRNAME = "backups"
_NAME = re.compile(r"user-(\d{8})-(\d{6})(?:-(\d+))?-([a-z-]+)\.sqlite")
_TMP_PREFIX = ".backup-"


@dataclass(frozen=True)
class Backup:
    path: Path
    made: dt.datetime  # UTC
    reason: str
    size: int
    seq: int = 0  # orders backups made within the same second

    def label(self) -> str:
        local = self.made.astimezone().strftime("%Y-%m-%d %H:%M")
        return f"{local}  {self.reason}  {self.size // 1024 + 1} KB  {self.path.name}"


def backup_dir(user_db: Path) -> Path:
    return Path(user_db).parent / BACKUP_DIRNAME


def list_backups(user_db: Path) -> list[Backup]:
    """Backups of ``user_db``, newest first."""
    folder = backup_dir(user_db)
    if not folder.is_dir():
        return []
    out = []
    for f in folder.iterdir():
        m = _NAME.fullmatch(f.name)
        if not m or not f.is_file():
            continue
        made = dt.datetime.strptime(m[1] + m[2], "%Y%m%d%H%M%S").replace(tzinfo=dt.UTC)
        with contextlib.suppress(OSError):
            out.append(Backup(f, made, m[4], f.stat().st_size, int(m[3] or 0)))
    return sorted(out, key=lambda b: (b.made, b.seq), reverse=True)


def made_today(user_db: Path) -> bool:
    today = dt.datetime.now(dt.UTC).date()
    return any(b.made.date() == today for b in list_backups(user_db))


def backup(conn: sqlite3.Connection, user_db: Path, reason: str) -> Path:
    """Copy the open database ``conn`` (the file ``user_db``) into the backups folder."""
    folder = backup_dir(user_db)
    now = dt.datetime.now(dt.UTC)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    same = [b.seq for b in list_backups(user_db) if b.path.name.startswith(f"user-{stamp}-")]
    seq = f"{max(same) + 1}-" if same else ""  # later in the same second: sorts after
    target = folder / f"user-{stamp}-{seq}{reason}.sqlite"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=_TMP_PREFIX, suffix=".tmp", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise DataError(f"Cannot back up your data into {folder}: {exc.strerror or exc}") from exc
    try:
        with tracked(Path(tmp)):
            dest = sqlite3.connect(tmp)
            try:
                conn.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
            os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        why = write_reason(exc) if isinstance(exc, sqlite3.Error) else exc.strerror or str(exc)
        raise DataError(f"Cannot back up your data into {folder}: {why}") from exc
    prune(user_db)
    return target


def prune(user_db: Path, keep: int = KEEP) -> None:
    for old in list_backups(user_db)[keep:]:
        with contextlib.suppress(OSError):
            old.path.unlink()


def find(user_db: Path, which: str) -> Backup:
    """A backup by its number in :func:`list_backups` (1 = newest) or its file name."""
    backups = list_backups(user_db)
    if not backups:
        raise DataError(f"No backups of your data in {backup_dir(user_db)}.")
    if which.isdigit() and 1 <= int(which) <= len(backups):
        return backups[int(which) - 1]
    for b in backups:
        if which in (b.path.name, str(b.path)):
            return b
    raise DataError(
        f"No backup {which!r}: give its number (1 to {len(backups)}) or file name, "
        "as restore-backup lists them."
    )


def restore(user_db: Path, chosen: Backup) -> Path | None:
    """Put ``chosen`` in place of ``user_db``; returns where the replaced file was moved
    (None when there was none). The database must not be open for writing meanwhile."""
    user_db = Path(user_db)
    problem = damage(chosen.path)
    if problem:
        raise DataError(
            f"The backup {chosen.path.name} is damaged too ({problem}); choose another."
        )
    folder = user_db.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{user_db.name}.", suffix=".tmp", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise DataError(f"Cannot restore into {folder}: {exc.strerror or exc}") from exc
    try:
        with tracked(Path(tmp)):
            src = sqlite3.connect(f"{chosen.path.resolve().as_uri()}?mode=ro", uri=True)
            dest = sqlite3.connect(tmp)
            try:
                src.backup(dest)
            finally:
                dest.close()
                src.close()
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        why = write_reason(exc) if isinstance(exc, sqlite3.Error) else exc.strerror or str(exc)
        raise DataError(f"Cannot restore into {folder}: {why}") from exc
    aside = None
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    try:
        if user_db.exists():
            aside = user_db.with_name(f"{user_db.name}.replaced-{stamp}")
            os.replace(user_db, aside)
        for side in ("-wal", "-shm"):
            extra = user_db.with_name(user_db.name + side)
            if extra.exists():
                if side == "-wal" and aside is not None:
                    os.replace(extra, aside.with_name(aside.name + side))
                else:
                    extra.unlink()
        os.replace(tmp, user_db)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise DataError(f"Cannot restore into {folder}: {exc.strerror or exc}") from exc
    return aside
