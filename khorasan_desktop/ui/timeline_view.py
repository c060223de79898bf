"""The timeline page: events on lanes along their possible dates, relation periods and
leadership terms above them; zoom and pan, hover, click to open, and a brushed date
range that becomes the date filter of the chart and the map of the same window.

The data is loaded off the GUI thread (``views.timeline.load``, bounded in SQL); what the
GUI thread does per mouse move or click is bounded by that data (at most ``MARK_LIMIT``
marks), never by the database.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QDate, QModelIndex, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from khorasan_desktop import paths
from khorasan_desktop.core import viewspec
from khorasan_desktop.core.events import IMPORTED_PREFIX, Event
from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from khorasan_desktop.core.viewspec import ViewSpec
from khorasan_desktop.data.layers import EVERY_SOURCE, Layers, dataset_names, year_span
from khorasan_desktop.data.reference import CountFilter, Reference
from khorasan_desktop.render import timeline as timeline_render
from khorasan_desktop.ui import theme
from khorasan_desktop.ui.events_model import EventsTableModel, events_table_view
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
from khorasan_desktop.ui.timeline_keys import MarkKeys
from khorasan_desktop.ui.tree_model import EntityIdRole
from khorasan_desktop.views import events as events_kind
from khorasan_desktop.views import timeline as timeline_view
from khorasan_desktop.views.events import EventsViewData
from khorasan_desktop.views.timeline import TimelineViewData

LIST_LIMIT = 1000  # events listed under the timeline (the first by date)
LANE_CHOICES = (
    (QT_TRANSLATE_NOOP("timeline_view", "lanes: province"), "province"),
    (QT_TRANSLATE_NOOP("timeline_view", "lanes: actor"), "actor"),
    (QT_TRANSLATE_NOOP("timeline_view", "lanes: attack type"), "type"),
)


def _load(
    ref: Reference,
    user_db: Path,
    flt: CountFilter,
    lanes: str,
    entity_id: str | None,
    chosen: Layers,
) -> TimelineViewData:
    """Worker-side: load the timeline view (no Qt)."""
    r = timeline_view.resolved(flt, lanes, entity_id, chosen, user_db)
    return timeline_view.load(ref, r, user_db)


def _listed(ref: Reference, user_db: Path, flt: CountFilter, chosen: Layers) -> EventsViewData:
    """Worker-side: the first events of a scope by date of every chosen source, and how
    many there are (the events view kind, as the PDF's events section lists them)."""
    r = events_kind.ResolvedEvents(flt, chosen, tuple(dataset_names(user_db, chosen)))
    return events_kind.load(ref, r, user_db, LIST_LIMIT)


def _day(x: float) -> str:
    """The ISO day an x (seconds since 1970, UTC) falls on."""
    return (dt.date(1970, 1, 1) + dt.timedelta(days=int(x // timeline_render.DAY))).isoformat()


class _Plot(pg.PlotWidget):
    """The plot, with keys: Shift+Left/Right pan, +/- zoom, 0 shows everything (the
    unmodified arrows walk the marks: ui/timeline_keys.py)."""

    def __init__(self, owner: TimelineView) -> None:
        super().__init__(axisItems={"bottom": timeline_render.date_axis()})
        self._owner = owner
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        vb = self.getPlotItem().vb
        (x0, x1), _ = vb.viewRange()
        width = x1 - x0
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key == Qt.Key.Key_Left and shift:
            vb.setXRange(x0 - width * 0.1, x1 - width * 0.1, padding=0)
        elif key == Qt.Key.Key_Right and shift:
            vb.setXRange(x0 + width * 0.1, x1 + width * 0.1, padding=0)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            vb.scaleBy(x=0.8)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            vb.scaleBy(x=1.25)
        elif key == Qt.Key.Key_0:
            self._owner.reset_zoom()
        else:
            super().keyPressEvent(event)


MIN_LANES_SHOWN = 4  # lanes the timeline has room to label, however low the window
LIST_ROWS = 6  # events the list below the timeline shows at least, where the page allows


class _ListSplitter(QSplitter):
    """Plot above, events list below: until the reader moves the handle, the list keeps
    room for LIST_ROWS rows, so a tall plot cannot squeeze it to two rows; on a low
    screen a quarter of the height, and never less than half of those rows."""

    def __init__(self, want: Callable[[int], int]) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self._want = want
        self.moved_by_reader = False
        self.setChildrenCollapsible(False)
        self.splitterMoved.connect(self._moved)

    def _moved(self, _pos: int, _index: int) -> None:
        self.moved_by_reader = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.give_list_room()

    def give_list_room(self) -> None:
        sizes = self.sizes()
        total = sum(sizes)
        if self.moved_by_reader or len(sizes) != 2 or total <= 0:
            return
        want = min(self._want(LIST_ROWS), max(self._want(LIST_ROWS // 2), total // 4))
        if sizes[1] < want:
            self.setSizes([total - want, want])


class _Legend(QWidget):
    """The legend the PDF prints (render.timeline.paint_legend), as a widget."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[tuple[str, str]] = []
        self.setAccessibleName(translate("_Legend", "Timeline legend"))

    def set_entries(self, entries: list[tuple[str, str]]) -> None:
        self.entries = entries
        self.setAccessibleDescription("; ".join(label for _s, label in entries))
        self.setFixedHeight(self.heightForWidth(max(self.width(), 300)))
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.setFixedHeight(self.heightForWidth(max(self.width(), 300)))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(timeline_render.legend_size(self.entries, float(width)).height())

    def sizeHint(self) -> QSize:
        return QSize(600, self.heightForWidth(600))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        timeline_render.paint_legend(p, self.entries, float(self.width()), theme.colours())
        p.end()


class _InfoLine(QLabel):
    """The line under the timeline (what the keys do, the mark or range chosen): wrapped
    on a tall window; one line elided to its width on a low one (``compact``), the whole
    text in its tooltip and accessible name."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.full = ""
        self.compact = False
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.show_text(text)

    def show_text(self, text: str) -> None:
        self.full = text
        self.setAccessibleName(text)
        self._fit()

    def set_compact(self, compact: bool) -> None:
        if compact != self.compact:
            self.compact = compact
            self._fit()

    def _fit(self) -> None:
        self.setWordWrap(not self.compact)
        if not self.compact:
            self.setText(self.full)
            self.setToolTip("")
            return
        shown = self.fontMetrics().elidedText(
            self.full, Qt.TextElideMode.ElideRight, max(self.width(), 40)
        )
        self.setText(shown)
        self.setToolTip(self.full if shown != self.full else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.compact:
            self._fit()


class TimelineView(QWidget):
    entityActivated = Signal(str, bool)
    datesBrushed = Signal(str, str)  # ISO first and last day; both empty: brush cleared
    refreshed = Signal()
    titleChanged = Signal(str)  # never emitted: the title is fixed

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
        self.entity_id: str | None = None
        self.data: TimelineViewData | None = None
        self.filters = FilterBar(ref, year_span(ref, self.user_db, EVERY_SOURCE))
        self.source = SourceSelector()
        self.imported_rows: dict[str, Event] = {}  # imported events listed below
        self.lanes = QComboBox()
        self.lanes.setAccessibleName(translate("TimelineView", "Timeline lanes"))
        for label, value in LANE_CHOICES:
            self.lanes.addItem(translate("timeline_view", label), value)
        self.brush = QPushButton(translate("TimelineView", "&Brush dates"))
        self.brush.setCheckable(True)
        self.brush.setAccessibleName(translate("TimelineView", "Brush a date range"))
        self.brush.setToolTip(
            translate(
                "TimelineView",
                "Show a range to drag over the timeline; its dates become the date "
                "filter of the chart and the map in this window",
            )
        )
        self.brush_from = QDateEdit()
        self.brush_to = QDateEdit()
        for edit, name in (
            (self.brush_from, translate("TimelineView", "Brushed from")),
            (self.brush_to, translate("TimelineView", "Brushed to")),
        ):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            edit.editingFinished.connect(self._edited_dates)
        self.filters.add_line(
            QLabel(translate("TimelineView", "Lanes:")),
            self.lanes,
            self.source,
            self.brush,
            self.brush_from,
            QLabel(translate("TimelineView", "to")),
            self.brush_to,
        )

        timeline_render.configure()
        self.plot = _Plot(self)
        # room for a handful of labelled lanes above the date axis, however low the
        # screen (the other labels are thinned out, every lane stays on the keys)
        self.plot.setMinimumHeight(MIN_LANES_SHOWN * self.fontMetrics().height() + 40)
        item = self.plot.getPlotItem()
        item.setMouseEnabled(x=True, y=False)
        self.timeline = timeline_render.TimelinePlot(item)
        self.region = pg.LinearRegionItem(brush=pg.mkBrush(255, 200, 0, 60))
        self.region.setZValue(20)
        self.region.setVisible(False)
        item.addItem(self.region, ignoreBounds=True)
        self.region.sigRegionChangeFinished.connect(self._region_moved)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.plot.scene().sigMouseMoved.connect(self._hovered)
        self.brush.toggled.connect(self._brush_toggled)

        self.legend = _Legend()
        theme.notifier().changed.connect(self._apply_theme)
        self.timeline.set_colours(theme.colours())
        self.plot.setBackground(theme.colours().canvas)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.details = _InfoLine(
            translate(
                "TimelineView",
                "Click an event to open it; hover for its dates. On the timeline the arrow "
                "keys move between marks and Enter opens one.",
            )
        )

        self.events_model = EventsTableModel(self._rows_for, self, cite=self.ref.entity_citations)
        self.events_view = events_table_view(self.events_model)
        self.events_view.setAccessibleName(translate("TimelineView", "Events on the timeline"))
        self.events_view.doubleClicked.connect(self._open_row)
        self.events_view.activated.connect(self._open_row)
        self.mark_keys = MarkKeys(self)  # arrows between marks, Enter opens one
        add_export_menu(
            self.events_view,
            lambda: translate("TimelineView", "events of the timeline ({scope})").format(
                scope=self.filters.describe()
            ),
        )
        self.list_label = QLabel()

        upper = QWidget()
        ul = QVBoxLayout(upper)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addWidget(self.filters)
        ul.addWidget(self.plot, 1)
        ul.addWidget(self.legend)
        ul.addWidget(self.caption)
        ul.addWidget(self.details)
        lower = QWidget()
        ll = QVBoxLayout(lower)
        ll.setContentsMargins(0, 0, 0, 0)
        above = QHBoxLayout()  # the events listed, then the scope's published figures
        above.addWidget(self.list_label)
        self.scope_caption = ScopeCaption(with_caveat=False)  # the caveat is in the caption
        above.addWidget(self.scope_caption, 1)
        ll.addLayout(above)
        ll.addWidget(self.events_view)
        split = _ListSplitter(self._list_height)
        self.split = split
        split.addWidget(upper)
        split.addWidget(lower)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

        self.filters.changed.connect(self.refresh)
        self.lanes.currentIndexChanged.connect(lambda _i: self.refresh())
        self.source.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    # -- public --------------------------------------------------------------------------
    def current_filter(self) -> CountFilter:
        return self.filters.filter()

    def lane_kind(self) -> str:
        return str(self.lanes.currentData())

    def set_lanes(self, lanes: str) -> None:
        self.lanes.setCurrentIndex(max(self.lanes.findData(lanes), 0))

    def layers(self) -> Layers:
        return self.source.layers()

    def set_datasets(self, datasets: list[Any]) -> None:
        """Offer imported event data sets as sources (see SourceSelector)."""
        self.source.set_datasets(datasets)

    def set_source(self, source: str) -> None:
        self.source.set_source(source)

    def scope_to(self, entity_id: str) -> None:
        """Show the timeline of one actor or region (its relations drawn as periods)."""
        self.entity_id = entity_id
        if self.filters.scope_to(self.ref, entity_id):
            self.refresh()
        else:
            self.entity_id = None

    def view_spec(self) -> ViewSpec:
        if self.data is not None:
            return self.data.resolved.to_spec()
        return timeline_view.resolved(
            self.current_filter(), self.lane_kind(), self._entity(), self.layers()
        ).to_spec()

    def page_state(self) -> PageState:
        """The timeline's spec (scope, lanes, sources) and the brushed range: what Back,
        Forward and a saved investigation bring back."""
        state: PageState = {"spec": self.view_spec().text()}
        brushed = self.brushed()
        if brushed is not None:
            state["brush"] = list(brushed)
        return state

    def restore_page_state(self, state: PageState) -> None:
        text = state.get("spec")
        if isinstance(text, str):
            r = timeline_view.resolve(self.ref, viewspec.parse(text), self.user_db)
            for box in (self.lanes, self.source):
                box.blockSignals(True)
            self.set_lanes(r.lanes)
            self.set_source(r.layers.text())
            for box in (self.lanes, self.source):
                box.blockSignals(False)
            self.entity_id = r.entity_id
            self.filters.set_filter(r.flt)  # the bar shows it and the timeline redraws once
        brush = state.get("brush")
        if isinstance(brush, list) and len(brush) == 2 and all(isinstance(d, str) for d in brush):
            first, last = sorted(brush)
            if (
                QDate.fromString(first, "yyyy-MM-dd").isValid()
                and QDate.fromString(last, "yyyy-MM-dd").isValid()
            ):
                self.brush_range(first, last)

    def brushed(self) -> tuple[str, str] | None:
        """The brushed range (ISO days), None when not brushing."""
        if not self.brush.isChecked():
            return None
        return (
            self.brush_from.date().toString("yyyy-MM-dd"),
            self.brush_to.date().toString("yyyy-MM-dd"),
        )

    def brush_range(self, first: str, last: str) -> None:
        """Brush ``first``..``last`` (ISO days) as a drag of the region would."""
        self.brush.setChecked(True)
        self.region.setRegion(
            (timeline_render.seconds(first), timeline_render.seconds(last, end=True))
        )
        self._region_moved()

    def reset_zoom(self) -> None:
        if self.data is not None:
            self.timeline.draw(self.data)

    # -- loading and drawing -------------------------------------------------------------
    def _entity(self) -> str | None:
        """The entity the filters still name (its relations are drawn), else None."""
        flt = self.current_filter()
        if self.entity_id in (flt.actor_id, flt.country_id, flt.province_id):
            return self.entity_id
        return None

    def refresh(self) -> None:
        self.caption.setText(translate("TimelineView", "<i>Loading the timeline…</i>"))
        self.query.submit(
            "timeline",
            _load,
            self.user_db,
            self.current_filter(),
            self.lane_kind(),
            self._entity(),
            self.layers(),
            owner=self,
            on_result=self.show_data,
            on_error=lambda m: self.caption.setText(
                translate("TimelineView", "Could not load: {message}").format(
                    message=html.escape(m)
                )
            ),
        )
        self._list()

    def resizeEvent(self, event: QResizeEvent) -> None:
        was = self.caption.toolTip() != ""
        super().resizeEvent(event)
        self.details.set_compact(is_compact(self))
        if self.data is not None and was != is_compact(self):
            self._caption(self.data)  # the caveat shortened on a low window, whole again

    def _apply_theme(self) -> None:
        """The plot, its legend and the caption in the theme's colours (the PDF's picture
        stays light)."""
        colours = theme.colours()
        self.plot.setBackground(colours.canvas)
        self.timeline.set_colours(colours)
        self.legend.update()
        if self.data is not None:
            self._caption(self.data)

    def show_data(self, data: TimelineViewData) -> None:
        self.data = data
        self.scope_caption.show_figures(data.figures)
        self.timeline.draw(data)
        if not self.brush.isChecked():  # the boxes offer the timeline's span to start from
            for edit, day in ((self.brush_from, data.first_day), (self.brush_to, data.last_day)):
                edit.blockSignals(True)
                edit.setDate(QDate.fromString(day, "yyyy-MM-dd"))
                edit.blockSignals(False)
        self.legend.set_entries(timeline_render.legend_entries(data))
        self._caption(data)
        self.refreshed.emit()

    def _caption(self, data: TimelineViewData) -> None:
        parts = [
            translate("TimelineView", "<b>Timeline</b> ({text}): {events} dated events").format(
                text=html.escape(data.scope), events=data.events
            )
        ]
        if data.undated:
            parts.append(
                translate("TimelineView", "; {undated} without a date, not drawn").format(
                    undated=data.undated
                )
            )
        if data.aggregated:
            parts.append(
                translate(
                    "TimelineView",
                    "; more than {limit} marks, so drawn as counts per lane and month "
                    "(brush or narrow the filters to see each event)",
                ).format(limit=timeline_view.MARK_LIMIT)
            )
        if data.lanes_total > len(data.lanes):
            parts.append(
                translate(
                    "TimelineView", "; {lanes_total} lanes, the busiest shown, the rest as 'other'"
                ).format(lanes_total=data.lanes_total)
            )
        if data.bars_total > len(data.bars):
            parts.append(
                translate("TimelineView", "; {n} of {bars_total} dated relations drawn").format(
                    n=len(data.bars), bars_total=data.bars_total
                )
            )
        if data.resolved.layers.imported:
            parts.append(
                translate("TimelineView", ". Drawn: {counted}").format(
                    counted=html.escape(data.counted)
                )
            )
            parts += [f"<br>{html.escape(a)}" for a in data.attributions]
        caveat = data.figures.caveat or ""  # the view's, as the PDF and the export print it
        shown = shown_caveat(caveat, is_compact(self))
        self.caption.setToolTip(caveat_tooltip(caveat, shown))
        self.caption.setText(
            "".join(parts)
            + (
                translate(
                    "TimelineView",
                    ".<br><span style='color:{warning}'>Coverage caveat: {text}</span>",
                ).format(warning=theme.colours().warning, text=html.escape(shown))
            )
        )

    def _list(self) -> None:
        """List the events of the scope (of the brushed range when brushing) below."""
        flt = self.current_filter()
        brushed = self.brushed()
        if brushed is not None:
            flt = replace(flt, date_from=brushed[0], date_to=brushed[1])
        self.list_label.setText(translate("TimelineView", "Listing events…"))

        def show(data: EventsViewData) -> None:
            self.imported_rows = {e.id: e for e in data.imported}
            ids = [*data.incident_ids, *self.imported_rows]
            self.events_model.set_ids(ids)
            total = data.total
            where = (
                translate("TimelineView", " from {value} to {second}").format(
                    value=brushed[0], second=brushed[1]
                )
                if brushed
                else ""
            )
            more = (
                translate("TimelineView", " (the first {n} of {total} by date)").format(
                    n=len(ids), total=total
                )
                if total > len(ids)
                else ""
            )
            self.list_label.setText(
                translate(
                    "TimelineView", "{total} events{where}{more}; Enter or double-click opens one"
                ).format(total=total, where=where, more=more)
            )

        self.query.submit(
            "timeline-list",
            _listed,
            self.user_db,
            flt,
            self.layers(),
            owner=self,
            on_result=show,
            on_error=lambda m: self.list_label.setText(
                translate("TimelineView", "Could not list: {message}").format(message=m)
            ),
        )

    # -- brushing ------------------------------------------------------------------------
    def _brush_toggled(self, on: bool) -> None:
        self.brush_from.setEnabled(on)
        self.brush_to.setEnabled(on)
        if on:
            (x0, x1), _ = self.plot.getPlotItem().vb.viewRange()
            quarter = (x1 - x0) / 4
            self.region.setRegion((x0 + quarter, x1 - quarter))
            self.region.setVisible(True)
            self._region_moved()
        else:
            self.region.setVisible(False)
            self.datesBrushed.emit("", "")
            self._list()

    def _region_moved(self) -> None:
        if not self.brush.isChecked():
            return
        a, b = self.region.getRegion()
        first, last = _day(a), _day(b - 1)
        for edit, day in ((self.brush_from, first), (self.brush_to, last)):
            edit.blockSignals(True)
            edit.setDate(QDate.fromString(day, "yyyy-MM-dd"))
            edit.blockSignals(False)
        self._announce(first, last)

    def _edited_dates(self) -> None:
        first, last = sorted(
            (
                self.brush_from.date().toString("yyyy-MM-dd"),
                self.brush_to.date().toString("yyyy-MM-dd"),
            )
        )
        self.region.blockSignals(True)
        self.region.setRegion(
            (timeline_render.seconds(first), timeline_render.seconds(last, end=True))
        )
        self.region.blockSignals(False)
        self._announce(first, last)

    def _announce(self, first: str, last: str) -> None:
        self.details.show_text(
            translate(
                "TimelineView",
                "Brushed {first} to {last}: the chart and the map of this window filter on it.",
            ).format(first=first, last=last)
        )
        self.datesBrushed.emit(first, last)
        self._list()

    # -- pointer -------------------------------------------------------------------------
    def _slack(self) -> float:
        """Seconds of x that four pixels span at the current zoom."""
        vb = self.plot.getPlotItem().vb
        (x0, x1), _ = vb.viewRange()
        return (x1 - x0) / max(vb.width(), 1.0) * 4

    def _hit_at(self, scene_pos: QPointF) -> timeline_render.Hit | None:
        vb = self.plot.getPlotItem().vb
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        p = vb.mapSceneToView(scene_pos)
        return self.timeline.hit(p.x(), p.y(), self._slack())

    def _hovered(self, scene_pos: QPointF) -> None:
        hit = self._hit_at(scene_pos)
        text = hit.tip(self.data) if hit is not None and self.data is not None else ""
        self.plot.setToolTip(text)
        if not text:
            QToolTip.hideText()

    def _clicked(self, event: Any) -> None:
        hit = self._hit_at(event.scenePos())
        self.open_hit(hit)

    def open_hit(self, hit: timeline_render.Hit | None) -> None:
        """Select what was clicked and open it: an event's page, or for a relation bar the
        entity at its other end."""
        self.timeline.select(hit)
        if hit is None or self.data is None:
            return
        self.details.show_text(hit.tip(self.data).replace("\n", " · "))
        if hit.mark is not None:
            self._open_event(hit.mark.id)
        elif hit.bar is not None:
            self.entityActivated.emit(hit.bar.other_id, True)
        elif hit.cell is not None:  # a month's count: zoom to it to see its events
            a, b = self.timeline.span(hit)
            self.plot.getPlotItem().vb.setXRange(a, b, padding=0.1)

    def _open_event(self, event_id: str) -> None:
        """Open an event's page; an imported event has none, so it is described here."""
        if not event_id.startswith(IMPORTED_PREFIX):
            self.entityActivated.emit(event_id, True)
            return
        row = self.imported_rows.get(event_id)
        _, dataset, ext_id = event_id.split(":", 2)
        text = translate(
            "TimelineView",
            "Event {ext_id} of the imported data set {dataset} (imported events have no page)",
        ).format(ext_id=ext_id, dataset=dataset)
        if row is not None:
            text += translate(
                "TimelineView", ": {name}, {date}, {place}, {attack_type}, deaths {deaths}"
            ).format(
                name=row.name,
                date=row.date_display,
                place=row.place or translate("TimelineView", "place not stated"),
                attack_type=row.attack_type or translate("TimelineView", "type not stated"),
                deaths=translate("TimelineView", "not stated")
                if row.deaths_best is None
                else str(row.deaths_best),
            )
        self.details.show_text(text + ".")

    def _rows_for(self, ids: list[str]) -> dict[str, Event]:
        """Table rows: bundled incidents from the reference, imported ones as listed."""
        bundled = [i for i in ids if not i.startswith(IMPORTED_PREFIX)]
        rows = self.ref.event_rows(bundled) if bundled else {}
        rows.update({i: self.imported_rows[i] for i in ids if i in self.imported_rows})
        return rows

    def _list_height(self, rows: int) -> int:
        """Height of the list's line and header, ``rows`` rows and its scroll bar."""
        view = self.events_view
        return (
            self.list_label.sizeHint().height()
            + view.horizontalHeader().sizeHint().height()
            + rows * view.verticalHeader().defaultSectionSize()
            + view.horizontalScrollBar().sizeHint().height()
            + 2 * view.frameWidth()
            + 8
        )

    def _open_row(self, index: QModelIndex) -> None:
        row_id = index.data(EntityIdRole)
        if row_id:
            self._open_event(row_id)

    # -- page protocol (ui/pages.py) -----------------------------------------------------
    @property
    def title(self) -> str:
        return translate("TimelineView", "Timeline")

    def refresh_datasets(self, datasets: list[Any]) -> None:
        """Offer the new data sets as sources, span their years, and draw again."""
        self.set_datasets(list(datasets))
        self.filters.set_years(year_span(self.ref, self.user_db, EVERY_SOURCE))
        self.refresh()

    def flush(self) -> None:
        """Nothing to save: the filters are not user data."""
