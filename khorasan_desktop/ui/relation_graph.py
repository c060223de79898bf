"""Relation graph: an entity's neighbourhood drawn as a node-link diagram, filterable by year.

The layout is computed once per (entity, depth) on every relation regardless of date, so the
year slider only hides and shows items; nodes never jump, which keeps the picture readable
while scrubbing through time.

The neighbourhood is loaded off the GUI thread (``QueryRunner``). A busy entity can have
thousands of relations: only the centre and the ``MAX_NODES`` busiest related entities are
drawn, and an edge's citations are looked up when its tooltip is first needed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QPoint, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QHelpEvent,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPicture,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFrame,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from khorasan_desktop.core import viewspec
from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from khorasan_desktop.core.models import EntityRef
from khorasan_desktop.core.viewspec import ViewSpec
from khorasan_desktop.data.browse import RelationRow
from khorasan_desktop.data.errors import DataError, NotFound
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.data.userdb import SavedChart, UserStore
from khorasan_desktop.render.graph import (
    EDGE_GROUPS,
    KIND_PLURALS,
    LEGEND_TIP,
    NODE_STYLE,
    OTHER_GROUP,
    EdgeItem,
    GraphScene,
    NodeItem,
    group_for,
    node_items,
    paint_legend,
    paint_swatch,
    positions,
)
from khorasan_desktop.ui import graph_keys, shortcuts, theme
from khorasan_desktop.ui.copy_cite import COPY_TEXT, put_on_clipboard
from khorasan_desktop.ui.page_tab import PageState
from khorasan_desktop.ui.query import QueryRunner
from khorasan_desktop.ui.tasks import Task
from khorasan_desktop.views import citing
from khorasan_desktop.views import relations as rv
from khorasan_desktop.views.relations import (
    Grading,
    GraphPlan,
    PathResult,
    RelationsViewData,
    ResolvedRelations,
    derive,
    edge_tooltip,
    period_phrase,
)

GRAPH_CHANNEL, YEARS_CHANNEL = "graph", "graph-years"
PATH_CHANNEL, SOURCES_CHANNEL = "graph-path", "graph-sources"
KEY_ENTRIES = [
    ("", QT_TRANSLATE_NOOP("relation_graph", "Key")),
    ("undated", QT_TRANSLATE_NOOP("relation_graph", "Undated (dashed, lighter)")),
    ("path", QT_TRANSLATE_NOOP("relation_graph", "Shortest path")),
    ("centre", QT_TRANSLATE_NOOP("relation_graph", "Centre of the graph")),
    ("pinned", QT_TRANSLATE_NOOP("relation_graph", "Pinned")),
]
SWATCH_ROLE = Qt.ItemDataRole.UserRole + 7  # a legend entry's swatch name
SHOWN_ROLE = Qt.ItemDataRole.UserRole + 8  # a legend entry's words, translated
LEGEND_COLUMN = 250  # pixels: longer legend entries wrap onto more lines (whole in tooltips)


def key_entries() -> list[tuple[str, str]]:
    """The legend's fixed entries in the interface language."""
    return [(swatch, translate("relation_graph", text)) for swatch, text in KEY_ENTRIES]


HELP = QT_TRANSLATE_NOOP(
    "relation_graph",
    "Click an entity to open it, double-click to centre on it; drag an "
    "entity to pin it there, drag the background to pan, wheel to zoom. "
    "Arrows follow the relations (Home: centre); keys on the selected "
    "entity: P pin/unpin, E expand, C collapse, Enter open, Menu for more.",
)


