"""The chart picture, drawn from a chart view's data into a pyqtgraph plot.

One drawing for two places: the chart page draws into its interactive plot widget's plot
item, and the report draws into a free-standing plot item in a bare scene
(:func:`offscreen_plot`) and records that. Both read only :class:`ChartViewData`, so the
bars in the window and in the PDF are the same numbers as the table under them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QTransform

from khorasan_desktop.data.browse import Statistic
from khorasan_desktop.data.layers import BUNDLED
from khorasan_desktop.render.palette import LIGHT, Colours
from khorasan_desktop.views import chart as chart_view
from khorasan_desktop.views.chart import ChartViewData

PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)
IMPRECISE_COLOR = "#9e9e9e"
COUNT_UNITS = ("attacks", "claimed attacks", "events", "suicide bombings")
STAT_LEGEND = "published statistic (hover for source)"


def configure() -> None:
    """White background, black ink, antialiased: the look of both the page and the PDF."""
    pg.setConfigOptions(antialias=True, background="w", foreground="k")


def plotted_statistics(data: ChartViewData) -> list[Statistic]:
    """Published figures that can stand on the chart: counts with a stated period."""
    return [
        s
        for s in data.statistics
        if s.value is not None and s.value >= 0 and (s.unit or "") in COUNT_UNITS and s.period_start
    ]


class ChartPlot:
    """The items of one chart inside a plot item, and :meth:`draw` to fill them."""

    def __init__(self, plot: pg.PlotItem, tip: Callable[..., str] | None = None) -> None:
        self.plot = plot
        # Time runs left to right and the count axis stays on the left in a right-to-left
        # window too: the chart is a picture, not a layout to mirror.
        plot.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        plot.setMenuEnabled(False)
        plot.showGrid(y=True, alpha=0.25)
        plot.setLabel("left", "Documented incidents")
        self.legend = plot.addLegend(offset=(10, 10))
        self.bars: list[pg.BarGraphItem] = []
        self.imprecise_bar = pg.BarGraphItem(
            x=[], height=[], width=0.6, brush=IMPRECISE_COLOR, pen=None
        )
        plot.addItem(self.imprecise_bar)
        tip = tip or self.stat_tip
        self.stat_markers = self._markers("d", 12, tip)
        self.stat_clipped = self._markers("t1", 13, tip)  # figures above the top edge
        self.stat_labels: list[pg.TextItem] = []
        self.y_top = 1.0
        self.data: ChartViewData | None = None
        self.stat_index: dict[tuple[float, float], Statistic] = {}
        self.legend.addItem(self.stat_markers, STAT_LEGEND)
        self.colours = LIGHT
        self.focus = pg.BarGraphItem(x=[], height=[], width=0.9, brush=None, pen=None)
        self.focus.setZValue(20)
        plot.addItem(self.focus)
        self.focused: int | None = None  # the keyboard's current bar (index, or n: imprecise)

    def set_colours(self, colours: Colours) -> None:
        """Ink, axes, legend and marks in ``colours`` (the page's ground is set by its
        widget; the report's plot keeps the light set)."""
        self.colours = colours
        ink = colours.qcolor("ink")
        for side in ("left", "bottom"):
            axis = self.plot.getAxis(side)
            axis.setPen(ink)
            axis.setTextPen(ink)
        self.legend.setLabelTextColor(ink)
        canvas = colours.qcolor("canvas")
        canvas.setAlpha(200)
        self.legend.setBrush(canvas)
        for markers in (self.stat_markers, self.stat_clipped):
            markers.setPen(pg.mkPen(colours.stat_edge))
            markers.setBrush(pg.mkBrush(colours.stat_fill))
        for label in self.stat_labels:
            label.setColor(colours.stat_label)
        if self.data is not None:
            self.draw(self.data)

    def set_focus_bar(self, index: int | None) -> None:
        """Outline bar ``index`` (``len(periods)``: the imprecise bar) as the keyboard's
        current bar; None clears the mark."""
        self.focused = index
        if index is None or self.data is None:
            self.focus.setOpts(x=[], height=[])
            return
        n = len(self.periods)
        if index >= n:
            x, height = n + 0.5, self.data.counts.imprecise
        else:
            x, height = index, self.totals[index]
        self.focus.setOpts(
            x=[x],
            height=[max(height, self.y_top * 0.02)],
            width=0.92 if index < n else 0.72,
            brush=None,
            pen=pg.mkPen(self.colours.focus, width=3),
        )

    def _markers(self, symbol: str, size: int, tip: Callable[..., str]) -> pg.ScatterPlotItem:
        item = pg.ScatterPlotItem(
            useCache=False,  # paths, not cached pixmaps: stays vector in PDF reports
            size=size,
            symbol=symbol,
            pen=pg.mkPen("#222"),
            brush=pg.mkBrush("#ffd400"),
            hoverable=True,
            tip=tip,
        )
        self.plot.addItem(item)
        return item

    @property
    def periods(self) -> list[str]:
        return list(self.data.periods) if self.data else []

    @property
    def totals(self) -> list[int]:
        return list(self.data.totals) if self.data else []

    def draw(self, data: ChartViewData) -> None:
        """Replace what the plot shows with ``data``."""
        self.data = data
        self.plot.setLabel(
            "left", "Documented incidents" if data.resolved.layers == BUNDLED else "Events counted"
        )
        self._draw_series({name: list(h) for name, h in data.series})
        n = len(data.periods)
        imprecise = data.counts.imprecise
        self.imprecise_bar.setOpts(
            x=[n + 0.5] if imprecise else [], height=[imprecise] if imprecise else [], width=0.6
        )
        self._draw_statistics()
        self._draw_axis()
        if self.focused is not None:
            last = n if imprecise else n - 1
            self.set_focus_bar(min(self.focused, last) if last >= 0 else None)

    def _draw_series(self, series: dict[str, list[float]]) -> None:
        while len(self.bars) < len(series):
            bar = pg.BarGraphItem(x=[], height=[], width=0.8)
            self.plot.addItem(bar)
            self.bars.append(bar)
        self.legend.clear()
        base = [0.0] * len(self.periods)
        xs = list(range(len(self.periods)))
        named = list(series.items())
        for i, bar in enumerate(self.bars):
            if i >= len(named):
                bar.setOpts(x=[], height=[], y0=[])
                bar.setVisible(False)
                continue
            name, heights = named[i]
            color = PALETTE[i % len(PALETTE)]
            edge = QColor(color).lighter(130) if self.colours.dark else QColor(color).darker(130)
            bar.setOpts(
                x=xs,
                height=heights,
                y0=list(base),
                width=0.8,
                brush=color,
                pen=pg.mkPen(edge, width=0.5),
                name=name,
            )
            bar.setVisible(True)
            base = [b + h for b, h in zip(base, heights, strict=True)]
            if len(named) > 1:
                self.legend.addItem(bar, name)
        self.legend.addItem(self.stat_markers, STAT_LEGEND)
        if self.data and self.data.counts.imprecise:
            self.legend.addItem(self.imprecise_bar, "date too imprecise for this bin")

    def _draw_axis(self) -> None:
        assert self.data is not None
        by, n = self.data.resolved.by, len(self.periods)
        imprecise = bool(self.data.counts.imprecise)
        step = max(1, math.ceil(n / 14))
        ticks: list[tuple[float, str]] = [
            (float(i), p) for i, p in enumerate(self.periods) if i % step == 0
        ]
        if imprecise:
            ticks.append((n + 0.5, "imprecise"))
        self.plot.getAxis("bottom").setTicks([ticks])
        self.plot.setYRange(0, self.y_top, padding=0)
        self.plot.setXRange(-0.8, n + (1.3 if imprecise else 0.2), padding=0)
        self.plot.setLabel("bottom", f"period ({by})")

    def _draw_statistics(self) -> None:
        assert self.data is not None
        data, by = self.data, self.data.resolved.by
        plotted = plotted_statistics(data)
        bar_top = max([*data.totals, data.counts.imprecise, 1])
        # Yearly bars share their axis with the figures; finer bins keep the bars legible and
        # draw larger figures as triangles at the top edge with their value written beside.
        stat_top = max((s.value or 0 for s in plotted), default=0)
        self.y_top = max(bar_top, stat_top) * 1.12 if by == "year" else bar_top * 1.35
        inside: list[dict[str, Any]] = []
        above: list[dict[str, Any]] = []
        self.stat_index = {}
        index = {p: i for i, p in enumerate(data.periods)}
        for s in plotted:
            assert s.period_start is not None
            start = chart_view.period_of_day(s.period_start, by)
            if start not in index:
                continue
            end = chart_view.period_of_day(s.period_end or s.period_start, by)
            x = (index[start] + index.get(end, index[start])) / 2 + 0.3
            y = float(s.value or 0)
            shown_y = min(y, self.y_top * 0.93)
            (above if y > self.y_top * 0.95 else inside).append({"pos": (x, shown_y), "data": s.id})
            self.stat_index[(round(x, 3), round(shown_y, 3))] = s
        self.stat_markers.setData(spots=inside)
        self.stat_clipped.setData(spots=above)
        for i, spot in enumerate(above):
            if i >= len(self.stat_labels):
                label = pg.TextItem(color=self.colours.stat_label, anchor=(0, 0.5))
                self.plot.addItem(label)
                self.stat_labels.append(label)
            sx, sy = spot["pos"]
            st = self.stat_index[(round(sx, 3), round(sy, 3))]
            self.stat_labels[i].setText(f"{st.value:,.0f}↑")  # the figure, not its wording
            self.stat_labels[i].setPos(sx + 0.15, sy)
            self.stat_labels[i].setVisible(True)
        for label in self.stat_labels[len(above) :]:
            label.setVisible(False)

    def stat_tip(self, x: float, y: float, data: object = None) -> str:
        s = self.stat_index.get((round(x, 3), round(y, 3)))
        if s is None:
            return ""
        return f"{s.value_text}\n{s.series}, {s.period_text}\nSource: {s.source}"


class _SceneAxis(pg.AxisItem):
    """An axis that draws without a view: device pixels are scene units (a bare scene
    has no viewport, and the stock axis then draws nothing)."""

    def deviceTransform_(self) -> QTransform:
        return self.deviceTransform(QTransform())


def offscreen_plot(width: float, height: float) -> tuple[pg.GraphicsScene, ChartPlot]:
    """A chart in a bare scene, no widget: what the report records."""
    configure()
    scene = pg.GraphicsScene()
    item = pg.PlotItem(axisItems={"bottom": _SceneAxis("bottom"), "left": _SceneAxis("left")})
    scene.addItem(item)
    item.setGeometry(QRectF(0, 0, width, height))
    scene.setSceneRect(QRectF(0, 0, width, height))
    return scene, ChartPlot(item)


def settle(scene: pg.GraphicsScene, plot: ChartPlot) -> None:
    """Apply pending layout and view ranges now (a window does this before it paints)."""
    plot.plot.layout.activate()
    scene.prepareForPaint()
