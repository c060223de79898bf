"""Investigations > Open / Export: the investigations saved by name in the user database,
to reopen, export to PDF or delete (the main window saves them; this dialog lists)."""

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
from khorasan_desktop.data.userdb import Investigation, UserStore

ACTIONS = {"open": "&Open", "export": "&Export to PDF…"}


class InvestigationsDialog(QDialog):
    """Pick a saved investigation; ``chosen`` is set when the user accepts one.
    ``action`` names the accept button: open it, or export it to PDF."""

    def __init__(self, user: UserStore, action: str = "open", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Open investigation" if action == "open" else "Export investigation")
        self._user = user
        self.chosen: Investigation | None = None
        self.list = QListWidget(self)
        self.list.setAccessibleName("Saved investigations")
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.currentItemChanged.connect(lambda *_: self._describe())
        label = QLabel("&Saved investigations (newest first):", self)
        label.setBuddy(self.list)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setAccessibleName("Tabs of the selected investigation")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.accept_button = QPushButton(ACTIONS.get(action, "&Open"), self)
        self.accept_button.setDefault(True)
        self.accept_button.setAccessibleName(
            "Open the selected investigation"
            if action == "open"
            else "Export the selected investigation to PDF"
        )
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.delete_button = QPushButton("&Delete", self)
        self.delete_button.setAccessibleName("Delete the selected investigation")
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.empty = QLabel(
            "No investigation is saved yet: Investigations > Save investigation (Ctrl+Shift+I) "
            "keeps the open tabs.",
            self,
        )
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(500, 360)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for inv in self._user.investigations():
            n = len(inv.tabs)
            item = QListWidgetItem(f"{inv.name} — {n} {'tab' if n == 1 else 'tabs'}")
            item.setData(Qt.ItemDataRole.UserRole, inv.name)
            item.setToolTip(f"saved {inv.saved_at}")
            self.list.addItem(item)
        has = self.list.count() > 0
        self.empty.setVisible(not has)
        self.accept_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        if has:
            self.list.setCurrentRow(0)
        self._describe()

    def selected_name(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _describe(self) -> None:
        name = self.selected_name()
        inv = self._user.investigation(name) if name else None
        self.details.setText(
            "Tabs: " + "; ".join(t.title or t.location for t in inv.tabs) if inv else ""
        )

    def delete_selected(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        answer = QMessageBox.question(self, "Delete investigation", f"Delete “{name}”?")
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._user.delete_investigation(name)
        except DataError as exc:
            QMessageBox.warning(self, "Khorasan Desktop", str(exc))
        self.reload()

    def accept(self) -> None:
        name = self.selected_name()
        self.chosen = self._user.investigation(name) if name else None
        if self.chosen is not None:
            super().accept()
