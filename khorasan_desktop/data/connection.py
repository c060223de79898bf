"""Opening the reference database read-only, with clear errors when it is not usable."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from khorasan_desktop.data.errors import DatabaseCorrupt, DatabaseMissing, Interrupted

SCHEMA_VERSION = 1
CHECK_EVERY = 1000  # SQLite virtual-machine steps between two looks at ``cancelled``


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


@contextmanager
def interruptible(db: sqlite3.Connection, cancelled: Callable[[], bool] | None) -> Iterator[None]:
    """Statements run inside stop soon after ``cancelled()`` turns true, raising
    :class:`Interrupted`: a search the user has typed past gives its thread back at once
    instead of finishing an answer nobody will see. ``None``: nothing to watch."""
    if cancelled is None:
        yield
        return
    if cancelled():
        raise Interrupted("cancelled")
    db.set_progress_handler(lambda: 1 if cancelled() else 0, CHECK_EVERY)
    try:
        yield
    except sqlite3.OperationalError as exc:
        if cancelled():
            raise Interrupted("cancelled") from exc
        raise
    finally:
        db.set_progress_handler(None, 0)
