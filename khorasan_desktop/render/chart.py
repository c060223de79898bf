"""The chart picture, drawn from a chart view's data into a pyqtgraph plot.

One drawing for two places: the chart page draws into its interactive plot widget's plot
item, and the report draws into a free-standing plot item in a bare scene
(:func:`offscreen_plot`) and records that. Both read only :class:`ChartViewData`, so the
bars in the window and in the PDF are the same numbers as the table under them, and the
published figures beside them (each drawn as what it is, at its value, on the bars' scale
or the right-hand one) are the same figures in both.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTransform

from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from khorasan_desktop.core.text import shortened
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
# Units the bars count in: a figure in one of them may share the bars' scale.
COUNT_UNITS = ("attacks", "claimed attacks", "events", "suicide bombings")
# Kinds the chart can draw: a level at a time or over a span (rates and changes are
# not levels; they stay in the list of published figures).
DRAWN_KINDS = ("point", "period", "cumulative")
FIT = 1.5  # a one-bar count figure up to this many times the tallest bar keeps the left scale
LEGEND_FIGURES = 6  # figure entries in the legend; more collapse into one line
LEGEND_LINE_GAP_PX = 8.0  # a key line: the font height and this much
LEGEND_PAD_PX = 20.0  # the key's frame above and below its lines
SOURCE_CHARS = 30  # the source's name as the legend shortens it
LABEL_ROW_PX = 14.0  # height of a figure label
KIND_WORDS = {
    "point": QT_TRANSLATE_NOOP("chart", "point in time"),
    "period": QT_TRANSLATE_NOOP("chart", "per period"),
    "cumulative": QT_TRANSLATE_NOOP("chart", "cumulative"),
}
# The bar units (view-spec words) as the axis names them, translated there.
UNITS = {
    "year": QT_TRANSLATE_NOOP("chart", "year"),
    "quarter": QT_TRANSLATE_NOOP("chart", "quarter"),
    "month": QT_TRANSLATE_NOOP("chart", "month"),
}


def unit_word(by: str) -> str:
    """A bar unit in the interface language (an unknown one as it is)."""
    return translate("chart", UNITS[by]) if by in UNITS else by


MORE_LEGEND = QT_TRANSLATE_NOOP("chart", "{n} more published figures: in the list below")
SPAN_COLOR = "#8a6d00"
CUMULATIVE_COLOR = "#a0307a"
SELECTED_COLOR = "#d62728"
LABEL_CHAR_PX = 7.0  # width of a label character at the axis font, for thinning
NICE_STEPS = {
    "year": (1, 2, 5, 10, 20),
    "quarter": (1, 2, 4, 8, 16, 40),
    "month": (1, 2, 3, 6, 12, 24, 60),
}


def kind_word(kind: str) -> str:
    """A drawn figure's kind in the interface language."""
    return translate("chart", KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def short_source(source: str) -> str:
    """The first source of a figure, shortened for a legend line."""
    first = source.split(" | ")[0].strip()
    return shortened(first, SOURCE_CHARS) if first else translate("chart", "source not named")


@dataclass(frozen=True)
class PlacedStatistic:
    """A published figure where the chart draws it: over the bars ``first`` to ``last``
    that its stated period covers on the axis, at its value as stated (never averaged or
    capped), on the bars' scale or, when its unit or size differs, on the right scale."""

    stat: Statistic
    first: int
    last: int
    bars: int  # bars its stated period covers (some may lie outside the axis)
    right: bool  # drawn against the right axis
    open_start: bool = False  # its period starts before the axis (no bracket there)
    open_end: bool = False  # ... or ends after it

    @property
    def kind(self) -> str:
        return self.stat.kind

    @property
    def span(self) -> bool:
        """Drawn as a horizontal span over its period (a point is a marker)."""
        return self.kind != "point"

    @property
    def value(self) -> float:
        return float(self.stat.value or 0)

    @property
    def height(self) -> float:
        """Where it stands, in its own axis's units: its value."""
        return self.value

    def label(self) -> str:
        """The short value written on the plot (a cumulative figure: its total)."""
        if self.kind == "cumulative":
            return translate("chart", "{value:,.0f} in all").format(value=self.value)
        return f"{self.value:,.0f}"

    def legend(self) -> str:
        """Its own legend line: value and unit, kind, source (and the right scale)."""
        s = self.stat
        value = f"{self.value:,.0f} {s.unit or ''}".strip()
        text = f"{value} · {kind_word(self.kind)} · {short_source(s.source)}"
        return text + (translate("chart", " (right scale)") if self.right else "")

    def describe(self) -> str:
        """The line of the PDF legend and of the tooltip: figure, kind and period, series,
        scope, source."""
        s = self.stat
        scale = translate("chart", ", right scale") if self.right else ""
        return (
            f"{s.value_text} — {s.kind_label} ({kind_word(self.kind)}{scale}); {s.series}"
            f"{'; ' + s.scope if s.scope else ''}. Source: {s.source or 'not named'}"
        )

    def tip(self) -> str:
        """Its tooltip: the legend line of the PDF, the source on a line of its own."""
        return self.describe().replace(" Source:", "\nSource:")


def configure() -> None:
    """White background, black ink, antialiased: the look of both the page and the PDF."""
    pg.setConfigOptions(antialias=True, background="w", foreground="k")


def plotted_statistics(data: ChartViewData) -> list[Statistic]:
    """Published figures that can stand on the chart: levels (point, per period,
    cumulative) with a value and a stated period, in any unit."""
    return [
        s
        for s in data.statistics
        if s.value is not None and s.value >= 0 and s.kind in DRAWN_KINDS and s.period_start
    ]


def bar_top(data: ChartViewData) -> float:
    """The tallest bar (the imprecise one included), at least 1."""
    return float(max([*data.totals, data.counts.imprecise, 1]))


def placed_statistics(data: ChartViewData) -> list[PlacedStatistic]:
    """Where each plotted figure stands: the bars its stated period covers, cut to the
    axis (a figure whose period lies wholly outside the axis is left out), and its scale:
    the bars' own when it counts what they count, covers one bar and fits their height,
    else the right axis."""
    by, n = data.resolved.by, len(data.periods)
    if not n:
        return []
    index = {p: i for i, p in enumerate(data.periods)}
    first_period, last_period = data.periods[0], data.periods[-1]
    top = bar_top(data)
    out = []
    for s in plotted_statistics(data):
        assert s.period_start is not None
        start = chart_view.period_of_day(s.period_start, by)
        end = max(chart_view.period_of_day(s.period_end or s.period_start, by), start)
        if end < first_period or start > last_period:
            continue
        covered = len(chart_view.periods_between(start, end, by))
        first = index.get(start, 0)
        last = index.get(end, n - 1)
        fits = (s.unit or "") in COUNT_UNITS and covered == 1 and float(s.value or 0) <= top * FIT
        out.append(
            PlacedStatistic(
                s,
                first,
                max(last, first),
                max(covered, 1),
                right=not fits,
                open_start=start < first_period,
                open_end=end > last_period,
            )
        )
    return out


def nice_step(by: str, raw: float) -> int:
    """The smallest round label step (1, 2, 3, 6, 12 months...) of at least ``raw``."""
    for step in NICE_STEPS[by]:
        if step >= raw:
            return step
    return math.ceil(raw)


@dataclass
class FigureMarks:
    """The plot items of one drawn figure: its mark (a point's marker, or a span's middle,
    which carries the tooltip), a span's line with its bracket ends, and its value label."""

    placed: PlacedStatistic
    marker: pg.ScatterPlotItem
    line: pg.PlotCurveItem | None
    label: pg.TextItem
    x: float  # where the mark stands, in view coordinates (y on the left scale)
    y: float


class FigureSample(ItemSample):
    """A figure's legend sample, drawn as on the plot: a diamond for a point, a bracketed
    line for a span (dashed for a cumulative one); without a figure, nothing (the line
    that counts the figures left out of the legend)."""

    def __init__(
        self, item: pg.GraphicsObject, placed: PlacedStatistic | None, ink: str, dark: bool
    ) -> None:
        super().__init__(item)
        self.placed, self.ink, self.dark = placed, ink, dark

    def paint(self, p: QPainter, *args: Any) -> None:
        if self.placed is None:
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_figure_mark(p, self.placed, QPointF(10, 10), 9.0, self.ink, self.dark)

    def mouseClickEvent(self, event: Any) -> None:
        event.ignore()  # the figure stays drawn: its entry is a key, not a switch


def figure_pen(placed: PlacedStatistic, dark: bool = False) -> QPen:
    """A span's pen: solid for a per-period figure, dashed for a cumulative one."""
    color = QColor(CUMULATIVE_COLOR if placed.kind == "cumulative" else SPAN_COLOR)
    pen = pg.mkPen(color.lighter(170) if dark else color, width=2.2)
    if placed.kind == "cumulative":
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def paint_figure_mark(
    p: QPainter, placed: PlacedStatistic, mid: QPointF, half: float, edge: str, dark: bool = False
) -> None:
    """A figure's mark around ``mid`` (``half`` wide each side): what the plot draws."""
    x, y = mid.x(), mid.y()
    if placed.span:
        p.setPen(figure_pen(placed, dark))
        p.drawLine(QPointF(x - half, y), QPointF(x + half, y))
        for end in (x - half, x + half):
            p.drawLine(QPointF(end, y - 3), QPointF(end, y + 3))
        return
    p.setPen(pg.mkPen(edge))
    p.setBrush(QColor(LIGHT.stat_fill))
    r = min(half, 5.0)
    p.drawPolygon([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)])


