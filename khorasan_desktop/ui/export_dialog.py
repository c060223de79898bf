"""File > Export to PDF: choose views, title, author and handling banner; export in the
background with progress and Cancel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from khorasan_desktop import paths
from khorasan_desktop.core.i18n import translate
from khorasan_desktop.core.viewspec import ViewSpec
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.report import compose
from khorasan_desktop.ui.tasks import Task, TaskRunner
from khorasan_desktop.views import registry
from khorasan_desktop.views.notes import UserContent
from khorasan_desktop.views.registry import LoadedView

SpecRole = Qt.ItemDataRole.UserRole + 20


def _load_in_worker(
    db_path: str,
    specs: list[ViewSpec],
    user_db: Path,
    notes: UserContent,
    max_rows: int | None,
    *,
    progress: Any,
    cancelled: Any,
) -> list[LoadedView]:
    """Resolve and load every view once, on a pool thread with its own connection; long
    tables only as far as the report prints them."""
    from khorasan_desktop.ui.query import thread_reference

    return registry.load_all(thread_reference(db_path), specs, user_db, notes, cancelled, max_rows)


def _write_in_worker(
    db_path: str,
    loaded: list[LoadedView],
    pictures: dict[str, Any],
    options: compose.ReportOptions,
    out: Path,
    *,
    progress: Any,
    cancelled: Any,
) -> int:
    """Compose and write on a pool thread with its own read-only connection."""
    from khorasan_desktop.ui.query import thread_reference

    ref = thread_reference(db_path)
    return compose.write_report(ref, loaded, pictures, options, out, progress, cancelled)


def _count_in_worker(
    db_path: str,
    loaded: list[LoadedView],
    pictures: dict[str, Any],
    options: compose.ReportOptions,
) -> int:
    """Compose the report as it would be written and count its pages (no file)."""
    from khorasan_desktop.ui.query import thread_reference

    ref = thread_reference(db_path)
    return compose.compose(ref, loaded, pictures, options).page_count()


class ExportDialog(QDialog):
    exported = Signal(str, int)  # path, pages
    pagesCounted = Signal(int)

    def __init__(
        self,
        ref: Reference,
        runner: TaskRunner,
        candidates: list[tuple[str, ViewSpec, bool]],
        notes: UserContent,
        parent: QWidget | None = None,
        user_db: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.user_db = user_db or paths.user_db()
        self.setWindowTitle(translate("ExportDialog", "Export to PDF"))
        self.ref = ref
        self.runner = runner
        self.notes = notes
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None

        self.title = QLineEdit(translate("ExportDialog", "Khorasan Desktop report"))
        self.author = QLineEdit()
        self.author.setPlaceholderText(
            translate("ExportDialog", "Name, team or organisation (optional)")
        )
        self.banner = QComboBox()
        self.banner.setEditable(True)
        self.banner.addItem("")
        for preset in (*compose.TLP_PRESETS, *compose.CLASSIFICATION_PRESETS):
            self.banner.addItem(preset)
        self.banner.setToolTip(
            translate(
                "ExportDialog",
                "Printed at the top and bottom of every page. TLP 2.0 labels or a "
                "classification marking; free text is allowed.",
            )
        )
        self.max_rows = QSpinBox()
        self.max_rows.setRange(0, 1_000_000)
        self.max_rows.setSingleStep(50)
        self.max_rows.setValue(compose.MAX_ROWS)
        self.max_rows.setSpecialValueText(translate("ExportDialog", "every row"))
        self.max_rows.setAccessibleName(translate("ExportDialog", "Rows per long table"))
        self.max_rows.setToolTip(
            translate(
                "ExportDialog",
                "Long tables print this many rows and say how many there are; the CSV "
                "and JSON exports always hold every row. 0 prints every row.",
            )
        )
        # The form's labels are drawn beside the fields; the reader hears these names.
        self.title.setAccessibleName(translate("ExportDialog", "Title"))
        self.author.setAccessibleName(translate("ExportDialog", "Author"))
        self.banner.setAccessibleName(translate("ExportDialog", "Handling banner"))
        form = QFormLayout()
        form.addRow(translate("ExportDialog", "Title"), self.title)
        form.addRow(translate("ExportDialog", "Author"), self.author)
        form.addRow(translate("ExportDialog", "Handling banner"), self.banner)
        form.addRow(translate("ExportDialog", "Rows per long table"), self.max_rows)

        self.items = QListWidget()
        self.items.setAccessibleName(translate("ExportDialog", "Views to include"))
        for label, spec, checked in candidates:
            item = QListWidgetItem(label)
            item.setData(SpecRole, spec)
            item.setToolTip(spec.text())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.items.addItem(item)
        self.pages = QLabel(translate("ExportDialog", "Pages: not counted yet"))
        count = QPushButton(translate("ExportDialog", "Count pages"))
        count.clicked.connect(self.count_pages)
        row = QHBoxLayout()
        row.addWidget(self.pages, 1)
        row.addWidget(count)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            translate("ExportDialog", "Export…")
        )
        buttons.accepted.connect(self.choose_and_export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("ExportDialog", "Views and items, in this order:")))
        layout.addWidget(self.items, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(560, 480)

    def specs(self) -> list[ViewSpec]:
        out = []
        for i in range(self.items.count()):
            item = self.items.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(SpecRole))
        return out

    def options(self) -> compose.ReportOptions:
        return compose.ReportOptions(
            self.title.text().strip() or translate("ExportDialog", "Khorasan Desktop report"),
            self.author.text().strip(),
            self.banner.currentText().strip(),
            self.user_db,
            self.max_rows.value(),
        )

    def count_pages(self) -> Task | None:
        """Count the pages the chosen views make, in the background like the export:
        load on a worker, record the pictures here, compose and count on a worker."""
        specs = self.specs()
        if not specs:
            self.pages.setText(translate("ExportDialog", "Pages: choose at least one view"))
            return None
        self.pages.setText(translate("ExportDialog", "Pages: counting…"))
        load = Task(
            _load_in_worker,
            str(self.ref.path),
            specs,
            self.user_db,
            self.notes,
            self.options().row_cap,
            with_progress=True,
        )
        load.signals.finished.connect(self._count_loaded)
        load.signals.failed.connect(self._count_failed)
        return self.runner.start(load)

    def _count_loaded(self, loaded: list[LoadedView]) -> None:
        pictures = compose.record_pictures(self.ref, loaded)
        task = Task(_count_in_worker, str(self.ref.path), loaded, pictures, self.options())
        task.signals.finished.connect(self._counted)
        task.signals.failed.connect(self._count_failed)
        self.runner.start(task)

    def _counted(self, pages: int) -> None:
        self.pages.setText(translate("ExportDialog", "Pages: {pages}").format(pages=pages))
        self.pagesCounted.emit(int(pages))

    def _count_failed(self, message: str) -> None:
        self.pages.setText(
            translate("ExportDialog", "Pages: could not count ({message})").format(message=message)
        )

    def choose_and_export(self) -> None:
        if not self.specs():
            QMessageBox.information(
                self,
                translate("ExportDialog", "Export to PDF"),
                translate("ExportDialog", "Choose at least one view."),
            )
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("ExportDialog", "Export to PDF"),
            str(Path.home() / "khorasan-report.pdf"),
            translate("ExportDialog", "PDF (*.pdf)"),
        )
        if name:
            if not name.lower().endswith(".pdf"):
                name += ".pdf"
            self.export_to(Path(name))

    def export_to(self, out: Path) -> Task:
        """Load the views on a worker thread, record their pictures here (scenes measure
        text on the GUI thread), then write the PDF on a worker thread. Returns the first
        task; Cancel stops whichever is running."""
        load = Task(
            _load_in_worker,
            str(self.ref.path),
            self.specs(),
            self.user_db,
            self.notes,
            self.options().row_cap,
            with_progress=True,
        )
        self.progress = QProgressDialog(
            translate("ExportDialog", "Writing the report…"),
            translate("ExportDialog", "Cancel"),
            0,
            0,
            self,
        )
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(lambda: self.task.cancel() if self.task else None)
        load.signals.finished.connect(lambda loaded: self._write(loaded, out))
        load.signals.failed.connect(self._failed)
        self.task = self.runner.start(load)
        return load

    def _write(self, loaded: list[LoadedView], out: Path) -> None:
        pictures = compose.record_pictures(self.ref, loaded)
        task = Task(
            _write_in_worker,
            str(self.ref.path),
            loaded,
            pictures,
            self.options(),
            out,
            with_progress=True,
        )
        task.signals.progress.connect(self._progress)
        task.signals.finished.connect(lambda pages: self._done(out, int(pages)))
        task.signals.failed.connect(self._failed)
        self.task = self.runner.start(task)

    def _progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _done(self, out: Path, pages: int) -> None:
        if self.progress is not None:
            self.progress.reset()
        self.exported.emit(str(out), pages)
        self.accept()

    def _failed(self, message: str) -> None:
        if self.progress is not None:
            self.progress.reset()
        QMessageBox.warning(
            self,
            translate("ExportDialog", "Export to PDF"),
            translate("ExportDialog", "The report was not written.\n\n{message}").format(
                message=message
            ),
        )
