"""The events view kind: every event in a count scope, over the chosen event layers.

``load`` lists what the PDF's events section prints and what ``export csv|json --view
events`` writes: the bundled incidents (the very set the chart and map count for the same
filter) and the imported events of the chosen data sets.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from khorasan_desktop.core.events import Event
from khorasan_desktop.core.viewspec import ViewSpec
from khorasan_desktop.data import layers
from khorasan_desktop.data.events.imported import imported_event_rows
from khorasan_desktop.data.layers import BUNDLED, Layers
from khorasan_desktop.data.reference import CountFilter, Reference
from khorasan_desktop.views import options


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
    incident_ids: tuple[str, ...]  # bundled incidents, oldest first
    imported: tuple[Event, ...]  # imported events of the chosen data sets
    scope: str  # the filter in words
    counted: str  # which layers were listed

    @property
    def total(self) -> int:
        return len(self.incident_ids) + len(self.imported)


def resolve(ref: Reference, spec: ViewSpec, user_db: Path) -> ResolvedEvents:
    chosen = layers.parse_source(spec.options.get("source"))
    names = tuple(layers.dataset_names(user_db, chosen))
    return ResolvedEvents(options.count_filter(ref, spec), chosen, names)


def load(ref: Reference, r: ResolvedEvents, user_db: Path) -> EventsViewData:
    ids = ref.incident_ids(r.flt) if r.layers.bundled else []
    rows = imported_event_rows(user_db, list(r.datasets), None, r.flt) if r.datasets else []
    return EventsViewData(
        resolved=r,
        incident_ids=tuple(ids),
        imported=tuple(rows),
        scope=options.describe(ref, r.flt),
        counted=layers.describe(user_db, r.layers),
    )


def describe(ref: Reference, r: ResolvedEvents) -> str:
    return options.describe(ref, r.flt)
