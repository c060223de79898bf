"""Copy with source from every table the GUI shows: each copied row carries its source,
locator and both grades (or, for a count, the data sets it adds up), as plain text and
HTML, by Ctrl+C and by the context menu."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView

from khorasan_desktop import paths
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.ui.chart_view import ChartView
from khorasan_desktop.ui.copy_cite import copy_menu
from khorasan_desktop.ui.main_window import MainWindow
from khorasan_desktop.ui.map_view import MapView
from khorasan_desktop.ui.relation_graph import RelationGraphView
from khorasan_desktop.ui.table_export import export_menu
from khorasan_desktop.ui.timeline_view import TimelineView
from khorasan_desktop.views import citing

Make = Callable[..., MainWindow]
GED = "GEDEvent_v25_1_SYNTHETIC"


@pytest.fixture(autouse=True)
def _clear_clipboard() -> Iterator[None]:
    """The offscreen clipboard crashes at exit while it holds QMimeData: leave it empty."""
    yield
    QGuiApplication.clipboard().clear()


def _select(view: QAbstractItemView, rows: Sequence[int]) -> None:
    model = view.model()
    view.selectionModel().clearSelection()
    for row in rows:
        view.selectionModel().select(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def _ctrl_c(qtbot, view: QAbstractItemView, rows: Sequence[int]) -> tuple[list[str], str]:
    """Select ``rows``, press Ctrl+C; the clipboard's plain lines and HTML."""
    _select(view, rows)
    QGuiApplication.clipboard().clear()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    data = QGuiApplication.clipboard().mimeData()
    return data.text().splitlines(), data.html()


def _menu_copy(view: QAbstractItemView, with_save: bool) -> list[str]:
    """The same rows copied through the context menu's first action."""
    QGuiApplication.clipboard().clear()
    menu = export_menu(view, lambda: "t") if with_save else copy_menu(view)  # type: ignore[arg-type]
    action = menu.actions()[0]
    assert action.text() == "Copy with source" and action.isEnabled()
    action.trigger()
    return QGuiApplication.clipboard().mimeData().text().splitlines()


def _source_cells(lines: list[str]) -> list[str]:
    assert lines[0].split("\t")[-1] == "Source"
    return [line.split("\t")[-1] for line in lines[1:]]


def _own_sources(ref: Reference, ids: list[str]) -> list[str]:
    """What each id's row must cite: its citations as ``views.citing`` words them."""
    found = ref.entity_citations(ids)
    assert all(found.get(i) for i in ids), "every row here has a source in the database"
    clip = citing.rows(["id"], [[i] for i in ids], [found[i] for i in ids])
    return [line.split("\t")[-1] for line in clip.text.splitlines()[1:]]


def _window(qtbot, make_window: Make, location: tuple[str, str]) -> tuple[MainWindow, object]:
    w = make_window(restore=False)
    w.open_location(location, new_tab=True)
    page = w.current_page()
    qtbot.wait_until(lambda: not w.query.pending, timeout=15000)
    return w, page


def _import_ged(ref_path: Path) -> None:
    from khorasan_desktop.data.events.writer import import_event_file

    ged = Path(__file__).resolve().parents[1] / "data" / f"{GED}.csv"
    ref = Reference(ref_path)
    try:
        import_event_file(paths.user_db(), "ucdp", ged, ref)
    finally:
        ref.close()


