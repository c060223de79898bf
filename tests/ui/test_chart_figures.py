"""Published figures on the chart as what they are: a point as a marker, a per-period
figure as a span, a cumulative one as a dashed span with its total; each at its value (on
the right scale when its unit or size differs from the bars'), labelled without overlap,
in its own legend entry and tooltip; and the page and the PDF draw the same figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from khorasan_desktop.core.viewspec import parse
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.render import chart as chart_render
from khorasan_desktop.render.chart import ChartPlot
from khorasan_desktop.report import compose
from khorasan_desktop.ui.chart_view import ChartView
from khorasan_desktop.views import chart as chart_view
from khorasan_desktop.views import registry

QUARTERS_2021 = "chart:actor=ISIS-K,from=2021,to=2021,by=quarter"


def _chart(qtbot, ref: Reference, tmp_path: Path, text: str) -> ChartView:
    user_db = tmp_path / "u.sqlite"
    view = ChartView(ref, user_db=user_db)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.show()
    qtbot.waitExposed(view)
    view.show_data(chart_view.load(ref, chart_view.resolve(ref, parse(text), user_db), user_db))
    view.chart.relayout()
    return view


def _marks(plot: ChartPlot) -> dict[str, chart_render.FigureMarks]:
    return {m.placed.stat.id: m for m in plot.figures}


def test_each_kind_is_drawn_as_what_it_is(qtbot, ref: Reference, tmp_path) -> None:
    view = _chart(qtbot, ref, tmp_path, QUARTERS_2021)
    marks = _marks(view.chart)
    day = marks["stat-015"]  # seven claimed attacks on 2021-09-19: a point, bars' scale
    assert day.placed.kind == "point" and day.line is None and not day.placed.right
    assert day.marker.opts["symbol"] == "d" and day.y == 7
    per = marks["stat-001"]  # 152 attacks, 2021-08-19 to 2021-12-31: a span over Q3-Q4
    assert per.line is not None and per.placed.kind == "period"
    xs, _ys = per.line.getData()
    assert (min(xs), max(xs)) == (pytest.approx(2 - 0.42), pytest.approx(3 + 0.42))
    assert per.line.opts["pen"].style() == Qt.PenStyle.SolidLine
    assert per.label.toPlainText() == "152"
    total = marks["stat-009"]  # 306 attacks, 2021-08 to 2024-12: cumulative, open at the end
    assert total.line is not None and total.line.opts["pen"].style() == Qt.PenStyle.DashLine
    assert total.label.toPlainText() == "306 in all"
    assert total.placed.open_end and not total.placed.open_start
    xs, _ys = total.line.getData()
    assert len(xs) == 4  # the line and one bracket end: the period goes on past the axis
    # figures in other units are drawn too
    assert marks["stat-022"].placed.stat.unit == "deaths" and marks["stat-022"].placed.right
    # rates and changes are not levels: listed, not drawn
    assert all(m.placed.kind in ("point", "period", "cumulative") for m in marks.values())
    assert "stat-brief-attacks-per-year" not in marks


def test_figures_above_the_bars_stand_at_their_value_on_the_right_axis(
    qtbot, ref: Reference, tmp_path
) -> None:
    view = _chart(qtbot, ref, tmp_path, QUARTERS_2021)
    chart = view.chart
    assert max(view.data.totals) == 11  # bars far below the published 152, 221 and 306
    right = chart.plot.getAxis("right")
    assert right.isVisible() and right.scale == pytest.approx(chart.right_scale)
    _, (_y0, y1) = chart.plot.vb.viewRange()
    for m in chart.figures:
        value = m.placed.stat.value
        shown = m.y * chart.right_scale if m.placed.right else m.y
        assert shown == pytest.approx(value)  # at its value, never capped
        assert m.y < y1  # inside the plot
    heights = {m.placed.stat.id: m.y * chart.right_scale for m in chart.figures}
    assert [round(heights[i]) for i in ("stat-001", "stat-008", "stat-009")] == [152, 221, 306]
    # a figure that counts what the bars count, over one bar, and fits stays on the left
    assert not _marks(chart)["stat-021"].placed.right
    # no figure on the right: no right axis
    view.show_data(
        chart_view.load(
            ref, chart_view.resolve(ref, parse("chart:actor=Taliban"), view.user_db), view.user_db
        )
    )
    assert not [m for m in chart.figures if m.placed.right]
    assert not chart.plot.getAxis("right").isVisible()


def test_every_figure_has_its_own_legend_entry_and_tooltip(qtbot, ref: Reference, tmp_path) -> None:
    view = _chart(qtbot, ref, tmp_path, "chart:actor=ISIS-K,from=2024,to=2024,by=quarter")
    figures = view.chart.figures
    assert 1 <= len(figures) <= chart_render.LEGEND_FIGURES
    texts = view.chart.legend_texts()
    for m in figures:
        line = m.placed.legend()
        assert line in texts
        assert f"{m.placed.value:,.0f}" in line and chart_render.kind_word(m.placed.kind) in line
        tip = view.chart.stat_tip(data=m.placed.stat.id)
        s = m.placed.stat
        assert s.value_text in tip and s.kind_label in tip and s.source in tip
        assert (s.scope or "") in tip
        spot = m.marker.points()[0]  # what hovering its mark shows
        assert m.marker.opts["hoverable"]
        assert m.marker.opts["tip"](x=spot.pos().x(), y=spot.pos().y(), data=spot.data()) == tip
        if m.line is not None:  # a span names its figure all along its line
            assert m.line.toolTip() == tip
    # many figures: the key keeps its first ones and counts the rest
    view.show_data(
        chart_view.load(
            ref, chart_view.resolve(ref, parse("chart:actor=ISIS-K"), view.user_db), view.user_db
        )
    )
    many = view.chart.figures
    assert len(many) > chart_render.LEGEND_FIGURES
    texts = view.chart.legend_texts()
    assert len(texts) == chart_render.LEGEND_FIGURES
    assert texts[-1].startswith(f"{len(many) - chart_render.LEGEND_FIGURES + 1} more")
    largest = sorted(many, key=lambda m: -m.placed.value)[: chart_render.LEGEND_FIGURES - 1]
    assert texts[:-1] == [m.placed.legend() for m in many if m in largest]


@pytest.mark.parametrize("width", [700, 1100, 1700])
def test_figure_labels_never_overlap_nor_leave_the_plot(
    qtbot, ref: Reference, tmp_path, width: int
) -> None:
    view = _chart(qtbot, ref, tmp_path, "chart:actor=ISIS-K")
    view.resize(width, 760)
    qtbot.waitUntil(lambda: abs(view.plot.width() - width) < 60)
    view.chart.relayout()
    chart = view.chart
    boxes = [chart.label_box(m) for m in chart.figures if m.label.isVisible()]
    assert boxes
    (x0, x1), _ = chart.plot.vb.viewRange()
    plot_w, plot_h = (x1 - x0) * chart._px_per_unit(), chart.plot.vb.height()
    legend = chart.legend.mapRectToParent(chart.legend.boundingRect())
    for i, a in enumerate(boxes):
        assert not a.intersects(legend)
        assert a.left() >= -0.5 and a.top() >= -0.5
        assert a.right() <= plot_w + 0.5 and a.bottom() <= plot_h + 0.5
        assert not any(a.intersects(b) for b in boxes[i + 1 :])


def _figures_drawn(plot: ChartPlot) -> list[tuple[str, str, bool, float, float, str]]:
    return [
        (m.placed.stat.id, m.placed.kind, m.placed.right, m.x, m.y, m.label.toPlainText())
        for m in plot.figures
    ]


@pytest.mark.parametrize("text", [QUARTERS_2021, "chart:actor=ISIS-K"])
def test_page_and_pdf_draw_the_same_figures(
    qtbot, ref: Reference, tmp_path, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _chart(qtbot, ref, tmp_path, text)
    on_page = _figures_drawn(view.chart)
    assert on_page
    drawn: list[list[tuple[str, str, bool, float, float, str]]] = []
    original = ChartPlot.draw

    def spy(self: ChartPlot, d: chart_view.ChartViewData) -> None:
        original(self, d)
        drawn.append(_figures_drawn(self))

    monkeypatch.setattr(ChartPlot, "draw", spy)
    pictures = compose.record_pictures(ref, registry.load_all(ref, [parse(text)], view.user_db))
    assert "view0" in pictures and "view0-legend" in pictures
    assert drawn[-1] == on_page


def test_stacked_legend_keeps_the_stacks_before_the_figures(
    qtbot, ref: Reference, tmp_path
) -> None:
    view = _chart(qtbot, ref, tmp_path, "chart:actor=ISIS-K,from=2024,to=2024,stack=country")
    stacks = [name for name, _h in view.data.series]
    assert len(stacks) > 1
    texts = view.chart.legend_texts()
    assert texts[: len(stacks)] == stacks
    assert texts[len(stacks) :] == [m.placed.legend() for m in view.chart.figures]
    # the same scope unstacked: the stacks leave the key, the figures stay
    view.show_data(
        chart_view.load(
            ref,
            chart_view.resolve(ref, parse("chart:actor=ISIS-K,from=2024,to=2024"), view.user_db),
            view.user_db,
        )
    )
    assert view.chart.legend_texts() == [m.placed.legend() for m in view.chart.figures]
