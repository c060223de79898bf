"""The relation graph picture: entity glyphs and relation lines laid out from a
relations view's data.

One scene for two places: the relations page shows a :class:`GraphScene` in its
interactive canvas, and the report renders the same scene class into a vector picture with
:func:`paint_legend` beside it. Both read only :class:`RelationsViewData`.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

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

from khorasan_desktop.core.graph_layout import layout
from khorasan_desktop.core.models import EntityRef
from khorasan_desktop.data.browse import RelationRow
from khorasan_desktop.render.palette import LIGHT, Colours
from khorasan_desktop.views.relations import GraphPlan, RelationsViewData

LABEL_WIDTH = 118.0  # wrap width of node names, in scene pixels
LABEL_GAP = 3.0


@dataclass(frozen=True)
class EdgeGroup:
    """One legend entry: relation types that share a colour and line style."""

    label: str
    types: tuple[str, ...]
    colour: str
    style: Qt.PenStyle = Qt.PenStyle.SolidLine


EDGE_GROUPS: tuple[EdgeGroup, ...] = (
    EdgeGroup("Ally / cooperates with", ("ally-of", "cooperates-with"), "#2e7d32"),
    EdgeGroup("Rival of / threatens", ("rival-of", "threatens"), "#c62828"),
    EdgeGroup("Branch / splinter / part of", ("branch-of", "splinter-of", "part-of"), "#7b1fa2"),
    EdgeGroup("Pledged allegiance to", ("pledged-allegiance-to",), "#e65100"),
    EdgeGroup("Leader / member of", ("leader-of", "member-of"), "#1565c0"),
    EdgeGroup(
        "Operates / located in, recruits from",
        ("operates-in", "located-in", "recruits-from"),
        "#808080",
    ),
    EdgeGroup("Agreement with", ("agreement-with",), "#00897b"),
    EdgeGroup("Fought in (event)", ("fought-in",), "#37474f", Qt.PenStyle.DashDotLine),
    EdgeGroup(
        "Follows tactics of / seeks alliance with",
        ("follows-tactics-of", "seeks-alliance-with"),
        "#795548",
        Qt.PenStyle.DotLine,
    ),
)
OTHER_GROUP = EdgeGroup("Other", (), "#000000")
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

    def __init__(self, ref: EntityRef, centre: bool) -> None:
        super().__init__()
        self.ref = ref
        self.centre = centre
        w, h, fill, line = NODE_STYLE.get(ref.kind, _DEFAULT_STYLE)
        k = 1.45 if centre else 1.0
        self.glyph_w, self.glyph_h = w * k, h * k
        self.fill, self.line = QColor(fill), QColor(line)
        self.font = QFont()
        self.font.setPointSizeF(10.0 if centre else 8.5)
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
        self.focused = False

    def set_focused(self, focused: bool) -> None:
        if focused != self.focused:
            self.focused = focused
            self.update()

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
        if self.focused:  # the keyboard's current node (arrows move it along the edges)
            pen = QPen(colours.qcolor("focus"), 2.5, Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.boundingRect().adjusted(1, 1, -1, -1), 4, 4)
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
        self.arrow = QGraphicsPolygonItem(self)
        self.arrow.setPen(Qt.PenStyle.NoPen)
        self.restyle(LIGHT)
        if isinstance(tooltip, str):
            self.ensure_tooltip()
        self.setAcceptHoverEvents(True)
        self.setZValue(1)

    def restyle(self, colours: Colours) -> None:
        """Pen and arrow in the group's colour, as it reads on ``colours``' ground."""
        group = group_for(self.row.type)
        colour = colours.line(group.colour)
        colour.setAlpha(120 if self.undated else 235)
        style = group.style
        if self.undated and style == Qt.PenStyle.SolidLine:
            style = Qt.PenStyle.DashLine
        self._pen = QPen(colour, 1.3 if self.undated else 2.0, style)
        self._pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.setPen(self._pen)
        self.arrow.setBrush(colour)

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


LEGEND_ROW = 19
LEGEND_TIP = (
    "Legend: line colour is the relation group, the arrow points from "
    "subject to object; dashed, lighter lines are undated."
)


def legend_width() -> float:
    small = QFont()
    small.setPointSizeF(max(7.5, small.pointSizeF() - 1))
    fm = QFontMetricsF(small)
    return max(fm.horizontalAdvance(g.label) for g in EDGE_GROUPS) + 62


def paint_legend(
    p: QPainter, height: float = 0.0, width: float | None = None, colours: Colours = LIGHT
) -> QSizeF:
    """Edge colours and styles by relation group, then node shapes by kind; returns the
    size used. The page's legend widget and the report's picture (light) both paint this."""
    width = legend_width() if width is None else width
    p.save()
    try:
        return _paint_legend(p, width, colours)
    finally:
        p.restore()


def _paint_legend(p: QPainter, width: float, colours: Colours) -> QSizeF:
    ink = colours.qcolor("ink")
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    bold = QFont()
    bold.setBold(True)
    small = QFont()
    small.setPointSizeF(max(7.5, small.pointSizeF() - 1))
    y = 14.0
    p.setFont(bold)
    p.setPen(ink)
    p.drawText(QPointF(8, y), "Relations")
    p.setFont(small)
    for g in EDGE_GROUPS:
        y += LEGEND_ROW
        _legend_line(p, y, colours.line(g.colour), g.style, 2.0)
        p.setPen(ink)
        p.drawText(
            QRectF(50, y - 9, width - 54, 18),
            int(Qt.AlignmentFlag.AlignVCenter),
            g.label,
        )
    y += LEGEND_ROW
    grey = colours.qcolor("muted")
    grey.setAlpha(160)
    _legend_line(p, y, grey, Qt.PenStyle.DashLine, 1.3)
    p.setPen(ink)
    p.drawText(
        QRectF(50, y - 9, width - 54, 18),
        int(Qt.AlignmentFlag.AlignVCenter),
        "Undated (always shown)",
    )
    y += LEGEND_ROW + 8
    p.setFont(bold)
    p.drawText(QPointF(8, y), "Entities")
    p.setFont(small)
    for kind, (w, h, fill, line) in NODE_STYLE.items():
        y += LEGEND_ROW + 2
        k = min(1.0, 16 / max(w, h))
        r = QRectF(28 - w * k / 2, y - h * k / 2, w * k, h * k)
        p.setPen(QPen(QColor(line), 1.3))
        p.setBrush(QColor(fill))
        if kind == "actor":
            p.drawEllipse(r)
        elif kind == "region":
            p.drawRoundedRect(r, 4, 4)
        elif kind == "event":
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
        p.setPen(ink)
        p.drawText(
            QRectF(50, y - 9, width - 54, 18),
            int(Qt.AlignmentFlag.AlignVCenter),
            kind.capitalize(),
        )
    y += LEGEND_ROW + 2
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colours.qcolor("centre_halo"))
    p.drawEllipse(QPointF(28, y), 10, 10)
    p.setPen(ink)
    p.drawText(
        QRectF(50, y - 9, width - 54, 18),
        int(Qt.AlignmentFlag.AlignVCenter),
        "Centre of the graph",
    )
    return QSizeF(width, y + 14.0)


def _legend_line(p: QPainter, y: float, colour: QColor, style: Qt.PenStyle, width: float) -> None:
    pen = QPen(colour, width, style)
    p.setPen(pen)
    p.drawLine(QPointF(8, y), QPointF(36, y))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawPolygon(QPolygonF([QPointF(44, y), QPointF(36, y - 4), QPointF(36, y + 4)]))


class GraphScene(QGraphicsScene):
    """Nodes and relation lines of one planned neighbourhood; :meth:`apply` hides what a
    year leaves out without rebuilding."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.nodes: dict[str, NodeItem] = {}
        self.edges: dict[str, EdgeItem] = {}
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
        pos: dict[str, tuple[float, float]],
        tooltip: Callable[[RelationRow], str | Callable[[], str]],
    ) -> None:
        """Replace the scene with the laid-out nodes and their relations."""
        self.reset()
        self.nodes.update(nodes)
        sizes = {i: n.footprint for i, n in nodes.items()}
        shift = sizes[centre][1] / 2 - nodes[centre].glyph_h / 2  # centre glyph at (0, 0)
        for node_id, node in nodes.items():
            x, y = pos[node_id]
            node.setPos(x, y - sizes[node_id][1] / 2 + node.glyph_h / 2 + shift)
            self.addItem(node)
        # Parallel relations between one pair are bowed apart so each stays hoverable.
        bundles: dict[tuple[str, str], list[RelationRow]] = {}
        for row in graph.rows:
            key = tuple(sorted((row.source.id, row.target.id)))
            bundles.setdefault((key[0], key[1]), []).append(row)
        for (lo, _hi), rows in bundles.items():
            for k, row in enumerate(rows):
                bow = (k - (len(rows) - 1) / 2) * 11.0
                if row.source.id != lo:
                    bow = -bow  # same side whatever the direction
                src, tgt = nodes[row.source.id], nodes[row.target.id]
                edge = EdgeItem(row, tooltip(row))
                edge.restyle(self.colours)
                edge.route(src.pos(), tgt.pos(), bow, src, tgt)
                self.addItem(edge)
                self.edges[row.id] = edge
        self.setSceneRect(self.itemsBoundingRect().adjusted(-30, -30, 30, 30))

    def apply(self, data: RelationsViewData) -> None:
        """Show the relations and entities the view data keeps for its year."""
        shown = {r.id for r in data.shown}
        for node_id, node in self.nodes.items():
            node.setVisible(node_id in data.reached)
        for rel_id, edge in self.edges.items():
            edge.setVisible(rel_id in shown)


