"""Which event data a view counts: the bundled incidents, imported data sets, or both.

A source text is what the user types on the command line or picks in the GUI:
``bundled`` (default), ``ucdp`` / ``acled`` / ``stix`` (every imported data set of that
kind; a STIX bundle counts when it brought incidents), ``imported`` (every imported data
set), ``all`` (bundled + imported), or a data set's name (a STIX bundle's is its file
name); several can be joined with ``+``.

Each chosen data set is an :class:`~khorasan_desktop.data.events.sources.EventSource`;
the functions here fan a query out over them and merge the answers (counts added bin by
bin, province counts summed, places and rows concatenated), and every caption says which
sources were counted.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from khorasan_desktop.core import dates
from khorasan_desktop.core.events import Event
from khorasan_desktop.core.i18n import translate
from khorasan_desktop.core.models import CountBin
from khorasan_desktop.data import timeline
from khorasan_desktop.data.browse import Box, ChartData, IncidentPlace
from khorasan_desktop.data.connection import in_chunks
from khorasan_desktop.data.errors import BadQuery
from khorasan_desktop.data.events.imported import EVENT_KINDS
from khorasan_desktop.data.events.overlaps import Overlap, find_overlaps
from khorasan_desktop.data.events.sources import IMPORTED_PREFIX as IMPORTED_PREFIX
from khorasan_desktop.data.events.sources import (
    BundledSource,
    EventSource,
    bundled_description,
    merge_counts,
    source_for,
)
from khorasan_desktop.data.reference import CountFilter, Counts, Reference
from khorasan_desktop.data.userdb import EventDataset, UserStore

KINDS = EVENT_KINDS


@dataclass(frozen=True)
class Layers:
    bundled: bool = True
    kinds: tuple[str, ...] = ()  # every imported data set of these kinds
    names: tuple[str, ...] = ()  # these imported data sets

    @property
    def imported(self) -> bool:
        return bool(self.kinds or self.names)

    def text(self) -> str:
        parts = (["bundled"] if self.bundled else []) + list(self.kinds) + list(self.names)
        return "+".join(parts) or "bundled"


BUNDLED = Layers()
EVERY_SOURCE = Layers(bundled=True, kinds=KINDS)  # what ``source=all`` chooses


def parse_source(text: str | None) -> Layers:
    """Parse a source text (see the module docstring); names are checked later."""
    if not text or not text.strip():
        return BUNDLED
    bundled, kinds, names = False, [], []
    for part in (p.strip() for p in text.replace(",", "+").split("+")):
        low = part.lower()
        if not part:
            continue
        if low == "bundled":
            bundled = True
        elif low in KINDS:
            kinds.append(low)
        elif low == "imported":
            kinds.extend(KINDS)
        elif low == "all":
            bundled = True
            kinds.extend(KINDS)
        else:
            names.append(part)
    return Layers(bundled, tuple(dict.fromkeys(kinds)), tuple(dict.fromkeys(names)))


def _chosen(known: list[EventDataset], layers: Layers) -> list[EventDataset]:
    """The data sets a selection covers, by name; BadQuery for an unknown name."""
    by_name = {d.name: d for d in known}
    for name in layers.names:
        if name not in by_name:
            listing = ", ".join(sorted(by_name)) or "none"
            raise BadQuery(f"No imported data set named {name!r} (imported: {listing}).")
    return [d for d in known if d.kind in layers.kinds or d.name in layers.names]


def dataset_names(user_db: Path, layers: Layers) -> list[str]:
    """Imported data sets a layer selection covers (BadQuery for an unknown name)."""
    with open_sources(None, user_db, layers) as sources:
        return sorted(s.name for s in sources)


@contextmanager
def open_sources(
    ref: Reference | None, user_db: Path, layers: Layers
) -> Iterator[list[EventSource]]:
    """The event sources of a selection, the bundled incidents first (when ``ref`` is
    given), then the imported data sets by name; the user store stays open meanwhile."""
    out: list[EventSource] = [BundledSource(ref)] if layers.bundled and ref is not None else []
    if not layers.imported:
        yield out
        return
    if not Path(user_db).exists():
        if layers.names:
            raise BadQuery(f"No imported data set named {layers.names[0]!r} (nothing imported).")
        yield out
        return
    store = UserStore(Path(user_db))
    try:
        out += [source_for(store, d) for d in _chosen(store.event_datasets(), layers)]
        yield out
    finally:
        store.close()


def counts(ref: Reference, user_db: Path, layers: Layers, flt: CountFilter, by: str) -> Counts:
    """Events per bin over the chosen sources, added bin by bin; over several sources, an
    event that is a possible duplicate of one in an earlier source (the bundled incidents
    come first) is counted once, and ``overlaps`` says how many were merged."""
    with open_sources(ref, user_db, layers) as sources:
        merged = merge_counts([s.counts(flt, by) for s in sources], by)
        if len(sources) < 2:
            return merged
        found = find_overlaps([_scope_events(ref, s, flt) for s in sources])
    if not found:
        return merged
    per = {b.period: b.count for b in merged.bins}
    imprecise = merged.imprecise
    for o in found:
        d = o.duplicate
        key = dates.bin_of(d.date_start, d.date_end, d.precision, by, flt.date_from, flt.date_to)
        if key is None:
            imprecise -= 1
        else:
            per[key] -= 1
    return Counts(
        by=by,
        bins=tuple(CountBin(k, n) for k, n in sorted(per.items()) if n),
        imprecise=imprecise,
        total=merged.total - len(found),
        overlaps=len(found),
    )


def _scope_events(ref: Reference, source: EventSource, flt: CountFilter) -> list[Event]:
    """Every event a source counts for ``flt``, as rows (bundled ones read by id)."""
    page = source.events(flt)
    rows = list(page.rows.values())
    ids = list(page.ids)
    for chunk, _marks in in_chunks(ids):
        rows += ref.event_rows(chunk).values()
    return rows


def overlaps(ref: Reference, user_db: Path, layers: Layers, flt: CountFilter) -> list[Overlap]:
    """The possible duplicates between the chosen sources in a scope (for listing)."""
    with open_sources(ref, user_db, layers) as sources:
        if len(sources) < 2:
            return []
        return find_overlaps([_scope_events(ref, s, flt) for s in sources])


def year_span(ref: Reference, user_db: Path, layers: Layers) -> tuple[int, int]:
    """The years a year control offers: from the first dated event of the chosen sources
    to the later of the reference's last year and the last dated event, so no control
    can leave out an imported event dated before or after the bundled data."""
    first, last = ref.last_year, ref.last_year
    with open_sources(ref, user_db, layers) as sources:
        for source in sources:
            years = source.years()
            if years:
                first, last = min(first, years[0]), max(last, years[1])
    return first, last


def province_counts(
    ref: Reference, user_db: Path, layers: Layers, flt: CountFilter
) -> dict[str, int]:
    """Events per province id over the chosen sources, summed."""
    out: dict[str, int] = {}
    with open_sources(ref, user_db, layers) as sources:
        for source in sources:
            for prov, n in source.province_counts(flt).items():
                out[prov] = out.get(prov, 0) + n
    return out


def chart_data(
    ref: Reference, user_db: Path, layers: Layers, flt: CountFilter, by: str, stack: str | None
) -> ChartData:
    """The chart's data for these layers; with ``stack``, every source's events per
    country or province too, summed by reference id and named once."""
    total = counts(ref, user_db, layers, flt, by)
    return ChartData(total, stacked(ref, user_db, layers, flt, by, stack))


UNKNOWN_GROUP = "(unknown)"  # events no source could place in a reference country/province


def stacked(
    ref: Reference, user_db: Path, layers: Layers, flt: CountFilter, by: str, stack: str | None
) -> dict[str, dict[str, int]] | None:
    """Events per period and per country or province name, over every chosen source."""
    if not stack:
        return None
    merged: dict[str, dict[str | None, int]] = {}
    with open_sources(ref, user_db, layers) as sources:
        for source in sources:
            for period, groups in source.stacked(flt, by, stack).items():
                per = merged.setdefault(period, {})
                for group, n in groups.items():
                    per[group] = per.get(group, 0) + n
    names = ref.entity_names(g for per in merged.values() for g in per if g)
    out: dict[str, dict[str, int]] = {}
    for period in sorted(merged):
        per_name = out.setdefault(period, {})
        for group, n in merged[period].items():
            name = names.get(group, UNKNOWN_GROUP) if group else UNKNOWN_GROUP
            per_name[name] = per_name.get(name, 0) + n
    return out


def describe(user_db: Path, layers: Layers) -> str:
    """Which data a count used, for captions and report covers."""
    with open_sources(None, user_db, layers) as sources:
        bundled = [bundled_description()] if layers.bundled else []
        parts = bundled + [s.describe() for s in sources]
    return " + ".join(parts) or translate("sources", "no data")


def attributions(user_db: Path, layers: Layers) -> list[str]:
    """Licence lines of the imported data sets in use (UCDP CC BY 4.0, ACLED terms)."""
    with open_sources(None, user_db, layers) as sources:
        return [line for s in sources if (line := s.attribution())]


@dataclass(frozen=True)
class LayeredChart:
    data: ChartData
    description: str
    attributions: list[str]


def chart(
    ref: Reference, user_db: Path, layers: Layers, flt: CountFilter, by: str, stack: str | None
) -> LayeredChart:
    """Chart data plus what was counted and the licences to show with it."""
    return LayeredChart(
        chart_data(ref, user_db, layers, flt, by, stack),
        describe(user_db, layers),
        attributions(user_db, layers),
    )


def _first(rows: dict[str, Event], limit: int) -> dict[str, Event]:
    """The oldest ``limit`` rows of several sources, in date order."""
    ordered = sorted(rows.values(), key=lambda r: (r.date_start or "", r.id))
    return {r.id: r for r in ordered[:limit]}


def bin_rows(
    ref: Reference,
    user_db: Path,
    layers: Layers,
    flt: CountFilter,
    by: str,
    period: str,
    limit: int = 5000,
) -> tuple[list[str], dict[str, Event]]:
    """The events of one chart bin: bundled incident ids, and imported events as table rows
    keyed ``imported:<data set>:<id>`` (at most ``limit`` of them)."""
    ids: list[str] = []
    rows: dict[str, Event] = {}
    with open_sources(ref, user_db, layers) as sources:
        for source in sources:
            page = source.events(flt, by, period, limit)
            ids += page.ids
            rows.update(page.rows)
    return ids, _first(rows, limit)


def entity_imported_rows(
    ref: Reference, user_db: Path, entity_id: str, limit: int = 5000
) -> dict[str, Event]:
    """Imported events (of every kind) for an actor (either side) or a country/province."""
    if not Path(user_db).exists():
        return {}
    ent = ref.ref(entity_id)
    row = ref.entity(entity_id, relations_limit=0)
    if ent.kind == "actor":
        flt = CountFilter(actor_id=entity_id)
    elif ent.kind == "region" and row.subtype == "country":
        flt = CountFilter(country_id=entity_id)
    elif ent.kind == "region" and row.subtype == "province":
        flt = CountFilter(province_id=entity_id)
    else:
        return {}
    rows: dict[str, Event] = {}
    with open_sources(ref, user_db, Layers(bundled=False, kinds=KINDS)) as sources:
        for source in sources:
            rows.update(source.events(flt, limit=limit).rows)
    return _first(rows, limit)


def places(
    ref: Reference,
    user_db: Path,
    layers: Layers,
    flt: CountFilter,
    cell: float,
    limit: int,
    bbox: Box | None = None,
) -> tuple[list[IncidentPlace], int]:
    """Map markers for the chosen layers: events grouped by cell of a ``cell``-degree grid
    in each source's SQL, then the sources' answers for the same cell merged (counts added,
    boxes joined, positions weighted by count), busiest first, at most ``limit``. Second
    value: the cells in all (exact when every source returned all of its cells; else the
    sum of each source's, an upper bound)."""
    merged: dict[tuple[int, int], IncidentPlace] = {}
    totals: list[int] = []
    complete = True
    with open_sources(ref, user_db, layers) as sources:
        for source in sources:
            found, n = source.places(flt, cell, limit, bbox)
            totals.append(n)
            complete = complete and n <= len(found)
            for p in found:
                merged[p.cell] = _join_cells(merged[p.cell], p) if p.cell in merged else p
    out = sorted(merged.values(), key=lambda p: (-p.count, p.cell))
    total = len(out) if complete else sum(totals)
    return out[:limit], total


@dataclass(frozen=True)
class LayeredTimeline:
    """The events of a timeline over the chosen sources: the busiest lanes, and either
    every (event, lane) mark or, beyond ``mark_limit``, their counts per lane and month."""

    lanes: list[tuple[str, int]]  # kept lanes, busiest first, (key, marks)
    lanes_total: int  # lanes there are before folding into OTHER
    marks_total: int  # (event, lane) marks there are in all
    marks: list[timeline.TimelineMark]  # oldest first; empty when counted per month
    density: list[timeline.DensityCell]
    events: int  # dated events of the scope
    undated: int  # events of the scope without a date
    description: str
    attributions: list[str]


def timeline_events(
    ref: Reference,
    user_db: Path,
    layers: Layers,
    flt: CountFilter,
    lanes: str,
    max_lanes: int,
    mark_limit: int,
) -> LayeredTimeline:
    """Lanes summed over the sources by key; marks of every source merged by date (each
    source stops at ``mark_limit``, so the merge does too); density cells added. Lanes past
    the busiest ``max_lanes - 1`` share OTHER when there are more than ``max_lanes``."""
    with open_sources(ref, user_db, layers) as sources:
        per_lane: dict[str, int] = {}
        for source in sources:
            for key, n in source.lanes(flt, lanes).items():
                per_lane[key] = per_lane.get(key, 0) + n
        top, n_lanes, n_marks = timeline.busiest(per_lane, max_lanes)
        keep = [k for k, _ in top] if n_lanes <= max_lanes else [k for k, _ in top[: max_lanes - 1]]
        marks: list[timeline.TimelineMark] = []
        density: list[timeline.DensityCell] = []
        if n_marks <= mark_limit:
            for source in sources:
                marks += source.marks(flt, lanes, keep, mark_limit)
            marks.sort(key=lambda m: (m.start, m.id))
        else:
            density = timeline.merge_density([s.density(flt, lanes, keep) for s in sources])
        dated = sum(s.dated(flt) for s in sources)
        undated = sum(s.count(flt) for s in sources) - dated
        # named and credited from the sources already open (each opening of the user
        # store checks it, which costs seconds on a large one)
        description = " + ".join(s.describe() for s in sources) or "no data"
        credits = [line for s in sources if (line := s.attribution())]
    counts = dict(top)
    return LayeredTimeline(
        lanes=[(k, counts[k]) for k in keep],
        lanes_total=n_lanes,
        marks_total=n_marks,
        marks=marks[:mark_limit],
        density=density,
        events=dated,
        undated=undated,
        description=description,
        attributions=credits,
    )


def _join_cells(a: IncidentPlace, b: IncidentPlace) -> IncidentPlace:
    """One marker for a cell two sources both hold."""
    n = a.count + b.count
    return IncidentPlace(
        latitude=(a.latitude * a.count + b.latitude * b.count) / n,
        longitude=(a.longitude * a.count + b.longitude * b.count) / n,
        exact=a.exact or b.exact,
        count=n,
        recent=(),  # several incidents: listed on a click
        cell=a.cell,
        bounds=(
            min(a.bounds[0], b.bounds[0]),
            min(a.bounds[1], b.bounds[1]),
            max(a.bounds[2], b.bounds[2]),
            max(a.bounds[3], b.bounds[3]),
        ),
    )


def cell_events(
    ref: Reference,
    user_db: Path,
    layers: Layers,
    flt: CountFilter,
    cell: float,
    cells: list[tuple[int, int]],
    limit: int = 5000,
) -> tuple[list[str], dict[str, Event]]:
    """Every event of the chosen layers in these grid cells (what a map marker counted):
    bundled incident ids, all of them, newest first (their rows are read page by page), and
    imported events as table rows keyed ``imported:<data set>:<id>`` (at most ``limit``)."""
    ids: list[str] = []
    rows: dict[str, Event] = {}
    with open_sources(ref, user_db, layers) as sources:
        for source in sources:
            page = source.in_cells(flt, cell, cells, limit)
            ids += page.ids
            rows.update(page.rows)
    newest = sorted(rows.values(), key=lambda r: (r.date_start or "", r.id), reverse=True)
    return ids, {r.id: r for r in newest[:limit]}
