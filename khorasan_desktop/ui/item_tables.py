"""The drawn views as tables: the graph's entities and relations, the chart's bars, the
map's provinces, one keystroke (Alt+T) away from the picture and in step with it.

A screen reader cannot read a picture; Qt Widgets gives no practical way to expose a
QGraphicsView's items as accessible children from Python, so each drawn view offers the
same content as a table: rows a reader walks cell by cell, with the selection shared
both ways (selecting a row selects the node, marks the bar or outlines the province;
selecting in the picture selects the row). Enter on a row does what Enter or a click
does in the picture.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QStackedWidget, QTableView, QToolButton, QWidget

from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from khorasan_desktop.core.models import Citation
from khorasan_desktop.views import citing

if TYPE_CHECKING:
    from khorasan_desktop.ui.chart_view import ChartView
    from khorasan_desktop.ui.map_view import MapView
    from khorasan_desktop.ui.relation_graph import RelationGraphView

IdRole = Qt.ItemDataRole.UserRole + 1
TOGGLE_TEXT = QT_TRANSLATE_NOOP("item_tables", "Show as &table")
Index = QModelIndex | QPersistentModelIndex


RowCiter = Callable[[list[str]], list[Sequence[Citation]]]


class RowsModel(QAbstractTableModel):
    """Read-only rows of text, each with the id of what it stands for. ``cite`` gives the
    sources of rows by their ids (copy with source): an entity's citations, or the data
    sets a count adds up."""

    def __init__(
        self, headers: Sequence[str], parent: QObject | None = None, cite: RowCiter | None = None
    ) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[tuple[str, list[str]]] = []
        self.cite = cite

    def row_citations(self, rows: Sequence[int]) -> list[Sequence[Citation]]:
        ids = [self.rows[r][0] for r in rows if 0 <= r < len(self.rows)]
        if self.cite is None or not ids:
            return [() for _ in ids]
        return self.cite(ids)

    def set_rows(self, rows: list[tuple[str, list[str]]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row_id, cells = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cells[index.column()] if index.column() < len(cells) else ""
        if role == IdRole:
            return row_id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def row_of(self, row_id: str) -> int:
        return next((i for i, (r, _c) in enumerate(self.rows) if r == row_id), -1)


class ItemTable(QTableView):
    """The table side of a drawn view. ``picked`` is the selected row's id (or "");
    ``opened`` is Enter or a double-click on a row."""

    picked = Signal(str)
    opened = Signal(str)

    def __init__(
        self,
        headers: Sequence[str],
        name: str,
        cite: RowCiter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.rows = RowsModel(headers, self, cite)
        self.setModel(self.rows)
        from khorasan_desktop.ui.copy_cite import add_copy_menu

        add_copy_menu(self)  # Ctrl+C and the context menu copy rows with their sources
        self.setAccessibleName(name)
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self._quiet = False
        self._sized = True  # columns fit the rows (done when the table is next shown)
        self.selectionModel().currentRowChanged.connect(self._current_changed)
        self.doubleClicked.connect(lambda index: self.opened.emit(str(index.data(IdRole))))

    def set_rows(self, rows: list[tuple[str, list[str]]], keep: str | None = None) -> None:
        """Replace the rows; the row of ``keep`` (an id) stays selected if it is still there."""
        self._quiet = True
        try:
            self.rows.set_rows(rows)
            # Sized when seen: a hidden table (the picture is shown) would measure every
            # cell of hundreds of rows on each filter change for nothing.
            self._sized = False
            if self.isVisible():
                self._size_columns()
            if keep:
                self.select_id(keep)
        finally:
            self._quiet = False

    def _size_columns(self) -> None:
        self._sized = True
        self.resizeColumnsToContents()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            self._size_columns()

    def select_id(self, row_id: str | None) -> None:
        """Pick the row of ``row_id`` without telling the picture (it did the selecting)."""
        row = self.rows.row_of(row_id) if row_id else -1
        quiet, self._quiet = self._quiet, True
        try:
            if row < 0:
                self.selectionModel().clearSelection()
                self.selectionModel().setCurrentIndex(
                    QModelIndex(), self.selectionModel().SelectionFlag.NoUpdate
                )
            else:
                self.selectRow(row)
                self.scrollTo(self.rows.index(row, 0))
        finally:
            self._quiet = quiet

    def selected_id(self) -> str | None:
        index = self.currentIndex()
        return str(index.data(IdRole)) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet:
            self.picked.emit(str(current.data(IdRole)) if current.isValid() else "")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.opened.emit(str(self.currentIndex().data(IdRole)))
            return
        super().keyPressEvent(event)


class Switch(QStackedWidget):
    """The picture or its table in one place, and the button (Alt+T) that swaps them."""

    def __init__(self, picture: QWidget, table: ItemTable, what: str) -> None:
        super().__init__()
        self.picture, self.table = picture, table
        self.addWidget(picture)
        self.addWidget(table)
        self.button = QToolButton()
        self.button.setText(translate("item_tables", TOGGLE_TEXT))
        # The key, not only the mnemonic: translations drop the "&", and Alt+T must work
        # in every language (the shortcut sheet lists it).
        self.button.setShortcut(QKeySequence("Alt+T"))
        self.button.setCheckable(True)
        self.button.setAccessibleName(
            translate("Switch", "Show the {what} as a table").format(what=what)
        )
        self.button.setToolTip(
            translate("Switch", "The {what} as a table a screen reader can read (Alt+T)").format(
                what=what
            )
        )
        self.button.toggled.connect(self.show_table)

    def show_table(self, on: bool) -> None:
        self.button.setChecked(on)
        self.setCurrentWidget(self.table if on else self.picture)
        (self.table if on else self.picture).setFocus(Qt.FocusReason.OtherFocusReason)

    def showing_table(self) -> bool:
        return self.currentWidget() is self.table


def _by_id(found: dict[str, list[Citation]], ids: list[str]) -> list[Sequence[Citation]]:
    return [tuple(found.get(i, ())) for i in ids]


# -- the three views -----------------------------------------------------------------------
def graph_rows(view: RelationGraphView) -> list[tuple[str, list[str]]]:
    """One row per drawn entity: name, kind, and its drawn relations in words."""
    from khorasan_desktop.ui import graph_keys

    out = []
    every = graph_keys.all_neighbours(view.scene)
    for node_id, node in sorted(view.scene.nodes.items(), key=lambda kv: kv[1].ref.name):
        if not node.isVisible():
            continue
        links = every.get(node_id, {})
        relations = [r for rs in links.values() for r in rs]
        kind = node.ref.kind + (translate("item_tables", ", centre") if node.centre else "")
        out.append((node_id, [node.ref.name, kind, str(len(relations)), "; ".join(relations)]))
    return out


def attach_graph(view: RelationGraphView) -> Switch:
    table = ItemTable(
        [
            translate("item_tables", "Entity"),
            translate("item_tables", "Kind"),
            translate("item_tables", "Relations"),
            translate("item_tables", "Drawn relations"),
        ],
        translate("item_tables", "Relation graph as a table"),
        cite=lambda ids: _by_id(view.reference.entity_citations(ids), ids),
    )
    switch = Switch(view.canvas, table, translate("item_tables", "relation graph"))

    def pick(node_id: str) -> None:
        view.scene.clearSelection()
        node = view.scene.nodes.get(node_id)
        if node is not None:
            node.setSelected(True)

    def follow_picture() -> None:
        if not all(shiboken6.isValid(o) for o in (table, view.scene, view.canvas)):
            return  # the tab is closing
        node = view.canvas.selected_node()
        table.select_id(node.ref.id if node is not None else None)

    table.picked.connect(pick)
    table.opened.connect(view.activate)
    view.scene.selectionChanged.connect(follow_picture)
    view.applied.connect(lambda: table.set_rows(graph_rows(view), keep=view.selected()))
    return switch


def chart_rows(view: ChartView) -> list[tuple[str, list[str]]]:
    """One row per bar: period, count and, when stacked, each stack's count."""
    data = view.data
    if data is None:
        return []
    stacked = len(data.series) > 1
    out = []
    for i, period in enumerate(data.periods):
        stacks = [str(int(h[i])) for _n, h in data.series] if stacked else []
        out.append((str(i), [period, str(data.totals[i]), *stacks]))
    if data.counts.imprecise:
        n = len(data.periods)
        blanks = [""] * (len(data.series) if stacked else 0)
        out.append(
            (
                str(n),
                [
                    translate("item_tables", "date too imprecise"),
                    str(data.counts.imprecise),
                    *blanks,
                ],
            )
        )
    return out


