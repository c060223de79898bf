"""Offline choropleth map of Afghanistan and its neighbours (Natural Earth polygons).

Everything is drawn locally with QGraphicsView: no tiles, no network. Polygons are parsed
once per process (the GeoJSON is ~1.5 MB) and the scene items are built once per widget;
a filter change only restyles brushes, toggles labels and replaces the point markers.
Counts and places are queried off the GUI thread (``QueryRunner``); the places arrive
already grouped by coordinates, at most ``PLACE_LIMIT`` of them (the busiest).
Projection is equirectangular with the x axis scaled by cos(34°) so that shapes at
Afghanistan's latitude keep their proportions; y is flipped so north is up.
"""

from __future__ import annotations

import functools
import json
import math
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QStyleOptionGraphicsItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from khorasan_desktop import paths, resources
from khorasan_desktop.core.viewspec import ViewSpec
from khorasan_desktop.data.browse import IncidentPlace, RegionShape
from khorasan_desktop.data.errors import NotFound
from khorasan_desktop.data.layers import Layers
from khorasan_desktop.data.layers import places as layered_places
from khorasan_desktop.data.layers import province_counts as layered_province_counts
from khorasan_desktop.data.reference import CountFilter, Reference
from khorasan_desktop.ui.query import QueryRunner
from khorasan_desktop.ui.source_selector import SourceSelector
from khorasan_desktop.views.map import PLACE_EXAMPLES, PLACE_LIMIT, MapViewData, ResolvedMap

# -- projection ----------------------------------------------------------------------------
UNITS_PER_DEGREE = 100.0  # scene units; pens are cosmetic, so this only sets precision
_KX = UNITS_PER_DEGREE * math.cos(math.radians(34.0))
_KY = UNITS_PER_DEGREE
HOME_COUNTRIES = ("AFG", "PAK")
HOME_MARGIN = 0.06  # fraction of the home box added on each side
MIN_ZOOM, MAX_ZOOM = 0.5, 40.0  # relative to the home view
OFF_MAP_NAMES = 8  # provinces without a polygon named in the legend at most (busiest)
COUNTS_CHANNEL, PLACES_CHANNEL = "map-counts", "map-places"

# Label anchors (lon, lat) for countries: the centre of China's or India's outline is far
# outside the view, and Afghanistan's own centre is covered by province labels.
_COUNTRY_LABEL_AT = {
    "AFG": (64.2, 29.9),
    "PAK": (70.3, 27.4),
    "IRN": (58.3, 31.5),
    "TKM": (59.4, 38.9),
    "UZB": (65.4, 38.9),
    "TJK": (71.6, 38.9),
    "CHN": (78.8, 37.0),
    "IND": (75.8, 27.6),
}

# -- colours -------------------------------------------------------------------------------
BACKGROUND = QColor("#e4eaef")  # sea and countries outside the data set
NEUTRAL_FILL = QColor("#f7f5f0")  # province with no documented incident
NO_DATA_LAND = QColor("#d8d8d6")  # country without first-level units (China, India)
PROVINCE_EDGE = QColor("#a9a49a")
COUNTRY_EDGE = QColor("#4d4d4d")
HOME_COUNTRY_EDGE = QColor("#262626")
HIGHLIGHT_EDGE = QColor("#1d4f91")
MARKER_DARK = QColor("#1f1f1f")
HALO = QColor(255, 255, 255, 225)


class ColorClass(NamedTuple):
    """One legend step: counts ``lo``..``hi`` (``hi`` None = open-ended) share a colour."""

    label: str
    lo: int
    hi: int | None
    color: QColor


# Fixed breaks (not quantiles) so the same colour means the same count across filters.
# Sequential ColorBrewer YlOrRd; zero stays neutral so "nothing documented" reads as blank.
CLASSES: tuple[ColorClass, ...] = (
    ColorClass("0", 0, 0, NEUTRAL_FILL),
    ColorClass("1", 1, 1, QColor("#fed976")),
    ColorClass("2–4", 2, 4, QColor("#feb24c")),
    ColorClass("5–9", 5, 9, QColor("#fd8d3c")),
    ColorClass("10–24", 10, 24, QColor("#fc4e2a")),
    ColorClass("25–49", 25, 49, QColor("#e31a1c")),
    ColorClass("50+", 50, None, QColor("#b10026")),
)
LEGEND_NOTE = "Documented incidents (sample; coverage varies)"


