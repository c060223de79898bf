"""Build a report from view specifications: cover, one section per view, legends, sources.

Each view is resolved and loaded once (``views.registry.load_all``, plain Python, fine on
a worker thread); the cover, the sections and the attributions render that data, and the
pictures of charts, maps and graphs are drawn from it by the pages' own drawing code
(``khorasan_desktop.render``) into bare scenes, never widgets, on the GUI thread
(``record_pictures``). ``write_report`` then composes and writes the PDF, which may run on
a worker thread with its own database connection.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtGui import QPainter

from khorasan_desktop import __version__
from khorasan_desktop.core import i18n
from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from khorasan_desktop.core.markings import CLASSIFICATION_PRESETS, TLP_PRESETS
from khorasan_desktop.core.viewspec import ViewSpecError
from khorasan_desktop.data.browse import Statistic
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.render.fonts import MIN_PRINT_PT
from khorasan_desktop.render.page_html import (
    CREDIBILITY,
    RELIABILITY,
    Citations,
    entity_content,
    esc,
    name_span,
    sources_html,
)
from khorasan_desktop.render.picture import Picture
from khorasan_desktop.report import document
from khorasan_desktop.report.document import ReportDocument
from khorasan_desktop.views import chart as chart_view
from khorasan_desktop.views import entity as entity_kind
from khorasan_desktop.views import events as events_kind
from khorasan_desktop.views import formats
from khorasan_desktop.views import map as map_view_kind
from khorasan_desktop.views import notes as notes_kind
from khorasan_desktop.views import relations as relations_view
from khorasan_desktop.views import statistics as stats_view
from khorasan_desktop.views import timeline as timeline_kind
from khorasan_desktop.views.registry import LoadedView
from khorasan_desktop.views.statistics import ScopeFigures

EVENTS_IN_ENTITY = 40
MAX_ROWS = events_kind.REPORT_MAX_ROWS  # per long table; the CSV/JSON exports hold every row
LIKELIHOOD_NOTE = QT_TRANSLATE_NOOP(
    "compose",
    "Judgements keep the brief's own wording of likelihood (for example “most likely”, "
    "“likely”, “may”, “has the potential to”). These words are the author's; they are not "
    "calibrated probabilities, and no probability was assigned by Khorasan Desktop.",
)


@dataclass
class ReportOptions:
    title: str = "Khorasan Desktop report"
    author: str = ""
    banner: str = ""
    user_db: Path | None = None  # for views that count imported data sets (source=...)
    max_rows: int = MAX_ROWS  # rows printed per long table; 0: every row

    @property
    def row_cap(self) -> int | None:
        """The cap to load and print long tables with (None: no cap)."""
        return self.max_rows if self.max_rows > 0 else None


CHART_SIZE = (1000.0, 520.0)
MAP_SIZE = (950.0, 800.0)
# The graph and the timeline are printed at the width of an A4 page's text, so what is
# recorded is what is printed (names at MIN_PRINT_PT at least); legends go under them.
PRINT_WIDTH = 670.0
GRAPH_SIZE = (PRINT_WIDTH, 600.0)
GRAPH_MAX_SCALE = 1.25  # as on the page: small graphs are not blown up
GRAPH_ASPECT = 1.1  # the layout's ring stretch for a portrait page (the page uses 1.6)


def record_pictures(ref: Reference, loaded: list[LoadedView]) -> dict[str, Picture]:
    """Record the chart, map and graph views as vector pictures (GUI thread: the scenes
    measure text). Each is drawn from the loaded view data its section's table prints,
    by the drawing code the pages use."""
    from khorasan_desktop.render import chart as chart_render
    from khorasan_desktop.render import graph as graph_render
    from khorasan_desktop.render import map as map_render
    from khorasan_desktop.render import timeline as timeline_render
    from khorasan_desktop.render.picture import record_painting, record_scene

    out: dict[str, Picture] = {}
    for i, view in enumerate(loaded):
        key, data = f"view{i}", view.data
        if isinstance(data, chart_view.ChartViewData):
            w, h = CHART_SIZE
            scene, plot = chart_render.offscreen_plot(w, h)
            plot.draw(data)
            chart_render.settle(scene, plot)
            out[key] = record_scene(scene, QRectF(0, 0, w, h), w, h)
            if chart_render.placed_statistics(data):
                out[key + "-legend"] = record_painting(
                    w, functools.partial(chart_render.paint_statistics_legend, data=data, width=w)
                )
        elif isinstance(data, timeline_kind.TimelineViewData):
            # Recorded at the size it prints, its legend under it, and lane names and
            # dates no smaller on paper than the graph's names.
            w = PRINT_WIDTH
            h = min(timeline_render.picture_height(data), document.max_picture_height())
            tscene, tplot = timeline_render.offscreen_plot(
                w, h, min_pt=MIN_PRINT_PT / document.printed_scale(w, h)
            )
            tplot.draw(data)
            timeline_render.settle(tscene, tplot)
            out[key] = record_scene(tscene, QRectF(0, 0, w, h), w, h)
            entries = timeline_render.legend_entries(data)
            if entries:
                out[key + "-legend"] = record_painting(
                    w, functools.partial(timeline_render.paint_legend, entries=entries, width=w)
                )
        elif isinstance(data, map_view_kind.MapViewData):
            w, h = MAP_SIZE
            mscene = map_render.MapScene(ref.region_shapes())
            mscene.show(data)
            source, to_view = mscene.fit(w, h)
            mscene.cluster_markers(to_view)  # as on the page: no marker hides another
            mscene.relayout_labels(to_view, 1.0)
            extra = map_render.off_map_text(mscene.off_map, lambda i: ref.ref(i).name)
            legend = functools.partial(_map_legend, extra=extra, px_per_unit=to_view.m11())
            out[key] = record_scene(mscene, source, w, h, legend)
        elif isinstance(data, relations_view.RelationsViewData):
            w, h = GRAPH_SIZE
            gscene = graph_render.scene_for(
                data, frame=GRAPH_SIZE, max_scale=GRAPH_MAX_SCALE, aspect=GRAPH_ASPECT
            )
            out[key] = record_scene(
                gscene, capped_source(gscene.sceneRect(), w, h, GRAPH_MAX_SCALE), w, h
            )
            entries = graph_render.legend_entries(path=data.path is not None)
            out[key + "-legend"] = record_painting(
                w,
                functools.partial(
                    graph_render.paint_legend, height=0, width=w, columns=2, entries=entries
                ),
            )
    return out


def _map_legend(painter: QPainter, height: float, extra: str, px_per_unit: float) -> QSizeF:
    """The map's legend, then its scale bar (the picture's own scale)."""
    from khorasan_desktop.render import map as map_render

    used = map_render.paint_legend(painter, height, extra=extra)
    bar = map_render.paint_scale_bar(painter, QPointF(10, used.height() + 34), px_per_unit)
    return QSizeF(max(used.width(), bar.width() + 10), used.height() + 40)


def capped_source(rect: QRectF, width: float, height: float, max_scale: float) -> QRectF:
    """The scene area to show so ``rect`` fits ``width`` x ``height`` at no more than
    ``max_scale`` (a larger, centred area when it would be blown up further)."""
    scale = min(width / rect.width(), height / rect.height(), max_scale)
    source = QRectF(0, 0, width / scale, height / scale)
    source.moveCenter(rect.center())
    return source


def write_report(
    ref: Reference,
    loaded: list[LoadedView],
    pictures: dict[str, Picture],
    options: ReportOptions,
    out: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Compose and write the PDF; returns the number of pages."""
    doc = compose(ref, loaded, pictures, options)
    return doc.write(out, progress, cancelled)


