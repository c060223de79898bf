"""The map view kind: events per province and event places for one filter and layers.

The GUI map, the PDF's map picture and its per-province table all render ``MapViewData``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from khorasan_desktop.core.viewspec import ViewSpec
from khorasan_desktop.data import layers
from khorasan_desktop.data.browse import IncidentPlace
from khorasan_desktop.data.layers import BUNDLED, Layers
from khorasan_desktop.data.reference import CountFilter, Reference
from khorasan_desktop.views import options
from khorasan_desktop.views.statistics import ScopeFigures, scope_figures

PLACE_LIMIT = 2000  # markers drawn at most (the busiest places)
PLACE_EXAMPLES = 8  # incidents listed in a marker's tooltip


@dataclass(frozen=True)
class ResolvedMap:
    flt: CountFilter
    layers: Layers
    datasets: tuple[str, ...]

    def to_spec(self) -> ViewSpec:
        opts = options.to_options(self.flt)
        if self.layers != BUNDLED:
            opts["source"] = self.layers.text()
        return ViewSpec("map", None, opts)


@dataclass(frozen=True)
class MapViewData:
    resolved: ResolvedMap
    province_counts: tuple[tuple[str, int], ...]  # region id, events; busiest first
    places: tuple[IncidentPlace, ...]
    places_total: int
    scope: str
    counted: str
    attributions: tuple[str, ...]
    # the caveat and the published figures beside the counts (as for chart and events)
    figures: ScopeFigures = field(default_factory=lambda: ScopeFigures(None, ()))

    def rows(self) -> list[tuple[str, int]]:
        return list(self.province_counts)


def resolve(ref: Reference, spec: ViewSpec, user_db: Path) -> ResolvedMap:
    chosen = layers.parse_source(spec.options.get("source"))
    names = tuple(layers.dataset_names(user_db, chosen))
    return ResolvedMap(options.count_filter(ref, spec), chosen, names)


def resolved(flt: CountFilter, chosen: Layers, user_db: Path) -> ResolvedMap:
    """A map scope picked in the GUI (filter already valid; data set names checked here)."""
    return ResolvedMap(flt, chosen, tuple(layers.dataset_names(user_db, chosen)))


def load(ref: Reference, r: ResolvedMap, user_db: Path) -> MapViewData:
    counts = layers.province_counts(ref, user_db, r.layers, r.flt)
    places, total = layers.places(ref, user_db, r.layers, r.flt, PLACE_LIMIT, PLACE_EXAMPLES)
    return MapViewData(
        resolved=r,
        province_counts=tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
        places=tuple(places),
        places_total=total,
        scope=options.describe(ref, r.flt),
        counted=layers.describe(user_db, r.layers),
        attributions=tuple(layers.attributions(user_db, r.layers)),
        figures=scope_figures(ref, r.flt, r.layers.bundled),
    )