def color_for_count(count: int) -> QColor:
    """Fill colour of a province with ``count`` documented incidents."""
    for cls in reversed(CLASSES):
        if count >= cls.lo:
            return QColor(cls.color)
    return QColor(NEUTRAL_FILL)


def project(latitude: float, longitude: float) -> QPointF:
    """Scene position of a geographic coordinate (equirectangular, north up)."""
    return QPointF(longitude * _KX, -latitude * _KY)


def marker_radius(count: int) -> float:
    """Marker radius in pixels: area grows with the number of incidents at the place."""
    return min(4.0 + 2.1 * math.sqrt(max(count, 1) - 1), 26.0)


# -- geometry (parsed once per process) ----------------------------------------------------
@dataclass(frozen=True)
class _Shape:
    path: QPainterPath
    anchor: QPointF  # scene position for a label


@dataclass(frozen=True)
class _Geometry:
    countries: dict[str, _Shape]  # ISO alpha-3 -> outline
    admin1: dict[str, _Shape]  # Natural Earth adm1_code -> outline


def _ring(coords: list[list[float]]) -> QPolygonF:
    return QPolygonF([QPointF(lon * _KX, -lat * _KY) for lon, lat, *_ in coords])


def _geometry_path(geometry: dict[str, Any]) -> QPainterPath:
    """GeoJSON Polygon/MultiPolygon -> path; odd-even fill keeps holes as holes."""
    path = QPainterPath()
    kind = geometry.get("type")
    polygons = (
        [geometry["coordinates"]]
        if kind == "Polygon"
        else geometry["coordinates"]
        if kind == "MultiPolygon"
        else []
    )
    for polygon in polygons:
        for ring in polygon:
            if len(ring) >= 3:
                path.addPolygon(_ring(ring))
                path.closeSubpath()
    return path


def _load(relative: str) -> list[dict[str, Any]]:
    with resources.path(relative).open(encoding="utf-8") as fh:
        features: list[dict[str, Any]] = json.load(fh).get("features", [])
    return features


@functools.cache
def _geometry() -> _Geometry:
    """Parse the bundled GeoJSON once; every MapView shares the (immutable) paths."""
    countries: dict[str, _Shape] = {}
    for feature in _load(resources.MAP_COUNTRIES):
        iso = feature["properties"].get("iso_a3")
        if not iso or not feature.get("geometry"):
            continue
        path = _geometry_path(feature["geometry"])
        at = _COUNTRY_LABEL_AT.get(iso)
        anchor = project(at[1], at[0]) if at else path.boundingRect().center()
        countries[iso] = _Shape(path, anchor)
    admin1: dict[str, _Shape] = {}
    for relative in resources.MAP_ADMIN1.values():
        for feature in _load(relative):
            props = feature["properties"]
            code = props.get("adm1_code")
            if not code or not feature.get("geometry"):
                continue
            path = _geometry_path(feature["geometry"])
            lat, lon = props.get("latitude"), props.get("longitude")
            anchor = (
                project(lat, lon)
                if lat is not None and lon is not None
                else path.boundingRect().center()
            )
            admin1[code] = _Shape(path, anchor)
    return _Geometry(countries, admin1)


# -- scene items ---------------------------------------------------------------------------
def _cosmetic_pen(color: QColor, width: float) -> QPen:
    pen = QPen(color, width)
    pen.setCosmetic(True)  # constant on-screen width whatever the zoom
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


# Slack around a path's box so cosmetic (pixel-wide) edges are not clipped when painting.
_EDGE_SLACK = 6.0


def _padded(path: QPainterPath) -> QRectF:
    return path.controlPointRect().adjusted(-_EDGE_SLACK, -_EDGE_SLACK, _EDGE_SLACK, _EDGE_SLACK)