def compose(
    ref: Reference,
    loaded: list[LoadedView],
    pictures: dict[str, Picture],
    options: ReportOptions,
) -> ReportDocument:
    """The report document: every section renders its loaded view's data."""
    if not loaded:
        raise ViewSpecError("a report needs at least one view")
    doc = ReportDocument(options.title, options.banner)
    cites = Citations()
    doc.add_html(_cover(ref, loaded, options))
    for i, view in enumerate(loaded):
        key, data = f"view{i}", view.data
        doc.page_break()
        doc.add_html(f"<h1>{i + 1}. {_heading(view)}</h1>")
        if isinstance(data, entity_kind.EntityViewData):
            doc.add_html(_entity_section(ref, data, cites))
        elif isinstance(data, relations_view.RelationsViewData):
            doc.add_html(_relations_section(ref, data, cites, doc, pictures, key, options.row_cap))
        elif isinstance(data, chart_view.ChartViewData):
            doc.add_html(
                _chart_section(
                    ref, data, doc, pictures.get(key), key, pictures.get(key + "-legend")
                )
            )
        elif isinstance(data, map_view_kind.MapViewData):
            doc.add_html(_map_section(ref, data, doc, pictures.get(key), key))
        elif isinstance(data, events_kind.EventsViewData):
            doc.add_html(_events_section(ref, data, cites, options.row_cap))
        elif isinstance(data, timeline_kind.TimelineViewData):
            doc.add_html(
                _timeline_section(ref, data, doc, pictures.get(key), key, options.row_cap, pictures)
            )
        elif isinstance(data, notes_kind.NotesViewData):
            doc.add_html(_notes_section(data))
        else:
            doc.add_html(_bookmarks_section(data))
    doc.page_break()
    doc.add_html(translate("compose", "<h1>Sources</h1>"))
    if cites.items:
        doc.add_html(
            translate(
                "compose", "<p>Every citation used in this report, numbered as in the text.</p>"
            )
        )
        doc.add_html(sources_html(cites))
    else:
        doc.add_html(
            translate(
                "compose",
                "<p>The views in this report cite no sources beyond the data sets "
                "listed under attributions.</p>",
            )
        )
    doc.add_html(_legends(ref))
    doc.add_html(_attributions(ref, loaded))
    return doc


