"""The browse tree's rows and its four top branches.

Kept apart from ``data.browse`` so that the first frame of the window can show the top of
the tree from one query on a plain connection, before the rest of the data layer (and the
core models it builds) has loaded."""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP


class TreeRow(NamedTuple):
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
