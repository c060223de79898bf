"""The user's own database: notes, bookmarks, recently viewed, imported data sets, saved
link charts and investigations.

Lives in the user's data folder, never in the reference database, so reference-data
updates cannot touch it. WAL mode; every write is one transaction, so a crash leaves either
the old or the new state. Entity ids are stored as text without foreign keys, because a
later reference database may drop an entity and the user's note must survive that.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlite_utils.migrations import Migrations

from khorasan_desktop.core import viewspec
from khorasan_desktop.core.viewspec import Layout, ViewSpec
from khorasan_desktop.data.connection import damage, in_chunks, quick_check
from khorasan_desktop.data.errors import DataError, write_reason

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
    """Event data sets imported from UCDP GED or ACLED CSV files (see data/events/).

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


@migrations()
def m004_stix_incidents_as_events(db: sqlite_utils.Database) -> None:
    """STIX-imported incidents become rows of ``imported_events`` (under their STIX data
    set), so every view counts them with the same query as UCDP/ACLED events. They carry
    what those sources lack: an attribution grade and a target. Bundles imported before
    this are converted here from their stored objects."""
    db.execute("ALTER TABLE imported_events ADD COLUMN attribution TEXT")
    db.execute("ALTER TABLE imported_events ADD COLUMN target TEXT")
    from khorasan_desktop.data.events.stix_incidents import incident_rows

    stix_sets = [r[0] for r in db.execute("SELECT id FROM datasets WHERE kind = 'stix'")]
    for ds_id in stix_sets:
        objects = db.execute(
            "SELECT ext_id, type, data_json FROM imported_objects WHERE dataset_id = ?", [ds_id]
        ).fetchall()
        relations = db.execute(
            "SELECT source_ref, target_ref, type, data_json FROM imported_relations "
            "WHERE dataset_id = ?",
            [ds_id],
        ).fetchall()
        db.conn.executemany(
            _upsert_sql(STIX_EVENT_COLUMNS), incident_rows(ds_id, objects, relations, 0)
        )


@migrations()
def m005_link_charts(db: sqlite_utils.Database) -> None:
    """Link charts saved by name: the relations spec (centre, depth, year, filters,
    expansions, path) and the layout (glyph positions and pins) as JSON."""
    db.execute(
        "CREATE TABLE link_charts (name TEXT PRIMARY KEY, spec TEXT NOT NULL, "
        "layout_json TEXT NOT NULL, saved_at TEXT NOT NULL)"
    )


@migrations()
def m006_investigations(db: sqlite_utils.Database) -> None:
    """Investigations saved by name: the open tabs, each with its address, view spec
    (filters) and page state (scroll positions, a graph's layout), as JSON."""
    db.execute(
        "CREATE TABLE investigations (name TEXT PRIMARY KEY, state_json TEXT NOT NULL, "
        "saved_at TEXT NOT NULL)"
    )


# Columns of ``imported_events`` an event file import writes, in the writer's row order.
EVENT_COLUMNS = (
    "dataset_id",
    "ext_id",
    "date_start",
    "date_end",
    "date_precision",
    "country_id",
    "country_name",
    "province_id",
    "adm1_name",
    "place",
    "latitude",
    "longitude",
    "place_precision",
    "deaths_low",
    "deaths_best",
    "deaths_high",
    "actor_id",
    "actor_name",
    "actor2_id",
    "actor2_name",
    "event_type",
    "description",
    "source_text",
    "data_json",
    "import_run",
)
# A STIX incident also has an attribution grade and a target.
STIX_EVENT_COLUMNS = (*EVENT_COLUMNS, "attribution", "target")