def attach_chart(view: ChartView) -> Switch:
    table = ItemTable(
        [translate("item_tables", "Period"), translate("item_tables", "Counted")],
        translate("item_tables", "Attack counts chart as a table"),
        cite=lambda ids: [citing.counted_from(view.ref, view.user_db, view.layers())] * len(ids),
    )
    switch = Switch(view.plot, table, translate("item_tables", "chart"))
    keys = view.bar_keys

    def redraw() -> None:
        data = view.data
        headers = [translate("item_tables", "Period"), translate("item_tables", "Counted")]
        if data is not None and len(data.series) > 1:
            headers += [name for name, _h in data.series]
        table.rows.headers = headers
        focused = view.chart.focused
        table.set_rows(chart_rows(view), keep=str(focused) if focused is not None else None)

    table.picked.connect(lambda i: keys.move(int(i)) if i else keys.move(None))
    table.opened.connect(lambda i: view.select_bin(keys.period(int(i))))
    keys.moved.connect(lambda i: table.select_id(str(i) if i >= 0 else None))
    view.refreshed.connect(redraw)
    return switch


def map_rows(view: MapView) -> list[tuple[str, list[str]]]:
    """One row per province drawn, the most documented incidents first."""
    regions = [r for r in view.scene.regions.values() if r.is_province]
    regions.sort(key=lambda r: (-r.count, r.name))
    return [(r.region_id, [r.name, r.country or "", str(r.count)]) for r in regions]


def attach_map(view: MapView, open_region: Callable[[str], None]) -> Switch:
    table = ItemTable(
        [
            translate("item_tables", "Province"),
            translate("item_tables", "Country"),
            translate("item_tables", "Documented incidents"),
        ],
        translate("item_tables", "Map as a table"),
        cite=lambda ids: [citing.counted_from(view.ref, view.user_db, view.layers())] * len(ids),
    )
    switch = Switch(view.view, table, translate("item_tables", "map"))
    table.picked.connect(view.scene.highlight)
    table.opened.connect(open_region)
    view.refreshed.connect(lambda: table.set_rows(map_rows(view), keep=table.selected_id()))
    return switch
