"""One interface over every kind of event a chart, a map or an events table counts.

An :class:`EventSource` answers the same questions for one origin of events: counts per
bin, counts per province, map places, table rows, timeline lanes and marks, and how to
name and credit it. Three
kinds exist:

* :class:`BundledSource`: the documented incidents of the reference database, queried
  through :class:`Reference` (its ``_incident_where`` is their one filter-to-SQL);
* :class:`ImportedSource`: one imported UCDP GED or ACLED data set;
* :class:`StixSource`: the incidents of one imported STIX bundle.

The last two live in the same user-database table and share :func:`imported.where`.
``data/layers.py`` fans a view's query out over the chosen sources and merges the answers;
every source bins with :func:`core.dates.count_bins` (one binning rule).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from khorasan_desktop.core import dates
from khorasan_desktop.core.events import IMPORTED_PREFIX as IMPORTED_PREFIX
from khorasan_desktop.core.events import Event
from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from khorasan_desktop.core.models import CountBin, Counts
from khorasan_desktop.data import timeline
from khorasan_desktop.data.browse import Box, IncidentPlace
from khorasan_desktop.data.events.imported import ImportedEvents
from khorasan_desktop.data.reference import CountFilter, Reference
from khorasan_desktop.data.userdb import EventDataset, UserStore

BUNDLED_DESCRIPTION = QT_TRANSLATE_NOOP("sources", "bundled documented incidents")


def bundled_description() -> str:
    """How captions name the bundled incidents as a source, in the interface's language."""
    return translate("sources", BUNDLED_DESCRIPTION)


@dataclass(frozen=True)
class EventPage:
    """Events in a scope: bundled incidents by id (their rows are read lazily, page by
    page, through :meth:`Reference.event_rows`) and imported events as ready rows."""

    ids: tuple[str, ...] = ()
    rows: dict[str, Event] = field(default_factory=dict)


class EventSource(Protocol):
    """Events of one origin, counted and listed for a :class:`CountFilter`."""

    @property
    def name(self) -> str:
        """What ``source=`` calls it: ``bundled`` or the data set's name."""
        ...

    def counts(self, flt: CountFilter, by: str) -> Counts: ...

    def stacked(self, flt: CountFilter, by: str, stack: str) -> dates.Stacked:
        """Counts per period and per country or province id (``stack``)."""
        ...

    def province_counts(self, flt: CountFilter) -> dict[str, int]: ...

    def years(self) -> tuple[int, int] | None:
        """First and last year of a dated event (None when there is none)."""
        ...

    def places(
        self, flt: CountFilter, cell: float, limit: int, bbox: Box | None = None
    ) -> tuple[list[IncidentPlace], int]:
        """Markers: events grouped by cell of a ``cell``-degree grid (busiest first)."""
        ...

    def in_cells(
        self, flt: CountFilter, cell: float, cells: list[tuple[int, int]], limit: int | None
    ) -> EventPage:
        """Every event of these grid cells (a clicked marker), newest first."""
        ...

    def events(
        self,
        flt: CountFilter,
        by: str | None = None,
        period: str | None = None,
        limit: int | None = None,
    ) -> EventPage: ...

    def count(self, flt: CountFilter) -> int:
        """Events in the scope, dated or not."""
        ...

    def dated(self, flt: CountFilter) -> int:
        """Events in the scope with a date (what a timeline can draw)."""
        ...

    def lanes(self, flt: CountFilter, lanes: str) -> dict[str, int]:
        """Timeline marks per lane key (an event on several lanes counts on each)."""
        ...

    def marks(
        self, flt: CountFilter, lanes: str, keep: list[str], limit: int
    ) -> list[timeline.TimelineMark]:
        """The first ``limit`` timeline marks by date; lanes outside ``keep`` are OTHER."""
        ...

    def density(self, flt: CountFilter, lanes: str, keep: list[str]) -> list[timeline.DensityCell]:
        """Timeline marks counted per lane and month (a scope too large to draw)."""
        ...

    def describe(self) -> str:
        """What was counted, for captions: 'imported data set GED25'."""
        ...

    def attribution(self) -> str | None:
        """The licence line to print with anything drawn from it (None: our own data)."""
        ...