class ChartPlot:
    """The items of one chart inside a plot item, and :meth:`draw` to fill them."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self.plot = plot
        # Time runs left to right and the count axis stays on the left in a right-to-left
        # window too: the chart is a picture, not a layout to mirror.
        plot.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        plot.setMenuEnabled(False)
        plot.showGrid(y=True, alpha=0.25)
        # each side axis's whole title; what is printed is shortened to the axis's height
        self.axis_titles: dict[str, str] = {}
        self._set_title("left", translate("chart", "Documented incidents"))
        # The right axis reads the same view at another scale (``right_scale`` value units
        # per left unit), so a figure in deaths or a total over years stands at its value.
        plot.showAxis("right")
        self.right_axis: pg.AxisItem = plot.getAxis("right")
        self.right_axis.enableAutoSIPrefix(False)
        # the grid is the left scale's alone: a second set of lines would only blur it
        self.right_axis.setGrid(False)
        plot.hideAxis("right")
        self.right_scale = 1.0
        self.legend = plot.addLegend(offset=(10, 10))
        self.bars: list[pg.BarGraphItem] = []
        self.imprecise_bar = pg.BarGraphItem(
            x=[], height=[], width=0.6, brush=IMPRECISE_COLOR, pen=None
        )
        plot.addItem(self.imprecise_bar)
        self.selected = pg.BarGraphItem(
            x=[], height=[], width=0.9, brush=None, pen=pg.mkPen(SELECTED_COLOR, width=2.5)
        )
        self.selected.setZValue(10)
        plot.addItem(self.selected)
        self.figures: list[FigureMarks] = []
        self._pool: list[tuple[pg.ScatterPlotItem, pg.PlotCurveItem, pg.TextItem]] = []
        self._more = pg.PlotCurveItem()  # the legend's "n more" line samples nothing
        self._legend_key: tuple[bool, tuple[str, ...]] | None = None
        self.y_top = 1.0
        self.data: ChartViewData | None = None
        self.placed: list[PlacedStatistic] = []
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
        for side in ("left", "bottom", "right"):
            axis = self.plot.getAxis(side)
            axis.setPen(ink)
            axis.setTextPen(ink)
        self.legend.setLabelTextColor(ink)
        canvas = colours.qcolor("canvas")
        canvas.setAlpha(200)
        self.legend.setBrush(canvas)
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

    @property
    def periods(self) -> list[str]:
        return list(self.data.periods) if self.data else []

    @property
    def totals(self) -> list[int]:
        return list(self.data.totals) if self.data else []

    def draw(self, data: ChartViewData) -> None:
        """Replace what the plot shows with ``data``."""
        self.data = data
        self._set_title(
            "left",
            translate("chart", "Documented incidents")
            if data.resolved.layers == BUNDLED
            else translate("chart", "Events counted"),
        )
        self.placed = placed_statistics(data)
        self._draw_series({name: list(h) for name, h in data.series})
        n = len(data.periods)
        imprecise = data.counts.imprecise
        self.imprecise_bar.setOpts(
            x=[n + 0.5] if imprecise else [], height=[imprecise] if imprecise else [], width=0.6
        )
        self.selected.setOpts(x=[], height=[])
        self._draw_statistics()
        self._draw_legend()
        self._draw_axis()
        if self.focused is not None:
            last = n if imprecise else n - 1
            self.set_focus_bar(min(self.focused, last) if last >= 0 else None)

    def _draw_series(self, series: dict[str, list[float]]) -> None:
        while len(self.bars) < len(series):
            bar = pg.BarGraphItem(x=[], height=[], width=0.8)
            self.plot.addItem(bar)
            self.bars.append(bar)
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

    def _draw_legend(self) -> None:
        """The key: the stacks (when stacked), the imprecise bar, then one entry per drawn
        figure, oldest first; past ``LEGEND_FIGURES`` the largest (they shape the picture)
        and the rest counted in one line (every figure is in the list under the chart and
        in the PDF's legend). Rebuilt only when its lines change."""
        assert self.data is not None
        edge, dark = self.colours.stat_edge, self.colours.dark
        # (text, what its sample shows: a bar item, a figure, or None for the "more"
        # line); figure samples are made only when the key is rebuilt
        entries: list[tuple[str, Any]] = []
        if len(self.data.series) > 1:
            entries += [
                (name, bar) for bar, (name, _h) in zip(self.bars, self.data.series, strict=False)
            ]
        if self.data.counts.imprecise:
            entries.append(
                (translate("chart", "date too imprecise for this bin"), self.imprecise_bar)
            )
        marks = self.figures
        lines, chars = self._legend_room()
        room = min(LEGEND_FIGURES, lines - len(entries))
        if len(marks) > room:
            keep = max(room - 1, 0)
            largest = {id(m) for m in sorted(marks, key=lambda m: -m.placed.value)[:keep]}
            shown = [m for m in marks if id(m) in largest]
        else:
            shown = marks
        entries += [(m.placed.legend(), m) for m in shown]
        if len(shown) < len(marks):
            more = translate("chart", MORE_LEGEND).format(n=len(marks) - len(shown))
            entries.append((more, None))
        # A key taller than the room left collapses to nothing: the bars come first (every
        # entry is in the list under the chart); long lines end in "…" in a narrow plot.
        visible = len(entries) <= max(lines, 0)
        entries = [(shortened(text, chars), what) for text, what in entries] if visible else []
        key = (dark, tuple(text for text, _what in entries))
        self.legend.setVisible(visible)
        if key == self._legend_key:
            return
        self._legend_key = key
        self.legend.clear()
        for text, what in entries:
            if isinstance(what, FigureMarks):
                what = FigureSample(what.marker, what.placed, edge, dark)
            elif what is None:
                what = FigureSample(self._more, None, edge, dark)
            self.legend.addItem(what, text)

    def _legend_room(self) -> tuple[int, int]:
        """How many key lines fit in the upper half of the plot, and how many characters
        in three quarters of its width (a plot not laid out yet has room for all)."""
        height, width = self.plot.vb.height(), self.plot.vb.width()
        if height <= 1 or width <= 1:
            return LEGEND_FIGURES + 8, 200
        line = QFontMetricsF(QFont()).height() + LEGEND_LINE_GAP_PX
        lines = int((height / 2 - LEGEND_PAD_PX) // line)
        return lines, max(int(width * 0.75 / LABEL_CHAR_PX), 12)

    def legend_texts(self) -> list[str]:
        """The legend's lines, top to bottom (what a reader sees in the key)."""
        return [label.text for _sample, label in self.legend.items]

    def _draw_axis(self) -> None:
        assert self.data is not None
        by, n = self.data.resolved.by, len(self.periods)
        imprecise = bool(self.data.counts.imprecise)
        self._fit_y()
        self.plot.setXRange(-0.8, n + (1.3 if imprecise else 0.2), padding=0)
        self.plot.setLabel(
            "bottom", translate("chart", "period ({unit})").format(unit=unit_word(by))
        )
        right = [p for p in self.placed if p.right]
        if right:
            units = sorted({p.stat.unit or "" for p in right} - {""})
            self.plot.showAxis("right")
            self.right_axis.setScale(self.right_scale)
            self._set_title(
                "right",
                translate("chart", "Published figures ({units})").format(
                    units=units[0] if len(units) == 1 else translate("chart", "units as stated")
                ),
            )
        else:
            self.plot.hideAxis("right")
        self.relayout()

    def _fit_y(self) -> None:
        """The y range: a little below 0, so the 0 tick has room to be read, and above
        ``y_top`` room for the legend's lines, so the key covers no bar or figure."""
        rows = len(self.legend.items)
        height = self.plot.vb.height() or 400.0
        room = min(0.45, (rows * 20.0 + 16.0) / height) if rows else 0.0
        top = self.y_top / (1.0 - room)
        self.plot.setYRange(-top * 0.025, top, padding=0)

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
        self._fit_y()
        self._fit_titles()
        self._place_labels()
        self._draw_legend()  # the key's room changes with the plot's size

    def _set_title(self, side: str, text: str) -> None:
        self.axis_titles[side] = text
        self._fit_titles()

    def _fit_titles(self) -> None:
        """A side axis's title runs along its height: on a low plot (1024x600, 2x scaling)
        it is shortened with an ellipsis to fit, the whole title in the axis's tooltip,
        rather than cut at both ends."""
        for side, full in self.axis_titles.items():
            axis = self.plot.getAxis(side)
            # the text item pads its text by the document margin at both ends
            room = axis.height() - 2 * axis.label.document().documentMargin() - 4
            text = full
            if room > 0:
                metrics = QFontMetricsF(axis.label.font())
                text = metrics.elidedText(full, Qt.TextElideMode.ElideRight, room)
            if axis.labelText != text:
                axis.setLabel(text)
            axis.setToolTip(full if text != full else "")

    def label_box(self, m: FigureMarks) -> QRectF:
        """A shown label's extent in view pixels (x from the left, y down from the top)."""
        ax, ay = m.label.anchor
        return self._box(m.label.toPlainText(), m.label.pos().x(), m.label.pos().y(), ax, ay)

    def _box(self, text: str, x: float, y: float, ax: float, ay: float) -> QRectF:
        """Where ``text`` anchored at (``ax``, ``ay``) on view point (x, y) lies, in pixels."""
        (x0, _x1), (_y0, y1) = self.plot.vb.viewRange()
        w = len(text) * LABEL_CHAR_PX + 6
        left = (x - x0) * self._px_per_unit() - ax * w
        top = (y1 - y) * self._px_per_y() - ay * LABEL_ROW_PX
        return QRectF(left, top, w, LABEL_ROW_PX)

    def _place_labels(self) -> None:
        """Give each figure's value label the first free place (beside or above its mark,
        then below, then further out), the largest figures first; a label with no free
        place inside the plot is hidden (its figure keeps its tooltip, legend entry and
        line in the list)."""
        (x0, x1), _ = self.plot.vb.viewRange()
        px, py = self._px_per_unit(), self._px_per_y()
        bounds = QRectF(0, 0, (x1 - x0) * px, self.plot.vb.height() or 400.0)
        # the legend sits in the view box, in its pixels: no label goes under it
        taken: list[QRectF] = [self.legend.mapRectToParent(self.legend.boundingRect())]
        for m in sorted(self.figures, key=lambda m: -m.placed.value):
            gap = 6.0 / py  # a few pixels off the mark, in view units
            if m.placed.span:
                places = [
                    (m.x, m.y + gap, 0.5, 1.0),
                    (m.x, m.y - gap, 0.5, 0.0),
                    (m.x, m.y + gap + LABEL_ROW_PX / py, 0.5, 1.0),
                    (m.x, m.y - gap - LABEL_ROW_PX / py, 0.5, 0.0),
                ]
            else:
                side = 10.0 / px
                places = [
                    (m.x + side, m.y, 0.0, 0.5),
                    (m.x, m.y + 2 * gap, 0.5, 1.0),
                    (m.x - side, m.y, 1.0, 0.5),
                    (m.x, m.y - 2 * gap, 0.5, 0.0),
                ]
            m.label.setVisible(False)
            for x, y, ax, ay in places:
                box = self._box(m.label.toPlainText(), x, y, ax, ay)
                if bounds.contains(box) and not any(box.intersects(t) for t in taken):
                    m.label.setAnchor((ax, ay))
                    m.label.setPos(x, y)
                    m.label.setVisible(True)
                    taken.append(box)
                    break

    def _draw_statistics(self) -> None:
        """Each figure as what it is, at its value: a point as a marker, a per-period
        figure as a span with bracket ends, a cumulative one as a dashed span labelled
        with its total; those on the right scale stand at value / ``right_scale``."""
        assert self.data is not None
        self.figures = []
        left = [p.value for p in self.placed if not p.right]
        right = [p.value for p in self.placed if p.right]
        self.y_top = max([bar_top(self.data), *left]) * 1.15
        self.right_scale = max(right) * 1.15 / self.y_top if right else 1.0
        dark = self.colours.dark
        tick = self.y_top * 0.02
        for i, placed in enumerate(self.placed):
            marker, line, label = self._items(i)
            y = placed.height / self.right_scale if placed.right else placed.height
            x0, x1 = placed.first - 0.42, placed.last + 0.42
            if placed.span:
                xs, ys = [x0, x1], [y, y]
                for end, is_open in ((x0, placed.open_start), (x1, placed.open_end)):
                    if not is_open:
                        xs += [end, end]
                        ys += [y - tick, y + tick]
                line.setData(x=xs, y=ys, pen=figure_pen(placed, dark), connect="pairs")
                # hovering anywhere along the span, not only its middle, names the figure
                line.setToolTip(placed.tip())
                x = (x0 + x1) / 2
                edge, fill = figure_pen(placed, dark).color(), QColor(self.colours.canvas)
                symbol, size = "s", 7
            else:
                x = (placed.first + placed.last) / 2 + (0.3 if placed.first == placed.last else 0)
                edge, fill = QColor(self.colours.stat_edge), QColor(self.colours.stat_fill)
                symbol, size = "d", 12
            line.setVisible(placed.span)
            marker.setData(
                spots=[{"pos": (x, y), "data": placed.stat.id}],
                symbol=symbol,
                size=size,
                pen=pg.mkPen(edge),
                brush=pg.mkBrush(fill),
            )
            marker.setVisible(True)
            label.setText(placed.label())
            label.setColor(self.colours.stat_label)
            self.figures.append(
                FigureMarks(placed, marker, line if placed.span else None, label, x, y)
            )
        for marker, line, label in self._pool[len(self.placed) :]:
            for item in (marker, line, label):
                item.setVisible(False)

    def _items(self, i: int) -> tuple[pg.ScatterPlotItem, pg.PlotCurveItem, pg.TextItem]:
        """The ``i``-th figure's marker, span line and label, made once and reused (a
        redraw moves them rather than rebuilding the scene)."""
        while len(self._pool) <= i:
            marker = pg.ScatterPlotItem(
                useCache=False,  # paths, not cached pixmaps: stays vector in PDF reports
                hoverable=True,
                tip=self.stat_tip,
            )
            line = pg.PlotCurveItem()
            label = pg.TextItem(color=self.colours.stat_label, anchor=(0, 0.5))
            for item, z in ((line, 5), (marker, 6), (label, 7)):
                item.setZValue(z)
                self.plot.addItem(item)
            self._pool.append((marker, line, label))
        return self._pool[i]

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

    def figure(self, stat_id: str) -> FigureMarks | None:
        return next((m for m in self.figures if m.placed.stat.id == stat_id), None)

    def stat_tip(self, x: float = 0.0, y: float = 0.0, data: object = None) -> str:
        """A figure's tooltip: value, kind and period, series, scope, source, its scale."""
        m = self.figure(str(data))
        return "" if m is None else m.placed.tip()


class _SceneAxis(pg.AxisItem):
    """An axis that draws without a view: device pixels are scene units (a bare scene
    has no viewport, and the stock axis then draws nothing)."""

    def deviceTransform_(self) -> QTransform:
        return self.deviceTransform(QTransform())


def offscreen_plot(width: float, height: float) -> tuple[pg.GraphicsScene, ChartPlot]:
    """A chart in a bare scene, no widget: what the report records."""
    configure()
    scene = pg.GraphicsScene()
    item = pg.PlotItem(axisItems={side: _SceneAxis(side) for side in ("bottom", "left", "right")})
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
    its value, kind and period, series, scope and source (what the page shows on hover)."""
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
            paint_figure_mark(p, item, QPointF(14, y + 8), 10.0, LIGHT.stat_edge)
            p.setPen(QColor("#222222"))
            p.drawText(
                QRectF(32, y, width - 34, rect.height() + 2), int(Qt.TextFlag.TextWordWrap), text
            )
            y += max(rect.height(), 16.0) + 4
        return QSizeF(width, y)
    finally:
        p.restore()
