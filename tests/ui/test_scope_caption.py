"""Issue 14: the GUI's events tables carry the coverage caveat and the published figures
for their scope, the very ones the view's data gives the PDF and the exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette

from khorasan_desktop.core.viewspec import parse
from khorasan_desktop.data.reference import CountFilter, Reference
from khorasan_desktop.data.userdb import UserStore
from khorasan_desktop.render.palette import DARK, LIGHT
from khorasan_desktop.ui import theme
from khorasan_desktop.ui.chart_view import ChartView
from khorasan_desktop.ui.entity_page import EntityPage
from khorasan_desktop.ui.scope_caption import ScopeCaption
from khorasan_desktop.views import chart as chart_view
from khorasan_desktop.views import entity as entity_kind
from khorasan_desktop.views import events as events_kind


def test_chart_incident_list_shows_the_chart_views_figures(
    qtbot, ref: Reference, tmp_path: Path
) -> None:
    user_db = tmp_path / "u.sqlite"
    view = ChartView(ref, user_db=user_db)
    qtbot.addWidget(view)
    spec = parse("chart:country=Afghanistan,from=2021,to=2021")
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        view.apply_spec(spec)
    assert view.data is not None
    figures = view.data.figures
    assert view.scope_caption.figures is figures  # the view's own, not a second reading
    # ... and the events view of the same scope (the PDF's table, the export) has the same.
    events = events_kind.load(
        ref, events_kind.resolve(ref, parse("events" + spec.text()[5:]), user_db), user_db
    )
    assert events.figures == figures
    ids = [s.id for s in figures.statistics]
    assert "stat-001" in ids  # the UN's 152 attacks in August-December 2021
    # The figures beside the list; the caveat is the chart caption's, from the same data.
    text = view.scope_caption.plain_text()
    assert text.startswith(f"Published for this scope ({len(ids)} figures")
    assert figures.caveat and figures.caveat.split(":")[0] in view.caption.text()
    tip = view.scope_caption.toolTip()
    assert "Coverage caveat: Documented incidents are a compiled sample" in tip
    assert "152 attacks by ISIL-KP in 16 provinces" in tip
    assert all(
        s.source.split(" | ")[0][:40].replace("&", "&amp;") in tip for s in figures.statistics
    )
    assert not view.scope_caption.isHidden()


def test_entity_events_tab_shows_the_entity_views_figures(
    qtbot, ref: Reference, tmp_path: Path
) -> None:
    user = UserStore(tmp_path / "user.sqlite")
    try:
        for name in ("actor-iskp", "country-afg"):
            data = entity_kind.load(ref, entity_kind.resolve(ref, parse(f"entity:{name}")))
            page = EntityPage(ref, user, data.entity.id)
            qtbot.addWidget(page)
            assert page.scope_caption.figures == data.figures
            assert data.figures is not None and data.figures.statistics
            assert data.figures.caveat == ref.meta["coverage_caveat"]
            for s in data.figures.statistics:
                assert s.value_text[:30] in page.scope_caption.toolTip().replace("&quot;", '"')
        # An event's page lists no events: no caption.
        page = EntityPage(ref, user, "isk-2021-08-26-kabul")
        qtbot.addWidget(page)
        assert page.scope_caption.figures is None and page.scope_caption.isHidden()
    finally:
        user.close()


def test_caption_follows_the_theme_and_elides_to_its_width(qtbot, ref: Reference) -> None:
    from khorasan_desktop.views.statistics import scope_figures

    caption = ScopeCaption()
    qtbot.addWidget(caption)
    caption.resize(300, 20)
    caption.show_figures(scope_figures(ref, CountFilter(country_id="country-afg")))
    role = QPalette.ColorRole.WindowText
    theme.apply("light")
    assert caption.palette().color(role).name() == LIGHT.warning
    theme.apply("dark")
    assert caption.palette().color(role).name() == DARK.warning
    assert caption.text().endswith("…") and len(caption.text()) < len(caption.plain_text())
    caption.resize(6000, 20)
    assert caption.text() == caption.plain_text()
    # Imported data sets only: no caveat, the figures in the muted colour.
    caption.show_figures(scope_figures(ref, CountFilter(country_id="country-afg"), False))
    assert not caption.plain_text().startswith("Coverage caveat")
    assert caption.palette().color(role).name() == DARK.muted


def test_chart_scope_figures_are_the_chart_views(ref: Reference, tmp_path: Path) -> None:
    """The picture's markers, the published-figures tab and the caption read one list."""
    data = chart_view.load(
        ref,
        chart_view.resolve(ref, parse("chart:from=2023,to=2023"), tmp_path / "u"),
        tmp_path / "u",
    )
    assert data.statistics is data.figures.statistics
    assert all(s.period_start and s.period_start <= "2023-12-31" for s in data.statistics)
    assert all(s.period_end and s.period_end >= "2023-01-01" for s in data.statistics)


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_saving_an_events_table_writes_its_caveat_and_figures(
    qtbot, ref: Reference, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    """The entity page's events table saved from its menu: the rows, and beside them (the
    JSON's meta, the CSV's sidecar) the caption's caveat and figures."""
    from PySide6.QtWidgets import QFileDialog

    from khorasan_desktop.data import tables
    from khorasan_desktop.ui import table_export

    user = UserStore(tmp_path / "user.sqlite")
    try:
        page = EntityPage(ref, user, "actor-iskp")
        qtbot.addWidget(page)
        figures = page.scope_caption.figures
        assert figures is not None
        out = tmp_path / f"iskp.{fmt}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
        menu = table_export.export_menu(
            page.events_view, lambda: "events linked to actor-iskp", lambda: figures.meta()
        )
        action = next(a for a in menu.actions() if a.text() == table_export.ACTION_TEXT[fmt])
        action.trigger()
        side = out if fmt == "json" else tables.sidecar_path(out)
        meta = json.loads(side.read_text(encoding="utf-8"))["meta"]
        assert meta["coverage_caveat"] == ref.meta["coverage_caveat"]
        assert [f["id"] for f in meta["published_figures"]] == [s.id for s in figures.statistics]
        assert meta["view"] == "events linked to actor-iskp"
    finally:
        user.close()


def test_map_and_timeline_sections_print_their_views_figures(
    qtbot, ref: Reference, tmp_path: Path
) -> None:
    """The PDF's map and timeline sections print the caveat and the published figures
    their view's data carries, as the events and chart sections do."""
    from khorasan_desktop.report import compose
    from khorasan_desktop.report.document import ReportDocument
    from khorasan_desktop.views import map as map_kind
    from khorasan_desktop.views import timeline as timeline_kind

    user_db = tmp_path / "u.sqlite"
    doc = ReportDocument("t", "")
    mspec = parse("map:country=Afghanistan,from=2021,to=2021")
    mdata = map_kind.load(ref, map_kind.resolve(ref, mspec, user_db), user_db)
    tspec = parse("timeline:ISIS-K,from=2021,to=2021")
    tdata = timeline_kind.load(ref, timeline_kind.resolve(ref, tspec, user_db), user_db)
    sections = (
        (mdata.figures, compose._map_section(ref, mdata, doc, None, "m")),
        (tdata.figures, compose._timeline_section(ref, tdata, doc, None, "t", None, {})),
    )
    for figures, html in sections:
        assert figures.caveat == ref.meta["coverage_caveat"]
        assert figures.statistics and "stat-001" in {s.id for s in figures.statistics}
        assert "Coverage caveat." in html
        assert f"Published figures for this scope ({len(figures.statistics)})" in html
        assert all(compose.esc(s.value_text) in html for s in figures.statistics)


def test_map_and_timeline_pages_show_their_views_figures(
    qtbot, ref: Reference, tmp_path: Path
) -> None:
    """The map's counts and the timeline's events list carry the figures of the data they
    draw: the map with the caveat, the timeline beside its list (its caption has it)."""
    from khorasan_desktop.ui.map_view import MapView
    from khorasan_desktop.ui.timeline_view import TimelineView
    from khorasan_desktop.views import map as map_kind
    from khorasan_desktop.views import timeline as timeline_kind

    user_db = tmp_path / "u.sqlite"
    mdata = map_kind.load(
        ref, map_kind.resolve(ref, parse("map:from=2021,to=2021"), user_db), user_db
    )
    gui = MapView(ref, user_db=user_db)
    qtbot.addWidget(gui)
    gui.show_data(mdata)
    assert gui.scope_caption.figures is mdata.figures
    assert gui.scope_caption.plain_text().startswith("Coverage caveat: Documented incidents")
    timeline = TimelineView(ref)
    qtbot.addWidget(timeline)
    tspec = parse("timeline:ISIS-K,from=2021,to=2021")
    tdata = timeline_kind.load(ref, timeline_kind.resolve(ref, tspec, user_db), user_db)
    timeline.show_data(tdata)
    assert timeline.scope_caption.figures is tdata.figures
    assert timeline.scope_caption.plain_text().startswith("Published for this scope")
    assert "Coverage caveat" in timeline.caption.text()
