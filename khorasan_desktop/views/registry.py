"""Which module answers for each view kind, and the one check of a spec before anything is
drawn or written (the report, the export dialog and the command line all call it)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from khorasan_desktop.core.viewspec import ViewSpec, ViewSpecError
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.views import (
    chart,
    entity,
    events,
    map,
    notes,
    options,
    relations,
    timeline,
)

KINDS: dict[str, ModuleType] = {
    "entity": entity,
    "relations": relations,
    "chart": chart,
    "map": map,
    "events": events,
    "timeline": timeline,
    "notes": notes,
    "bookmarks": notes,
}

Resolved = (
    entity.ResolvedEntity
    | relations.ResolvedRelations
    | chart.ResolvedChart
    | map.ResolvedMap
    | events.ResolvedEvents
    | timeline.ResolvedTimeline
    | None
)


def resolve(ref: Reference, spec: ViewSpec, user_db: Path) -> Resolved:
    """Parse and check a spec's options and names once; notes and bookmarks take none."""
    if spec.kind not in KINDS:
        raise ViewSpecError(f"unknown view kind {spec.kind!r} (known: {', '.join(KINDS)})")
    options.year(spec)  # a year, wherever given, is a real one
    if spec.kind == "entity":
        return entity.resolve(ref, spec)
    if spec.kind == "relations":
        return relations.resolve(ref, spec, user_db)
    if spec.kind == "chart":
        return chart.resolve(ref, spec, user_db)
    if spec.kind == "map":
        return map.resolve(ref, spec, user_db)
    if spec.kind == "events":
        return events.resolve(ref, spec, user_db)
    if spec.kind == "timeline":
        return timeline.resolve(ref, spec, user_db)
    if spec.options:
        raise ViewSpecError(f"a {spec.kind} view takes no options")
    return None


ViewData = (
    entity.EntityViewData
    | relations.RelationsViewData
    | chart.ChartViewData
    | map.MapViewData
    | events.EventsViewData
    | timeline.TimelineViewData
    | notes.NotesViewData
    | notes.BookmarksViewData
)


@dataclass(frozen=True)
class LoadedView:
    """A spec and its view's data, loaded once: everything a renderer needs."""

    spec: ViewSpec
    data: ViewData


def load(
    ref: Reference,
    spec: ViewSpec,
    user_db: Path,
    content: notes.UserContent | None = None,
    max_rows: int | None = None,
) -> LoadedView:
    """Resolve and load one view (plain Python: fine on a worker thread). ``max_rows``:
    long lists only as far as a report prints them (None: complete, as exports need)."""
    resolved = resolve(ref, spec, user_db)
    content = content or notes.UserContent()
    data: ViewData
    if isinstance(resolved, entity.ResolvedEntity):
        data = entity.load(ref, resolved)
    elif isinstance(resolved, relations.ResolvedRelations):
        data = relations.load(ref, resolved, user_db, spec.layout)
    elif isinstance(resolved, chart.ResolvedChart):
        data = chart.load(ref, resolved, user_db)
    elif isinstance(resolved, map.ResolvedMap):
        data = map.load(ref, resolved, user_db)
    elif isinstance(resolved, events.ResolvedEvents):
        data = events.load(ref, resolved, user_db, max_rows)
    elif isinstance(resolved, timeline.ResolvedTimeline):
        data = timeline.load(ref, resolved, user_db)
    elif spec.kind == "notes":
        data = notes.load_notes(ref, content)
    else:
        data = notes.load_bookmarks(content)
    return LoadedView(spec, data)


def report_period(specs: list[ViewSpec]) -> tuple[str, str] | None:
    """The period a report covers: from the earliest to the latest date its views state
    (``from``/``to`` of charts, maps, events and timelines, ``year`` of relations); None
    when no view states one. A view with one bound only counts for that bound."""
    bounds: list[tuple[str, str, str]] = []  # (iso day, as given, "from" | "to")
    for s in specs:
        o = s.options
        if s.kind in ("chart", "map", "events", "timeline"):
            if "from" in o:
                bounds.append((options.date_bound(o["from"], end=False), o["from"], "from"))
            if "to" in o:
                bounds.append((options.date_bound(o["to"], end=True), o["to"], "to"))
        elif s.kind == "relations" and "year" in o:
            bounds.append((options.date_bound(o["year"], end=False), o["year"], "from"))
            bounds.append((options.date_bound(o["year"], end=True), o["year"], "to"))
    froms = sorted((d, t) for d, t, k in bounds if k == "from")
    tos = sorted((d, t) for d, t, k in bounds if k == "to")
    if not froms or not tos:
        return None
    return froms[0][1], tos[-1][1]


def load_all(
    ref: Reference,
    specs: list[ViewSpec],
    user_db: Path,
    content: notes.UserContent | None = None,
    cancelled: Callable[[], bool] | None = None,
    max_rows: int | None = None,
) -> list[LoadedView]:
    """Every view of a report, each loaded once; ``Cancelled`` when asked to stop. An
    entity view without a period of its own lists the events of the report's period (a
    "2021" report does not print the 40 most recent events of 2025)."""
    period = report_period(specs)
    if period is not None:
        specs = [
            ViewSpec(s.kind, s.target, {"from": period[0], "to": period[1]})
            if s.kind == "entity" and not s.options
            else s
            for s in specs
        ]
    out = []
    for spec in specs:
        if cancelled is not None and cancelled():
            raise LoadCancelled()
        out.append(load(ref, spec, user_db, content, max_rows))
    return out


class LoadCancelled(Exception):
    """The user cancelled while the views were loading; nothing was written."""
