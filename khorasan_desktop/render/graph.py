"""The relation graph picture: entity glyphs and relation lines laid out from a
relations view's data.

One scene for two places: the relations page shows a :class:`GraphScene` in its
interactive canvas, and the report renders the same scene class into a vector picture with
:func:`paint_legend` beside it. Both read only :class:`RelationsViewData`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSimpleTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from khorasan_desktop.core.graph_layout import CLEAR_BUDGET, Rect, detour, layout
from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from khorasan_desktop.core.models import EntityRef
from khorasan_desktop.data.browse import RelationRow
from khorasan_desktop.render.fonts import MIN_PRINT_PT
from khorasan_desktop.render.palette import LIGHT, Colours
from khorasan_desktop.views.relations import (
    LEGEND_GROUPS,
    OTHER_LABEL,
    GraphPlan,
    RelationsViewData,
)

LABEL_WIDTH = 118.0  # wrap width of node names, in scene pixels
LABEL_GAP = 3.0
LABEL_PT = 8.5  # node names; the centre's is 10/8.5 of this
BUILD_SLICE = 150  # relation lines made per turn of the event loop (build_steps)
ROUTE_MARGIN = 3.0  # px a line keeps clear of an entity it does not join
PATH_COLOUR = "#f9a825"
PIN_COLOUR = "#b71c1c"
UNDATED_DASHES = [5.0, 3.5]  # in pen widths: long dashes that stay visible when printed


def paint_pin(p: QPainter, at: QPointF) -> None:
    """The pinned mark: a dark red drawing pin head with a white centre."""
    p.save()
    p.setPen(QPen(QColor("#ffffff"), 1.2))
    p.setBrush(QColor(PIN_COLOUR))
    p.drawEllipse(at, 5.0, 5.0)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#ffffff"))
    p.drawEllipse(at, 1.6, 1.6)
    p.restore()


@dataclass(frozen=True)
class EdgeGroup:
    """One legend entry: relation types that share a colour and line style."""

    label: str
    types: tuple[str, ...]
    colour: str
    style: Qt.PenStyle = Qt.PenStyle.SolidLine


# How each legend entry (``views.relations.LEGEND_GROUPS``: which types, which label) is
# drawn, by its first relation type.
_LOOK: dict[str, tuple[str, Qt.PenStyle]] = {
    "ally-of": ("#2e7d32", Qt.PenStyle.SolidLine),
    "rival-of": ("#c62828", Qt.PenStyle.SolidLine),
    "branch-of": ("#7b1fa2", Qt.PenStyle.SolidLine),
    "pledged-allegiance-to": ("#e65100", Qt.PenStyle.SolidLine),
    "leader-of": ("#1565c0", Qt.PenStyle.SolidLine),
    "operates-in": ("#808080", Qt.PenStyle.SolidLine),
    "agreement-with": ("#00897b", Qt.PenStyle.SolidLine),
    "fought-in": ("#37474f", Qt.PenStyle.DashDotLine),
    "follows-tactics-of": ("#795548", Qt.PenStyle.DotLine),
}
EDGE_GROUPS: tuple[EdgeGroup, ...] = tuple(
    EdgeGroup(g.label, g.types, *_LOOK.get(g.types[0], ("#000000", Qt.PenStyle.SolidLine)))
    for g in LEGEND_GROUPS
)
OTHER_GROUP = EdgeGroup(OTHER_LABEL, (), "#000000")
_GROUP_OF = {t: g for g in EDGE_GROUPS for t in g.types}

# kind -> (glyph width, height, fill, outline); the centre node is drawn 1.4x larger.
NODE_STYLE: dict[str, tuple[float, float, str, str]] = {
    "actor": (24.0, 24.0, "#bbd3f0", "#24497a"),
    "region": (34.0, 20.0, "#d5ead0", "#3f6b2a"),
    "event": (26.0, 26.0, "#fbd9b6", "#a3541a"),
    "source": (14.0, 14.0, "#dcdcdc", "#555555"),
}
_DEFAULT_STYLE = (20.0, 20.0, "#eeeeee", "#444444")


def colours_of(scene: QGraphicsScene | None) -> Colours:
    """The colour set of the scene an item is in (light outside a graph scene)."""
    return scene.colours if isinstance(scene, GraphScene) else LIGHT


def group_for(relation_type: str) -> EdgeGroup:
    return _GROUP_OF.get(relation_type, OTHER_GROUP)


def _boundary(kind: str, w: float, h: float, ux: float, uy: float) -> float:
    """Distance from a glyph's centre to its outline along unit direction (ux, uy)."""
    hw, hh = w / 2, h / 2
    ax, ay = abs(ux) or 1e-9, abs(uy) or 1e-9
    if kind == "actor":
        return hw
    if kind == "event":
        return 1 / (ax / hw + ay / hh)
    return min(hw / ax, hh / ay)


