"""Opening the reference database read-only, with clear errors when it is not usable."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from khorasan_desktop.data.errors import DatabaseCorrupt, DatabaseMissing, Interrupted

SCHEMA_VERSION = 2  # 2: statistics.kind, alias citations
IN_CHUNK = 500  # ids in one ``IN (...)`` list: SQLite caps the parameters of a statement
CHECK_EVERY = 1000  # SQLite virtual-machine steps between two looks at ``cancelled``
# Tables every query path reads; a file without one of them is not a reference database.
REQUIRED_TABLES = (
    "meta",
    "entities",
    "names",
    "aliases",
    "actors",
    "regions",
    "events",
    "relations",
    "sources",
    "citations",
)


T = TypeVar("T")


def in_chunks(ids: Sequence[T], size: int = IN_CHUNK) -> Iterator[tuple[list[T], str]]:
    """``ids`` in slices of at most ``size``, each with its ``?,?,...`` marks: the one way a
    long list of ids goes into ``IN (...)``. A statement with two such lists takes a
    smaller ``size``, so both fit under SQLite's parameter limit."""
    for start in range(0, len(ids), size):
        chunk = list(ids[start : start + size])
        yield chunk, ",".join("?" * len(chunk))


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
    except sqlite3.Error as exc:
        raise DatabaseCorrupt(f"Cannot open the reference database {path}: {exc}") from exc
    try:
        conn.execute("PRAGMA query_only = 1")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        missing = [t for t in REQUIRED_TABLES if t not in tables]
        if missing:
            conn.close()
            raise DatabaseCorrupt(
                f"Reference database {path} is damaged or not a reference database: "
                f"no table {', '.join(missing)}."
            )
        rows = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DatabaseCorrupt(
            f"Reference database is damaged or not a database: {path} ({exc})"
        ) from exc
    text = str(rows.get("schema_version", "0"))
    version = int(text) if text.isdigit() else None
    if version != SCHEMA_VERSION:
        conn.close()
        raise DatabaseCorrupt(
            f"Reference database {path} has schema version {text[:20]!r}; "
            f"this version of Khorasan Desktop reads version {SCHEMA_VERSION}."
        )
    return conn


def quick_check(conn: sqlite3.Connection) -> str | None:
    """What SQLite's quick check finds wrong with an open database, in one line, or None
    when it is sound (the one reading of ``PRAGMA quick_check`` for every database)."""
    try:
        rows = conn.execute("PRAGMA quick_check(3)").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    found = [" ".join(str(r[0]).replace("*** in database main ***", "").split()) for r in rows]
    found = [f for f in found if f != "ok"]
    return "; ".join(found)[:200] if found else None


def damage(path: Path) -> str | None:
    """What the quick check finds wrong with the file at ``path`` (opened read-only), or
    None when it is sound or absent. Run after a query failed, to name the damaged file,
    and on a backup before it is restored."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        return quick_check(conn)
    finally:
        conn.close()


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
