"""Relation table: type, the two entities, period and citation; filterable by type/year."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from khorasan_desktop.data.browse import RelationRow

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Subject", "Relation", "Object", "Period", "Source", "Note")
SourceIdRole = Qt.ItemDataRole.UserRole + 10
TargetIdRole = Qt.ItemDataRole.UserRole + 11


def period_text(r: RelationRow) -> str:
    if r.start or r.end:
        return f"{r.start or '?'}–{r.end or ''}"
    return "undated"


class RelationsTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RelationRow] = []

    def set_rows(self, rows: list[RelationRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section] if 0 <= section < len(COLUMNS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        if role == SourceIdRole:
            return r.source.id
        if role == TargetIdRole:
            return r.target.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = [
                r.source.name,
                r.type,
                r.target.name,
                period_text(r),
                f"Brief, {r.citation}" if r.citation.startswith("para") else r.citation,
                (r.summary or "") + (" (vague in the source)" if r.vague else ""),
            ]
            col = index.column()
            return values[col] if 0 <= col < len(values) else None
        return None


class RelationsFilter(QSortFilterProxyModel):
    """Filters by relation type and by the year a relation must cover."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rel_type: str | None = None
        self.year: int | None = None
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_type(self, rel_type: str | None) -> None:
        self.beginFilterChange()
        self.rel_type = rel_type
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_year(self, year: int | None) -> None:
        self.beginFilterChange()
        self.year = year
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RelationsTableModel)
        r = model.rows[source_row]
        if self.rel_type and r.type != self.rel_type:
            return False
        if self.year is not None:
            if r.start and int(r.start[:4]) > self.year:
                return False
            if r.end and int(r.end[:4]) < self.year:
                return False
        return True