def test_chart_rows_cite_the_data_sets_they_count_and_bar_incidents_their_own(
    qtbot, make_window: Make, ref_path: Path, ref: Reference
) -> None:
    _import_ged(ref_path)
    _w, chart = _window(qtbot, make_window, ("view", "chart"))
    assert isinstance(chart, ChartView)
    qtbot.wait_until(lambda: chart.data is not None, timeout=10000)
    table = chart.as_table.table
    lines, html = _ctrl_c(qtbot, table, [0, 1])
    assert lines[0].startswith("Period\tCounted")
    version = ref.meta["data_version"]
    bundled = f"Documented incidents, Khorasan Desktop reference data {version}"
    for cell, row in zip(_source_cells(lines), lines[1:], strict=True):
        assert cell.startswith(bundled) and "Wikipedia incident tables (CC BY-SA)" in cell
        assert cell.endswith("[not graded]")  # a count has no Admiralty grade
        assert row.split("\t")[0] in chart.periods
    assert "<table" in html and f"<td>{bundled}" in html and "Admiralty scale" in html
    assert _menu_copy(table, with_save=False) == lines
    # counted over the bundled incidents and an imported data set: both cited, with licence
    with qtbot.waitSignal(chart.refreshed, timeout=10000):
        chart.set_source("all")
    lines, _html = _ctrl_c(qtbot, table, [0])
    (cell,) = _source_cells(lines)
    assert cell.startswith(bundled) and f"UCDP GED data set {GED}" in cell
    assert "CC BY 4.0" in cell
    # the incidents of one bar cite each incident's own sources and grades
    with qtbot.waitSignal(chart.refreshed, timeout=10000):
        chart.set_source("bundled")
    period = next(p for p, n in zip(chart.periods, chart.totals, strict=True) if n >= 2)
    with qtbot.waitSignal(chart.binSelected, timeout=5000):
        chart.select_bin(period)
    ids = [chart.events_model.ids[r] for r in (0, 1)]
    lines, html = _ctrl_c(qtbot, chart.events_view, [0, 1])
    assert _source_cells(lines) == _own_sources(ref, ids)
    assert all("[" in c for c in _source_cells(lines)) and "<table" in html


def test_map_rows_and_cluster_incidents_copy_with_their_sources(
    qtbot, make_window: Make, ref: Reference
) -> None:
    w, view = _window(qtbot, make_window, ("view", "map"))
    assert isinstance(view, MapView)
    w.resize(1200, 800)
    w.show()
    qtbot.wait_until(lambda: not view.is_loading() and view.as_table.table.rows.rowCount() > 0)
    table = view.as_table.table
    lines, html = _ctrl_c(qtbot, table, [0])
    assert lines[0].startswith("Province\tCountry\tDocumented incidents")
    (cell,) = _source_cells(lines)
    assert cell.startswith("Documented incidents, Khorasan Desktop reference data")
    assert "<table" in html and "Documented incidents, Khorasan Desktop" in html
    marker = max(view.point_items(), key=lambda m: m.count)  # a cluster of several
    with qtbot.waitSignal(view.clusterListed, timeout=5000):
        view.activate_at(marker.pos())
    ids = [view.cluster_model.ids[r] for r in (0, 1, 2)]
    lines, html = _ctrl_c(qtbot, view.cluster_view, [0, 1, 2])
    assert lines[0].startswith("Date\tEvent")
    assert _source_cells(lines) == _own_sources(ref, ids)
    assert "<table" in html and "[" in html
    assert _menu_copy(view.cluster_view, with_save=True) == lines


def test_graph_rows_copy_with_each_entitys_sources(
    qtbot, make_window: Make, ref: Reference
) -> None:
    _w, view = _window(qtbot, make_window, ("graph", "actor-iskp"))
    assert isinstance(view, RelationGraphView)
    qtbot.wait_until(lambda: not view.is_loading() and view.as_table.table.rows.rowCount() > 1)
    table = view.as_table.table
    row = table.rows.row_of("actor-taliban")
    lines, html = _ctrl_c(qtbot, table, [row])
    assert lines[1].startswith("Taliban\t")
    assert _source_cells(lines) == _own_sources(ref, ["actor-taliban"])
    assert "<table" in html and "Taliban" in html
    # the entity selected in the picture: Ctrl+C copies it and its drawn relations,
    # each with its own sources and grades; its menu offers the same
    view.as_table.show_table(False)
    view.scene.clearSelection()
    view.scene.nodes["actor-taliban"].setSelected(True)
    QGuiApplication.clipboard().clear()
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    data = QGuiApplication.clipboard().mimeData()
    lines, html = data.text().splitlines(), data.html()
    own = citing.sources_text(ref.entity_citations(["actor-taliban"])["actor-taliban"])
    assert lines[0] == f"Taliban (actor) {own}"
    drawn = [
        e.row
        for e in view.scene.edges.values()
        if e.isVisible() and "actor-taliban" in (e.row.source.id, e.row.target.id)
    ]
    assert len(lines) == 1 + len(drawn) >= 2
    cited = ref.citations_for("relation", [r.id for r in drawn])
    for r in drawn:
        line = next(
            x for x in lines[1:] if x.startswith(f"{r.source.name} {r.type} {r.target.name}")
        )
        assert line.endswith(citing.sources_text(cited[r.id]))
    assert "<p>Taliban (actor)" in html and "Admiralty scale" in html
    menu = [a.text() for a in view.node_actions("actor-taliban")]
    assert "Copy with source" in menu


