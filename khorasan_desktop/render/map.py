"""The offline map picture: Natural Earth polygons shaded by a map view's data.

One scene for two places: the map page shows a :class:`MapScene` in its interactive
graphics view, and the report renders the same scene class into a vector picture with
:func:`paint_legend` beside it. Both read only :class:`MapViewData`. No tiles, no network:
polygons are parsed once per process (the GeoJSON is ~1.5 MB); a new filter only restyles
brushes, toggles labels and replaces the point markers. Projection is equirectangular with
the x axis scaled by cos(34°) so that shapes at Afghanistan's latitude keep their
proportions; y is flipped so north is up.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from khorasan_desktop import resources
from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from khorasan_desktop.data.browse import IncidentPlace, RegionShape
from khorasan_desktop.render.palette import LIGHT, Colours
from khorasan_desktop.views.map import MapViewData

# -- projection ----------------------------------------------------------------------------
UNITS_PER_DEGREE = 100.0  # scene units; pens are cosmetic, so this only sets precision
_KX = UNITS_PER_DEGREE * math.cos(math.radians(34.0))
_KY = UNITS_PER_DEGREE
HOME_COUNTRIES = ("AFG", "PAK")
HOME_MARGIN = 0.06  # fraction of the home box added on each side
OFF_MAP_NAMES = 8  # provinces without a polygon named in the legend at most (busiest)

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

# -- colours (the light set, as printed; render/palette.py holds both sets) ----------------
BACKGROUND = LIGHT.qcolor("sea")  # sea and countries outside the data set
NEUTRAL_FILL = LIGHT.qcolor("land")  # province with no documented incident
NO_DATA_LAND = LIGHT.qcolor("no_data_land")  # country without first-level units (China, India)
PROVINCE_EDGE = LIGHT.qcolor("province_edge")
MARKER_DARK = LIGHT.qcolor("marker")


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
LEGEND_NOTE = QT_TRANSLATE_NOOP("map", "Documented incidents (sample; coverage varies)")


def color_for_count(count: int, colours: Colours = LIGHT) -> QColor:
    """Fill colour of a province with ``count`` documented incidents (zero: plain land)."""
    for cls in reversed(CLASSES):
        if count >= max(cls.lo, 1):
            return QColor(cls.color)
    return colours.qcolor("land")


def project(latitude: float, longitude: float) -> QPointF:
    """Scene position of a geographic coordinate (equirectangular, north up)."""
    return QPointF(longitude * _KX, -latitude * _KY)


MARKER_SLICE = 250  # markers made per turn of the event loop (show_steps)


def scene_box(rect: QRectF) -> tuple[float, float, float, float]:
    """A scene rectangle as (south, west, north, east) degrees (the inverse of project)."""
    return (-rect.bottom() / _KY, rect.left() / _KX, -rect.top() / _KY, rect.right() / _KX)


def px_per_degree(scale: float) -> float:
    """Pixels per degree of latitude at a view scale (pixels per scene unit)."""
    return scale * _KY


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


def preload() -> None:
    """Parse the outlines now (a worker thread may, once the window is up), not when the
    first map opens."""
    _geometry()


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
def _colours_of(scene: QGraphicsScene | None) -> Colours:
    """The colour set of the map an item is in (light outside a map scene)."""
    return scene.colours if isinstance(scene, MapScene) else LIGHT


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
        self.has_provinces = True  # a country: whether its provinces are drawn
        self._highlight = LIGHT.qcolor("highlight_edge")
        self._pen = QPen(Qt.PenStyle.NoPen)
        self.restyle(LIGHT)
        self._z = 1.0 if is_province else 0.0
        self.setPen(self._pen)
        self.setZValue(self._z)
        self.setAcceptHoverEvents(True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # the view handles clicks

    def restyle(self, colours: Colours) -> None:
        self._highlight = colours.qcolor("highlight_edge")
        if self.is_province:
            self._pen = _cosmetic_pen(colours.qcolor("province_edge"), 0.6)
            self.setBrush(color_for_count(self.count, colours))
        else:
            self.setBrush(colours.qcolor("land" if self.has_provinces else "no_data_land"))
        self.setPen(self._pen)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        # The fill area; Qt's default strokes the outline on every hit test (slow, 10m data).
        return self.path()

    def set_highlighted(self, on: bool) -> None:
        if on:
            self.setPen(_cosmetic_pen(self._highlight, 2.4))
            self.setZValue(2.5)  # above neighbours and country borders while highlighted
        else:
            self.setPen(self._pen)
            self.setZValue(self._z)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.set_highlighted(True)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.set_highlighted(False)
        super().hoverLeaveEvent(event)


class _Outline(QGraphicsPathItem):
    """Country border drawn over the provinces; never hit-tested so clicks fall through."""

    def __init__(self, path: QPainterPath, home: bool) -> None:
        super().__init__(path)
        self._bounds = _padded(path)
        self.home = home
        self.restyle(LIGHT)
        self.setBrush(Qt.BrushStyle.NoBrush)
        self.setZValue(2.0)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def restyle(self, colours: Colours) -> None:
        edge = colours.qcolor("home_country_edge" if self.home else "country_edge")
        self.setPen(_cosmetic_pen(edge, 2.2 if self.home else 1.5))

    def boundingRect(self) -> QRectF:
        # Qt derives it from shape(), which is deliberately empty here.
        return self._bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()


class _Label(QGraphicsItem):
    """Name with a white halo, constant size on screen (ignores the view's zoom)."""

    def __init__(self, text: str, font: QFont, role: str, priority: float, region_id: str | None):
        super().__init__()
        self.text = text
        self.region_id = region_id
        self.priority = priority
        self.role = role  # its colour's name in the scene's colour set
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
        colours = _colours_of(self.scene())
        halo = QPen(colours.qcolor("halo"), 3.0)
        halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.strokePath(self._path, halo)
        painter.fillPath(self._path, colours.qcolor(self.role))


@dataclass(frozen=True)
class _Place:
    """One grid cell's incidents (one marker)."""

    latitude: float
    longitude: float
    exact: bool
    count: int  # incidents in the cell
    incident_id: str | None  # the one incident of a one-incident cell (what a click opens)
    cell: tuple[int, int]
    tooltip: str


def place_tooltip(place: IncidentPlace) -> str:
    """Hover text of a marker: how many, how precise, where; the incident of a
    one-incident cell by name (a busier cell lists its incidents on a click)."""
    n = place.count
    how = "exact location" if place.exact else "approximate location (city centre)"
    if n == 1 and place.recent:
        p = place.recent[0]
        where = p.place or f"{place.latitude:.2f}, {place.longitude:.2f}"
        name = p.name if p.name.startswith(p.date_display) else f"{p.date_display} — {p.name}"
        return f"{where}: 1 documented incident — {how}\n• {name}\nClick opens it."
    south, west, north, east = place.bounds
    if (south, west) == (north, east):
        where = f"{south:.2f}, {west:.2f}"
    else:
        where = f"{south:.2f}–{north:.2f} N, {west:.2f}–{east:.2f} E"
    how = "some at exact locations" if place.exact else "approximate locations (city centres)"
    return f"{n} documented incidents at {where} — {how}\nClick lists them all."


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

    def __init__(self, place: _Place, colours: Colours = LIGHT) -> None:
        self.place = place
        self.count = place.count  # what it draws: its own, or its cluster's when it leads one
        self.members: list[IncidentMarker] = [self]  # the markers it stands for (clusters)
        r = marker_radius(self.count)
        super().__init__(-r, -r, 2 * r, 2 * r)
        self.exact = place.exact
        self.incident_id = place.incident_id or ""
        self.restyle(colours)
        self.setPos(project(place.latitude, place.longitude))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptHoverEvents(True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setToolTip(place.tooltip)
        # Small markers over big ones; exact dots over rings, but a printed count on top.
        self.setZValue(
            (4.0 if self.count > 1 else 3.0 + (0.5 if place.exact else 0.0)) + 0.4 / self.count
        )

    def restyle(self, colours: Colours) -> None:
        marker = colours.qcolor("marker")
        if self.exact:
            self.setBrush(QBrush(marker))
            self.setPen(QPen(colours.qcolor("marker_edge"), 1.2))
        else:
            self.setBrush(Qt.BrushStyle.NoBrush)
            self.setPen(QPen(marker, 2.0))

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(self.rect().adjusted(-2, -2, 2, 2))
        return path

    @property
    def clustered(self) -> bool:
        return len(self.members) > 1

    def set_members(self, members: list[IncidentMarker]) -> None:
        """Stand for ``members`` (itself first): drawn with their total, the others hidden;
        ``[self]`` makes it a plain marker again."""
        self.members = members
        self.count = sum(m.place.count for m in members)
        r = marker_radius(self.count)
        self.setRect(-r, -r, 2 * r, 2 * r)
        if len(members) == 1:
            self.setToolTip(self.place.tooltip)
        else:
            self.setToolTip(
                f"{self.count} incidents in {len(members)} areas close together at this zoom "
                "(click to list them all; zoom in to separate them)"
            )
        self.setZValue(
            (4.0 if self.count > 1 else 3.0 + (0.5 if self.exact else 0.0)) + 0.4 / self.count
        )

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = _colours_of(self.scene())
        halo_colour = colours.qcolor("halo")
        rect = self.rect()
        if self.exact:
            painter.setPen(self.pen())
            painter.setBrush(self.brush())
            painter.drawEllipse(rect)
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(halo_colour, 4.5))
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
                painter.fillPath(text, colours.qcolor("marker_edge"))
            else:
                painter.strokePath(text, QPen(halo_colour, 3.0))
                painter.fillPath(text, colours.qcolor("marker"))


# -- legend --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Swatch:
    """A legend icon: a filled box, or a marker (dot = exact, ring = approximate)."""

    fill: QColor | None
    edge: QColor
    ring: bool = False
    dot: bool = False


SWATCH_SIZE = QSizeF(18, 14)


def paint_swatch(p: QPainter, at: QPointF, swatch: Swatch) -> None:
    """Paint a legend icon as shapes (not a pixmap), so it stays vector in PDFs."""
    p.save()
    p.translate(at)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    if swatch.ring or swatch.dot:
        p.setPen(QPen(swatch.edge, 2.0 if swatch.ring else 1.0))
        p.setBrush(QBrush(swatch.edge) if swatch.dot else Qt.BrushStyle.NoBrush)
        p.drawEllipse(QPointF(9, 7), 4.5, 4.5)
    else:
        p.setPen(QPen(swatch.edge, 1.0))
        p.setBrush(QBrush(swatch.fill) if swatch.fill is not None else Qt.BrushStyle.NoBrush)
        p.drawRect(QRectF(1.5, 1.5, 15, 11))
    p.restore()


LegendEntry = tuple[
    str, Swatch | None, str
]  # kind ("heading", "entry", "text", "note"), icon, text


def legend_entries(colours: Colours = LIGHT) -> list[LegendEntry]:
    """What the legend says, in order: the page's widgets and the report's picture both
    lay out this one list."""
    edge = colours.qcolor("province_edge")
    marker = colours.qcolor("marker")
    out: list[LegendEntry] = [("heading", None, translate("map", "Incidents per province"))]
    for cls in CLASSES:
        out.append(
            (
                "entry",
                Swatch(color_for_count(cls.lo, colours), edge),
                translate("map", "none documented") if cls.hi == 0 else cls.label,
            )
        )
    no_data = translate("map", "no province data")
    out.append(("entry", Swatch(colours.qcolor("no_data_land"), edge), no_data))
    out.append(("heading", None, translate("map", "Incident locations")))
    out.append(("entry", Swatch(None, marker, dot=True), translate("map", "exact location")))
    out.append(
        ("entry", Swatch(None, marker, ring=True), translate("map", "approximate (city centre)"))
    )
    bigger = translate("map", "Bigger marker = more incidents close together (number inside).")
    out.append(("text", None, bigger))
    out.append(("note", None, translate("map", LEGEND_NOTE)))
    return out


def off_map_text(off_map: dict[str, int], name: Callable[[str], str]) -> str:
    """'Outside this map: Kabul city (3), …' for counted provinces without a polygon."""
    if not off_map:
        return ""
    busiest = sorted(off_map.items(), key=lambda kv: (-kv[1], kv[0]))
    names = [f"{name(region_id)} ({n})" for region_id, n in busiest[:OFF_MAP_NAMES]]
    if len(busiest) > OFF_MAP_NAMES:
        names.append(translate("map", "and {n} more").format(n=len(busiest) - OFF_MAP_NAMES))
    return translate("map", "Outside this map: {names}").format(names=", ".join(names))


LEGEND_WIDTH = 190.0


KM_PER_DEGREE = 111.32  # of latitude (and of longitude at the map's 34°N)
SCALE_STEPS_KM = (5, 10, 20, 50, 100, 200, 500, 1000, 2000)


def scale_bar(px_per_unit: float, longest_px: float = 140.0) -> tuple[float, int]:
    """(length in pixels, kilometres) of the longest round scale bar up to ``longest_px``,
    for a view drawing ``px_per_unit`` pixels per scene unit."""
    px_per_km = px_per_unit * UNITS_PER_DEGREE / KM_PER_DEGREE
    km = SCALE_STEPS_KM[0]
    for step in SCALE_STEPS_KM:
        if step * px_per_km <= longest_px:
            km = step
    return km * px_per_km, km


def paint_scale_bar(p: QPainter, at: QPointF, px_per_unit: float) -> QSizeF:
    """A scale bar with its length in km, its lower left corner at ``at`` (true along the
    34th parallel, the map's standard one)."""
    length, km = scale_bar(px_per_unit)
    p.save()
    try:
        font = QFont()
        font.setPointSizeF(8.0)
        p.setFont(font)
        box = QRectF(at.x(), at.y() - 30, length + 16, 30)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(255, 255, 255, 215))
        p.drawRoundedRect(box, 3, 3)
        x0, y = at.x() + 8, at.y() - 8
        p.setPen(QPen(QColor("#222222"), 1.6))
        p.drawLine(QPointF(x0, y), QPointF(x0 + length, y))
        for x in (x0, x0 + length / 2, x0 + length):
            p.drawLine(QPointF(x, y - (5 if x != x0 + length / 2 else 3)), QPointF(x, y))
        # "200 km" in that order in a right-to-left window too: the map is not mirrored.
        p.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        p.drawText(
            QRectF(x0, at.y() - 29, length, 14), int(Qt.AlignmentFlag.AlignCenter), f"{km} km"
        )
        return box.size()
    finally:
        p.restore()


