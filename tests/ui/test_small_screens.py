"""A 1024x600 screen, and 2x scaling on a 1920x1080 one (960x540 logical pixels, which
is what Qt lays out in): nothing cut off on the right, the chart keeps its incident list."""

from __future__ import annotations

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
