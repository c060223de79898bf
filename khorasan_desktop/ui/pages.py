"""What a tab can show: the page protocol and the registry of page kinds.

The main window knows its pages only through ``Page`` and opens them through
``PAGE_KINDS``, so adding a kind of page touches this module and the page's own, not the
window. Each kind's module is imported when its first page opens: start-up never pays for
pyqtgraph, the map geometry or the graph layout.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from khorasan_desktop.core.i18n import translate
from khorasan_desktop.core.viewspec import ViewSpec
from khorasan_desktop.ui.page_tab import Location

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from khorasan_desktop.data.reference import Reference
    from khorasan_desktop.data.userdb import EventDataset, UserStore
    from khorasan_desktop.ui.query import QueryRunner

VIEW = "view"  # location kind of the one-per-tab-set views: ("view", "chart")


class Page(Protocol):
    """A tab's content as the window sees it (every page is also a QWidget)."""

    @property
    def title(self) -> str:
        """Tab text, history and bookmark label."""
        ...

    @property
    def titleChanged(self) -> SignalInstance:
        """Emitted with the new title when what the page shows is renamed or recentred."""
        ...

    def view_spec(self) -> ViewSpec | None:
        """What the page shows as a view spec (reports and the command line reproduce it);
        None for a page no view kind describes."""
        ...

    def refresh_datasets(self, datasets: list[EventDataset]) -> None:
        """Imported event data sets were added or removed: recount what depends on them."""
        ...

    def flush(self) -> None:
        """Save pending user input now: the page is about to be replaced or closed."""
        ...


class PageHost(Protocol):
    """What a page kind needs from the window that shows it."""

    @property
    def ref(self) -> Reference: ...

    @property
    def user(self) -> UserStore: ...

    @property
    def query(self) -> QueryRunner: ...

    def open_entity(self, entity_id: str, new_tab: bool = False) -> None: ...

    def show_status(self, message: str, msecs: int) -> None: ...

    def apply_dates(self, first: str, last: str) -> None:
        """A range brushed on a timeline becomes the date filter of the open views."""
        ...

    def page_moved(self, page: Page, location: Location) -> None:
        """``page`` now shows ``location`` (a recentred graph): its tab's address follows,
        so history, bookmarks and restored tabs reopen what is shown."""
        ...


class UnknownPage(ValueError):
    """A location no page kind shows (e.g. from an older settings file)."""


@dataclass(frozen=True)
class PageKind:
    """How to build one kind of page. ``single`` kinds have one location, ("view", name);
    the others are keyed by an entity id, (name, id), and refuse ids not in the data."""

    name: str
    build: Callable[[PageHost, str], Page]
    single: bool = False

    def location(self, entity_id: str = "") -> Location:
        return (VIEW, self.name) if self.single else (self.name, entity_id)

    def check(self, ref: Reference, key: str) -> None:
        """Raise NotFound (a DataError) when the page's entity is not in the data."""
        if not self.single:
            ref.ref(key)


def _entity(host: PageHost, entity_id: str) -> Page:
    from khorasan_desktop.ui.entity_page import EntityPage

    page = EntityPage(host.ref, host.user, entity_id, query=host.query)
    page.entityActivated.connect(host.open_entity)
    page.noteSaved.connect(lambda _id: host.show_status(translate("pages", "Note saved"), 2000))
    page.statusMessage.connect(lambda m: host.show_status(m, 8000))
    return page


def _graph(host: PageHost, entity_id: str) -> Page:
    from khorasan_desktop.ui.relation_graph import RelationGraphView

    graph = RelationGraphView(host.ref, query=host.query, user=host.user)
    graph.set_entity(entity_id)
    graph.entityActivated.connect(lambda eid: host.open_entity(eid, True))
    # A double click recentres the graph on another entity: the tab is renamed and its
    # address moves to the new centre.
    graph.recentred.connect(lambda _id: graph.titleChanged.emit(graph.title))
    graph.recentred.connect(lambda eid: host.page_moved(graph, ("graph", eid)))
    return graph


def _chart(host: PageHost, _key: str) -> Page:
    from khorasan_desktop.ui.chart_view import ChartView

    chart = ChartView(host.ref, query=host.query, user_db=host.user.path)
    chart.set_datasets(host.user.event_datasets())
    chart.entityActivated.connect(host.open_entity)
    return chart


def _map(host: PageHost, _key: str) -> Page:
    from khorasan_desktop.ui.map_view import MapView

    map_view = MapView(host.ref, query=host.query, user_db=host.user.path)
    map_view.set_datasets(host.user.event_datasets())

    def activated(entity_id: str) -> None:
        if entity_id.startswith("imported:"):
            _, dataset, ext_id = entity_id.split(":", 2)
            host.show_status(
                (
                    translate(
                        "pages",
                        "Event {ext_id} of the imported data set {dataset}: imported events "
                        "have no page; see them in the chart's bin list or an entity page.",
                    ).format(ext_id=ext_id, dataset=dataset)
                ),
                10000,
            )
            return
        host.open_entity(entity_id, True)

    map_view.entityActivated.connect(activated)
    return map_view


