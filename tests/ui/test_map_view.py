"""Map view: shading follows the data layer, clicks resolve to ids, styles stay legible."""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from khorasan_desktop.data.browse import IncidentPlace, PlaceIncident
from khorasan_desktop.data.reference import CountFilter, Reference
from khorasan_desktop.render import map as map_render
from khorasan_desktop.render.map import LEGEND_NOTE, NEUTRAL_FILL, color_for_count, project
from khorasan_desktop.ui import map_view
from khorasan_desktop.ui.map_view import MapView
from khorasan_desktop.ui.query import QueryRunner
from khorasan_desktop.ui.tasks import TaskRunner
from khorasan_desktop.views import map as map_kind

EMPTY = CountFilter(date_from="1900-01-01", date_to="1900-12-31")


@pytest.fixture
def view(ref: Reference, qtbot: QtBot) -> MapView:
    widget = MapView(ref)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _provinces(view: MapView) -> list[str]:
    return [r for r in view.region_ids() if r.startswith("prov-")]


@pytest.mark.parametrize(
    "flt",
    [
        CountFilter(),
        CountFilter(attributions=("claimed",)),
        CountFilter(country_id="country-pak"),
    ],
    ids=["all", "claimed", "pakistan"],
)
def test_shading_matches_data_layer(view: MapView, ref: Reference, flt: CountFilter) -> None:
    view.set_filter(flt)
    expected = ref.province_counts(flt)
    assert expected, "fixture data should have incidents for this filter"
    shaded = view.province_counts()
    assert shaded | view.off_map_counts() == expected
    assert set(shaded) <= set(view.region_ids())
    for region_id in _provinces(view):
        assert view.fill_color(region_id) == color_for_count(expected.get(region_id, 0))


def test_pakistan_filter_shades_only_pakistan(view: MapView) -> None:
    view.set_filter(CountFilter(country_id="country-pak"))
    assert view.province_counts()
    assert all(r.startswith("prov-pak-") for r in view.province_counts())
    assert view.fill_color("prov-afg-nangarhar") == NEUTRAL_FILL
    assert "Pakistan" in view.caption_text()


def test_nangarhar_differs_from_zero_province(view: MapView, ref: Reference) -> None:
    counts = ref.province_counts(CountFilter())
    zero = next(r for r in _provinces(view) if r.startswith("prov-afg-") and r not in counts)
    assert counts["prov-afg-nangarhar"] > 0
    assert view.fill_color("prov-afg-nangarhar") != view.fill_color(zero)
    assert view.fill_color(zero) == NEUTRAL_FILL


def test_tooltip_names_province_country_and_count(view: MapView, ref: Reference) -> None:
    n = ref.province_counts(CountFilter())["prov-afg-nangarhar"]
    assert view.region_tooltip("prov-afg-nangarhar") == (
        f"Nangarhar (Afghanistan): {n} documented incidents"
    )


def test_click_on_kunar_emits_region_id(view: MapView, qtbot: QtBot) -> None:
    inside_kunar = project(35.2, 71.2)  # north of Asadabad, away from its marker
    with qtbot.waitSignal(view.entityActivated, timeout=1000) as blocker:
        assert view.activate_at(inside_kunar) == "prov-afg-kunar"
    assert blocker.args == ["prov-afg-kunar"]


def test_real_mouse_click_goes_through_the_view(view: MapView, qtbot: QtBot) -> None:
    pos = view.view.mapFromScene(project(35.2, 71.2))
    with qtbot.waitSignal(view.entityActivated, timeout=1000) as blocker:
        qtbot.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == ["prov-afg-kunar"]


def test_click_on_country_without_provinces(view: MapView, qtbot: QtBot) -> None:
    with qtbot.waitSignal(view.entityActivated, timeout=1000) as blocker:
        view.activate_at(project(36.0, 80.0))  # Xinjiang
    assert blocker.args == ["country-chn"]


