"""The relations table of an entity page and of the Relations view: type and "as of"
filters, sortable columns, export menu. One widget for both, so they filter alike.

Ids are listed by the data layer off the GUI thread (filtered and sorted in SQL); the
model reads only the rows it draws, so a table of ten thousand relations opens at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from khorasan_desktop.core.i18n import translate
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.ui.query import QueryRunner
from khorasan_desktop.ui.relations_model import (
    RelationsTableModel,
    SourceIdRole,
    TargetIdRole,
)
from khorasan_desktop.ui.table_export import add_export_menu

COLUMN_WIDTHS = (220, 120, 220, 90, 130)  # the last column stretches


class RelationsTable(QWidget):
    """``entity_id`` None lists every relation of the reference. Nothing is listed until
    the owner calls :meth:`reload`."""

    loaded = Signal(int)  # number of relations listed under the current filters
    entityActivated = Signal(str)  # double-clicked: the entity to open

    def __init__(
        self,
        ref: Reference,
        query: QueryRunner,
        entity_id: str | None,
        export_label: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.query = query
        self.entity_id = entity_id
        self._sort: tuple[int, bool] = (0, False)
        self.model = RelationsTableModel(
            ref.relation_rows_by_id, self, cite=lambda ids: ref.citations_for("relation", ids)
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate(COLUMN_WIDTHS):
            self.view.setColumnWidth(col, width)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.doubleClicked.connect(self._open)
        self.view.setAccessibleName(translate("RelationsTable", "Relations"))
        add_export_menu(self.view, export_label)

        self.types = QComboBox()
        self.types.setAccessibleName(translate("RelationsTable", "Relation type"))
        self.types.addItem(translate("RelationsTable", "All relation types"), None)
        for t in ref.relation_types(entity_id):
            self.types.addItem(t, t)
        self.years = QComboBox()
        self.years.setAccessibleName(translate("RelationsTable", "As of year"))
        self.years.addItem(translate("RelationsTable", "Any period"), None)
        first_year, last_year = ref.relation_years()
        for y in range(last_year, first_year - 1, -1):
            self.years.addItem(translate("RelationsTable", "As of {year}").format(year=y), y)
        for combo in (self.types, self.years):
            combo.currentIndexChanged.connect(lambda _i: self.reload())

        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("RelationsTable", "Filter:")))
        bar.addWidget(self.types)
        bar.addWidget(self.years)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self.model.sortRequested.connect(self._sort_by)
        # The owner connects ``loaded`` and then calls reload() (a synchronous runner
        # answers at once).

    def set_type(self, rel_type: str | None) -> None:
        self.types.setCurrentIndex(max(self.types.findData(rel_type), 0))

    def set_year(self, year: int | None) -> None:
        self.years.setCurrentIndex(max(self.years.findData(year), 0))

    def reload(self) -> None:
        """List the ids for the current filters and order in the background."""
        column, descending = self._sort
        self.query.submit(
            "relation-ids",
            "relation_ids",
            self.entity_id,
            self.types.currentData(),
            self.years.currentData(),
            column,
            descending,
            owner=self,
            on_result=self._listed,
        )

    def _listed(self, ids: list[str]) -> None:
        self.model.set_ids(ids)
        self.loaded.emit(len(ids))

    def _sort_by(self, column: int, descending: bool) -> None:
        if (column, descending) != self._sort:
            self._sort = (column, descending)
            self.reload()

    def _open(self, index: QModelIndex) -> None:
        src = index.data(SourceIdRole)
        dst = index.data(TargetIdRole)
        if self.entity_id is not None:  # open the other end of the page's relation
            other = dst if src == self.entity_id else src
        else:  # the column clicked: the object, else the subject
            other = dst if index.column() == 2 else src
        if other:
            self.entityActivated.emit(other)
