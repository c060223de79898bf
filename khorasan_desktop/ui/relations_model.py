"""Relation table model: holds relation ids and fetches the rows it shows, page by page.

An entity can have thousands of relations (10,042 for the busiest actor of a
million-event database); filling, sorting and measuring all of them on the GUI thread froze
the window. Filtering and sorting happen in SQL (``Reference.relation_ids``) off the GUI
thread; this model only keeps the ids in order and reads rows as they are drawn.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from khorasan_desktop.core.models import Citation
from khorasan_desktop.data.browse import RelationRow
from khorasan_desktop.views.relations import period_phrase

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("relations_model", "Subject"),
    QT_TRANSLATE_NOOP("relations_model", "Relation"),
    QT_TRANSLATE_NOOP("relations_model", "Object"),
    QT_TRANSLATE_NOOP("relations_model", "Period"),
    QT_TRANSLATE_NOOP("relations_model", "Source"),
    QT_TRANSLATE_NOOP("relations_model", "Note"),
)
SourceIdRole = Qt.ItemDataRole.UserRole + 10
TargetIdRole = Qt.ItemDataRole.UserRole + 11
PAGE = 200  # rows read per fetch


class RelationsTableModel(QAbstractTableModel):
    """``fetch(ids) -> {id: RelationRow}`` reads rows; ``sortRequested`` asks the owner to
    list the ids again in another order (a header click), since the order is SQL's."""

    sortRequested = Signal(int, bool)  # column, descending

    def __init__(
        self,
        fetch: Callable[[list[str]], dict[str, RelationRow]],
        parent: QObject | None = None,
        cite: Callable[[list[str]], dict[str, list[Citation]]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.fetch = fetch
        self.cite = cite  # relation ids -> their citations (copy with source)
        self.ids: list[str] = []
        self.cache: dict[str, RelationRow] = {}

    def set_ids(self, ids: list[str]) -> None:
        self.beginResetModel()
        self.ids = list(ids)
        self.cache = {k: v for k, v in self.cache.items() if k in set(self.ids)}
        self.endResetModel()

    def row_at(self, row: int) -> RelationRow | None:
        if not 0 <= row < len(self.ids):
            return None
        rid = self.ids[row]
        if rid not in self.cache:
            start = (row // PAGE) * PAGE
            page = [i for i in self.ids[start : start + PAGE] if i not in self.cache]
            self.cache.update(self.fetch(page))
        return self.cache.get(rid)

    def row_citations(self, rows: Sequence[int]) -> list[Sequence[Citation]]:
        """Each row's sources, read in one query (copy with source)."""
        ids = [self.ids[r] for r in rows if 0 <= r < len(self.ids)]
        found = self.cite(ids) if self.cite is not None and ids else {}
        return [tuple(found.get(i, ())) for i in ids]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (
                translate("relations_model", COLUMNS[section])
                if 0 <= section < len(COLUMNS)
                else None
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role not in (
            SourceIdRole,
            TargetIdRole,
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        r = self.row_at(index.row())
        if r is None:
            return None
        if role == SourceIdRole:
            return r.source.id
        if role == TargetIdRole:
            return r.target.id
        values = [
            r.source.name,
            r.type,
            r.target.name,
            period_phrase(r),
            translate("RelationsTableModel", "Brief, {citation}").format(citation=r.citation)
            if r.citation.startswith("para")
            else r.citation,
            (r.summary or "")
            + (translate("RelationsTableModel", " (vague in the source)") if r.vague else ""),
        ]
        col = index.column()
        return values[col] if 0 <= col < len(values) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.sortRequested.emit(column, order == Qt.SortOrder.DescendingOrder)