@lru_cache(maxsize=4)
def _upsert_sql(columns: tuple[str, ...]) -> str:
    """Insert rows keyed (data set, source id); a row seen again is updated in place."""
    return (
        f"INSERT INTO imported_events ({', '.join(columns)}) "
        f"VALUES ({', '.join('?' * len(columns))}) ON CONFLICT (dataset_id, ext_id) DO UPDATE "
        "SET " + ", ".join(f"{c} = excluded.{c}" for c in columns[2:])
    )


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
class SavedChart:
    """A link chart saved by name: its relations spec and where each entity was drawn."""

    name: str
    spec: str
    positions: dict[str, tuple[float, float]]
    pinned: tuple[str, ...]
    saved_at: str = ""


def _chart(row: tuple[Any, ...]) -> SavedChart:
    layout = json.loads(row[2])
    positions = {
        str(k): (float(v[0]), float(v[1])) for k, v in dict(layout.get("positions", {})).items()
    }
    return SavedChart(row[0], row[1], positions, tuple(layout.get("pinned", ())), row[3])


@dataclass(frozen=True)
class InvestigationTab:
    """One tab of an investigation: where it was (``entity:actor-iskp``, ``view:chart``),
    its title, the view spec it showed (None for a page no spec describes) and its page
    state (scroll positions, a graph's positions and pins: whatever the page keeps)."""

    location: str
    title: str
    spec: str | None
    state: dict[str, Any]

    def view_spec(self) -> ViewSpec | None:
        """The tab's spec as a report prints it: a graph with its glyphs where the tab
        had them (its state's positions and pins), saved as a chart or not."""
        if not self.spec:
            return None
        return viewspec.parse(self.spec).with_layout(Layout.from_state(self.state))


@dataclass(frozen=True)
class Investigation:
    """Open tabs saved by name, to come back to (File > Investigations)."""

    name: str
    tabs: tuple[InvestigationTab, ...]
    current: int = 0
    saved_at: str = ""

    def specs(self) -> list[str]:
        """The view specs of its tabs, in tab order (what a report of it prints)."""
        return [t.spec for t in self.tabs if t.spec]


def _investigation(row: tuple[Any, ...]) -> Investigation:
    state = json.loads(row[1])
    tabs = tuple(
        InvestigationTab(
            str(t.get("location", "")),
            str(t.get("title", "")),
            t.get("spec") if isinstance(t.get("spec"), str) else None,
            dict(t.get("state") or {}),
        )
        for t in state.get("tabs", ())
        if isinstance(t, dict)
    )
    return Investigation(row[0], tabs, int(state.get("current", 0) or 0), row[2])


