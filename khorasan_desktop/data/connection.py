"""Opening the reference database read-only, with clear errors when it is not usable."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from khorasan_desktop.data.errors import DatabaseCorrupt, DatabaseMissing

SCHEMA_VERSION = 1


def open_reference(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only (``mode=ro`` URI) and check it is a reference database.

    Reads go through plain sqlite3: sqlite-utils (used for the build, the user database
    and its migrations) imports numpy when present, ~45 ms the window should not wait for.
    """
    if not path.exists():
        raise DatabaseMissing(f"Reference database not found: {path}")
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        conn.execute("PRAGMA query_only = 1")
        rows = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorrupt(
            f"Reference database is damaged or not a database: {path} ({exc})"
        ) from exc
    version = int(rows.get("schema_version", "0"))
    if version != SCHEMA_VERSION:
        conn.close()
        raise DatabaseCorrupt(
            f"Reference database {path} has schema version {version}; "
            f"this version of Khorasan Desktop reads version {SCHEMA_VERSION}."
        )
    return conn


def meta(db: sqlite3.Connection) -> dict[str, str]:
    return {str(k): str(v) for k, v in db.execute("SELECT key, value FROM meta")}
