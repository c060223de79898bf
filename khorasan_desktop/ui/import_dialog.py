"""File > Import data set…: a UCDP GED or ACLED CSV into the user's own data.

The dialog sniffs the file's header (bounded read, never the whole file) to tell the format,
previews the first rows, shows the actor mapping as an editable table and runs the import on
a worker thread with its own connections (the user database by path, the reference through
:func:`thread_reference`), with progress and Cancel. The importer writes in one transaction,
so a cancelled or failed import leaves the user's data exactly as it was.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from khorasan_desktop.core.i18n import translate
from khorasan_desktop.data.errors import DataError
from khorasan_desktop.data.events.formats import KINDS, spec_for
from khorasan_desktop.data.events.mapping import actor_mapping, reference_actors
from khorasan_desktop.data.events.report import EventImportReport
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.data.userdb import UserStore
from khorasan_desktop.ui.tasks import Task, TaskRunner

PREVIEW_ROWS = 20
PREVIEW_BYTES = 1024 * 1024  # the preview never reads more than this
PREVIEW_COLUMNS = {
    "ucdp": ("id", "date_start", "country", "adm_1", "side_a", "side_b", "best"),
    "acled": ("event_id_cnty", "event_date", "country", "admin1", "actor1", "actor2", "fatalities"),
}
KIND_TITLES = {"ucdp": "UCDP GED", "acled": "ACLED"}
ERROR_COLOUR = QColor("#a40000")
MUTED_COLOUR = QColor("#666666")


@dataclass
class Sniffed:
    """What the first bytes of a file say: its format (or why it has none) and a preview."""

    kind: str | None
    reason: str  # why not recognised; empty when recognised
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    complete: bool = False  # the preview reached the end of the file


def _names(header: list[str], aliases: Mapping[str, str]) -> list[str]:
    return [aliases.get(h.strip().lower(), h.strip().lower()) for h in header]


def sniff(path: Path) -> Sniffed:
    """Detect UCDP GED / ACLED from the header (as the importer reads it: lower-cased,
    older column names aliased) and read up to :data:`PREVIEW_ROWS` rows from at most
    :data:`PREVIEW_BYTES` bytes."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            raw = fh.read(PREVIEW_BYTES)
    except OSError as exc:
        return Sniffed(
            None,
            translate("import_dialog", "the file cannot be read ({value})").format(
                value=exc.strerror or exc
            ),
        )
    if not raw:
        return Sniffed(None, translate("import_dialog", "the file is empty"))
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Sniffed(
            None, translate("import_dialog", "the file is UTF-16 text; save it as UTF-8 CSV")
        )
    if raw.startswith(b"PK\x03\x04"):
        return Sniffed(
            None,
            translate(
                "import_dialog", "this is a ZIP or Excel file; unpack it or export it as CSV"
            ),
        )
    if b"\x00" in raw[:4096]:
        return Sniffed(None, translate("import_dialog", "this is not a text file"))
    complete = len(raw) >= size
    text = raw.decode("utf-8-sig", errors="replace")
    reader = csv.reader(io.StringIO(text, newline=""))
    rows: list[list[str]] = []
    try:
        header = next(reader, [])
        for row in reader:
            rows.append(row)
            if len(rows) > PREVIEW_ROWS:
                break
    except csv.Error as exc:
        if not rows:
            return Sniffed(
                None,
                translate("import_dialog", "the start of the file is not CSV ({exc})").format(
                    exc=exc
                ),
            )
    if len(rows) > PREVIEW_ROWS:
        complete = False
    elif not complete and rows:
        rows.pop()  # the last row read may be cut off by the byte limit
    rows = [r for r in rows[:PREVIEW_ROWS] if r]
    if not any(h.strip() for h in header):
        return Sniffed(
            None,
            translate(
                "import_dialog", "the first line is empty; a CSV file starts with its column names"
            ),
        )
    missing: dict[str, list[str]] = {}
    for kind in KINDS:
        spec = spec_for(kind)
        names = _names(header, spec.aliases)
        missing[kind] = [c for c in spec.required if c not in names]
        if not missing[kind]:
            return Sniffed(kind, "", header, rows, complete)
    start = ", ".join(h.strip() for h in header[:6] if h.strip())
    lacks = "; ".join(f"{KIND_TITLES[k]} needs {', '.join(m)}" for k, m in missing.items() if m)
    return Sniffed(
        None,
        translate(
            "import_dialog",
            "the header is neither UCDP GED nor ACLED ({lacks}); it starts with {value}",
        ).format(lacks=lacks, value=start[:120]),
        header,
        rows,
        complete,
    )


