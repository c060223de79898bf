"""The timeline page through the window: scoped from an entity page, click opens the
event, brushing a range filters the chart and the map, keys zoom and pan."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt

from khorasan_desktop.render import timeline as timeline_render
from khorasan_desktop.ui.chart_view import ChartView
from khorasan_desktop.ui.main_window import MainWindow
from khorasan_desktop.ui.map_view import MapView
from khorasan_desktop.ui.pages import VIEW
from khorasan_desktop.ui.timeline_view import TimelineView

Make = Callable[..., MainWindow]
ISKP = "actor-iskp"


def _wait(qtbot, page: object) -> None:
    if isinstance(page, ChartView | TimelineView) and page.data is None:
        with qtbot.waitSignal(page.refreshed, timeout=10000):
            pass
    if isinstance(page, MapView) and page.is_loading():
        with qtbot.waitSignal(page.refreshed, timeout=10000):
            pass


def _timeline_of(qtbot, w: MainWindow, entity_id: str) -> TimelineView:
    w.open_entity(entity_id, new_tab=True)
    w.open_view((VIEW, "timeline"))
    page = w.current_page()
    assert isinstance(page, TimelineView)
    page.data = None  # the scoped answer, not the first one
    _wait(qtbot, page)
    qtbot.waitUntil(lambda: page.data is not None and page.data.resolved.entity_id == entity_id)
    return page


def test_opened_from_an_entity_page_it_shows_that_entity(qtbot, make_window: Make) -> None:
    w = make_window(restore=False)
    page = _timeline_of(qtbot, w, ISKP)
    assert page.filters.combos["actor"].currentData() == ISKP
    assert page.view_spec().target == ISKP
    assert page.data is not None and page.data.marks and page.data.bars
    w.open_entity("prov-afg-nangarhar")
    w.open_view((VIEW, "chart"))
    chart = w.current_page()
    assert isinstance(chart, ChartView)
    assert chart.filters.combos["province"].currentData() == "prov-afg-nangarhar"
    w.open_entity("country-pak", new_tab=True)
    w.open_view((VIEW, "map"))
    map_view = w.current_page()
    assert isinstance(map_view, MapView)
    _wait(qtbot, map_view)
    assert map_view.current_filter().country_id == "country-pak"
    assert map_view.filters.combos["country"].currentData() == "country-pak"


def test_a_click_on_a_mark_opens_its_event(qtbot, make_window: Make) -> None:
    w = make_window(restore=False)
    page = _timeline_of(qtbot, w, ISKP)
    assert page.data is not None
    mark = page.data.marks[len(page.data.marks) // 2]
    x = (timeline_render.seconds(mark.start) + timeline_render.seconds(mark.end, end=True)) / 2
    hit = page.timeline.hit(x, float(page.timeline.lane_y[mark.lane]), 3600.0)
    assert hit is not None and hit.mark is not None and hit.mark.lane == mark.lane
    assert "precision" in hit.tip(page.data)
    with qtbot.waitSignal(page.entityActivated, timeout=3000) as sig:
        page.open_hit(hit)
    assert sig.args[0] == hit.mark.id
    assert w.current_page().view_spec().target == hit.mark.id  # type: ignore[union-attr]
    bar = page.data.bars[0]
    hit = page.timeline.hit(
        timeline_render.seconds(bar.start) + 86400 * 30, float(page.timeline.bar_y[bar.id]), 1.0
    )
    assert hit is not None and hit.bar == bar


def test_brushing_sets_the_dates_of_the_chart_and_the_map(qtbot, make_window: Make) -> None:
    w = make_window(restore=False)
    w.open_view((VIEW, "chart"))
    chart = w.current_page()
    w.open_view((VIEW, "map"))
    map_view = w.current_page()
    assert isinstance(chart, ChartView) and isinstance(map_view, MapView)
    page = _timeline_of(qtbot, w, ISKP)
    page.brush_range("2021-03-01", "2021-06-30")
    assert page.brushed() == ("2021-03-01", "2021-06-30")
    assert (chart.current_filter().date_from, chart.current_filter().date_to) == (
        "2021-03-01",
        "2021-06-30",
    )
    assert "2021-03-01 to 2021-06-30" in chart.filters.describe()
    assert map_view.current_filter().date_from == "2021-03-01"
    qtbot.waitUntil(lambda: "2021-03-01" in page.list_label.text())
    listed = page.events_model.rowCount()
    assert 0 < listed < len(page.data.marks)  # type: ignore[union-attr]
    page.brush.setChecked(False)  # brush off: back to the year boxes, set to its years
    for view in (chart, map_view):
        flt = view.current_filter()
        assert (flt.date_from, flt.date_to) == ("2021-01-01", "2021-12-31")
    assert not chart.filters.dates_label.isVisibleTo(chart)


def test_keys_pan_and_zoom(qtbot, make_window: Make) -> None:
    w = make_window(restore=False)
    page = _timeline_of(qtbot, w, ISKP)
    w.show()
    vb = page.plot.getPlotItem().vb
    (x0, x1), _ = vb.viewRange()
    qtbot.keyClick(page.plot, Qt.Key.Key_Plus)
    (a0, a1), _ = vb.viewRange()
    assert a1 - a0 < x1 - x0
    qtbot.keyClick(page.plot, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    (b0, _b1), _ = vb.viewRange()
    assert b0 > a0
    qtbot.keyClick(page.plot, Qt.Key.Key_0)
    (c0, c1), _ = vb.viewRange()
    assert abs((c1 - c0) - (x1 - x0)) < 1


def test_controls_are_named_and_the_list_model_is_sound(
    qtbot, qtmodeltester, make_window: Make
) -> None:
    w = make_window(restore=False)
    page = _timeline_of(qtbot, w, ISKP)
    for widget in (
        page.lanes,
        page.brush,
        page.brush_from,
        page.brush_to,
        page.plot,
        page.events_view,
        page.legend,
        page.filters.dates_clear,
    ):
        assert widget.accessibleName()
    assert page.brush.text().startswith("&")  # Alt+B
    qtbot.waitUntil(lambda: page.events_model.rowCount() > 0)
    qtmodeltester.check(page.events_model)
    page.set_lanes("type")
    qtbot.waitUntil(lambda: page.data is not None and page.data.resolved.lanes == "type")


def test_imported_data_sets_are_drawn_and_listed(qtbot, make_window: Make, ref_path) -> None:
    from pathlib import Path

    from khorasan_desktop import paths
    from khorasan_desktop.data.events.writer import import_event_file
    from khorasan_desktop.data.reference import Reference
    from khorasan_desktop.ui.tree_model import EntityIdRole

    name = "GEDEvent_v25_1_SYNTHETIC"
    ged = Path(__file__).resolve().parents[1] / "data" / f"{name}.csv"
    ref = Reference(ref_path)
    import_event_file(paths.user_db(), "ucdp", ged, ref)
    ref.close()
    w = make_window(restore=False)
    page = _timeline_of(qtbot, w, ISKP)
    assert page.source.isVisibleTo(page) and page.source.accessibleName()
    bundled = page.data
    assert bundled is not None
    page.data = None
    page.set_source("all")  # bundled + every imported data set
    _wait(qtbot, page)
    data = page.data
    assert data is not None and data.resolved.layers.imported
    imported = [m for m in data.marks if m.id.startswith(f"imported:{name}:")]
    assert imported and len(data.marks) == len(bundled.marks) + len(imported)
    assert page.view_spec().options["source"] == page.layers().text()
    assert "imported data set" in page.caption.text() and "CC BY 4.0" in page.caption.text()
    # the list below has the imported events too; opening one describes it in place
    qtbot.waitUntil(
        lambda: any(
            str(page.events_model.index(r, 0).data(EntityIdRole)).startswith("imported:")
            for r in range(page.events_model.rowCount())
        )
    )
    row = next(
        r
        for r in range(page.events_model.rowCount())
        if str(page.events_model.index(r, 0).data(EntityIdRole)).startswith("imported:")
    )
    with qtbot.assertNotEmitted(page.entityActivated):
        page.events_view.activated.emit(page.events_model.index(row, 0))
    assert "imported data set" in page.details.text() and "deaths" in page.details.text()
    # a click on an imported mark opens no page either
    mark = imported[0]
    x = (timeline_render.seconds(mark.start) + timeline_render.seconds(mark.end, end=True)) / 2
    hit = page.timeline.hit(x, float(page.timeline.lane_y[mark.lane]), 3600.0)
    assert hit is not None and hit.mark is not None and hit.mark.id.startswith("imported:")
    with qtbot.assertNotEmitted(page.entityActivated):
        page.open_hit(hit)
    assert "have no page" in page.details.text()


def test_arrows_walk_the_marks_and_enter_opens_one(qtbot, make_window: Make) -> None:
    from PySide6.QtWidgets import QApplication

    from khorasan_desktop.render.palette import LIGHT

    w = make_window(restore=False)
    page = _timeline_of(qtbot, w, ISKP)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    data, plot, tl = page.data, page.plot, page.timeline
    assert data is not None and data.bars and data.marks
    page.plot.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is plot, timeout=5000)
    # focus lands on the first row's first item (a relation bar), outlined in focus colour
    first = tl.walk[0][0]
    assert tl.focused == first and first.bar is not None
    assert tl.focus.opts["pen"].color().name() == LIGHT.focus
    assert first.bar.label in plot.accessibleName()
    # down to the event lanes: the first lane's row, the mark nearest in time
    for _ in range(len(data.bars)):
        qtbot.keyClick(plot, Qt.Key.Key_Down)
    lane_row = tl.walk[len(data.bars)]
    here = tl.focused
    assert here is not None and here.mark is not None and here in lane_row
    assert here.mark.lane == data.lanes[0].key
    assert data.lanes[0].label in plot.accessibleName()
    # Right moves in time along the lane; the focus box sits on that mark
    qtbot.keyClick(plot, Qt.Key.Key_Home)
    qtbot.keyClick(plot, Qt.Key.Key_Right)
    second = lane_row[1]
    assert tl.focused == second and second.mark is not None
    assert tl.focus.opts["y0"][0] < tl.lane_y[second.mark.lane] < tl.focus.opts["y1"][0]
    a, b = tl.span(second)
    assert tl.focus.opts["x0"][0] <= a and tl.focus.opts["x1"][0] >= b
    assert second.mark.name in plot.accessibleName()
    assert f"2 of {len(lane_row)} in this row" in plot.accessibleName()
    assert plot.accessibleDescription().startswith(
        f"this lane runs from {lane_row[0].mark.start} to {lane_row[-1].mark.end}"  # type: ignore[union-attr]
    )
    # new data that still draws the marked event keeps the mark on it
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.refresh()
    assert tl.focused == second and second.mark.name in plot.accessibleName()
    # zooming redraws the box for the new scale (a day's box is widened to be seen)
    assert second.mark.precision == "day"
    wide = tl.focus.opts["x1"][0] - tl.focus.opts["x0"][0]
    qtbot.keyClick(plot, Qt.Key.Key_Plus)
    assert tl.focus.opts["x1"][0] - tl.focus.opts["x0"][0] != pytest.approx(wide)
    qtbot.keyClick(plot, Qt.Key.Key_End)
    assert tl.focused == lane_row[-1]
    qtbot.keyClick(plot, Qt.Key.Key_Right)  # the end of the lane: stays put
    assert tl.focused == lane_row[-1]
    # zoomed in, a move follows the mark: it comes into view
    qtbot.keyClick(plot, Qt.Key.Key_Home)
    for _ in range(8):
        qtbot.keyClick(plot, Qt.Key.Key_Plus)
    qtbot.keyClick(plot, Qt.Key.Key_End)
    (x0, x1), _ = plot.getPlotItem().vb.viewRange()
    a, b = tl.span(lane_row[-1])
    assert x0 <= a and b <= x1
    # Up goes back to the row above
    qtbot.keyClick(plot, Qt.Key.Key_Up)
    assert tl.focused is not None and tl.focused.bar is not None
    # Escape: the mark goes, the focus is back on the lane selector
    qtbot.keyClick(plot, Qt.Key.Key_Escape)
    assert tl.focused is None and not tl.focus.opts["x0"]
    assert QApplication.focusWidget() is page.lanes and plot.accessibleName() == "Timeline"
    # back on the plot, down to an event; Enter opens it
    plot.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is plot, timeout=5000)
    for _ in range(len(data.bars)):
        qtbot.keyClick(plot, Qt.Key.Key_Down)
    mark = tl.focused
    assert mark is not None and mark.mark is not None
    with qtbot.waitSignal(page.entityActivated, timeout=3000) as opened:
        qtbot.keyClick(plot, Qt.Key.Key_Return)
    assert opened.args[0] == mark.mark.id


def test_a_brushed_range_reaches_views_opened_later_and_investigations(
    qtbot, make_window: Make
) -> None:
    w = make_window(restore=False)
    w.open_view((VIEW, "chart"))
    chart = w.current_page()
    assert isinstance(chart, ChartView)
    _wait(qtbot, chart)
    chart.select_bin("2021")  # the chart's list of one bar follows the brushed dates
    page = _timeline_of(qtbot, w, ISKP)
    page.set_lanes("type")
    qtbot.waitUntil(lambda: page.data is not None and page.data.resolved.lanes == "type")
    with qtbot.waitSignal(chart.refreshed, timeout=10000):
        page.brush_range("2021-03-01", "2021-06-30")
    assert chart.periods == ["2021"]
    qtbot.waitUntil(lambda: chart.events_model.rowCount() == chart.totals[0] > 0, timeout=10000)
    # a map opened after the brush shows the brushed dates
    w.open_view((VIEW, "map"))
    map_view = w.current_page()
    assert isinstance(map_view, MapView)
    flt = map_view.current_filter()
    assert (flt.date_from, flt.date_to) == ("2021-03-01", "2021-06-30")
    assert w.brushed_dates() == ("2021-03-01", "2021-06-30")
    # the investigation keeps the timeline's scope, lanes and brush, and the others' dates
    assert w.save_investigation("Spring 2021")
    assert w.open_investigation("Spring 2021")
    pages = [w._tab(i).page for i in range(w.tabs.count())]  # type: ignore[union-attr]
    timeline = next(p for p in pages if isinstance(p, TimelineView))
    assert timeline.brushed() == ("2021-03-01", "2021-06-30")
    assert timeline.lane_kind() == "type" and timeline.current_filter().actor_id == ISKP
    qtbot.waitUntil(lambda: timeline.data is not None and timeline.data.resolved.lanes == "type")
    assert timeline.view_spec().target == ISKP
    for p in pages:
        if isinstance(p, ChartView | MapView):
            f = p.current_filter()
            assert (f.date_from, f.date_to) == ("2021-03-01", "2021-06-30")
    timeline.brush.setChecked(False)
    assert w.brushed_dates() is None


@pytest.mark.parametrize("size", [(1400, 900), (1024, 600)], ids=["1400x900", "1024x600"])
def test_the_events_list_keeps_rows_below_a_tall_timeline(
    qtbot, make_window: Make, size: tuple[int, int]
) -> None:
    """At 1400x900 the list under the timeline showed two rows: it now keeps six where
    the page has room, three on a low screen, and the plot keeps the rest."""
    from khorasan_desktop.ui.timeline_view import LIST_ROWS

    w = make_window(restore=False)
    w.keep_on_screen = False
    w.resize(*size)
    w.show()
    qtbot.wait_exposed(w)
    page = _timeline_of(qtbot, w, ISKP)
    rows = page.events_view.verticalHeader().defaultSectionSize()
    want = LIST_ROWS if size[1] >= 900 else 3
    qtbot.wait_until(lambda: page.events_view.viewport().height() >= want * rows)
    assert page.plot.height() >= (300 if size[1] >= 900 else 60)
    assert page.scope_caption.isVisible() and page.scope_caption.height() > 0
    page.split.setSizes([10_000, 1])  # the reader drags the handle down: it stays there
    page.split.moved_by_reader = True
    page.resize(page.width(), page.height() - 1)
    assert page.split.sizes()[1] < page._list_height(want)  # not given back its rows
