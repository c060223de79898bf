"""File > Open link chart: the charts saved by name in the user database, to reopen or
delete (the graph saves them; this dialog only lists, opens and deletes)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from khorasan_desktop.data.errors import DataError
from khorasan_desktop.data.userdb import SavedChart, UserStore


class LinkChartsDialog(QDialog):
    """Pick a saved link chart; ``chosen`` is set when the user opens one."""

    def __init__(self, user: UserStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Open link chart")
        self._user = user
        self.chosen: SavedChart | None = None
        self.list = QListWidget(self)
        self.list.setAccessibleName("Saved link charts")
        self.list.itemActivated.connect(lambda _item: self.accept())
        label = QLabel("&Saved link charts (newest first):", self)
        label.setBuddy(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        self.delete_button = QPushButton("&Delete", self)
        self.delete_button.setAccessibleName("Delete the selected link chart")
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.empty = QLabel("No chart is saved yet: use “Save chart…” on a relation graph.", self)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(460, 320)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for chart in self._user.link_charts():
            item = QListWidgetItem(f"{chart.name} — {chart.spec}")
            item.setData(Qt.ItemDataRole.UserRole, chart.name)
            item.setToolTip(f"saved {chart.saved_at}; {len(chart.pinned)} pinned")
            self.list.addItem(item)
        has = self.list.count() > 0
        self.empty.setVisible(not has)
        self.open_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        if has:
            self.list.setCurrentRow(0)

    def selected_name(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def delete_selected(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        try:
            self._user.delete_link_chart(name)
        except DataError as exc:
            QMessageBox.warning(self, "Khorasan Desktop", str(exc))
        self.reload()

    def accept(self) -> None:
        name = self.selected_name()
        self.chosen = self._user.link_chart(name) if name else None
        if self.chosen is not None:
            super().accept()