@dataclass(frozen=True)
class Bookmark:
    entity_id: str
    label: str
    created_at: str


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class UserDataDamaged(DataError):
    """The user database fails SQLite's check: nothing is written to it; restore a backup."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


# Columns this version reads from its own tables: a table of the same name made by
# another program (or a future version) is refused with a message, not half used.
_EXPECTED_COLUMNS = {
    "notes": {"entity_id", "body", "updated_at"},
    "bookmarks": {"entity_id", "label", "created_at"},
    "history": {"id", "entity_id", "label", "viewed_at"},
    "datasets": {"id", "name", "kind", "row_count", "report_json"},
}


def _damaged_message(path: Path, problem: str) -> str:
    from khorasan_desktop.data.backups import list_backups

    found = list_backups(path)
    if found:
        when = found[0].made.astimezone().strftime("%Y-%m-%d %H:%M")
        offer = (
            f"{len(found)} backup(s) exist, the newest from {when}: restore one with "
            "File > Restore backup… or `khorasan-desktop restore-backup 1`"
        )
    else:
        offer = "No backup exists; the file is kept as it is"
    problem = " ".join(problem.replace("*** in database main ***", "").split())
    return f"Your data {path} is damaged ({problem[:120]}); nothing was written to it. {offer}."


# Files whose quick check passed in this process, by path, inode, size and modification
# time. The check reads the whole file (1.7 s for a 700 MB user database with 300k imported
# rows), and the GUI's worker threads and every view query open a store of their own:
# checking each state of the file once is what keeps the check affordable. A file that
# was written (checkpointed), restored or replaced since is checked again; damage that
# appears between two opens shows up as a failing query, which ``connection.damage`` names.
_CHECKED: set[tuple[str, int, int, int]] = set()
_CHECKED_LOCK = threading.Lock()


def _identity(path: Path) -> tuple[str, int, int, int]:
    st = path.stat()
    return (str(path.resolve()), st.st_ino, st.st_size, st.st_mtime_ns)


def _needs_check(path: Path) -> bool:
    with _CHECKED_LOCK:
        return _identity(path) not in _CHECKED


def _checked(path: Path) -> None:
    with _CHECKED_LOCK:
        _CHECKED.add(_identity(path))


def check_now(path: Path) -> str | None:
    """The quick check of the file as it is now, remembered like an open's (what it found
    wrong, or None). A worker that has just written much (an import) runs it, so the
    window's next open of the store does not read the whole file on its own thread
    (400 ms after a 300,000-row import)."""
    before = _identity(path)
    problem = damage(path)
    if problem is None and _identity(path) == before:  # unchanged while it was read
        with _CHECKED_LOCK:
            _CHECKED.add(before)
    return problem


class UserStore:
    """Access to the user database, created and migrated on first use.

    On opening: SQLite's quick check, once per state of the file and process (a damaged
    file raises :class:`UserDataDamaged` and is not written to); a backup before any
    migration; a check that its tables are the ones this version knows. A folder or file
    that cannot be written opens read-only (``read_only`` holds why): notes and bookmarks
    read, every write refused with the reason.
    A backup is also made once a day before the first write and before every import.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.read_only: str | None = None
        self._backed_up = False
        self._open()

    def _open(self) -> None:
        path = self.path
        memory = str(path) == ":memory:"
        existed = not memory and path.exists()
        try:
            if not memory:
                self.read_only = _read_only_reason(path)
                if self.read_only is None:
                    path.parent.mkdir(parents=True, exist_ok=True)
            if self.read_only is not None:
                if not existed:
                    raise DataError(f"{self.read_only}, and it holds no data yet")
                conn = _connect_read_only(path)
            else:
                conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            if existed and _needs_check(path):
                problem = quick_check(conn)
                if problem:
                    conn.close()
                    raise UserDataDamaged(_damaged_message(path, problem), path)
                _checked(path)
            self.db = sqlite_utils.Database(conn)
            self._check_schema()  # before anything is written: a foreign file stays as it was
            if self.read_only is None:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
                if existed and migrations.pending(self.db) and _has_tables(conn):
                    self._backup("before-migration")
                migrations.apply(self.db)
            self._check_schema()
        except UserDataDamaged:
            raise
        except (OSError, sqlite3.DatabaseError) as exc:
            if isinstance(exc, sqlite3.DatabaseError) and "not a database" in str(exc):
                raise UserDataDamaged(_damaged_message(path, str(exc)), path) from exc
            if isinstance(exc, sqlite3.OperationalError) and "already exists" in str(exc):
                raise DataError(
                    f"Your data {path} holds tables this version did not make ({exc}): it was "
                    "made by another program. Nothing was changed; move the file away to "
                    "start afresh, or restore a backup (restore-backup)."
                ) from exc
            raise DataError(f"Cannot open your data at {path}: {exc}") from exc

    def _check_schema(self) -> None:
        for table, want in _EXPECTED_COLUMNS.items():
            cols = {r[1] for r in self.db.execute(f"PRAGMA table_info({table})")}
            if cols and not want <= cols:
                self.db.conn.close()
                raise DataError(
                    f"Your data {self.path} has a {table!r} table this version does not know "
                    f"(no column {', '.join(sorted(want - cols))}): it was made by another "
                    "program or version. Nothing was changed; move the file away to start "
                    "afresh, or restore a backup (restore-backup)."
                )

    @classmethod
    def in_memory(cls) -> UserStore:
        """A store that lives for this session only (used when the real one cannot open)."""
        return cls(Path(":memory:"))

    def close(self) -> None:
        self.db.conn.close()

    def reopen(self, path: Path | None = None) -> None:
        """Close and open again (after a restore), at ``path`` if given; objects holding this
        store keep working with the new file."""
        with contextlib.suppress(sqlite3.Error):
            self.db.conn.close()
        if path is not None:
            self.path = path
        self._backed_up = False
        self._open()

    # backups -----------------------------------------------------------------------------
    def _backup(self, reason: str) -> None:
        from khorasan_desktop.data.backups import backup

        backup(self.db.conn, self.path, reason)
        self._backed_up = True

    def backup_now(self, reason: str = "manual") -> Path:
        from khorasan_desktop.data.backups import backup

        if str(self.path) == ":memory:":
            raise DataError("Your data is not being saved this session: nothing to back up.")
        out = backup(self.db.conn, self.path, reason)
        self._backed_up = True
        return out

    def _before_write(self) -> None:
        """Refuse writes in read-only mode; the first write of a day makes a backup."""
        if self.read_only is not None:
            raise DataError(f"Not saved: {self.read_only}; your data can be read but not changed")
        if self._backed_up or str(self.path) == ":memory:":
            return
        from khorasan_desktop.data.backups import made_today

        self._backed_up = True
        if not made_today(self.path) and _has_content(self.db.conn):
            with contextlib.suppress(DataError):  # a failed backup must not stop the note
                self._backup("daily")

    def _write(self, sql: str, params: list[object]) -> None:
        self._before_write()
        try:
            with self.db.atomic():
                self.db.execute(sql, params)
        except sqlite3.OperationalError as exc:
            raise DataError(f"Could not save to {self.path}: {write_reason(exc)}") from exc

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

    # link charts -------------------------------------------------------------------------
    def save_link_chart(self, chart: SavedChart) -> None:
        """Save (or replace) a link chart under its name."""
        if not chart.name.strip():
            raise DataError("A link chart needs a name.")
        layout = {
            "positions": {k: [round(x, 2), round(y, 2)] for k, (x, y) in chart.positions.items()},
            "pinned": sorted(chart.pinned),
        }
        self._write(
            "INSERT INTO link_charts (name, spec, layout_json, saved_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (name) DO UPDATE SET spec = excluded.spec, "
            "layout_json = excluded.layout_json, saved_at = excluded.saved_at",
            [chart.name.strip(), chart.spec, json.dumps(layout, sort_keys=True), _now()],
        )

    def link_chart(self, name: str) -> SavedChart | None:
        row = self.db.execute(
            "SELECT name, spec, layout_json, saved_at FROM link_charts WHERE name = ?",
            [name.strip()],
        ).fetchone()
        return _chart(row) if row else None

    def link_charts(self) -> list[SavedChart]:
        """Every saved link chart, newest first."""
        rows = self.db.execute(
            "SELECT name, spec, layout_json, saved_at FROM link_charts ORDER BY saved_at DESC, name"
        ).fetchall()
        return [_chart(r) for r in rows]

    def delete_link_chart(self, name: str) -> None:
        self._write("DELETE FROM link_charts WHERE name = ?", [name])

    # investigations ----------------------------------------------------------------------
    def save_investigation(self, inv: Investigation) -> None:
        """Save (or replace) an investigation under its name."""
        name = inv.name.strip()
        if not name:
            raise DataError("An investigation needs a name.")
        state = {
            "current": inv.current,
            "tabs": [
                {"location": t.location, "title": t.title, "spec": t.spec, "state": t.state}
                for t in inv.tabs
            ],
        }
        self._write(
            "INSERT INTO investigations (name, state_json, saved_at) VALUES (?, ?, ?) "
            "ON CONFLICT (name) DO UPDATE SET state_json = excluded.state_json, "
            "saved_at = excluded.saved_at",
            [name, json.dumps(state, ensure_ascii=False, sort_keys=True), _now()],
        )

    def investigation(self, name: str) -> Investigation | None:
        row = self.db.execute(
            "SELECT name, state_json, saved_at FROM investigations WHERE name = ?",
            [name.strip()],
        ).fetchone()
        return _investigation(row) if row else None

    def investigations(self) -> list[Investigation]:
        """Every saved investigation, newest first."""
        rows = self.db.execute(
            "SELECT name, state_json, saved_at FROM investigations ORDER BY saved_at DESC, name"
        ).fetchall()
        return [_investigation(r) for r in rows]

    def delete_investigation(self, name: str) -> None:
        self._write("DELETE FROM investigations WHERE name = ?", [name])

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
        if self.read_only is not None:
            return  # history is a convenience: read-only mode just keeps none
        self._before_write()
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
            raise DataError(f"Could not save to {self.path}: {write_reason(exc)}") from exc

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
        """Data sets holding events, by name: UCDP/ACLED imports, and STIX bundles that
        brought incidents (their row count and dates are those of the incidents)."""
        sql = (
            "SELECT d.id, d.name, d.kind, d.release, d.source_file, d.imported_at, d.licence, "
            "d.attribution, CASE d.kind WHEN 'stix' THEN s.n ELSE d.row_count END, "
            "coalesce(d.date_from, s.first), coalesce(d.date_to, s.last), d.mapping_json "
            "FROM datasets d LEFT JOIN (SELECT dataset_id, count(*) AS n, "
            "min(date_start) AS first, max(date_end) AS last FROM imported_events "
            "WHERE dataset_id IN (SELECT id FROM datasets WHERE kind = 'stix') "
            "GROUP BY dataset_id) s ON s.dataset_id = d.id "
            "WHERE (d.kind IN ('ucdp', 'acled') OR s.n > 0)"
        )
        params: list[object] = []
        if kind:
            sql += " AND d.kind = ?"
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
            for r in self.db.execute(sql + " ORDER BY d.name", params)
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

    # writing imported events -------------------------------------------------------------
    @contextmanager
    def import_transaction(self) -> Iterator[None]:
        """One write transaction for a whole import: any error or a cancel rolls it all
        back, so the user's data is either as before or fully imported."""
        if self.read_only is not None:
            raise DataError(f"Not imported: {self.read_only}; your data can be read only")
        if str(self.path) != ":memory:" and _has_content(self.db.conn):
            self._backup("before-import")
        self._backed_up = True
        conn = self.db.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise DataError(f"Cannot write to {self.path}: {exc}") from exc
        try:
            yield
            conn.execute("COMMIT")
        except BaseException as exc:
            # SQLite may already have rolled back (disk full): a second ROLLBACK would
            # replace the real reason with "no transaction is active".
            if conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise DataError(
                    f"Could not save the import to {self.path}: {write_reason(exc)}"
                ) from exc
            raise

    def open_event_dataset(self, name: str, kind: str) -> tuple[int, bool]:
        """The id of the event data set ``name`` (created if new) and whether it existed;
        DataError when a data set of that name is of another kind."""
        row = self.db.execute("SELECT id, kind FROM datasets WHERE name = ?", [name]).fetchone()
        if row is not None and row[1] != kind:
            raise DataError(
                f"A {row[1]} data set named {name!r} exists; choose another name "
                "(--name) or remove it first."
            )
        if row is not None:
            return int(row[0]), True
        cur = self.db.execute(
            "INSERT INTO datasets (name, kind, imported_at) VALUES (?, ?, ?)", [name, kind, _now()]
        )
        return int(cur.lastrowid or 0), False

    def event_runs(self, dataset_id: int, ext_ids: Sequence[str]) -> dict[str, int]:
        """The import run that last wrote each of these source ids (absent: new rows)."""
        out: dict[str, int] = {}
        for chunk, marks in in_chunks(ext_ids):
            for ext, run in self.db.execute(
                "SELECT ext_id, import_run FROM imported_events WHERE dataset_id = ? "
                f"AND ext_id IN ({marks})",
                [dataset_id, *chunk],
            ):
                out[ext] = run
        return out

    def upsert_events(
        self, rows: Iterable[Sequence[Any]], columns: tuple[str, ...] = EVENT_COLUMNS
    ) -> None:
        """Write event rows (values in ``columns`` order), updating rows seen before."""
        self.db.conn.executemany(_upsert_sql(columns), rows)

    def drop_events_not_in_run(self, dataset_id: int, run: int) -> int:
        """Delete a data set's rows the latest import did not see; how many went."""
        return int(
            self.db.execute(
                "DELETE FROM imported_events WHERE dataset_id = ? AND import_run != ?",
                [dataset_id, run],
            ).rowcount
        )

    def event_span(self, dataset_id: int) -> tuple[str | None, str | None, int]:
        """First day, last day and number of a data set's events."""
        first, last, count = self.db.execute(
            "SELECT min(date_start), max(date_end), count(*) FROM imported_events "
            "WHERE dataset_id = ?",
            [dataset_id],
        ).fetchone()
        return first, last, int(count)

    def finish_event_dataset(
        self, dataset_id: int, facts: dict[str, Any], report: dict[str, Any]
    ) -> None:
        """Store what an import found out about its data set (release, licence, dates,
        row count, mapping) and its report."""
        columns: tuple[str, ...] = ("release", "source_file", "licence", "attribution")
        columns += ("row_count", "date_from", "date_to", "mapping_json")
        self.db.execute(
            f"UPDATE datasets SET {', '.join(f'{c} = ?' for c in columns)}, imported_at = ?, "
            "report_json = ? WHERE id = ?",
            [
                *(facts.get(c) for c in columns),
                _now(),
                json.dumps(report, ensure_ascii=False),
                dataset_id,
            ],
        )

    def remove_dataset(self, name: str) -> bool:
        """Delete an imported data set and everything in it; False if there was none."""
        self._before_write()
        try:
            with self.db.atomic():
                row = self.db.execute("SELECT id FROM datasets WHERE name = ?", [name]).fetchone()
                if row is None:
                    return False
                for table in ("imported_objects", "imported_relations", "imported_events"):
                    self.db.execute(f"DELETE FROM {table} WHERE dataset_id = ?", [row[0]])
                self.db.execute("DELETE FROM datasets WHERE id = ?", [row[0]])
        except sqlite3.OperationalError as exc:
            raise DataError(f"Could not save to {self.path}: {write_reason(exc)}") from exc
        return True