# -- sections ----------------------------------------------------------------------------
def _heading(view: LoadedView) -> str:
    data = view.data
    if isinstance(data, entity_kind.EntityViewData):
        return name_span(data.entity.name)
    if isinstance(data, relations_view.RelationsViewData):
        year = data.resolved.year
        return translate("compose", "Relations of {name}").format(
            name=name_span(data.centre.name)
        ) + (translate("compose", " as of {year}").format(year=year) if year else "")
    return {
        "chart": translate("compose", "Documented incidents over time"),
        "map": translate("compose", "Map of documented incidents"),
        "timeline": translate("compose", "Timeline of documented incidents"),
        "events": translate("compose", "Documented incidents"),
        "notes": translate("compose", "Your notes"),
        "bookmarks": translate("compose", "Your bookmarks"),
    }[view.spec.kind]


def _cover(ref: Reference, loaded: list[LoadedView], options: ReportOptions) -> str:
    meta = ref.meta
    now = dt.datetime.now(dt.UTC).strftime("%d %b %Y %H:%M UTC")
    rows = [
        (translate("compose", "Author"), esc(options.author) or "—"),
        (translate("compose", "Exported"), now),
        (
            translate("compose", "Reference data"),
            translate("compose", "version {version}, as of {as_of}").format(
                version=esc(meta.get("data_version", "?")), as_of=esc(meta.get("as_of", "?"))
            ),
        ),
        (
            translate("compose", "Produced with"),
            translate("compose", "Khorasan Desktop {version}, offline").format(version=__version__),
        ),
    ]
    if options.banner.strip():
        rows.insert(0, (translate("compose", "Handling"), f"<b>{esc(options.banner)}</b>"))
    cells = "<td>{v}</td><th>{k}</th>" if i18n.right_to_left() else "<th>{k}</th><td>{v}</td>"
    table = "".join(f"<tr>{cells.format(k=k, v=v)}</tr>" for k, v in rows)
    items = []
    for view in loaded:
        data, scope = view.data, ""
        scoped = (
            chart_view.ChartViewData,
            map_view_kind.MapViewData,
            events_kind.EventsViewData,
            timeline_kind.TimelineViewData,
        )
        if isinstance(data, scoped):
            scope = " — " + esc(data.scope)
        if isinstance(data, chart_view.ChartViewData):
            scope += f"; per {data.resolved.by}"
        items.append(
            f"<li>{_heading(view)}{scope} <span class='meta'>"
            f"(view: {esc(view.spec.text())})</span></li>"
        )
    contents, coverage = translate("compose", "Contents"), translate("compose", "Coverage.")
    return (
        f"<h1 style='font-size:22pt'>{esc(options.title)}</h1>"
        f"<table class='kv'>{table}</table>"
        f"<h2>{contents}</h2><ol>{''.join(items)}</ol>"
        f"<p class='caveat'><b>{coverage}</b> "
        f"{esc(meta.get('coverage_caveat', ''))}</p>"
        "<p class='meta'>Every fact carries its source; the numbered sources, the grading "
        "scales and the attributions are listed at the end.</p>"
    )


