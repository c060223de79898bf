"""All relations in one sortable, filterable table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from khorasan_desktop.data.browse import RelationRow
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.ui.query import QueryRunner
from khorasan_desktop.ui.relations_model import (
    RelationsFilter,
    RelationsTableModel,
    SourceIdRole,
    TargetIdRole,
)
from khorasan_desktop.ui.table_export import add_export_menu

if TYPE_CHECKING:
    from khorasan_desktop.core.viewspec import ViewSpec
    from khorasan_desktop.data.userdb import EventDataset


class AllRelationsView(QWidget):
    entityActivated = Signal(str, bool)
    title = "All relations"

    loaded = Signal()

    def __init__(
        self, ref: Reference, parent: QWidget | None = None, query: QueryRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.query = query or QueryRunner.synchronous(ref)
        self.model = RelationsTableModel(self)
        self.proxy = RelationsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(self._open)
        add_export_menu(self.view, lambda: "relations (all)")
        self.types = QComboBox()
        self.types.addItem("All relation types", None)
        for t in ref.relation_types():
            self.types.addItem(t, t)
        self.types.currentIndexChanged.connect(
            lambda _i: self.proxy.set_type(self.types.currentData())
        )
        self.years = QComboBox()
        self.years.addItem("Any period", None)
        first_year, last_year = ref.relation_years()
        for y in range(last_year, first_year - 1, -1):
            self.years.addItem(f"As of {y}", y)
        self.years.currentIndexChanged.connect(
            lambda _i: self.proxy.set_year(self.years.currentData())
        )
        bar = QHBoxLayout()
        bar.addWidget(QLabel("Filter:"))
        bar.addWidget(self.types)
        bar.addWidget(self.years)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        self.status = QLabel("Loading relations…")
        layout.addWidget(self.status)
        layout.addWidget(self.view)
        self.query.submit("all-relations", "relation_rows", owner=self, on_result=self._loaded)

    def _loaded(self, rows: list[RelationRow]) -> None:
        self.model.set_rows(rows)
        self.status.setText(f"{len(rows)} relations · double-click a name to open it")
        self.view.resizeColumnsToContents()
        self.loaded.emit()

    def _open(self, index: QModelIndex) -> None:
        column = index.column()
        entity_id = index.data(TargetIdRole if column == 2 else SourceIdRole)
        if entity_id:
            self.entityActivated.emit(entity_id, False)

    # -- page protocol (ui/pages.py) -----------------------------------------------------
    titleChanged = Signal(str)  # never emitted: the title is fixed

    def view_spec(self) -> ViewSpec | None:
        """None: no view kind reproduces the whole table, so reports cannot include it."""
        return None

    def refresh_datasets(self, datasets: list[EventDataset]) -> None:
        """Nothing to do: relations come from the reference data, not from imports."""

    def flush(self) -> None:
        """Nothing to save: the table holds no user input."""
