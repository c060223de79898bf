"""File > Restore backup…: pick one of the backups of the user database and put it back.

The file in use is moved aside first (never deleted); the open store is reopened on the
restored file in place, so every page holding it goes on working.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from khorasan_desktop.core.i18n import translate
from khorasan_desktop.data import backups
from khorasan_desktop.data.errors import DataError
from khorasan_desktop.data.userdb import UserStore


class RestoreBackupDialog(QDialog):
    def __init__(self, user_db: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RestoreBackupDialog", "Restore backup"))
        self.user_db = user_db
        self.found = backups.list_backups(user_db)
        lay = QVBoxLayout(self)
        folder = backups.backup_dir(user_db)
        text = (
            (
                translate(
                    "RestoreBackupDialog",
                    "Backups of your notes, bookmarks and imports, newest first (in "
                    "{folder}). Restoring one replaces your data with it; the file in use "
                    "now is kept beside it, never deleted.",
                ).format(folder=folder)
            )
            if self.found
            else (
                translate(
                    "RestoreBackupDialog",
                    "No backups yet in {folder}. One is made before every import and once "
                    "a day when you save something.",
                ).format(folder=folder)
            )
        )
        intro = QLabel(text)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("RestoreBackupDialog", "Backups"))
        for b in self.found:
            item = QListWidgetItem(b.label())
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            self.list.addItem(item)
        if self.found:
            self.list.setCurrentRow(0)
        intro.setBuddy(self.list)
        lay.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            translate("RestoreBackupDialog", "&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setAccessibleName(
            translate("RestoreBackupDialog", "Restore the chosen backup")
        )
        self.restore_button.setEnabled(bool(self.found))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())
        lay.addWidget(buttons)
        self.resize(640, 320)

    def chosen(self) -> backups.Backup | None:
        row = self.list.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None


def restore_into(store: UserStore, user_db: Path, chosen: backups.Backup) -> Path | None:
    """Restore ``chosen`` over ``user_db`` and reopen ``store`` on it (in place)."""
    if str(store.path) != ":memory:":
        store.close()
    try:
        aside = backups.restore(user_db, chosen)
    except DataError:
        store.reopen()  # as it was: the file in use, or this session's memory
        raise
    store.reopen(user_db)
    return aside


def run(parent: QWidget, store: UserStore, user_db: Path) -> bool:
    """Show the dialog; True when a backup was restored."""
    dialog = RestoreBackupDialog(user_db, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    chosen = dialog.chosen()
    if chosen is None:
        return False
    answer = QMessageBox.question(
        parent,
        translate("backup_dialog", "Restore backup"),
        (
            translate(
                "backup_dialog",
                "Replace your notes, bookmarks and imports with the backup of "
                "{made:%Y-%m-%d %H:%M}?\n\nWhat you changed since then is not in "
                "it; the current file is kept beside it.",
            ).format(made=chosen.made.astimezone())
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        aside = restore_into(store, user_db, chosen)
    except DataError as exc:
        QMessageBox.warning(parent, translate("backup_dialog", "Restore backup"), str(exc))
        return False
    kept = (
        translate("backup_dialog", "\n\nThe file it replaced is kept as {aside}.").format(
            aside=aside
        )
        if aside
        else ""
    )
    QMessageBox.information(
        parent,
        translate("backup_dialog", "Restore backup"),
        translate("backup_dialog", "Restored {name}.{kept}").format(
            name=chosen.path.name, kept=kept
        ),
    )
    return True