def _timeline(host: PageHost, _key: str) -> Page:
    from khorasan_desktop.ui.timeline_view import TimelineView

    view = TimelineView(host.ref, query=host.query, user_db=host.user.path)
    view.set_datasets(host.user.event_datasets())
    view.entityActivated.connect(host.open_entity)
    view.datesBrushed.connect(host.apply_dates)
    return view


def _relations(host: PageHost, _key: str) -> Page:
    from khorasan_desktop.ui.relations_view import AllRelationsView

    view = AllRelationsView(host.ref, query=host.query)
    view.entityActivated.connect(host.open_entity)
    return view


PAGE_KINDS: dict[str, PageKind] = {
    kind.name: kind
    for kind in (
        PageKind("entity", _entity),
        PageKind("graph", _graph),
        PageKind("chart", _chart, single=True),
        PageKind("map", _map, single=True),
        PageKind("timeline", _timeline, single=True),
        PageKind("relations", _relations, single=True),
    )
}


def page_kind(location: Location) -> PageKind:
    """The kind that shows ``location`` (UnknownPage if none does)."""
    kind, key = location
    found = PAGE_KINDS.get(key if kind == VIEW else kind)
    if found is None or found.single != (kind == VIEW):
        raise UnknownPage(
            translate("pages", "No page shows {kind}:{key}").format(kind=kind, key=key)
        )
    return found


def build_page(host: PageHost, location: Location) -> Page:
    return page_kind(location).build(host, location[1])


# -- the export dialog's list of open views -----------------------------------------------
ReportEntry = tuple[str, ViewSpec]  # label in the dialog, spec the report renders


def report_entries(ref: Reference, page: Page) -> list[ReportEntry]:
    """What a report can take from an open page, labelled for the export dialog."""
    spec = page.view_spec()
    if spec is None:
        return []
    from khorasan_desktop.core.viewspec import Layout
    from khorasan_desktop.ui.page_tab import state_of

    # a graph prints as arranged on screen (positions and pins), saved or not
    return spec_entries(ref, spec.with_layout(Layout.from_state(state_of(page))), page.title)


def spec_entries(ref: Reference, spec: ViewSpec, title: str) -> list[ReportEntry]:
    """What a report takes from a view spec shown under ``title`` (an open page, or a tab
    of a saved investigation): a chart brings its events table along."""
    entries = _REPORT_ENTRIES.get(spec.kind)
    return entries(ref, spec, title) if entries else [(title, spec)]


def _entity_entries(ref: Reference, spec: ViewSpec, title: str) -> list[ReportEntry]:
    return [(translate("pages", "Entity page: {title}").format(title=title), spec)]


def _relations_entries(ref: Reference, spec: ViewSpec, title: str) -> list[ReportEntry]:
    assert spec.target is not None
    year = spec.options.get("year")
    label = translate("pages", "Relation graph: {name}").format(name=ref.ref(spec.target).name)
    if "path" in spec.options:
        label += translate("pages", ", path to {name}").format(
            name=ref.ref(ref.resolve(spec.options["path"])).name
        )
    if "layout" in spec.options:
        label += translate("pages", " (saved chart “{value}”)").format(value=spec.options["layout"])
    elif spec.layout is not None and spec.layout.pinned:
        label += translate("pages", " (as arranged, pins kept)")
    return [(label + (f" as of {year}" if year else ""), spec)]


def _scope(ref: Reference, spec: ViewSpec) -> str:
    from khorasan_desktop.views import options

    return options.describe(ref, options.count_filter(ref, spec))


def _chart_entries(ref: Reference, spec: ViewSpec, title: str) -> list[ReportEntry]:
    scope = _scope(ref, spec)
    events = {k: v for k, v in spec.options.items() if k not in ("by", "stack")}
    return [
        (translate("pages", "Counts chart: {scope}").format(scope=scope), spec),
        (
            translate("pages", "Events table: {scope}").format(scope=scope),
            ViewSpec("events", None, events),
        ),
    ]


def _map_entries(ref: Reference, spec: ViewSpec, title: str) -> list[ReportEntry]:
    return [(translate("pages", "Map: {scope}").format(scope=_scope(ref, spec)), spec)]


_REPORT_ENTRIES: dict[str, Callable[[Reference, ViewSpec, str], list[ReportEntry]]] = {
    "entity": _entity_entries,
    "relations": _relations_entries,
    "chart": _chart_entries,
    "map": _map_entries,
}
