"""All relations in one sortable, filterable table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from khorasan_desktop.core.i18n import translate
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.ui.page_tab import PageState, restore_scroll
from khorasan_desktop.ui.query import QueryRunner
from khorasan_desktop.ui.relations_table import RelationsTable

if TYPE_CHECKING:
    from khorasan_desktop.core.viewspec import ViewSpec
    from khorasan_desktop.data.userdb import EventDataset


class AllRelationsView(QWidget):
    entityActivated = Signal(str, bool)
    title = translate("AllRelationsView", "All relations")

    loaded = Signal()

    def __init__(
        self, ref: Reference, parent: QWidget | None = None, query: QueryRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.query = query or QueryRunner.synchronous(ref)
        self.table = RelationsTable(
            ref, self.query, None, lambda: translate("AllRelationsView", "relations (all)"), self
        )
        self.model = self.table.model
        self.view = self.table.view
        self.table.entityActivated.connect(lambda eid: self.entityActivated.emit(eid, False))
        self.table.loaded.connect(self._loaded)
        self.status = QLabel(translate("AllRelationsView", "Loading relations…"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table)
        self.table.reload()

    def _loaded(self, count: int) -> None:
        self.status.setText(
            translate(
                "AllRelationsView", "{count} relations · double-click a name to open it"
            ).format(count=count)
        )
        self.loaded.emit()

    # -- page protocol (ui/pages.py) -----------------------------------------------------
    titleChanged = Signal(str)  # never emitted: the title is fixed

    def page_state(self) -> PageState:
        """The table's filters and scroll position."""
        return {
            "type": self.table.types.currentData(),
            "year": self.table.years.currentData(),
            "scroll": self.view.verticalScrollBar().value(),
        }

    def restore_page_state(self, state: PageState) -> None:
        rel_type, year, scroll = state.get("type"), state.get("year"), state.get("scroll")
        if rel_type is None or isinstance(rel_type, str):
            self.table.set_type(rel_type)
        if year is None or isinstance(year, int):
            self.table.set_year(year)
        if isinstance(scroll, int):
            restore_scroll(self.view.verticalScrollBar(), scroll)

    def view_spec(self) -> ViewSpec | None:
        """None: no view kind reproduces the whole table, so reports cannot include it."""
        return None

    def refresh_datasets(self, datasets: list[EventDataset]) -> None:
        """Nothing to do: relations come from the reference data, not from imports."""

    def flush(self) -> None:
        """Nothing to save: the table holds no user input."""