def test_timeline_events_list_copies_with_sources(qtbot, make_window: Make, ref: Reference) -> None:
    _w, page = _window(qtbot, make_window, ("view", "timeline"))
    assert isinstance(page, TimelineView)
    qtbot.wait_until(lambda: page.events_model.rowCount() > 1, timeout=10000)
    ids = [page.events_model.ids[r] for r in (0, 1)]
    lines, html = _ctrl_c(qtbot, page.events_view, [0, 1])
    assert _source_cells(lines) == _own_sources(ref, ids)
    assert "<table" in html and "Admiralty scale" in html
    assert _menu_copy(page.events_view, with_save=True) == lines


def test_search_hits_and_data_sets_copy_with_their_sources(
    qtbot, make_window: Make, ref_path: Path, ref: Reference
) -> None:
    _import_ged(ref_path)
    w = make_window(restore=False)
    panel = w.search
    panel.field.setText("Legie")  # the brief's author: a source among the hits
    with qtbot.waitSignal(panel.resultsShown, timeout=5000):
        panel.run_now()
    hits = panel.current_hits()
    assert hits
    rows = list(range(min(3, len(hits))))
    lines, html = _ctrl_c(qtbot, panel.results, rows)
    assert lines[0] == "Search hit\tSource"
    assert lines[1].startswith(hits[0].name + " ")
    assert _source_cells(lines) == _own_sources(ref, [hits[r].id for r in rows])
    assert "<table" in html
    assert _menu_copy(panel.results, with_save=False) == lines
    # a source found by search is its own source, with its reliability grade
    source = next(h for h in hits if h.kind == "source")
    reliability = ref.db.execute(
        "SELECT reliability FROM sources WHERE entity_id = ?", [source.id]
    ).fetchone()[0]
    lines, _html = _ctrl_c(qtbot, panel.results, [hits.index(source)])
    assert source.name in lines[1].split("\t")[-1] and f"[{reliability}?]" in lines[1]
    # the imported data sets panel: each data set with its release and licence
    datasets = w.datasets_panel
    datasets.refresh()
    qtbot.wait_until(lambda: datasets.model.rowCount() == 1, timeout=5000)
    lines, html = _ctrl_c(qtbot, datasets.view, [0])
    (cell,) = _source_cells(lines)
    assert cell.startswith(f"UCDP GED data set {GED}") and "CC BY 4.0" in cell
    assert "<table" in html


def test_imported_events_cite_their_data_set_and_row(
    qtbot, make_window: Make, ref_path: Path
) -> None:
    _import_ged(ref_path)
    w = make_window(restore=False)
    w.open_entity("actor-iskp")
    page = w.current_page()
    qtbot.wait_until(lambda: page.imported_index >= 0, timeout=15000)  # type: ignore[union-attr]
    view = page.imported_view  # type: ignore[union-attr]
    model = page.imported_model  # type: ignore[union-attr]
    lines, html = _ctrl_c(qtbot, view, [0])
    (cell,) = _source_cells(lines)
    event = model._row(0)
    assert event is not None and event.imported and event.ext_id
    assert cell == f"UCDP GED data set {GED}, event {event.ext_id} [not graded]"
    assert "<table" in html and f"UCDP GED data set {GED}" in html
