"""The map view kind: events per province and event markers for one filter and layers.

The GUI map, the PDF's map picture and its per-province table all render ``MapViewData``.
Markers are cells of a grid whose cell size follows the drawn scale (:func:`grid_cell`):
the events are grouped in SQL, so at most ``PLACE_LIMIT`` rows reach Python however many
events there are; a marker's incidents are listed by the same cell rule
(``layers.cell_events``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from khorasan_desktop.core.events import Event
from khorasan_desktop.core.viewspec import ViewSpec
from khorasan_desktop.data import layers
from khorasan_desktop.data.browse import Box, IncidentPlace
from khorasan_desktop.data.layers import BUNDLED, Layers
from khorasan_desktop.data.reference import CountFilter, Reference
from khorasan_desktop.views import options
from khorasan_desktop.views.statistics import ScopeFigures, scope_figures

PLACE_LIMIT = 2000  # markers drawn at most (the busiest cells)
CELL_PX = 32.0  # a grid cell is about this many pixels wide on screen or on the page
MIN_CELL, MAX_CELL = 1 / 512, 4.0  # degrees: finer than a street block is never needed
HOME_CELL = 1.0  # the report's map: the home view at its picture size (~45 px a degree)


def grid_cell(px_per_degree: float) -> float:
    """The grid's cell size in degrees for a map drawn at ``px_per_degree`` (pixels per
    degree of latitude): about ``CELL_PX`` on screen, rounded to a power of two so that
    zooming changes the grid in steps (and cells of two levels nest)."""
    if px_per_degree <= 0 or not math.isfinite(px_per_degree):
        return MAX_CELL
    exponent = round(math.log2(CELL_PX / px_per_degree))
    return min(max(2.0**exponent, MIN_CELL), MAX_CELL)


def cell_of(latitude: float, longitude: float, cell: float) -> tuple[int, int]:
    """The (row, column) of a coordinate's cell: the rule the SQL groups by
    (``browse.CELL_ROW`` / ``CELL_COL``), for callers holding a coordinate."""
    return int((latitude + 90.0) / cell), int((longitude + 180.0) / cell)


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
    places: tuple[IncidentPlace, ...]  # grid cells with events, busiest first
    places_total: int  # cells with events (drawn or not)
    scope: str
    counted: str
    attributions: tuple[str, ...]
    cell: float = HOME_CELL  # the grid the places were grouped on (degrees)
    bbox: Box | None = None  # the area they cover (None: everywhere)
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


def load(
    ref: Reference,
    r: ResolvedMap,
    user_db: Path,
    cell: float = HOME_CELL,
    bbox: Box | None = None,
) -> MapViewData:
    """Counts per province (always the whole scope) and the markers of a ``cell``-degree
    grid (inside ``bbox`` when given: a zoomed-in map asks for what it shows)."""
    counts = layers.province_counts(ref, user_db, r.layers, r.flt)
    places, total = layers.places(ref, user_db, r.layers, r.flt, cell, PLACE_LIMIT, bbox)
    return MapViewData(
        resolved=r,
        province_counts=tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))),
        places=tuple(places),
        places_total=total,
        scope=options.describe(ref, r.flt),
        counted=layers.describe(user_db, r.layers),
        attributions=tuple(layers.attributions(user_db, r.layers)),
        cell=cell,
        bbox=bbox,
        figures=scope_figures(ref, r.flt, r.layers.bundled),
    )


def cell_events(
    ref: Reference, r: ResolvedMap, user_db: Path, cell: float, cells: list[tuple[int, int]]
) -> tuple[list[str], dict[str, Event]]:
    """Every event a marker of these cells counted, in the map's scope and layers: bundled
    incident ids (all) and imported events as rows (see ``layers.cell_events``)."""
    return layers.cell_events(ref, user_db, r.layers, r.flt, cell, cells)
