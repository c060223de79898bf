"""The user's own database: notes, bookmarks, recently viewed.

Lives in the user's data folder, never in the reference database, so reference-data
updates cannot touch it. WAL mode; every write is one transaction, so a crash leaves either
the old or the new state. Entity ids are stored as text without foreign keys, because a
later reference database may drop an entity and the user's note must survive that.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils
from sqlite_utils.migrations import Migrations

from khorasan_desktop.data.errors import DataError

HISTORY_LIMIT = 200

migrations = Migrations("khorasan_desktop.user")


@migrations()
def m001_notes_bookmarks_history(db: sqlite_utils.Database) -> None:
    db.execute(
        "CREATE TABLE notes (entity_id TEXT PRIMARY KEY, body TEXT NOT NULL, "
        "updated_at TEXT NOT NULL)"
    )
    db.execute(
        "CREATE TABLE bookmarks (entity_id TEXT PRIMARY KEY, label TEXT NOT NULL, "
        "created_at TEXT NOT NULL)"
    )
    db.execute(
        "CREATE TABLE history (id INTEGER PRIMARY KEY, entity_id TEXT NOT NULL, "
        "label TEXT NOT NULL, viewed_at TEXT NOT NULL)"
    )
    db.execute("CREATE INDEX history_viewed ON history (viewed_at)")


@dataclass(frozen=True)
class Bookmark:
    entity_id: str
    label: str
    created_at: str


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class UserStore:
    """Read-write access to the user database, created and migrated on first use."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            if str(path) != ":memory:":
                path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            self.db = sqlite_utils.Database(conn)
            migrations.apply(self.db)
        except (OSError, sqlite3.DatabaseError) as exc:
            raise DataError(f"Cannot open your data at {path}: {exc}") from exc

    @classmethod
    def in_memory(cls) -> UserStore:
        """A store that lives for this session only (used when the real one cannot open)."""
        return cls(Path(":memory:"))

    def close(self) -> None:
        self.db.conn.close()

    def _write(self, sql: str, params: list[object]) -> None:
        try:
            with self.db.atomic():
                self.db.execute(sql, params)
        except sqlite3.OperationalError as exc:
            raise DataError(f"Could not save to {self.path}: {exc}") from exc

    # notes -------------------------------------------------------------------------------
    def note(self, entity_id: str) -> str:
        row = self.db.execute("SELECT body FROM notes WHERE entity_id = ?", [entity_id]).fetchone()
        return str(row[0]) if row else ""

    def set_note(self, entity_id: str, body: str) -> None:
        if body.strip():
            self._write(
                "INSERT INTO notes (entity_id, body, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (entity_id) DO UPDATE SET body = excluded.body, "
                "updated_at = excluded.updated_at",
                [entity_id, body, _now()],
            )
        else:
            self._write("DELETE FROM notes WHERE entity_id = ?", [entity_id])

    def notes(self) -> list[tuple[str, str, str]]:
        return [
            (r[0], r[1], r[2])
            for r in self.db.execute(
                "SELECT entity_id, body, updated_at FROM notes ORDER BY updated_at DESC"
            )
        ]

    # bookmarks ---------------------------------------------------------------------------
    def is_bookmarked(self, entity_id: str) -> bool:
        return (
            self.db.execute("SELECT 1 FROM bookmarks WHERE entity_id = ?", [entity_id]).fetchone()
            is not None
        )

    def add_bookmark(self, entity_id: str, label: str) -> None:
        self._write(
            "INSERT OR IGNORE INTO bookmarks (entity_id, label, created_at) VALUES (?, ?, ?)",
            [entity_id, label, _now()],
        )

    def remove_bookmark(self, entity_id: str) -> None:
        self._write("DELETE FROM bookmarks WHERE entity_id = ?", [entity_id])

    def bookmarks(self) -> list[Bookmark]:
        return [
            Bookmark(*r)
            for r in self.db.execute(
                "SELECT entity_id, label, created_at FROM bookmarks ORDER BY created_at, label"
            )
        ]

    # history -----------------------------------------------------------------------------
    def record_view(self, entity_id: str, label: str) -> None:
        try:
            with self.db.atomic():
                self.db.execute("DELETE FROM history WHERE entity_id = ?", [entity_id])
                self.db.execute(
                    "INSERT INTO history (entity_id, label, viewed_at) VALUES (?, ?, ?)",
                    [entity_id, label, _now()],
                )
                self.db.execute(
                    "DELETE FROM history WHERE id NOT IN "
                    "(SELECT id FROM history ORDER BY id DESC LIMIT ?)",
                    [HISTORY_LIMIT],
                )
        except sqlite3.OperationalError as exc:
            raise DataError(f"Could not save to {self.path}: {exc}") from exc

    def recent(self, limit: int = 20) -> list[tuple[str, str]]:
        return [
            (r[0], r[1])
            for r in self.db.execute(
                "SELECT entity_id, label FROM history ORDER BY id DESC LIMIT ?", [limit]
            )
        ]
