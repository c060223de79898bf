"""Bar chart of documented incidents over time, with published statistics beside it.

pyqtgraph is imported here only, and this module only when the chart opens, so the main
window does not pay its import cost at start-up. Plot items are built once and updated
with ``setOpts`` / ``setData``.
"""

from __future__ import annotations

import html
import math
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from khorasan_desktop import paths
from khorasan_desktop.core.viewspec import ViewSpec
from khorasan_desktop.data.browse import EventRow, Statistic
from khorasan_desktop.data.layers import (
    BUNDLED,
    IMPORTED_PREFIX,
    Layers,
)
from khorasan_desktop.data.layers import bin_rows as layered_bin_rows
from khorasan_desktop.data.reference import CountFilter, Counts, Reference
from khorasan_desktop.ui.events_model import EventsTableModel, events_table_view
from khorasan_desktop.ui.filter_bar import FilterBar
from khorasan_desktop.ui.query import QueryRunner
from khorasan_desktop.ui.source_selector import SourceSelector
from khorasan_desktop.ui.table_export import add_export_menu
from khorasan_desktop.ui.tree_model import EntityIdRole
from khorasan_desktop.views import chart as chart_view
from khorasan_desktop.views.chart import ChartViewData

PALETTE = [
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
]
IMPRECISE_COLOR = "#9e9e9e"
COUNT_UNITS = ("attacks", "claimed attacks", "events", "suicide bombings")


def _load_chart(
    ref: Reference, user_db: Path, flt: CountFilter, by: str, stack: str | None, chosen: Layers
) -> ChartViewData:
    """Worker-side: resolve the GUI's choices and load the chart view (no Qt)."""
    return chart_view.load(ref, chart_view.resolved(flt, by, stack, chosen, user_db), user_db)


