"""The page registry: every kind of tab builds, says what it shows as a view spec that
resolves back to it, lists itself for reports and refreshes when data sets change."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from khorasan_desktop.core.viewspec import parse
from khorasan_desktop.data.events.writer import import_event_file
from khorasan_desktop.ui.chart_view import ChartView
from khorasan_desktop.ui.entity_page import EntityPage
from khorasan_desktop.ui.main_window import MainWindow
from khorasan_desktop.ui.map_view import MapView
from khorasan_desktop.ui.pages import PAGE_KINDS, UnknownPage, page_kind
from khorasan_desktop.ui.relation_graph import RelationGraphView
from khorasan_desktop.ui.timeline_view import TimelineView
from khorasan_desktop.views import chart as chart_kind
from khorasan_desktop.views import map as map_kind
from khorasan_desktop.views import registry

Make = Callable[..., MainWindow]
GED = Path(__file__).resolve().parents[1] / "data" / "GEDEvent_v25_1_SYNTHETIC.csv"
CENTRE = "actor-iskp"


def _settled(qtbot, page: object) -> None:
    """Wait until a page drawn in the background has drawn its first answer."""
    if isinstance(page, ChartView | TimelineView) and page.data is None:
        with qtbot.waitSignal(page.refreshed, timeout=10000):
            pass
    if isinstance(page, MapView | RelationGraphView) and page.is_loading():
        with qtbot.waitSignal(page.refreshed, timeout=10000):
            pass


def _open(qtbot, w: MainWindow, name: str) -> object:
    w.open_location(PAGE_KINDS[name].location(CENTRE), new_tab=True)
    page = w.current_page()
    _settled(qtbot, page)
    return page


@pytest.mark.parametrize("name", sorted(PAGE_KINDS))
def test_every_kind_builds_a_page_whose_spec_round_trips(qtbot, make_window: Make, name) -> None:
    w = make_window(restore=False)
    kind = PAGE_KINDS[name]
    assert page_kind(kind.location(CENTRE)) is kind
    page = _open(qtbot, w, name)
    assert page is not None and w.tabs.tabToolTip(w.tabs.currentIndex()) == page.title
    spec = page.view_spec()
    if name == "relations":  # the all-relations table: no view kind reproduces it
        assert spec is None
        return
    assert spec is not None
    assert parse(spec.text()) == spec
    registry.resolve(w.ref, spec, w.user.path)  # a report accepts it as it is
    if spec.kind in ("entity", "relations"):
        assert spec.target is not None and w.ref.resolve(spec.target) == CENTRE
    if spec.kind == "chart":
        assert chart_kind.resolve(w.ref, spec, w.user.path) == page.data.resolved  # type: ignore[attr-defined]
    if spec.kind == "map":
        assert map_kind.resolve(w.ref, spec, w.user.path).to_spec() == spec


def test_unknown_locations_are_refused() -> None:
    for location in (("view", "entity"), ("chart", ""), ("bogus", "x"), ("view", "bogus")):
        with pytest.raises(UnknownPage):
            page_kind(location)


def test_report_candidates_list_the_open_pages(qtbot, make_window: Make) -> None:
    w = make_window(restore=False)
    for name in ("entity", "graph", "chart", "map", "relations"):
        page = _open(qtbot, w, name)
        if isinstance(page, RelationGraphView):
            page.set_year(2021)
    w.tabs.setCurrentIndex(3)  # the map
    got = [(label, spec.text(), ticked) for label, spec, ticked in w.report_candidates()]
    name = w.ref.ref(CENTRE).name
    # A fresh chart spans all the data: its year boxes sit at the open ends.
    chart_spec = "chart"
    scope = "all documented incidents"
    assert got == [
        (f"Entity page: {name}", f"entity:{CENTRE}", False),
        (f"Relation graph: {name} as of 2021", f"relations:{CENTRE},depth=1,year=2021", False),
        (f"Counts chart: {scope}", chart_spec, False),
        (f"Events table: {scope}", "events", False),
        ("Map: all documented incidents", "map", True),
        ("Your notes", "notes", False),
        ("Your bookmarks", "bookmarks", False),
    ]


def test_recentred_graph_renames_its_tab(qtbot, make_window: Make) -> None:
    w = make_window(restore=False)
    graph = _open(qtbot, w, "graph")
    assert isinstance(graph, RelationGraphView)
    assert w.tabs.tabToolTip(w.tabs.currentIndex()) == f"Relations: {w.ref.ref(CENTRE).name}"
    with qtbot.waitSignal(graph.titleChanged, timeout=5000):
        graph.recentre("actor-taliban")
    renamed = f"Relations: {w.ref.ref('actor-taliban').name}"
    assert w.tabs.tabToolTip(w.tabs.currentIndex()) == renamed
    assert graph.view_spec() is not None and graph.view_spec().target == "actor-taliban"  # type: ignore[union-attr]
    # The tab's address follows, so a restart reopens the new centre; Back returns.
    assert "graph:actor-taliban" in w.open_locations()
    assert f"graph:{CENTRE}" not in w.open_locations()
    tab = w.tabs.widget(w.tabs.currentIndex())
    assert tab.can_go_back()  # type: ignore[attr-defined]


def test_data_set_changes_refresh_the_open_pages(qtbot, make_window: Make) -> None:
    w = make_window(restore=False)
    entity = _open(qtbot, w, "entity")
    chart = _open(qtbot, w, "chart")
    map_view = _open(qtbot, w, "map")
    assert isinstance(entity, EntityPage) and entity.imported_index < 0
    assert isinstance(chart, ChartView) and isinstance(map_view, MapView)
    assert chart.source.count() == map_view.source.count() == 1
    import_event_file(w.user.path, "ucdp", GED, w.ref)
    with qtbot.waitSignals(
        [chart.refreshed, map_view.refreshed, w.query.finished],
        check_params_cbs=[None, None, lambda channel: channel.endswith("-imported")],
        timeout=15000,
    ):
        w.datasets_panel.changed.emit()  # what removing or importing a data set signals
    assert chart.source.count() > 1 and map_view.source.count() > 1
    assert entity.imported_index >= 0 and entity.imported_model.rowCount() >= 1


def test_restore_skips_tabs_no_page_shows(qtbot, make_window: Make, monkeypatch) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    w = make_window(restore=False)
    w.settings.setValue(
        "tabs/open",
        ["entity:actor-iskp", "graph:no-such-entity", "view:bogus", "bogus:x", "view:map"],
    )
    w.restore_tabs()
    assert w.open_locations() == ["entity:actor-iskp", "view:map"]
    assert warned == []


def test_page_modules_load_when_their_page_opens(ref_path: Path, tmp_path: Path) -> None:
    """Start-up cost: a built window with no tab has imported no page module."""
    code = f"""
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.data.userdb import UserStore
from khorasan_desktop.ui.main_window import MainWindow
w = MainWindow(Reference(Path({str(ref_path)!r})), UserStore(Path({str(tmp_path / "u.sqlite")!r})),
               QSettings({str(tmp_path / "s.ini")!r}, QSettings.Format.IniFormat))
