"""Events table model: holds event ids, fetches rows lazily in pages.

Anki's browser table does the same: the id list is cheap however long it is; rows are
read from the repository only for the part of the table that is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QTableView

from khorasan_desktop.core.events import Event
from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from khorasan_desktop.core.models import Citation
from khorasan_desktop.ui.tree_model import EntityIdRole
from khorasan_desktop.views import citing, formats

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
SORT_LIMIT = 50_000
COLUMNS = (
    QT_TRANSLATE_NOOP("events_model", "Date"),
    QT_TRANSLATE_NOOP("events_model", "Event"),
    QT_TRANSLATE_NOOP("events_model", "Place"),
    QT_TRANSLATE_NOOP("events_model", "Type"),
    QT_TRANSLATE_NOOP("events_model", "Target"),
    QT_TRANSLATE_NOOP("events_model", "Deaths"),
    QT_TRANSLATE_NOOP("events_model", "Injuries"),
    QT_TRANSLATE_NOOP("events_model", "Attribution"),
)


def deaths_text(r: Event) -> str:
    return formats.deaths(r.deaths_best, r.deaths_low, r.deaths_high)


def _sort_key(col: int) -> Callable[[Event], tuple[int, object]]:
    def key(r: Event) -> tuple[int, object]:
        value: object = [
            r.date_start or "",
            r.name,
            r.place or "",
            r.attack_type or "",
            r.target or "",
            r.deaths_best,
            r.injuries,
            r.attribution or "",
        ][col]
        return (value is None, value if value is not None else 0)

    return key


class LayeredRows:
    """The fetch of an events table that lists bundled incidents and imported events
    together: bundled rows are read from the reference page by page, imported ones were
    loaded with the list (they have no other home) and are kept here."""

    def __init__(self, bundled: Callable[[list[str]], dict[str, Event]]) -> None:
        self.bundled = bundled
        self.imported: dict[str, Event] = {}

    def __call__(self, ids: list[str]) -> dict[str, Event]:
        wanted = [i for i in ids if i not in self.imported]
        rows = self.bundled(wanted) if wanted else {}
        rows.update((i, self.imported[i]) for i in ids if i in self.imported)
        return rows


class EventsTableModel(QAbstractTableModel):
    def __init__(
        self,
        fetch: Callable[[list[str]], dict[str, Event]],
        parent: QObject | None = None,
        cite: Callable[[list[str]], dict[str, list[Citation]]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.fetch = fetch
        self.cite = cite  # bundled event ids -> their citations (copy with source)
        self.ids: list[str] = []
        self.cache: dict[str, Event] = {}

    def set_ids(self, ids: list[str]) -> None:
        self.beginResetModel()
        self.ids = list(ids)
        self.cache = {}
        self.endResetModel()

    def event_id(self, row: int) -> str | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def _row(self, row: int) -> Event | None:
        eid = self.ids[row]
        if eid not in self.cache:
            start = (row // PAGE) * PAGE
            page = [i for i in self.ids[start : start + PAGE] if i not in self.cache]
            self.cache.update(self.fetch(page))
        return self.cache.get(eid)

    def row_citations(self, rows: Sequence[int]) -> list[Sequence[Citation]]:
        """Each row's sources: a bundled event's citations (one query), an imported
        event's data set and source id."""
        events = [self._row(r) for r in rows if 0 <= r < len(self.ids)]
        bundled = [e.id for e in events if e is not None and not e.imported]
        found = self.cite(bundled) if self.cite is not None and bundled else {}
        out: list[Sequence[Citation]] = []
        for e in events:
            if e is None:
                out.append(())
            elif e.imported:
                own = citing.event_citation(e)
                out.append((own,) if own else ())
            else:
                out.append(tuple(found.get(e.id, ())))
        return out

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return (
                translate("events_model", COLUMNS[section]) if 0 <= section < len(COLUMNS) else None
            )
        return section + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        if role == EntityIdRole:
            return self.ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        r = self._row(index.row())
        if r is None:
            return None
        col = index.column()
        values = [
            r.date_display,
            r.name,
            r.place or "",
            r.attack_type or "",
            r.target or "",
            deaths_text(r),
            "" if r.injuries is None else str(r.injuries),
            r.attribution or "",
        ]
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return f"{r.date_display} (precision: {r.precision})"
        return values[col] if 0 <= col < len(values) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self.ids or len(self.ids) > SORT_LIMIT or not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        missing = [i for i in self.ids if i not in self.cache]
        for start in range(0, len(missing), 500):
            self.cache.update(self.fetch(missing[start : start + 500]))
        rows = [self.cache[i] for i in self.ids if i in self.cache]
        rows.sort(key=_sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self.ids = [r.id for r in rows]
        self.layoutChanged.emit()


def events_table_view(model: EventsTableModel) -> QTableView:
    """The one look of every events table: sortable, whole rows, compact, no wrapping."""
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setStretchLastSection(True)
    view.setColumnWidth(0, 90)
    view.setColumnWidth(1, 320)
    view.setColumnWidth(2, 200)
    return view
