"""Bar chart of documented incidents over time, with published statistics beside it.

pyqtgraph is imported here only, and this module only when the chart opens, so the main
window does not pay its import cost at start-up. Plot items are built once and updated
with ``setOpts`` / ``setData``.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QModelIndex, QPointF, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from khorasan_desktop import paths
from khorasan_desktop.core import viewspec
from khorasan_desktop.core.events import Event
from khorasan_desktop.core.i18n import translate
from khorasan_desktop.core.viewspec import ViewSpec
from khorasan_desktop.data.browse import Statistic
from khorasan_desktop.data.layers import (
    EVERY_SOURCE,
    IMPORTED_PREFIX,
    Layers,
    year_span,
)
from khorasan_desktop.data.layers import bin_rows as layered_bin_rows
from khorasan_desktop.data.reference import CountFilter, Counts, Reference
from khorasan_desktop.render import chart as chart_render
from khorasan_desktop.ui import theme
from khorasan_desktop.ui.events_model import EventsTableModel, LayeredRows, events_table_view
from khorasan_desktop.ui.filter_bar import FilterBar
from khorasan_desktop.ui.page_tab import PageState
from khorasan_desktop.ui.query import QueryRunner
from khorasan_desktop.ui.scope_caption import (
    ScopeCaption,
    caveat_tooltip,
    is_compact,
    shown_caveat,
)
from khorasan_desktop.ui.source_selector import SourceSelector
from khorasan_desktop.ui.table_export import add_export_menu
from khorasan_desktop.ui.tree_model import EntityIdRole
from khorasan_desktop.views import chart as chart_view
from khorasan_desktop.views.chart import ChartViewData


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
        self.bin_rows = LayeredRows(self.ref.event_rows)  # the listed bin's imported rows too
        self.filters = FilterBar(ref, year_span(ref, self.user_db, EVERY_SOURCE))
        self.source = SourceSelector()
        self.by = QComboBox()
        self.by.setAccessibleName(translate("ChartView", "Bars per"))
        for b, label in (
            ("year", translate("ChartView", "per year")),
            ("quarter", translate("ChartView", "per quarter")),
            ("month", translate("ChartView", "per month")),
        ):
            self.by.addItem(label, b)
        self.stack = QComboBox()
        self.stack.setAccessibleName(translate("ChartView", "Stack bars by"))
        for label, value in (
            (translate("ChartView", "no stacks"), None),
            (translate("ChartView", "stack: country"), "country"),
            (translate("ChartView", "stack: province"), "province"),
        ):
            self.stack.addItem(label, value)

        chart_render.configure()
        self.plot = pg.PlotWidget()
        self.plot.setAccessibleName(translate("ChartView", "Attack counts chart"))
        self.plot.getPlotItem().setMouseEnabled(x=True, y=False)
        self.chart = chart_render.ChartPlot(self.plot.getPlotItem())
        self.legend = self.chart.legend
        self.bars = self.chart.bars
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.plot.scene().sigMouseMoved.connect(self._hovered)
        from khorasan_desktop.ui.chart_keys import BarKeys

        self.bar_keys = BarKeys(self)  # arrows between bars, Enter lists one
        from khorasan_desktop.ui.item_tables import attach_chart

        self.as_table = attach_chart(self)  # the bars as a table (Alt+T)
        self.filters.add_line(
            QLabel(translate("ChartView", "Bars:")),
            self.by,
            self.stack,
            self.source,
            self.as_table.button,
        )

        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.stats_label = QTextBrowser()
        self.stats_label.setAccessibleName(translate("ChartView", "Published statistics"))
        self.stats_label.setOpenLinks(False)

        self.events_model = EventsTableModel(self.bin_rows, self, cite=self.ref.entity_citations)
        self.events_view = events_table_view(self.events_model)
        self.events_view.setAccessibleName(translate("ChartView", "Events in the chosen bar"))
        rows = self.events_view.verticalHeader().defaultSectionSize()
        header = self.events_view.horizontalHeader().sizeHint().height()
        self.events_view.setMinimumHeight(header + 3 * rows + 20)  # three rows at least
        self.events_view.doubleClicked.connect(self._open_row)
        add_export_menu(
            self.events_view,
            lambda: translate("ChartView", "events in bin {bin} of chart ({scope})").format(
                bin=self._bin, scope=self.filters.describe()
            ),
            lambda: self.data.figures.meta() if self.data is not None else {},
        )
        self._bin = ""
        self._restore_bin = ""  # a bar to list once a restored chart is drawn
        self.refreshed.connect(self._list_restored_bin)
        self.bin_label = QLabel(translate("ChartView", "Click a bar to list its incidents."))
        # The chart scope's published figures (the caveat is in the caption above).
        self.scope_caption = ScopeCaption(with_caveat=False)

        upper = QWidget()
        ul = QVBoxLayout(upper)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addWidget(self.filters)
        ul.addWidget(self.as_table, 1)
        ul.addWidget(self.caption)
        incidents = QWidget()
        ll = QVBoxLayout(incidents)
        ll.setContentsMargins(0, 0, 0, 0)
        above = QHBoxLayout()  # the bar listed, then its scope's caveat and figures
        above.addWidget(self.bin_label)
        above.addWidget(self.scope_caption, 1)
        ll.addLayout(above)
        ll.addWidget(self.events_view)
        self.lower_tabs = QTabWidget()
        self.lower_tabs.setAccessibleName(translate("ChartView", "Chart details"))
        self.lower_tabs.setDocumentMode(True)
        self.lower_tabs.addTab(incidents, translate("ChartView", "Incidents in the selected bar"))
        self.lower_tabs.addTab(self.stats_label, translate("ChartView", "Published figures"))
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
        self._apply_theme()
        theme.notifier().changed.connect(self._apply_theme)
        self.filters.changed.connect(self.refresh)
        self.by.currentIndexChanged.connect(lambda _i: self.refresh())
        self.stack.currentIndexChanged.connect(lambda _i: self.refresh())
        self.source.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    def _apply_theme(self) -> None:
        colours = theme.colours()
        self.plot.setBackground(colours.canvas)
        self.chart.set_colours(colours)
        if self.data is not None:
            self._caption(self.data)

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
        stack = self.stack.currentData()
        scope = chart_view.ResolvedChart(self.current_filter(), self.bin_size(), stack, chosen, ())
        return scope.to_spec()

    def scope_to(self, entity_id: str) -> None:
        """Count one actor's, country's or province's events (opened from its page)."""
        self.filters.scope_to(self.ref, entity_id)

    def set_date_range(self, dates: tuple[str, str] | None) -> None:
        """Exact dates brushed on the timeline (None: back to the year boxes)."""
        self.filters.set_dates(dates)

    def page_state(self) -> PageState:
        """The chart's spec (filters, bars, stacks, sources) and the bar listed below."""
        return {"spec": self.view_spec().text(), "bin": self._bin}

    def restore_page_state(self, state: PageState) -> None:
        text = state.get("spec")
        if isinstance(text, str):
            self.apply_spec(viewspec.parse(text))
        period = state.get("bin")
        if isinstance(period, str) and period:
            self._restore_bin = period  # listed once the restored chart is drawn

    def apply_spec(self, spec: ViewSpec) -> None:
        """Show a chart spec: its filters, bar size, stacks and sources (one recount)."""
        r = chart_view.resolve(self.ref, spec, self.user_db)
        for box in (self.by, self.stack, self.source):
            box.blockSignals(True)
        self.set_bin(r.by)
        self.set_stack(r.stack)
        self.set_source(r.layers.text())
        for box in (self.by, self.stack, self.source):
            box.blockSignals(False)
        self.filters.set_filter(r.flt)  # emits changed: the chart recounts

    def _list_restored_bin(self) -> None:
        if self._restore_bin:
            period, self._restore_bin = self._restore_bin, ""
            self.select_bin(period)

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
        self.caption.setText(translate("ChartView", "<i>Counting…</i>"))
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
            on_error=lambda m: self.caption.setText(
                translate("ChartView", "Could not count: {message}").format(message=html.escape(m))
            ),
        )

    def show_data(self, data: ChartViewData) -> None:
        """Draw a chart view's data (the one path for the GUI's own queries)."""
        self.data = data
        self.counts = data.counts
        self.periods = list(data.periods)
        self.totals = list(data.totals)
        self.stats = list(data.statistics)
        self.chart.draw(data)
        self._list_statistics(data)
        self._caption(data)
        self.scope_caption.show_figures(data.figures)
        # The list below follows: the same bar again for the new scope, else no bar (it
        # never names a bar of the previous bin size).
        if self._bin and (
            self._bin in self.periods or (self._bin == "imprecise" and data.counts.imprecise)
        ):
            self.select_bin(self._bin)
        else:
            self._bin = ""
            self.events_model.set_ids([])
            self.bin_label.setText(
                translate(
                    "ChartView",
                    "Click a bar (or Left/Right and Enter on the chart) to list its incidents.",
                )
            )
        self.refreshed.emit()

    def _list_statistics(self, data: ChartViewData) -> None:
        plotted = {s.id for s in chart_render.plotted_statistics(data)}
        rows = []
        for s in sorted(self.stats, key=lambda s: (s.id not in plotted, s.period_start or "")):
            mark = "◆ " if s.id in plotted else ""
            rows.append(
                f"<li>{mark}<b>{html.escape(s.value_text)}</b> — "
                f"{html.escape(s.series)} ({html.escape(s.period_text or 'undated')})"
                f"; <i>{html.escape(s.source)}</i></li>"
            )
        self.stats_label.setHtml(
            (
                translate(
                    "ChartView",
                    "<p>Published figures for this scope. ◆ = drawn on the chart at its "
                    "value over its stated period (on the right scale when its unit or size "
                    "differs from the bars'). They often far exceed the documented "
                    "sample.</p><ul>",
                )
            )
            + "".join(rows)
            + "</ul>"
        )
        self.lower_tabs.setTabText(
            1, translate("ChartView", "Published figures ({n})").format(n=len(rows))
        )

    def _caption(self, data: ChartViewData) -> None:
        by, counts = chart_render.unit_word(data.resolved.by), data.counts
        colours = theme.colours()
        imprecise = (
            (
                translate(
                    "ChartView",
                    "; {imprecise} more with a date too imprecise for a {by} (grey bar, "
                    "not guessed)",
                ).format(imprecise=counts.imprecise, by=by)
            )
            if counts.imprecise
            else ""
        )
        licences = "".join(
            f"<br><span style='color:{colours.muted}'>{html.escape(a)}</span>"
            for a in data.attributions
        )
        full = data.figures.caveat or ""  # the view's, as the PDF and the exports print it
        shown = shown_caveat(full, is_compact(self))
        self.caption.setToolTip(caveat_tooltip(full, shown))
        caveat = (
            (
                translate(
                    "ChartView",
                    "<br><span style='color:{warning}'>Coverage caveat: {text}</span>",
                ).format(warning=colours.warning, text=html.escape(shown))
            )
            if full
            else ""
        )
        self.caption.setText(
            translate(
                "ChartView",
                "<b>Events per {by}</b> ({scope}): {total} in all{imprecise}. "
                "Counted: {counted}.{caveat}{licences}",
            ).format(
                by=by,
                scope=html.escape(data.scope),
                total=counts.total,
                imprecise=imprecise,
                counted=html.escape(data.counted),
                caveat=caveat,
                licences=licences,
            )
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        was = self.caption.toolTip() != ""
        super().resizeEvent(event)
        if self.data is not None and was != is_compact(self):
            self._caption(self.data)

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

    def _hovered(self, pos: QPointF) -> None:
        """A bar's tooltip: its period, its count and the imprecise dates that may fall in it
        (the figures' markers have their own)."""
        vb = self.plot.getPlotItem().vb
        period = None
        if vb.sceneBoundingRect().contains(pos):
            p = vb.mapSceneToView(pos)
            period = self.chart.bar_at(p.x(), p.y())
        self.plot.setToolTip(self.chart.bar_tip(period) if period else "")

    def select_bin(self, period: str) -> None:
        """List the incidents of one bar (or of the imprecise bar) in the table below."""
        label = (
            translate("ChartView", "dates too imprecise for this bin")
            if period == "imprecise"
            else period
        )
        self._bin = period
        self.chart.select(period)
        self.bin_label.setText(
            translate("ChartView", "Listing incidents in {label}…").format(label=label)
        )

        def show(result: tuple[list[str], dict[str, Event]]) -> None:
            ids, imported = result
            self.bin_rows.imported = imported
            self.events_model.set_ids([*ids, *imported])
            extra = (
                translate("ChartView", " and {n} imported events").format(n=len(imported))
                if imported
                else ""
            )
            self.bin_label.setText(
                translate(
                    "ChartView",
                    "{n} documented incidents{extra} in {label} (double-click to open)",
                ).format(n=len(ids), extra=extra, label=label)
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

    def _open_row(self, index: QModelIndex) -> None:
        row_id = index.data(EntityIdRole)
        if not row_id:
            return
        if row_id.startswith(IMPORTED_PREFIX):
            row = self.bin_rows.imported.get(row_id)
            if row is not None:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.information(
                    self,
                    translate("ChartView", "Imported event"),
                    (
                        translate(
                            "ChartView",
                            "{name}\n{date} · {place}\ndeaths: {deaths} ({attack_type})\n"
                            "From an imported data set; see its licence in Help > About.",
                        ).format(
                            name=row.name,
                            date=row.date_display,
                            place=row.place or "",
                            deaths=row.deaths_best if row.deaths_best is not None else "—",
                            attack_type=row.attack_type or "",
                        )
                    ),
                )
            return
        self.entityActivated.emit(row_id, False)

    # -- page protocol (ui/pages.py) -----------------------------------------------------
    titleChanged = Signal(str)  # never emitted: the title is fixed

    @property
    def title(self) -> str:
        return translate("ChartView", "Attack counts")

    def refresh_datasets(self, datasets: list[Any]) -> None:
        """Offer the new data sets as sources, span their years, and count again."""
        self.set_datasets(list(datasets))
        self.filters.set_years(year_span(self.ref, self.user_db, EVERY_SOURCE))
        self.refresh()

    def flush(self) -> None:
        """Nothing to save: the filters are not user data."""
