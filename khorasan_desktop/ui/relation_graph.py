"""Relation graph: an entity's neighbourhood drawn as a node-link diagram, filterable by year.

The layout is computed once per (entity, depth) on every relation regardless of date, so the
year slider only hides and shows items; nodes never jump, which keeps the picture readable
while scrubbing through time.

The neighbourhood is loaded off the GUI thread (``QueryRunner``). A busy entity can have
thousands of relations: only the centre and the ``MAX_NODES`` busiest related entities are
drawn, and an edge's citations are looked up when its tooltip is first needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPicture,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from khorasan_desktop.core.models import EntityRef
from khorasan_desktop.core.viewspec import ViewSpec
from khorasan_desktop.data.browse import RelationRow
from khorasan_desktop.data.errors import NotFound
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.render.graph import (
    LEGEND_TIP,
    EdgeItem,
    GraphScene,
    NodeItem,
    legend_width,
    node_items,
    paint_legend,
    positions,
)
from khorasan_desktop.ui import theme
from khorasan_desktop.ui.query import QueryRunner
from khorasan_desktop.ui.tasks import Task
from khorasan_desktop.views.relations import (
    GraphPlan,
    RelationsViewData,
    ResolvedRelations,
    derive,
    edge_tooltip,
    plan,
)

GRAPH_CHANNEL, YEARS_CHANNEL = "graph", "graph-years"


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
        self.setBackgroundBrush(QColor(theme.colours().canvas))
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
    """Edge colours and styles by relation group, plus node shapes by kind (painted by
    render.graph.paint_legend, as in reports)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedWidth(int(legend_width()))
        p = QPicture()
        painter = QPainter(p)
        self.setFixedHeight(int(paint_legend(painter).height()))
        painter.end()
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.setToolTip(LEGEND_TIP)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_legend(p, self.height(), self.width(), theme.colours())
        p.end()


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
        self._graph: GraphPlan | None = None  # what is drawn (capped neighbourhood)
        self.data: RelationsViewData | None = None  # the drawn graph as of the year
        self._loading = False
        self._generation = 0  # bumped per set_entity; older background results are dropped
        # Until the background answer arrives the slider spans the reference's last year.
        self.first_year = self.last_year = reference.last_year

        self.scene = GraphScene(self)
        self.canvas = GraphCanvas(self.scene, self)
        self.canvas.setAccessibleName("Relation graph")
        self.canvas.nodeClicked.connect(self.activate)
        self.canvas.nodeDoubleClicked.connect(self.recentre)

        self.depth_box = QComboBox(self)
        self.depth_box.setAccessibleName("Depth")
        self.depth_box.addItem("1 step", 1)
        self.depth_box.addItem("2 steps", 2)
        self.depth_box.setToolTip("How many relation steps away from the centre to show")
        self.depth_box.currentIndexChanged.connect(self._depth_changed)
        self.year_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.year_slider.setAccessibleName("As of year")
        self.year_slider.setRange(self.first_year, self.last_year)
        self.year_slider.setValue(self.last_year)
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
        # The legend scrolls when the window is short (a 600-pixel laptop screen).
        legend = self.legend = Legend()
        side = QScrollArea(self)
        side.setAccessibleName("Legend")
        side.setWidget(legend)
        side.setFrameShape(QFrame.Shape.NoFrame)
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setFixedWidth(legend.width() + side.verticalScrollBar().sizeHint().width())
        side.setMinimumHeight(80)
        body = QHBoxLayout()
        body.addWidget(self.canvas, 1)
        body.addWidget(side)
        outer = QVBoxLayout(self)
        outer.addLayout(bar)
        outer.addLayout(body, 1)
        outer.addWidget(self.status)
        self._sync_year_controls()
        self._apply_theme()
        theme.notifier().changed.connect(self._apply_theme)
        # The slider spans the years of the dated relations.
        self.query.submit(YEARS_CHANNEL, "relation_years", owner=self, on_result=self._set_years)

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
            # The tab may have closed while the layout ran: drop the answer then.
            if shiboken6.isValid(self) and (keep or generation == self._generation):
                then(result)

        task.signals.finished.connect(deliver)
        task.signals.failed.connect(self._failed)
        runner.start(task)

    def _apply_theme(self) -> None:
        colours = theme.colours()
        self.canvas.setBackgroundBrush(QColor(colours.canvas))
        self.scene.set_colours(colours)
        self.legend.update()

    def _set_years(self, years: tuple[int, int]) -> None:
        at_top = self.year_slider.value() == self.year_slider.maximum()
        self.first_year, self.last_year = years
        self.year_slider.blockSignals(True)
        self.year_slider.setRange(self.first_year, self.last_year)
        if at_top:
            self.year_slider.setValue(self.last_year)
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
        refs = {e.id: e for r in graph.rows for e in (r.source, r.target)}
        try:
            centre = refs.get(entity_id) or self._ref.ref(entity_id)
        except NotFound:
            self._graph = graph
            self.scene.show_missing(entity_id)
            self._finish()
            return
        nodes = node_items(graph, centre)
        self._compute(
            positions,
            graph,
            entity_id,
            nodes,
            then=lambda pos: self._build(graph, centre, nodes, pos),
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
        return sorted(i for i, e in self.scene.edges.items() if e.isVisible())

    def visible_nodes(self) -> list[str]:
        return sorted(i for i, n in self.scene.nodes.items() if n.isVisible())

    def node_positions(self) -> dict[str, tuple[float, float]]:
        return {i: (n.pos().x(), n.pos().y()) for i, n in sorted(self.scene.nodes.items())}

    def edge_tooltip(self, relation_id: str) -> str:
        return self.scene.edges[relation_id].ensure_tooltip()

    def node_tooltip(self, entity_id: str) -> str:
        return self.scene.nodes[entity_id].toolTip()

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
    def _build(
        self,
        graph: GraphPlan,
        centre: EntityRef,
        nodes: dict[str, NodeItem],
        pos: dict[str, tuple[float, float]],
    ) -> None:
        """Replace the scene with the laid-out nodes and their relations."""
        self._graph = graph
        self._centre = centre
        self.scene.build(graph, centre.id, nodes, pos, self._edge_tip)
        self._finish()

    def _edge_tip(self, row: RelationRow) -> Callable[[], str]:
        return lambda: edge_tooltip(row, self._ref.relation_citations(row.id))

    def resolved(self) -> ResolvedRelations | None:
        """What this graph shows, as the view layer names it (None before an entity)."""
        if self._entity is None:
            return None
        return ResolvedRelations(self._entity, self._depth, self._year, self._entity)

    def _apply_year(self) -> None:
        """Hide relations outside the year, then entities no longer reachable (the rule of
        the relations view, shared with the report's table)."""
        resolved = self.resolved()
        if resolved is None or self._graph is None or resolved.entity_id not in self.scene.nodes:
            return
        self.data = derive(resolved, self.scene.nodes[resolved.entity_id].ref, self._graph)
        self.scene.apply(self.data)
        if self._loading:
            return  # the status keeps saying "Loading…" until the new graph is drawn
        self.status.setText(
            self.data.status() + ". Click an entity to open it, double-click to centre on it;"
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
        resolved = self.resolved()
        if resolved is None:
            return None
        spec = resolved.to_spec()
        return ViewSpec(spec.kind, spec.target, {"depth": str(self._depth), **spec.options})

    def refresh_datasets(self, datasets: list[Any]) -> None:
        """Nothing to do: relations come from the reference data, not from imports."""

    def flush(self) -> None:
        """Nothing to save: the controls are not user data."""
