"""The timeline picture, drawn from a timeline view's data into a pyqtgraph plot.

As with the chart (``render/chart.py``), one drawing serves the page's interactive plot
and the report's free-standing plot in a bare scene. The x axis is seconds since 1970
(UTC, pyqtgraph's date axis); lanes run down the y axis, relation periods first. A mark
spans its possible days; a day-precision event, one day wide at any zoom, is also drawn
as a tick so that it stays visible. Everything drawn is bounded by the view data (at most
``MARK_LIMIT`` marks or lanes x months cells), never by the size of the database.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QTransform

from khorasan_desktop.core.i18n import translate
from khorasan_desktop.core.text import shortened
from khorasan_desktop.data.timeline import DensityCell, TimelineMark
from khorasan_desktop.render.chart import configure
from khorasan_desktop.render.palette import LIGHT, Colours
from khorasan_desktop.views import timeline as timeline_view
from khorasan_desktop.views.timeline import PeriodBar, TimelineViewData

DAY = 86400.0
LANE_HEIGHT = 0.7
RELATION_COLOR = "#6b6b6b"
LEADERSHIP_COLOR = "#8c564b"
DENSITY_COLOR = "#4e79a7"
EVENT_COLOR = "#1f4e79"
SELECTED_COLOR = "#d62728"
OPEN_COLOR = "#d0d0d0"
LABEL_CHARS = 30


def seconds(iso: str, end: bool = False) -> float:
    """x of the start of a day (or of the end of it, ``end``)."""
    return (timeline_view.day_number(iso) + (1 if end else 0)) * DAY


@dataclass(frozen=True)
class Hit:
    """What is under the pointer: a mark, a relation bar or a density cell."""

    mark: TimelineMark | None = None
    bar: PeriodBar | None = None
    cell: DensityCell | None = None

    def tip(self, data: TimelineViewData) -> str:
        if self.mark is not None:
            m = self.mark
            when = (
                m.start
                if m.start == m.end
                else translate("timeline", "{first} to {last}").format(first=m.start, last=m.end)
            )
            return translate(
                "timeline", "{name}\n{when} ({precision} precision)\nLane: {lane}"
            ).format(name=m.name, when=when, precision=m.precision, lane=data.lane_label(m.lane))
        if self.bar is not None:
            b = self.bar
            kind = (
                translate("timeline", "Leadership term")
                if b.leadership
                else translate("timeline", "Relation")
            )
            vague = translate("timeline", " (vague)") if b.vague else ""
            return f"{kind}: {b.label}{vague}\n{b.period}"
        if self.cell is not None:
            c = self.cell
            return translate("timeline", "{count} events in {period}\nLane: {lane}").format(
                count=c.count, period=c.period, lane=data.lane_label(c.lane)
            )
        return ""


class TimelinePlot:
    """The items of one timeline inside a plot item, :meth:`draw` to fill them and
    :meth:`hit` to find what lies at a point."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self.plot = plot
        plot.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # time runs left to right
        plot.setMenuEnabled(False)
        plot.invertY(True)
        plot.showGrid(x=True, alpha=0.2)
        plot.hideButtons()
        self.relations = pg.BarGraphItem(x0=[], x1=[], y0=[], y1=[], brush=RELATION_COLOR)
        self.leadership = pg.BarGraphItem(x0=[], x1=[], y0=[], y1=[], brush=LEADERSHIP_COLOR)
        self.open_ends = pg.BarGraphItem(x0=[], x1=[], y0=[], y1=[], brush=OPEN_COLOR)
        self.open_ends.setZValue(1)  # the pale end sits on its bar, not under it
        self.spans = pg.BarGraphItem(x0=[], x1=[], y0=[], y1=[], brush=DENSITY_COLOR)
        self.density = pg.BarGraphItem(x0=[], x1=[], y0=[], y1=[], brush=DENSITY_COLOR)
        self.ticks = pg.ScatterPlotItem(
            useCache=False, symbol="|", size=14, pen=pg.mkPen(EVENT_COLOR, width=1.6)
        )
        self.selected = pg.BarGraphItem(
            x0=[], x1=[], y0=[], y1=[], brush=None, pen=pg.mkPen(SELECTED_COLOR, width=2.5)
        )
        self.colours = LIGHT
        # the keyboard's current item, outlined in the theme's focus colour above all else
        self.focus = pg.BarGraphItem(x0=[], x1=[], y0=[], y1=[], brush=None, pen=None)
        self.focus.setZValue(30)
        self.focused: Hit | None = None
        self._selected: Hit | None = None
        for item in (
            self.open_ends,
            self.relations,
            self.leadership,
            self.density,
            self.spans,
            self.ticks,
            self.selected,
            self.focus,
        ):
            plot.addItem(item)
        self.data: TimelineViewData | None = None
        self.lane_y: dict[str, int] = {}
        self.bar_y: dict[str, int] = {}
        # what the keys walk: one list per row from the top (relation bars, then lanes),
        # each in time order; empty rows are left out
        self.walk: list[list[Hit]] = []
        # a box widened to be seen at one zoom is redrawn at the next
        plot.vb.sigXRangeChanged.connect(lambda *_: self._reoutline())
        # every row's label, and how many rows the axis spans; a low plot names every
        # second (third...) row, so that no two labels print over each other
        self.labels: list[tuple[float, str]] = []
        self.rows = 0
        plot.vb.sigResized.connect(lambda *_: self.fit_labels())

    def set_colours(self, colours: Colours) -> None:
        """Axes, lane names and marks in ``colours``: the page follows the theme (its
        ground is set by its widget), the report's plot keeps the light set. Data colours
        keep their hue and are lifted where a dark ground would swallow them."""
        self.colours = colours
        ink = colours.qcolor("ink")
        for side in ("left", "bottom"):
            axis = self.plot.getAxis(side)
            axis.setPen(ink)
            axis.setTextPen(ink)
        shades = swatches(colours)
        self.relations.setOpts(brush=shades["relation"])
        self.leadership.setOpts(brush=shades["leadership"])
        self.open_ends.setOpts(brush=shades["open"])
        self.ticks.setPen(pg.mkPen(shades["tick"], width=1.6))
        if self.data is not None:
            self.draw(self.data)

    def draw(self, data: TimelineViewData) -> None:
        """Replace what the plot shows with ``data``."""
        self.data = data
        self.bar_y = {b.id: i for i, b in enumerate(data.bars)}
        gap = 1 if data.bars else 0
        self.lane_y = {lane.key: len(data.bars) + gap + i for i, lane in enumerate(data.lanes)}
        self._draw_bars(data)
        self._draw_events(data)
        self.select(None)
        self.walk = self._walk(data)
        self.set_focus(None)
        labels = [(float(self.bar_y[b.id]), shortened(b.label, LABEL_CHARS)) for b in data.bars]
        labels += [
            (float(self.lane_y[lane.key]), shortened(lane.label, LABEL_CHARS))
            for lane in data.lanes
        ]
        self.labels = labels
        self.plot.getAxis("left").setWidth(190)
        n = len(data.bars) + gap + len(data.lanes)
        self.rows = max(n, 1)
        self.plot.setYRange(-0.6, self.rows - 0.4, padding=0)
        self.fit_labels()
        x0, x1 = seconds(data.first_day), seconds(data.last_day, end=True)
        pad = (x1 - x0) * 0.01
        self.plot.setLimits(xMin=x0 - pad * 20, xMax=x1 + pad * 20, minXRange=7 * DAY)
        self.plot.setXRange(x0 - pad, x1 + pad, padding=0)

    def _row_and_line(self) -> tuple[float, float]:
        """Pixels per row, and the height of a line of the axis font."""
        axis = self.plot.getAxis("left")
        font = getattr(axis, "style", {}).get("tickFont") or axis.font()
        height = self.plot.vb.height()
        return (height / self.rows if self.rows > 0 else 0.0), QFontMetricsF(font).height()

    def label_step(self) -> int:
        """1 when every row's label fits beside its row, else every how many rows one is
        printed: a label needs a line of the axis font."""
        per_row, line = self._row_and_line()
        if per_row <= 0:
            return 1
        return max(1, math.ceil(line / per_row))

    def fit_labels(self) -> None:
        step = self.label_step()
        per_row, line = self._row_and_line()
        top, bottom = -0.6, self.rows - 0.4  # the y range draw() sets

        def inside(y: float) -> bool:  # a thinned label is not cut by the plot's edges
            return step == 1 or min(y - top, bottom - y) * per_row >= line / 2

        shown = [(y, t) for y, t in self.labels if round(y) % step == 0 and inside(y)]
        self.plot.getAxis("left").setTicks([shown, []])

    def _draw_bars(self, data: TimelineViewData) -> None:
        groups: dict[str, list[list[float]]] = {"rel": [[], [], [], []], "lead": [[], [], [], []]}
        opens: list[list[float]] = [[], [], [], []]
        x_first, x_last = seconds(data.first_day), seconds(data.last_day, end=True)
        for b in data.bars:
            y = self.bar_y[b.id]
            a, z = seconds(b.start), seconds(b.end, end=True)
            g = groups["lead" if b.leadership else "rel"]
            for col, v in zip(g, (a, z, y - LANE_HEIGHT / 2, y + LANE_HEIGHT / 2), strict=True):
                col.append(v)
            # an open end: a pale stub to the edge of the axis says "no end stated"
            if b.open_end and z >= x_last:
                stub = (z - 0.02 * (x_last - x_first), z, y - 0.2, y + 0.2)
                for col, v in zip(opens, stub, strict=True):
                    col.append(v)
        for item, key in ((self.relations, "rel"), (self.leadership, "lead")):
            c0, c1, c2, c3 = groups[key]
            item.setOpts(x0=c0, x1=c1, y0=c2, y1=c3)
        self.open_ends.setOpts(x0=opens[0], x1=opens[1], y0=opens[2], y1=opens[3])

    def _draw_events(self, data: TimelineViewData) -> None:
        shades = swatches(self.colours)
        event, cell = shades["tick"], shades["density"]
        x0: list[float] = []
        x1: list[float] = []
        y0: list[float] = []
        y1: list[float] = []
        brushes = []
        spots = []
        for m in data.marks:
            y = self.lane_y.get(m.lane)
            if y is None:
                continue
            a, b = seconds(m.start), seconds(m.end, end=True)
            x0.append(a)
            x1.append(b)
            y0.append(y - LANE_HEIGHT / 2)
            y1.append(y + LANE_HEIGHT / 2)
            shade = QColor(event)
            shade.setAlpha(110 if m.precision != "day" else 255)
            brushes.append(pg.mkBrush(shade))
            if m.precision == "day":
                spots.append({"pos": ((a + b) / 2, y), "data": m.id})
        self.spans.setOpts(x0=x0, x1=x1, y0=y0, y1=y1, brushes=brushes, pen=None)
        self.ticks.setData(spots=spots)
        top = max((c.count for c in data.density), default=1)
        cx0: list[float] = []
        cx1: list[float] = []
        cy0: list[float] = []
        cy1: list[float] = []
        cb = []
        for c in data.density:
            y = self.lane_y.get(c.lane)
            if y is None:
                continue
            first, last = timeline_view.period_days(c.period)
            cx0.append(seconds(first))
            cx1.append(seconds(last, end=True))
            cy0.append(y - LANE_HEIGHT / 2)
            cy1.append(y + LANE_HEIGHT / 2)
            shade = QColor(cell)
            shade.setAlpha(int(40 + 215 * c.count / top))
            cb.append(pg.mkBrush(shade))
        self.density.setOpts(x0=cx0, x1=cx1, y0=cy0, y1=cy1, brushes=cb, pen=None)

    # -- finding and selecting -----------------------------------------------------------
    def hit(self, x: float, y: float, slack: float) -> Hit | None:
        """What is drawn at (x, y); ``slack``: seconds of x that count as on a mark (a
        few pixels at the current zoom, so a one-day tick can be hit)."""
        data = self.data
        if data is None:
            return None
        row = round(y)
        if abs(y - row) > LANE_HEIGHT / 2 + 0.05:
            return None
        for b in data.bars:
            if (
                self.bar_y[b.id] == row
                and seconds(b.start) - slack <= x <= seconds(b.end, end=True) + slack
            ):
                return Hit(bar=b)
        best: tuple[float, TimelineMark] | None = None
        for m in data.marks:  # bounded by MARK_LIMIT
            if self.lane_y.get(m.lane) != row:
                continue
            a, z = seconds(m.start), seconds(m.end, end=True)
            if a - slack <= x <= z + slack:
                dist = abs(x - (a + z) / 2)
                if best is None or dist < best[0]:
                    best = (dist, m)
        if best is not None:
            return Hit(mark=best[1])
        for c in data.density:
            if self.lane_y.get(c.lane) != row:
                continue
            first, last = timeline_view.period_days(c.period)
            if seconds(first) <= x <= seconds(last, end=True):
                return Hit(cell=c)
        return None

    def select(self, hit: Hit | None) -> None:
        """Outline the selected mark or bar (nothing when ``hit`` is None)."""
        self._selected = hit
        box = self.outline(hit) if hit is not None and hit.cell is None else None
        if box is None:
            self.selected.setOpts(x0=[], x1=[], y0=[], y1=[])
            return
        a, b, y = box
        self.selected.setOpts(x0=[a], x1=[b], y0=[y - 0.45], y1=[y + 0.45])

    def _reoutline(self) -> None:
        if self.focused is not None:
            self.set_focus(self.focused)
        if self._selected is not None:
            self.select(self._selected)

    def set_focus(self, hit: Hit | None) -> None:
        """Outline ``hit`` as the keyboard's current item (None: no mark)."""
        self.focused = hit
        box = self.outline(hit, least=0.012) if hit is not None else None
        if box is None:
            self.focus.setOpts(x0=[], x1=[], y0=[], y1=[], pen=None)
            return
        a, b, y = box
        self.focus.setOpts(
            x0=[a],
            x1=[b],
            y0=[y - 0.5],
            y1=[y + 0.5],
            brush=None,
            pen=pg.mkPen(self.colours.focus, width=3.5),
        )

    def span(self, hit: Hit) -> tuple[float, float]:
        """First and last x (seconds) of a mark, a bar or a cell."""
        if hit.mark is not None:
            return seconds(hit.mark.start), seconds(hit.mark.end, end=True)
        if hit.bar is not None:
            return seconds(hit.bar.start), seconds(hit.bar.end, end=True)
        assert hit.cell is not None
        first, last = timeline_view.period_days(hit.cell.period)
        return seconds(first), seconds(last, end=True)

    def row_of(self, hit: Hit) -> int | None:
        """The y of the row a mark, bar or cell is drawn on (None: not drawn)."""
        if hit.bar is not None:
            return self.bar_y.get(hit.bar.id)
        if hit.mark is not None:
            return self.lane_y.get(hit.mark.lane)
        return self.lane_y.get(hit.cell.lane) if hit.cell is not None else None

    def outline(self, hit: Hit, least: float = 0.004) -> tuple[float, float, int] | None:
        """(first x, last x, row y) of the box round an item, at least ``least`` of the
        view wide so that it is seen at the current zoom (a day is a sliver on a ten-year
        axis); None if it is not drawn."""
        y = self.row_of(hit)
        if y is None:
            return None
        a, b = self.span(hit)
        view = self.plot.vb.viewRange()[0]
        min_w = (view[1] - view[0]) * least
        if b - a < min_w:
            a, b = (a + b) / 2 - min_w / 2, (a + b) / 2 + min_w / 2
        return a, b, y

    def _walk(self, data: TimelineViewData) -> list[list[Hit]]:
        """Rows of items from the top, each oldest first (bounded by the view data)."""
        rows: dict[int, list[Hit]] = {}
        for bar in data.bars:
            rows.setdefault(self.bar_y[bar.id], []).append(Hit(bar=bar))
        for m in data.marks:
            if m.lane in self.lane_y:
                rows.setdefault(self.lane_y[m.lane], []).append(Hit(mark=m))
        for c in data.density:
            if c.lane in self.lane_y:
                rows.setdefault(self.lane_y[c.lane], []).append(Hit(cell=c))
        return [sorted(rows[y], key=self.span) for y in sorted(rows)]


