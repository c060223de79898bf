"""Every keyboard shortcut, in one table: the menus take their keys from it and
Help > Keyboard shortcuts shows it, so the two cannot disagree.

Window shortcuts (``WINDOW``) are bound to the main window's actions by name, and named
view shortcuts to their buttons; the other keys of the views (graph, chart, map,
timeline, page text, tables) are handled by those views and listed here so the sheet names them all.
No shortcut takes a key with a common meaning elsewhere (Ctrl+T a new tab, Ctrl+N a new
window, Ctrl+O open, Ctrl+S save, Ctrl+Z undo, Ctrl+A select all, Ctrl+C/X/V the
clipboard): see ``RESERVED`` and its test. Help > Keyboard shortcuts draws the table
(``ui/shortcut_sheet.py``); the menus read their keys from here while the window is built.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QKeySequence

from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Shortcut:
    name: str  # the action it belongs to ("" for keys a view handles itself)
    keys: tuple[str, ...]  # portable text, e.g. "Ctrl+Shift+C"
    does: str
    where: str = QT_TRANSLATE_NOOP("shortcuts", "Window")


WINDOW: tuple[Shortcut, ...] = (
    Shortcut(
        "find", ("Ctrl+F", "Ctrl+K"), QT_TRANSLATE_NOOP("shortcuts", "Search (the search field)")
    ),
    Shortcut("back", ("Alt+Left",), QT_TRANSLATE_NOOP("shortcuts", "Back")),
    Shortcut("forward", ("Alt+Right",), QT_TRANSLATE_NOOP("shortcuts", "Forward")),
    Shortcut("close", ("Ctrl+W",), QT_TRANSLATE_NOOP("shortcuts", "Close the tab")),
    Shortcut(
        "bookmark",
        ("Ctrl+D",),
        QT_TRANSLATE_NOOP("shortcuts", "Bookmark the page (again to remove)"),
    ),
    Shortcut("export", ("Ctrl+P",), QT_TRANSLATE_NOOP("shortcuts", "Export to PDF")),
    Shortcut(
        "graph", ("Ctrl+G",), QT_TRANSLATE_NOOP("shortcuts", "Relation graph of the page's entity")
    ),
    Shortcut(
        "open_chart", ("Ctrl+Shift+L",), QT_TRANSLATE_NOOP("shortcuts", "Open a saved link chart")
    ),
    Shortcut("chart", ("Ctrl+Shift+C",), QT_TRANSLATE_NOOP("shortcuts", "Attack counts chart")),
    Shortcut("map", ("Ctrl+M",), QT_TRANSLATE_NOOP("shortcuts", "Map")),
    Shortcut(
        "timeline",
        ("Ctrl+Shift+E",),
        QT_TRANSLATE_NOOP("shortcuts", "Timeline (from an entity page: of that entity)"),
    ),
    Shortcut(
        "save_investigation",
        ("Ctrl+Shift+I",),
        QT_TRANSLATE_NOOP("shortcuts", "Save the open tabs as an investigation"),
    ),
    Shortcut(
        "open_investigation",
        ("Ctrl+Shift+O",),
        QT_TRANSLATE_NOOP("shortcuts", "Open a saved investigation"),
    ),
    Shortcut(
        "export_investigation",
        ("Ctrl+Shift+P",),
        QT_TRANSLATE_NOOP("shortcuts", "Export a saved investigation to PDF"),
    ),
    Shortcut("guide", ("F1",), QT_TRANSLATE_NOOP("shortcuts", "User guide")),
    Shortcut(
        "shortcuts", ("Ctrl+/",), QT_TRANSLATE_NOOP("shortcuts", "This list of keyboard shortcuts")
    ),
    Shortcut("quit", ("Ctrl+Q",), QT_TRANSLATE_NOOP("shortcuts", "Quit")),
)

VIEWS: tuple[Shortcut, ...] = (
    Shortcut(
        "",
        ("Enter",),
        QT_TRANSLATE_NOOP("shortcuts", "Open the top hit"),
        QT_TRANSLATE_NOOP("shortcuts", "Search field"),
    ),
    Shortcut(
        "",
        ("Ctrl+Click", "Ctrl+Enter"),
        QT_TRANSLATE_NOOP("shortcuts", "Open in a new tab"),
        QT_TRANSLATE_NOOP("shortcuts", "Search, page links"),
    ),
    Shortcut(
        "",
        ("Tab", "Shift+Tab"),
        QT_TRANSLATE_NOOP("shortcuts", "Next, previous control (leaves a table or a page)"),
        QT_TRANSLATE_NOOP("shortcuts", "All"),
    ),
    Shortcut(
        "",
        ("Ctrl+C",),
        QT_TRANSLATE_NOOP(
            "shortcuts", "Copy the selection or the selected rows, with their sources"
        ),
        QT_TRANSLATE_NOOP("shortcuts", "Entity page, tables, lists, relation graph"),
    ),
    Shortcut(
        "",
        ("Ctrl+Down", "Ctrl+Up"),
        QT_TRANSLATE_NOOP("shortcuts", "Next, previous link; Enter opens it"),
        QT_TRANSLATE_NOOP("shortcuts", "Entity page"),
    ),
    Shortcut(
        "",
        ("Arrows",),
        QT_TRANSLATE_NOOP("shortcuts", "Move between cells"),
        QT_TRANSLATE_NOOP("shortcuts", "Tables"),
    ),
    Shortcut(
        "",
        ("Arrows",),
        QT_TRANSLATE_NOOP("shortcuts", "Move to the related entity that way"),
        QT_TRANSLATE_NOOP("shortcuts", "Relation graph"),
    ),
    Shortcut(
        "",
        ("Home",),
        QT_TRANSLATE_NOOP("shortcuts", "Select the centre"),
        QT_TRANSLATE_NOOP("shortcuts", "Relation graph"),
    ),
    Shortcut(
        "",
        ("Enter",),
        QT_TRANSLATE_NOOP("shortcuts", "Open the selected entity"),
        QT_TRANSLATE_NOOP("shortcuts", "Relation graph"),
    ),
    Shortcut(
        "",
        ("P", "E", "C"),
        QT_TRANSLATE_NOOP("shortcuts", "Pin, expand, collapse the selected entity"),
        QT_TRANSLATE_NOOP("shortcuts", "Relation graph"),
    ),
    Shortcut(
        "",
        ("Menu", "Shift+F10"),
        QT_TRANSLATE_NOOP("shortcuts", "The selected entity's menu"),
        QT_TRANSLATE_NOOP("shortcuts", "Relation graph"),
    ),
    Shortcut(
        "save_chart",
        ("Ctrl+Shift+S",),
        QT_TRANSLATE_NOOP("shortcuts", "Save the link chart"),
        QT_TRANSLATE_NOOP("shortcuts", "Relation graph"),
    ),
    Shortcut(
        "",
        ("Escape",),
        QT_TRANSLATE_NOOP("shortcuts", "Clear the selection, then back to the controls"),
        QT_TRANSLATE_NOOP("shortcuts", "Relation graph"),
    ),
    Shortcut(
        "",
        ("Left", "Right"),
        QT_TRANSLATE_NOOP("shortcuts", "Previous, next bar"),
        QT_TRANSLATE_NOOP("shortcuts", "Chart"),
    ),
    Shortcut(
        "",
        ("Home", "End"),
        QT_TRANSLATE_NOOP("shortcuts", "First, last bar"),
        QT_TRANSLATE_NOOP("shortcuts", "Chart"),
    ),
    Shortcut(
        "",
        ("Enter",),
        QT_TRANSLATE_NOOP("shortcuts", "List the bar's incidents"),
        QT_TRANSLATE_NOOP("shortcuts", "Chart"),
    ),
    Shortcut(
        "",
        ("Escape",),
        QT_TRANSLATE_NOOP("shortcuts", "Back to the filters"),
        QT_TRANSLATE_NOOP("shortcuts", "Chart"),
    ),
    Shortcut(
        "",
        ("+", "-", "0"),
        QT_TRANSLATE_NOOP("shortcuts", "Zoom in, zoom out, show the whole region"),
        QT_TRANSLATE_NOOP("shortcuts", "Map"),
    ),
    Shortcut(
        "",
        ("Alt+T",),
        QT_TRANSLATE_NOOP("shortcuts", "Show the picture as a table, and back"),
        QT_TRANSLATE_NOOP("shortcuts", "Graph, chart, map"),
    ),
    Shortcut(
        "",
        ("Left", "Right"),
        QT_TRANSLATE_NOOP("shortcuts", "Previous, next mark in time"),
        QT_TRANSLATE_NOOP("shortcuts", "Timeline"),
    ),
    Shortcut(
        "",
        ("Up", "Down"),
        QT_TRANSLATE_NOOP("shortcuts", "The lane above, below (the mark nearest in time)"),
        QT_TRANSLATE_NOOP("shortcuts", "Timeline"),
    ),
    Shortcut(
        "",
        ("Home", "End"),
        QT_TRANSLATE_NOOP("shortcuts", "First, last mark of the lane"),
        QT_TRANSLATE_NOOP("shortcuts", "Timeline"),
    ),
    Shortcut(
        "",
        ("Enter",),
        QT_TRANSLATE_NOOP("shortcuts", "Open the marked event"),
        QT_TRANSLATE_NOOP("shortcuts", "Timeline"),
    ),
    Shortcut(
        "",
        ("Escape",),
        QT_TRANSLATE_NOOP("shortcuts", "Back to the lane selector"),
        QT_TRANSLATE_NOOP("shortcuts", "Timeline"),
    ),
    Shortcut(
        "",
        ("Shift+Left", "Shift+Right"),
        QT_TRANSLATE_NOOP("shortcuts", "Pan"),
        QT_TRANSLATE_NOOP("shortcuts", "Timeline"),
    ),
    Shortcut(
        "",
        ("+", "-", "0"),
        QT_TRANSLATE_NOOP("shortcuts", "Zoom in, zoom out, show everything"),
        QT_TRANSLATE_NOOP("shortcuts", "Timeline"),
    ),
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
