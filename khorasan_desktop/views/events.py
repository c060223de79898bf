"""The events view kind: every event in a count scope, over the chosen event layers.

``load`` lists what the PDF's events section prints and what ``export csv|json --view
events`` writes: the bundled incidents (the very set the chart and map count for the same
filter) and the imported events of the chosen data sets. A report loads it capped
(``max_rows``): the first rows by ``LIMIT`` and the totals by one count each, so a scope of
a hundred thousand events never reaches the program whole; the exports load it complete.
Beside the rows it carries the coverage caveat and the published figures for the scope
(``figures``), so the PDF, the exports and the GUI print the same ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from khorasan_desktop.core.events import Event
from khorasan_desktop.core.viewspec import ViewSpec
from khorasan_desktop.data import layers
from khorasan_desktop.data.events.imported import imported_event_count, imported_event_rows
from khorasan_desktop.data.layers import BUNDLED, Layers
from khorasan_desktop.data.reference import CountFilter, Reference
from khorasan_desktop.views import options
from khorasan_desktop.views.statistics import ScopeFigures, scope_figures

REPORT_MAX_ROWS = 200  # rows a report's long table prints by default (export pdf --max-rows)


@dataclass(frozen=True)
class ResolvedEvents:
    flt: CountFilter
    layers: Layers
    datasets: tuple[str, ...]  # imported data sets listed (names checked)

    def to_spec(self) -> ViewSpec:
        opts = options.to_options(self.flt)
        if self.layers != BUNDLED:
            opts["source"] = self.layers.text()
        return ViewSpec("events", None, opts)


@dataclass(frozen=True)
class EventsViewData:
    resolved: ResolvedEvents
    incident_ids: tuple[str, ...]  # bundled incidents, oldest first (the first, if capped)
    imported: tuple[Event, ...]  # imported events of the chosen data sets
    scope: str  # the filter in words
    counted: str  # which layers were listed
    incidents_total: int  # bundled incidents in the scope, listed or not
    imported_total: int  # imported events in the scope, listed or not
    figures: ScopeFigures  # the caveat and published figures every renderer prints beside it
    attributions: tuple[str, ...] = ()  # licence lines of the imported data sets listed

    @property
    def total(self) -> int:
        return self.incidents_total + self.imported_total


def resolve(ref: Reference, spec: ViewSpec, user_db: Path) -> ResolvedEvents:
    chosen = layers.parse_source(spec.options.get("source"))
    names = tuple(layers.dataset_names(user_db, chosen))
    return ResolvedEvents(options.count_filter(ref, spec), chosen, names)


def load(
    ref: Reference, r: ResolvedEvents, user_db: Path, max_rows: int | None = None
) -> EventsViewData:
    """Every event of the scope, or with ``max_rows`` the first so many of each layer."""
    ids = ref.incident_ids(r.flt, limit=max_rows) if r.layers.bundled else []
    names = list(r.datasets)
    rows = imported_event_rows(user_db, names, None, r.flt, limit=max_rows) if names else []
    n_ids, n_rows = len(ids), len(rows)
    if max_rows is not None:  # capped: count what the LIMIT may have left out
        n_ids = ref.incident_count(r.flt) if len(ids) == max_rows else n_ids
        n_rows = imported_event_count(user_db, names, None, r.flt) if n_rows == max_rows else n_rows
    return EventsViewData(
        resolved=r,
        incident_ids=tuple(ids),
        imported=tuple(rows),
        scope=options.describe(ref, r.flt),
        counted=layers.describe(user_db, r.layers),
        incidents_total=n_ids,
        imported_total=n_rows,
        figures=scope_figures(ref, r.flt, r.layers.bundled),
        attributions=tuple(layers.attributions(user_db, r.layers)) if names else (),
    )


def describe(ref: Reference, r: ResolvedEvents) -> str:
    return options.describe(ref, r.flt)