def test_click_on_a_single_incident_opens_it_and_on_a_cluster_lists_all(
    view: MapView, ref: Reference, qtbot: QtBot
) -> None:
    single = next(
        m for m in view.point_items() if m.isVisible() and m.count == 1 and not m.clustered
    )
    with qtbot.waitSignal(view.entityActivated, timeout=1000) as blocker:
        view.activate_at(single.pos())
    assert blocker.args == [single.incident_id]
    assert ref.event_rows([single.incident_id])[single.incident_id].name in single.toolTip()
    marker = max(view.point_items(), key=lambda m: m.count)  # the Kabul cluster
    assert marker.count > 1 and marker.isVisible()
    with qtbot.waitSignal(view.clusterListed, timeout=3000) as listed:
        view.activate_at(marker.pos())
    assert listed.args == [marker.count]  # every incident, not the latest only
    assert view.cluster_model.rowCount() == marker.count
    assert f"{marker.count} incidents" in view.cluster_label.text()
    ids = view.cluster_model.ids
    rows = ref.event_rows(ids)
    starts = [rows[i].date_start or "" for i in ids]
    assert starts == sorted(starts, reverse=True)  # most recent first
    cells = {m.place.cell for m in marker.members}
    points = {p.id: p for p in ref.incident_points(CountFilter())}
    cell = view._cell
    assert {map_kind.cell_of(points[i].latitude, points[i].longitude, cell) for i in ids} == cells


def test_markers_are_grid_cells(view: MapView, ref: Reference) -> None:
    points = ref.incident_points(CountFilter())
    markers = view.point_items()
    assert sum(m.place.count for m in markers) == len(points)
    # clusters stand for their members: the drawn totals add up to the same
    assert sum(m.count for m in markers if m.isVisible()) == len(points)
    cells = {map_kind.cell_of(p.latitude, p.longitude, view._cell) for p in points}
    assert {m.place.cell for m in markers} == cells
    assert len(markers) == len(cells) < len(points)
    big = max(markers, key=lambda m: m.count)
    small = min(markers, key=lambda m: m.count)
    assert big.rect().width() > small.rect().width()


def test_clusters_never_overlap_and_split_when_zoomed_in(view: MapView, qtbot: QtBot) -> None:
    def overlaps() -> int:
        to_view = view.view.viewportTransform()
        shown = [
            (to_view.map(m.pos()), m.rect().width() / 2)
            for m in view.point_items()
            if m.isVisible()
        ]
        return sum(
            1
            for i, (a, ra) in enumerate(shown)
            for b, rb in shown[i + 1 :]
            if ((a.x() - b.x()) ** 2 + (a.y() - b.y()) ** 2) ** 0.5 < ra + rb
        )

    def shown_in(area: QRectF) -> int:
        return len([m for m in view.point_items() if m.isVisible() and area.contains(m.pos())])

    home = [m for m in view.point_items() if m.isVisible()]
    home_cell = view._cell
    assert overlaps() == 0 and any(m.clustered for m in home)  # Kabul and Nangarhar merged
    kabul = max(home, key=lambda m: m.count)
    view.view.centerOn(kabul.pos())
    half = view.view.mapToScene(view.view.viewport().rect()).boundingRect()
    area = QRectF(0, 0, half.width() / 6, half.height() / 6)
    area.moveCenter(kabul.pos())
    before = shown_in(area)
    with qtbot.waitSignal(view.refreshed, timeout=5000):  # a finer grid for the area shown
        view.zoom_by(6.0)
    assert view._cell < home_cell and view._bbox is not None
    assert overlaps() == 0
    assert shown_in(area) > before
    with qtbot.waitSignal(view.refreshed, timeout=5000):  # back home: the whole scope again
        view.reset_view()
    assert view._cell == home_cell and view._bbox is None


def test_scale_bar_is_a_round_length() -> None:
    from khorasan_desktop.render.map import scale_bar

    px, km = scale_bar(2.0)  # 2 px per scene unit: 200 px per degree, 1.8 px per km
    assert km == 50 and px == pytest.approx(50 * 2.0 * 100 / 111.32)
    assert scale_bar(20.0)[1] < km


def test_exact_and_approximate_points_styled_differently(view: MapView) -> None:
    exact = [m for m in view.point_items() if m.exact]
    approx = [m for m in view.point_items() if not m.exact]
    assert exact and approx
    assert exact[0].brush().style() == Qt.BrushStyle.SolidPattern
    assert approx[0].brush().style() == Qt.BrushStyle.NoBrush
    assert "approximate" in approx[0].toolTip()


def test_empty_filter_is_neutral_and_says_so(view: MapView) -> None:
    view.set_filter(EMPTY)
    assert view.province_counts() == {}
    assert view.point_items() == []
    assert all(view.fill_color(r) == NEUTRAL_FILL for r in _provinces(view))
    assert "no incidents" in view.caption_text()
    assert not view.grab().isNull()
    view.set_filter(CountFilter())
    assert view.point_items()


