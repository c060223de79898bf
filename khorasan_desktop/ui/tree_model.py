"""The browse tree (Actors, Regions, Events by year and month, Sources) as a lazy model.

Children are fetched from the repository only when a node is expanded (``fetchMore``),
so the Events branch stays cheap however many events the database holds. The model
imports no more of the data layer than its rows: the window's first frame shows the top
rows before the repository has loaded (``attach`` hands it over then).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from khorasan_desktop.core.i18n import translate
from khorasan_desktop.data.tree_rows import TreeRow

EntityIdRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


Children = Callable[[str], list[TreeRow]]  # a node's key -> its child rows


class _Node:
    __slots__ = ("children", "fetched", "parent", "row")

    def __init__(self, row: TreeRow, parent: _Node | None) -> None:
        self.row = row
        self.parent = parent
        self.children: list[_Node] = []
        self.fetched = False

    def position(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class BrowseTreeModel(QAbstractItemModel):
    def __init__(
        self,
        top: list[TreeRow],
        children: Children | None = None,
        parent: object | None = None,
    ) -> None:
        """``top``: the four top rows (``tree_rows.root_rows``), there at the first paint;
        ``children``: how a branch's rows are read (``Reference.tree_children``); until
        it is attached, branches show that they have rows but do not open."""
        super().__init__(parent)  # type: ignore[arg-type]
        self.read_children = children
        self.root = _Node(TreeRow("root", "", None, None, True), None)
        self.root.children = [_Node(r, self.root) for r in top]
        self.root.fetched = True

    @classmethod
    def over(cls, source: Children, parent: object | None = None) -> BrowseTreeModel:
        """A model whose top rows and branches are read from ``source`` alike."""
        return cls(source("root"), source, parent)

    def attach(self, children: Children) -> None:
        self.read_children = children

    def _node(self, index: Index) -> _Node:
        if index.isValid():
            node = index.internalPointer()
            assert isinstance(node, _Node)
            return node
        return self.root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        node = self._node(parent)
        if row >= len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        if node is None or node is self.root:
            return QModelIndex()
        return self.createIndex(node.position(), 0, node)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 1

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        node = self._node(parent)
        if node.fetched:
            return bool(node.children)
        return node.row.has_children

    def canFetchMore(self, parent: Index) -> bool:
        node = self._node(parent)
        return self.read_children is not None and node.row.has_children and not node.fetched

    def fetchMore(self, parent: Index) -> None:
        node = self._node(parent)
        if node.fetched or self.read_children is None:
            return
        rows = self.read_children(node.row.key)
        node.fetched = True
        if not rows:
            return
        self.beginInsertRows(parent, 0, len(rows) - 1)
        node.children = [_Node(r, node) for r in rows]
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._node(index).row
        # Group rows (no entity) are the program's words (data/browse.py marks them);
        # entity rows are names, shown as the data has them.
        label = translate("tree_model", row.label) if row.entity_id is None else row.label
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{label} ({row.count})" if row.count is not None else label
        if role == Qt.ItemDataRole.ToolTipRole:
            return label
        if role == EntityIdRole:
            return row.entity_id
        if role == KindRole:
            return row.kind
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("BrowseTreeModel", "Browse")
        return None

    def find_key(self, key: str) -> QModelIndex:
        """Index of an already fetched node (used to restore the last expanded path)."""

        def walk(node: _Node) -> _Node | None:
            for child in node.children:
                if child.row.key == key:
                    return child
                found = walk(child)
                if found:
                    return found
            return None

        found = walk(self.root)
        return self.createIndex(found.position(), 0, found) if found else QModelIndex()
