"""The timeline view kind: events on lanes (by actor, province or attack type) along the
dates they may have happened, with an entity's dated relations and leadership terms as
bars above them.

``timeline:ISIS-K,lanes=province,from=2021,to=2022``: the target (optional) is an actor
or a region, and scopes the events as ``actor=``/``country=``/``province=`` would; its
own dated relations are drawn as periods. Without a target the leadership terms of the
reference are. A mark spans every day its date allows: a month-precision event covers
its month, a day-precision one its day.

``source=`` chooses the event data as for the chart and the map (``data/layers.py``):
``timeline:source=bundled+GED25`` draws the bundled incidents and an imported data set on
the same lanes; marks of imported events carry their ``imported:`` ids.

A scope of more than ``MARK_LIMIT`` (event, lane) marks is drawn as counts per lane and
month, counted in SQL, so what reaches the program stays small at any data size. The GUI
timeline, the PDF's picture and table, and ``export csv|json --view timeline`` all render
:class:`TimelineViewData`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from khorasan_desktop.core import dates
from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from khorasan_desktop.core.viewspec import ViewSpec, ViewSpecError
from khorasan_desktop.data import layers
from khorasan_desktop.data import timeline as tl
from khorasan_desktop.data.browse import RelationRow
from khorasan_desktop.data.layers import BUNDLED, Layers
from khorasan_desktop.data.reference import CountFilter, Reference
from khorasan_desktop.data.timeline import LANE_KINDS, DensityCell, TimelineMark
from khorasan_desktop.views import options
from khorasan_desktop.views.chart import DEFAULT_FIRST_YEAR
from khorasan_desktop.views.statistics import ScopeFigures, scope_figures

MAX_LANES = 12  # event lanes drawn; the rest share an "other" lane
MARK_LIMIT = 3000  # (event, lane) marks drawn one by one; above it, counts per month
MAX_BARS = 24  # relation periods drawn at most
COLUMNS = ("kind", "lane", "start", "end", "precision", "label", "id", "count")
LEADERSHIP = "leader-of"


@dataclass(frozen=True)
class ResolvedTimeline:
    flt: CountFilter
    lanes: str
    entity_id: str | None  # the entity the timeline is of (its relations are drawn)
    layers: Layers = BUNDLED
    datasets: tuple[str, ...] = ()  # imported data sets drawn (names checked)

    def to_spec(self) -> ViewSpec:
        opts = options.to_options(self.flt)
        target = None
        if self.entity_id is not None:
            for key in ("actor", "country", "province"):
                if opts.get(key) == self.entity_id:
                    del opts[key]
                    target = self.entity_id
                    break
        if self.lanes != default_lanes(self.flt):
            opts["lanes"] = self.lanes
        if self.layers != BUNDLED:
            opts["source"] = self.layers.text()
        return ViewSpec("timeline", target, opts)


@dataclass(frozen=True)
class Lane:
    key: str
    label: str
    count: int  # events on the lane in the scope


@dataclass(frozen=True)
class PeriodBar:
    """A dated relation as a bar from its first to its last possible day; an open end is
    drawn to the edge of the axis (``open_start``/``open_end``)."""

    id: str
    label: str
    type: str
    period: str  # as stated: "2015–2019", "since 2020"
    start: str  # first day drawn
    end: str  # last day drawn
    open_start: bool
    open_end: bool
    other_id: str  # the entity at the other end (what a click opens)
    vague: bool
    stated_start: str | None = None  # first possible day as stated (None: not stated)
    stated_end: str | None = None  # last possible day as stated (None: no end stated)

    @property
    def leadership(self) -> bool:
        return self.type == LEADERSHIP


@dataclass(frozen=True)
class TimelineViewData:
    resolved: ResolvedTimeline
    lanes: tuple[Lane, ...]  # busiest first; "other" last when there is one
    marks: tuple[TimelineMark, ...]  # one per (event, lane), oldest first; empty if dense
    density: tuple[DensityCell, ...]  # counts per lane and month, when too dense for marks
    bars: tuple[PeriodBar, ...]
    bars_total: int  # dated relations there are (drawn or not)
    first_day: str  # the axis
    last_day: str
    events: int  # dated events in the scope
    undated: int  # events of the scope without a date (not drawn)
    lanes_total: int  # lanes there are before folding into "other"
    scope: str
    counted: str  # which event data were drawn
    attributions: tuple[str, ...]  # licence lines of imported data drawn
    # the caveat and the published figures beside its events (as for chart and events)
    figures: ScopeFigures = field(default_factory=lambda: ScopeFigures(None, ()))

    @property
    def aggregated(self) -> bool:
        return not self.marks and bool(self.density)

    def lane_label(self, key: str) -> str:
        return next((lane.label for lane in self.lanes if lane.key == key), key)

    def rows(self) -> list[tuple[Any, ...]]:
        """The one table (:data:`COLUMNS`) the PDF prints and the exports write: relation
        periods, then events (or their counts per lane and month), oldest first."""
        out: list[tuple[Any, ...]] = []
        for b in self.bars:
            kind = "leadership" if b.leadership else "relation"
            label = f"{b.label} ({b.period})"
            out.append((kind, "relations", b.stated_start, b.stated_end, "year", label, b.id, None))
        for m in self.marks:
            out.append(
                ("event", self.lane_label(m.lane), m.start, m.end, m.precision, m.name, m.id, 1)
            )
        for c in self.density:
            first, last = period_days(c.period)
            precision = "month" if len(c.period) == 7 else "year"
            out.append(
                ("events", self.lane_label(c.lane), first, last, precision, None, None, c.count)
            )
        return out


def default_lanes(flt: CountFilter) -> str:
    """Provinces, unless the scope is one province (then attack types)."""
    return "type" if flt.province_id else "province"


def period_days(period: str) -> tuple[str, str]:
    """First and last day of a ``YYYY`` or ``YYYY-MM`` period."""
    fd = dates.parse(period)
    assert fd.start is not None and fd.end is not None
    return fd.start, fd.end


def resolve(ref: Reference, spec: ViewSpec, user_db: Path) -> ResolvedTimeline:
    chosen = layers.parse_source(spec.options.get("source"))
    names = tuple(layers.dataset_names(user_db, chosen))
    flt = options.count_filter(ref, spec)
    entity_id = None
    if spec.target:
        entity_id = ref.resolve(spec.target)
        kind = ref.ref(entity_id).kind
        if kind == "actor":
            flt = replace(flt, actor_id=entity_id)
        elif kind == "region":
            if ref.entity(entity_id).subtype == "country":
                flt = replace(flt, country_id=entity_id)
            else:
                flt = replace(flt, province_id=entity_id)
        else:
            raise ViewSpecError(
                f"a timeline is of an actor or a region, not of {ref.ref(entity_id).name!r} "
                f"(a {kind})"
            )
    lanes = spec.options.get("lanes", default_lanes(flt))
    if lanes not in LANE_KINDS:
        raise ViewSpecError(f"lanes must be one of {', '.join(LANE_KINDS)}, not {lanes!r}")
    return ResolvedTimeline(flt, lanes, entity_id, chosen, names)


def resolved(
    flt: CountFilter,
    lanes: str,
    entity_id: str | None = None,
    chosen: Layers = BUNDLED,
    user_db: Path | None = None,
) -> ResolvedTimeline:
    """A timeline scope picked in the GUI (values already valid; data set names are
    checked here when imported data are chosen)."""
    names = tuple(layers.dataset_names(user_db, chosen)) if user_db and chosen.imported else ()
    return ResolvedTimeline(flt, lanes, entity_id, chosen, names)


def load(ref: Reference, r: ResolvedTimeline, user_db: Path) -> TimelineViewData:
    lt = layers.timeline_events(ref, user_db, r.layers, r.flt, r.lanes, MAX_LANES, MARK_LIMIT)
    marks: list[TimelineMark] = lt.marks
    density: list[DensityCell] = lt.density
    keep = [k for k, _ in lt.lanes]
    labels = tl.names(ref, r.lanes, keep, imported=r.layers.imported)
    lanes = [Lane(k, labels.get(k, k), n) for k, n in lt.lanes]
    if lt.lanes_total > len(keep):
        others = lt.marks_total - sum(lane.count for lane in lanes)
        lanes.append(Lane(tl.OTHER, labels[tl.OTHER], others))
    rel_rows, bars_total = tl.relations(ref, r.entity_id, MAX_BARS)
    first, last = _span(ref, r.flt, marks, density, rel_rows)
    bars = [_bar(row, r.entity_id, first, last) for row in rel_rows]
    return TimelineViewData(
        resolved=r,
        lanes=tuple(lanes),
        marks=tuple(marks),
        density=tuple(density),
        bars=tuple(b for b in bars if b is not None),
        bars_total=bars_total,
        first_day=first,
        last_day=last,
        events=lt.events,
        undated=lt.undated,
        lanes_total=lt.lanes_total,
        scope=describe(ref, r),
        counted=lt.description,
        attributions=tuple(lt.attributions),
        figures=scope_figures(ref, r.flt),
    )


def _bounds(text: str | None) -> tuple[str | None, str | None]:
    try:
        fd = dates.parse(text)
    except ValueError:
        return None, None
    return fd.start, fd.end


def _span(
    ref: Reference,
    flt: CountFilter,
    marks: list[TimelineMark],
    density: list[DensityCell],
    rels: list[RelationRow],
) -> tuple[str, str]:
    """The axis: the filter's dates when given, else what is drawn (events first; the
    known ends of relations widen it), else the documented span."""
    starts = [m.start for m in marks] + [period_days(c.period)[0] for c in density]
    ends = [m.end for m in marks] + [period_days(c.period)[1] for c in density]
    for row in rels:
        s0, _ = _bounds(row.start)
        _, e1 = _bounds(row.end)
        starts += [s0] if s0 else []
        ends += [e1] if e1 else []
    first = flt.date_from or (min(starts) if starts else f"{DEFAULT_FIRST_YEAR}-01-01")
    last = flt.date_to or (max(ends) if ends else f"{ref.last_year}-12-31")
    if not flt.date_to and starts:
        last = max(last, max(starts))
    if last < first:
        first, last = last, first
    return first, last


def _bar(row: RelationRow, entity_id: str | None, first: str, last: str) -> PeriodBar | None:
    """The bar of one relation within the axis (None when it lies wholly outside it)."""
    from khorasan_desktop.views.relations import period_phrase

    s0, _ = _bounds(row.start)
    _, e1 = _bounds(row.end)
    start, end = s0 or first, e1 or last
    if end < first or start > last:
        return None
    if entity_id is None or row.source.id == entity_id:
        label, other = f"{row.source.name} {row.type} {row.target.name}", row.target.id
        if entity_id is not None:
            label, other = f"{row.type} {row.target.name}", row.target.id
    else:
        label, other = f"{row.source.name} {row.type}", row.source.id
    return PeriodBar(
        id=row.id,
        label=label,
        type=row.type,
        period=period_phrase(row),
        start=max(start, first),
        end=min(end, last),
        open_start=s0 is None or s0 < first,
        open_end=e1 is None or e1 > last,
        other_id=other,
        vague=row.vague,
        stated_start=s0,
        stated_end=e1,
    )


def describe(ref: Reference, r: ResolvedTimeline) -> str:
    lanes = {
        "actor": QT_TRANSLATE_NOOP("options", "lanes by actor"),
        "province": QT_TRANSLATE_NOOP("options", "lanes by province"),
        "type": QT_TRANSLATE_NOOP("options", "lanes by attack type"),
    }[r.lanes]
    return f"{options.describe(ref, r.flt)}; {translate('options', lanes)}"


def day_number(iso: str) -> float:
    """Days since 1970-01-01 (the x axis of every timeline picture)."""
    return float((dt.date.fromisoformat(iso) - dt.date(1970, 1, 1)).days)