def _entity_section(ref: Reference, data: entity_kind.EntityViewData, cites: Citations) -> str:
    body, _ = entity_content(data.entity, cites, sources_section=False, heading=False)
    parts = [body]
    listed = len(data.entity.relations)
    if data.relations_total > listed:
        parts.append(
            translate(
                "compose",
                "<p class='meta'>{listed} of {relations_total} relations listed; a "
                "relations view shows them with a graph.</p>",
            ).format(listed=listed, relations_total=data.relations_total)
        )
    ids = list(data.event_ids)
    period = data.resolved.period()
    if ids or period:
        shown = ids[:EVENTS_IN_ENTITY]
        within = f" in {esc(period)}" if period else ""
        parts.append(
            translate("compose", "<h3>Related events{within} ({n})</h3>").format(
                within=within, n=len(ids)
            )
        )
        if shown:
            parts.append(_events_table(ref, shown, cites))
        if len(ids) > len(shown):
            parts.append(
                translate(
                    "compose",
                    "<p class='meta'>The {n} most recent of {total}; an events view lists "
                    "them all.</p>",
                ).format(n=len(shown), total=len(ids))
            )
        if data.events_outside:
            parts.append(
                translate(
                    "compose",
                    "<p class='meta'>{events_outside} other linked events lie outside this "
                    "period or are undated.</p>",
                ).format(events_outside=data.events_outside)
            )
        if data.figures is not None:
            parts.append(_scope_figures(data.figures))
    return "".join(parts)


def _coverage(figures: ScopeFigures) -> str:
    """The caveat every count or table of documented incidents carries (from the view's
    data; empty when only imported data sets are counted)."""
    if not figures.caveat:
        return ""
    return translate("compose", "<p class='caveat'><b>Coverage caveat.</b> {text}</p>").format(
        text=esc(figures.caveat)
    )


def _scope_figures(figures: ScopeFigures) -> str:
    """After a table: what the documented sample is, and what was published."""
    return _coverage(figures) + _published(figures.statistics)


def _published(stats: list[Statistic] | tuple[Statistic, ...]) -> str:
    """Published figures for a table's scope, each labelled with its kind and period."""
    if not stats:
        return ""
    return (
        translate(
            "compose", "<h3>Published figures for this scope ({n})</h3><p class='meta'>{text}</p>"
        ).format(n=len(stats), text=esc(translate("statistics", stats_view.NOTE)))
    ) + _table(list(stats_view.HEADERS), [[esc(c) for c in stats_view.row(s)] for s in stats])