class ChartView(QWidget):
    entityActivated = Signal(str, bool)
    binSelected = Signal(str)
    refreshed = Signal()

    def __init__(
        self,
        ref: Reference,
        parent: QWidget | None = None,
        query: QueryRunner | None = None,
        user_db: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.ref = ref
        self.query = query or QueryRunner.synchronous(ref)
        self.user_db = user_db or paths.user_db()
        self.imported_rows: dict[str, EventRow] = {}
        self.filters = FilterBar(ref)
        self.source = SourceSelector()
        self.by = QComboBox()
        for b in ("year", "quarter", "month"):
            self.by.addItem(f"per {b}", b)
        self.stack = QComboBox()
        for label, value in (
            ("no stacks", None),
            ("stack: country", "country"),
            ("stack: province", "province"),
        ):
            self.stack.addItem(label, value)
        self.filters.extra.insertWidget(self.filters.extra.count() - 1, self.source)
        self.filters.extra.insertWidget(self.filters.extra.count() - 1, QLabel("Bars:"))
        self.filters.extra.insertWidget(self.filters.extra.count() - 1, self.by)
        self.filters.extra.insertWidget(self.filters.extra.count() - 1, self.stack)

        pg.setConfigOptions(antialias=True, background="w", foreground="k")
        self.plot = pg.PlotWidget()
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(y=True, alpha=0.25)
        self.plot.setLabel("left", "Documented incidents")
        self.plot.getPlotItem().setMouseEnabled(x=True, y=False)
        self.legend = self.plot.addLegend(offset=(10, 10))
        self.bars: list[pg.BarGraphItem] = []
        self.imprecise_bar = pg.BarGraphItem(
            x=[], height=[], width=0.6, brush=IMPRECISE_COLOR, pen=None
        )
        self.plot.addItem(self.imprecise_bar)
        self.stat_markers = pg.ScatterPlotItem(
            useCache=False,  # paths, not cached pixmaps: stays vector in PDF reports
            size=12,
            symbol="d",
            pen=pg.mkPen("#222"),
            brush=pg.mkBrush("#ffd400"),
            hoverable=True,
            tip=self._stat_tip,
        )
        self.plot.addItem(self.stat_markers)
        self.stat_clipped = pg.ScatterPlotItem(
            useCache=False,  # paths, not cached pixmaps: stays vector in PDF reports
            size=13,
            symbol="t1",
            pen=pg.mkPen("#222"),
            brush=pg.mkBrush("#ffd400"),
            hoverable=True,
            tip=self._stat_tip,
        )
        self.plot.addItem(self.stat_clipped)
        self.stat_labels: list[pg.TextItem] = []
        self.y_top = 1.0
        self.legend.addItem(self.stat_markers, "published statistic (hover for source)")
        self.plot.scene().sigMouseClicked.connect(self._clicked)

        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.stats_label = QTextBrowser()
        self.stats_label.setOpenLinks(False)

        self.events_model = EventsTableModel(self._rows_for, self)
        self.events_view = events_table_view(self.events_model)
        self.events_view.doubleClicked.connect(self._open_row)
        add_export_menu(
            self.events_view,
            lambda: f"events in bin {self._bin} of chart ({self.filters.describe()})",
        )
        self._bin = ""
        self.bin_label = QLabel("Click a bar to list its incidents.")

        upper = QWidget()
        ul = QVBoxLayout(upper)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addWidget(self.filters)
        ul.addWidget(self.plot, 1)
        ul.addWidget(self.caption)
        incidents = QWidget()
        ll = QVBoxLayout(incidents)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.bin_label)
        ll.addWidget(self.events_view)
        self.lower_tabs = QTabWidget()
        self.lower_tabs.setDocumentMode(True)
        self.lower_tabs.addTab(incidents, "Incidents in the selected bar")
        self.lower_tabs.addTab(self.stats_label, "Published figures")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(self.lower_tabs)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

        self.periods: list[str] = []
        self.totals: list[int] = []
        self.counts: Counts | None = None
        self.data: ChartViewData | None = None
        self.stats: list[Statistic] = []
        self._stat_index: dict[tuple[float, float], Statistic] = {}
        self.filters.changed.connect(self.refresh)
        self.by.currentIndexChanged.connect(lambda _i: self.refresh())
        self.stack.currentIndexChanged.connect(lambda _i: self.refresh())
        self.source.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    # -- public --------------------------------------------------------------------------
    def current_filter(self) -> CountFilter:
        return self.filters.filter()

    def bin_size(self) -> str:
        return str(self.by.currentData())

    def view_spec(self) -> ViewSpec:
        """The spec that reproduces this chart: what it shows, else what its controls ask."""
        if self.data is not None:
            return self.data.resolved.to_spec()
        chosen = self.layers()
        stack = self.stack.currentData() if chosen == BUNDLED else None
        scope = chart_view.ResolvedChart(self.current_filter(), self.bin_size(), stack, chosen, ())
        return scope.to_spec()

    def set_bin(self, by: str) -> None:
        self.by.setCurrentIndex(max(self.by.findData(by), 0))

    def set_stack(self, stack: str | None) -> None:
        self.stack.setCurrentIndex(max(self.stack.findData(stack), 0))

    def bar_data(self) -> tuple[list[str], list[int]]:
        """Periods and total heights as drawn (tests compare them with the data layer)."""
        return list(self.periods), list(self.totals)

    def stacked_heights(self) -> dict[str, list[float]]:
        return {str(b.opts.get("name")): list(b.opts["height"]) for b in self.bars if b.isVisible()}

    # -- drawing -------------------------------------------------------------------------
    def set_datasets(self, datasets: list[Any]) -> None:
        self.source.set_datasets(datasets)

    def layers(self) -> Layers:
        return self.source.layers()

    def set_source(self, source: str) -> None:
        self.source.set_source(source)

    def refresh(self) -> None:
        """Ask for the chart's data in the background; drawing happens when it arrives."""
        chosen = self.layers()
        self.stack.setEnabled(chosen == BUNDLED)
        self.caption.setText("<i>Counting…</i>")
        self.query.submit(
            "chart",
            _load_chart,
            self.user_db,
            self.current_filter(),
            self.bin_size(),
            self.stack.currentData(),
            chosen,
            owner=self,
            on_result=self.show_data,
            on_error=lambda m: self.caption.setText(f"Could not count: {html.escape(m)}"),
        )

    def show_data(self, data: ChartViewData) -> None:
        """Draw a chart view's data: the one path for the GUI's own queries and reports."""
        self.data = data
        by = data.resolved.by
        flt = data.resolved.flt
        self.plot.setLabel(
            "left",
            "Documented incidents" if data.resolved.layers == BUNDLED else "Events counted",
        )
        counts = data.counts
        self.counts = counts
        self.periods = list(data.periods)
        self.totals = list(data.totals)
        self._draw_series({name: list(h) for name, h in data.series})
        n = len(self.periods)
        self.imprecise_bar.setOpts(
            x=[n + 0.5] if counts.imprecise else [],
            height=[counts.imprecise] if counts.imprecise else [],
            width=0.6,
        )
        self.stats = list(data.statistics)
        self._draw_statistics(flt, by)
        self._draw_axis(by)
        self._caption(data)
        self.refreshed.emit()

    def _draw_series(self, series: dict[str, list[float]]) -> None:
        while len(self.bars) < len(series):
            bar = pg.BarGraphItem(x=[], height=[], width=0.8)
            self.plot.addItem(bar)
            self.bars.append(bar)
        self.legend.clear()
        base = [0.0] * len(self.periods)
        xs = list(range(len(self.periods)))
        for i, bar in enumerate(self.bars):
            if i >= len(series):
                bar.setOpts(x=[], height=[], y0=[])
                bar.setVisible(False)
                continue
            name, heights = list(series.items())[i]
            color = PALETTE[i % len(PALETTE)]
            bar.setOpts(
                x=xs,
                height=heights,
                y0=list(base),
                width=0.8,
                brush=color,
                pen=pg.mkPen(QColor(color).darker(130), width=0.5),
                name=name,
            )
            bar.setVisible(True)
            base = [b + h for b, h in zip(base, heights, strict=True)]
            if len(series) > 1:
                self.legend.addItem(bar, name)
        self.legend.addItem(self.stat_markers, "published statistic (hover for source)")
        if self.counts and self.counts.imprecise:
            self.legend.addItem(self.imprecise_bar, "date too imprecise for this bin")

    def _draw_axis(self, by: str) -> None:
        n = len(self.periods)
        step = max(1, math.ceil(n / 14))
        ticks: list[tuple[float, str]] = [
            (float(i), p) for i, p in enumerate(self.periods) if i % step == 0
        ]
        if self.counts and self.counts.imprecise:
            ticks.append((n + 0.5, "imprecise"))
        self.plot.getAxis("bottom").setTicks([ticks])
        self.plot.setYRange(0, self.y_top, padding=0)
        self.plot.setXRange(
            -0.8, n + (1.3 if self.counts and self.counts.imprecise else 0.2), padding=0
        )
        self.plot.setLabel("bottom", f"period ({by})")

    def _plotted_stats(self) -> list[Statistic]:
        return [
            s
            for s in self.stats
            if s.value is not None
            and s.value >= 0
            and (s.unit or "") in COUNT_UNITS
            and s.period_start
        ]

    def _draw_statistics(self, flt: CountFilter, by: str) -> None:
        bar_top = max([*self.totals, self.counts.imprecise if self.counts else 0, 1])
        # Yearly bars share their axis with the figures; finer bins keep the bars legible and
        # draw larger figures as triangles at the top edge with their value written beside.
        stat_top = max((s.value or 0 for s in self._plotted_stats()), default=0)
        self.y_top = max(bar_top, stat_top) * 1.12 if by == "year" else bar_top * 1.35
        inside: list[dict[str, Any]] = []
        above: list[dict[str, Any]] = []
        self._stat_index = {}
        index = {p: i for i, p in enumerate(self.periods)}
        for s in self._plotted_stats():
            assert s.period_start is not None
            start = chart_view.period_of_day(s.period_start, by)
            if start not in index:
                continue
            end = chart_view.period_of_day(s.period_end or s.period_start, by)
            x = (index[start] + index.get(end, index[start])) / 2 + 0.3
            y = float(s.value or 0)
            if y > self.y_top * 0.95:
                y = self.y_top * 0.93
                above.append({"pos": (x, y), "data": s.id})
            else:
                inside.append({"pos": (x, y), "data": s.id})
            self._stat_index[(round(x, 3), round(y, 3))] = s
        self.stat_markers.setData(spots=inside)
        self.stat_clipped.setData(spots=above)
        for i, spot in enumerate(above):
            if i >= len(self.stat_labels):
                label = pg.TextItem(color="#5a4500", anchor=(0, 0.5))
                self.plot.addItem(label)
                self.stat_labels.append(label)
            st = self._stat_index[(round(spot["pos"][0], 3), round(spot["pos"][1], 3))]
            self.stat_labels[i].setText(f"{st.value_text.split(' ')[0]}↑")
            self.stat_labels[i].setPos(spot["pos"][0] + 0.15, spot["pos"][1])
            self.stat_labels[i].setVisible(True)
        for label in self.stat_labels[len(above) :]:
            label.setVisible(False)
        plotted = {s.id for s in self._plotted_stats()}
        rows = []
        for s in sorted(self.stats, key=lambda s: (s.id not in plotted, s.period_start or "")):
            mark = "◆ " if s.id in plotted else ""
            rows.append(
                f"<li>{mark}<b>{html.escape(s.value_text)}</b> — "
                f"{html.escape(s.series)} ({html.escape(s.period_text or 'undated')})"
                f"; <i>{html.escape(s.source)}</i></li>"
            )
        self.stats_label.setHtml(
            "<p>Published figures for this scope. ◆ = drawn on the chart (counts only, at "
            "their own stated period; ▲ = above the top of the chart). They often far exceed "
            "the documented sample.</p><ul>" + "".join(rows) + "</ul>"
        )
        self.lower_tabs.setTabText(1, f"Published figures ({len(rows)})")

    def _stat_tip(self, x: float, y: float, data: object) -> str:
        s = self._stat_index.get((round(x, 3), round(y, 3)))
        if s is None:
            return ""
        return f"{s.value_text}\n{s.series}, {s.period_text}\nSource: {s.source}"

    def _caption(self, data: ChartViewData) -> None:
        by, counts = data.resolved.by, data.counts
        imprecise = (
            (
                f"; {counts.imprecise} more with a date too imprecise for a {by} "
                "(grey bar, not guessed)"
            )
            if counts.imprecise
            else ""
        )
        licences = "".join(
            f"<br><span style='color:#555'>{html.escape(a)}</span>" for a in data.attributions
        )
        caveat = (
            f"<br><span style='color:#8a4b00'>Coverage caveat: "
            f"{self.ref.meta.get('coverage_caveat', '')}</span>"
            if data.resolved.layers.bundled
            else ""
        )
        self.caption.setText(
            f"<b>Events per {by}</b> ({html.escape(data.scope)}): {counts.total} in all"
            f"{imprecise}. Counted: {html.escape(data.counted)}.{caveat}{licences}"
        )

    # -- interaction ---------------------------------------------------------------------
    def _clicked(self, event: object) -> None:
        pos = event.scenePos()  # type: ignore[attr-defined]
        vb = self.plot.getPlotItem().vb
        if not vb.sceneBoundingRect().contains(pos):
            return
        x = vb.mapSceneToView(pos).x()
        n = len(self.periods)
        if self.counts and self.counts.imprecise and abs(x - (n + 0.5)) <= 0.4:
            self.select_bin("imprecise")
            return
        i = round(x)
        if 0 <= i < n and abs(x - i) <= 0.45:
            self.select_bin(self.periods[i])

    def select_bin(self, period: str) -> None:
        """List the incidents of one bar (or of the imprecise bar) in the table below."""
        label = "dates too imprecise for this bin" if period == "imprecise" else period
        self._bin = period
        self.bin_label.setText(f"Listing incidents in {label}…")

        def show(result: tuple[list[str], dict[str, EventRow]]) -> None:
            ids, imported = result
            self.imported_rows = imported
            self.events_model.set_ids([*ids, *imported])
            extra = f" and {len(imported)} imported events" if imported else ""
            self.bin_label.setText(
                f"{len(ids)} documented incidents{extra} in {label} (double-click to open)"
            )
            self.binSelected.emit(period)

        self.query.submit(
            "chart-bin",
            layered_bin_rows,
            self.user_db,
            self.layers(),
            self.current_filter(),
            self.bin_size(),
            period,
            owner=self,
            on_result=show,
        )

    def _rows_for(self, ids: list[str]) -> dict[str, EventRow]:
        """Table rows: bundled incidents from the reference, imported ones from the bin."""
        bundled = [i for i in ids if not i.startswith(IMPORTED_PREFIX)]
        rows = self.ref.event_rows(bundled) if bundled else {}
        for i in ids:
            if i in self.imported_rows:
                rows[i] = self.imported_rows[i]
        return rows

    def _open_row(self, index: QModelIndex) -> None:
        row_id = index.data(EntityIdRole)
        if not row_id:
            return
        if row_id.startswith(IMPORTED_PREFIX):
            row = self.imported_rows.get(row_id)
            if row is not None:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.information(
                    self,
                    "Imported event",
                    f"{row.name}\n{row.date_display} · {row.place or ''}\n"
                    f"deaths: {row.deaths_best if row.deaths_best is not None else '—'}"
                    f" ({row.attack_type or ''})\nFrom an imported data set; see its licence "
                    "in Help > About.",
                )
            return
        self.entityActivated.emit(row_id, False)

    # -- page protocol (ui/pages.py) -----------------------------------------------------
    titleChanged = Signal(str)  # never emitted: the title is fixed

    @property
    def title(self) -> str:
        return "Attack counts"

    def refresh_datasets(self, datasets: list[Any]) -> None:
        """Offer the new data sets as sources and count again."""
        self.set_datasets(list(datasets))
        self.refresh()

    def flush(self) -> None:
        """Nothing to save: the filters are not user data."""
