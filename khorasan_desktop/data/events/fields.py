"""One field of an imported source row: dates with their precision, counts, coordinates.

A field that cannot be read raises :class:`RowError`; the importer skips that row and
reports the reason, so the helpers never guess a value.
"""

from __future__ import annotations

import datetime as dt
import math
import re

from khorasan_desktop.core import dates


class RowError(ValueError):
    """A row that cannot be imported (the message is the reason)."""


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d*)?)?Z?)?$")


def iso_day(text: str, what: str = "date") -> str:
    """``2018-03-04`` from ``2018-03-04`` or ``2018-03-04 00:00:00.000``; RowError else."""
    m = _ISO.match(text.strip())
    if not m:
        raise RowError(f"{what} {text.strip()[:40]!r} is not YYYY-MM-DD")
    return checked_day(int(m[1]), int(m[2]), int(m[3]), text, what)


def checked_day(year: int, month: int, day: int, text: str, what: str = "date") -> str:
    """The ISO day, or RowError naming the source text when it is not a calendar day."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        raise RowError(f"{what} {text.strip()[:40]!r} is not a calendar day") from None


def span_precision(start: str, end: str) -> str:
    """The finest calendar period that holds the whole range: ``day`` (one day), ``month``,
    ``quarter``, ``year``, else ``period`` (the range crosses a year boundary)."""
    if start == end:
        return "day"
    if start[:7] == end[:7]:
        return "month"
    if start[:4] == end[:4]:
        q1 = (int(start[5:7]) - 1) // 3
        q2 = (int(end[5:7]) - 1) // 3
        return "quarter" if q1 == q2 else "year"
    return "period"


def coarser(a: str, b: str) -> str:
    """The coarser of two precisions, in the one order of :data:`core.dates.PRECISIONS`."""
    return a if dates.PRECISIONS.index(a) >= dates.PRECISIONS.index(b) else b


def shifted(day: str, days: int, what: str = "date") -> str:
    """The ISO day ``days`` after ``day``; RowError when that leaves years 1-9999."""
    try:
        return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()
    except OverflowError:
        raise RowError(f"{what} {day!r} is at the edge of the calendar (years 1-9999)") from None


def month_bounds(day: str) -> tuple[str, str]:
    """First and last day of the month of an ISO day."""
    fd = dates.parse(day[:7])
    assert fd.start and fd.end
    return fd.start, fd.end


# The largest count stored: SQLite integers are 64-bit, and a float above 2**53 is no
# longer a whole number one can trust.
MAX_COUNT = 2**53


def to_int(text: str, what: str) -> int | None:
    """A whole, non-negative number (``12`` or ``12.0``) below :data:`MAX_COUNT`; empty
    text is None. ``inf``, ``nan``, ``1e400`` and huge values are RowErrors."""
    text = text.strip()
    if not text:
        return None
    try:
        value = int(text) if text.isdigit() else float(text)
    except ValueError:
        raise RowError(f"{what} {text[:20]!r} is not a number") from None
    if not math.isfinite(value) or value >= MAX_COUNT:
        raise RowError(f"{what} {text[:20]!r} is out of range (at most {MAX_COUNT - 1})")
    if value < 0 or value != int(value):
        raise RowError(f"{what} {text[:20]!r} is not a whole number")
    return int(value)


def to_coord(text: str, what: str, limit: float) -> float | None:
    """A latitude or longitude within ``±limit``; empty text is None."""
    text = text.strip()
    if not text:
        return None
    try:
        value = float(text)
    except ValueError:
        raise RowError(f"{what} {text[:20]!r} is not a number") from None
    if not math.isfinite(value) or not -limit <= value <= limit:
        raise RowError(f"{what} {value} is out of range")
    return value
