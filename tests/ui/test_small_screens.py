"""A 1024x600 screen, and 2x scaling on a 1920x1080 one (960x540 logical pixels, which
is what Qt lays out in): nothing cut off on the right, the chart keeps its incident list."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget

from khorasan_desktop.ui.chart_view import ChartView
from khorasan_desktop.ui.main_window import MainWindow
from khorasan_desktop.ui.relation_graph import RelationGraphView

Make = Callable[..., MainWindow]


def _clipped(page: QWidget) -> list[str]:
    """Visible controls whose right edge lies beyond the page's."""
    out = []
    for w in page.findChildren(QWidget):
        if not w.isVisibleTo(page) or w.width() == 0:
            continue
        right = w.mapTo(page, QPoint(w.width(), 0)).x()
        if right > page.width() + 1:
            out.append(f"{type(w).__name__} {w.accessibleName() or w.objectName()}: {right}")
    return out


@pytest.mark.parametrize("size", [(1024, 600), (960, 540)], ids=["1024x600", "2x-1080p"])
def test_chart_fits_and_keeps_its_incident_list(qtbot, make_window: Make, size) -> None:
    w = make_window(restore=False)
    w.keep_on_screen = False
    w.resize(*size)
    w.show()
    qtbot.wait_exposed(w)
    w.open_view(("view", "chart"))
    chart = w.current_page()
    assert isinstance(chart, ChartView)
    qtbot.wait_until(lambda: chart.data is not None, timeout=15000)
    qtbot.wait(50)
    assert _clipped(chart.filters) == []
    assert chart.caption.width() <= chart.width()
    rows = chart.events_view.verticalHeader().defaultSectionSize()
    assert chart.events_view.viewport().height() >= 3 * rows  # the list shows rows
    assert "more in the tooltip" in chart.caption.text()  # the long caveat folded away
    assert "Coverage caveat" in chart.caption.toolTip()
    assert chart.plot.height() >= 100
    # the key leaves the bars the lower half of the plot, and no line runs past its width
    vb, key = chart.chart.plot.vb, chart.chart.legend
    assert chart.chart.figures  # the unscoped chart has published figures to list
    if key.isVisible():
        assert key.boundingRect().height() <= vb.height() / 2 + 1
        assert key.boundingRect().width() <= vb.width()
    # the side axes' titles run along the axis and are not cut at its ends
    for side in ("left", "right"):
        axis = chart.chart.plot.getAxis(side)
        if axis.isVisible():
            assert axis.label.boundingRect().width() <= axis.height() + 1, side
    assert chart.chart.plot.getAxis("right").toolTip().startswith("Published figures (")


@pytest.mark.parametrize("size", [(1024, 600), (960, 540)], ids=["1024x600", "2x-1080p"])
def test_graph_controls_fit_and_its_legend_leaves_room(qtbot, make_window: Make, size) -> None:
    w = make_window(restore=False)
    w.keep_on_screen = False
    w.resize(*size)
    w.show()
    qtbot.wait_exposed(w)
    w.open_location(("graph", "actor-iskp"), new_tab=True)
    view = w.current_page()
    assert isinstance(view, RelationGraphView)
    qtbot.wait_until(lambda: not view.is_loading(), timeout=15000)
    qtbot.wait(50)
    assert _clipped(view) == []
    assert view.legend.width() <= 0.3 * w.width()
    assert view.canvas.width() >= 1.4 * view.legend.width()


@pytest.mark.parametrize("size", [(1024, 600), (960, 540)], ids=["1024x600", "2x-1080p"])
def test_timeline_lanes_keep_readable_labels_on_a_low_screen(
    qtbot, make_window: Make, size
) -> None:
    """A busy entity's timeline (many lanes) on a low window: the lane labels never print
    over each other (every second or third is named when the lanes are thin), the plot,
    its legend and its caption do not overlap, and the list below keeps its rows."""
    from PySide6.QtGui import QFontMetricsF

    from khorasan_desktop.ui.timeline_view import TimelineView

    w = make_window(restore=False)
    w.keep_on_screen = False
    w.resize(*size)
    w.show()
    qtbot.wait_exposed(w)
    w.open_entity("actor-iskp")
    w.open_view(("view", "timeline"))
    page = w.current_page()
    assert isinstance(page, TimelineView)
    qtbot.wait_until(lambda: page.data is not None, timeout=15000)
    qtbot.wait(50)
    assert _clipped(page.filters) == []
    plot = page.timeline
    assert plot.rows >= 10  # enough lanes to crowd a low plot
    axis = plot.plot.getAxis("left")
    shown = sorted(y for y, _text in axis._tickLevels[0])
    font = axis.style.get("tickFont") or axis.font()
    line = QFontMetricsF(font).height()
    per_row = plot.plot.vb.height() / plot.rows
    gaps = [b - a for a, b in itertools.pairwise(shown)]
    assert shown and min(gaps) * per_row >= line - 0.5, (min(gaps), per_row, line)
    assert len(shown) < len(plot.labels)  # thinned here, every lane still on the keys
    tops = [x.mapTo(w, QPoint(0, 0)).y() for x in (page.legend, page.caption)]
    bottom_of_plot = page.plot.mapTo(w, page.plot.rect().bottomLeft()).y()
    assert bottom_of_plot <= tops[0] <= tops[1], (bottom_of_plot, tops)
    assert "more in the tooltip" in page.caption.text()
    rows = page.events_view.verticalHeader().defaultSectionSize()
    assert page.events_view.viewport().height() >= 2 * rows


def test_the_graph_legend_column_can_be_dragged_shut(qtbot, make_window: Make) -> None:
    """On a small screen the legend column folds away and the picture takes its width."""
    w = make_window(restore=False)
    w.keep_on_screen = False
    w.resize(1024, 600)
    w.show()
    qtbot.wait_exposed(w)
    w.open_location(("graph", "actor-iskp"), new_tab=True)
    view = w.current_page()
    assert isinstance(view, RelationGraphView)
    qtbot.wait_until(lambda: not view.is_loading() and bool(view.scene.nodes), timeout=15000)
    before = view.canvas.width()
    total = sum(view.body.sizes())
    view.body.setSizes([total, 0])  # what dragging the handle to the edge does
    qtbot.wait_until(lambda: view.canvas.width() > before + 200, timeout=3000)
    assert view.body.sizes()[1] == 0
    assert view.body.handle(1).accessibleName()
