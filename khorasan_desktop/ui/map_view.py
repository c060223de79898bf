"""Offline choropleth map of Afghanistan and its neighbours (Natural Earth polygons).

Everything is drawn locally with QGraphicsView: no tiles, no network. Polygons are parsed
once per process (the GeoJSON is ~1.5 MB) and the scene items are built once per widget;
a filter change only restyles brushes, toggles labels and replaces the point markers.
The map's data (``views.map.load``: counts and places together) is loaded off the GUI
thread in one call (``QueryRunner``); the places arrive already grouped by coordinates,
at most ``PLACE_LIMIT`` of them (the busiest).
Projection is equirectangular with the x axis scaled by cos(34°) so that shapes at
Afghanistan's latitude keep their proportions; y is flipped so north is up.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsScene,
    QGraphicsView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from khorasan_desktop import paths
from khorasan_desktop.core import viewspec
from khorasan_desktop.core.events import Event
from khorasan_desktop.core.i18n import translate
from khorasan_desktop.core.viewspec import ViewSpec
from khorasan_desktop.data.browse import Box
from khorasan_desktop.data.errors import NotFound
from khorasan_desktop.data.layers import EVERY_SOURCE, Layers, year_span
from khorasan_desktop.data.reference import CountFilter, Reference
from khorasan_desktop.render.map import (
    CLASSES,
    SWATCH_SIZE,
    ColorClass,
    IncidentMarker,
    MapScene,
    RegionItem,
    Swatch,
    legend_entries,
    off_map_text,
    paint_scale_bar,
    paint_swatch,
    px_per_degree,
    scene_box,
)
from khorasan_desktop.render.palette import Colours
from khorasan_desktop.ui import theme
from khorasan_desktop.ui.events_model import EventsTableModel, LayeredRows, events_table_view
from khorasan_desktop.ui.filter_bar import FilterBar
from khorasan_desktop.ui.page_tab import PageState
from khorasan_desktop.ui.query import QueryRunner
from khorasan_desktop.ui.scope_caption import ScopeCaption
from khorasan_desktop.ui.source_selector import SourceSelector
from khorasan_desktop.ui.table_export import add_export_menu
from khorasan_desktop.ui.tree_model import EntityIdRole
from khorasan_desktop.views import map as map_kind
from khorasan_desktop.views.map import MapViewData, ResolvedMap

CHANNEL = "map"
MIN_ZOOM, MAX_ZOOM = 0.5, 40.0  # relative to the home view
ZOOMED_IN = 1.5  # beyond this zoom (1 = home) markers are grouped for the area shown only


RELOAD_MS = 150  # a zoom or pan settles this long before the markers are asked for anew


def _load_map(
    ref: Reference,
    user_db: Path,
    flt: CountFilter,
    chosen: Layers,
    cell: float,
    bbox: Box | None,
) -> MapViewData:
    """Worker-side: resolve the page's choices and load the map view (no Qt), so the page
    draws the same value the report and the exports render."""
    return map_kind.load(ref, map_kind.resolved(flt, chosen, user_db), user_db, cell, bbox)


def _cell_events(
    ref: Reference,
    user_db: Path,
    flt: CountFilter,
    chosen: Layers,
    cell: float,
    cells: list[tuple[int, int]],
) -> tuple[list[str], dict[str, Event]]:
    """Worker-side: every event of a clicked marker's cells (see ``map_kind.cell_events``)."""
    return map_kind.cell_events(ref, map_kind.resolved(flt, chosen, user_db), user_db, cell, cells)