class NodeItem(QGraphicsItem):
    """A glyph by entity kind with its wrapped name underneath, on a light plate."""

    def __init__(self, ref: EntityRef, centre: bool, label_pt: float = LABEL_PT) -> None:
        super().__init__()
        self.ref = ref
        self.centre = centre
        self.pinned = False
        self.on_path = False
        w, h, fill, line = NODE_STYLE.get(ref.kind, _DEFAULT_STYLE)
        k = 1.45 if centre else 1.0
        self.glyph_w, self.glyph_h = w * k, h * k
        self.fill, self.line = QColor(fill), QColor(line)
        self.font = QFont()
        self.font.setPointSizeF(label_pt * (10.0 / 8.5) if centre else label_pt)
        self.font.setBold(centre)
        fm = QFontMetricsF(self.font)
        flags = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap)
        text = fm.boundingRect(QRectF(0, 0, LABEL_WIDTH, 1000), flags, ref.name)
        tw, th = text.width() + 6, text.height() + 2
        top = self.glyph_h / 2 + LABEL_GAP
        self.label_rect = QRectF(-tw / 2, top, tw, th)
        self._flags = flags
        self.setToolTip(
            f"{ref.name}\n{ref.kind}" + ("" if centre else "\n(double-click to centre here)")
        )
        self.setZValue(2)
        self.setAcceptHoverEvents(True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)

    def set_marks(self, pinned: bool, on_path: bool) -> None:
        if (pinned, on_path) != (self.pinned, self.on_path):
            self.pinned, self.on_path = pinned, on_path
            self.update()

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            scene = self.scene()
            if isinstance(scene, GraphScene):
                scene.reroute(self.ref.id)
        return super().itemChange(change, value)

    @property
    def footprint(self) -> tuple[float, float]:
        """Box (width, height) the layout must keep free: glyph plus label."""
        return (
            max(self.glyph_w, self.label_rect.width()),
            self.glyph_h + LABEL_GAP + self.label_rect.height(),
        )

    def glyph_rect(self) -> QRectF:
        return QRectF(-self.glyph_w / 2, -self.glyph_h / 2, self.glyph_w, self.glyph_h)

    def boundingRect(self) -> QRectF:
        return self.glyph_rect().adjusted(-4, -4, 4, 4).united(self.label_rect)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.glyph_rect().adjusted(-2, -2, 2, 2))
        path.addRect(self.label_rect)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = colours_of(self.scene())
        r = self.glyph_rect()
        if self.centre:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.qcolor("centre_halo"))
            painter.drawEllipse(r.adjusted(-6, -6, 6, 6))
        if self.on_path:
            painter.setPen(QPen(QColor(PATH_COLOUR), 3.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(r.adjusted(-5, -5, 5, 5))
        if self.isSelected():  # the selected entity: where the keys act (a focus ring)
            painter.setPen(QPen(colours.qcolor("focus"), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(r.united(self.label_rect).adjusted(-4, -4, 4, 4), 4, 4)
        painter.setPen(QPen(self.line, 2.6 if self.centre else 1.4))
        painter.setBrush(self.fill)
        kind = self.ref.kind
        if kind == "actor":
            painter.drawEllipse(r)
        elif kind == "region":
            painter.drawRoundedRect(r, 6, 6)
        elif kind == "event":
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(0, r.top()),
                        QPointF(r.right(), 0),
                        QPointF(0, r.bottom()),
                        QPointF(r.left(), 0),
                    ]
                )
            )
        else:
            painter.drawRect(r)
        if self.pinned:
            paint_pin(painter, QPointF(r.right() - 1, r.top() + 1))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.qcolor("plate"))
        painter.drawRoundedRect(self.label_rect, 3, 3)
        painter.setPen(colours.qcolor("ink"))
        painter.setFont(self.font)
        painter.drawText(self.label_rect, self._flags, self.ref.name)


