"""Help > Keyboard shortcuts: the one table of ``ui/shortcuts.py`` as a dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from khorasan_desktop.core.i18n import translate
from khorasan_desktop.ui.shortcuts import ALL, shown


class ShortcutSheet(QDialog):
    """Help > Keyboard shortcuts: the table above, readable and searchable by arrows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ShortcutSheet", "Keyboard shortcuts"))
        self.table = QTableWidget(len(ALL), 3, self)
        self.table.setAccessibleName(translate("ShortcutSheet", "Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("ShortcutSheet", "Keys"),
                translate("ShortcutSheet", "Does"),
                translate("ShortcutSheet", "Where"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        for row, s in enumerate(ALL):
            words = (translate("shortcuts", s.does), translate("shortcuts", s.where))
            for col, text in enumerate((shown(s), *words)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        width = sum(self.table.columnWidth(c) for c in range(3)) + 60
        self.resize(min(max(width, 560), 900), 560)
