"""``export csv|json``: table views written as files from the command line.

Views: ``events[:filters]``, ``relations[:NAME][,type=..,year=..]``, ``chart[:filters]``
(counts per period), ``timeline[:NAME][,lanes=..]`` and ``search:TEXT[,kind=actor]``.
Every spec is checked and every name resolved before anything is written, so a bad spec
leaves no files.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khorasan_desktop import paths
from khorasan_desktop.core import viewspec
from khorasan_desktop.core.viewspec import ViewSpec, ViewSpecError
from khorasan_desktop.data import tables
from khorasan_desktop.data.browse import RelationRow
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.views import chart as chart_view
from khorasan_desktop.views import options as views
from khorasan_desktop.views import relations as relations_view

_FILTERS = ("actor", "country", "province", "attribution", "from", "to", "type", "target")
_ALLOWED = {
    "events": (*_FILTERS, "source"),
    "chart": (*_FILTERS, "by", "source", "stack"),
    "relations": (
        "type",
        "year",
        "depth",
        "path",
        "grade",
        "source",
        "hide",
        "expand",
        "collapse",
        "layout",
    ),
    "timeline": (*_FILTERS, "lanes", "source"),
}
SEARCH_KINDS = ("actor", "region", "event", "source")


@dataclass(frozen=True)
class TableJob:
    """One parsed, resolved view: builds its table and JSON meta on demand."""

    text: str
    build: Callable[[], tables.Table]
    meta: Callable[[], dict[str, Any]]


def export_tables(args: argparse.Namespace) -> int:
    from khorasan_desktop.cli import UsageError

    specs: list[str] = list(args.view or [])
    if not specs:
        raise UsageError("give a view with --view, e.g. --view events:from=2021,to=2021")
    ref = Reference(args.db or paths.reference_db())
    try:
        jobs = [table_job(ref, text) for text in specs]
        outputs = output_paths(Path(args.output), len(jobs), args.format)
        if len(jobs) > 1:
            print(
                f"{len(jobs)} views: writing one file per view "
                f"({outputs[0].name} to {outputs[-1].name})",
                file=sys.stderr,
            )
        for job, out in zip(jobs, outputs, strict=True):
            table = job.build()
            meta = job.meta()  # JSON: its "meta" key; CSV: the sidecar FILE.meta.json
            tables.write_table(
                out, args.format, table, meta, raw_cells=getattr(args, "raw_cells", False)
            )
            print(out)
    finally:
        ref.close()
    return 0


def output_paths(output: Path, n: int, fmt: str) -> list[Path]:
    """``out.csv`` for one view; ``out-1.csv``, ``out-2.csv``... for several."""
    if n <= 1:
        return [output]
    suffix = output.suffix or f".{fmt}"
    stem = output.stem if output.suffix else output.name
    return [output.with_name(f"{stem}-{i}{suffix}") for i in range(1, n + 1)]


def table_job(ref: Reference, text: str) -> TableJob:
    """Parse a view spec, resolve its names and check its options (ViewSpecError, or
    NotFound for a name that matches nothing)."""
    stripped = text.strip()
    if stripped.lower().startswith("search:") or stripped.lower() == "search":
        return _search_job(ref, stripped)
    kind = stripped.partition(":")[0].strip().lower()
    if kind not in _ALLOWED:
        raise ViewSpecError(
            f"view {kind!r} has no table: use events, relations, chart, timeline or search:TEXT"
        )
    spec = _parse(stripped)
    allowed = _ALLOWED[spec.kind]
    bad = [k for k in spec.options if k not in allowed]
    if bad:
        raise ViewSpecError(
            f"in view {text!r}: option {bad[0]!r} does not apply to {spec.kind} "
            f"(use {', '.join(allowed)})"
        )
    if spec.kind == "relations":
        return _relations_job(ref, spec)
    if spec.kind == "timeline":
        return _timeline_job(ref, spec)
    flt = views.count_filter(ref, spec)
    described = views.describe(ref, flt)
    source = spec.options.get("source")
    user_db = paths.user_db()
    if source:
        from khorasan_desktop.data import layers

        chosen = layers.parse_source(source)
        layers.dataset_names(user_db, chosen)  # unknown names fail before anything is written
        described += f"; counted: {layers.describe(user_db, chosen)}"
    if spec.kind == "events":
        # the same events the PDF's events section prints
        from khorasan_desktop.views import events as events_kind

        resolved = events_kind.resolve(ref, spec, user_db)
        loaded: list[events_kind.EventsViewData] = []

        def events() -> events_kind.EventsViewData:
            if not loaded:  # once: the rows and the metadata come from the same data
                loaded.append(events_kind.load(ref, resolved, user_db))
            return loaded[0]

        def build() -> tables.Table:
            data = events()
            return tables.events_table(ref, data.incident_ids, data.imported)

        def meta() -> dict[str, Any]:
            data = events()
            return tables.table_meta(
                ref,
                spec.text(),
                described,
                incidents=data.incidents_total,
                imported=data.imported_total,
                **data.figures.meta(),
            )

        return TableJob(spec.text(), build, meta)
    # chart: the same view data the GUI chart and the PDF draw and print

    data = chart_view.load(ref, chart_view.resolve(ref, spec, user_db), user_db)
    # Every period on the chart's axis, empty ones as 0; the events too imprecise for a
    # period are a count in the metadata, not a row among the periods.
    rows: list[tuple[Any, ...]] = list(zip(data.periods, data.totals, strict=True))
    return TableJob(
        spec.text(),
        lambda: tables.Table(("period", "count"), rows),
        lambda: _counts_meta(ref, spec, described, data),
    )


def _parse(text: str) -> ViewSpec:
    """viewspec.parse, also taking ``relations`` without a name (all relations)."""
    kind, _, rest = text.partition(":")
    if kind.strip().lower() == "relations":
        first = rest.split(",", 1)[0].strip()
        if not first or "=" in first:
            options = viewspec.parse(f"events:{rest}").options if rest.strip() else {}
            return ViewSpec("relations", None, options)
    return viewspec.parse(text)


def _relations_job(ref: Reference, spec: ViewSpec) -> TableJob:
    """``relations:NAME`` is the relations view (depth, as-of year: the rows its graph and
    its PDF table show); plain ``relations`` lists every relation held in the year."""
    rel_type = spec.options.get("type")
    if rel_type is not None:
        known = ref.relation_types()
        if rel_type not in known:
            raise ViewSpecError(f"unknown relation type {rel_type!r} (known: {', '.join(known)})")
    parts = []
    if spec.target:
        user_db = paths.user_db()
        resolved = relations_view.resolve(ref, spec, user_db)
        parts.append(f"entity: {ref.ref(resolved.entity_id).name}; {resolved.describe()}")
        if resolved.path_id:
            return _path_job(ref, spec, resolved, user_db, parts[0])

        def rows() -> list[RelationRow]:
            return list(relations_view.load(ref, resolved, user_db).shown)
    else:
        if any(k not in ("type", "year") for k in spec.options):
            raise ViewSpecError("relations without a name takes only type= and year=")
        year = views.year(spec)
        if year is not None:
            parts.append(f"year: {year}")

        def rows() -> list[RelationRow]:
            return [r for r in ref.relation_rows(None) if relations_view.visible_in(r, year)]

    if rel_type:
        parts.append(f"type: {rel_type}")
    described = "; ".join(parts) or "all relations"
    return TableJob(
        spec.text(),
        lambda: tables.relations_table(
            ref, [r for r in rows() if not rel_type or r.type == rel_type]
        ),
        lambda: tables.table_meta(ref, spec.text(), described),
    )


def _timeline_job(ref: Reference, spec: ViewSpec) -> TableJob:
    """The timeline's one table: relation periods, then events (or their counts per lane
    and month when the scope is too large to list), as the PDF prints it."""
    from khorasan_desktop.views import timeline as timeline_view

    user_db = paths.user_db()
    resolved = timeline_view.resolve(ref, spec, user_db)
    data = timeline_view.load(ref, resolved, user_db)
    described = data.scope
    if resolved.layers.imported:
        described += f"; counted: {data.counted}"
    return TableJob(
        spec.text(),
        lambda: tables.Table(timeline_view.COLUMNS, data.rows()),
        lambda: tables.table_meta(
            ref,
            spec.text(),
            described,
            imported_attributions=list(data.attributions),
            first_day=data.first_day,
            last_day=data.last_day,
            events=data.events,
            undated=data.undated,
            aggregated=data.aggregated,
            **data.figures.meta(),
        ),
    )


def _path_job(
    ref: Reference,
    spec: ViewSpec,
    resolved: relations_view.ResolvedRelations,
    user_db: Path,
    described: str,
) -> TableJob:
    """``relations:A,path=B``: the shortest path's relations, one row per step (the path
    the graph and the PDF highlight); no path is an empty table and a line on stderr."""
    found: dict[str, relations_view.PathResult] = {}

    def path() -> relations_view.PathResult:
        if "p" not in found:
            result = relations_view.load(ref, resolved, user_db).path
            assert result is not None
            found["p"] = result
            if not result.found:
                print(result.message(), file=sys.stderr)
        return found["p"]

    def meta() -> dict[str, Any]:
        p = path()
        return tables.table_meta(
            ref,
            spec.text(),
            described,
            path_found=p.found,
            path=[{"id": e.id, "name": e.name} for e in p.entities()] if p.found else [],
            path_message=p.message(),
        )

    return TableJob(spec.text(), lambda: tables.relations_table(ref, path().rows, True), meta)


def _counts_meta(
    ref: Reference, spec: ViewSpec, described: str, data: chart_view.ChartViewData
) -> dict[str, Any]:
    """A chart export's metadata: the imprecise count (never a row among the periods),
    the total, the overlaps merged, and the chart view's caveat and published figures."""
    counts, by = data.counts, data.resolved.by
    return tables.table_meta(
        ref,
        spec.text(),
        described,
        by=by,
        imprecise=counts.imprecise,
        imprecise_note=f"incidents whose date is too imprecise for a {by}: counted in the "
        "total, placed in no period",
        total=counts.total,
        overlaps_merged=counts.overlaps,
        **data.figures.meta(),
    )


def _search_job(ref: Reference, text: str) -> TableJob:
    """``search:TEXT`` with an optional last ``,kind=actor|region|event|source``."""
    query = text.partition(":")[2]
    kind: str | None = None
    head, sep, tail = query.rpartition(",")
    if sep and tail.strip().lower().startswith("kind="):
        kind = tail.split("=", 1)[1].strip().lower()
        query = head
        if kind not in SEARCH_KINDS:
            raise ViewSpecError(f"search kind must be one of {', '.join(SEARCH_KINDS)}")
    query = query.strip()
    if not query:
        raise ViewSpecError("search view needs text: e.g. search:ISKP")
    canonical = f"search:{query}" + (f",kind={kind}" if kind else "")

    def build() -> tables.Table:
        result = ref.search(query, kind=kind, limit=tables.SEARCH_LIMIT)
        if result.message:
            print(result.message, file=sys.stderr)
        return tables.hits_table(result.hits)

    described = f"text: {query}" + (f"; kind: {kind}" if kind else "")
    return TableJob(canonical, build, lambda: tables.table_meta(ref, canonical, described))
