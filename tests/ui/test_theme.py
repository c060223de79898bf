"""Light, dark and system themes: the setting, the views that draw, and legibility."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from khorasan_desktop.render import graph as graph_render
from khorasan_desktop.render import map as map_render
from khorasan_desktop.render.palette import DARK, LIGHT, Colours
from khorasan_desktop.ui import theme
from khorasan_desktop.ui.chart_view import ChartView
from khorasan_desktop.ui.main_window import MainWindow
from khorasan_desktop.ui.map_view import MapView
from khorasan_desktop.ui.relation_graph import RelationGraphView

Make = Callable[..., MainWindow]


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours."""

    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("colours", [LIGHT, DARK], ids=["light", "dark"])
def test_every_drawn_mark_stands_out_from_its_ground(colours: Colours) -> None:
    """Legend text, relation lines, map markers and labels read on the ground they sit on
    (text 4.5:1, lines and symbols 3:1, the WCAG thresholds)."""
    c = colours.qcolor
    assert contrast(c("ink"), c("canvas")) >= 4.5
    assert contrast(c("muted"), c("canvas")) >= 4.5
    for group in (*graph_render.EDGE_GROUPS, graph_render.OTHER_GROUP):
        assert contrast(colours.line(group.colour), c("canvas")) >= 3.0, group.label
    for ground in ("land", "sea", "no_data_land"):
        assert contrast(c("marker"), c(ground)) >= 3.0, ground
    assert contrast(c("province_label"), c("land")) >= 4.5
    assert contrast(c("focus"), c("canvas")) >= 3.0
    assert contrast(c("warning"), c("canvas")) >= 4.5


def test_dark_palette_text_reads() -> None:
    p = theme.dark_palette()
    role = QPalette.ColorRole
    for text, ground in ((role.WindowText, role.Window), (role.Text, role.Base)):
        assert contrast(p.color(text), p.color(ground)) >= 7.0
    assert contrast(p.color(role.Link), p.color(role.Base)) >= 4.5


def test_view_menu_switches_every_view_and_remembers(qtbot, make_window: Make) -> None:
    w = make_window(restore=False)
    for location in (("graph", "actor-iskp"), ("view", "chart"), ("view", "map")):
        w.open_location(location, new_tab=True)
    qtbot.wait_until(lambda: not w.query.pending, timeout=15000)
    graph = w.findChild(RelationGraphView)
    chart = w.findChild(ChartView)
    map_view = w.findChild(MapView)
    assert graph is not None and chart is not None and map_view is not None
    qtbot.wait_until(lambda: not graph.is_loading() and bool(graph.scene.edges), timeout=15000)

    w.theme_actions["dark"].trigger()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.3
    assert graph.scene.colours is DARK
    edge = next(iter(graph.scene.edges.values()))
    assert edge.pen().color().lightnessF() >= 0.6  # lifted off the dark ground
    assert graph.canvas.backgroundBrush().color() == QColor(DARK.canvas)
    assert chart.plot.backgroundBrush().color() == QColor(DARK.canvas)
    assert chart.plot.getAxis("left").textPen().color() == QColor(DARK.ink)
    assert map_view.scene.colours is DARK
    assert map_view.scene.backgroundBrush().color() == QColor(DARK.sea)
    assert map_view.fill_color("prov-afg-bamyan") in (
        QColor(DARK.land),
        *(cls.color for cls in map_render.CLASSES[1:]),
    )
    assert DARK.warning in chart.caption.text()
    assert w.settings.value(theme.SETTING) == "dark"

    w.theme_actions["light"].trigger()
    assert graph.scene.colours is LIGHT and map_view.scene.colours is LIGHT
    assert app.palette().color(QPalette.ColorRole.Window).lightnessF() > 0.7
    w.set_theme("dark")
    w.close()
    theme.apply("system")
    again = make_window(restore=False)  # a new start reads the saved choice
    assert theme.mode() == "dark" and again.theme_actions["dark"].isChecked()


def test_reports_stay_light_under_the_dark_theme(qtbot, make_window: Make, ref) -> None:
    make_window(restore=False).set_theme("dark", save=False)
    assert theme.is_dark()
    scene = map_render.MapScene(ref.region_shapes())
    assert scene.backgroundBrush().color() == map_render.BACKGROUND
    assert graph_render.GraphScene().colours is LIGHT


def test_timeline_legend_and_caption_follow_the_theme(qtbot, make_window: Make) -> None:
    from khorasan_desktop.ui.timeline_view import TimelineView

    w = make_window(restore=False)
    w.open_view(("view", "timeline"))
    view = w.current_page()
    assert isinstance(view, TimelineView)
    qtbot.wait_until(lambda: view.data is not None, timeout=15000)
    assert LIGHT.warning in view.caption.text()
    w.set_theme("dark", save=False)
    assert DARK.warning in view.caption.text()
    assert view.timeline.plot.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_timeline_plot_is_legible_in_the_dark_and_its_print_stays_light(
    qtbot, make_window: Make
) -> None:
    from khorasan_desktop.render import timeline as timeline_render
    from khorasan_desktop.ui.timeline_view import TimelineView

    w = make_window(restore=False)
    w.open_entity("actor-iskp")
    w.open_view(("view", "timeline"))
    view = w.current_page()
    assert isinstance(view, TimelineView)
    qtbot.wait_until(lambda: view.data is not None and bool(view.data.bars), timeout=15000)
    w.set_theme("dark", save=False)
    ground = QColor(DARK.canvas)
    assert view.plot.backgroundBrush().color() == ground
    axis = view.timeline.plot.getAxis("left")
    assert axis.textPen().color() == QColor(DARK.ink)
    shades = timeline_render.swatches(DARK)
    for kind in ("tick", "density", "relation", "leadership"):  # every mark reads
        assert contrast(shades[kind], ground) >= 3.0, kind
    assert view.timeline.ticks.opts["pen"].color() == shades["tick"]
    day = next(m for m in view.data.marks if m.precision == "day")  # type: ignore[union-attr]
    drawn = view.timeline.spans.opts["brushes"][list(view.data.marks).index(day)]  # type: ignore[union-attr]
    assert contrast(QColor(drawn.color().rgb()), ground) >= 3.0
    # the pale "no end stated" stub stays between the ground and its bar
    assert contrast(shades["open"], ground) < contrast(shades["relation"], ground)
    # the report's picture keeps the light colours whatever the theme
    _scene, printed = timeline_render.offscreen_plot(600, 300)
    printed.draw(view.data)  # type: ignore[arg-type]
    assert printed.colours == LIGHT
    assert printed.ticks.opts["pen"].color() == QColor(timeline_render.EVENT_COLOR)
    w.set_theme("light", save=False)
    assert view.plot.backgroundBrush().color() == QColor(LIGHT.canvas)
    assert view.timeline.ticks.opts["pen"].color() == QColor(timeline_render.EVENT_COLOR)