class RegionItem(QGraphicsPathItem):
    """A province or a country's land; hover highlights its outline."""

    def __init__(
        self, region_id: str, name: str, country: str | None, path: QPainterPath, is_province: bool
    ) -> None:
        super().__init__(path)
        # Set before anything that calls the boundingRect() override (setPen does).
        self._bounds = _padded(path)
        self.region_id = region_id
        self.name = name
        self.country = country
        self.is_province = is_province
        self.count = 0
        self._pen = _cosmetic_pen(PROVINCE_EDGE, 0.6) if is_province else QPen(Qt.PenStyle.NoPen)
        self._z = 1.0 if is_province else 0.0
        self.setPen(self._pen)
        self.setZValue(self._z)
        self.setAcceptHoverEvents(True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the view handles clicks

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        # The fill area; Qt's default strokes the outline on every hit test (slow, 10m data).
        return self.path()

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.setPen(_cosmetic_pen(HIGHLIGHT_EDGE, 2.4))
        self.setZValue(2.5)  # above neighbours and country borders while highlighted
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.setPen(self._pen)
        self.setZValue(self._z)
        super().hoverLeaveEvent(event)


class _Outline(QGraphicsPathItem):
    """Country border drawn over the provinces; never hit-tested so clicks fall through."""

    def __init__(self, path: QPainterPath, pen: QPen) -> None:
        super().__init__(path)
        self._bounds = _padded(path)
        self.setPen(pen)
        self.setBrush(Qt.BrushStyle.NoBrush)
        self.setZValue(2.0)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        # Qt derives it from shape(), which is deliberately empty here.
        return self._bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()


class _Label(QGraphicsItem):
    """Name with a white halo, constant size on screen (ignores the view's zoom)."""

    def __init__(
        self, text: str, font: QFont, color: QColor, priority: float, region_id: str | None
    ) -> None:
        super().__init__()
        self.text = text
        self.region_id = region_id
        self.priority = priority
        self._color = color
        path = QPainterPath()
        path.addText(0, 0, font, text)
        path.translate(-path.boundingRect().center())
        self._path = path
        self._base = path.boundingRect().adjusted(-2.5, -2.5, 2.5, 2.5)
        self._rect = QRectF(self._base)
        self.offset = QPointF(0, 0)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(5.0)

    def base_rect(self) -> QRectF:
        """Box around the anchor before any offset, in pixels."""
        return QRectF(self._base)

    def set_offset(self, offset: QPointF) -> None:
        """Shift by ``offset`` pixels (to clear a marker sitting on the anchor)."""
        if offset != self.offset:
            self.prepareGeometryChange()
            self.offset = QPointF(offset)
            self._rect = self._base.translated(offset)

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        return QPainterPath()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(self.offset)
        halo = QPen(HALO, 3.0)
        halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.strokePath(self._path, halo)
        painter.fillPath(self._path, self._color)


@dataclass(frozen=True)
class _Place:
    """Incidents sharing one coordinate and precision (one marker)."""

    latitude: float
    longitude: float
    exact: bool
    count: int  # incidents at the place
    incident_ids: tuple[str, ...]  # the most recent few, most recent first
    tooltip: str


def _place_tooltip(place: IncidentPlace) -> str:
    """Hover text of a marker: where, how many, how precise, and the newest incidents."""
    names = Counter(p.place for p in place.recent if p.place)
    where = names.most_common(1)[0][0] if names else f"{place.latitude:.2f}, {place.longitude:.2f}"
    n = place.count
    how = "exact location" if place.exact else "approximate location (city centre)"
    lines = [f"{where}: {n} documented incident{'s' if n != 1 else ''} — {how}"]
    for p in place.recent:
        if p.name.startswith(p.date_display):  # names usually carry their dates
            lines.append(f"• {p.name}")
        else:
            lines.append(f"• {p.date_display} — {p.name}")
    if n > len(place.recent):
        lines.append(f"… and {n - len(place.recent)} more")
    if n > 1:
        lines.append("Click opens the most recent.")
    return "\n".join(lines)


class _Grid:
    """Boxes bucketed by pixel cell, so overlap tests look at neighbours only."""

    CELL = 64.0

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], list[int]] = {}
        self.boxes: list[QRectF] = []

    def _keys(self, rect: QRectF) -> Iterator[tuple[int, int]]:
        c = self.CELL
        for x in range(math.floor(rect.left() / c), math.floor(rect.right() / c) + 1):
            for y in range(math.floor(rect.top() / c), math.floor(rect.bottom() / c) + 1):
                yield x, y

    def add(self, rect: QRectF) -> int:
        index = len(self.boxes)
        self.boxes.append(rect)
        for key in self._keys(rect):
            self._cells.setdefault(key, []).append(index)
        return index

    def hits(self, rect: QRectF) -> list[int]:
        """Indices of boxes intersecting ``rect``, in insertion order."""
        found: set[int] = set()
        for key in self._keys(rect):
            found.update(self._cells.get(key, ()))
        return [i for i in sorted(found) if self.boxes[i].intersects(rect)]

    def any_hit(self, rect: QRectF) -> bool:
        return any(
            self.boxes[i].intersects(rect) for k in self._keys(rect) for i in self._cells.get(k, ())
        )