def _relations_section(
    ref: Reference,
    data: relations_view.RelationsViewData,
    cites: Citations,
    doc: ReportDocument,
    pictures: dict[str, Picture],
    key: str,
    cap: int | None = None,
) -> str:
    parts = []
    if data.path is not None:
        style = "" if data.path.found else " class='caveat'"
        parts.append(f"<p{style}><b>{esc(data.path.message())}</b></p>")
    picture = pictures.get(key)
    if picture is not None:
        parts.append(doc.add_picture(key, picture))
        legend = pictures.get(key + "-legend")
        if legend is not None:
            parts.append(doc.add_picture(key + "-legend", legend))
        laid = ""
        if data.resolved.layout and data.layout.positions:
            laid = translate("compose", " Laid out as saved in the link chart “{name}”.").format(
                name=esc(data.resolved.layout)
            )
        if data.layout.positions and not data.resolved.layout:
            laid = (
                translate("compose", " Laid out as arranged in the window ({n} pinned).").format(
                    n=len(data.layout.pinned)
                )
                if data.layout.pinned
                else translate("compose", " Laid out as arranged in the window.")
            )
        caption = translate(
            "compose",
            "Relation graph, {described}. {status}. Undated relations are always shown "
            "(dashed, lighter).",
        ).format(described=esc(data.resolved.describe()), status=esc(data.status()))
        parts.append(f"<p class='meta'>{caption}{laid}</p>")
    if data.path is not None and data.path.rows:
        steps = len(data.path.rows)
        parts.append(
            translate("compose", "<h3>Shortest path (1 step)</h3>")
            if steps == 1
            else translate("compose", "<h3>Shortest path ({steps} steps)</h3>").format(steps=steps)
        )
        parts.append(
            _table(
                [
                    QT_TRANSLATE_NOOP("compose", "Step"),
                    QT_TRANSLATE_NOOP("compose", "Subject"),
                    QT_TRANSLATE_NOOP("compose", "Relation"),
                    QT_TRANSLATE_NOOP("compose", "Object"),
                    QT_TRANSLATE_NOOP("compose", "Period"),
                    QT_TRANSLATE_NOOP("compose", "Sources"),
                ],
                [
                    [
                        str(i),
                        name_span(r.source.name),
                        esc(r.type),
                        name_span(r.target.name),
                        esc(relations_view.period_phrase(r)),
                        cites.mark(ref.relation_citations(r.id)),
                    ]
                    for i, r in enumerate(data.path.rows, 1)
                ],
            )
        )
    body = []
    for r in data.shown[:cap]:
        numbers = cites.mark(ref.relation_citations(r.id))
        body.append(
            [
                name_span(r.source.name),
                esc(r.type),
                name_span(r.target.name),
                esc(relations_view.period_phrase(r)),
                numbers,
            ]
        )
    parts.append(translate("compose", "<h3>Relations shown ({n})</h3>").format(n=len(data.shown)))
    parts.append(
        _table(
            [
                QT_TRANSLATE_NOOP("compose", "Subject"),
                QT_TRANSLATE_NOOP("compose", "Relation"),
                QT_TRANSLATE_NOOP("compose", "Object"),
                QT_TRANSLATE_NOOP("compose", "Period"),
                QT_TRANSLATE_NOOP("compose", "Sources"),
            ],
            body,
        )
    )
    parts.append(capped_line(len(body), len(data.shown)))
    return "".join(parts)