# -- view and widget -----------------------------------------------------------------------
class _MapGraphicsView(QGraphicsView):
    """Drag to pan, wheel or +/-/0 to zoom; a click without drag activates an item."""

    def __init__(self, scene: QGraphicsScene, owner: MapView) -> None:
        super().__init__(scene)
        self._owner = owner
        self._press: QPoint | None = None
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(theme.colours().qcolor("sea"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("_MapGraphicsView", "Map"))

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self._owner.zoom_by(1.25**steps, under_mouse=True)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self._owner.zoom_by(1.25)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self._owner.zoom_by(1 / 1.25)
        elif key == Qt.Key.Key_0:
            self._owner.reset_view()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        pos = event.position().toPoint()
        moved = (pos - self._press).manhattanLength()
        self._press = None
        if moved < QApplication.startDragDistance():
            self._owner.activate_at(self.mapToScene(pos))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._owner._view_resized()

    def drawForeground(self, painter: QPainter, rect: Any) -> None:
        """The scale bar, in the lower left corner of the viewport at any zoom."""
        painter.save()
        painter.resetTransform()
        paint_scale_bar(painter, QPointF(8, self.viewport().height() - 8), self.transform().m11())
        painter.restore()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._owner._view_resized()


class _Swatch(QWidget):
    """A legend icon (see render.map.paint_swatch), as a widget for the grid."""

    def __init__(self, swatch: Swatch) -> None:
        super().__init__()
        self.swatch = swatch
        self.setFixedSize(SWATCH_SIZE.toSize())

    def paintEvent(self, event: object) -> None:
        p = QPainter(self)
        paint_swatch(p, QPointF(0, 0), self.swatch)
        p.end()


class MapLegend(QWidget):
    """Colour classes, marker meaning and the coverage caveat, beside the map: the entries
    of render.map.legend_entries as labels (selectable, read by screen readers)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapLegend")
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)
        row = 0
        self.note = QLabel()
        self.swatches: list[_Swatch] = []
        for kind, swatch, text in legend_entries(theme.colours()):
            if (kind == "heading" and row) or kind == "note":
                grid.setRowMinimumHeight(row, 8)
                row += 1
            label = QLabel(
                f"<b>{text}</b>"
                if kind == "heading"
                else f"<i>{text}</i>"
                if kind == "note"
                else text
            )
            label.setWordWrap(True)
            if kind == "note":
                self.note = label
            if swatch is not None:
                self.swatches.append(_Swatch(swatch))
                grid.addWidget(self.swatches[-1], row, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(label, row, 1)
            else:
                grid.addWidget(label, row, 0, 1, 2)
            row += 1
        self.off_map = QLabel()
        self.off_map.setWordWrap(True)
        self.off_map.setVisible(False)
        grid.addWidget(self.off_map, row, 0, 1, 2)
        row += 1
        grid.setRowStretch(row, 1)
        grid.setColumnStretch(1, 1)
        for label in self.findChildren(QLabel):
            font = label.font()
            font.setPointSizeF(max(7.5, font.pointSizeF() - 0.5))
            label.setFont(font)

    def set_colours(self, colours: Colours) -> None:
        """Swatches as the map now paints them (the labels follow the widget palette)."""
        icons = [swatch for _k, swatch, _t in legend_entries(colours) if swatch is not None]
        for widget, swatch in zip(self.swatches, icons, strict=True):
            widget.swatch = swatch
            widget.update()


class MapView(QWidget):
    """Province choropleth with incident markers for the chart/map filter.

    Emits ``entityActivated`` with a region id (province or country) or an incident id
    when the user clicks; hovering shows names and counts. The map's data is loaded
    through ``query`` (inline by default); ``refreshed`` is emitted once it is drawn.
    """

    entityActivated = Signal(str)
    refreshed = Signal()
    clusterListed = Signal(int)  # incidents listed for a clicked cluster

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
        self.source = SourceSelector()
        # The chart's filter bar: the same controls and the same date rules (years, or the
        # exact dates a timeline brushed)
        self.filters = FilterBar(ref, year_span(ref, self.user_db, EVERY_SOURCE))
        self.filters.changed.connect(lambda: self.set_filter(self.filters.filter()))
        self.source.currentIndexChanged.connect(lambda _i: self.set_filter(self.current_filter()))
        self._filter = CountFilter()
        self._layers: Layers | None = None  # the layers the shown data counted
        self._places_total = 0  # places matching the filter, drawn or not
        self._loading = False  # the current filter's data is still awaited
        self._error: str | None = None
        self._names: dict[str, str] = {}  # entity id -> name, for captions
        self._home_scale = 1.0
        self._user_moved = False
        self._caption_text = ""
        self._cell = map_kind.HOME_CELL  # the grid of the markers shown or asked for
        self._bbox: Box | None = None  # the area they cover (None: everywhere)
        self._reload = QTimer(self)  # markers for a new zoom or area, once it settles
        self._reload.setSingleShot(True)
        self._reload.setInterval(RELOAD_MS)
        self._reload.timeout.connect(self._reload_markers)
        self._steps: Iterator[int] | None = None  # markers being made in slices

        self.scene = MapScene(ref.region_shapes(), self)
        self._home = self.scene.home
        self.view = _MapGraphicsView(self.scene, self)

        self.caption = QLabel()
        self.caption.setObjectName("mapCaption")
        self.caption.setAccessibleName(translate("MapView", "Map caption"))
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        for text, tip, slot in (
            ("+", translate("MapView", "Zoom in (+)"), lambda: self.zoom_by(1.25)),
            ("−", translate("MapView", "Zoom out (−)"), lambda: self.zoom_by(1 / 1.25)),
            (
                translate("MapView", "Reset"),
                translate("MapView", "Show Afghanistan and Pakistan (0)"),
                self.reset_view,
            ),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setAutoRaise(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.source)
        top.addLayout(buttons)

        self.legend = MapLegend()
        self.legend.setFixedWidth(190)
        from khorasan_desktop.ui.item_tables import attach_map

        self.as_table = attach_map(self, self.entityActivated.emit)  # provinces (Alt+T)
        top.addWidget(self.as_table.button)
        body = QHBoxLayout()
        body.setSpacing(0)
        body.addWidget(self.as_table, 1)
        # The legend scrolls in a short window (1024x600) instead of making it taller.
        legend_area = QScrollArea()
        legend_area.setAccessibleName(translate("MapView", "Map legend"))
        legend_area.setWidget(self.legend)
        legend_area.setWidgetResizable(True)
        legend_area.setFrameShape(QFrame.Shape.NoFrame)
        legend_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        legend_area.setFixedWidth(
            self.legend.width() + legend_area.verticalScrollBar().sizeHint().width()
        )
        body.addWidget(legend_area)
        # a cluster's incidents, listed when it is clicked
        self.cluster_label = QLabel()
        self.cluster_rows = LayeredRows(self.ref.event_rows)
        self.cluster_model = EventsTableModel(
            self.cluster_rows, self, cite=self.ref.entity_citations
        )
        self.cluster_view = events_table_view(self.cluster_model)
        self.cluster_view.setAccessibleName(
            translate("MapView", "Incidents of the clicked cluster")
        )
        self.cluster_view.doubleClicked.connect(self._open_row)
        self.cluster_view.activated.connect(self._open_row)
        add_export_menu(
            self.cluster_view,
            lambda: translate("MapView", "incidents of a map cluster ({scope})").format(
                scope=self.filters.describe()
            ),
        )
        self.cluster_panel = QWidget()
        cl = QVBoxLayout(self.cluster_panel)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.cluster_label)
        cl.addWidget(self.cluster_view)
        self.cluster_panel.setVisible(False)
        upper = QWidget()
        ul = QVBoxLayout(upper)
        ul.setContentsMargins(0, 0, 0, 0)
        ul.addLayout(top)
        self.scope_caption = ScopeCaption()  # the counts' caveat and published figures
        ul.addWidget(self.scope_caption)
        ul.addLayout(body, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(self.cluster_panel)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(self.filters)
        outer.addWidget(split, 1)

        self._apply_theme()
        theme.notifier().changed.connect(self._apply_theme)
        self.set_filter(CountFilter())  # one load as it opens (a second would run in vain)

    def _apply_theme(self) -> None:
        colours = theme.colours()
        self.view.setBackgroundBrush(colours.qcolor("sea"))
        self.scene.set_colours(colours)
        self.legend.set_colours(colours)

    # -- building (once) -------------------------------------------------------------------
    # -- filter (restyle only) -------------------------------------------------------------
    def set_filter(self, flt: CountFilter) -> None:
        """Shade provinces and place markers for ``flt``; the polygons are not rebuilt.

        The map's data is asked for in the background in one call; until it arrives the
        caption says so and the previous shading stays. ``refreshed`` follows the drawing;
        an answer for an older filter is dropped (the runner's channel).
        """
        self._filter = flt
        self._error = None
        self._loading = True
        self._layers = self.source.layers()
        self._update_caption()
        self._cell, self._bbox = self._wanted_grid()
        self._submit()

    def layers(self) -> Layers:
        """The event sources the map's counts are of (the last filter applied)."""
        return self._layers or self.source.layers()

    def _submit(self) -> None:
        self.query.submit(
            CHANNEL,
            _load_map,
            self.user_db,
            self._filter,
            self._layers or self.source.layers(),
            self._cell,
            self._bbox,
            owner=self,
            on_result=self.show_data,
            on_error=self._failed,
        )

    def _wanted_grid(self) -> tuple[float, Box | None]:
        """The grid for the current zoom (``views.map.grid_cell``) and, once zoomed in,
        the area to group: what the view shows and as much again on every side, so a
        short pan needs no new query. At the home view and beyond: everywhere."""
        if not self.view.isVisible():  # not framed yet: the home view's usual grid
            return map_kind.HOME_CELL, None
        cell = map_kind.grid_cell(px_per_degree(self.view.transform().m11()))
        if self.zoom_level() <= ZOOMED_IN:
            return cell, None
        shown = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        area = shown.adjusted(-shown.width(), -shown.height(), shown.width(), shown.height())
        return cell, scene_box(area)

    def _grid_outdated(self) -> bool:
        """The markers shown are too coarse for the zoom (they would not split), much
        finer than it needs (a cost with no gain: overlapping markers merge anyway), or do
        not cover the view."""
        cell, bbox = self._wanted_grid()
        if cell < self._cell or cell >= 4 * self._cell or (bbox is None) != (self._bbox is None):
            return True
        if bbox is None or self._bbox is None:
            return False
        have, want = self._bbox, bbox
        shown = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        s, w, n, e = scene_box(shown)
        return not (have[0] <= s and have[1] <= w and n <= have[2] and e <= have[3]) and (
            want != have
        )

    def _reload_markers(self) -> None:
        """Ask for the markers of the current zoom and area (the shading stays)."""
        if self._loading or not self._grid_outdated():
            return
        self._cell, self._bbox = self._wanted_grid()
        self._loading = True
        self._submit()

    def set_date_range(self, dates: tuple[str, str] | None) -> None:
        """Exact dates brushed on the timeline (None: back to the year boxes)."""
        self.filters.set_dates(dates)

    def scope_to(self, entity_id: str) -> None:
        """Map one actor's, country's or province's events (opened from its page)."""
        self.filters.scope_to(self.ref, entity_id)

    def show_data(self, data: MapViewData) -> None:
        """Draw a map view's data as loaded by the view layer (the one drawing path)."""
        self._filter = data.resolved.flt
        self._layers = data.resolved.layers
        self._cell, self._bbox = data.cell, data.bbox
        steps = self.scene.show_steps(data)
        self._steps = steps

        def shown() -> None:
            self._error = None
            self._loading = False
            self._places_total = data.places_total
            self.scope_caption.show_figures(data.figures)
            self._relayout_labels()
            self._update_caption()  # after the relayout, which may merge markers
            self.refreshed.emit()

        if self.query.runner is None:  # synchronous (tests, scripts): all at once
            for _ in steps:
                pass
            shown()
            return

        def step() -> None:
            # A newer answer (or a closed tab, or a closed window's reference) ends this
            # one; else one slice of markers per turn of the event loop, so the window
            # keeps painting.
            if not shiboken6.isValid(self) or self._steps is not steps or self.ref.closed:
                return
            if next(steps, None) is None:
                self._steps = None
                shown()
            else:
                QTimer.singleShot(0, step)

        step()

    def page_state(self) -> PageState:
        """The map's spec (filter, sources) and, once moved, its zoom and centre."""
        state: PageState = {"spec": self.view_spec().text()}
        if self._user_moved:
            centre = self.view.mapToScene(self.view.viewport().rect().center())
            state["zoom"] = round(self.zoom_level(), 4)
            state["centre"] = [round(centre.x(), 3), round(centre.y(), 3)]
        return state

    def restore_page_state(self, state: PageState) -> None:
        text = state.get("spec")
        if isinstance(text, str):
            r = map_kind.resolve(self.ref, viewspec.parse(text), self.user_db)
            self.source.blockSignals(True)
            self.source.set_source(r.layers.text())
            self.source.blockSignals(False)
            self.filters.set_filter(r.flt)  # the bar shows it and the map redraws once
        zoom, centre = state.get("zoom"), state.get("centre")
        if isinstance(zoom, int | float) and isinstance(centre, list) and len(centre) == 2:
            self.zoom_by(float(zoom) / (self.zoom_level() or 1.0))
            self.view.centerOn(QPointF(float(centre[0]), float(centre[1])))
            self._user_moved = True
            self._relayout_labels()

    def view_spec(self) -> ViewSpec:
        """The spec that reproduces this map (its filter and the layers it counts)."""
        return ResolvedMap(self._filter, self._layers or self.source.layers(), ()).to_spec()

    def is_loading(self) -> bool:
        """True while the current filter's data is still being loaded."""
        return self._loading

    def _failed(self, message: str) -> None:
        self._loading = False
        self._error = message
        self._update_caption()

    def _name(self, entity_id: str) -> str:
        """Display name of an id (cached: captions are rebuilt on every answer)."""
        if entity_id not in self._names:
            try:
                self._names[entity_id] = self.ref.ref(entity_id).name
            except NotFound:
                self._names[entity_id] = entity_id
        return self._names[entity_id]

    def _describe(self, flt: CountFilter) -> str:
        """The one filter description (shared with the chart, reports and exports)."""
        from khorasan_desktop.views.options import describe

        text = describe(self.ref, flt)
        return text[:1].upper() + text[1:]

    def _update_caption(self) -> None:
        scope = self._describe(self._filter)
        total = sum(self.scene.counts.values())
        points = sum(m.count for m in self.scene.markers)
        if self._error is not None:
            text = translate("MapView", "{scope} — could not load the map: {error}").format(
                scope=scope, error=self._error
            )
        elif self._loading:
            text = translate("MapView", "{scope} — Loading…").format(scope=scope)
        elif not total and not points and not self.scene.off_map:
            text = translate("MapView", "{scope} — no incidents match this filter.").format(
                scope=scope
            )
        else:
            provinces = len([v for v in self.scene.counts.values() if v])
            places = len(self.scene.markers)
            if self._places_total > places:
                where = translate(
                    "MapView",
                    "{points} with coordinates in the areas shown (showing the {places:,} "
                    "busiest of {places_total:,} areas).",
                ).format(points=points, places=places, places_total=self._places_total)
            elif self._bbox is not None:  # zoomed in: the markers of this part only
                where = translate(
                    "MapView",
                    "{points} with coordinates in and around the part shown ({places} areas).",
                ).format(points=points, places=places)
            else:
                where = translate("MapView", "{points} with coordinates ({places} areas).").format(
                    points=points, places=places
                )
            text = translate(
                "MapView",
                "{scope} — {total} with a mapped province ({provinces} provinces), {where}",
            ).format(scope=scope, total=total, provinces=provinces, where=where)
        chosen = self._layers or self.source.layers()
        if chosen.imported:
            text += translate("MapView", " Counted: {text}.").format(text=chosen.text())
        self._caption_text = text
        self.caption.setText(text)
        if self._loading:
            return  # the legend's off-map note waits for the counts as the shading does
        self.legend.off_map.setText(off_map_text(self.scene.off_map, self._name))
        self.legend.off_map.setVisible(bool(self.scene.off_map))

    # -- zoom and labels -------------------------------------------------------------------
    def _view_resized(self) -> None:
        if not self._user_moved:
            self._fit_home()
        self._relayout_labels()

    def _fit_home(self) -> None:
        self.view.fitInView(self._home, Qt.AspectRatioMode.KeepAspectRatio)
        self._home_scale = self.view.transform().m11()

    def set_datasets(self, datasets: list[Any]) -> None:
        """Offer imported event data sets for the shading (see SourceSelector)."""
        self.source.set_datasets(datasets)

    def reset_view(self) -> None:
        """Back to Afghanistan and Pakistan, framed with a margin."""
        self._user_moved = False
        self._fit_home()
        self._relayout_labels()

    def zoom_by(self, factor: float, *, under_mouse: bool = False) -> None:
        """Zoom around the cursor (wheel) or the centre (buttons, keys), within limits."""
        current = self.zoom_level()
        target = min(max(current * factor, MIN_ZOOM), MAX_ZOOM)
        if math.isclose(target, current):
            return
        self._user_moved = True
        anchor = QGraphicsView.ViewportAnchor
        self.view.setTransformationAnchor(
            anchor.AnchorUnderMouse if under_mouse else anchor.AnchorViewCenter
        )
        self.view.scale(target / current, target / current)
        self.view.setTransformationAnchor(anchor.AnchorViewCenter)
        self._relayout_labels()

    def zoom_level(self) -> float:
        """Current scale relative to the home view (1.0 = reset)."""
        return self.view.transform().m11() / (self._home_scale or 1.0)

    def _relayout_labels(self) -> None:
        """Clusters and labels that fit at the current zoom (the scene decides; see
        MapScene): markers that would overlap merge, and split again when zoomed in."""
        to_view = self.view.viewportTransform()
        self.scene.cluster_markers(to_view)
        self.scene.relayout_labels(to_view, self.zoom_level())
        if not self._loading and self._grid_outdated():
            self._reload.start()

    # -- hit testing and activation --------------------------------------------------------
    def entity_at(self, scene_pos: QPointF) -> str | None:
        """Id under a scene point: a marker wins over a province, a province over land."""
        items = self.scene.items(
            scene_pos,
            Qt.ItemSelectionMode.IntersectsItemShape,
            Qt.SortOrder.DescendingOrder,
            self.view.transform(),
        )
        for item in items:
            if isinstance(item, IncidentMarker) and item.isVisible() and item.incident_id:
                return item.incident_id
        regions = [i for i in items if isinstance(i, RegionItem)]
        for item in regions:
            if item.is_province:
                return item.region_id
        return regions[0].region_id if regions else None

    def marker_at(self, scene_pos: QPointF) -> IncidentMarker | None:
        items = self.scene.items(
            scene_pos,
            Qt.ItemSelectionMode.IntersectsItemShape,
            Qt.SortOrder.DescendingOrder,
            self.view.transform(),
        )
        return next((i for i in items if isinstance(i, IncidentMarker) and i.isVisible()), None)

    def activate_at(self, scene_pos: QPointF) -> str | None:
        """What a click does: a marker of several incidents (one place, or a cluster of
        places) lists them all below the map; one incident or a region opens its page."""
        marker = self.marker_at(scene_pos)
        if marker is not None and marker.count > 1:
            self.list_cluster(marker)
            return None
        entity_id = self.entity_at(scene_pos)
        if entity_id is not None:
            self.entityActivated.emit(entity_id)
        return entity_id

    def list_cluster(self, marker: IncidentMarker) -> None:
        """List every event of a marker's grid cells (its own, and those of the markers
        it stands for at this zoom), in the map's scope and layers, under the map."""
        cells = [m.place.cell for m in marker.members]
        areas = len(cells)
        self.cluster_panel.setVisible(True)
        self.cluster_label.setText(
            translate("MapView", "Listing the {count} incidents of this cluster…").format(
                count=marker.count
            )
        )

        def show(result: tuple[list[str], dict[str, Event]]) -> None:
            ids, imported = result
            self.cluster_rows.imported = imported
            self.cluster_model.set_ids([*ids, *imported])
            total = len(ids) + len(imported)
            where = (
                translate("MapView", " in {areas} areas").format(areas=areas)
                if areas > 1
                else translate("MapView", " here")
            )
            self.cluster_label.setText(
                translate(
                    "MapView", "{total} incidents{where}; Enter or double-click opens one"
                ).format(total=total, where=where)
            )
            self.clusterListed.emit(total)

        self.query.submit(
            "map-cluster",
            _cell_events,
            self.user_db,
            self._filter,
            self._layers or self.source.layers(),
            self._cell,
            cells,
            owner=self,
            on_result=show,
        )

    def _open_row(self, index: Any) -> None:
        row_id = index.data(EntityIdRole)
        if row_id:
            self.entityActivated.emit(row_id)

    # -- inspection (tests, other views) ---------------------------------------------------
    def current_filter(self) -> CountFilter:
        return self._filter

    def province_counts(self) -> dict[str, int]:
        """Counts currently shaded (provinces drawn on this map only)."""
        return dict(self.scene.counts)

    def off_map_counts(self) -> dict[str, int]:
        """Counts for provinces in the filter that this map has no polygon for."""
        return dict(self.scene.off_map)

    def fill_color(self, region_id: str) -> QColor:
        """Brush colour of a drawn province or country (KeyError if not on the map)."""
        return QColor(self.scene.regions[region_id].brush().color())

    def region_ids(self) -> list[str]:
        """Provinces and countries drawn on this map."""
        return list(self.scene.regions)

    def region_tooltip(self, region_id: str) -> str:
        """Hover text of a drawn region, e.g. "Nangarhar (Afghanistan): 80 documented ..."."""
        return self.scene.regions[region_id].toolTip()

    def region_anchor(self, region_id: str) -> QPointF:
        """Scene position where a region's label sits (inside the region)."""
        label = self.scene.labels.get(region_id)
        if label is not None:
            return label.pos()
        return self.scene.regions[region_id].path().boundingRect().center()

    def point_items(self) -> list[IncidentMarker]:
        """Incident markers for the current filter (one per place and precision)."""
        return list(self.scene.markers)

    def visible_labels(self) -> list[str]:
        """Label texts not hidden by overlap rules (may still be outside the viewport)."""
        return [
            lb.text
            for lb in (*self.scene.country_labels, *self.scene.labels.values())
            if lb.isVisible()
        ]

    def legend_classes(self) -> list[ColorClass]:
        """Colour steps used for shading, lowest first (first is zero = neutral)."""
        return list(CLASSES)

    def caption_text(self) -> str:
        return self._caption_text

    # -- page protocol (ui/pages.py) -----------------------------------------------------
    titleChanged = Signal(str)  # never emitted: the title is fixed

    @property
    def title(self) -> str:
        return translate("MapView", "Map")

    def refresh_datasets(self, datasets: list[Any]) -> None:
        """Offer the new data sets as sources and shade again."""
        self.set_datasets(list(datasets))
        self.set_filter(self.current_filter())

    def flush(self) -> None:
        """Nothing to save: the filters are not user data."""