def test_filter_change_restyles_without_rebuilding(view: MapView) -> None:
    before = {id(i) for i in view.scene.items() if isinstance(i, map_render.RegionItem)}
    view.set_filter(CountFilter(attributions=("claimed",)))
    after = {id(i) for i in view.scene.items() if isinstance(i, map_render.RegionItem)}
    assert before == after
    assert map_render._geometry() is map_render._geometry()


def test_legend_classes_are_contiguous_and_noted(view: MapView) -> None:
    classes = view.legend_classes()
    assert classes[0].lo == 0 and classes[0].hi == 0 and classes[0].color == NEUTRAL_FILL
    assert classes[-1].hi is None
    for prev, cur in itertools.pairwise(classes):
        assert prev.hi is not None and cur.lo == prev.hi + 1
    assert len({c.color.name() for c in classes}) == len(classes)
    assert LEGEND_NOTE == "Documented incidents (sample; coverage varies)"
    assert LEGEND_NOTE in view.legend.note.text()


def test_labels_include_countries_and_active_provinces(view: MapView) -> None:
    labels = view.visible_labels()
    assert {"AFGHANISTAN", "PAKISTAN", "IRAN"} <= set(labels)
    assert "Herat" in labels
    view.zoom_by(2.0)  # at home Nangarhar's incidents join the Kabul cluster over its name
    assert "Nangarhar" in view.visible_labels()


def test_zoom_and_reset(view: MapView, qtbot: QtBot) -> None:
    assert view.zoom_level() == pytest.approx(1.0)
    view.zoom_by(2.0)
    assert view.zoom_level() == pytest.approx(2.0)
    qtbot.keyClick(view.view, Qt.Key.Key_Minus)
    assert view.zoom_level() == pytest.approx(2.0 / 1.25)
    view.zoom_by(1000.0)
    assert view.zoom_level() == pytest.approx(map_view.MAX_ZOOM)
    view.reset_view()
    assert view.zoom_level() == pytest.approx(1.0)


def test_projection_is_north_up_and_not_stretched() -> None:
    origin = project(34.0, 69.0)
    east = project(34.0, 70.0) - origin
    north = project(35.0, 69.0) - origin
    assert north.y() < 0 and north.x() == 0
    assert east.x() / -north.y() == pytest.approx(math.cos(math.radians(34.0)))


def test_home_view_frames_afghanistan_and_pakistan(view: MapView) -> None:
    visible = view.view.mapToScene(view.view.viewport().rect()).boundingRect()
    for lat, lon in ((38.4, 71.0), (29.4, 61.0), (24.0, 67.0), (35.0, 77.5)):
        assert visible.contains(project(lat, lon)), (lat, lon)
    assert not visible.contains(project(34.0, 50.0))  # Tehran is out of frame


def test_fill_color_returns_a_copy(view: MapView) -> None:
    color = view.fill_color("prov-afg-kabul")
    color.setRgb(0, 0, 0)
    assert view.fill_color("prov-afg-kabul") != QColor(0, 0, 0)


def test_background_refresh_arrives_with_refreshed(ref: Reference, qtbot: QtBot) -> None:
    runner = TaskRunner()
    view = MapView(ref, query=QueryRunner(ref, runner))
    qtbot.addWidget(view)
    if view.is_loading():  # the first refresh is still on its way
        qtbot.waitSignal(view.refreshed, timeout=10000).wait()
    flt = CountFilter(country_id="country-pak")
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.set_filter(flt)
        assert view.is_loading()
        assert "Loading…" in view.caption_text()
    assert not view.is_loading()
    expected = ref.province_counts(flt)
    assert view.province_counts() | view.off_map_counts() == expected
    for region_id in _provinces(view):
        assert view.fill_color(region_id) == color_for_count(expected.get(region_id, 0))
    assert "Loading" not in view.caption_text()
    assert view.point_items()
    runner.wait()


def test_newer_filter_wins_over_a_pending_one(ref: Reference, qtbot: QtBot) -> None:
    runner = TaskRunner()
    view = MapView(ref, query=QueryRunner(ref, runner))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.refreshed, timeout=10000):
        view.set_filter(CountFilter(country_id="country-pak"))
        view.set_filter(EMPTY)
    assert view.current_filter() == EMPTY
    assert view.province_counts() == {} and view.point_items() == []
    assert "no incidents" in view.caption_text()
    runner.wait()