def _chart_section(
    ref: Reference,
    data: chart_view.ChartViewData,
    doc: ReportDocument,
    picture: Picture | None,
    key: str,
    legend: Picture | None = None,
) -> str:
    by, counts = data.resolved.by, data.counts
    parts = [
        f"<p><b>Events per {by}</b> — {esc(data.scope)}: "
        f"{counts.total} in all"
        + (
            f"; {counts.imprecise} with dates too imprecise for a {by} (not placed in any bar)"
            if counts.imprecise
            else ""
        )
        + (
            f"; {counts.overlaps} possible duplicates between the sources counted once"
            if counts.overlaps
            else ""
        )
        + f". Counted: {esc(data.counted)}.</p>"
    ]
    if picture is not None:
        parts.append(doc.add_picture(key, picture))
    if legend is not None:  # the published figures drawn, each with its source
        parts.append(doc.add_picture(key + "-legend", legend))
    parts.append(_coverage(data.figures))
    if not data.rows() and not counts.imprecise:
        parts.append(
            translate("compose", "<p><i>No events match this scope; the chart is empty.</i></p>")
        )
    parts.append(
        _table(
            [
                QT_TRANSLATE_NOOP("compose", "Period"),
                QT_TRANSLATE_NOOP("compose", "Events counted"),
            ],
            [[esc(period), str(n)] for period, n in data.rows()]
            + (
                [[translate("compose", "date too imprecise"), str(counts.imprecise)]]
                if counts.imprecise
                else []
            ),
        )
    )
    parts.append(_published(data.figures.statistics))
    return "".join(parts)


def _map_section(
    ref: Reference,
    data: map_view_kind.MapViewData,
    doc: ReportDocument,
    picture: Picture | None,
    key: str,
) -> str:
    parts = [
        f"<p>Scope: {esc(data.scope)}. Counted: {esc(data.counted)}. Provinces shaded by "
        "the number of events; circles mark events with coordinates (rings: approximate "
        "city-centre points added by the data's compiler).</p>"
    ]
    if picture is not None:
        parts.append(doc.add_picture(key, picture))
    names = {r.id: r.name for r in ref.region_shapes()}
    parts.append(translate("compose", "<h3>Events per province</h3>"))
    parts.append(
        _table(
            [
                QT_TRANSLATE_NOOP("compose", "Province"),
                QT_TRANSLATE_NOOP("compose", "Events counted"),
            ],
            [[esc(names.get(p) or ref.ref(p).name), str(n)] for p, n in data.rows()],
        )
    )
    parts.append(_scope_figures(data.figures))
    return "".join(parts)


def _timeline_section(
    ref: Reference,
    data: timeline_kind.TimelineViewData,
    doc: ReportDocument,
    picture: Picture | None,
    key: str,
    cap: int | None,
    pictures: dict[str, Picture],
) -> str:
    parts = [
        translate("compose", "<p>Scope: {scope}; {first} to {last}. {events} dated events").format(
            scope=esc(data.scope), first=data.first_day, last=data.last_day, events=data.events
        )
        + (
            translate("compose", ", {undated} without a date (not drawn)").format(
                undated=data.undated
            )
            if data.undated
            else ""
        )
        + translate("compose", ". Drawn: {counted}").format(counted=esc(data.counted))
        + translate(
            "compose",
            ". Each event spans the days its date allows (a month-precision event its month); "
            "relation periods and leadership terms are bars, an open end drawn to the edge.",
        )
        + (
            translate(
                "compose", " More than {limit} marks: drawn as events per lane and month."
            ).format(limit=timeline_kind.MARK_LIMIT)
            if data.aggregated
            else ""
        )
        + "</p>"
    ]
    if picture is not None:
        parts.append(doc.add_picture(key, picture))
    legend = pictures.get(key + "-legend")
    if legend is not None:
        parts.append(doc.add_picture(key + "-legend", legend))
    parts.append(_coverage(data.figures))
    rows = data.rows()
    shown = rows if cap is None else rows[:cap]
    body = [
        [
            esc(str(kind)),
            esc(str(lane)),
            esc(start or ""),
            esc(end or ""),
            esc(str(precision)),
            esc(
                label
                or (translate("compose", "{count} events").format(count=count) if count else "")
            ),
        ]
        for kind, lane, start, end, precision, label, _id, count in shown
    ]
    parts.append(translate("compose", "<h3>Timeline entries ({n})</h3>").format(n=len(rows)))
    parts.append(
        _table(
            [
                QT_TRANSLATE_NOOP("compose", "Kind"),
                QT_TRANSLATE_NOOP("compose", "Lane"),
                QT_TRANSLATE_NOOP("compose", "From"),
                QT_TRANSLATE_NOOP("compose", "To"),
                QT_TRANSLATE_NOOP("compose", "Precision"),
                QT_TRANSLATE_NOOP("compose", "What"),
            ],
            body,
        )
    )
    parts.append(capped_line(len(shown), len(rows)))
    parts.append(_published(data.figures.statistics))
    return "".join(parts)