class IncidentMarker(QGraphicsEllipseItem):
    """Incident location: filled dot = exact, ring = approximate (city centre).

    Size grows with the number of incidents aggregated at the place; the count is printed
    inside when there is more than one.
    """

    def __init__(self, place: _Place) -> None:
        self.place = place
        self.count = place.count
        r = marker_radius(self.count)
        super().__init__(-r, -r, 2 * r, 2 * r)
        self.exact = place.exact
        self.incident_id = place.incident_ids[0]
        if place.exact:
            self.setBrush(QBrush(MARKER_DARK))
            self.setPen(QPen(QColor("white"), 1.2))
        else:
            self.setBrush(Qt.BrushStyle.NoBrush)
            self.setPen(QPen(MARKER_DARK, 2.0))
        self.setPos(project(place.latitude, place.longitude))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptHoverEvents(True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setToolTip(place.tooltip)
        # Small markers over big ones; exact dots over rings, but a printed count on top.
        self.setZValue(
            (4.0 if self.count > 1 else 3.0 + (0.5 if place.exact else 0.0)) + 0.4 / self.count
        )

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(self.rect().adjusted(-2, -2, 2, 2))
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect()
        if self.exact:
            painter.setPen(self.pen())
            painter.setBrush(self.brush())
            painter.drawEllipse(rect)
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(HALO, 4.5))
            painter.drawEllipse(rect)
            painter.setPen(self.pen())
            painter.drawEllipse(rect)
        if self.count > 1 and rect.width() >= 14:
            font = QFont(painter.font())
            font.setPixelSize(max(9, min(13, int(rect.width() / 2.6))))
            font.setBold(True)
            text = QPainterPath()
            text.addText(0, 0, font, str(self.count))
            text.translate(-text.boundingRect().center())
            if self.exact:
                painter.fillPath(text, QColor("white"))
            else:
                painter.strokePath(text, QPen(HALO, 3.0))
                painter.fillPath(text, MARKER_DARK)


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
        self.setBackgroundBrush(BACKGROUND)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Map")

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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._owner._view_resized()


class _Swatch(QWidget):
    """Small legend icon painted as shapes (not a pixmap), so it stays vector in PDFs."""

    def __init__(
        self, fill: QColor | None, edge: QColor, *, ring: bool = False, dot: bool = False
    ) -> None:
        super().__init__()
        self.fill, self.edge, self.ring, self.dot = fill, edge, ring, dot
        self.setFixedSize(QSize(18, 14))

    def paintEvent(self, event: object) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.ring or self.dot:
            p.setPen(QPen(self.edge, 2.0 if self.ring else 1.0))
            p.setBrush(QBrush(self.edge) if self.dot else Qt.BrushStyle.NoBrush)
            p.drawEllipse(QPointF(9, 7), 4.5, 4.5)
        else:
            p.setPen(QPen(self.edge, 1.0))
            p.setBrush(QBrush(self.fill) if self.fill is not None else Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(1.5, 1.5, 15, 11))
        p.end()


