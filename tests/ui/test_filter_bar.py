"""The shared filter bar's year sliders: one date filter with the spin boxes, in the chart
and the map, reachable by keyboard and named for screen readers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from khorasan_desktop.data.reference import Reference
from khorasan_desktop.ui.chart_view import ChartView
from khorasan_desktop.ui.filter_bar import ElidingCombo, FilterBar
from khorasan_desktop.ui.main_window import MainWindow
from khorasan_desktop.ui.map_view import MapView


@pytest.fixture(params=["chart", "map"])
def bar(request: pytest.FixtureRequest, ref: Reference, qtbot: QtBot, tmp_path: Path) -> FilterBar:
    if request.param == "chart":
        view: ChartView | MapView = ChartView(ref, user_db=tmp_path / "u.sqlite")
    else:
        view = MapView(ref, user_db=tmp_path / "u.sqlite")
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    return view.filters


def test_sliders_are_visible_named_and_span_the_years(bar: FilterBar) -> None:
    for slider, spin, name in (
        (bar.slider_from, bar.year_from, "First year"),
        (bar.slider_to, bar.year_to, "Last year"),
    ):
        assert slider.isVisible()
        assert slider.accessibleName() == name
        assert (slider.minimum(), slider.maximum()) == (spin.minimum(), spin.maximum())
        assert slider.value() == spin.value()


def test_dragging_the_first_year_slider_filters_once_after_the_pause(
    bar: FilterBar, qtbot: QtBot
) -> None:
    start = bar.year_from.value()
    target = start + 2
    assert target < bar.year_to.value()
    emitted: list[None] = []
    bar.changed.connect(lambda: emitted.append(None))
    with qtbot.waitSignal(bar.changed, timeout=2000):
        for year in range(start + 1, target + 1):  # a drag passes years
            bar.slider_from.setValue(year)
    assert len(emitted) == 1
    assert bar.year_from.value() == target
    assert bar.filter().date_from == f"{target:04d}-01-01"


def test_keyboard_moves_the_last_year_and_the_box_follows(bar: FilterBar, qtbot: QtBot) -> None:
    bar.slider_to.setFocus()
    qtbot.wait_until(bar.slider_to.hasFocus)
    last = bar.year_to.value()
    with qtbot.waitSignal(bar.changed, timeout=2000):
        qtbot.keyClick(bar.slider_to, Qt.Key.Key_Left)
    assert bar.year_to.value() == last - 1
    assert bar.filter().date_to == f"{last - 1:04d}-12-31"


def test_spin_box_and_brushed_dates_move_the_sliders(bar: FilterBar) -> None:
    bar.year_to.setValue(bar.year_to.maximum() - 2)
    assert bar.slider_to.value() == bar.year_to.maximum() - 2
    bar.set_dates(("2019-03-01", "2020-06-30"))
    assert (bar.slider_from.value(), bar.slider_to.value()) == (2019, 2020)
    assert bar.filter().date_from == "2019-03-01"  # the sliders did not undo the dates


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: the popup
def test_long_actor_name_ends_with_an_ellipsis_and_is_whole_in_the_tooltip(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    w = make_window(restore=False)
    w.keep_on_screen = False
    w.resize(1024, 600)
    w.show()
    qtbot.wait_exposed(w)
    w.open_view(("view", "chart"))
    chart = w.current_page()
    assert isinstance(chart, ChartView)
    qtbot.wait_until(lambda: chart.data is not None, timeout=15000)
    for slider in (chart.filters.slider_from, chart.filters.slider_to):
        assert slider.isVisible() and slider.width() >= 30  # the year sliders fit too
    chart.filters.set_value("actor", "actor-iskp")
    combo = chart.filters.combos["actor"]
    assert isinstance(combo, ElidingCombo)
    full = combo.currentText()
    assert full == "Islamic State Khorasan Province"
    shown = combo.display_text()
    assert shown != full and shown.endswith("…")  # too long for the box at this size
    assert full.startswith(shown[:-1])
    _opt, field = combo._field()
    assert combo.fontMetrics().horizontalAdvance(shown) <= field
    assert combo.toolTip() == full
    combo.showPopup()
    wide = combo.fontMetrics().horizontalAdvance(full)
    qtbot.wait_until(lambda: combo.view().width() >= wide)
    combo.hidePopup()