def paint_legend(
    p: QPainter, height: float, extra: str = "", width: float = LEGEND_WIDTH
) -> QSizeF:
    """Paint :func:`legend_entries` (and ``extra``, e.g. the off-map note) in a column."""
    base = QFont()
    base.setPointSizeF(max(7.5, base.pointSizeF() - 0.5))
    bold, italic = QFont(base), QFont(base)
    bold.setBold(True)
    italic.setItalic(True)
    pad, y = 10.0, 8.0
    flags = int(Qt.TextFlag.TextWordWrap)
    entries = [*legend_entries(), *([("text", None, extra)] if extra else [])]
    previous = ""
    for kind, swatch, text in entries:
        if kind == "heading" and previous:
            y += 8.0
        if kind == "note":
            y += 8.0
        font = bold if kind == "heading" else italic if kind == "note" else base
        p.setFont(font)
        p.setPen(QColor("#000000"))  # the report's legend, on paper
        left = pad + (SWATCH_SIZE.width() + 6 if kind == "entry" else 0)
        box = QRectF(left, y, width - left - pad, 1000)
        used = QFontMetricsF(font).boundingRect(box, flags, text)
        if swatch is not None:
            paint_swatch(p, QPointF(pad, y), swatch)
        p.drawText(box, flags, text)
        y += max(used.height(), SWATCH_SIZE.height() if swatch else 0) + 3.0
        previous = kind
    return QSizeF(width, y + 8.0)


