"""Possible duplicates between event sources: the same attack in the bundled incidents and
in an imported data set (UCDP 244657, the Iraqi embassy in Kabul on 31 July 2017, is also
``isk-2017-07-31-kabul``), or in two imported sets.

Two events of different sources are taken for one when (all three):

- their dates overlap, each taken with its precision (a day, or the month, week or year
  its source gives);
- they are in the same province, or in the same country when either names no province;
- their deaths are compatible: either is not stated, or their ranges (low-best-high)
  meet, or the best figures differ by at most 2 or a quarter of the larger.

A later source's event matches at most one earlier event (sources in the order they are
counted: the bundled incidents first). Counts over several sources count a matched event
once and say how many such overlaps they merged; nothing is deleted.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from khorasan_desktop.core.events import Event

MAX_RANGE_DAYS = 62  # a wider date (a year) is matched by scanning, not day by day


@dataclass(frozen=True)
class Overlap:
    kept: Event  # the earlier source's event, the one counted
    duplicate: Event  # the later source's event, counted once with ``kept``


def _deaths(e: Event) -> tuple[int, int] | None:
    values = [v for v in (e.deaths_low, e.deaths_best, e.deaths_high) if v is not None]
    return (min(values), max(values)) if values else None


def deaths_compatible(a: Event, b: Event) -> bool:
    ra, rb = _deaths(a), _deaths(b)
    if ra is None or rb is None:
        return True
    if ra[0] <= rb[1] and rb[0] <= ra[1]:
        return True
    best_a = a.deaths_best if a.deaths_best is not None else ra[1]
    best_b = b.deaths_best if b.deaths_best is not None else rb[1]
    return abs(best_a - best_b) <= max(2, max(best_a, best_b) // 4)


def same_place(a: Event, b: Event) -> bool:
    if not a.country_id or a.country_id != b.country_id:
        return False
    if a.province_id and b.province_id:
        return a.province_id == b.province_id
    return True


def _span(e: Event) -> tuple[str, str] | None:
    if not e.date_start:
        return None
    return e.date_start, e.date_end or e.date_start


def _days(start: str, end: str) -> list[str]:
    first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    n = (last - first).days
    return [(first + dt.timedelta(days=i)).isoformat() for i in range(n + 1)]


class _Index:
    """Earlier events by country and day; wide-dated ones kept apart and scanned."""

    def __init__(self, events: Iterable[Event]) -> None:
        self.by_day: dict[tuple[str, str], list[Event]] = defaultdict(list)
        self.wide: dict[str, list[Event]] = defaultdict(list)
        for e in events:
            span = _span(e)
            if span is None or not e.country_id:
                continue
            days = _days(*span) if span[0] <= span[1] else []
            if len(days) > MAX_RANGE_DAYS or not days:
                self.wide[e.country_id].append(e)
            else:
                for d in days:
                    self.by_day[(e.country_id, d)].append(e)

    def candidates(self, e: Event) -> list[Event]:
        span = _span(e)
        if span is None or not e.country_id:
            return []
        out: list[Event] = []
        days = _days(*span) if span[0] <= span[1] else []
        if len(days) > MAX_RANGE_DAYS:
            # A year-wide event: every earlier event of its country in that span.
            for (country, day), found in self.by_day.items():
                if country == e.country_id and span[0] <= day <= span[1]:
                    out += found
        else:
            for d in days:
                out += self.by_day.get((e.country_id, d), [])
        for w in self.wide.get(e.country_id, []):
            ws = _span(w)
            if ws and ws[0] <= span[1] and span[0] <= ws[1]:
                out.append(w)
        return out


def find_overlaps(sources: list[list[Event]]) -> list[Overlap]:
    """Possible duplicates across ``sources`` (each one source's events, in counting
    order): every later event matched to at most one earlier one, and vice versa."""
    overlaps: list[Overlap] = []
    earlier: list[Event] = []
    for events in sources:
        if earlier:
            index = _Index(earlier)
            used: set[str] = {o.kept.id for o in overlaps}
            for e in events:
                for c in index.candidates(e):
                    if c.id in used or not same_place(c, e) or not deaths_compatible(c, e):
                        continue
                    overlaps.append(Overlap(c, e))
                    used.add(c.id)
                    break
        earlier += events
    return overlaps
