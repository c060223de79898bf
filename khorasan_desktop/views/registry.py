"""Which module answers for each view kind, and the one check of a spec before anything is
drawn or written (the report, the export dialog and the command line all call it)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

from khorasan_desktop.core.viewspec import ViewSpec, ViewSpecError
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.views import chart, entity, events, map, notes, options, relations

KINDS: dict[str, ModuleType] = {
    "entity": entity,
    "relations": relations,
    "chart": chart,
    "map": map,
    "events": events,
    "notes": notes,
    "bookmarks": notes,
}

Resolved = (
    entity.ResolvedEntity
    | relations.ResolvedRelations
    | chart.ResolvedChart
    | map.ResolvedMap
    | events.ResolvedEvents
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
        return relations.resolve(ref, spec)
    if spec.kind == "chart":
        return chart.resolve(ref, spec, user_db)
    if spec.kind == "map":
        return map.resolve(ref, spec, user_db)
    if spec.kind == "events":
        return events.resolve(ref, spec, user_db)
    if spec.options:
        raise ViewSpecError(f"a {spec.kind} view takes no options")
    return None
