"""Imported event data sets in the chart and the map, beside the bundled incidents."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from khorasan_desktop.data import layers
from khorasan_desktop.data.events.writer import import_event_file
from khorasan_desktop.data.reference import CountFilter
from khorasan_desktop.ui.chart_view import ChartView
from khorasan_desktop.ui.main_window import MainWindow

Make = Callable[..., MainWindow]
GED = Path(__file__).resolve().parent.parent / "data" / "GEDEvent_v25_1_SYNTHETIC.csv"


def _with_import(make_window: Make) -> MainWindow:
    w = make_window(restore=False)
    import_event_file(w.user.path, "ucdp", GED, w.ref)
    return w


def test_chart_counts_an_imported_data_set(qtbot, make_window: Make) -> None:
    w = _with_import(make_window)
    w.open_view(("view", "chart"))
    chart = w.current_page()
    assert isinstance(chart, ChartView)
    if chart.counts is None:
        with qtbot.waitSignal(chart.refreshed, timeout=15000):
            pass
    assert chart.source.isVisible() or chart.source.count() > 1
    with qtbot.waitSignal(chart.refreshed, timeout=15000):
        chart.set_source("GEDEvent_v25_1_SYNTHETIC")
    expected = layers.counts(
        w.ref,
        w.user.path,
        layers.parse_source("GEDEvent_v25_1_SYNTHETIC"),
        chart.current_filter(),
        "year",
    )
    periods, heights = chart.bar_data()
    drawn = {p: h for p, h in zip(periods, heights, strict=True) if h}
    assert drawn == {b.period: b.count for b in expected.bins}
    assert "imported data set GEDEvent_v25_1_SYNTHETIC" in chart.caption.text()
    assert "CC BY 4.0" in chart.caption.text()
    with qtbot.waitSignal(chart.binSelected, timeout=15000):
        chart.select_bin(next(p for p, h in zip(periods, heights, strict=True) if h))
    assert chart.events_model.rowCount() >= 1
    assert "imported events" in chart.bin_label.text()
    with qtbot.waitSignal(chart.refreshed, timeout=15000):
        chart.set_source("all")
    both = layers.counts(
        w.ref, w.user.path, layers.parse_source("all"), chart.current_filter(), "year"
    )
    assert chart.counts is not None and chart.counts.total == both.total
    assert both.total == 305 + expected.total


def test_map_shades_an_imported_data_set(qtbot, make_window: Make) -> None:
    w = _with_import(make_window)
    w.open_view(("view", "map"))
    view = w.current_page()
    if view.is_loading():  # type: ignore[union-attr]
        with qtbot.waitSignal(view.refreshed, timeout=15000):  # type: ignore[union-attr]
            pass
    with qtbot.waitSignal(view.refreshed, timeout=15000):  # type: ignore[union-attr]
        view.source.set_source("ucdp")  # type: ignore[union-attr]
    expected = layers.province_counts(
        w.ref, w.user.path, layers.parse_source("ucdp"), CountFilter()
    )
    shaded = {k: v for k, v in view.province_counts().items() if v}  # type: ignore[union-attr]
    assert shaded == {k: v for k, v in expected.items() if k in shaded or v}
    assert "Counted: ucdp" in view.caption_text()  # type: ignore[union-attr]
    markers = view.point_items()  # type: ignore[union-attr]
    assert markers
    ids = [m.incident_id for m in markers if m.count == 1]  # what a click would open
    assert all(i.startswith("imported:") for i in ids)
    # a marker of several imported events lists them all, as rows of the data set
    busiest = max((m for m in markers if m.isVisible()), key=lambda m: m.count)
    assert busiest.count > 1
    with qtbot.waitSignal(view.clusterListed, timeout=15000) as listed:  # type: ignore[union-attr]
        view.list_cluster(busiest)  # type: ignore[union-attr]
    assert listed.args == [busiest.count]
    model = view.cluster_model  # type: ignore[union-attr]
    assert model.rowCount() == busiest.count
    names = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert all(n.startswith("[GEDEvent_v25_1_SYNTHETIC]") for n in names)


def test_entity_page_lists_imported_events(qtbot, make_window: Make) -> None:
    w = _with_import(make_window)
    w.open_entity("actor-iskp")
    page = w.current_page()
    qtbot.wait_until(lambda: page.imported_index >= 0, timeout=15000)  # type: ignore[union-attr]
    assert page.tabs.tabText(page.imported_index).startswith("Imported events (")  # type: ignore[union-attr]
    assert page.imported_model.rowCount() >= 1  # type: ignore[union-attr]
    first = page.imported_model.index(0, 1).data()  # type: ignore[union-attr]
    assert first.startswith("[GEDEvent_v25_1_SYNTHETIC]")


def _ged_with_years(tmp_path: Path, years: dict[str, str]) -> Path:
    """The synthetic GED file with some rows moved to other dates (id -> ISO day)."""
    import csv

    with GED.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        if row["id"] in years:
            row["date_start"] = row["date_end"] = years[row["id"]]
            row["year"] = years[row["id"]][:4]
    out = tmp_path / "GEDEvent_v25_1_SPAN.csv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return out


def test_year_boxes_span_imported_events_outside_the_bundled_years(
    qtbot, make_window: Make, tmp_path: Path
) -> None:
    """An imported event dated before or after the bundled data is counted by a fresh
    chart, and an import made while the chart is open widens its year boxes."""
    w = make_window(restore=False)
    w.open_view(("view", "chart"))
    chart = w.current_page()
    assert isinstance(chart, ChartView)
    if chart.counts is None:
        with qtbot.waitSignal(chart.refreshed, timeout=15000):
            pass
    last = w.ref.last_year
    assert chart.filters.year_to.maximum() == last
    path = _ged_with_years(tmp_path, {"900001": "2010-05-01", "900002": f"{last + 2}-03-01"})
    import_event_file(w.user.path, "ucdp", path, w.ref)
    w._datasets_changed()  # what File > Import does when it finishes
    with qtbot.waitSignal(chart.refreshed, timeout=15000):
        chart.set_source("GEDEvent_v25_1_SPAN")
    assert (chart.filters.year_from.minimum(), chart.filters.year_to.maximum()) == (2010, last + 2)
    assert chart.filters.year_to.value() == last + 2  # it was at the open end, and stays
    everything = layers.counts(
        w.ref, w.user.path, layers.parse_source("GEDEvent_v25_1_SPAN"), CountFilter(), "year"
    )
    assert chart.filters.year_from.value() == 2010  # so was the first box
    assert chart.counts is not None and chart.counts.total == everything.total
    periods, heights = chart.bar_data()
    assert dict(zip(periods, heights, strict=True))[str(last + 2)] == 1


def test_open_views_refresh_one_per_turn_after_an_import(qtbot, make_window: Make) -> None:
    """After an import every open tab recounts, the one in view first, the others on
    later turns of the event loop (not all in one stall)."""
    w = _with_import(make_window)
    w.open_view(("view", "chart"))
    w.open_view(("view", "map"))
    w.open_entity("actor-iskp", new_tab=True)
    pages = [w._tab(i).page for i in range(w.tabs.count())]  # type: ignore[union-attr]
    seen: list[object] = []
    for page in pages:
        page.refresh_datasets = lambda _d, page=page: seen.append(page)  # type: ignore[method-assign,union-attr]
    w._datasets_changed()
    assert seen == [w.current_page()]  # the tab in view at once, the others after
    qtbot.wait_until(lambda: len(seen) == len(pages), timeout=5000)
    assert sorted(map(id, seen)) == sorted(map(id, pages))
