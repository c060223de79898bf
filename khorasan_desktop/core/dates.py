"""Dates with an honest precision: a year-only date is not the first of January."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass

from khorasan_desktop.core.models import CountBin, Counts

PRECISIONS = ("day", "month", "quarter", "year", "decade", "period", "unknown")
_RANK = {p: i for i, p in enumerate(PRECISIONS)}
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@dataclass(frozen=True)
class FuzzyDate:
    """A date as precise as its source: ``start``/``end`` bound the possible days."""

    text: str
    precision: str
    start: str | None
    end: str | None


def parse(text: str | None, precision: str | None = None) -> FuzzyDate:
    """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` into bounds and a precision.

    Impossible dates (2021-02-30, month 13, year 0, extra parts) raise ``ValueError``
    instead of being rolled over or passed on, so every caller refuses the same dates."""
    if not text:
        return FuzzyDate("", "unknown", None, None)
    parts = text.strip().split("-")
    if len(parts) > 3 or not all(p.isdigit() and p.isascii() for p in parts):
        raise ValueError(f"not a date: {text!r}")
    year = int(parts[0])
    if not 1 <= year <= 9999:
        raise ValueError(f"year out of range: {text!r}")
    if len(parts) == 1:
        return FuzzyDate(text, precision or "year", f"{year:04d}-01-01", f"{year:04d}-12-31")
    month = int(parts[1])
    last = calendar.monthrange(year, month)[1]
    if len(parts) == 2:
        return FuzzyDate(
            text,
            precision or "month",
            f"{year:04d}-{month:02d}-01",
            f"{year:04d}-{month:02d}-{last}",
        )
    day = int(parts[2])
    if not 1 <= day <= last:
        raise ValueError(f"day out of range: {text!r}")
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    return FuzzyDate(text, precision or "day", iso, iso)


def coarser_than(precision: str, bin_size: str) -> bool:
    """True when a date of ``precision`` cannot be placed in a bin of ``bin_size``."""
    return _RANK.get(precision, len(PRECISIONS)) > _RANK[bin_size]


def period_key(iso_day: str, bin_size: str) -> str:
    """Bin label for an ISO day: ``2021``, ``2021-Q3`` or ``2021-08``."""
    year, month = iso_day[:4], int(iso_day[5:7])
    if bin_size == "year":
        return year
    if bin_size == "quarter":
        return f"{year}-Q{(month - 1) // 3 + 1}"
    if bin_size == "month":
        return f"{year}-{month:02d}"
    raise ValueError(f"unknown bin size {bin_size!r}")


def display(start: str | None, precision: str, end: str | None = None) -> str:
    """Human form that keeps the precision: ``14 Mar 2019``, ``Mar 2019``, ``c. 2016``."""
    if not start:
        return "date unknown"
    y, m, d = start[:4], int(start[5:7]) if len(start) >= 7 else 1, start[8:10]
    if precision == "day":
        text = f"{int(d)} {_MONTHS[m - 1]} {y}"
    elif precision == "month":
        text = f"{_MONTHS[m - 1]} {y}"
    elif precision == "year":
        text = y
    elif precision == "decade":
        text = f"{y[:3]}0s"
    else:
        text = f"c. {y}"
    if end and end[:4] != start[:4] and precision in ("year", "period"):
        text = f"{y}–{end[:4]}"
    return text


_FITS = {
    "year": ("day", "month", "quarter", "year"),
    "quarter": ("day", "month", "quarter"),
    "month": ("day", "month"),
}


def bin_of(
    start: str | None,
    end: str | None,
    precision: str,
    bin_size: str,
    date_from: str | None = None,
    date_to: str | None = None,
) -> str | None:
    """The bin an event counts in, or None when its date is too imprecise for the bin
    size or not wholly inside [date_from, date_to]: such events are counted apart, never
    guessed into a bin. One rule for the bundled and the imported counts."""
    inside = (not date_from or (start or "") >= date_from) and (
        not date_to or (end or "9999") <= date_to
    )
    if start and precision in _FITS[bin_size] and inside:
        return period_key(start, bin_size)
    return None


MAX_SPANNED = 600  # bins one imprecise date is spread over at most (a decade in months)


def bins_spanned(start: str, end: str, bin_size: str) -> list[str]:
    """Every bin label from the one holding ``start`` to the one holding ``end``."""
    first, last = period_key(start, bin_size), period_key(end, bin_size)
    y, sub = int(start[:4]), int(start[5:7])
    if bin_size == "quarter":
        sub = (sub - 1) // 3 + 1
    size = {"year": 1, "quarter": 4, "month": 12}[bin_size]
    out: list[str] = []
    key = first
    while len(out) < MAX_SPANNED:
        out.append(key)
        if key == last:
            break
        sub += 1
        if bin_size == "year" or sub > size:
            y, sub = y + 1, 1
        key = (
            f"{y:04d}"
            if bin_size == "year"
            else f"{y:04d}-Q{sub}"
            if bin_size == "quarter"
            else f"{y:04d}-{sub:02d}"
        )
    return out


def count_bins(
    rows: Iterable[tuple[str | None, str | None, str, int]],
    bin_size: str,
    date_from: str | None = None,
    date_to: str | None = None,
) -> Counts:
    """Counts per bin from (start, end, precision, n) rows, imprecise ones apart."""
    per: dict[str, int] = {}
    overlap: dict[str, int] = {}
    imprecise = 0
    for start, end, precision, n in rows:
        key = bin_of(start, end, precision, bin_size, date_from, date_to)
        if key is None:
            imprecise += n
            if start:  # the bins it may have happened in (within the asked dates)
                lo = max(start, date_from) if date_from else start
                hi = min(end or start, date_to) if date_to else (end or start)
                if lo <= hi:
                    for k in bins_spanned(lo, hi, bin_size):
                        overlap[k] = overlap.get(k, 0) + n
        else:
            per[key] = per.get(key, 0) + n
    bins = tuple(CountBin(k, per[k]) for k in sorted(per))
    spread = tuple(CountBin(k, overlap[k]) for k in sorted(overlap))
    return Counts(bin_size, bins, imprecise, imprecise + sum(per.values()), spread)


Stacked = dict[str, dict[str | None, int]]  # period -> group id (None: unknown) -> events


def stack_bins(
    rows: Iterable[tuple[str | None, str | None, str | None, str, int]],
    bin_size: str,
    date_from: str | None = None,
    date_to: str | None = None,
) -> Stacked:
    """Counts per bin and group from (group, start, end, precision, n) rows, by the same
    rule as :func:`count_bins`; events too imprecise for a bin are left out (the totals
    count them apart)."""
    out: Stacked = {}
    for group, start, end, precision, n in rows:
        key = bin_of(start, end, precision, bin_size, date_from, date_to)
        if key is not None:
            per = out.setdefault(key, {})
            per[group] = per.get(group, 0) + n
    return out
