"""Relation graph: an entity's neighbourhood drawn as a node-link diagram, filterable by year.

The layout is computed once per (entity, depth) on every relation regardless of date, so the
year slider only hides and shows items; nodes never jump, which keeps the picture readable
while scrubbing through time.

The neighbourhood is loaded off the GUI thread (``QueryRunner``). A busy entity can have
thousands of relations: only the centre and the ``MAX_NODES`` busiest related entities are
drawn, and an edge's citations are looked up when its tooltip is first needed.
"""

from __future__ import annotations

import heapq
import math
import textwrap
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPaintEvent,
    QPen,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSlider,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)

from khorasan_desktop.core.graph_layout import layout
from khorasan_desktop.core.models import Citation, EntityRef
from khorasan_desktop.core.viewspec import ViewSpec
from khorasan_desktop.data.browse import RelationRow
from khorasan_desktop.data.errors import NotFound
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.ui.query import QueryRunner
from khorasan_desktop.ui.tasks import Task

LAST_YEAR = 2025
MAX_NODES = 120  # related entities drawn at most, besides the centre
MAX_PARALLEL = 6  # relations drawn at most between one pair of entities
MAX_EDGES = 1000  # relations drawn at most (beyond those that link every entity)
GRAPH_CHANNEL, YEARS_CHANNEL = "graph", "graph-years"
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
    EdgeGroup("Pledged allegiance to", ("pledged-allegiance-to",), "#ef6c00"),
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


def group_for(relation_type: str) -> EdgeGroup:
    return _GROUP_OF.get(relation_type, OTHER_GROUP)


def _year(value: str | None) -> int | None:
    return int(value[:4]) if value and value[:4].isdigit() else None


def visible_in(row: RelationRow, year: int | None) -> bool:
    """As-of rule: started by ``year`` and not ended before it; undated is always shown."""
    if year is None:
        return True
    start, end = _year(row.start), _year(row.end)
    return (start is None or start <= year) and (end is None or end >= year)


def period_phrase(row: RelationRow) -> str:
    start, end = row.start, row.end
    if start and end:
        return f"{start}–{end}"
    if start:
        return f"since {start}"
    if end:
        return f"until {end}"
    return "undated"


def sources_phrase(citations: tuple[Citation, ...], fallback: str) -> str:
    """'Title, para. 1, para. 4 (B3)' per source and grade, in citation order."""
    grouped: dict[tuple[str, str], list[str]] = {}
    for c in citations:
        grade = f"{c.reliability or ''}{c.credibility or ''}"
        grouped.setdefault((c.source_title, grade), []).append(c.locator)
    if not grouped:
        return fallback or "no citation"
    parts = []
    for (title, grade), locs in grouped.items():
        text = ", ".join([title, *[loc for loc in locs if loc]])
        parts.append(f"{text} ({grade})" if grade else text)
    return "; ".join(parts)


def edge_tooltip(row: RelationRow, citations: tuple[Citation, ...]) -> str:
    head = (
        f"{row.source.name} {row.type} {row.target.name} ({period_phrase(row)}); "
        f"source: {sources_phrase(citations, row.citation)}"
    )
    lines = [head]  # kept on one line: it is the sentence people quote
    if row.summary:
        lines += ["", *textwrap.wrap(row.summary, 100)]
    if row.vague:
        lines.append("(recorded as vague in the source)")
    return "\n".join(lines)


def _pick(rows: list[RelationRow], centre: str, limit: int) -> tuple[set[str], dict[str, str], int]:
    """Entities kept, the kept entity through which each one was reached, and how many
    entities are related to the centre in all (see :func:`busiest`)."""
    degree: Counter[str] = Counter()
    adj: dict[str, set[str]] = {}
    for r in rows:
        a, b = r.source.id, r.target.id
        degree[a] += 1
        degree[b] += 1
        adj.setdefault(a, set()).add(b)
        adj.setdefault(b, set()).add(a)
    total = len(degree) - (1 if centre in degree else 0)
    keep = {centre}
    parent: dict[str, str] = {}
    heap = [(-degree[n], n, centre) for n in adj.get(centre, ()) if n != centre]
    heapq.heapify(heap)
    queued = {centre, *adj.get(centre, ())}
    while heap and len(keep) <= limit:
        _, node, via = heapq.heappop(heap)
        keep.add(node)
        parent[node] = via
        for nxt in sorted(adj[node] - queued):
            queued.add(nxt)
            heapq.heappush(heap, (-degree[nxt], nxt, node))
    if total <= limit:
        keep = set(degree) | {centre}  # everything (also anything not linked to the centre)
    return keep, parent, total


