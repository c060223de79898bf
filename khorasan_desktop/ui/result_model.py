"""List model of search hits: name, kind and why it matched."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from khorasan_desktop.ui.tree_model import EntityIdRole, KindRole

if TYPE_CHECKING:
    from khorasan_desktop.core.models import Citation, SearchHit

Index = QModelIndex | QPersistentModelIndex
_KIND_LABEL = {
    "actor": QT_TRANSLATE_NOOP("result_model", "Actor"),
    "region": QT_TRANSLATE_NOOP("result_model", "Region"),
    "event": QT_TRANSLATE_NOOP("result_model", "Event"),
    "source": QT_TRANSLATE_NOOP("result_model", "Source"),
}


class SearchResultModel(QAbstractListModel):
    """``cite`` reads the sources of hits by entity id (copy with source)."""

    def __init__(
        self,
        parent: QObject | None = None,
        cite: Callable[[list[str]], dict[str, list[Citation]]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self.cite = cite

    def row_citations(self, rows: Sequence[int]) -> list[Sequence[Citation]]:
        ids = [self.hits[r].id for r in rows if 0 <= r < len(self.hits)]
        found = self.cite(ids) if self.cite is not None and ids else {}
        return [tuple(found.get(i, ())) for i in ids]

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def hit(self, row: int) -> SearchHit | None:
        return self.hits[row] if 0 <= row < len(self.hits) else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """The column's name when the hits are copied as a table."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("result_model", "Search hit")
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        h = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            kind = translate("result_model", _KIND_LABEL.get(h.kind, h.kind))
            return f"{h.name}\n{kind} · {h.reason}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{h.name} ({h.kind}) — {h.reason}"
        if role == EntityIdRole:
            return h.id
        if role == KindRole:
            return h.kind
        return None