def capped_line(shown: int, total: int) -> str:
    """The line under a table printed only in part (empty when it is whole)."""
    if shown >= total:
        return ""
    return translate(
        "compose",
        "<p class='meta'>first {shown:,} of {total:,}; the full list is in the "
        "CSV/JSON export.</p>",
    ).format(shown=shown, total=total)


def _events_section(
    ref: Reference, data: events_kind.EventsViewData, cites: Citations, cap: int | None = None
) -> str:
    parts = []
    if data.resolved.layers.bundled:
        ids = list(data.incident_ids[:cap])
        parts.append(
            f"<p>Scope: {esc(data.scope)} — {data.incidents_total:,} documented incidents, "
            "oldest first. Deaths: best figure (range where sources differ); blank = not "
            "stated.</p>" + _events_table(ref, ids, cites)
        )
        parts.append(capped_line(len(ids), data.incidents_total))
    if data.resolved.datasets:
        rows = data.imported[:cap]
        parts.append(
            translate(
                "compose",
                "<h3>Imported events ({imported_total:,})</h3><p class='meta'>From "
                "{text}; licences under attributions.</p>",
            ).format(
                imported_total=data.imported_total, text=esc(", ".join(data.resolved.datasets))
            )
        )
        parts.append(
            _table(
                [
                    QT_TRANSLATE_NOOP("compose", "Date"),
                    QT_TRANSLATE_NOOP("compose", "Place"),
                    QT_TRANSLATE_NOOP("compose", "Type"),
                    QT_TRANSLATE_NOOP("compose", "Sides"),
                    QT_TRANSLATE_NOOP("compose", "Deaths (best, low–high)"),
                    QT_TRANSLATE_NOOP("compose", "Data set"),
                ],
                [
                    [
                        esc(r.date_display),
                        esc(r.place or ""),
                        esc(r.attack_type or ""),
                        esc(r.sides),
                        esc(formats.deaths(r.deaths_best, r.deaths_low, r.deaths_high)),
                        esc(r.source),
                    ]
                    for r in rows
                ],
            )
        )
        parts.append(capped_line(len(rows), data.imported_total))
    parts.append(_scope_figures(data.figures))  # after the tables, from the view's data
    return "".join(parts)


def _notes_section(data: notes_kind.NotesViewData) -> str:
    if not data.notes:
        return translate("compose", "<p>No notes.</p>")
    parts = []
    for note in data.notes:
        label = name_span(note.label)
        if note.missing:
            label = esc(note.label) + translate(
                "compose", " <span class='meta'>(no longer in the reference data)</span>"
            )
        text = "<br>".join(esc(line) for line in note.body.splitlines())
        parts.append(
            translate("compose", "<h3>{label}</h3><p class='meta'>updated {updated}</p>").format(
                label=label, updated=esc(note.updated)
            )
            + f"<p>{text}</p>"
        )
    return "".join(parts)


def _bookmarks_section(data: notes_kind.BookmarksViewData) -> str:
    if not data.bookmarks:
        return translate("compose", "<p>No bookmarks.</p>")
    items = "".join(f"<li>{name_span(label)}</li>" for _, label in data.bookmarks)
    return f"<ul>{items}</ul>"