def node_items(graph: GraphPlan, centre: EntityRef) -> dict[str, NodeItem]:
    """One glyph per entity the plan draws (they measure their text: GUI thread)."""
    refs: dict[str, EntityRef] = {centre.id: centre}
    for row in graph.rows:
        refs[row.source.id] = row.source
        refs[row.target.id] = row.target
    return {i: NodeItem(ref, i == centre.id) for i, ref in sorted(refs.items())}


def positions(
    graph: GraphPlan, centre: str, nodes: dict[str, NodeItem]
) -> dict[str, tuple[float, float]]:
    """Layout of the node boxes (centred boxes; a glyph sits at the top of its box)."""
    sizes = {i: n.footprint for i, n in nodes.items()}
    pairs = [(r.source.id, r.target.id) for r in graph.rows]
    return layout(sorted(nodes), pairs, centre, sizes=sizes, gap=14.0, aspect=1.6)


def scene_for(
    data: RelationsViewData, tooltip: Callable[[RelationRow], str] | None = None
) -> GraphScene:
    """A finished scene for a view's data in one go (the report's path)."""
    scene = GraphScene()
    nodes = node_items(data.graph, data.centre)
    scene.build(
        data.graph,
        data.centre.id,
        nodes,
        positions(data.graph, data.centre.id, nodes),
        tooltip or (lambda row: ""),
    )
    scene.apply(data)
    return scene