class EdgeItem(QGraphicsPathItem):
    """A directed, possibly bowed relation line; wide invisible hit area for the tooltip."""

    def __init__(self, row: RelationRow, tooltip: str | Callable[[], str]) -> None:
        super().__init__()
        self.row = row
        self._tooltip = tooltip  # the text, or how to make it when first needed
        self.undated = row.start is None and row.end is None
        self.on_path = False
        self.bow = 0.0
        self.ends: tuple[NodeItem, NodeItem] | None = None
        self._pen = edge_pen(row.type, self.undated)
        self.setPen(self._pen)
        self.halo: QGraphicsPathItem | None = None  # under the line once it is on a path
        self.arrow = QGraphicsPolygonItem(self)
        self.arrow.setPen(Qt.PenStyle.NoPen)
        self.arrow.setBrush(self._pen.color())
        self.restyle(LIGHT)
        if isinstance(tooltip, str):
            self.ensure_tooltip()
        self.setAcceptHoverEvents(True)
        self.setZValue(1)

    def restyle(self, colours: Colours) -> None:
        """Pen and arrow in the group's colour, as it reads on ``colours``' ground."""
        pen = edge_pen(self.row.type, self.undated)
        colour = colours.line(pen.color())
        colour.setAlpha(pen.color().alpha())
        pen.setColor(colour)
        self._pen = pen
        self.setPen(pen)
        self.arrow.setBrush(colour)

    def set_on_path(self, on: bool) -> None:
        if on != self.on_path:
            self.on_path = on
            if on and self.halo is None:  # made when first needed: most lines never are
                self.halo = QGraphicsPathItem(self.path(), self)
                self.halo.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
                colour = QColor(PATH_COLOUR)
                colour.setAlpha(150)
                self.halo.setPen(QPen(colour, 8.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            if self.halo is not None:
                self.halo.setVisible(on)
            self.setZValue(1.5 if on else 1)

    def ensure_tooltip(self) -> str:
        """Set (once) and return the tooltip; a lazy one queries the citations now."""
        if callable(self._tooltip):
            self._tooltip = self._tooltip()
        if self.toolTip() != self._tooltip:
            self.setToolTip(self._tooltip)
            self.arrow.setToolTip(self._tooltip)
        return self._tooltip

    def route(self, a: QPointF, b: QPointF, bow: float, trim_a: NodeItem, trim_b: NodeItem) -> None:
        """Quadratic curve from a to b bowed sideways by ``bow``, trimmed to the glyphs."""
        dx, dy = b.x() - a.x(), b.y() - a.y()
        length = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / length, dx / length
        ctrl = QPointF((a.x() + b.x()) / 2 + nx * bow * 2, (a.y() + b.y()) / 2 + ny * bow * 2)
        start = self._trim(a, ctrl, trim_a, 2.0)
        end = self._trim(b, ctrl, trim_b, 3.0)
        path = QPainterPath(start)
        tip_dx, tip_dy = end.x() - ctrl.x(), end.y() - ctrl.y()
        tl = math.hypot(tip_dx, tip_dy) or 1.0
        ux, uy = tip_dx / tl, tip_dy / tl
        size = 9.0 if not self.undated else 8.0
        base = QPointF(end.x() - ux * size, end.y() - uy * size)
        path.quadTo(ctrl, base)
        self.setPath(path)
        if self.halo is not None:
            self.halo.setPath(path)
        self.arrow.setPolygon(
            QPolygonF(
                [
                    end,
                    QPointF(base.x() + uy * size * 0.45, base.y() - ux * size * 0.45),
                    QPointF(base.x() - uy * size * 0.45, base.y() + ux * size * 0.45),
                ]
            )
        )

    @staticmethod
    def _trim(p: QPointF, toward: QPointF, node: NodeItem, extra: float) -> QPointF:
        dx, dy = toward.x() - p.x(), toward.y() - p.y()
        d = math.hypot(dx, dy) or 1.0
        ux, uy = dx / d, dy / d
        r = _boundary(node.ref.kind, node.glyph_w, node.glyph_h, ux, uy) + extra
        return QPointF(p.x() + ux * r, p.y() + uy * r)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(9.0)
        return stroker.createStroke(self.path())

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        pen = QPen(self._pen)
        pen.setWidthF(self._pen.widthF() + 2.0)
        self.setPen(pen)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.setPen(self._pen)
        super().hoverLeaveEvent(event)


def edge_pen(relation_type: str, undated: bool) -> QPen:
    """A relation's line: its group's colour and style; undated ones lighter, thinner and
    in long dashes (dash-dot and dotted groups stay so, only lighter)."""
    group = group_for(relation_type)
    colour = QColor(group.colour)
    colour.setAlpha(150 if undated else 235)
    pen = QPen(colour, 1.5 if undated else 2.2, group.style)
    if undated and group.style == Qt.PenStyle.SolidLine:
        pen.setDashPattern(UNDATED_DASHES)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


LEGEND_ROW = 19
LEGEND_TIP = (
    "Legend: line colour is the relation group, the arrow points from "
    "subject to object; dashed, lighter lines are undated."
)
UNDATED_LABEL = QT_TRANSLATE_NOOP("graph", "Undated relation (dashed, lighter; always shown)")
PATH_LABEL = QT_TRANSLATE_NOOP("graph", "Shortest path")
PINNED_LABEL = QT_TRANSLATE_NOOP("graph", "Pinned (stays where you put it)")
CENTRE_LABEL = QT_TRANSLATE_NOOP("graph", "Centre of the graph")


def _small() -> QFont:
    small = QFont()
    small.setPointSizeF(max(7.5, small.pointSizeF() - 1))
    return small


def legend_width() -> float:
    fm = QFontMetricsF(_small())
    labels = [g.label for g in EDGE_GROUPS] + [UNDATED_LABEL, PINNED_LABEL]
    return max(fm.horizontalAdvance(t) for t in labels) + 62


def paint_swatch(p: QPainter, entry: str, at: QPointF, colours: Colours = LIGHT) -> None:
    """The sample of one legend entry centred vertically on ``at`` (its left end): a
    relation group's line (by label), ``undated``, ``path``, a kind's glyph (by kind),
    ``centre`` or ``pinned``. The painted legend and the page's filter list both use it."""
    y = at.y()
    x = at.x()
    group = next((g for g in EDGE_GROUPS if g.label == entry), None)
    if group is not None or entry == OTHER_GROUP.label:
        g = group or OTHER_GROUP
        _legend_line(p, x, y, colours.line(g.colour), g.style, 2.2)
    elif entry == "undated":
        pen = edge_pen("operates-in", True)
        grey = colours.qcolor("muted")
        grey.setAlpha(170)
        pen.setColor(grey)
        _legend_line(p, x, y, pen.color(), Qt.PenStyle.SolidLine, pen.widthF(), UNDATED_DASHES)
    elif entry == "path":
        halo = QColor(PATH_COLOUR)
        halo.setAlpha(150)
        p.setPen(QPen(halo, 8.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawLine(QPointF(x + 4, y), QPointF(x + 32, y))
        _legend_line(p, x, y, colours.qcolor("muted"), Qt.PenStyle.SolidLine, 2.2)
    elif entry == "centre":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colours.qcolor("centre_halo"))
        p.drawEllipse(QPointF(x + 20, y), 10, 10)
    elif entry == "pinned":
        w, h, fill, line = NODE_STYLE["actor"]
        p.setPen(QPen(QColor(line), 1.3))
        p.setBrush(QColor(fill))
        p.drawEllipse(QPointF(x + 20, y), 8, 8)
        paint_pin(p, QPointF(x + 27, y - 6))
    else:
        w, h, fill, line = NODE_STYLE.get(entry, _DEFAULT_STYLE)
        k = min(1.0, 16 / max(w, h))
        r = QRectF(x + 20 - w * k / 2, y - h * k / 2, w * k, h * k)
        p.setPen(QPen(QColor(line), 1.3))
        p.setBrush(QColor(fill))
        if entry == "actor":
            p.drawEllipse(r)
        elif entry == "region":
            p.drawRoundedRect(r, 4, 4)
        elif entry == "event":
            p.drawPolygon(
                QPolygonF(
                    [
                        QPointF(r.center().x(), r.top()),
                        QPointF(r.right(), r.center().y()),
                        QPointF(r.center().x(), r.bottom()),
                        QPointF(r.left(), r.center().y()),
                    ]
                )
            )
        else:
            p.drawRect(r)


KIND_LABELS = {
    "actor": QT_TRANSLATE_NOOP("graph", "Actor"),
    "region": QT_TRANSLATE_NOOP("graph", "Region"),
    "event": QT_TRANSLATE_NOOP("graph", "Event"),
    "source": QT_TRANSLATE_NOOP("graph", "Source"),
}
KIND_PLURALS = {  # the legend filter's entries, one per kind
    "actor": QT_TRANSLATE_NOOP("graph", "Actors"),
    "region": QT_TRANSLATE_NOOP("graph", "Regions"),
    "event": QT_TRANSLATE_NOOP("graph", "Events"),
    "source": QT_TRANSLATE_NOOP("graph", "Sources"),
}


def legend_entries(
    kinds: tuple[str, ...] = tuple(NODE_STYLE), path: bool = True
) -> list[tuple[str, str]]:
    """(swatch, label) rows of the full legend; a swatch of '' is a heading."""
    # The swatch keys stay as they are; the words shown are in the interface language.
    rows: list[tuple[str, str]] = [("", translate("graph", "Relations"))]
    rows += [(g.label, translate("graph", g.label)) for g in EDGE_GROUPS]
    rows.append(("undated", translate("graph", UNDATED_LABEL)))
    if path:
        rows.append(("path", translate("graph", PATH_LABEL)))
    rows.append(("", translate("graph", "Entities")))
    rows += [(k, translate("graph", KIND_LABELS.get(k, k.capitalize()))) for k in kinds]
    rows += [
        ("centre", translate("graph", CENTRE_LABEL)),
        ("pinned", translate("graph", PINNED_LABEL)),
    ]
    return rows


def paint_legend(
    p: QPainter,
    height: float = 0.0,
    width: float | None = None,
    columns: int = 1,
    entries: list[tuple[str, str]] | None = None,
    colours: Colours = LIGHT,
) -> QSizeF:
    """Edge colours and styles by relation group, undated and path lines, then node
    shapes by kind and the centre and pin marks, in ``columns`` columns of ``width`` in
    all; returns the size used. The page's key and the report's legend paint this."""
    width = legend_width() if width is None else width
    p.save()
    try:
        return _paint_legend(p, width, columns, entries or legend_entries(), colours)
    finally:
        p.restore()


def _paint_legend(
    p: QPainter, width: float, columns: int, entries: list[tuple[str, str]], colours: Colours
) -> QSizeF:
    ink = colours.qcolor("ink")
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    bold = QFont()
    bold.setBold(True)
    small = _small()
    per = -(-len(entries) // max(1, columns))
    col_w = width / max(1, columns)
    bottom = 0.0
    for c in range(max(1, columns)):
        y = 0.0
        x0 = c * col_w
        for swatch, label in entries[c * per : (c + 1) * per]:
            y += LEGEND_ROW + (6 if not swatch and y > 0 else 0)
            if not swatch:
                p.setFont(bold)
                p.setPen(ink)
                p.drawText(QPointF(x0 + 8, y + 4), label)
                continue
            paint_swatch(p, swatch, QPointF(x0 + 8, y), colours)
            p.setFont(small)
            p.setPen(ink)
            p.drawText(
                QRectF(x0 + 50, y - 9, col_w - 54, 18), int(Qt.AlignmentFlag.AlignVCenter), label
            )
        bottom = max(bottom, y)
    return QSizeF(width, bottom + 14.0)


def _legend_line(
    p: QPainter,
    x: float,
    y: float,
    colour: QColor,
    style: Qt.PenStyle,
    width: float,
    dashes: list[float] | None = None,
) -> None:
    pen = QPen(colour, width, style)
    if dashes:
        pen.setDashPattern(dashes)
    p.setPen(pen)
    p.drawLine(QPointF(x, y), QPointF(x + 28, y))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawPolygon(QPolygonF([QPointF(x + 36, y), QPointF(x + 28, y - 4), QPointF(x + 28, y + 4)]))


class GraphScene(QGraphicsScene):
    """Nodes and relation lines of one planned neighbourhood; :meth:`apply` hides what
    the filters leave out and marks the path and the pins without rebuilding, and a
    moved node takes its lines with it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.nodes: dict[str, NodeItem] = {}
        self.edges: dict[str, EdgeItem] = {}
        self._touching: dict[str, list[EdgeItem]] = {}
        self._fitted = False  # the scene's rectangle holds the routed lines
        self.colours: Colours = LIGHT  # the report's scenes keep the light set

    def set_colours(self, colours: Colours) -> None:
        """Repaint in ``colours`` (the page follows the theme; nodes read it as they paint)."""
        self.colours = colours
        for edge in self.edges.values():
            edge.restyle(colours)
        for item in self.items():
            if isinstance(item, QGraphicsSimpleTextItem):
                item.setBrush(colours.qcolor("ink"))
        self.update()

    def reset(self) -> None:
        self.clear()
        self.nodes.clear()
        self.edges.clear()
        self._touching.clear()
        self._fitted = False

    def show_missing(self, entity_id: str) -> None:
        self.reset()
        text = QGraphicsSimpleTextItem(f"No entity {entity_id!r}.")
        text.setBrush(self.colours.qcolor("ink"))
        self.addItem(text)
        self.setSceneRect(self.itemsBoundingRect().adjusted(-20, -20, 20, 20))

    def build(
        self,
        graph: GraphPlan,
        centre: str,
        nodes: dict[str, NodeItem],
        pos: Mapping[str, tuple[float, float]],
        tooltip: Callable[[RelationRow], str | Callable[[], str]],
    ) -> None:
        """Replace the scene with the nodes at ``pos`` (glyph centres, from
        :func:`positions`) and their relations, in one go."""
        for _ in self.build_steps(graph, centre, nodes, pos, tooltip):
            pass

    def build_steps(
        self,
        graph: GraphPlan,
        centre: str,
        nodes: dict[str, NodeItem],
        pos: Mapping[str, tuple[float, float]],
        tooltip: Callable[[RelationRow], str | Callable[[], str]],
        slice_size: int = BUILD_SLICE,
    ) -> Iterator[int]:
        """:meth:`build` in slices: the nodes, then ``slice_size`` relation lines at a time,
        yielding the lines made so far after each slice, so a window can let its event
        loop run between them (a thousand lines take a few hundred ms to make). The scene
        is complete, with its rectangle fitted, when the iterator is exhausted."""
        self.reset()
        self.nodes.update(nodes)
        for node_id, node in nodes.items():
            node.setPos(*pos[node_id])
            self.addItem(node)
        made = 0
        for row, bow in edge_bows(graph):
            src, tgt = nodes[row.source.id], nodes[row.target.id]
            edge = EdgeItem(row, tooltip(row))
            edge.restyle(self.colours)
            edge.bow, edge.ends = bow, (src, tgt)
            # no route yet: apply() routes every line around the entities it shows, and a
            # route drawn here was thrown away then (720 lines at a million events)
            self.addItem(edge)
            self.edges[row.id] = edge
            self._touching.setdefault(row.source.id, []).append(edge)
            self._touching.setdefault(row.target.id, []).append(edge)
            made += 1
            if made % slice_size == 0:
                yield made
        self.fit_rect()
        yield made

    def fit_rect(self) -> None:
        self.setSceneRect(self.itemsBoundingRect().adjusted(-30, -30, 30, 30))

    def visible_rect(self) -> QRectF:
        """What is shown, with a margin (hidden entities may lie far out)."""
        rect = QRectF()
        for item in [*self.nodes.values(), *self.edges.values()]:
            if item.isVisible():
                rect = rect.united(item.sceneBoundingRect())
        return rect.adjusted(-30, -30, 30, 30) if not rect.isEmpty() else self.sceneRect()

    def reroute(self, node_id: str) -> None:
        """Redraw the lines of a node that moved (around the entities now in their way)."""
        self.route_around(self._touching.get(node_id, ()))

    def _boxes(self) -> dict[str, Rect]:
        """Each shown entity's glyph and name in scene coordinates, with a small margin."""
        out = {}
        for node_id, node in self.nodes.items():
            if node.isVisible():
                r = node.glyph_rect().united(node.label_rect).translated(node.pos())
                m = ROUTE_MARGIN
                out[node_id] = (r.left() - m, r.top() - m, r.right() + m, r.bottom() + m)
        return out

    def route_around(self, edges: Iterable[EdgeItem]) -> None:
        """Route each line so it passes beside the entities it does not join: bowed just
        enough (``graph_layout.detour``), as a line through a box would read as a relation
        to that entity; in charts denser than ``CLEAR_BUDGET`` lines x boxes, straight."""
        boxes = self._boxes()
        edges = list(edges)
        shown = sum(1 for e in edges if e.isVisible())
        budget = shown * len(boxes) <= CLEAR_BUDGET  # denser charts keep straight lines
        for edge in edges:
            if edge.ends is None:
                continue
            src, tgt = edge.ends
            ends = (src.ref.id, tgt.ref.id)
            others = [r for i, r in boxes.items() if i not in ends]
            a, b = (src.pos().x(), src.pos().y()), (tgt.pos().x(), tgt.pos().y())
            bow = detour(a, b, edge.bow, others) if budget and edge.isVisible() else edge.bow
            edge.route(src.pos(), tgt.pos(), bow, src, tgt)

    def positions(self) -> dict[str, tuple[float, float]]:
        return {i: (n.pos().x(), n.pos().y()) for i, n in self.nodes.items()}

    def apply(self, data: RelationsViewData, pinned: frozenset[str] | None = None) -> None:
        """Show the relations and entities the view data keeps, mark its path and the
        pinned entities (the saved chart's unless given)."""
        shown = {r.id for r in data.shown}
        on_path = data.path_ids()
        path_nodes = (
            {e.id for e in data.path.entities()} if data.path and data.path.found else set()
        )
        pins = data.layout.pinned if pinned is None else pinned
        for node_id, node in self.nodes.items():
            node.setVisible(node_id in data.reached)
            node.set_marks(node_id in pins, node_id in path_nodes)
        for rel_id, edge in self.edges.items():
            edge.setVisible(rel_id in shown)
            edge.set_on_path(rel_id in on_path)
        self.route_around(self.edges.values())  # around the entities now shown
        if not self._fitted:  # the first routes: the lines' extent joins the scene's
            self._fitted = True
            self.fit_rect()


def edge_bows(graph: GraphPlan) -> list[tuple[RelationRow, float]]:
    """Every relation line with its sideways bow: parallel relations between one pair are
    bowed apart so each stays hoverable, on the same side whatever their direction."""
    bundles: dict[tuple[str, str], list[RelationRow]] = {}
    for row in graph.rows:
        key = tuple(sorted((row.source.id, row.target.id)))
        bundles.setdefault((key[0], key[1]), []).append(row)
    out = []
    for (lo, _hi), rows in bundles.items():
        for k, row in enumerate(rows):
            bow = (k - (len(rows) - 1) / 2) * 11.0
            out.append((row, bow if row.source.id == lo else -bow))
    return out


def node_items(
    graph: GraphPlan, centre: EntityRef, label_pt: float = LABEL_PT
) -> dict[str, NodeItem]:
    """One glyph per entity the plan draws (they measure their text: GUI thread)."""
    refs: dict[str, EntityRef] = {centre.id: centre}
    for row in graph.rows:
        refs[row.source.id] = row.source
        refs[row.target.id] = row.target
    return {i: NodeItem(ref, i == centre.id, label_pt) for i, ref in sorted(refs.items())}


def _glyph_offsets(nodes: dict[str, NodeItem], centre: str) -> dict[str, float]:
    """How far below its layout box's centre each glyph sits (the box holds the glyph at
    its top and the label under it); the centre's glyph lands on (0, 0)."""
    sizes = {i: n.footprint for i, n in nodes.items()}
    shift = sizes[centre][1] / 2 - nodes[centre].glyph_h / 2
    return {i: -sizes[i][1] / 2 + n.glyph_h / 2 + shift for i, n in nodes.items()}


LINE_CLEARANCE = 4.0  # px a straight line keeps from a box it does not join (beyond the gap)


def positions(
    graph: GraphPlan,
    centre: str,
    nodes: dict[str, NodeItem],
    aspect: float = 1.6,
    fixed: Mapping[str, tuple[float, float]] | None = None,
) -> dict[str, tuple[float, float]]:
    """Glyph centres of every node (scene coordinates). ``fixed`` glyphs stay where they
    are (a kept, pinned or saved layout) and only the others are placed, beside them."""
    sizes = {i: n.footprint for i, n in nodes.items()}
    off = _glyph_offsets(nodes, centre)
    pairs = [(r.source.id, r.target.id) for r in graph.rows]
    keep = {i: (x, y - off[i]) for i, (x, y) in (fixed or {}).items() if i in nodes}
    boxes = layout(
        sorted(nodes),
        pairs,
        centre,
        sizes=sizes,
        gap=14.0,
        aspect=aspect,
        fixed=keep,
        ports={i: (0.0, o) for i, o in off.items()},  # lines end at the glyph, not the box
        clearance=LINE_CLEARANCE,
    )
    given = fixed or {}
    return {i: given[i] if i in keep else (x, y + off[i]) for i, (x, y) in boxes.items()}


def scene_for(
    data: RelationsViewData,
    tooltip: Callable[[RelationRow], str] | None = None,
    frame: tuple[float, float] | None = None,
    max_scale: float = 1.25,
    aspect: float = 1.6,
) -> GraphScene:
    """A finished scene for a view's data in one go (the report's path), laid out as the
    data's saved layout says where it has positions. With a ``frame`` (the printed size,
    in points at 96 dpi) node names are enlarged until they print at
    :data:`MIN_PRINT_PT` at least once the scene is fitted into it."""
    label_pt = LABEL_PT
    scene = GraphScene()
    for _ in range(4):
        scene = GraphScene()
        nodes = node_items(data.graph, data.centre, label_pt)
        fixed = data.layout.positions or None
        scene.build(
            data.graph,
            data.centre.id,
            nodes,
            positions(data.graph, data.centre.id, nodes, aspect, fixed),
            tooltip or (lambda row: ""),
        )
        scene.apply(data)
        scene.setSceneRect(scene.visible_rect())  # a print shows what is shown, not more
        if frame is None:
            break
        rect = scene.sceneRect()
        scale = min(frame[0] / rect.width(), frame[1] / rect.height(), max_scale)
        if label_pt * scale >= MIN_PRINT_PT - 0.05:
            break
        label_pt = MIN_PRINT_PT / scale * 1.02
    return scene