class GraphCanvas(QGraphicsView):
    """Pans by dragging the background and zooms with the wheel; an entity dragged moves
    (and is pinned by the view). Reports clicks, double-clicks, drags, context menus and
    the keys of the selected entity."""

    nodeClicked = Signal(str)
    nodeDoubleClicked = Signal(str)
    nodeDragged = Signal(str)
    nodeMenu = Signal(str, QPoint)  # entity, global position
    nodeKey = Signal(str, str)  # entity, action: pin, expand, collapse, open, copy
    escaped = Signal()  # Escape with nothing selected: back to the view's controls

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setBackgroundBrush(QColor(theme.colours().canvas))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._press: QPoint | None = None
        self._pressed_node: NodeItem | None = None
        self.auto_fit = True  # refit on resize until the user pans or zooms

    def node_at(self, pos: QPoint) -> NodeItem | None:
        for item in self.items(pos):
            if isinstance(item, NodeItem):
                return item
        return None

    def selected_node(self) -> NodeItem | None:
        for item in self.scene().selectedItems():
            if isinstance(item, NodeItem) and item.isVisible():
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
        self._pressed_node = self.node_at(self._press)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        pos = event.position().toPoint()
        if self._press is not None:
            if (pos - self._press).manhattanLength() < 5:
                node = self.node_at(pos)
                if node is not None:
                    self.nodeClicked.emit(node.ref.id)
            elif self._pressed_node is not None:
                self.nodeDragged.emit(self._pressed_node.ref.id)
            else:
                self.auto_fit = False
        self._press = None
        self._pressed_node = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        node = self.node_at(event.position().toPoint())
        if node is not None:
            self.nodeDoubleClicked.emit(node.ref.id)
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            node = self.node_at(event.pos())
            if node is not None:
                self.scene().clearSelection()
                node.setSelected(True)
        else:  # the Menu key or Shift+F10: the selected entity's menu, at the entity
            node = self.selected_node()
        if node is None:
            super().contextMenuEvent(event)
            return
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            at = event.globalPos()
        else:
            at = self.viewport().mapToGlobal(self.mapFromScene(node.scenePos()))
        self.nodeMenu.emit(node.ref.id, at)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        node = self.selected_node()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        scene = self.scene()
        if plain and isinstance(scene, GraphScene):
            if graph_keys.handle(self, scene, event.key(), node):
                return
            if event.key() == Qt.Key.Key_Escape:
                if node is not None:
                    scene.clearSelection()
                else:
                    self.escaped.emit()
                return
        if node is not None and event.matches(QKeySequence.StandardKey.Copy):
            self.nodeKey.emit(node.ref.id, "copy")  # the entity with its sources
            return
        actions = {
            Qt.Key.Key_P: "pin",
            Qt.Key.Key_E: "expand",
            Qt.Key.Key_C: "collapse",
            Qt.Key.Key_Return: "open",
            Qt.Key.Key_Enter: "open",
        }
        action = actions.get(Qt.Key(event.key()))
        if (
            node is not None
            and action
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.nodeKey.emit(node.ref.id, action)
            return
        super().keyPressEvent(event)

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
    """The key of what is not a filter (undated lines, the path, the centre, pins),
    painted by render.graph.paint_legend as in reports."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedWidth(LEGEND_COLUMN - 20)
        p = QPicture()
        painter = QPainter(p)
        self.setFixedHeight(int(paint_legend(painter, entries=key_entries()).height()))
        painter.end()
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.setToolTip(LEGEND_TIP)
        self.setAccessibleName(translate("Legend", "Graph key"))

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_legend(p, self.height(), self.width(), entries=key_entries(), colours=theme.colours())

        p.end()


def _swatch_icon(entry: str) -> QIcon:
    pix = QPixmap(QSize(46, 20))
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_swatch(p, entry, QPointF(4, 10), theme.colours())
    p.end()
    return QIcon(pix)


class LegendFilter(QListWidget):
    """The legend as a filter: one checkable entry per relation group and per entity
    kind, with how many are drawn; unchecking hides them (Space toggles the current
    entry). Emits ``changed`` with the relation types and kinds to hide."""

    changed = Signal(frozenset)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("LegendFilter", "Legend filters"))
        self.setToolTip(
            translate(
                "LegendFilter",
                "Uncheck a relation group or an entity kind to hide it (Space toggles)",
            )
        )
        self.setIconSize(QSize(46, 20))
        # Long group names ("Operates / located in, recruits from") wrap onto a second
        # line rather than being cut: every entry reads whole in the column's width.
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setSpacing(1)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self._building = False
        self._entries: list[tuple[QListWidgetItem, frozenset[str]]] = []
        for g in (*EDGE_GROUPS, OTHER_GROUP):
            members = frozenset(g.types) if g.types else frozenset({"*other"})
            self._add(g.label, g.label, translate("graph", g.label), members)
        for kind in NODE_STYLE:
            shown = translate("graph", KIND_PLURALS.get(kind, kind))
            self._add(kind, kind.capitalize() + "s", shown, frozenset({kind}))
        self.itemChanged.connect(self._item_changed)

    def _add(self, swatch: str, label: str, shown: str, members: frozenset[str]) -> None:
        """``label``: the entry's English key (``entry()``, saved charts); ``shown``: its
        words in the interface language."""
        item = QListWidgetItem(_swatch_icon(swatch), shown)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(Qt.CheckState.Checked)
        item.setData(Qt.ItemDataRole.UserRole, label)
        item.setData(SHOWN_ROLE, shown)
        item.setData(SWATCH_ROLE, swatch)
        item.setToolTip(
            translate("LegendFilter", "{label}: uncheck to hide (Space toggles)").format(
                label=shown
            )
        )
        self.addItem(item)
        self._entries.append((item, members))

    def restyle(self) -> None:
        """Swatches in the theme's colours."""
        for item, _members in self._entries:
            item.setIcon(_swatch_icon(str(item.data(SWATCH_ROLE))))

    def set_counts(self, data: RelationsViewData, hidden: frozenset[str]) -> None:
        """Counts of what is drawn per entry; entries with nothing drawn are left out."""
        types, kinds = data.counts()
        self._building = True
        try:
            for item, members in self._entries:
                label = str(item.data(SHOWN_ROLE))
                if members == {"*other"}:
                    n = sum(c for t, c in types.items() if group_for(t) is OTHER_GROUP)
                elif members <= set(NODE_STYLE):
                    n = sum(kinds[k] for k in members)
                else:
                    n = sum(types[t] for t in members)
                text = f"{label} ({n})"
                item.setText(text)
                # the whole entry for hover and screen readers, with what it groups
                item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
                item.setHidden(n == 0)
                real = self._real(members, types) & (set(types) | set(NODE_STYLE))
                grouped = "" if members <= set(NODE_STYLE) else ", ".join(sorted(real))
                item.setToolTip(
                    translate("LegendFilter", "{label}: uncheck to hide (Space toggles)").format(
                        label=text
                    )
                    + (f"\n{grouped}" if grouped else "")
                )
                if real and real <= hidden:
                    state = Qt.CheckState.Unchecked
                elif real & hidden:
                    state = Qt.CheckState.PartiallyChecked  # a spec hid some of its types
                else:
                    state = Qt.CheckState.Checked
                item.setCheckState(state)
        finally:
            self._building = False

    def _real(self, members: frozenset[str], types: Any) -> frozenset[str]:
        if members == {"*other"}:
            return frozenset(t for t in types if group_for(t) is OTHER_GROUP)
        return members

    def hidden(self, types: Any, current: frozenset[str] = frozenset()) -> frozenset[str]:
        """What the entries hide: all of an unchecked one, and of a partly checked one
        what ``current`` hides of it."""
        out: set[str] = set()
        for item, members in self._entries:
            state = item.checkState()
            if state == Qt.CheckState.Unchecked:
                out |= self._real(members, types)
            elif state == Qt.CheckState.PartiallyChecked:
                out |= self._real(members, types) & current
        return frozenset(out)

    def entry(self, label: str) -> QListWidgetItem:
        """The entry of a relation group (by its label) or an entity kind (``region``)."""
        for item, members in self._entries:
            if item.data(Qt.ItemDataRole.UserRole) == label or members == {label}:
                return item
        raise KeyError(label)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click anywhere on an entry (not only its box) hides or shows it."""
        item = self.itemAt(event.position().toPoint())
        if item is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setCurrentItem(item)
        on = item.checkState() != Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.itemAt(event.position().toPoint()) is None:
            super().mouseReleaseEvent(event)  # the box was toggled on the press already

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.mousePressEvent(event)  # a double click is two clicks, not an edit

    def _item_changed(self, item: QListWidgetItem) -> None:
        if not self._building:
            self.changed.emit(frozenset())


class RelationGraphView(QWidget):
    """A link chart: one entity's neighbourhood with depth, "as of" year, legend, grade
    and source filters, expand/collapse, pins, find and a shortest path, saved by name.

    Relations are loaded through ``query`` (inline by default); ``refreshed`` is emitted
    once a neighbourhood is drawn. Filters only hide and show (the layout stays); an
    expansion or a path that brings new entities places only those.
    """

    entityActivated = Signal(str)
    recentred = Signal(str)
    refreshed = Signal()
    applied = Signal()  # the filters' result is drawn (the table view follows it)

    def __init__(
        self,
        reference: Reference,
        parent: QWidget | None = None,
        query: QueryRunner | None = None,
        user: UserStore | None = None,
    ) -> None:
        super().__init__(parent)
        self._ref = reference
        self.reference = reference  # read by the table's copy with source
        self.query = query or QueryRunner.synchronous(reference)
        self._user = user
        self._resolved: ResolvedRelations | None = None
        self._gathered: rv.Gathered | None = None
        self._graph: GraphPlan | None = None  # what is drawn (capped neighbourhood)
        self._path: PathResult | None = None
        self._pinned: set[str] = set()
        self._keep: dict[str, tuple[float, float]] = {}  # positions the next layout keeps
        self._steps: Iterator[int] | None = None  # a scene being built in slices
        # the view data derived in the worker with the layout, for the scope it was made for
        self._derived: tuple[ResolvedRelations, RelationsViewData] | None = None
        self.data: RelationsViewData | None = None  # the drawn graph as filtered
        self._loading = False
        self._generation = 0  # bumped per set_entity; older background results are dropped
        # Until the background answer arrives the slider spans the reference's last year.
        self.first_year = self.last_year = reference.last_year

        self.scene = GraphScene(self)
        self.canvas = GraphCanvas(self.scene, self)
        self.canvas.setAccessibleName(translate("RelationGraphView", "Relation graph"))
        self.canvas.setAccessibleDescription(translate("relation_graph", HELP))
        self.canvas.nodeClicked.connect(self.activate)
        self.canvas.nodeDoubleClicked.connect(self.recentre)
        self.canvas.nodeDragged.connect(lambda eid: self.set_pinned(eid, True))
        self.canvas.nodeMenu.connect(self._node_menu)
        self.canvas.nodeKey.connect(self._node_key)
        self.scene.selectionChanged.connect(self._announce)

        self.depth_box = QComboBox(self)
        self.canvas.escaped.connect(self.depth_box.setFocus)
        self.depth_box.setAccessibleName(translate("RelationGraphView", "Depth"))
        self.depth_box.addItem(translate("RelationGraphView", "1 step"), 1)
        self.depth_box.addItem(translate("RelationGraphView", "2 steps"), 2)
        self.depth_box.setToolTip(
            translate("RelationGraphView", "How many relation steps away from the centre to show")
        )
        self.depth_box.currentIndexChanged.connect(self._depth_changed)
        self.year_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.year_slider.setAccessibleName(translate("RelationGraphView", "As of year"))
        self.year_slider.setRange(self.first_year, self.last_year)
        self.year_slider.setValue(self.last_year)
        self.year_slider.setPageStep(5)
        self.year_slider.setTickInterval(5)
        self.year_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.year_slider.setToolTip(
            translate("RelationGraphView", "Show the relations that held in this year")
        )
        self.year_slider.valueChanged.connect(self._slider_moved)
        self.year_label = QLabel(self)
        self.year_label.setMinimumWidth(40)
        self.all_years = QCheckBox(translate("RelationGraphView", "All years"), self)
        self.all_years.setChecked(True)
        self.all_years.setToolTip(
            translate("RelationGraphView", "Ignore dates and show every relation")
        )
        self.all_years.toggled.connect(self._all_years_toggled)
        fit = QPushButton(translate("RelationGraphView", "Fit"), self)
        fit.setToolTip(translate("RelationGraphView", "Show the whole graph"))
        fit.setAccessibleName(translate("RelationGraphView", "Fit the graph"))
        fit.clicked.connect(self.fit)

        self.grade_box = QComboBox(self)
        self.grade_box.setAccessibleName(translate("RelationGraphView", "Minimum grade"))
        self.grade_box.setToolTip(
            translate(
                "RelationGraphView",
                "Only relations with a citation whose source is graded this or better",
            )
        )
        self.grade_box.addItem(translate("RelationGraphView", "Any grade"), None)
        for letter in rv.RELIABILITY:
            self.grade_box.addItem(f"{letter} or better", letter)
        self.grade_box.currentIndexChanged.connect(self._filters_changed)
        self.source_box = QComboBox(self)
        self.source_box.setAccessibleName(translate("RelationGraphView", "Cited source"))
        self.source_box.setToolTip(
            translate("RelationGraphView", "Only relations cited by this source")
        )
        self.source_box.addItem(translate("RelationGraphView", "Any source"), None)
        self.source_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.source_box.setMinimumContentsLength(8)
        self.source_box.currentIndexChanged.connect(self._filters_changed)
        self.find_box = QLineEdit(self)
        self.find_box.setAccessibleName(translate("RelationGraphView", "Find entity in the graph"))
        self.find_box.setPlaceholderText(translate("RelationGraphView", "Find in graph…"))
        self.find_box.setToolTip(
            translate("RelationGraphView", "Type a name, Enter selects and centres it")
        )
        self.find_box.setClearButtonEnabled(True)
        self.find_box.setMinimumWidth(90)
        self._find_completer = QCompleter([], self.find_box)
        self._find_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._find_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.find_box.setCompleter(self._find_completer)
        self.find_box.returnPressed.connect(lambda: self.find_node(self.find_box.text()))
        self._find_completer.activated.connect(self.find_node)
        self.path_box = QLineEdit(self)
        self.path_box.setAccessibleName(translate("RelationGraphView", "Shortest path to"))
        self.path_box.setPlaceholderText(translate("RelationGraphView", "Path to…"))
        self.path_box.setToolTip(
            translate(
                "RelationGraphView",
                "Name an entity (in the graph or not), Enter shows the shortest path "
                "to it from the centre over the relations the filters keep; empty "
                "clears it",
            )
        )
        self.path_box.setClearButtonEnabled(True)
        self.path_box.setMinimumWidth(90)
        self._path_completer = QCompleter([], self.path_box)
        self._path_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._path_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.path_box.setCompleter(self._path_completer)
        self.path_box.returnPressed.connect(lambda: self.set_path(self.path_box.text()))
        self.relayout_button = QPushButton(translate("RelationGraphView", "Re-layout"), self)
        self.relayout_button.setAccessibleName(
            translate("RelationGraphView", "Lay out again (keeps pinned entities)")
        )
        self.relayout_button.setToolTip(
            translate("RelationGraphView", "Place every entity that is not pinned afresh")
        )
        self.relayout_button.clicked.connect(self.relayout)
        self.save_button = QPushButton(translate("RelationGraphView", "Save chart…"), self)
        self.save_button.setAccessibleName(translate("RelationGraphView", "Save link chart"))
        self.save_button.setToolTip(
            translate(
                "RelationGraphView",
                "Save this chart by name (entities, pins, positions, filters) in your data",
            )
        )
        self.save_button.setShortcut(shortcuts.keys("save_chart")[0])
        self.save_button.clicked.connect(self._ask_save)
        self.save_button.setEnabled(user is not None)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(_buddy(translate("RelationGraphView", "&Depth:"), self.depth_box, self))
        bar.addWidget(self.depth_box)
        bar.addSpacing(12)
        bar.addWidget(_buddy(translate("RelationGraphView", "&As of:"), self.year_slider, self))
        bar.addWidget(self.year_slider, 1)
        bar.addWidget(self.year_label)
        bar.addWidget(self.all_years)
        bar.addWidget(fit)
        bar2 = QHBoxLayout()
        bar2.addWidget(_buddy(translate("RelationGraphView", "G&rade:"), self.grade_box, self))
        bar2.addWidget(self.grade_box)
        bar2.addWidget(_buddy(translate("RelationGraphView", "&Source:"), self.source_box, self))
        bar2.addWidget(self.source_box)
        bar2.addWidget(self.find_box, 1)
        bar2.addWidget(self.path_box, 1)
        bar2.addWidget(self.relayout_button)
        bar2.addWidget(self.save_button)
        self.legend = LegendFilter(self)
        self.legend.changed.connect(self._filters_changed)
        key = self.key = Legend()
        side = QScrollArea(self)
        side.setAccessibleName(translate("RelationGraphView", "Graph key"))
        side.setWidget(key)
        side.setFrameShape(QFrame.Shape.NoFrame)
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        width = LEGEND_COLUMN
        side.setFixedWidth(width)
        side.setFixedHeight(key.height() + 4)
        self.legend.setFixedWidth(width)
        column_widget = QWidget(self)
        column = QVBoxLayout(column_widget)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(
            _buddy(
                translate("RelationGraphView", "&Legend (click to hide or show):"),
                self.legend,
                self,
            )
        )
        column.addWidget(self.legend, 1)
        column.addWidget(side)
        from khorasan_desktop.ui.item_tables import attach_graph

        self.as_table = attach_graph(self)  # the entities and relations as a table (Alt+T)
        bar.addWidget(self.as_table.button)
        # The legend column can be dragged shut (and open again) on a small screen, so the
        # picture gets the width; the handle is the splitter's.
        body = self.body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(self.as_table)
        body.addWidget(column_widget)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 0)
        body.setCollapsible(0, False)
        body.setCollapsible(1, True)
        body.handle(1).setAccessibleName(translate("RelationGraphView", "Legend column edge"))
        body.handle(1).setToolTip(
            translate("RelationGraphView", "Drag to hide or show the legend column")
        )
        outer = QVBoxLayout(self)
        outer.addLayout(bar)
        outer.addLayout(bar2)
        outer.addWidget(body, 1)
        outer.addWidget(self.status)
        self._sync_year_controls()
        self._apply_theme()
        theme.notifier().changed.connect(self._apply_theme)
        # The slider spans the years of the dated relations.
        self.query.submit(YEARS_CHANNEL, "relation_years", owner=self, on_result=self._set_years)
        self.query.submit(
            SOURCES_CHANNEL, "relation_sources", owner=self, on_result=self._set_sources
        )

    def _apply_theme(self) -> None:
        colours = theme.colours()
        self.canvas.setBackgroundBrush(QColor(colours.canvas))
        self.scene.set_colours(colours)
        self.legend.restyle()
        self.key.update()

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

    def _set_years(self, years: tuple[int, int]) -> None:
        at_top = self.year_slider.value() == self.year_slider.maximum()
        self.first_year, self.last_year = years
        self.year_slider.blockSignals(True)
        self.year_slider.setRange(self.first_year, self.last_year)
        if at_top:
            self.year_slider.setValue(self.last_year)
        self.year_slider.blockSignals(False)
        self._sync_year_controls()

    def _set_sources(self, sources: list[EntityRef]) -> None:
        current = self._resolved.source_id if self._resolved else None
        self.source_box.blockSignals(True)
        for s in sources:
            self.source_box.addItem(s.name, s.id)
        if current:
            self._select_source(current)
        self.source_box.blockSignals(False)

    def _select_source(self, source_id: str | None) -> None:
        index = self.source_box.findData(source_id)
        if index < 0 and source_id:
            self.source_box.addItem(self._ref.ref(source_id).name, source_id)
            index = self.source_box.count() - 1
        self.source_box.setCurrentIndex(max(0, index))

    # -- public API ----------------------------------------------------------------------
    def entity(self) -> str | None:
        return self._resolved.entity_id if self._resolved else None

    def depth(self) -> int:
        return self._resolved.depth if self._resolved else 1

    def year(self) -> int | None:
        return self._resolved.year if self._resolved else None

    def set_entity(self, entity_id: str, depth: int = 1) -> None:
        """Rebuild the scene around ``entity_id`` once its neighbourhood has loaded (in the
        background unless the query runner is synchronous); the year and the filters are
        kept, expansions, pins and the path are dropped."""
        keep = self._resolved
        base = keep or ResolvedRelations(entity_id, 1, None, entity_id)
        moved = keep is None or keep.entity_id != entity_id
        resolved = base.replace(
            entity_id=entity_id,
            target=entity_id,
            depth=2 if depth >= 2 else 1,
            **(
                {
                    "expanded": (),
                    "collapsed": (),
                    "path_id": None,
                    "path_target": None,
                    "layout": None,
                }
                if moved
                else {}
            ),
        )
        if moved:
            self._pinned.clear()
            self._keep = {}
            self._path = None
            self.path_box.clear()
        else:
            self._keep = self.scene.positions()
        self._load(resolved)

    def open_spec(self, spec: ViewSpec, chart: SavedChart | None = None) -> None:
        """Show a relations spec (with a saved chart's positions and pins)."""
        user_db = self._user.path if self._user else None
        resolved = rv.resolve(self._ref, spec, user_db)
        self._pinned = set(chart.pinned) if chart else set()
        self._keep = dict(chart.positions) if chart else {}
        self._path = None
        self.path_box.setText(resolved.path_target or "")
        self._sync_filter_controls(resolved)
        self._load(resolved)

    def open_saved(self, chart: SavedChart) -> None:
        spec = viewspec.parse(chart.spec)
        self.open_spec(
            ViewSpec(spec.kind, spec.target, {**spec.options, "layout": chart.name}), chart
        )

    def _load(self, resolved: ResolvedRelations) -> None:
        self._resolved = resolved
        self.depth_box.blockSignals(True)
        self.depth_box.setCurrentIndex(resolved.depth - 1)
        self.depth_box.blockSignals(False)
        self._sync_year_controls()
        self._loading = True
        self._generation += 1
        self.status.setText(translate("RelationGraphView", "Loading…"))
        self.query.submit(
            GRAPH_CHANNEL,
            rv.gather,
            resolved,
            owner=self,
            on_result=self._gathered_rows,
            on_error=self._failed,
        )

    def _gathered_rows(self, gathered: rv.Gathered) -> None:
        self._gathered = gathered
        resolved = self._resolved
        assert resolved is not None
        if resolved.path_id:
            self.query.submit(
                PATH_CHANNEL,
                rv.find_path,
                resolved,
                gathered.grades,
                owner=self,
                on_result=lambda path: self._with_path(gathered, path),
                on_error=self._failed,
            )
        else:
            self._with_path(gathered, None)

    def _with_path(self, gathered: rv.Gathered, path: PathResult | None) -> None:
        self._path = path
        assert self._resolved is not None
        centre_id = self._resolved.entity_id

        # The plan came with the gathered rows (made in the worker); adding an expansion's
        # or a path's few relations is cheap enough to do here, without another round trip.
        graph = rv.planned(gathered, centre_id)
        self._planned(rv.with_rows(graph, path.rows) if path else graph)

    def is_loading(self) -> bool:
        return self._loading

    def _planned(self, graph: GraphPlan) -> None:
        """Make the node items (GUI thread: they measure text), then lay them out."""
        assert self._resolved is not None
        entity_id = self._resolved.entity_id
        refs = {e.id: e for r in graph.rows for e in (r.source, r.target)}
        try:
            centre = refs.get(entity_id) or self._ref.ref(entity_id)
        except NotFound:
            self._graph = graph
            self.scene.show_missing(entity_id)
            self._finish()
            return
        nodes = node_items(graph, centre)
        keep = {i: p for i, p in self._keep.items() if i in nodes}
        resolved = self._resolved
        grades = self._gathered.grades if self._gathered else {}
        path = self._path if self._path is not None and resolved.path_id else None

        def lay_out() -> tuple[dict[str, tuple[float, float]], RelationsViewData]:
            # Both plain Python, in the worker: the positions, and what the filters keep
            # (a thousand relations take ~100 ms to derive).
            pos = positions(graph, entity_id, nodes, 1.6, keep or None)
            return pos, derive(resolved, centre, graph, grades, path)

        def then(result: tuple[dict[str, tuple[float, float]], RelationsViewData]) -> None:
            pos, derived = result
            self._derived = (resolved, derived)
            self._build(graph, centre, nodes, pos)

        self._compute(lay_out, then=then)

    def _finish(self) -> None:
        self._loading = False
        self._apply()
        self.fit()
        self._find_completer.model().setStringList(  # type: ignore[attr-defined]
            sorted({n.ref.name for n in self.scene.nodes.values()})
        )
        self._path_completer.model().setStringList(  # type: ignore[attr-defined]
            sorted({n.ref.name for n in self.scene.nodes.values()})
        )
        self.refreshed.emit()

    def _failed(self, message: str) -> None:
        self._loading = False
        self.status.setText(
            translate("RelationGraphView", "Could not load the relations: {message}").format(
                message=message
            )
        )

    def set_year(self, year: int | None) -> None:
        """Show the graph as of ``year`` (None: every relation whatever its dates)."""
        if self._resolved is None:
            return
        self._refilter(self._resolved.replace(year=year))

    def set_hidden(self, hidden: frozenset[str]) -> None:
        """Hide these relation types and entity kinds (the legend's unchecked entries)."""
        if self._resolved is not None:
            self._refilter(self._resolved.replace(hidden=frozenset(hidden)))

    def set_grade(self, grade: str | None) -> None:
        if self._resolved is not None:
            self._refilter(self._resolved.replace(grade=Grading.parse(grade) if grade else None))

    def set_source(self, source_id: str | None) -> None:
        if self._resolved is not None:
            self._refilter(
                self._resolved.replace(source_id=source_id or None, source_target=source_id or None)
            )

    def _refilter(self, resolved: ResolvedRelations) -> None:
        """A filter changed: hide and show (no new layout); a path is searched again."""
        self._resolved = resolved
        self._sync_year_controls()
        self._sync_filter_controls(resolved)
        if resolved.path_id and self._gathered is not None and not self._loading:
            self._keep = self.scene.positions()
            self._gathered_rows(self._gathered)
            return
        self._apply()

    def set_path(self, name: str) -> None:
        """Show the shortest path from the centre to ``name`` (empty: no path)."""
        if self._resolved is None:
            return
        name = name.strip()
        if not name:
            self._path = None
            self._refilter(self._resolved.replace(path_id=None, path_target=None))
            return
        try:
            target = self._ref.resolve(name)
        except DataError as exc:
            self.status.setText(str(exc))
            return
        self._keep = self.scene.positions()
        self._load(self._resolved.replace(path_id=target, path_target=target))

    def expand(self, entity_id: str) -> None:
        """Add one entity's own relations to the chart (only the new entities are placed)."""
        r = self._resolved
        if r is None:
            return
        expanded = r.expanded if entity_id in r.expanded else (*r.expanded, entity_id)
        collapsed = tuple(c for c in r.collapsed if c != entity_id)
        self._keep = self.scene.positions()
        self._load(r.replace(expanded=expanded, collapsed=collapsed))

    def collapse(self, entity_id: str) -> None:
        """Hide what is reached only through this entity (it stays)."""
        r = self._resolved
        if r is None or entity_id == r.entity_id:
            return
        expanded = tuple(e for e in r.expanded if e != entity_id)
        collapsed = r.collapsed if entity_id in r.collapsed else (*r.collapsed, entity_id)
        self._refilter(r.replace(expanded=expanded, collapsed=collapsed))

    def set_pinned(self, entity_id: str, pinned: bool) -> None:
        if pinned:
            self._pinned.add(entity_id)
        else:
            self._pinned.discard(entity_id)
        self._apply()

    def pinned(self) -> frozenset[str]:
        return frozenset(self._pinned)

    def relayout(self) -> None:
        """Place every entity afresh except the pinned ones."""
        if self._resolved is None:
            return
        now = self.scene.positions()
        self._keep = {i: now[i] for i in self._pinned if i in now}
        self._load(self._resolved)

    def find_node(self, name: str) -> bool:
        """Pick and centre the drawn entity whose name matches ``name`` best (exact,
        then prefix, then contained; case-insensitive)."""
        text = name.strip().casefold()
        if not text:
            return False
        visible = [n for n in self.scene.nodes.values() if n.isVisible()]
        for test in (
            lambda n: n.ref.name.casefold() == text or n.ref.id == name.strip(),
            lambda n: n.ref.name.casefold().startswith(text),
            lambda n: text in n.ref.name.casefold(),
        ):
            hits = sorted((n for n in visible if test(n)), key=lambda n: n.ref.name)
            if hits:
                self.scene.clearSelection()
                hits[0].setSelected(True)
                self.canvas.auto_fit = False
                self.canvas.centerOn(hits[0])
                self.canvas.setFocus()
                self.status.setText(
                    translate("RelationGraphView", "Found {name}. ").format(name=hits[0].ref.name)
                    + translate("relation_graph", HELP)
                )
                return True
        self.status.setText(
            translate("RelationGraphView", "No entity in the graph matches {name!r}.").format(
                name=name
            )
        )
        return False

    def selected(self) -> str | None:
        node = self.canvas.selected_node()
        return node.ref.id if node else None

    def save_chart(self, name: str) -> SavedChart:
        """Save the chart (spec, positions, pins) under ``name`` in the user database."""
        if self._user is None or self._resolved is None:
            raise DataError(translate("RelationGraphView", "There is nowhere to save the chart."))
        spec = self._resolved.replace(layout=None).to_spec()
        chart = SavedChart(
            name.strip(), spec.text(), self.scene.positions(), tuple(sorted(self._pinned))
        )
        self._user.save_link_chart(chart)
        self._resolved = self._resolved.replace(layout=chart.name)
        return chart

    def _ask_save(self) -> None:
        if self._resolved is None:
            return
        name, ok = QInputDialog.getText(
            self,
            translate("RelationGraphView", "Save link chart"),
            translate("RelationGraphView", "Name:"),
            text=self._resolved.layout or self.title,
        )
        if not ok or not name.strip():
            return
        try:
            self.save_chart(name)
        except DataError as exc:
            QMessageBox.warning(self, translate("RelationGraphView", "Khorasan Desktop"), str(exc))
            return
        self.status.setText(
            translate(
                "RelationGraphView", "Saved the chart as “{name}” (File > Open link chart)."
            ).format(name=name.strip())
        )

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
        self.set_entity(entity_id, self.depth())
        self.recentred.emit(entity_id)

    def fit(self) -> None:
        self.canvas.fit()

    # -- node menu and keys --------------------------------------------------------------
    def node_actions(self, entity_id: str) -> list[QAction]:
        """The context menu of one entity (also reached with the Menu key)."""
        r = self._resolved
        name = self.scene.nodes[entity_id].ref.name if entity_id in self.scene.nodes else entity_id
        out: list[QAction] = []

        def act(text: str, slot: Callable[[], None], key: str = "") -> None:
            a = QAction(text, self)
            if key:
                a.setShortcut(key)
            a.triggered.connect(slot)
            out.append(a)

        pinned = entity_id in self._pinned
        act(
            translate("RelationGraphView", "Unpin")
            if pinned
            else translate("RelationGraphView", "Pin here"),
            lambda: self.set_pinned(entity_id, not pinned),
            "P",
        )
        act(
            translate("RelationGraphView", "Expand {name}'s neighbours").format(name=name),
            lambda: self.expand(entity_id),
            "E",
        )
        if r is not None and entity_id != r.entity_id:
            act(
                translate("RelationGraphView", "Collapse {name}'s neighbours").format(name=name),
                lambda: self.collapse(entity_id),
                "C",
            )
            act(
                translate("RelationGraphView", "Shortest path from the centre to here"),
                lambda: self._path_here(entity_id),
            )
            act(
                translate("RelationGraphView", "Centre the graph here"),
                lambda: self.recentre(entity_id),
            )
        act(
            translate("RelationGraphView", "Open its page"),
            lambda: self.activate(entity_id),
            translate("RelationGraphView", "Return"),
        )
        act(
            translate("copy_cite", COPY_TEXT),
            lambda: self.copy_entity(entity_id),
            QKeySequence(QKeySequence.StandardKey.Copy).toString(),
        )
        return out

    def copy_entity(self, entity_id: str) -> None:
        """Copy a drawn entity with its sources: its name, kind and the relations drawn
        to it, each relation with its own citations (copy with source)."""
        node = self.scene.nodes.get(entity_id)
        if node is None:
            return
        shown = [
            e.row
            for e in self.scene.edges.values()
            if e.isVisible() and entity_id in (e.row.source.id, e.row.target.id)
        ]
        own = self._ref.entity_citations([entity_id]).get(entity_id, [])
        cited = self._ref.citations_for("relation", [r.id for r in shown])
        items = [(f"{node.ref.name} ({node.ref.kind})", own)]
        items += [
            (f"{r.source.name} {r.type} {r.target.name} ({period_phrase(r)})", cited.get(r.id, []))
            for r in sorted(shown, key=lambda r: (r.type, r.source.name, r.target.name))
        ]
        put_on_clipboard(citing.statements(items))

    def _path_here(self, entity_id: str) -> None:
        self.path_box.setText(self.scene.nodes[entity_id].ref.name)
        self.set_path(entity_id)

    def _node_menu(self, entity_id: str, at: QPoint) -> None:
        menu = QMenu(self)
        menu.setAccessibleName(translate("RelationGraphView", "Entity actions"))
        for a in self.node_actions(entity_id):
            menu.addAction(a)
        menu.exec(at)

    def _announce(self) -> None:
        """The canvas's accessible name and description say what is selected."""
        if not (shiboken6.isValid(self.canvas) and shiboken6.isValid(self.scene)):
            return  # the tab is closing
        name, description = graph_keys.describe(self.scene, self.canvas.selected_node())
        self.canvas.setAccessibleName(name)
        help_text = translate("relation_graph", HELP)
        self.canvas.setAccessibleDescription(
            f"{description}. {help_text}" if description else help_text
        )

    def _node_key(self, entity_id: str, action: str) -> None:
        if action == "pin":
            self.set_pinned(entity_id, entity_id not in self._pinned)
        elif action == "expand":
            self.expand(entity_id)
        elif action == "collapse":
            self.collapse(entity_id)
        elif action == "copy":
            self.copy_entity(entity_id)
        else:
            self.activate(entity_id)

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
        selected = self.selected()  # kept across the rebuild, so the keys go on working
        steps = self.scene.build_steps(graph, centre.id, nodes, pos, self._edge_tip)
        self._steps = steps

        def done() -> None:
            for node in nodes.values():
                node.setFlag(NodeItem.GraphicsItemFlag.ItemIsMovable)
            if selected in nodes:
                nodes[selected].setSelected(True)
            self._finish()
            self.canvas.setUpdatesEnabled(True)  # one paint of the finished picture

        # A half-made picture is not painted: repainting the growing scene between the
        # slices took twice as long as making them (720 lines at a million events).
        self.canvas.setUpdatesEnabled(False)

        if self.query.runner is None:  # synchronous (tests, scripts): all at once
            for _ in steps:
                pass
            done()
            return

        def step() -> None:
            # A newer build (or a closed tab) ends this one; else one slice per turn of
            # the event loop, so the window keeps painting while a big graph is made.
            if not shiboken6.isValid(self) or self._steps is not steps:
                return
            if next(steps, None) is None:  # exhausted: the scene is complete
                self._steps = None
                done()
            else:
                QTimer.singleShot(0, step)

        step()

    def _edge_tip(self, row: RelationRow) -> Callable[[], str]:
        return lambda: edge_tooltip(row, self._ref.relation_citations(row.id))

    def resolved(self) -> ResolvedRelations | None:
        """What this graph shows, as the view layer names it (None before an entity)."""
        return self._resolved

    def _apply(self) -> None:
        """Derive what the filters keep (the rule of the relations view, shared with the
        report and the exports), then hide, show and mark the drawn items."""
        resolved = self._resolved
        if resolved is None or self._graph is None or resolved.entity_id not in self.scene.nodes:
            return
        ready, self._derived = self._derived, None
        if ready is not None and ready[0] is resolved:  # derived with the layout, in the worker
            self.data = ready[1]
        else:
            grades = self._gathered.grades if self._gathered else {}
            path = self._path if self._path is not None and resolved.path_id else None
            self.data = derive(
                resolved, self.scene.nodes[resolved.entity_id].ref, self._graph, grades, path
            )
        self.scene.apply(self.data, frozenset(self._pinned))
        self.legend.set_counts(self.data, resolved.hidden)
        self.applied.emit()
        if self._loading:
            return  # the status keeps saying "Loading…" until the new graph is drawn
        self.status.setText(self.data.status() + ". " + translate("relation_graph", HELP))

    # -- controls ------------------------------------------------------------------------
    def _sync_year_controls(self) -> None:
        year = self.year()
        self.all_years.blockSignals(True)
        self.year_slider.blockSignals(True)
        self.all_years.setChecked(year is None)
        self.year_slider.setEnabled(year is not None)
        if year is not None:
            self.year_slider.setValue(year)
        self.year_label.setText("–" if year is None else f"{year}")
        self.year_slider.blockSignals(False)
        self.all_years.blockSignals(False)

    def _sync_filter_controls(self, resolved: ResolvedRelations) -> None:
        self.grade_box.blockSignals(True)
        self.source_box.blockSignals(True)
        letter = resolved.grade.reliability if resolved.grade else None
        self.grade_box.setCurrentIndex(max(0, self.grade_box.findData(letter)))
        self._select_source(resolved.source_id)
        self.source_box.blockSignals(False)
        self.grade_box.blockSignals(False)

    def _filters_changed(self, *_: Any) -> None:
        r = self._resolved
        if r is None:
            return
        types = self.data.counts()[0] if self.data else {}
        grade = self.grade_box.currentData()
        keep_credibility = r.grade.credibility if r.grade and r.grade.reliability == grade else None
        self._refilter(
            r.replace(
                hidden=self.legend.hidden(types, r.hidden),
                grade=Grading(grade, keep_credibility) if grade else None,
                source_id=self.source_box.currentData(),
                source_target=self.source_box.currentData(),
            )
        )

    def _slider_moved(self, value: int) -> None:
        self.set_year(value)

    def _all_years_toggled(self, checked: bool) -> None:
        self.set_year(None if checked else self.year_slider.value())

    def _depth_changed(self, index: int) -> None:
        if self._resolved is not None:
            self.set_entity(self._resolved.entity_id, int(self.depth_box.itemData(index)))

    # -- page protocol (ui/pages.py) -----------------------------------------------------
    titleChanged = Signal(str)  # emitted by whoever recentres the graph (see ui/pages.py)

    @property
    def title(self) -> str:
        entity = self.entity()
        if entity is None:
            return translate("RelationGraphView", "Relations")
        try:
            return translate("RelationGraphView", "Relations: {name}").format(
                name=self._ref.ref(entity).name
            )
        except NotFound:
            return translate("RelationGraphView", "Relations: {entity}").format(entity=entity)

    def view_spec(self) -> ViewSpec | None:
        """The centre, depth, year and filters shown (None before an entity is set)."""
        resolved = self.resolved()
        if resolved is None:
            return None
        spec = resolved.to_spec()
        return ViewSpec(spec.kind, spec.target, {"depth": str(resolved.depth), **spec.options})

    def page_state(self) -> PageState:
        """The chart as laid out: its spec (centre, depth, year, filters, expansions, path)
        and every glyph's position and pin, as a saved link chart keeps them."""
        resolved = self.resolved()
        if resolved is None:
            return {}
        positions = self.scene.positions()
        return {
            "spec": resolved.replace(layout=None).to_spec().text(),
            "positions": {k: [round(x, 2), round(y, 2)] for k, (x, y) in positions.items()},
            "pinned": sorted(self._pinned),
        }

    def restore_page_state(self, state: PageState) -> None:
        text = state.get("spec")
        if not isinstance(text, str):
            return
        layout = viewspec.Layout.from_state(state) or viewspec.Layout()
        positions, pins = dict(layout.positions), tuple(sorted(layout.pinned))
        self.open_spec(viewspec.parse(text), SavedChart("", text, positions, pins))

    def refresh_datasets(self, datasets: list[Any]) -> None:
        """Nothing to do: relations come from the reference data, not from imports."""

    def flush(self) -> None:
        """Nothing to save: a chart is saved by name when the user asks."""


def _buddy(text: str, widget: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(widget)
    return label