def busiest(
    rows: list[RelationRow], centre: str, limit: int = MAX_NODES
) -> tuple[list[RelationRow], int]:
    """The relations among the centre and at most ``limit`` related entities, and how many
    related entities there are in all.

    Entities are ranked by how many of ``rows`` they take part in (ties by id). They are
    picked outwards from the centre, the busiest reachable one first, so every kept entity
    stays linked to the centre through kept ones. Deterministic for the same rows.
    """
    keep, _, total = _pick(rows, centre, limit)
    return [r for r in rows if r.source.id in keep and r.target.id in keep], total


@dataclass(frozen=True)
class GraphPlan:
    """What to draw of a neighbourhood: capped entities, thinned relations."""

    rows: list[RelationRow]  # relations drawn, by id
    related: int  # entities related to the centre in all
    left_out: int  # relations between drawn entities that are not drawn


def _pair(row: RelationRow) -> tuple[str, str]:
    a, b = row.source.id, row.target.id
    return (a, b) if a < b else (b, a)


def plan(
    rows: list[RelationRow],
    centre: str,
    limit: int = MAX_NODES,
    parallel: int = MAX_PARALLEL,
    max_edges: int = MAX_EDGES,
) -> GraphPlan:
    """Cap the entities (:func:`busiest`), then the relations: at most ``parallel`` per
    pair (lowest ids first), and no more pairs once ``max_edges`` relations are drawn,
    except the pairs that link each entity to the one it was reached from (so nothing
    drawn floats free). Pairs with more relations go first. Pure Python, deterministic,
    so it can run off the GUI thread."""
    keep, parent, related = _pick(rows, centre, limit)
    bundles: dict[tuple[str, str], list[RelationRow]] = {}
    for r in rows:
        if r.source.id in keep and r.target.id in keep:
            bundles.setdefault(_pair(r), []).append(r)
    kept = sum(len(b) for b in bundles.values())
    tree = {(a, b) if a < b else (b, a) for a, b in parent.items()}
    order = sorted(bundles, key=lambda k: (k not in tree, -len(bundles[k]), k))
    drawn: list[RelationRow] = []
    for key in order:
        if key not in tree and len(drawn) >= max_edges:
            break
        drawn.extend(sorted(bundles[key], key=lambda r: r.id)[:parallel])
    drawn.sort(key=lambda r: r.id)
    return GraphPlan(drawn, related, kept - len(drawn))


def _layout(
    nodes: list[str],
    pairs: list[tuple[str, str]],
    centre: str,
    sizes: dict[str, tuple[float, float]],
) -> dict[str, tuple[float, float]]:
    return layout(nodes, pairs, centre, sizes=sizes, gap=14.0, aspect=1.6)


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
        r = self.glyph_rect()
        if self.centre:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 214, 0, 110))
            painter.drawEllipse(r.adjusted(-6, -6, 6, 6))
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
        painter.setBrush(QColor(255, 255, 255, 225))
        painter.drawRoundedRect(self.label_rect, 3, 3)
        painter.setPen(QColor("#111111"))
        painter.setFont(self.font)
        painter.drawText(self.label_rect, self._flags, self.ref.name)


class EdgeItem(QGraphicsPathItem):
    """A directed, possibly bowed relation line; wide invisible hit area for the tooltip."""

    def __init__(self, row: RelationRow, tooltip: str | Callable[[], str]) -> None:
        super().__init__()
        self.row = row
        self._tooltip = tooltip  # the text, or how to make it when first needed
        group = group_for(row.type)
        self.undated = row.start is None and row.end is None
        colour = QColor(group.colour)
        colour.setAlpha(120 if self.undated else 235)
        style = group.style
        if self.undated and style == Qt.PenStyle.SolidLine:
            style = Qt.PenStyle.DashLine
        self._pen = QPen(colour, 1.3 if self.undated else 2.0, style)
        self._pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        self.setPen(self._pen)
        self.arrow = QGraphicsPolygonItem(self)
        self.arrow.setPen(Qt.PenStyle.NoPen)
        self.arrow.setBrush(colour)
        if isinstance(tooltip, str):
            self.ensure_tooltip()
        self.setAcceptHoverEvents(True)
        self.setZValue(1)

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