class _SceneDateAxis(pg.DateAxisItem):
    """A date axis that draws without a view (see render.chart._SceneAxis)."""

    def deviceTransform_(self) -> QTransform:
        return self.deviceTransform(QTransform())


class _SceneAxis(pg.AxisItem):
    def deviceTransform_(self) -> QTransform:
        return self.deviceTransform(QTransform())


def date_axis() -> pg.DateAxisItem:
    """The x axis of the page's timeline (UTC: dates do not shift with the time zone)."""
    return pg.DateAxisItem("bottom", utcOffset=0)


def offscreen_plot(
    width: float, height: float, min_pt: float = 0.0
) -> tuple[pg.GraphicsScene, TimelinePlot]:
    """A timeline in a bare scene, no widget: what the report records. ``min_pt``: the
    smallest point size of lane names and dates, so they print legibly once scaled."""
    configure()
    scene = pg.GraphicsScene()
    item = pg.PlotItem(
        axisItems={"bottom": _SceneDateAxis("bottom", utcOffset=0), "left": _SceneAxis("left")}
    )
    for side in ("left", "bottom"):
        tick_font = QFont()
        tick_font.setPointSizeF(max(tick_font.pointSizeF(), min_pt))
        item.getAxis(side).setStyle(tickFont=tick_font)
    scene.addItem(item)
    item.setGeometry(QRectF(0, 0, width, height))
    scene.setSceneRect(QRectF(0, 0, width, height))
    return scene, TimelinePlot(item)