def _read_only_reason(path: Path) -> str | None:
    """Why the user database cannot be written, or None when it can (or can be made)."""
    folder = path.parent
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if not os.access(probe, os.W_OK):
        return f"the data folder {folder} is read-only"
    if path.exists() and not os.access(path, os.W_OK):
        return f"{path} is read-only"
    return None


def _has_tables(conn: sqlite3.Connection) -> bool:
    return (
        conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").fetchone()
        is not None
    )


def daily_backup(path: Path) -> Path | None:
    """The day's backup of the user database at ``path``, unless one was made today or it
    holds nothing of the user's. For a worker thread at start-up (its own connection), so
    the first write of the day finds the backup made and does not wait for the copy."""
    from khorasan_desktop.data.backups import made_today

    if str(path) == ":memory:" or not path.exists() or made_today(path):
        return None
    store = UserStore(path)
    try:
        if store.read_only is not None or not _has_content(store.db.conn):
            return None
        return store.backup_now("daily")
    finally:
        store.close()


def _has_content(conn: sqlite3.Connection) -> bool:
    """Whether the database holds anything of the user's worth a backup."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in ("notes", "bookmarks", "datasets", "link_charts", "investigations"):
        if table in tables and conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
            return True
    return False


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """Read-only, with the WAL if SQLite can use it; else ``immutable`` (a read-only
    folder cannot hold the ``-shm`` file WAL reading needs)."""
    base = path.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{base}?mode=ro", uri=True, check_same_thread=False)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        return sqlite3.connect(f"{base}?mode=ro&immutable=1", uri=True, check_same_thread=False)
