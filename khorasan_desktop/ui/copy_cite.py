"""Copy with source: puts a clip (``views.citing``) on the clipboard as plain text and
HTML, and copies the selected rows of any table or list with each row's sources.

A model cites its rows with ``row_citations(rows)``: a row's own sources (an event's, a
relation's, an entity's) or, for a count, the data sets it adds up
(``citing.counted_from``). A model without it copies its rows without a source column.
Ctrl+C on a view and "Copy with source" in its context menu do the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QListView, QMenu, QTableView

from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from khorasan_desktop.core.models import Citation
from khorasan_desktop.views import citing

COPY_TEXT = QT_TRANSLATE_NOOP("copy_cite", "Copy with source")


@runtime_checkable
class CitingModel(Protocol):
    def row_citations(self, rows: Sequence[int]) -> list[Sequence[Citation]]:
        """The sources of each of these rows (in order)."""
        ...


def mime_data(clip: citing.Clip) -> QMimeData:
    data = QMimeData()
    data.setText(clip.text)
    data.setHtml(clip.html)
    return data


def put_on_clipboard(clip: citing.Clip) -> None:
    QGuiApplication.clipboard().setMimeData(mime_data(clip))


def selected_rows(view: QAbstractItemView) -> list[int]:
    """Rows with a selected cell, in order; else the current row; else none."""
    sel = view.selectionModel()
    rows = sorted({i.row() for i in sel.selectedIndexes()}) if sel is not None else []
    if not rows and view.currentIndex().isValid():
        rows = [view.currentIndex().row()]
    return rows


def shown_columns(view: QAbstractItemView) -> list[int]:
    """A table's visible columns in on-screen order; a list's one column."""
    from khorasan_desktop.ui.table_export import visible_columns

    if isinstance(view, QTableView):
        return visible_columns(view)
    if isinstance(view, QListView):
        return [view.modelColumn()]
    model = view.model()
    return list(range(model.columnCount())) if model is not None else []


def table_clip(view: QAbstractItemView) -> citing.Clip | None:
    """The selected rows as shown (visible columns, on-screen order) with their sources."""
    model = view.model()
    rows = selected_rows(view)
    if model is None or not rows:
        return None
    cols = shown_columns(view)
    role = Qt.ItemDataRole.DisplayRole
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal, role) or "") for c in cols]
    cells = [
        ["" if (v := model.data(model.index(r, c), role)) is None else str(v) for c in cols]
        for r in rows
    ]
    cites: list[Sequence[Citation]] = (
        model.row_citations(rows) if isinstance(model, CitingModel) else [() for _ in rows]
    )
    return citing.rows(headers, cells, cites)


def copy_table(view: QAbstractItemView) -> bool:
    clip = table_clip(view)
    if clip is None:
        return False
    put_on_clipboard(clip)
    return True


class _CopyKey(QObject):
    """Ctrl+C (the platform's Copy key) on a table copies with sources, taking the key
    before the view's own copy of one cell's text."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Copy):
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    copy_table(self.view)
                return True
        return False


def install_table_copy(view: QAbstractItemView) -> None:
    if view.property("copiesWithSource"):
        return
    view.setProperty("copiesWithSource", True)
    view.installEventFilter(_CopyKey(view))


def copy_action(view: QAbstractItemView, menu: QMenu) -> None:
    """Add "Copy with source" (Ctrl+C) to a view's context menu."""
    copy = menu.addAction(translate("copy_cite", COPY_TEXT))
    copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))  # shown; the view takes it
    copy.setEnabled(view.model() is not None and bool(selected_rows(view)))
    copy.triggered.connect(lambda _checked=False: copy_table(view))


def copy_menu(view: QAbstractItemView) -> QMenu:
    """The context menu of a view that copies but does not save (also used by tests)."""
    menu = QMenu(view)
    copy_action(view, menu)
    return menu


def add_copy_menu(view: QAbstractItemView) -> None:
    """Ctrl+C and a context menu that copy the selected rows with their sources."""
    install_table_copy(view)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(pos: QPoint) -> None:
        menu = copy_menu(view)
        menu.exec(view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    view.customContextMenuRequested.connect(show)