def picture_height(data: TimelineViewData) -> float:
    """Height of the report's picture: enough for every lane to be read."""
    rows = len(data.bars) + (1 if data.bars else 0) + len(data.lanes)
    return max(260.0, min(900.0, 90.0 + 24.0 * rows))


def settle(scene: pg.GraphicsScene, plot: TimelinePlot) -> None:
    plot.plot.layout.activate()
    scene.prepareForPaint()


LEGEND_ROW = 18.0


def legend_entries(data: TimelineViewData) -> list[tuple[str, str]]:
    """(swatch, label) of what this timeline draws: the legend of the page and the PDF."""
    out: list[tuple[str, str]] = []
    if data.marks:
        out.append(("tick", translate("timeline", "event dated to the day")))
        if any(m.precision != "day" for m in data.marks):
            out.append(
                ("span", translate("timeline", "event dated to a month or coarser (spans it)"))
            )
    if data.density:
        out.append(("density", translate("timeline", "events per month (darker: more)")))
    if any(b.leadership for b in data.bars):
        out.append(("leadership", translate("timeline", "leadership term")))
    if any(not b.leadership for b in data.bars):
        out.append(("relation", translate("timeline", "relation period")))
    if any(b.open_end for b in data.bars):
        out.append(("open", translate("timeline", "no end stated: drawn to the edge")))
    return out