def test_busiest_places_only_when_over_the_limit(
    view: MapView, monkeypatch: pytest.MonkeyPatch
) -> None:
    def place(i: int) -> IncidentPlace:
        incident = PlaceIncident(f"event-{i}", f"Incident {i}", "1 May 2020", "Somewhere")
        lat = 30.0 + i
        return IncidentPlace(lat, 65.0, True, 1, (incident,), (i, 0), (lat, 65.0, lat, 65.0))

    places = [place(i) for i in range(5)]
    monkeypatch.setattr(view.ref, "incident_places", lambda flt, cell, limit, bbox: (places, 9000))
    view.set_filter(CountFilter())
    assert len(view.point_items()) == 5
    assert "showing the 5 busiest of 9,000 areas" in view.caption_text()
    marker = view.point_items()[0]
    assert marker.incident_id == "event-0"
    assert "1 May 2020 — Incident 0" in marker.toolTip()


def test_a_filter_change_loads_the_map_view_in_one_call(
    view: MapView, ref: Reference, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[object] = []
    original = view.query.submit

    def counting(channel: str, method: object, *args: object, **kw: object) -> None:
        calls.append(method)
        original(channel, method, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(view.query, "submit", counting)
    drawn: list[map_view.MapViewData] = []

    def steps(d: map_view.MapViewData) -> Iterator[int]:
        drawn.append(d)
        yield 0

    monkeypatch.setattr(view.scene, "show_steps", steps)
    flt = CountFilter(country_id="country-pak")
    view.set_filter(flt)
    assert calls == [map_view._load_map]
    assert len(drawn) == 1 and drawn[0].resolved.flt == flt
    assert dict(drawn[0].province_counts) == ref.province_counts(flt)


def test_markers_made_in_slices_draw_what_one_pass_draws(
    ref: Reference, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a worker pool the markers are made a slice at a time between repaints; the
    map ends with the same markers, clusters and caption as made at once."""
    steps: list[int] = []
    original = map_render.MapScene.show_steps

    def sliced(self: map_render.MapScene, data: object, slice_size: int = 3) -> Iterator[int]:
        for made in original(self, data, 3):  # type: ignore[arg-type]
            steps.append(made)
            yield made

    monkeypatch.setattr(map_render.MapScene, "show_steps", sliced)
    inline = MapView(ref)
    qtbot.addWidget(inline)
    runner = TaskRunner()
    background = MapView(ref, query=QueryRunner(ref, runner))
    qtbot.addWidget(background)
    for w in (inline, background):
        w.resize(1200, 800)
        w.show()
    qtbot.waitExposed(background)
    steps.clear()
    with qtbot.waitSignal(background.refreshed, timeout=10000):
        background.set_filter(CountFilter())
        assert background.is_loading()
    assert len(steps) > 3 and steps[-1] == len(background.point_items())
    inline.set_filter(CountFilter())

    def drawn(v: MapView) -> list[tuple[tuple[int, int], int, bool]]:
        return sorted((m.place.cell, m.count, m.isVisible()) for m in v.point_items())

    assert drawn(background) == drawn(inline)
    assert background.caption_text() == inline.caption_text()
    runner.wait()


def test_a_closed_map_is_freed_after_its_background_query(ref: Reference, qtbot: QtBot) -> None:
    """The query's callbacks name the view; once the task reports, nothing may keep them
    (each closed map kept its markers, data and caches before)."""
    import gc
    import weakref

    runner = TaskRunner()
    view = MapView(ref, query=QueryRunner(ref, runner))
    if view.is_loading():
        with qtbot.waitSignal(view.refreshed, timeout=10000):
            pass
    gone = weakref.ref(view)
    view.deleteLater()  # as a closed tab is
    del view

    def freed() -> bool:
        gc.collect()
        return gone() is None

    qtbot.wait_until(freed, timeout=5000)
    runner.wait()


def test_the_warm_up_makes_the_map_outlines_off_the_gui_thread(
    qtbot, make_window, monkeypatch
) -> None:
    """Once the window is up, the outlines the first map needs are parsed on a worker
    thread (they stalled the window about 45 ms when the first map opened)."""
    import threading

    from khorasan_desktop.render import map as render_map

    made_on: list[threading.Thread] = []
    real = render_map._geometry

    def geometry():  # type: ignore[no-untyped-def]
        made_on.append(threading.current_thread())
        return real()

    monkeypatch.setattr(render_map, "_geometry", geometry)
    w = make_window(restore=False)
    task = w.warm_up()
    qtbot.waitUntil(lambda: task not in w.runner._live, timeout=10000)
    assert made_on and made_on[0] is not threading.main_thread()
