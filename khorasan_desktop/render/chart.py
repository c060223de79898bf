"""The chart picture, drawn from a chart view's data into a pyqtgraph plot.

One drawing for two places: the chart page draws into its interactive plot widget's plot
item, and the report draws into a free-standing plot item in a bare scene
(:func:`offscreen_plot`) and records that. Both read only :class:`ChartViewData`, so the
bars in the window and in the PDF are the same numbers as the table under them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QTransform

from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
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
# The bar units (view-spec words) as the axis names them, translated there.
UNITS = {
    "year": QT_TRANSLATE_NOOP("chart", "year"),
    "quarter": QT_TRANSLATE_NOOP("chart", "quarter"),
    "month": QT_TRANSLATE_NOOP("chart", "month"),
}


def unit_word(by: str) -> str:
    """A bar unit in the interface language (an unknown one as it is)."""
    return translate("chart", UNITS[by]) if by in UNITS else by


STAT_LEGEND = QT_TRANSLATE_NOOP(
    "chart", "published figure for one bar or less (its source: hover, or the list)"
)
SPAN_LEGEND = QT_TRANSLATE_NOOP(
    "chart", "published figure over several bars: at its average per bar, total written"
)
SPAN_COLOR = "#8a6d00"
SELECTED_COLOR = "#d62728"
LABEL_CHAR_PX = 7.0  # width of a label character at the axis font, for thinning
NICE_STEPS = {
    "year": (1, 2, 5, 10, 20),
    "quarter": (1, 2, 4, 8, 16, 40),
    "month": (1, 2, 3, 6, 12, 24, 60),
}


@dataclass(frozen=True)
class PlacedStatistic:
    """A published figure where the chart draws it: one bar (``first == last``), drawn as
    a point at its value, or several, drawn as a span at its average per bar."""

    stat: Statistic
    first: int
    last: int
    bars: int  # bars its stated period covers (some may lie outside the axis)

    @property
    def span(self) -> bool:
        return self.bars > 1

    @property
    def height(self) -> float:
        value = float(self.stat.value or 0)
        return value / self.bars if self.span else value

    def label(self) -> str:
        s = self.stat
        if self.span:
            return translate("chart", "{value:,.0f} in all").format(value=s.value)
        return f"{s.value:,.0f}"

    def describe(self) -> str:
        """The line of the PDF legend and of the tooltip: figure, series, period, source."""
        s = self.stat
        how = f" (drawn at {self.height:,.1f} per bar over {self.bars} bars)" if self.span else ""
        return (
            f"{s.value_text} — {s.series}, {s.period_text}{how}. Source: {s.source or 'not named'}"
        )


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


def placed_statistics(data: ChartViewData) -> list[PlacedStatistic]:
    """Where each plotted figure stands: the bars its stated period covers, clipped to the
    axis (a figure starting before the axis is left out, as it cannot be placed)."""
    by = data.resolved.by
    index = {p: i for i, p in enumerate(data.periods)}
    out = []
    for s in plotted_statistics(data):
        assert s.period_start is not None
        start = chart_view.period_of_day(s.period_start, by)
        if start not in index:
            continue
        end = chart_view.period_of_day(s.period_end or s.period_start, by)
        covered = len(chart_view.periods_between(start, end, by)) if end >= start else 1
        last = index.get(end, len(data.periods) - 1)
        out.append(PlacedStatistic(s, index[start], max(last, index[start]), max(covered, 1)))
    return out


def nice_step(by: str, raw: float) -> int:
    """The smallest round label step (1, 2, 3, 6, 12 months...) of at least ``raw``."""
    for step in NICE_STEPS[by]:
        if step >= raw:
            return step
    return math.ceil(raw)


class ChartPlot:
    """The items of one chart inside a plot item, and :meth:`draw` to fill them."""

    def __init__(self, plot: pg.PlotItem, tip: Callable[..., str] | None = None) -> None:
        self.plot = plot
        # Time runs left to right and the count axis stays on the left in a right-to-left
        # window too: the chart is a picture, not a layout to mirror.
        plot.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        plot.setMenuEnabled(False)
        plot.showGrid(y=True, alpha=0.25)
        plot.setLabel("left", translate("chart", "Documented incidents"))
        self.legend = plot.addLegend(offset=(10, 10))
        self.bars: list[pg.BarGraphItem] = []
        self.imprecise_bar = pg.BarGraphItem(
            x=[], height=[], width=0.6, brush=IMPRECISE_COLOR, pen=None
        )
        plot.addItem(self.imprecise_bar)
        tip = tip or self.stat_tip
        self.stat_markers = self._markers("d", 12, tip)
        self.stat_clipped = self._markers("t1", 13, tip)  # figures above the top edge
        self.span_lines = pg.PlotCurveItem(pen=pg.mkPen(SPAN_COLOR, width=2.2), connect="pairs")
        plot.addItem(self.span_lines)
        self.span_markers = self._markers("s", 8, tip)  # the middle of a span: its tooltip
        self.selected = pg.BarGraphItem(
            x=[], height=[], width=0.9, brush=None, pen=pg.mkPen(SELECTED_COLOR, width=2.5)
        )
        self.selected.setZValue(10)
        plot.addItem(self.selected)
        self.stat_labels: list[pg.TextItem] = []
        # x, y, text of each figure label, the largest figures first (kept when crowded)
        self._labels: list[tuple[float, float, str]] = []
        self.y_top = 1.0
        self.data: ChartViewData | None = None
        self.placed: list[PlacedStatistic] = []
        self.stat_index: dict[tuple[float, float], Statistic] = {}
        self.legend.addItem(self.stat_markers, translate("chart", STAT_LEGEND))
        # Labels and ticks are thinned by their width in pixels: again on every resize
        # and zoom, so they never overlap at any bin size or window width.
        plot.vb.sigResized.connect(lambda *_: self.relayout())
        plot.vb.sigXRangeChanged.connect(lambda *_: self.relayout())
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
            "left",
            translate("chart", "Documented incidents")
            if data.resolved.layers == BUNDLED
            else translate("chart", "Events counted"),
        )
        self._draw_series({name: list(h) for name, h in data.series})
        n = len(data.periods)
        imprecise = data.counts.imprecise
        self.imprecise_bar.setOpts(
            x=[n + 0.5] if imprecise else [], height=[imprecise] if imprecise else [], width=0.6
        )
        self.selected.setOpts(x=[], height=[])
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
        self.legend.addItem(self.stat_markers, translate("chart", STAT_LEGEND))
        if self.data and any(p.span for p in placed_statistics(self.data)):
            self.legend.addItem(self.span_lines, translate("chart", SPAN_LEGEND))
        if self.data and self.data.counts.imprecise:
            self.legend.addItem(self.imprecise_bar, "date too imprecise for this bin")

    def _draw_axis(self) -> None:
        assert self.data is not None
        by, n = self.data.resolved.by, len(self.periods)
        imprecise = bool(self.data.counts.imprecise)
        # a little below 0, so that the 0 tick has room to be drawn and read
        self.plot.setYRange(-self.y_top * 0.02, self.y_top, padding=0)
        self.plot.setXRange(-0.8, n + (1.3 if imprecise else 0.2), padding=0)
        self.plot.setLabel(
            "bottom", translate("chart", "period ({unit})").format(unit=unit_word(by))
        )
        self.relayout()

    def _px_per_unit(self) -> float:
        """Pixels one bar step spans at the current size and zoom (a guess before layout)."""
        (x0, x1), _ = self.plot.vb.viewRange()
        width = self.plot.vb.width() or 800.0
        return width / max(x1 - x0, 1e-9)

    def _px_per_y(self) -> float:
        _, (y0, y1) = self.plot.vb.viewRange()
        return (self.plot.vb.height() or 400.0) / max(y1 - y0, 1e-9)

    def relayout(self) -> None:
        """Thin the period ticks and the figure labels to what fits without overlapping."""
        if self.data is None:
            return
        by, n = self.data.resolved.by, len(self.periods)
        px = self._px_per_unit()
        longest = max((len(p) for p in self.periods), default=4)
        step = nice_step(by, (longest * LABEL_CHAR_PX + 14) / px)
        ticks: list[tuple[float, str]] = [
            (float(i), p) for i, p in enumerate(self.periods) if i % step == 0
        ]
        if self.data.counts.imprecise:
            ticks.append((n + 0.5, "imprecise"))
        self.plot.getAxis("bottom").setTicks([ticks])
        self._thin_labels(px)

    def _thin_labels(self, px: float) -> None:
        """Show each figure label only where it does not overlap one already shown (largest
        figures first); a hidden label's figure stays in its marker's tooltip and the PDF
        legend."""
        shown: list[tuple[float, float, float]] = []  # pixel extents along x, and y
        for i, (x, y, text) in enumerate(self._labels):
            label = self.stat_labels[i]
            left = x * px
            right = left + len(text) * LABEL_CHAR_PX + 6
            row = y * self._px_per_y()
            free = all(right < a - 4 or left > b + 4 or abs(row - r) > 14 for a, b, r in shown)
            label.setVisible(free)
            if free:
                shown.append((left, right, row))
                label.setPos(x, y)
        for label in self.stat_labels[len(self._labels) :]:
            label.setVisible(False)

    def _draw_statistics(self) -> None:
        assert self.data is not None
        data, by = self.data, self.data.resolved.by
        self.placed = placed_statistics(data)
        bar_top = max([*data.totals, data.counts.imprecise, 1])
        # Yearly bars share their axis with the figures; finer bins keep the bars legible and
        # draw larger figures as triangles at the top edge with their value written beside.
        stat_top = max((p.height for p in self.placed), default=0)
        self.y_top = max(bar_top, stat_top) * 1.12 if by == "year" else bar_top * 1.35
        inside: list[dict[str, Any]] = []
        above: list[dict[str, Any]] = []
        mids: list[dict[str, Any]] = []
        lines_x: list[float] = []
        lines_y: list[float] = []
        self.stat_index = {}
        labels: list[tuple[float, float, float, str]] = []  # value, x, y, text
        tick = self.y_top * 0.015
        for placed in self.placed:
            y = min(placed.height, self.y_top * 0.93)
            if placed.span:
                x0, x1 = placed.first - 0.42, placed.last + 0.42
                lines_x += [x0, x1, x0, x0, x1, x1]
                lines_y += [y, y, y - tick, y + tick, y - tick, y + tick]
                x = (x0 + x1) / 2
                mids.append({"pos": (x, y), "data": placed.stat.id})
                labels.append((placed.stat.value or 0, x0, y + self.y_top * 0.04, placed.label()))
            else:
                x = placed.first + 0.3
                clipped = placed.height > self.y_top * 0.95
                (above if clipped else inside).append({"pos": (x, y), "data": placed.stat.id})
                if clipped:
                    labels.append((placed.stat.value or 0, x + 0.15, y, f"{placed.label()}↑"))
            self.stat_index[(round(x, 3), round(y, 3))] = placed.stat
        self.stat_markers.setData(spots=inside)
        self.stat_clipped.setData(spots=above)
        self.span_markers.setData(spots=mids)
        self.span_lines.setData(x=lines_x, y=lines_y)
        labels.sort(key=lambda t: -t[0])
        self._labels = [(x, y, text) for _v, x, y, text in labels]
        for i, (x, y, text) in enumerate(self._labels):
            if i >= len(self.stat_labels):
                label = pg.TextItem(color=self.colours.stat_label, anchor=(0, 0.5))
                self.plot.addItem(label)
                self.stat_labels.append(label)
            self.stat_labels[i].setText(text)
            self.stat_labels[i].setPos(x, y)

    # -- bars: tooltip and selection -------------------------------------------------------
    def bar_at(self, x: float, y: float) -> str | None:
        """The period of the bar at (x, y) ("imprecise" for the grey bar), else None."""
        if self.data is None:
            return None
        n = len(self.periods)
        if self.data.counts.imprecise and abs(x - (n + 0.5)) <= 0.3:
            return "imprecise" if 0 <= y <= self.data.counts.imprecise else None
        i = round(x)
        if 0 <= i < n and abs(x - i) <= 0.4 and 0 <= y <= max(self.data.totals[i], 0):
            return self.periods[i]
        return None

    def bar_tip(self, period: str) -> str:
        """Period, count and how many imprecise incidents may fall in it."""
        data = self.data
        if data is None:
            return ""
        by = data.resolved.by
        if period == "imprecise":
            return (
                f"{data.counts.imprecise} incidents dated too imprecisely for a {by}: "
                "counted apart, in no bar"
            )
        i = self.periods.index(period)
        lines = [f"{period}: {data.totals[i]} documented incidents"]
        if len(data.series) > 1:
            parts = [(name, h[i]) for name, h in data.series if h[i]]
            lines += [f"  {name}: {v:,.0f}" for name, v in parts]
        may = {b.period: b.count for b in data.counts.overlapping}.get(period, 0)
        lines.append(
            f"{may} more dated too imprecisely for a {by} may fall in it (grey bar)"
            if may
            else f"no imprecise dates overlap this {by}"
        )
        return "\n".join(lines)

    def select(self, period: str | None) -> None:
        """Outline the selected bar (None: no bar)."""
        if self.data is None or period is None:
            self.selected.setOpts(x=[], height=[])
            return
        if period == "imprecise":
            x, h, w = len(self.periods) + 0.5, self.data.counts.imprecise, 0.7
        elif period in self.periods:
            i = self.periods.index(period)
            x, h, w = float(i), self.data.totals[i], 0.9
        else:
            self.selected.setOpts(x=[], height=[])
            return
        self.selected.setOpts(x=[x], height=[h], width=w)

    def stat_tip(self, x: float, y: float, data: object = None) -> str:
        s = self.stat_index.get((round(x, 3), round(y, 3)))
        if s is None:
            return ""
        placed = next((p for p in self.placed if p.stat is s), None)
        how = ""
        if placed is not None and placed.span:
            how = f"\nover {placed.bars} bars: drawn at its average, {placed.height:,.1f} per bar"
        return f"{s.value_text}\n{s.series}, {s.period_text}{how}\nSource: {s.source}"


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
    plot.relayout()
    scene.prepareForPaint()


def paint_statistics_legend(p: QPainter, data: ChartViewData, width: float) -> QSizeF:
    """The PDF's legend of the published figures drawn on the chart: each figure's mark,
    its wording, series, period and source (what the page shows on hover)."""
    placed = placed_statistics(data)
    p.save()
    try:
        font = QFont()
        font.setPointSizeF(8.0)
        p.setFont(font)
        metrics = QFontMetricsF(font)
        y = 2.0
        for item in placed:
            text = item.describe()
            rect = metrics.boundingRect(
                QRectF(0, 0, width - 34, 1000), int(Qt.TextFlag.TextWordWrap), text
            )
            mid = y + 8
            if item.span:
                p.setPen(pg.mkPen(SPAN_COLOR, width=2))
                p.drawLine(QPointF(4, mid), QPointF(24, mid))
                p.drawLine(QPointF(4, mid - 3), QPointF(4, mid + 3))
                p.drawLine(QPointF(24, mid - 3), QPointF(24, mid + 3))
            else:
                p.setPen(pg.mkPen("#222"))
                p.setBrush(QColor("#ffd400"))
                r = 5.0
                p.drawPolygon(
                    [
                        QPointF(14, mid - r),
                        QPointF(14 + r, mid),
                        QPointF(14, mid + r),
                        QPointF(14 - r, mid),
                    ]
                )
            p.setPen(QColor("#222222"))
            p.drawText(
                QRectF(32, y, width - 34, rect.height() + 2), int(Qt.TextFlag.TextWordWrap), text
            )
            y += max(rect.height(), 16.0) + 4
        return QSizeF(width, y)
    finally:
        p.restore()