def swatches(colours: Colours) -> dict[str, QColor]:
    """The colour of each kind of mark on a ground of ``colours`` (plot and legend)."""
    span = colours.line(EVENT_COLOR)
    span.setAlpha(110)
    # "no end stated" is a pale stub: near the ground, on a dark ground as on paper
    pale = QColor(OPEN_COLOR)
    if colours.dark:
        ground, ink = colours.qcolor("canvas"), colours.qcolor("ink")
        pale = QColor.fromRgbF(
            ground.redF() + 0.3 * (ink.redF() - ground.redF()),
            ground.greenF() + 0.3 * (ink.greenF() - ground.greenF()),
            ground.blueF() + 0.3 * (ink.blueF() - ground.blueF()),
        )
    return {
        "tick": colours.line(EVENT_COLOR),
        "span": span,
        "density": colours.line(DENSITY_COLOR),
        "leadership": colours.line(LEADERSHIP_COLOR),
        "relation": colours.line(RELATION_COLOR),
        "open": pale,
    }


LEGEND_CELL = 290.0


def legend_size(entries: list[tuple[str, str]], width: float) -> QSizeF:
    """Entries flow in cells of LEGEND_CELL across ``width``, then onto the next row."""
    per_row = max(1, int(width // LEGEND_CELL))
    rows = -(-len(entries) // per_row) if entries else 0
    return QSizeF(
        min(width, LEGEND_CELL * min(per_row, max(len(entries), 1))), rows * LEGEND_ROW + 8
    )


def paint_legend(
    p: QPainter, entries: list[tuple[str, str]], width: float = 600.0, colours: Colours = LIGHT
) -> QSizeF:
    """Paint the legend at the origin (see :func:`legend_size`); returns the size used.
    The page's legend sits on the window's ground and passes the theme's colours; the
    PDF's keeps the light set."""
    per_row = max(1, int(width // LEGEND_CELL))
    shades = swatches(colours)
    p.save()
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont()
        font.setPointSizeF(8.5)
        p.setFont(font)
        for i, (swatch, label) in enumerate(entries):
            x = 4 + (i % per_row) * LEGEND_CELL
            y = 4 + (i // per_row) * LEGEND_ROW
            if swatch == "tick":
                p.setPen(pg.mkPen(shades["tick"], width=2))
                p.drawLine(QPointF(x + 11, y + 2), QPointF(x + 11, y + LEGEND_ROW - 4))
            else:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(shades[swatch])
                p.drawRect(QRectF(x, y + 4, 22, LEGEND_ROW - 8))
            p.setPen(colours.qcolor("ink"))
            p.drawText(
                QRectF(x + 28, y, LEGEND_CELL - 32, LEGEND_ROW),
                int(Qt.AlignmentFlag.AlignVCenter),
                label,
            )
        return legend_size(entries, width)
    finally:
        p.restore()
