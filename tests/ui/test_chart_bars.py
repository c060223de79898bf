"""The counts chart as an analyst reads it: a bar's tooltip and selection, the 0 tick,
labels that never overlap, published figures drawn as what they are, the list that
follows the bars, and the keyboard's path through the bars."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from khorasan_desktop.core import dates
from khorasan_desktop.core.viewspec import parse
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.render import chart as chart_render
from khorasan_desktop.ui.chart_view import ChartView
from khorasan_desktop.views import chart as chart_view


def _chart(qtbot, ref: Reference, tmp_path: Path, text: str) -> ChartView:
    user_db = tmp_path / "u.sqlite"
    view = ChartView(ref, user_db=user_db)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    view.show_data(chart_view.load(ref, chart_view.resolve(ref, parse(text), user_db), user_db))
    return view


def test_imprecise_dates_are_counted_apart_and_named_per_bin() -> None:
    rows = [("2021-01-01", "2021-12-31", "year", 3), ("2021-03-04", "2021-03-04", "day", 2)]
    counts = dates.count_bins(rows, "quarter")
    assert [(b.period, b.count) for b in counts.bins] == [("2021-Q1", 2)]
    assert counts.imprecise == 3 and counts.total == 5
    assert {b.period: b.count for b in counts.overlapping} == {f"2021-Q{q}": 3 for q in range(1, 5)}
    clipped = dates.count_bins(rows, "month", "2021-06-01", "2021-07-31")
    assert [b.period for b in clipped.overlapping] == ["2021-06", "2021-07"]


def test_bar_tooltip_says_period_count_and_imprecise(qtbot, ref: Reference, tmp_path) -> None:
    # a month-precision event not wholly inside the dates is imprecise for them
    view = _chart(qtbot, ref, tmp_path, "chart:from=2022-08-15,to=2022-12-31,by=month")
    chart = view.chart
    i = view.periods.index("2022-08")
    assert chart.bar_at(float(i), 0.1) == "2022-08" or view.totals[i] == 0
    tip = chart.bar_tip("2022-08")
    assert tip.startswith(f"2022-08: {view.totals[i]} documented incidents")
    assert "1 more dated too imprecisely for a month may fall in it" in tip
    assert "no imprecise dates overlap" in chart.bar_tip("2022-10")
    assert chart.bar_at(float(i) + 0.49, 0.1) is None  # between bars: nothing


def test_selected_bar_is_outlined_and_the_list_follows(qtbot, ref: Reference, tmp_path) -> None:
    view = ChartView(ref, user_db=tmp_path / "u.sqlite")  # through its controls
    qtbot.addWidget(view)
    view.scope_to("actor-iskp")
    view.set_bin("quarter")
    with qtbot.waitSignal(view.binSelected, timeout=5000):
        view.select_bin("2018-Q2")
    opts = view.chart.selected.opts
    assert list(opts["x"]) == [float(view.periods.index("2018-Q2"))]
    assert list(opts["height"]) == [view.totals[view.periods.index("2018-Q2")]]
    listed = view.events_model.rowCount()
    assert listed == view.totals[view.periods.index("2018-Q2")]
    # another bin size: the list no longer names a bar of the old one
    view.set_bin("year")
    assert view.events_model.rowCount() == 0 and "2018-Q2" not in view.bin_label.text()
    assert list(view.chart.selected.opts["x"]) == []
    # keys: End marks the last bar, Enter lists it and it is outlined as selected
    view.plot.setFocus()
    qtbot.keyClick(view.plot, Qt.Key.Key_Home)
    with qtbot.waitSignal(view.binSelected, timeout=5000) as sig:
        qtbot.keyClick(view.plot, Qt.Key.Key_Return)
    assert sig.args[0] == view.periods[0]
    assert list(view.chart.selected.opts["x"]) == [0.0]


def test_zero_tick_and_ticks_that_never_overlap(qtbot, ref: Reference, tmp_path) -> None:
    view = _chart(qtbot, ref, tmp_path, "chart:actor=ISIS-K,by=month")
    _, (y0, _y1) = view.plot.getPlotItem().vb.viewRange()
    assert y0 < 0  # room under 0, so its tick is drawn
    axis = view.plot.getPlotItem().getAxis("left")
    values = [v for level in axis.tickValues(y0, _y1, axis.height()) for v in level[1]]
    assert 0 in values
    for width in (500, 1000, 1800):
        view.resize(width, 700)
        qtbot.waitUntil(lambda w=width: abs(view.plot.width() - w) < 40)
        view.chart.relayout()
        ticks = view.plot.getPlotItem().getAxis("bottom")._tickLevels[0]
        px = view.chart._px_per_unit()
        xs = [x for x, _t in ticks]
        gaps = [(b - a) * px for a, b in itertools.pairwise(xs)]
        assert min(gaps) >= len("2021-01") * chart_render.LABEL_CHAR_PX
        boxes = [view.chart.label_box(m) for m in view.chart.figures if m.label.isVisible()]
        for i, a in enumerate(boxes):
            assert not any(a.intersects(b) for b in boxes[i + 1 :])


def test_figures_are_drawn_as_what_they_are(qtbot, ref: Reference, tmp_path) -> None:
    view = _chart(qtbot, ref, tmp_path, "chart:actor=ISIS-K")
    placed = {p.stat.id: p for p in chart_render.placed_statistics(view.data)}
    cumulative = placed["stat-009"]  # 306 attacks, 2021-08 to 2024-12-11
    assert cumulative.span and cumulative.bars == 4 and cumulative.height == 306
    assert cumulative.right and cumulative.label() == "306 in all"
    day = placed["stat-015"]  # seven claimed attacks on 2021-09-19
    assert not day.span and day.height == 7 and not day.right
    mark = next(m for m in view.chart.figures if m.placed.stat.id == "stat-009")
    assert mark.line is not None
    xs, ys = mark.line.getData()
    assert cumulative.first - 0.42 in list(xs)
    assert ys[0] * view.chart.right_scale == pytest.approx(306)
    tip = view.chart.stat_tip(*mark.marker.points()[0].pos(), data="stat-009")
    assert "Source:" in tip and "cumulative over 2021-08-01" in tip
    assert mark.label.toPlainText() == "306 in all"
