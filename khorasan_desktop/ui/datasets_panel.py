"""A dock panel listing the imported event data sets (UCDP GED, ACLED): import, remove."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from khorasan_desktop.core.models import Citation
from khorasan_desktop.data.errors import DataError
from khorasan_desktop.ui.copy_cite import add_copy_menu

if TYPE_CHECKING:  # the user database (sqlite-utils) is opened after the first paint
    from khorasan_desktop.data.userdb import EventDataset, UserStore

AnyIndex = QModelIndex | QPersistentModelIndex
KIND_TITLES = {"ucdp": "UCDP GED", "acled": "ACLED"}


def date_range(ds: EventDataset) -> str:
    if ds.date_from and ds.date_to:
        return f"{ds.date_from} – {ds.date_to}"
    return ds.date_from or ds.date_to or ""


class DatasetsModel(QAbstractTableModel):
    """One row per imported event data set."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("DatasetsModel", "Name"),
        QT_TRANSLATE_NOOP("DatasetsModel", "Kind"),
        QT_TRANSLATE_NOOP("DatasetsModel", "Release"),
        QT_TRANSLATE_NOOP("DatasetsModel", "Rows"),
        QT_TRANSLATE_NOOP("DatasetsModel", "Dates"),
        QT_TRANSLATE_NOOP("DatasetsModel", "Licence"),
    )
    NAME, KIND, RELEASE, ROWS, DATES, LICENCE = range(6)
    DatasetRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.datasets: list[EventDataset] = []

    def set_datasets(self, datasets: list[EventDataset]) -> None:
        self.beginResetModel()
        self.datasets = list(datasets)
        self.endResetModel()

    def row_citations(self, rows: Sequence[int]) -> list[Sequence[Citation]]:
        """Each data set is its own source (copy with source): kind, release, licence."""
        from khorasan_desktop.views.citing import dataset_citation

        return [(dataset_citation(self.datasets[r]),) for r in rows if 0 <= r < len(self.datasets)]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.datasets)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.datasets):
            return None
        ds = self.datasets[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(ds, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(ds, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.ROWS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.DatasetRole:
            return ds.name
        return None

    def _text(self, ds: EventDataset, col: int) -> str:
        if col == self.NAME:
            return ds.name
        if col == self.KIND:
            return KIND_TITLES.get(ds.kind, ds.kind)
        if col == self.RELEASE:
            return ds.release or ""
        if col == self.ROWS:
            return f"{ds.row_count:,}"
        if col == self.DATES:
            return date_range(ds)
        if col == self.LICENCE:
            return ds.licence or ""
        return ""

    def _tooltip(self, ds: EventDataset, col: int) -> str:
        parts = [
            f"{ds.name}: {ds.row_count:,} {KIND_TITLES.get(ds.kind, ds.kind)} events",
            translate("DatasetsModel", "Dates: {value}").format(value=date_range(ds) or "unknown"),
        ]
        if ds.release:
            parts.append(
                translate("DatasetsModel", "Release: {release}").format(release=ds.release)
            )
        if ds.licence:
            parts.append(
                translate("DatasetsModel", "Licence: {licence}").format(licence=ds.licence)
            )
        if ds.attribution:
            parts.append(
                translate("DatasetsModel", "Attribution: {attribution}").format(
                    attribution=ds.attribution
                )
            )
        if ds.source_file:
            parts.append(
                translate("DatasetsModel", "File: {source_file}").format(source_file=ds.source_file)
            )
        parts.append(
            translate("DatasetsModel", "Imported: {imported_at}").format(imported_at=ds.imported_at)
        )
        return "\n".join(parts)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return translate("DatasetsModel", self.COLUMNS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class DatasetsPanel(QWidget):
    """Imported event data sets with Import… and Remove. ``store_provider`` is called each
    time the store is needed (the main window opens the user database lazily)."""

    importRequested = Signal()
    changed = Signal()  # a data set was removed

    def __init__(
        self, store_provider: Callable[[], UserStore], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store_provider = store_provider
        self.model = DatasetsModel(self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.view.setAccessibleName(translate("DatasetsPanel", "Imported data sets"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        add_copy_menu(self.view)  # Ctrl+C copies the selected data sets with their licences
        self.empty = QLabel(
            translate(
                "DatasetsPanel", "No data sets imported yet. UCDP GED and ACLED CSV files can be."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #555;")

        self.import_button = QPushButton(translate("DatasetsPanel", "Import…"))
        self.import_button.setToolTip(
            translate("DatasetsPanel", "Import a UCDP GED or ACLED CSV file into your own data")
        )
        self.import_button.clicked.connect(self.importRequested)
        self.remove_button = QPushButton(translate("DatasetsPanel", "Remove"))
        self.remove_button.setToolTip(
            translate("DatasetsPanel", "Delete the selected data set from your own data")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self._update_buttons()

    def refresh(self) -> None:
        """Re-read the data sets from the user database, keeping the selection by name."""
        keep = self.selected_name()
        try:
            datasets = self.store_provider().event_datasets()
        except DataError:
            datasets = []
        self.model.set_datasets(datasets)
        self.view.resizeColumnsToContents()
        if keep is not None:
            self.select(keep)
        self._update_buttons()

    def select(self, name: str) -> bool:
        for row, ds in enumerate(self.model.datasets):
            if ds.name == name:
                self.view.selectRow(row)
                return True
        return False

    def selected_name(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return str(self.model.datasets[rows[0].row()].name)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.selected_name() is not None)
        self.empty.setVisible(not self.model.datasets)

    def remove_selected(self) -> bool:
        """Ask, then delete the selected data set; True when it was removed."""
        name = self.selected_name()
        if name is None:
            return False
        ds = next(d for d in self.model.datasets if d.name == name)
        answer = QMessageBox.question(
            self,
            translate("DatasetsPanel", "Remove data set"),
            (
                translate(
                    "DatasetsPanel",
                    "Remove the data set {name!r} ({row_count:,} events) from your "
                    "data?\n\nThis cannot be undone; you can import the file again later.",
                ).format(name=name, row_count=ds.row_count)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            removed = self.store_provider().remove_dataset(name)
        except DataError as exc:
            QMessageBox.warning(self, translate("DatasetsPanel", "Remove data set"), str(exc))
            return False
        self.refresh()
        if removed:
            self.changed.emit()
        return removed
