"""Errors the data layer raises with a message fit for a user."""

from __future__ import annotations

import sqlite3


class DataError(Exception):
    """A problem the user can act on (missing or damaged database, bad input)."""


class DatabaseMissing(DataError):
    pass


class DatabaseCorrupt(DataError):
    pass


class NotFound(DataError):
    pass


class NameNotFound(NotFound):
    """A name that names no single entity. ``candidates``: the entities it may mean when
    it is ambiguous; ``suggestions``: close names when it is mistyped. Each is
    ``(id, name, kind label)``."""

    def __init__(
        self,
        message: str,
        candidates: tuple[tuple[str, str, str], ...] = (),
        suggestions: tuple[tuple[str, str, str], ...] = (),
    ) -> None:
        super().__init__(message)
        self.candidates = candidates
        self.suggestions = suggestions


class BadQuery(DataError):
    pass


class Interrupted(DataError):
    """A query stopped because its caller no longer wants the answer (see
    :func:`khorasan_desktop.data.connection.interruptible`)."""


def write_reason(exc: sqlite3.Error) -> str:
    """Why a write failed, in words: disk full says disk full."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_FULL or "full" in str(exc).lower():
        return "the disk is full (or the database reached its size limit); nothing was changed"
    if code == sqlite3.SQLITE_READONLY or "readonly" in str(exc).lower():
        return "the file or its folder is read-only; nothing was changed"
    return str(exc)
