""" "Save table as CSV/JSON…" on any table view: writes exactly what the view shows.
Its context menu also offers "Copy with source" (Ctrl+C), see ``copy_cite``.

Every row of the view's model (after its filters and sorting), the visible columns in
their on-screen order, the header texts as column names and each cell's display text.
The writing itself is :mod:`khorasan_desktop.data.tables` (atomic, UTF-8).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QTableView

from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from khorasan_desktop.data import tables
from khorasan_desktop.data.errors import DataError

FORMATS = {
    "csv": QT_TRANSLATE_NOOP("table_export", "CSV files (*.csv)"),
    "json": QT_TRANSLATE_NOOP("table_export", "JSON files (*.json)"),
}
ACTION_TEXT = {
    "csv": QT_TRANSLATE_NOOP("table_export", "Save table as CSV…"),
    "json": QT_TRANSLATE_NOOP("table_export", "Save table as JSON…"),
}


def model_table(model: QAbstractItemModel, columns: Sequence[int] | None = None) -> tables.Table:
    """The model's rows as a table: header texts, display values (``None`` stays blank)."""
    cols = list(range(model.columnCount())) if columns is None else list(columns)
    names = []
    for c in cols:
        header = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        names.append(
            str(header)
            if header is not None
            else translate("table_export", "column {value}").format(value=c + 1)
        )
    rows: list[tables.Row] = []
    for r in range(model.rowCount()):
        row = []
        for c in cols:
            value = model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)
            row.append(None if value is None else value if isinstance(value, int) else str(value))
        rows.append(tuple(row))
    return tables.Table(tuple(_unique(names)), rows)


def _unique(names: list[str]) -> list[str]:
    """Header texts as JSON keys: a repeated header gets `` (2)``, `` (3)``..."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


def export_model(
    model: QAbstractItemModel,
    path: Path,
    fmt: str,
    meta: Mapping[str, Any] | None = None,
    columns: Sequence[int] | None = None,
) -> int:
    """Write all rows of ``model`` (``columns``: which, in order; default all) as ``fmt``.
    Returns the number of rows written; raises DataError when the file cannot be written."""
    table = model_table(model, columns)
    tables.write_table(Path(path), fmt, table, meta)
    return len(table.rows)


def visible_columns(view: QTableView) -> list[int]:
    """Logical column numbers of the shown columns, in on-screen order."""
    header = view.horizontalHeader()
    model = view.model()
    if model is None:
        return []
    logical = [header.logicalIndex(v) for v in range(header.count())]
    return [c for c in logical if c >= 0 and not view.isColumnHidden(c)]


def export_menu(
    view: QTableView,
    describe: Callable[[], str],
    meta: Callable[[], Mapping[str, Any]] | None = None,
) -> QMenu:
    """The context menu: copy the selected rows with their sources, and the two save
    actions (also used by tests)."""
    from khorasan_desktop.ui.copy_cite import copy_action

    menu = QMenu(view)
    copy_action(view, menu)
    menu.addSeparator()
    for fmt in ("csv", "json"):
        action = menu.addAction(translate("table_export", ACTION_TEXT[fmt]))
        action.setEnabled(view.model() is not None and view.model().rowCount() > 0)
        action.triggered.connect(lambda _checked=False, f=fmt: save_view(view, f, describe, meta))
    return menu


def add_export_menu(
    view: QTableView,
    describe: Callable[[], str],
    meta: Callable[[], Mapping[str, Any]] | None = None,
) -> None:
    """Install the "Save table as…" context menu on ``view``. ``describe`` gives the text
    saved as the JSON ``meta.view`` (e.g. the view spec); ``meta`` may add more (data
    version, filter, caveat, attributions). Ctrl+C copies the selected rows with their
    sources (``copy_cite``)."""
    from khorasan_desktop.ui.copy_cite import install_table_copy

    install_table_copy(view)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(pos: QPoint) -> None:
        menu = export_menu(view, describe, meta)
        menu.exec(view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    view.customContextMenuRequested.connect(show)


def suggested_name(description: str, fmt: str) -> str:
    stem = re.sub(r"[^\w\-]+", "-", description, flags=re.UNICODE).strip("-")[:60]
    return f"{stem or 'table'}.{fmt}"


def save_view(
    view: QTableView,
    fmt: str,
    describe: Callable[[], str],
    meta: Callable[[], Mapping[str, Any]] | None = None,
) -> Path | None:
    """Ask for a file name and write the view there; errors are shown, not raised."""
    model = view.model()
    if model is None:
        return None
    description = describe()
    name, _ = QFileDialog.getSaveFileName(
        view,
        translate("table_export", ACTION_TEXT[fmt]).rstrip("…"),
        suggested_name(description, fmt),
        translate("table_export", FORMATS[fmt]),
    )
    if not name:
        return None
    path = Path(name)
    if not path.suffix:
        path = path.with_name(path.name + f".{fmt}")
    info: dict[str, Any] = {"view": description}
    if meta is not None:
        info.update(meta())
    try:
        export_model(model, path, fmt, info, visible_columns(view))
    except DataError as exc:
        QMessageBox.warning(view, translate("table_export", "Could not save the table"), str(exc))
        return None
    return path