def _events_table(ref: Reference, ids: list[str], cites: Citations) -> str:
    rows = ref.event_rows(ids)
    sources = ref.citations_for("entity", ids)
    body = []
    for i in ids:
        r = rows.get(i)
        if r is None:
            continue
        body.append(
            [
                esc(r.date_display),
                esc(r.place or ""),
                esc(r.attack_type or ""),
                esc(r.target or ""),
                esc(formats.deaths(r.deaths_best, r.deaths_low, r.deaths_high)),
                "" if r.injuries is None else str(r.injuries),
                esc(r.attribution or ""),
                cites.mark(tuple(sources.get(i, ()))),
            ]
        )
    headers = [
        QT_TRANSLATE_NOOP("compose", "Date"),
        QT_TRANSLATE_NOOP("compose", "Place"),
        QT_TRANSLATE_NOOP("compose", "Type"),
        QT_TRANSLATE_NOOP("compose", "Target"),
        QT_TRANSLATE_NOOP("compose", "Deaths"),
        QT_TRANSLATE_NOOP("compose", "Injured"),
        QT_TRANSLATE_NOOP("compose", "Attribution"),
        QT_TRANSLATE_NOOP("compose", "Sources"),
    ]
    return _table(headers, body)


def _table(headers: list[str], rows: list[list[str]]) -> str:
    """A grid with a header row; right to left (Dari, Pashto) its columns run from the
    right, which Qt's text layout does not do by itself, so they are put in that order."""
    if i18n.right_to_left():
        headers, rows = headers[::-1], [row[::-1] for row in rows]
    head = "".join(f"<th>{translate('compose', h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (
        f"<table class='grid' width='100%' border='0.5' cellspacing='0' cellpadding='3'>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _legends(ref: Reference) -> str:
    rel = "".join(
        f"<tr><td><b>{k}</b></td><td>{translate('page_html', v)}</td></tr>"
        for k, v in RELIABILITY.items()
    )
    cred = "".join(
        f"<tr><td><b>{k}</b></td><td>{translate('page_html', v)}</td></tr>"
        for k, v in CREDIBILITY.items()
    )
    words = ref.likelihood_words()
    return (
        translate(
            "compose",
            "<h2>Grading scales</h2><p>Admiralty system. Grades were assigned by the compilers "
            "of the reference data by stated rules, not by the sources themselves.</p>",
        )
        + "<table width='100%'><tr><td width='50%' valign='top'>"
        + translate("compose", "<h3>Source reliability</h3>")
        + f"<table class='grid' border='0.5' cellspacing='0' cellpadding='3'>{rel}</table></td>"
        + "<td width='50%' valign='top'>"
        + translate("compose", "<h3>Information credibility</h3>")
        + f"<table class='grid' border='0.5' cellspacing='0' cellpadding='3'>{cred}</table>"
        + "</td></tr></table>"
        + translate("compose", "<h2>Likelihood wording</h2><p>{text}</p>").format(
            text=esc(translate("compose", LIKELIHOOD_NOTE))
        )
        + translate(
            "compose", "<p class='meta'>Wordings in the reference data: {words}.</p>"
        ).format(words=esc(", ".join(words)))
    )


def _attributions(ref: Reference, loaded: list[LoadedView]) -> str:
    lines = list(ref.attributions())
    seen: set[str] = set(lines)
    for view in loaded:
        data = view.data
        extra: list[str] = []
        if isinstance(
            data,
            chart_view.ChartViewData
            | map_view_kind.MapViewData
            | events_kind.EventsViewData
            | timeline_kind.TimelineViewData,
        ):
            extra = list(data.attributions)
        for line in extra:
            if line not in seen:
                seen.add(line)
                lines.append(line)
    items = "".join(f"<li>{esc(a)}</li>" for a in lines)
    heading = translate("compose", "Attributions and licences")
    return f"<h2>{heading}</h2><ul>{items}</ul>"


__all__ = ["CLASSIFICATION_PRESETS", "TLP_PRESETS", "ReportOptions", "compose"]