class MapLegend(QWidget):
    """Colour classes, marker meaning and the coverage caveat, beside the map."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapLegend")
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)
        row = 0

        def heading(text: str) -> None:
            nonlocal row
            label = QLabel(f"<b>{text}</b>")
            label.setWordWrap(True)
            grid.addWidget(label, row, 0, 1, 2)
            row += 1

        def entry(icon: QWidget, text: str) -> None:
            nonlocal row
            label = QLabel(text)
            label.setWordWrap(True)
            grid.addWidget(icon, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
            row += 1

        heading("Incidents per province")
        for cls in CLASSES:
            text = "none documented" if cls.hi == 0 else cls.label
            entry(_Swatch(cls.color, PROVINCE_EDGE), text)
        entry(_Swatch(NO_DATA_LAND, PROVINCE_EDGE), "no province data")
        grid.setRowMinimumHeight(row, 8)
        row += 1
        heading("Incident locations")
        entry(_Swatch(None, MARKER_DARK, dot=True), "exact location")
        entry(_Swatch(None, MARKER_DARK, ring=True), "approximate (city centre)")
        hint = QLabel("Bigger marker = more incidents at the same place (number inside).")
        hint.setWordWrap(True)
        grid.addWidget(hint, row, 0, 1, 2)
        row += 1
        grid.setRowMinimumHeight(row, 8)
        row += 1
        self.note = QLabel(f"<i>{LEGEND_NOTE}</i>")
        self.note.setWordWrap(True)
        grid.addWidget(self.note, row, 0, 1, 2)
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


class MapView(QWidget):
    """Province choropleth with incident markers for the chart/map filter.

    Emits ``entityActivated`` with a region id (province or country) or an incident id
    when the user clicks; hovering shows names and counts. Counts and places are loaded
    through ``query`` (inline by default); ``refreshed`` is emitted once both are applied.
    """

    entityActivated = Signal(str)
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
        self.source = SourceSelector()
        self.source.currentIndexChanged.connect(lambda _i: self.set_filter(self.current_filter()))
        self._filter = CountFilter()
        self._layers: Layers | None = None  # the layers the shown data counted
        self._counts: dict[str, int] = {}
        self._off_map: dict[str, int] = {}
        self._markers: list[IncidentMarker] = []
        self._places_total = 0  # places matching the filter, drawn or not
        self._loading: set[str] = set()  # channels whose answer is still awaited
        self._error: str | None = None
        self._names: dict[str, str] = {}  # entity id -> name, for captions
        self._regions: dict[str, RegionItem] = {}
        self._labels: dict[str, _Label] = {}
        self._country_labels: list[_Label] = []
        self._home_scale = 1.0
        self._user_moved = False
        self._caption_text = ""

        self.scene = QGraphicsScene(self)
        self.scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.view = _MapGraphicsView(self.scene, self)
        self._build_scene(ref.region_shapes())

        self.caption = QLabel()
        self.caption.setObjectName("mapCaption")
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        for text, tip, slot in (
            ("+", "Zoom in (+)", lambda: self.zoom_by(1.25)),
            ("−", "Zoom out (−)", lambda: self.zoom_by(1 / 1.25)),
            ("Reset", "Show Afghanistan and Pakistan (0)", self.reset_view),
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
        body = QHBoxLayout()
        body.setSpacing(0)
        body.addWidget(self.view, 1)
        body.addWidget(self.legend)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addLayout(top)
        outer.addLayout(body, 1)

        self.set_filter(CountFilter())

    # -- building (once) -------------------------------------------------------------------
    def _build_scene(self, shapes: list[RegionShape]) -> None:
        geo = _geometry()
        by_id = {s.id: s for s in shapes}
        country_names = {
            s.geometry_key.split(":", 1)[1]: s.name
            for s in shapes
            if s.geometry_key.startswith("admin0:")
        }
        has_provinces = {
            s.geometry_key.split(":", 1)[1].split("-", 1)[0]
            for s in shapes
            if s.geometry_key.startswith("admin1:") and s.geometry_key[7:] in geo.admin1
        }
        province_font = QFont(self.font())
        province_font.setPixelSize(11)
        country_font = QFont(self.font())
        country_font.setPixelSize(13)
        country_font.setBold(True)
        country_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 112)
        for shape in shapes:
            layer, _, key = shape.geometry_key.partition(":")
            if layer == "admin0" and key in geo.countries:
                g = geo.countries[key]
                land = RegionItem(shape.id, shape.name, None, g.path, is_province=False)
                land.setBrush(NEUTRAL_FILL if key in has_provinces else NO_DATA_LAND)
                land.setToolTip(
                    shape.name
                    if key in has_provinces
                    else f"{shape.name}: no province-level data in this reference"
                )
                self.scene.addItem(land)
                self._regions[shape.id] = land
                edge = HOME_COUNTRY_EDGE if key == "AFG" else COUNTRY_EDGE
                self.scene.addItem(
                    _Outline(g.path, _cosmetic_pen(edge, 2.2 if key == "AFG" else 1.5))
                )
                label = _Label(shape.name.upper(), country_font, QColor("#5f5a52"), 1e9, None)
                label.setPos(g.anchor)
                self.scene.addItem(label)
                self._country_labels.append(label)
            elif layer == "admin1" and key in geo.admin1:
                g = geo.admin1[key]
                parent = by_id.get(shape.parent_id or "")
                country = parent.name if parent else country_names.get(key.split("-")[0])
                item = RegionItem(shape.id, shape.name, country, g.path, is_province=True)
                self.scene.addItem(item)
                self._regions[shape.id] = item
                is_afg = key.startswith("AFG-")
                label = _Label(shape.name, province_font, QColor("#2b2b2b"), 0.0, shape.id)
                label.setData(0, is_afg)
                label.setPos(g.anchor)
                label.setVisible(False)
                self.scene.addItem(label)
                self._labels[shape.id] = label
        home = QRectF()
        for iso in HOME_COUNTRIES:
            if iso in geo.countries:
                home = home.united(geo.countries[iso].path.boundingRect())
        if home.isEmpty():
            home = self.scene.itemsBoundingRect()
        dx, dy = home.width() * HOME_MARGIN, home.height() * HOME_MARGIN
        self._home = home.adjusted(-dx, -dy, dx, dy)
        # Let the user pan a little beyond the mapped area, not into the void.
        world = self.scene.itemsBoundingRect().united(self._home)
        self.scene.setSceneRect(
            world.adjusted(-world.width(), -world.height(), world.width(), world.height())
        )

    # -- filter (restyle only) -------------------------------------------------------------
    def set_filter(self, flt: CountFilter) -> None:
        """Shade provinces and place markers for ``flt``; the polygons are not rebuilt.

        Counts and places are asked for in the background; until they arrive the caption
        says so and the previous shading stays. ``refreshed`` follows when both are drawn.
        """
        self._filter = flt
        self._error = None
        self._loading = {COUNTS_CHANNEL, PLACES_CHANNEL}
        chosen = self._layers = self.source.layers()
        self._update_caption()
        self.query.submit(
            COUNTS_CHANNEL,
            layered_province_counts,
            self.user_db,
            chosen,
            flt,
            owner=self,
            on_result=lambda counts: self._apply_counts(counts),
            on_error=lambda message: self._failed(COUNTS_CHANNEL, message),
        )
        self.query.submit(
            PLACES_CHANNEL,
            layered_places,
            self.user_db,
            chosen,
            flt,
            PLACE_LIMIT,
            PLACE_EXAMPLES,
            owner=self,
            on_result=lambda result: self._apply_places(*result),
            on_error=lambda message: self._failed(PLACES_CHANNEL, message),
        )

    def show_data(self, data: MapViewData) -> None:
        """Draw a map view's data as loaded by the view layer (reports use this path)."""
        self._filter = data.resolved.flt
        self._layers = data.resolved.layers
        self._error = None
        self._loading = {COUNTS_CHANNEL, PLACES_CHANNEL}
        self._apply_counts(dict(data.province_counts))
        self._apply_places(list(data.places), data.places_total)

    def view_spec(self) -> ViewSpec:
        """The spec that reproduces this map (its filter and the layers it counts)."""
        return ResolvedMap(self._filter, self._layers or self.source.layers(), ()).to_spec()

    def is_loading(self) -> bool:
        """True while the current filter's counts or places are still being queried."""
        return bool(self._loading)

    def _apply_counts(self, counts: dict[str, int]) -> None:
        self._counts = {k: v for k, v in counts.items() if k in self._regions}
        self._off_map = {k: v for k, v in counts.items() if k not in self._regions}
        for region_id, item in self._regions.items():
            if not item.is_province:
                continue
            n = self._counts.get(region_id, 0)
            item.count = n
            item.setBrush(color_for_count(n))
            noun = "documented incident" if n == 1 else "documented incidents"
            where = f"{item.name} ({item.country})" if item.country else item.name
            item.setToolTip(f"{where}: {n} {noun}")
            label = self._labels.get(region_id)
            if label is not None:
                label.priority = float(n)
        self._arrived(COUNTS_CHANNEL)

    def _apply_places(self, places: list[IncidentPlace], total: int) -> None:
        self._set_markers(places)
        self._places_total = total
        self._arrived(PLACES_CHANNEL)

    def _arrived(self, channel: str) -> None:
        self._loading.discard(channel)
        self._update_caption()
        self._relayout_labels()
        if not self._loading and self._error is None:
            self.refreshed.emit()

    def _failed(self, channel: str, message: str) -> None:
        self._loading.discard(channel)
        self._error = message
        self._update_caption()

    def _set_markers(self, places: list[IncidentPlace]) -> None:
        for marker in self._markers:
            self.scene.removeItem(marker)
        self._markers = []
        for place in places:
            if not place.recent:
                continue  # nothing to open or list (cannot happen with a consistent reference)
            marker = IncidentMarker(
                _Place(
                    place.latitude,
                    place.longitude,
                    place.exact,
                    place.count,
                    tuple(p.id for p in place.recent),
                    _place_tooltip(place),
                )
            )
            self.scene.addItem(marker)
            self._markers.append(marker)

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
        total = sum(self._counts.values())
        points = sum(m.count for m in self._markers)
        if self._error is not None:
            text = f"{scope} — could not load the map: {self._error}"
        elif self._loading:
            text = f"{scope} — Loading…"
        elif not total and not points and not self._off_map:
            text = f"{scope} — no incidents match this filter."
        else:
            provinces = len([v for v in self._counts.values() if v])
            places = len(self._markers)
            if self._places_total > places:
                where = (
                    f"{points} with coordinates at the places shown (showing the {places:,} "
                    f"busiest of {self._places_total:,} places)."
                )
            else:
                where = f"{points} with coordinates ({places} places)."
            text = f"{scope} — {total} with a mapped province ({provinces} provinces), {where}"
        chosen = self._layers or self.source.layers()
        if chosen.imported:
            text += f" Counted: {chosen.text()}."
        self._caption_text = text
        self.caption.setText(text)
        if self._loading:
            return  # the legend's off-map note waits for the counts as the shading does
        if self._off_map:
            busiest = sorted(self._off_map.items(), key=lambda kv: (-kv[1], kv[0]))
            names = [f"{self._name(region_id)} ({n})" for region_id, n in busiest[:OFF_MAP_NAMES]]
            if len(busiest) > OFF_MAP_NAMES:
                names.append(f"and {len(busiest) - OFF_MAP_NAMES} more")
            self.legend.off_map.setText("Outside this map: " + ", ".join(names))
        self.legend.off_map.setVisible(bool(self._off_map))

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
        """Show the most important labels that fit; drop ones that would overlap.

        A province name sits on its anchor, or steps beside a marker covering it as long
        as it still touches its province; it is hidden rather than cover a printed count.
        """
        zoom = self.zoom_level()
        candidates: list[_Label] = list(self._country_labels)
        for region_id, label in self._labels.items():
            n = self._counts.get(region_id, 0)
            is_afg = bool(label.data(0))
            if n > 0 or (is_afg and zoom >= 1.8) or zoom >= 3.5:
                label.priority = float(n) + (0.5 if is_afg else 0.0)
                candidates.append(label)
            else:
                label.setVisible(False)
        candidates.sort(key=lambda lb: lb.priority, reverse=True)
        markers = _Grid()  # marker boxes in viewport pixels
        counts: list[int] = []
        inside: list[QPointF] = []  # marker scene positions, by box index
        for marker in self._markers:
            r = marker.rect().width() / 2 + 1.0
            c = QPointF(self.view.mapFromScene(marker.pos()))
            markers.add(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r))
            counts.append(marker.count)
            inside.append(marker.pos())
        taken = _Grid()
        for label in candidates:
            centre = QPointF(self.view.mapFromScene(label.pos()))
            base = label.base_rect().translated(centre).adjusted(-2, -1, 2, 1)
            region = self._regions.get(label.region_id or "")
            offsets = [QPointF(0, 0)]
            under = markers.hits(base)
            if region is not None and under:
                for i in under:
                    m = markers.boxes[i]
                    own = region.path().contains(inside[i])  # the marker is in this province
                    for o in (
                        QPointF(0, m.bottom() - base.top()),
                        QPointF(0, m.top() - base.bottom()),
                        QPointF(m.right() - base.left(), 0),
                        QPointF(m.left() - base.right(), 0),
                    ):
                        box = self.view.mapToScene(base.translated(o).toAlignedRect())
                        if own or region.path().intersects(box.boundingRect()):
                            offsets.append(o)
            choice: QPointF | None = None
            for o in offsets:
                rect = base.translated(o)
                if taken.any_hit(rect):
                    continue
                covered = [counts[i] for i in markers.hits(rect)]
                if not covered:
                    choice = o
                    break
                if choice is None and o.isNull() and max(covered) == 1:
                    choice = o  # over a plain dot is acceptable if nothing better turns up
            label.setVisible(choice is not None)
            if choice is not None:
                label.set_offset(choice)
                taken.add(base.translated(choice))

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
            if isinstance(item, IncidentMarker):
                return item.incident_id
        regions = [i for i in items if isinstance(i, RegionItem)]
        for item in regions:
            if item.is_province:
                return item.region_id
        return regions[0].region_id if regions else None

    def activate_at(self, scene_pos: QPointF) -> str | None:
        """Emit ``entityActivated`` for what is under ``scene_pos`` (as a click would)."""
        entity_id = self.entity_at(scene_pos)
        if entity_id is not None:
            self.entityActivated.emit(entity_id)
        return entity_id

    # -- inspection (tests, other views) ---------------------------------------------------
    def current_filter(self) -> CountFilter:
        return self._filter

    def province_counts(self) -> dict[str, int]:
        """Counts currently shaded (provinces drawn on this map only)."""
        return dict(self._counts)

    def off_map_counts(self) -> dict[str, int]:
        """Counts for provinces in the filter that this map has no polygon for."""
        return dict(self._off_map)

    def fill_color(self, region_id: str) -> QColor:
        """Brush colour of a drawn province or country (KeyError if not on the map)."""
        return QColor(self._regions[region_id].brush().color())

    def region_ids(self) -> list[str]:
        """Provinces and countries drawn on this map."""
        return list(self._regions)

    def region_tooltip(self, region_id: str) -> str:
        """Hover text of a drawn region, e.g. "Nangarhar (Afghanistan): 80 documented ..."."""
        return self._regions[region_id].toolTip()

    def region_anchor(self, region_id: str) -> QPointF:
        """Scene position where a region's label sits (inside the region)."""
        label = self._labels.get(region_id)
        if label is not None:
            return label.pos()
        return self._regions[region_id].path().boundingRect().center()

    def point_items(self) -> list[IncidentMarker]:
        """Incident markers for the current filter (one per place and precision)."""
        return list(self._markers)

    def visible_labels(self) -> list[str]:
        """Label texts not hidden by overlap rules (may still be outside the viewport)."""
        return [lb.text for lb in (*self._country_labels, *self._labels.values()) if lb.isVisible()]

    def legend_classes(self) -> list[ColorClass]:
        """Colour steps used for shading, lowest first (first is zero = neutral)."""
        return list(CLASSES)

    def caption_text(self) -> str:
        return self._caption_text

    # -- page protocol (ui/pages.py) -----------------------------------------------------
    titleChanged = Signal(str)  # never emitted: the title is fixed

    @property
    def title(self) -> str:
        return "Map"

    def refresh_datasets(self, datasets: list[Any]) -> None:
        """Offer the new data sets as sources and shade again."""
        self.set_datasets(list(datasets))
        self.set_filter(self.current_filter())

    def flush(self) -> None:
        """Nothing to save: the filters are not user data."""