class GraphCanvas(QGraphicsView):
    """Pans by dragging and zooms with the wheel; reports clicks and double-clicks on nodes."""

    nodeClicked = Signal(str)
    nodeDoubleClicked = Signal(str)

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setBackgroundBrush(QColor("#fbfbf8"))
        self._press: QPoint | None = None
        self.auto_fit = True  # refit on resize until the user pans or zooms

    def node_at(self, pos: QPoint) -> NodeItem | None:
        for item in self.items(pos):
            if isinstance(item, NodeItem):
                return item
        return None

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            # Edge tooltips are made on demand (one small citation query per edge, once).
            for item in self.items(event.pos()):
                edge = item if isinstance(item, EdgeItem) else item.parentItem()
                if isinstance(edge, EdgeItem):
                    edge.ensure_tooltip()
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        pos = event.position().toPoint()
        if self._press is not None:
            if (pos - self._press).manhattanLength() < 5:
                node = self.node_at(pos)
                if node is not None:
                    self.nodeClicked.emit(node.ref.id)
            else:
                self.auto_fit = False
        self._press = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        node = self.node_at(event.position().toPoint())
        if node is not None:
            self.nodeDoubleClicked.emit(node.ref.id)
            return
        super().mouseDoubleClickEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        factor = 1.0015 ** event.angleDelta().y()
        current = self.transform().m11()
        factor = max(0.1 / current, min(6.0 / current, factor))
        self.scale(factor, factor)
        self.auto_fit = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit()

    def fit(self) -> None:
        """Whole graph in view, but never blown up so far that labels look oversized."""
        self.auto_fit = True
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        self.resetTransform()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.transform().m11() > 1.25:
            self.resetTransform()
            self.scale(1.25, 1.25)
        self.centerOn(rect.center())


class Legend(QWidget):
    """Edge colours and styles by relation group, plus node shapes by kind."""

    ROW = 19

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, small.pointSizeF() - 1))
        fm = QFontMetricsF(small)
        widest = max(fm.horizontalAdvance(g.label) for g in EDGE_GROUPS)
        self.setFixedWidth(int(widest) + 62)
        rows = 1 + len(EDGE_GROUPS) + 1 + 1 + len(NODE_STYLE) + 1
        self.setMinimumHeight(rows * self.ROW + 30)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.setToolTip(
            "Legend: line colour is the relation group, the arrow points from "
            "subject to object; dashed, lighter lines are undated."
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, small.pointSizeF() - 1))
        y = 14.0
        p.setFont(bold)
        p.setPen(QColor("#222222"))
        p.drawText(QPointF(8, y), "Relations")
        p.setFont(small)
        for g in EDGE_GROUPS:
            y += self.ROW
            self._line(p, y, QColor(g.colour), g.style, 2.0)
            p.setPen(QColor("#222222"))
            p.drawText(
                QRectF(50, y - 9, self.width() - 54, 18),
                int(Qt.AlignmentFlag.AlignVCenter),
                g.label,
            )
        y += self.ROW
        grey = QColor("#555555")
        grey.setAlpha(120)
        self._line(p, y, grey, Qt.PenStyle.DashLine, 1.3)
        p.setPen(QColor("#222222"))
        p.drawText(
            QRectF(50, y - 9, self.width() - 54, 18),
            int(Qt.AlignmentFlag.AlignVCenter),
            "Undated (always shown)",
        )
        y += self.ROW + 8
        p.setFont(bold)
        p.drawText(QPointF(8, y), "Entities")
        p.setFont(small)
        for kind, (w, h, fill, line) in NODE_STYLE.items():
            y += self.ROW + 2
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
            p.setPen(QColor("#222222"))
            p.drawText(
                QRectF(50, y - 9, self.width() - 54, 18),
                int(Qt.AlignmentFlag.AlignVCenter),
                kind.capitalize(),
            )
        y += self.ROW + 2
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(255, 214, 0, 110))
        p.drawEllipse(QPointF(28, y), 10, 10)
        p.setPen(QColor("#222222"))
        p.drawText(
            QRectF(50, y - 9, self.width() - 54, 18),
            int(Qt.AlignmentFlag.AlignVCenter),
            "Centre of the graph",
        )
        p.end()

    @staticmethod
    def _line(p: QPainter, y: float, colour: QColor, style: Qt.PenStyle, width: float) -> None:
        pen = QPen(colour, width, style)
        p.setPen(pen)
        p.drawLine(QPointF(8, y), QPointF(36, y))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawPolygon(QPolygonF([QPointF(44, y), QPointF(36, y - 4), QPointF(36, y + 4)]))


