"""The user's own database: notes, bookmarks, recently viewed.

Lives in the user's data folder, never in the reference database, so reference-data
updates cannot touch it. WAL mode; every write is one transaction, so a crash leaves either
the old or the new state. Entity ids are stored as text without foreign keys, because a
later reference database may drop an entity and the user's note must survive that.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


@migrations()
def m002_imported_layers(db: sqlite_utils.Database) -> None:
    """Imported data sets (STIX bundles, later UCDP/ACLED): a layer beside the reference
    data, removable as a whole, never mixed into the reference database."""
    db.execute(
        "CREATE TABLE datasets (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
        "kind TEXT NOT NULL CHECK (kind IN ('stix', 'ucdp', 'acled')), release TEXT, "
        "source_file TEXT, imported_at TEXT NOT NULL, licence TEXT, attribution TEXT, "
        "row_count INTEGER NOT NULL DEFAULT 0, report_json TEXT)"
    )
    db.execute(
        "CREATE TABLE imported_objects (dataset_id INTEGER NOT NULL REFERENCES datasets (id), "
        "ext_id TEXT NOT NULL, type TEXT NOT NULL, name TEXT, aliases_json TEXT, "
        "description TEXT, data_json TEXT NOT NULL, PRIMARY KEY (dataset_id, ext_id))"
    )
    db.execute("CREATE INDEX imported_objects_type ON imported_objects (dataset_id, type, name)")
    db.execute(
        "CREATE TABLE imported_relations (dataset_id INTEGER NOT NULL REFERENCES datasets (id), "
        "ext_id TEXT NOT NULL, source_ref TEXT NOT NULL, target_ref TEXT NOT NULL, "
        "type TEXT NOT NULL, start_time TEXT, stop_time TEXT, data_json TEXT NOT NULL, "
        "PRIMARY KEY (dataset_id, ext_id))"
    )
    db.execute(
        "CREATE INDEX imported_relations_source ON imported_relations (dataset_id, source_ref)"
    )
    db.execute(
        "CREATE INDEX imported_relations_target ON imported_relations (dataset_id, target_ref)"
    )


@migrations()
def m003_imported_events(db: sqlite_utils.Database) -> None:
    """Event data sets imported from UCDP GED or ACLED CSV files (see data/events_import.py).

    One row per source event, keyed by the source's own id so a re-import updates in place.
    ``actor_id``/``actor2_id`` are our actor ids (NULL when the source actor is not mapped);
    ``actor_name``/``actor2_name`` keep the source's names. ``import_run`` marks the rows
    seen by the latest import of the data set (rows absent from a re-imported file go).
    Indexes cover the counts: equality columns first, then the dates in grouping order.
    """
    db.execute("ALTER TABLE datasets ADD COLUMN date_from TEXT")
    db.execute("ALTER TABLE datasets ADD COLUMN date_to TEXT")
    db.execute("ALTER TABLE datasets ADD COLUMN mapping_json TEXT")
    db.execute(
        "CREATE TABLE imported_events (dataset_id INTEGER NOT NULL REFERENCES datasets (id), "
        "ext_id TEXT NOT NULL, date_start TEXT, date_end TEXT, date_precision TEXT NOT NULL, "
        "country_id TEXT, country_name TEXT, province_id TEXT, adm1_name TEXT, place TEXT, "
        "latitude REAL, longitude REAL, place_precision TEXT, deaths_low INTEGER, "
        "deaths_best INTEGER, deaths_high INTEGER, actor_id TEXT, actor_name TEXT, "
        "actor2_id TEXT, actor2_name TEXT, event_type TEXT, description TEXT, "
        "source_text TEXT, data_json TEXT NOT NULL, import_run INTEGER NOT NULL DEFAULT 0, "
        "PRIMARY KEY (dataset_id, ext_id))"
    )
    dates = "date_start, date_end, date_precision"
    for name, cols in (
        ("imported_events_date", ""),
        ("imported_events_actor", "actor_id, "),
        ("imported_events_actor2", "actor2_id, "),
        ("imported_events_province", "province_id, "),
        ("imported_events_country", "country_id, "),
    ):
        db.execute(f"CREATE INDEX {name} ON imported_events (dataset_id, {cols}{dates})")


@dataclass(frozen=True)
class Dataset:
    id: int
    name: str
    kind: str
    release: str | None
    source_file: str | None
    imported_at: str
    licence: str | None
    attribution: str | None
    row_count: int
    report: dict[str, Any]


@dataclass(frozen=True)
class ImportedObject:
    ext_id: str
    type: str
    name: str | None
    aliases: list[str]
    description: str | None
    data: dict[str, Any]


@dataclass(frozen=True)
class ImportedRelation:
    ext_id: str
    source_ref: str
    target_ref: str
    type: str
    start_time: str | None
    stop_time: str | None
    data: dict[str, Any]


@dataclass(frozen=True)
class EventDataset:
    """An imported event data set (UCDP/ACLED) with its date range and actor mapping."""

    id: int
    name: str
    kind: str
    release: str | None
    source_file: str | None
    imported_at: str
    licence: str | None
    attribution: str | None
    row_count: int
    date_from: str | None
    date_to: str | None
    mapping: dict[str, Any]


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

    # imported layers ---------------------------------------------------------------------
    def datasets(self) -> list[Dataset]:
        return [
            Dataset(
                id=r[0],
                name=r[1],
                kind=r[2],
                release=r[3],
                source_file=r[4],
                imported_at=r[5],
                licence=r[6],
                attribution=r[7],
                row_count=r[8],
                report=json.loads(r[9]) if r[9] else {},
            )
            for r in self.db.execute(
                "SELECT id, name, kind, release, source_file, imported_at, licence, "
                "attribution, row_count, report_json FROM datasets ORDER BY name"
            )
        ]

    def dataset(self, name: str) -> Dataset | None:
        return next((d for d in self.datasets() if d.name == name), None)

    def _dataset_id(self, name: str) -> int:
        row = self.db.execute("SELECT id FROM datasets WHERE name = ?", [name]).fetchone()
        if row is None:
            raise DataError(f"No imported data set named {name!r}.")
        return int(row[0])

    def imported_objects(self, dataset: str, type: str | None = None) -> list[ImportedObject]:
        """Objects of one imported data set (by name), optionally of one STIX type."""
        ds = self._dataset_id(dataset)
        sql = (
            "SELECT ext_id, type, name, aliases_json, description, data_json "
            "FROM imported_objects WHERE dataset_id = ?"
        )
        params: list[object] = [ds]
        if type:
            sql += " AND type = ?"
            params.append(type)
        return [
            ImportedObject(
                r[0], r[1], r[2], json.loads(r[3]) if r[3] else [], r[4], json.loads(r[5])
            )
            for r in self.db.execute(sql + " ORDER BY type, name, ext_id", params)
        ]

    def imported_relations(self, dataset: str) -> list[ImportedRelation]:
        ds = self._dataset_id(dataset)
        return [
            ImportedRelation(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6]))
            for r in self.db.execute(
                "SELECT ext_id, source_ref, target_ref, type, start_time, stop_time, data_json "
                "FROM imported_relations WHERE dataset_id = ? ORDER BY type, ext_id",
                [ds],
            )
        ]

    def event_datasets(self, kind: str | None = None) -> list[EventDataset]:
        """Imported event data sets (kind 'ucdp' or 'acled', or both), by name."""
        sql = (
            "SELECT id, name, kind, release, source_file, imported_at, licence, attribution, "
            "row_count, date_from, date_to, mapping_json FROM datasets "
            "WHERE kind IN ('ucdp', 'acled')"
        )
        params: list[object] = []
        if kind:
            sql += " AND kind = ?"
            params.append(kind)
        return [
            EventDataset(
                id=r[0],
                name=r[1],
                kind=r[2],
                release=r[3],
                source_file=r[4],
                imported_at=r[5],
                licence=r[6],
                attribution=r[7],
                row_count=r[8],
                date_from=r[9],
                date_to=r[10],
                mapping=json.loads(r[11]) if r[11] else {},
            )
            for r in self.db.execute(sql + " ORDER BY name", params)
        ]

    def event_dataset_ids(self, names: list[str] | None, kind: str | None = None) -> list[int]:
        """Ids of the named event data sets (all when ``names`` is None); DataError when a
        name is unknown or is not an event data set."""
        known = {d.name: d for d in self.event_datasets(kind)}
        if names is None:
            return [d.id for d in known.values()]
        missing = [n for n in names if n not in known]
        if missing:
            what = f"{kind} " if kind else "event "
            raise DataError(f"No {what}data set named {', '.join(map(repr, missing))}.")
        return [known[n].id for n in names]

    def remove_dataset(self, name: str) -> bool:
        """Delete an imported data set and everything in it; False if there was none."""
        try:
            with self.db.atomic():
                row = self.db.execute("SELECT id FROM datasets WHERE name = ?", [name]).fetchone()
                if row is None:
                    return False
                for table in ("imported_objects", "imported_relations", "imported_events"):
                    self.db.execute(f"DELETE FROM {table} WHERE dataset_id = ?", [row[0]])
                self.db.execute("DELETE FROM datasets WHERE id = ?", [row[0]])
        except sqlite3.OperationalError as exc:
            raise DataError(f"Could not save to {self.path}: {exc}") from exc
        return True