assert w.is_built
pages = ["entity_page", "chart_view", "map_view", "relation_graph", "relations_view",
         "timeline_view"]
print(" ".join(m for m in ["pyqtgraph", *("khorasan_desktop.ui." + p for p in pages)]
               if m in sys.modules))
"""
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    assert out.stdout.strip() == ""


def test_stix_import_refreshes_the_open_chart(
    qtbot, make_window: Make, tmp_path, monkeypatch
) -> None:
    """File > Import STIX: the open chart offers the bundle as a source at once."""
    from PySide6.QtWidgets import QMessageBox

    from khorasan_desktop.data.stix_export import build_bundle, serialize

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    w = make_window(restore=False)
    chart = _open(qtbot, w, "chart")
    assert isinstance(chart, ChartView) and chart.source.count() == 1
    bundle = tmp_path / "incidents.json"
    bundle.write_text(serialize(build_bundle(w.ref)), encoding="utf-8")
    with qtbot.waitSignal(chart.refreshed, timeout=30000):
        w._stix().import_from(bundle, w.user.path)
    assert chart.source.count() > 1
    with qtbot.waitSignal(chart.refreshed, timeout=15000):
        chart.set_source("incidents.json")
    assert chart.counts is not None and chart.counts.total > 0


def test_a_closed_entity_page_is_freed(qtbot, make_window: Make) -> None:
    """Closing a page's tab frees the page: its imported-events table, kept aside until a
    data set has rows for the entity, had no parent and kept the page alive (about 22 MB
    per closed page at a million events)."""
    import gc
    import weakref

    w = make_window(restore=False)
    w.open_entity("actor-iskp", new_tab=True)
    page = w.current_page()
    assert isinstance(page, EntityPage)
    qtbot.waitUntil(lambda: not w.runner._live, timeout=10000)  # its queries reported
    gone = weakref.ref(page)
    del page
    w.close_tab(w.tabs.currentIndex())

    def freed() -> bool:
        gc.collect()
        return gone() is None

    qtbot.waitUntil(freed, timeout=5000)