def _import_worker(
    user_db: Path,
    ref_path: str,
    kind: str,
    path: Path,
    name: str,
    custom: dict[str, str | None],
    holder: dict[str, EventImportReport],
    *,
    progress: Any,
    cancelled: Any,
) -> EventImportReport:
    """Runs on a pool thread: its own reference connection; the user database by path."""
    from khorasan_desktop.data.events.writer import import_event_file
    from khorasan_desktop.ui.query import thread_reference

    ref = thread_reference(ref_path)
    report = import_event_file(
        user_db,
        kind,
        path,
        ref,
        name=name,
        mapping=custom,
        progress=progress,
        cancelled=cancelled,
    )
    holder["report"] = report  # committed: seen even if Cancel came a moment too late
    return report


def _item(text: str, editable: bool = False, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    if editable:
        flags |= Qt.ItemFlag.ItemIsEditable
    item.setFlags(flags)
    if tip:
        item.setToolTip(tip)
    return item


def _megabytes(n: int) -> str:
    return f"{n / 1048576:.1f} MB"


class ImportDialog(QDialog):
    """Choose a UCDP GED or ACLED CSV, check format, preview and actor mapping, import."""

    imported = Signal(str)  # the data set's name, once its import is committed

    KEY, ACTOR, SHOWN = range(3)

    def __init__(
        self,
        ref: Reference,
        user: UserStore,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ImportDialog", "Import data set"))
        self.ref = ref
        self.user = user
        self.runner = runner
        self.path: Path | None = None
        self.sniffed: Sniffed | None = None
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None
        self.report: EventImportReport | None = None
        self._defaults: dict[str, str | None] = {}
        self._actors: dict[str, str] = {}
        self._filling = False
        self._mapping_ok = True
        self._holder: dict[str, EventImportReport] = {}

        # file and format
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(translate("ImportDialog", "A UCDP GED or ACLED CSV file"))
        self.file_edit.setAccessibleName(translate("ImportDialog", "File to import"))
        choose = QPushButton(translate("ImportDialog", "Choose…"))
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(choose)
        self.format_label = QLabel(translate("ImportDialog", "No file chosen."))
        self.format_label.setWordWrap(True)
        self.format_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(translate("ImportDialog", "Data set name"))
        self.name_edit.setToolTip(
            translate(
                "ImportDialog",
                "Imported events are kept under this name in your own data. Importing "
                "again under the same name updates the data set in place.",
            )
        )
        self.name_edit.textChanged.connect(lambda _t: self._update_state())
        self.name_note = QLabel()
        self.name_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("ImportDialog", "File"), file_row)
        form.addRow(translate("ImportDialog", "Format"), self.format_label)
        form.addRow(translate("ImportDialog", "Data set name"), self.name_edit)
        form.addRow("", self.name_note)

        # preview
        self.preview = QTableWidget(0, 0)
        self.preview.setAccessibleName(translate("ImportDialog", "Preview of the first rows"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setWordWrap(False)
        self.preview.verticalHeader().setVisible(False)
        row_height = self.fontMetrics().height() + 8
        self.preview.verticalHeader().setDefaultSectionSize(row_height)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        preview_box = QGroupBox(translate("ImportDialog", "Preview"))
        pl = QVBoxLayout(preview_box)
        pl.addWidget(self.preview, 1)
        pl.addWidget(self.preview_note)

        # actor mapping
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setAccessibleName(translate("ImportDialog", "Actor mapping"))
        self.mapping_table.setHorizontalHeaderLabels(
            [
                translate("ImportDialog", "Source name or rule"),
                translate("ImportDialog", "Our actor id"),
                translate("ImportDialog", "Reference actor"),
            ]
        )
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.verticalHeader().setDefaultSectionSize(row_height)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(self.KEY, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.ACTOR, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.mapping_table.itemChanged.connect(self._mapping_edited)
        add_rule = QPushButton(translate("ImportDialog", "Add rule"))
        add_rule.setToolTip(
            translate(
                "ImportDialog", "Map another source actor name (or a 're:' pattern) to our actor"
            )
        )
        add_rule.clicked.connect(self.add_rule)
        self.add_rule_button = add_rule
        self.mapping_error = QLabel()
        self.mapping_error.setWordWrap(True)
        self.mapping_error.setStyleSheet("color: #a40000;")
        self.mapping_error.hide()
        help_label = QLabel(
            translate(
                "ImportDialog",
                "Edit an actor id to map a source actor to another reference actor; "
                "clear it to keep the source's name. 'NAME @ COUNTRY' applies in that "
                "country only; 're:' starts a pattern. Other actors keep their source "
                "names.",
            )
        )
        help_label.setWordWrap(True)
        help_label.setStyleSheet("color: #555;")
        mapping_box = QGroupBox(translate("ImportDialog", "Actor mapping"))
        ml = QVBoxLayout(mapping_box)
        ml.addWidget(self.mapping_table, 1)
        row = QHBoxLayout()
        row.addWidget(help_label, 1)
        row.addWidget(add_rule, 0, Qt.AlignmentFlag.AlignTop)
        ml.addLayout(row)
        ml.addWidget(self.mapping_error)

        # report
        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.report_view.setAccessibleName(translate("ImportDialog", "Import report"))
        self.report_view.setPlaceholderText(
            translate("ImportDialog", "The import report appears here.")
        )
        self.report_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        fixed = QFont("monospace")
        fixed.setStyleHint(QFont.StyleHint.Monospace)
        self.report_view.setFont(fixed)
        report_box = QGroupBox(translate("ImportDialog", "Report"))
        rl = QVBoxLayout(report_box)
        rl.addWidget(self.report_view)
        self.report_box = report_box
        report_box.hide()

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        for w in (preview_box, mapping_box, report_box):
            self.splitter.addWidget(w)
        self.splitter.setSizes([300, 320, 0])

        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = QPushButton(translate("ImportDialog", "Import"))
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        self.resize(960, 760)

    # -- file ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        start = str(self.path.parent) if self.path else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("ImportDialog", "Import data set"),
            start,
            translate("ImportDialog", "CSV files (*.csv *.txt);;All files (*)"),
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        """Show ``path``: detected format, preview, default name and actor mapping."""
        self.path = Path(path)
        self.file_edit.setText(str(self.path))
        self.file_edit.setToolTip(str(self.path))
        self.sniffed = sniff(self.path)
        self.report = None
        self.report_view.clear()
        self.report_box.hide()
        self.status.clear()
        kind = self.sniffed.kind
        if kind is None:
            self.format_label.setText(
                translate("ImportDialog", "Not recognised: {reason}.").format(
                    reason=self.sniffed.reason
                )
            )
            self.format_label.setStyleSheet("color: #a40000;")
        else:
            spec = spec_for(kind)
            release = spec.release(self.path.name)
            text = spec.title + (
                translate("ImportDialog", ", release {release}").format(release=release)
                if release
                else ""
            )
            self.format_label.setText(
                translate("ImportDialog", "{text} · licence: {licence}").format(
                    text=text, licence=spec.licence
                )
            )
            self.format_label.setStyleSheet("")
        self.name_edit.setText(self.path.stem)
        self._fill_preview()
        self._fill_mapping()
        self._update_state()

    def detected_kind(self) -> str | None:
        """'ucdp', 'acled', or None when no file is loaded or its format is not recognised."""
        return self.sniffed.kind if self.sniffed else None

    def preview_rows(self) -> int:
        return self.preview.rowCount()

    def _fill_preview(self) -> None:
        sn = self.sniffed
        self.preview.clear()
        if sn is None or not sn.header:
            self.preview.setRowCount(0)
            self.preview.setColumnCount(0)
            self.preview_note.setText("")
            return
        names = _names(sn.header, spec_for(sn.kind).aliases if sn.kind else {})
        if sn.kind:
            wanted = [c for c in PREVIEW_COLUMNS[sn.kind] if c in names]
            cols = [names.index(c) for c in wanted]
        else:
            cols = list(range(min(len(names), 7)))
        self.preview.setColumnCount(len(cols))
        self.preview.setHorizontalHeaderLabels([sn.header[c].strip() for c in cols])
        self.preview.setRowCount(len(sn.rows))
        for r, row in enumerate(sn.rows):
            for c, col in enumerate(cols):
                value = row[col] if col < len(row) else ""
                one_line = " ".join(value.split())
                item = _item(one_line[:200], tip=value[:1000] if len(one_line) > 40 else "")
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()
        for c in range(len(cols)):
            self.preview.setColumnWidth(c, min(self.preview.columnWidth(c), 260))
        shown = len(sn.rows)
        if sn.complete:
            note = translate("ImportDialog", "All {shown} rows of the file.").format(shown=shown)
        else:
            note = translate(
                "ImportDialog", "The first {shown} rows of the file; the import reads all of it."
            ).format(shown=shown)
        if sn.kind is None:
            note += translate(
                "ImportDialog", " (The first columns, as the format is not recognised.)"
            )
        self.preview_note.setText(note.strip())

    # -- actor mapping ---------------------------------------------------------------------
    def _fill_mapping(self) -> None:
        self._filling = True
        self.mapping_table.setRowCount(0)
        self.mapping_error.clear()
        self._defaults = {}
        kind = self.detected_kind()
        if kind is not None:
            try:
                self._actors = reference_actors(self.ref)
                self._defaults = actor_mapping(kind, self.ref).to_json()
            except DataError as exc:
                self.mapping_error.setText(
                    translate("ImportDialog", "Actor mapping: {exc}").format(exc=exc)
                )
            for key, actor_id in self._defaults.items():
                self._append_rule(key, actor_id, key_editable=False)
        self._filling = False
        self.mapping_table.setEnabled(kind is not None)
        self.add_rule_button.setEnabled(kind is not None)
        self.mapping_table.resizeColumnToContents(self.KEY)
        self.mapping_table.setColumnWidth(
            self.KEY, max(220, min(self.mapping_table.columnWidth(self.KEY) + 16, 420))
        )
        self.mapping_table.setColumnWidth(self.ACTOR, 220)
        self._validate_mapping()

    def _append_rule(self, key: str, actor_id: str | None, key_editable: bool) -> int:
        row = self.mapping_table.rowCount()
        self.mapping_table.insertRow(row)
        tip = (
            ""
            if key_editable
            else translate("ImportDialog", "A default rule; change or clear its actor id.")
        )
        self.mapping_table.setItem(row, self.KEY, _item(key, key_editable, tip))
        self.mapping_table.setItem(
            row,
            self.ACTOR,
            _item(
                actor_id or "",
                True,
                translate(
                    "ImportDialog",
                    "An actor id (or name) from the reference; empty: keep the source name",
                ),
            ),
        )
        self.mapping_table.setItem(row, self.SHOWN, _item(""))
        return row

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.mapping_table.item(row, column)
        if item is None:  # every row gets its three items in _append_rule
            item = _item("", editable=column != self.SHOWN)
            self.mapping_table.setItem(row, column, item)
        return item

    def add_rule(self) -> None:
        """A new, empty rule at the end of the table, its source name ready for typing."""
        self._filling = True
        row = self._append_rule("", None, key_editable=True)
        self._filling = False
        self._validate_mapping()
        item = self._cell(row, self.KEY)
        self.mapping_table.setCurrentItem(item)
        self.mapping_table.editItem(item)

    def mapping(self) -> dict[str, str | None]:
        """The table as ``{source name or rule: actor id or None (keep the source name)}``."""
        out: dict[str, str | None] = {}
        for row in range(self.mapping_table.rowCount()):
            key_item = self.mapping_table.item(row, self.KEY)
            value_item = self.mapping_table.item(row, self.ACTOR)
            key = key_item.text().strip() if key_item else ""
            if key:
                out[key] = (value_item.text().strip() if value_item else "") or None
        return out

    def set_mapping_value(self, key: str, actor_id: str | None) -> None:
        """Set the actor id of the rule ``key`` (added when missing), as a user edit would."""
        for row in range(self.mapping_table.rowCount()):
            item = self.mapping_table.item(row, self.KEY)
            if item is not None and item.text().strip() == key:
                self._cell(row, self.ACTOR).setText(actor_id or "")
                return
        self._filling = True
        row = self._append_rule(key, None, key_editable=True)
        self._filling = False
        self._cell(row, self.ACTOR).setText(actor_id or "")

    def custom_mapping(self) -> dict[str, str | None]:
        """The rules the user changed or added (what the importer takes as ``mapping``)."""
        return {
            k: v
            for k, v in self.mapping().items()
            if k not in self._defaults or self._defaults[k] != v
        }

    def _mapping_edited(self, _changed: QTableWidgetItem) -> None:
        if not self._filling:
            self._validate_mapping()

    def _resolve(self, value: str) -> tuple[str | None, str]:
        """(actor id or None, what to show); id None with a message when not an actor."""
        if value in self._actors:
            return value, self._actors[value]
        try:
            found = self.ref.resolve(value, "actor")
        except DataError:
            return None, translate(
                "ImportDialog", "not an actor in the reference: {value!r}"
            ).format(value=value)
        return found, f"{self._actors.get(found, found)} ({found})"

    def _validate_mapping(self) -> bool:
        """Check every row: show the reference actor, or mark the row; True when all fit."""
        problems: list[str] = []
        self._filling = True
        seen: set[str] = set()
        for row in range(self.mapping_table.rowCount()):
            key_item = self.mapping_table.item(row, self.KEY)
            value_item = self.mapping_table.item(row, self.ACTOR)
            shown = self._cell(row, self.SHOWN)
            key = key_item.text().strip() if key_item else ""
            value = value_item.text().strip() if value_item else ""
            error = ""
            if not key:
                text = translate("ImportDialog", "(no source name: rule ignored)") if value else ""
                colour = MUTED_COLOUR
            elif key in seen:
                error = translate("ImportDialog", "{key!r} appears twice").format(key=key)
                text, colour = error, ERROR_COLOUR
            elif not value:
                text, colour = translate("ImportDialog", "(kept as in source)"), MUTED_COLOUR
            else:
                found, text = self._resolve(value)
                colour = QColor() if found else ERROR_COLOUR
                if found is None:
                    error = f"{key}: {text}"
            if key:
                seen.add(key)
            shown.setText(text)
            shown.setForeground(QBrush(colour) if colour.isValid() else QBrush())
            shown.setToolTip(text)
            if value_item is not None:
                value_item.setForeground(QBrush(ERROR_COLOUR) if error else QBrush())
            if error:
                problems.append(error)
        self._filling = False
        if problems:
            self.mapping_error.setText(
                translate("ImportDialog", "Fix the actor mapping before importing: ")
                + "; ".join(problems[:3])
                + (
                    translate("ImportDialog", " (and {value} more)").format(value=len(problems) - 3)
                    if len(problems) > 3
                    else ""
                )
            )
        elif not self.mapping_error.text().startswith("Actor mapping"):
            self.mapping_error.clear()
        self.mapping_error.setVisible(bool(self.mapping_error.text()))
        self._mapping_ok = not problems
        self._update_state()
        return not problems

    # -- state -----------------------------------------------------------------------------
    def _update_state(self) -> None:
        name = self.name_edit.text().strip()
        kind = self.detected_kind()
        note = ""
        try:
            existing = {d.name: d for d in self.user.event_datasets()} if name else {}
        except DataError:
            existing = {}
        if kind and name in existing:
            ds = existing[name]
            if ds.kind == kind:
                note = translate(
                    "ImportDialog",
                    "A {value} data set named {name!r} exists ({row_count} events): "
                    "importing updates it in place.",
                ).format(value=KIND_TITLES[kind], name=name, row_count=ds.row_count)
            else:
                note = translate(
                    "ImportDialog", "A {kind} data set has this name; choose another name."
                ).format(kind=ds.kind.upper())
        self.name_note.setText(note)
        self.name_note.setVisible(bool(note))
        ready = (
            kind is not None
            and bool(name)
            and self._mapping_ok
            and str(self.user.path) != ":memory:"
            and self.task is None
        )
        self.import_button.setEnabled(ready)
        if str(self.user.path) == ":memory:":
            self.status.setText(
                translate(
                    "ImportDialog",
                    "Your data folder cannot be opened this session, so imports cannot be saved.",
                )
            )

    # -- import ----------------------------------------------------------------------------
    def start_import(self) -> Task | None:
        """Import the file on a worker thread; None (with the reason shown) when it cannot
        start: no recognised file, no name, or an actor id not in the reference."""
        kind = self.detected_kind()
        name = self.name_edit.text().strip()
        if self.path is None or kind is None:
            self.status.setText(
                translate("ImportDialog", "Choose a UCDP GED or ACLED CSV file first.")
            )
            return None
        if not name:
            self.status.setText(translate("ImportDialog", "The data set needs a name."))
            return None
        if not self._validate_mapping():
            return None
        custom = self.custom_mapping()
        try:
            actor_mapping(kind, self.ref, custom)  # the importer's own check, before starting
        except DataError as exc:
            self.mapping_error.setText(str(exc))
            self.mapping_error.show()
            return None
        holder: dict[str, EventImportReport] = {}
        self._holder = holder
        task = Task(
            _import_worker,
            Path(self.user.path),
            str(self.ref.path),
            kind,
            self.path,
            name,
            custom,
            holder,
            with_progress=True,
        )
        size = max(self.path.stat().st_size if self.path.exists() else 0, 1)
        self.progress = QProgressDialog(
            translate("ImportDialog", "Importing {name}…").format(name=self.path.name),
            translate("ImportDialog", "Cancel"),
            0,
            max(size // 1024, 1),
            self,
        )
        self.progress.setWindowTitle(translate("ImportDialog", "Import data set"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self._cancel_task)
        task.signals.progress.connect(self._progress)
        task.signals.finished.connect(self._finished)
        task.signals.failed.connect(self._failed)
        task.signals.done.connect(self._done)
        self.status.setText(
            translate("ImportDialog", "Importing {name} as {dataset!r}…").format(
                name=self.path.name, dataset=name
            )
        )
        self.task = task
        self._update_state()
        self.runner.start(task)
        return task

    def _cancel_task(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(translate("ImportDialog", "Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        if self.progress is not None and total > 0:
            self.progress.setMaximum(max(total // 1024, 1))
            self.progress.setValue(min(done // 1024, self.progress.maximum()))
            self.progress.setLabelText(
                translate("ImportDialog", "Importing {file}… {done} of {total} read").format(
                    file=self.path.name if self.path else "",
                    done=_megabytes(done),
                    total=_megabytes(total),
                )
            )

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self._cancel_task)
            self.progress.reset()
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None

    def _finished(self, report: EventImportReport) -> None:
        self.report = report
        self._show_report("\n".join(report.lines()))
        verb = (
            translate("ImportDialog", "Updated")
            if report.replaced
            else translate("ImportDialog", "Imported")
        )
        self.status.setText(
            translate("ImportDialog", "{verb} {row_count} events as {dataset!r}").format(
                verb=verb, row_count=report.row_count, dataset=report.dataset
            )
            + (
                translate("ImportDialog", "; {skipped} bad rows skipped (see the report).").format(
                    skipped=report.skipped
                )
                if report.skipped
                else "."
            )
        )
        self.status.setStyleSheet("")
        self.imported.emit(report.dataset)

    def _show_report(self, text: str) -> None:
        self.report_view.setPlainText(text)
        if self.report_box.isHidden():
            self.report_box.show()
            total = sum(self.splitter.sizes())
            self.splitter.setSizes([total * 3 // 10, total * 3 // 10, total * 4 // 10])

    def _failed(self, message: str) -> None:
        self._show_report(
            translate("ImportDialog", "Nothing was imported.\n\n{message}").format(message=message)
        )
        self.status.setText(
            translate("ImportDialog", "The import failed; your data is unchanged (see the report).")
        )
        self.status.setStyleSheet("color: #a40000;")

    def _done(self) -> None:
        self._close_progress()
        if self.task is not None and self.task.is_cancelled:
            if "report" in self._holder:  # Cancel came after the import was committed
                self._finished(self._holder["report"])
            else:
                self.status.setText(
                    translate(
                        "ImportDialog",
                        "Import cancelled: nothing was imported, your data is unchanged.",
                    )
                )
                self.status.setStyleSheet("")
        self.task = None
        self._update_state()

    def reject(self) -> None:
        """Close; a running import is cancelled first (it then writes nothing)."""
        if self.task is not None:
            self.task.cancel()
        super().reject()