class RelationGraphView(QWidget):
    """Neighbourhood graph of one entity with depth and "as of year" controls.

    Relations are loaded through ``query`` (inline by default); ``refreshed`` is emitted
    once a neighbourhood is drawn.
    """

    entityActivated = Signal(str)
    recentred = Signal(str)
    refreshed = Signal()

    def __init__(
        self,
        reference: Reference,
        parent: QWidget | None = None,
        query: QueryRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._ref = reference
        self.query = query or QueryRunner.synchronous(reference)
        self._entity: str | None = None
        self._depth = 1
        self._year: int | None = None
        self._rows: list[RelationRow] = []  # drawn relations (all, unless capped)
        self._related = 0  # entities related to the centre, drawn or not
        self._left_out = 0  # parallel relations not drawn
        self._loading = False
        self._generation = 0  # bumped per set_entity; older background results are dropped
        self._nodes: dict[str, NodeItem] = {}
        self._edges: dict[str, EdgeItem] = {}
        self.first_year = 1980

        self.scene = QGraphicsScene(self)
        self.canvas = GraphCanvas(self.scene, self)
        self.canvas.nodeClicked.connect(self.activate)
        self.canvas.nodeDoubleClicked.connect(self.recentre)

        self.depth_box = QComboBox(self)
        self.depth_box.addItem("1 step", 1)
        self.depth_box.addItem("2 steps", 2)
        self.depth_box.setToolTip("How many relation steps away from the centre to show")
        self.depth_box.currentIndexChanged.connect(self._depth_changed)
        self.year_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.year_slider.setRange(self.first_year, LAST_YEAR)
        self.year_slider.setValue(LAST_YEAR)
        self.year_slider.setPageStep(5)
        self.year_slider.setTickInterval(5)
        self.year_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.year_slider.setToolTip("Show the relations that held in this year")
        self.year_slider.valueChanged.connect(self._slider_moved)
        self.year_label = QLabel(self)
        self.year_label.setMinimumWidth(40)
        self.all_years = QCheckBox("All years", self)
        self.all_years.setChecked(True)
        self.all_years.setToolTip("Ignore dates and show every relation")
        self.all_years.toggled.connect(self._all_years_toggled)
        fit = QPushButton("Fit", self)
        fit.setToolTip("Show the whole graph")
        fit.clicked.connect(self.fit)
        self.status = QLabel(self)
        self.status.setStyleSheet("color: #555;")
        self.status.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(QLabel("Depth:", self))
        bar.addWidget(self.depth_box)
        bar.addSpacing(12)
        bar.addWidget(QLabel("As of:", self))
        bar.addWidget(self.year_slider, 1)
        bar.addWidget(self.year_label)
        bar.addWidget(self.all_years)
        bar.addWidget(fit)
        side = QVBoxLayout()
        side.addWidget(Legend(self))
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.canvas, 1)
        body.addLayout(side)
        outer = QVBoxLayout(self)
        outer.addLayout(bar)
        outer.addLayout(body, 1)
        outer.addWidget(self.status)
        self._sync_year_controls()
        # The slider starts at the year of the earliest dated relation.
        self.query.submit(
            YEARS_CHANNEL,
            "first_relation_year",
            owner=self,
            on_result=lambda year: self._set_first_year(year or 1980),
        )

    def _compute(
        self,
        fn: Callable[..., Any],
        *args: Any,
        then: Callable[[Any], None],
        keep: bool = False,
    ) -> None:
        """``then(fn(*args))``: inline with a synchronous query runner, else on its pool.
        ``fn`` is plain Python (no Qt). Unless ``keep``, a result that arrives after the
        view has moved on to another entity is dropped."""
        runner = self.query.runner
        if runner is None:
            then(fn(*args))
            return
        generation = self._generation
        task = Task(fn, *args)

        def deliver(result: Any) -> None:
            if keep or generation == self._generation:
                then(result)

        task.signals.finished.connect(deliver)
        task.signals.failed.connect(self._failed)
        runner.start(task)

    def _set_first_year(self, first: int) -> None:
        self.first_year = first
        self.year_slider.blockSignals(True)
        self.year_slider.setRange(self.first_year, LAST_YEAR)
        self.year_slider.blockSignals(False)
        self._sync_year_controls()

    # -- public API ----------------------------------------------------------------------
    def entity(self) -> str | None:
        return self._entity

    def depth(self) -> int:
        return self._depth

    def year(self) -> int | None:
        return self._year

    def set_entity(self, entity_id: str, depth: int = 1) -> None:
        """Rebuild the scene around ``entity_id`` once its neighbourhood has loaded (in the
        background unless the query runner is synchronous); the year filter is kept."""
        self._entity = entity_id
        self._depth = 2 if depth >= 2 else 1
        self.depth_box.blockSignals(True)
        self.depth_box.setCurrentIndex(self._depth - 1)
        self.depth_box.blockSignals(False)
        self._loading = True
        self._generation += 1
        self.status.setText("Loading…")
        self.query.submit(
            GRAPH_CHANNEL,
            "neighbourhood",
            entity_id,
            self._depth,
            owner=self,
            on_result=lambda rows: self._compute(plan, rows, entity_id, then=self._planned),
            on_error=self._failed,
        )

    def is_loading(self) -> bool:
        return self._loading

    def _planned(self, graph: GraphPlan) -> None:
        """Make the node items (GUI thread: they measure text), then lay them out."""
        entity_id = self._entity
        assert entity_id is not None
        refs: dict[str, EntityRef] = {}
        for row in graph.rows:
            refs[row.source.id] = row.source
            refs[row.target.id] = row.target
        if entity_id not in refs:
            try:
                refs[entity_id] = self._ref.ref(entity_id)
            except NotFound:
                self._clear(graph)
                self.scene.addItem(QGraphicsSimpleTextItem(f"No entity {entity_id!r}."))
                self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))
                self._finish()
                return
        nodes = {i: NodeItem(ref, i == entity_id) for i, ref in sorted(refs.items())}
        # Layout boxes are centred; a node's glyph sits at the top of its box.
        sizes = {i: n.footprint for i, n in nodes.items()}
        pairs = [(r.source.id, r.target.id) for r in graph.rows]
        self._compute(
            _layout,
            sorted(nodes),
            pairs,
            entity_id,
            sizes,
            then=lambda pos: self._build(graph, nodes, pos),
        )

    def _finish(self) -> None:
        self._loading = False
        self._apply_year()
        self.fit()
        self.refreshed.emit()

    def _failed(self, message: str) -> None:
        self._loading = False
        self.status.setText(f"Could not load the relations: {message}")

    def set_year(self, year: int | None) -> None:
        """Show the graph as of ``year`` (None: every relation whatever its dates)."""
        self._year = year
        self._sync_year_controls()
        self._apply_year()

    def visible_edges(self) -> list[str]:
        return sorted(i for i, e in self._edges.items() if e.isVisible())

    def visible_nodes(self) -> list[str]:
        return sorted(i for i, n in self._nodes.items() if n.isVisible())

    def node_positions(self) -> dict[str, tuple[float, float]]:
        return {i: (n.pos().x(), n.pos().y()) for i, n in sorted(self._nodes.items())}

    def edge_tooltip(self, relation_id: str) -> str:
        return self._edges[relation_id].ensure_tooltip()

    def node_tooltip(self, entity_id: str) -> str:
        return self._nodes[entity_id].toolTip()

    def activate(self, entity_id: str) -> None:
        """A single click: tell the app to open this entity."""
        self.entityActivated.emit(entity_id)

    def recentre(self, entity_id: str) -> None:
        """A double click: redraw the graph around this entity."""
        self.set_entity(entity_id, self._depth)
        self.recentred.emit(entity_id)

    def fit(self) -> None:
        self.canvas.fit()

    # -- building ------------------------------------------------------------------------
    def _clear(self, graph: GraphPlan) -> None:
        self.scene.clear()
        self._nodes.clear()
        self._edges.clear()
        self._rows, self._related, self._left_out = (
            graph.rows,
            graph.related,
            graph.left_out,
        )

    def _build(
        self, graph: GraphPlan, nodes: dict[str, NodeItem], pos: dict[str, tuple[float, float]]
    ) -> None:
        """Replace the scene with the laid-out nodes and their relations."""
        entity_id = self._entity
        assert entity_id is not None
        self._clear(graph)
        self._nodes.update(nodes)
        sizes = {i: n.footprint for i, n in nodes.items()}
        centre = self._nodes[entity_id]
        shift = sizes[entity_id][1] / 2 - centre.glyph_h / 2  # glyph of the centre at (0, 0)
        for node_id, node in self._nodes.items():
            x, y = pos[node_id]
            node.setPos(x, y - sizes[node_id][1] / 2 + node.glyph_h / 2 + shift)
            self.scene.addItem(node)
        # Parallel relations between one pair are bowed apart so each stays hoverable.
        bundles: dict[tuple[str, str], list[RelationRow]] = {}
        for row in self._rows:
            key = tuple(sorted((row.source.id, row.target.id)))
            bundles.setdefault((key[0], key[1]), []).append(row)
        for (lo, _hi), rows in bundles.items():
            for k, row in enumerate(rows):
                bow = (k - (len(rows) - 1) / 2) * 11.0
                if row.source.id != lo:
                    bow = -bow  # same side whatever the direction
                src, tgt = self._nodes[row.source.id], self._nodes[row.target.id]
                edge = EdgeItem(row, self._edge_tip(row))
                edge.route(src.pos(), tgt.pos(), bow, src, tgt)
                self.scene.addItem(edge)
                self._edges[row.id] = edge
        rect = self.scene.itemsBoundingRect().adjusted(-30, -30, 30, 30)
        self.scene.setSceneRect(rect)
        self._finish()

    def _edge_tip(self, row: RelationRow) -> Callable[[], str]:
        return lambda: edge_tooltip(row, self._ref.relation_citations(row.id))

    def _apply_year(self) -> None:
        """Hide relations outside the year, then nodes no longer reachable from the centre."""
        if self._entity is None or self._entity not in self._nodes:
            return
        shown = {r.id: visible_in(r, self._year) for r in self._rows}
        adj: dict[str, list[str]] = {}
        for r in self._rows:
            if shown[r.id]:
                adj.setdefault(r.source.id, []).append(r.target.id)
                adj.setdefault(r.target.id, []).append(r.source.id)
        reach = {self._entity: 0}
        queue = deque([self._entity])
        while queue:
            cur = queue.popleft()
            if reach[cur] >= self._depth:
                continue
            for nxt in adj.get(cur, []):
                if nxt not in reach:
                    reach[nxt] = reach[cur] + 1
                    queue.append(nxt)
        for node_id, node in self._nodes.items():
            node.setVisible(node_id in reach)
        hidden = 0
        undated = 0
        for r in self._rows:
            ok = shown[r.id] and r.source.id in reach and r.target.id in reach
            self._edges[r.id].setVisible(ok)
            hidden += not ok
            undated += ok and r.start is None and r.end is None
        total = len(self._rows)
        text = f"{total - hidden} of {total} relations shown, {undated} undated"
        if self._year is not None:
            text += f"; as of {self._year}, {hidden} hidden"
        drawn = len(self._nodes) - 1
        if self._related > drawn:
            text += f"; showing {drawn} of {self._related} related entities (busiest)"
        if self._left_out:
            text += f"; {self._left_out} more relations among them not drawn"
        if self._loading:
            return  # the status keeps saying "Loading…" until the new graph is drawn
        self.status.setText(
            text + ". Click an entity to open it, double-click to centre on it;"
            " drag to pan, wheel to zoom."
        )

    # -- controls ------------------------------------------------------------------------
    def _sync_year_controls(self) -> None:
        self.all_years.blockSignals(True)
        self.year_slider.blockSignals(True)
        self.all_years.setChecked(self._year is None)
        self.year_slider.setEnabled(self._year is not None)
        if self._year is not None:
            self.year_slider.setValue(self._year)
        self.year_label.setText("–" if self._year is None else f"{self._year}")
        self.year_slider.blockSignals(False)
        self.all_years.blockSignals(False)

    def _slider_moved(self, value: int) -> None:
        self.set_year(value)

    def _all_years_toggled(self, checked: bool) -> None:
        self.set_year(None if checked else self.year_slider.value())

    def _depth_changed(self, index: int) -> None:
        if self._entity is not None:
            self.set_entity(self._entity, int(self.depth_box.itemData(index)))

    # -- page protocol (ui/pages.py) -----------------------------------------------------
    titleChanged = Signal(str)  # emitted by whoever recentres the graph (see ui/pages.py)

    @property
    def title(self) -> str:
        if self._entity is None:
            return "Relations"
        try:
            return f"Relations: {self._ref.ref(self._entity).name}"
        except NotFound:
            return f"Relations: {self._entity}"

    def view_spec(self) -> ViewSpec | None:
        """The centre, depth and "as of" year shown (None before an entity is set)."""
        if self._entity is None:
            return None
        opts = {"depth": str(self._depth)}
        if self._year is not None:
            opts["year"] = str(self._year)
        return ViewSpec("relations", self._entity, opts)

    def refresh_datasets(self, datasets: list[Any]) -> None:
        """Nothing to do: relations come from the reference data, not from imports."""

    def flush(self) -> None:
        """Nothing to save: the controls are not user data."""
