"""Every keyboard shortcut, in one table: the menus take their keys from it and
Help > Keyboard shortcuts shows it, so the two cannot disagree.

Window shortcuts (``WINDOW``) are bound to the main window's actions by name, and named
view shortcuts to their buttons; the other keys of the views (graph, chart, map,
timeline, page text, tables) are handled by those views and listed here so the sheet names them all.
No shortcut takes a key with a common meaning elsewhere (Ctrl+T a new tab, Ctrl+N a new
window, Ctrl+O open, Ctrl+S save, Ctrl+Z undo, Ctrl+A select all, Ctrl+C/X/V the
clipboard): see ``RESERVED`` and its test.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class Shortcut:
    name: str  # the action it belongs to ("" for keys a view handles itself)
    keys: tuple[str, ...]  # portable text, e.g. "Ctrl+Shift+C"
    does: str
    where: str = "Window"


WINDOW: tuple[Shortcut, ...] = (
    Shortcut("find", ("Ctrl+F", "Ctrl+K"), "Search (the search field)"),
    Shortcut("back", ("Alt+Left",), "Back"),
    Shortcut("forward", ("Alt+Right",), "Forward"),
    Shortcut("close", ("Ctrl+W",), "Close the tab"),
    Shortcut("bookmark", ("Ctrl+D",), "Bookmark the page (again to remove)"),
    Shortcut("export", ("Ctrl+P",), "Export to PDF"),
    Shortcut("graph", ("Ctrl+G",), "Relation graph of the page's entity"),
    Shortcut("open_chart", ("Ctrl+Shift+L",), "Open a saved link chart"),
    Shortcut("chart", ("Ctrl+Shift+C",), "Attack counts chart"),
    Shortcut("map", ("Ctrl+M",), "Map"),
    Shortcut("timeline", ("Ctrl+Shift+E",), "Timeline (from an entity page: of that entity)"),
    Shortcut("save_investigation", ("Ctrl+Shift+I",), "Save the open tabs as an investigation"),
    Shortcut("open_investigation", ("Ctrl+Shift+O",), "Open a saved investigation"),
    Shortcut("export_investigation", ("Ctrl+Shift+P",), "Export a saved investigation to PDF"),
    Shortcut("guide", ("F1",), "User guide"),
    Shortcut("shortcuts", ("Ctrl+/",), "This list of keyboard shortcuts"),
    Shortcut("quit", ("Ctrl+Q",), "Quit"),
)

VIEWS: tuple[Shortcut, ...] = (
    Shortcut("", ("Enter",), "Open the top hit", "Search field"),
    Shortcut("", ("Ctrl+Click", "Ctrl+Enter"), "Open in a new tab", "Search, page links"),
    Shortcut("", ("Tab", "Shift+Tab"), "Next, previous control (leaves a table or a page)", "All"),
    Shortcut(
        "",
        ("Ctrl+C",),
        "Copy the selection or the selected rows, with their sources",
        "Entity page, tables",
    ),
    Shortcut("", ("Ctrl+Down", "Ctrl+Up"), "Next, previous link; Enter opens it", "Entity page"),
    Shortcut("", ("Arrows",), "Move between cells", "Tables"),
    Shortcut("", ("Arrows",), "Move to the related entity that way", "Relation graph"),
    Shortcut("", ("Home",), "Select the centre", "Relation graph"),
    Shortcut("", ("Enter",), "Open the selected entity", "Relation graph"),
    Shortcut("", ("P", "E", "C"), "Pin, expand, collapse the selected entity", "Relation graph"),
    Shortcut("", ("Menu", "Shift+F10"), "The selected entity's menu", "Relation graph"),
    Shortcut("save_chart", ("Ctrl+Shift+S",), "Save the link chart", "Relation graph"),
    Shortcut("", ("Escape",), "Clear the selection, then back to the controls", "Relation graph"),
    Shortcut("", ("Left", "Right"), "Previous, next bar", "Chart"),
    Shortcut("", ("Home", "End"), "First, last bar", "Chart"),
    Shortcut("", ("Enter",), "List the bar's incidents", "Chart"),
    Shortcut("", ("Escape",), "Back to the filters", "Chart"),
    Shortcut("", ("+", "-", "0"), "Zoom in, zoom out, show the whole region", "Map"),
    Shortcut("", ("Left", "Right"), "Previous, next mark in time", "Timeline"),
    Shortcut("", ("Up", "Down"), "The lane above, below (the mark nearest in time)", "Timeline"),
    Shortcut("", ("Home", "End"), "First, last mark of the lane", "Timeline"),
    Shortcut("", ("Enter",), "Open the marked event", "Timeline"),
    Shortcut("", ("Escape",), "Back to the lane selector", "Timeline"),
    Shortcut("", ("Shift+Left", "Shift+Right"), "Pan", "Timeline"),
    Shortcut("", ("+", "-", "0"), "Zoom in, zoom out, show everything", "Timeline"),
    Shortcut("", ("Alt+T",), "Show the picture as a table, and back", "Graph, chart, map"),
)

ALL = WINDOW + VIEWS
RESERVED = (
    "Ctrl+T",
    "Ctrl+N",
    "Ctrl+O",
    "Ctrl+S",
    "Ctrl+Z",
    "Ctrl+A",
    "Ctrl+C",
    "Ctrl+X",
    "Ctrl+V",
)


def keys(name: str) -> list[QKeySequence]:
    """The key sequences of action ``name`` (the first is shown in its menu or button)."""
    for s in ALL:
        if s.name == name:
            return [QKeySequence(k) for k in s.keys]
    raise KeyError(name)


def shown(s: Shortcut) -> str:
    """The keys as this platform writes them (Ctrl is ⌘ on macOS)."""
    out = []
    for k in s.keys:
        seq = QKeySequence(k)
        text = seq.toString(QKeySequence.SequenceFormat.NativeText) if s.name else ""
        out.append(text or k)
    return ", ".join(out)


class ShortcutSheet(QDialog):
    """Help > Keyboard shortcuts: the table above, readable and searchable by arrows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.table = QTableWidget(len(ALL), 3, self)
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setHorizontalHeaderLabels(["Keys", "Does", "Where"])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        for row, s in enumerate(ALL):
            for col, text in enumerate((shown(s), s.does, s.where)):
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
