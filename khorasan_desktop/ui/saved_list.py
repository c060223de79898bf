"""A dialog listing things the user saved by name (link charts, investigations): pick one
to open, or delete one (after asking). The subclasses say what the things are and how to
read, describe and delete them; the list, buttons and keys are this one mechanism."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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

from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from khorasan_desktop.data.errors import DataError


@dataclass(frozen=True)
class Entry:
    name: str
    label: str  # the list's line
    tooltip: str = ""


class SavedListDialog(QDialog):
    """Subclasses set ``what`` (e.g. "link chart") and implement :meth:`entries`,
    :meth:`load` and :meth:`remove`, and may describe the selection (:meth:`describe`).
    ``chosen`` holds the loaded item once the user accepts one."""

    # What the dialog lists, singular and plural (translated where shown).
    what = QT_TRANSLATE_NOOP("SavedListDialog", "item")
    whats = QT_TRANSLATE_NOOP("SavedListDialog", "items")

    def __init__(
        self,
        title: str,
        accept_text: str,
        empty_text: str,
        parent: QWidget | None = None,
        accept_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.chosen: Any = None
        what = translate("SavedListDialog", self.what)
        whats = translate("SavedListDialog", self.whats)
        self.list = QListWidget(self)
        self.list.setAccessibleName(
            translate("SavedListDialog", "Saved {whats}").format(whats=whats)
        )
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.currentItemChanged.connect(lambda *_: self._describe())
        label = QLabel(
            translate("SavedListDialog", "&Saved {whats} (newest first):").format(whats=whats),
            self,
        )
        label.setBuddy(self.list)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setAccessibleName(
            translate("SavedListDialog", "The selected {what}").format(what=what)
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.accept_button = QPushButton(accept_text, self)
        self.accept_button.setDefault(True)
        self.accept_button.setAccessibleName(
            accept_name
            or translate("SavedListDialog", "{action} the selected {what}").format(
                action=accept_text.replace("&", "").rstrip("…"), what=what
            )
        )
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button = self.accept_button
        self.delete_button = QPushButton(translate("SavedListDialog", "&Delete"), self)
        self.delete_button.setAccessibleName(
            translate("SavedListDialog", "Delete the selected {what}").format(what=what)
        )
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.empty = QLabel(empty_text, self)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(500, 360)

    # -- what subclasses say -----------------------------------------------------------------
    def entries(self) -> list[Entry]:
        raise NotImplementedError

    def load(self, name: str) -> Any:
        raise NotImplementedError

    def remove(self, name: str) -> None:
        raise NotImplementedError

    def describe(self, name: str) -> str:
        return ""

    # -- the one mechanism -------------------------------------------------------------------
    def reload(self) -> None:
        self.list.clear()
        for entry in self.entries():
            item = QListWidgetItem(entry.label)
            item.setData(Qt.ItemDataRole.UserRole, entry.name)
            item.setToolTip(entry.tooltip)
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
        text = self.describe(name) if name else ""
        self.details.setText(text)
        self.details.setVisible(bool(text))

    def delete_selected(self) -> None:
        name = self.selected_name()
        if name is None:
            return
        title = translate("SavedListDialog", "Delete {what}").format(
            what=translate("SavedListDialog", self.what)
        )
        if (
            QMessageBox.question(
                self, title, translate("SavedListDialog", "Delete “{name}”?").format(name=name)
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        try:
            self.remove(name)
        except DataError as exc:
            QMessageBox.warning(self, translate("SavedListDialog", "Khorasan Desktop"), str(exc))
        self.reload()

    def accept(self) -> None:
        name = self.selected_name()
        self.chosen = self.load(name) if name else None
        if self.chosen is not None:
            super().accept()