# -- the scene -------------------------------------------------------------------------------
class MapScene(QGraphicsScene):
    """Countries and provinces built once; :meth:`show` restyles them for a view's data."""

    def __init__(self, shapes: list[RegionShape], parent: Any = None) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.colours: Colours = LIGHT  # the report's maps keep the light set
        self.setBackgroundBrush(BACKGROUND)  # the sea, in the window and in the PDF
        self.outlines: list[_Outline] = []
        self.regions: dict[str, RegionItem] = {}
        self.labels: dict[str, _Label] = {}
        self.country_labels: list[_Label] = []
        self.markers: list[IncidentMarker] = []
        self._building: list[IncidentMarker] = []  # markers of a show still being made
        self.counts: dict[str, int] = {}  # provinces drawn on this map
        self.off_map: dict[str, int] = {}  # counted provinces without a polygon
        self.home = QRectF()
        self._build(shapes)

    def set_colours(self, colours: Colours) -> None:
        """Repaint in ``colours`` (the page follows the theme; labels read it as they paint)."""
        self.colours = colours
        self.setBackgroundBrush(colours.qcolor("sea"))
        for region in self.regions.values():
            region.restyle(colours)
        for outline in self.outlines:
            outline.restyle(colours)
        for marker in self.markers:
            marker.restyle(colours)
        self.update()

    def highlight(self, region_id: str) -> None:
        """Outline one region as hovering does ("" clears it): a table row's province."""
        for rid, item in self.regions.items():
            item.set_highlighted(rid == region_id)

    def show(self, data: MapViewData) -> None:
        """Shade and mark what ``data`` counts (markers hidden until :meth:`cluster_markers`
        shows the ones that fit)."""
        for _ in self.show_steps(data):
            pass

    def show_steps(self, data: MapViewData, slice_size: int = MARKER_SLICE) -> Iterator[int]:
        """:meth:`show` in slices: the shading, then ``slice_size`` markers at a time,
        yielding after each slice, so a window can repaint between them; the old markers
        stay until the new ones are all made."""
        self.apply_counts(dict(data.province_counts))
        yield from self.set_markers_steps(list(data.places), slice_size)

    def fit(self, width: float, height: float) -> tuple[QRectF, QTransform]:
        """The scene rectangle that frames the home view in ``width`` x ``height`` (aspect
        kept, centred) and the transform from the scene to those pixels."""
        scale = min(width / self.home.width(), height / self.home.height())
        source = QRectF(0, 0, width / scale, height / scale)
        source.moveCenter(self.home.center())
        to_view = QTransform.fromScale(scale, scale).translate(-source.left(), -source.top())
        return source, to_view

    def _build(self, shapes: list[RegionShape]) -> None:
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
        province_font = QFont()
        province_font.setPixelSize(11)
        country_font = QFont()
        country_font.setPixelSize(13)
        country_font.setBold(True)
        country_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 112)
        for shape in shapes:
            layer, _, key = shape.geometry_key.partition(":")
            if layer == "admin0" and key in geo.countries:
                g = geo.countries[key]
                land = RegionItem(shape.id, shape.name, None, g.path, is_province=False)
                land.has_provinces = key in has_provinces
                land.restyle(self.colours)
                land.setToolTip(
                    shape.name
                    if key in has_provinces
                    else f"{shape.name}: no province-level data in this reference"
                )
                self.addItem(land)
                self.regions[shape.id] = land
                outline = _Outline(g.path, home=key == "AFG")
                self.addItem(outline)
                self.outlines.append(outline)
                label = _Label(shape.name.upper(), country_font, "country_label", 1e9, None)
                label.setPos(g.anchor)
                self.addItem(label)
                self.country_labels.append(label)
            elif layer == "admin1" and key in geo.admin1:
                g = geo.admin1[key]
                parent = by_id.get(shape.parent_id or "")
                country = parent.name if parent else country_names.get(key.split("-")[0])
                item = RegionItem(shape.id, shape.name, country, g.path, is_province=True)
                self.addItem(item)
                self.regions[shape.id] = item
                is_afg = key.startswith("AFG-")
                label = _Label(shape.name, province_font, "province_label", 0.0, shape.id)
                label.setData(0, is_afg)
                label.setPos(g.anchor)
                label.setVisible(False)
                self.addItem(label)
                self.labels[shape.id] = label
        home = QRectF()
        for iso in HOME_COUNTRIES:
            if iso in geo.countries:
                home = home.united(geo.countries[iso].path.boundingRect())
        if home.isEmpty():
            home = self.itemsBoundingRect()
        dx, dy = home.width() * HOME_MARGIN, home.height() * HOME_MARGIN
        self.home = home.adjusted(-dx, -dy, dx, dy)
        # Let the user pan a little beyond the mapped area, not into the void.
        world = self.itemsBoundingRect().united(self.home)
        self.setSceneRect(
            world.adjusted(-world.width(), -world.height(), world.width(), world.height())
        )

    def apply_counts(self, counts: dict[str, int]) -> None:
        self.counts = {k: v for k, v in counts.items() if k in self.regions}
        self.off_map = {k: v for k, v in counts.items() if k not in self.regions}
        for region_id, item in self.regions.items():
            if not item.is_province:
                continue
            n = self.counts.get(region_id, 0)
            item.count = n
            item.setBrush(color_for_count(n, self.colours))
            noun = "documented incident" if n == 1 else "documented incidents"
            where = f"{item.name} ({item.country})" if item.country else item.name
            item.setToolTip(f"{where}: {n} {noun}")
            label = self.labels.get(region_id)
            if label is not None:
                label.priority = float(n)

    def set_markers(self, places: list[IncidentPlace]) -> None:
        for _ in self.set_markers_steps(places):
            pass

    def set_markers_steps(
        self, places: list[IncidentPlace], slice_size: int = MARKER_SLICE
    ) -> Iterator[int]:
        """Make a hidden marker per place, ``slice_size`` per step; then replace the old
        markers with them. A build left unfinished is dropped by the next one."""
        for marker in self._building:
            self.removeItem(marker)
        building: list[IncidentMarker] = []
        self._building = building
        for i, place in enumerate(places, 1):
            one = place.recent[0].id if place.count == 1 and place.recent else None
            marker = IncidentMarker(
                _Place(
                    place.latitude,
                    place.longitude,
                    place.exact,
                    place.count,
                    one,
                    place.cell,
                    place_tooltip(place),
                ),
                self.colours,
            )
            marker.setVisible(False)
            self.addItem(marker)
            building.append(marker)
            if i % slice_size == 0:
                yield i
        for marker in self.markers:
            self.removeItem(marker)
        self.markers, self._building = building, []
        yield len(building)

    def cluster_markers(self, to_view: QTransform) -> None:
        """Merge markers whose circles would overlap at this zoom into one (the busiest
        leads, drawn with the total), so no marker hides another; zooming in splits them
        again. Greedy, busiest first, over a grid of the screen: bounded by the markers
        drawn (at most PLACE_LIMIT), not by the incidents."""
        leaders: list[tuple[QPointF, list[IncidentMarker]]] = []
        radii: list[float] = []  # each cluster's radius, kept as it grows
        totals: list[int] = []
        cell = 2 * marker_radius(10**6) + 4  # the largest circle fits a cell
        grid: dict[tuple[int, int], list[int]] = {}
        for marker in sorted(self.markers, key=lambda m: (-m.place.count, m.incident_id)):
            c = to_view.map(marker.pos())
            r = marker_radius(marker.place.count)
            gx, gy = int(c.x() // cell), int(c.y() // cell)
            target = next(
                (
                    i
                    for dx in (-1, 0, 1)
                    for dy in (-1, 0, 1)
                    for i in grid.get((gx + dx, gy + dy), ())
                    if math.hypot(leaders[i][0].x() - c.x(), leaders[i][0].y() - c.y())
                    < radii[i] + r + 2
                ),
                None,
            )
            if target is None:
                grid.setdefault((gx, gy), []).append(len(leaders))
                leaders.append((c, [marker]))
                radii.append(r)
                totals.append(marker.place.count)
            else:
                leaders[target][1].append(marker)
                totals[target] += marker.place.count
                radii[target] = marker_radius(totals[target])
        for _c, members in leaders:
            lead = members[0]
            if lead.members != members:  # Qt calls only for what changed
                lead.set_members(members)
            if not lead.isVisible():
                lead.setVisible(True)
            for other in members[1:]:
                if other.members != [other]:
                    other.set_members([other])
                if other.isVisible():
                    other.setVisible(False)

    def visible_markers(self) -> list[IncidentMarker]:
        return [m for m in self.markers if m.isVisible()]

    def relayout_labels(self, to_view: QTransform, zoom: float) -> None:
        """Show the most important labels that fit; drop ones that would overlap.

        ``to_view`` maps scene to view pixels; ``zoom`` is relative to the home view.
        A province name sits on its anchor, or steps beside a marker covering it as long
        as it still touches its province; it is hidden rather than cover a printed count.
        """
        from_view, _ = to_view.inverted()
        candidates: list[_Label] = list(self.country_labels)
        for region_id, label in self.labels.items():
            n = self.counts.get(region_id, 0)
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
        for marker in self.visible_markers():
            r = marker.rect().width() / 2 + 1.0
            c = to_view.map(marker.pos())
            markers.add(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r))
            counts.append(marker.count)
            inside.append(marker.pos())
        taken = _Grid()
        for label in candidates:
            centre = to_view.map(label.pos())
            base = label.base_rect().translated(centre).adjusted(-2, -1, 2, 1)
            region = self.regions.get(label.region_id or "")
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
                        box = from_view.mapRect(QRectF(base.translated(o).toAlignedRect()))
                        if own or region.path().intersects(box):
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
