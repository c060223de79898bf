"""The browse tree's rows and its four top branches.

Kept apart from ``data.browse`` so that the first frame of the window can show the top of
the tree from one query on a plain connection, before the rest of the data layer (and the
core models it builds) has loaded."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class TreeRow:
    """A node of the browse tree: an entity, or a group (``entity_id`` None) with a count."""

    key: str
    label: str
    entity_id: str | None
    kind: str | None
    has_children: bool
    count: int | None = None


# (key, label, the entity kind its count reads from summary_counts)
ROOT_BRANCHES = (
    ("actors", QT_TRANSLATE_NOOP("tree_model", "Actors"), "actor"),
    ("regions", QT_TRANSLATE_NOOP("tree_model", "Regions"), "region"),
    ("events", QT_TRANSLATE_NOOP("tree_model", "Events"), "event"),
    ("sources", QT_TRANSLATE_NOOP("tree_model", "Sources"), "source"),
)


def root_rows(db: sqlite3.Connection) -> list[TreeRow]:
    """The top of the tree with the count of each branch (precomputed at build time, so
    this reads four rows however many events the database holds)."""
    counts = dict(db.execute("SELECT value, n FROM summary_counts WHERE key = 'kind'"))
    return [
        TreeRow(key, label, None, None, True, counts.get(kind, 0))
        for key, label, kind in ROOT_BRANCHES
    ]


@dataclass(frozen=True)
class FirstFrame:
    """What the window's first frame reads from the reference database: the top of the
    tree and the data's version, with the connection the repository then takes over
    (``Reference(path, connection)``), so the file is opened and checked once."""

    path: Path
    connection: sqlite3.Connection
    top: list[TreeRow]
    meta: dict[str, str]


def read_first_frame(path: Path) -> FirstFrame:
    """Open ``path`` read-only (DataError when it is missing, damaged or of another
    schema) and read what the first frame shows."""
    from khorasan_desktop.data.connection import meta, open_reference
    from khorasan_desktop.data.errors import DatabaseCorrupt

    connection = open_reference(path)
    try:
        return FirstFrame(path, connection, root_rows(connection), meta(connection))
    except sqlite3.DatabaseError as exc:  # e.g. no summary_counts: built by something else
        connection.close()
        raise DatabaseCorrupt(
            f"Reference database {path} is damaged or not a reference database: {exc}."
        ) from exc