class BundledSource:
    """The reference's documented incidents."""

    name = "bundled"

    def __init__(self, ref: Reference) -> None:
        self.ref = ref

    def counts(self, flt: CountFilter, by: str) -> Counts:
        return self.ref.counts(flt, by)

    def stacked(self, flt: CountFilter, by: str, stack: str) -> dates.Stacked:
        return self.ref.stacked(flt, by, stack)

    def province_counts(self, flt: CountFilter) -> dict[str, int]:
        return self.ref.province_counts(flt)

    def years(self) -> tuple[int, int] | None:
        return self.ref.incident_years()

    def places(
        self, flt: CountFilter, cell: float, limit: int, bbox: Box | None = None
    ) -> tuple[list[IncidentPlace], int]:
        return self.ref.incident_places(flt, cell, limit, bbox)

    def in_cells(
        self, flt: CountFilter, cell: float, cells: list[tuple[int, int]], limit: int | None
    ) -> EventPage:
        # ids only, however many: the table reads their rows page by page
        return EventPage(ids=tuple(self.ref.incident_ids_in_cells(flt, cell, cells)))

    def events(
        self,
        flt: CountFilter,
        by: str | None = None,
        period: str | None = None,
        limit: int | None = None,
    ) -> EventPage:
        return EventPage(ids=tuple(self.ref.incident_ids(flt, by, period)))

    def count(self, flt: CountFilter) -> int:
        return self.ref.incident_count(flt)

    def dated(self, flt: CountFilter) -> int:
        return timeline.event_count(self.ref, flt)

    def lanes(self, flt: CountFilter, lanes: str) -> dict[str, int]:
        return timeline.lanes(self.ref, flt, lanes)

    def marks(
        self, flt: CountFilter, lanes: str, keep: list[str], limit: int
    ) -> list[timeline.TimelineMark]:
        return timeline.marks(self.ref, flt, lanes, keep, limit)

    def density(self, flt: CountFilter, lanes: str, keep: list[str]) -> list[timeline.DensityCell]:
        return timeline.density(self.ref, flt, lanes, keep)

    def describe(self) -> str:
        return bundled_description()

    def attribution(self) -> str | None:
        return None


class ImportedSource:
    """One imported UCDP GED or ACLED data set."""

    def __init__(self, store: UserStore, dataset: EventDataset) -> None:
        self.dataset = dataset
        self.query = ImportedEvents(store, [dataset.id], targets=dataset.kind == "stix")

    @property
    def name(self) -> str:
        return self.dataset.name

    def counts(self, flt: CountFilter, by: str) -> Counts:
        return self.query.counts(flt, by)

    def stacked(self, flt: CountFilter, by: str, stack: str) -> dates.Stacked:
        return self.query.stacked(flt, by, stack)

    def province_counts(self, flt: CountFilter) -> dict[str, int]:
        return self.query.province_counts(flt)

    def years(self) -> tuple[int, int] | None:
        return self.query.years()

    def places(
        self, flt: CountFilter, cell: float, limit: int, bbox: Box | None = None
    ) -> tuple[list[IncidentPlace], int]:
        return self.query.places(flt, cell, limit, bbox)

    def in_cells(
        self, flt: CountFilter, cell: float, cells: list[tuple[int, int]], limit: int | None
    ) -> EventPage:
        rows = self.query.rows_in_cells(flt, cell, cells, limit)
        return EventPage(rows={row.id: row for row in rows})

    def events(
        self,
        flt: CountFilter,
        by: str | None = None,
        period: str | None = None,
        limit: int | None = None,
    ) -> EventPage:
        rows = self.query.rows(flt, by=by, period=period, limit=limit)
        return EventPage(rows={row.id: row for row in rows})

    def count(self, flt: CountFilter) -> int:
        return self.query.count(flt)

    def dated(self, flt: CountFilter) -> int:
        return timeline.imported_dated(self.query, flt)

    def lanes(self, flt: CountFilter, lanes: str) -> dict[str, int]:
        return timeline.imported_lanes(self.query, flt, lanes)

    def marks(
        self, flt: CountFilter, lanes: str, keep: list[str], limit: int
    ) -> list[timeline.TimelineMark]:
        return timeline.imported_marks(self.query, flt, lanes, keep, limit)

    def density(self, flt: CountFilter, lanes: str, keep: list[str]) -> list[timeline.DensityCell]:
        return timeline.imported_density(self.query, flt, lanes, keep)

    def describe(self) -> str:
        return translate("sources", "imported data set {name}").format(name=self.dataset.name)

    def attribution(self) -> str | None:
        d = self.dataset
        return f"{d.name}: {d.attribution or d.kind}" + (
            f" (licence: {d.licence})" if d.licence else ""
        )


class StixSource(ImportedSource):
    """The incidents of one imported STIX bundle (same table and query as imported data
    sets; they also carry an attribution grade and a target, so those filters apply)."""

    def describe(self) -> str:
        return f"STIX-imported incidents of {self.dataset.name}"

    def attribution(self) -> str | None:
        d = self.dataset
        made_by = f"by {d.attribution}" if d.attribution else "source not stated"
        marks = f" (markings: {d.licence})" if d.licence else ""
        return f"{d.name}: STIX bundle, {made_by}{marks}"


def source_for(store: UserStore, dataset: EventDataset) -> ImportedSource:
    """The event source of an imported data set, by its kind."""
    return StixSource(store, dataset) if dataset.kind == "stix" else ImportedSource(store, dataset)


def merge_counts(parts: list[Counts], by: str) -> Counts:
    """Counts of several sources added bin by bin (each already binned by the one rule)."""
    per: dict[str, int] = {}
    overlap: dict[str, int] = {}
    for c in parts:
        for b in c.bins:
            per[b.period] = per.get(b.period, 0) + b.count
        for b in c.overlapping:
            overlap[b.period] = overlap.get(b.period, 0) + b.count
    return Counts(
        by=by,
        bins=tuple(CountBin(k, per[k]) for k in sorted(per)),
        imprecise=sum(c.imprecise for c in parts),
        total=sum(c.total for c in parts),
        overlapping=tuple(CountBin(k, overlap[k]) for k in sorted(overlap)),
    )
