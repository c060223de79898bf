"""Errors the data layer raises with a message fit for a user."""

from __future__ import annotations


class DataError(Exception):
    """A problem the user can act on (missing or damaged database, bad input)."""


class DatabaseMissing(DataError):
    pass


class DatabaseCorrupt(DataError):
    pass


class NotFound(DataError):
    pass


class BadQuery(DataError):
    pass


class Interrupted(DataError):
    """A query stopped because its caller no longer wants the answer (see
    :func:`khorasan_desktop.data.connection.interruptible`)."""
