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
    QVBoxLayout,
    QWidget,
)

from khorasan_desktop.core.viewspec import ViewSpec
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.report import compose
from khorasan_desktop.ui.tasks import Task, TaskRunner
from khorasan_desktop.views.notes import UserContent

SpecRole = Qt.ItemDataRole.UserRole + 20


def _write_in_worker(
    db_path: str,
    specs: list[ViewSpec],
    pictures: dict[str, Any],
    options: compose.ReportOptions,
    out: Path,
    notes: UserContent,
    *,
    progress: Any,
    cancelled: Any,
) -> int:
    """Runs on a pool thread with its own read-only connection."""
    from khorasan_desktop.ui.query import thread_reference

    ref = thread_reference(db_path)
    return compose.write_report(ref, specs, pictures, options, out, notes, progress, cancelled)


class ExportDialog(QDialog):
    exported = Signal(str, int)  # path, pages

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
        self.user_db = user_db
        self.setWindowTitle("Export to PDF")
        self.ref = ref
        self.runner = runner
        self.notes = notes
        self.task: Task | None = None
        self.progress: QProgressDialog | None = None

        self.title = QLineEdit("Khorasan Desktop report")
        self.author = QLineEdit()
        self.author.setPlaceholderText("Name, team or organisation (optional)")
        self.banner = QComboBox()
        self.banner.setEditable(True)
        self.banner.addItem("")
        for preset in (*compose.TLP_PRESETS, *compose.CLASSIFICATION_PRESETS):
            self.banner.addItem(preset)
        self.banner.setToolTip(
            "Printed at the top and bottom of every page. TLP 2.0 labels or a "
            "classification marking; free text is allowed."
        )
        form = QFormLayout()
        form.addRow("Title", self.title)
        form.addRow("Author", self.author)
        form.addRow("Handling banner", self.banner)

        self.items = QListWidget()
        self.items.setAccessibleName("Views to include")
        for label, spec, checked in candidates:
            item = QListWidgetItem(label)
            item.setData(SpecRole, spec)
            item.setToolTip(spec.text())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.items.addItem(item)
        self.pages = QLabel("Pages: not counted yet")
        count = QPushButton("Count pages")
        count.clicked.connect(self.count_pages)
        row = QHBoxLayout()
        row.addWidget(self.pages, 1)
        row.addWidget(count)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText("Export…")
        buttons.accepted.connect(self.choose_and_export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel("Views and items, in this order:"))
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
            self.title.text().strip() or "Khorasan Desktop report",
            self.author.text().strip(),
            self.banner.currentText().strip(),
            self.user_db,
        )

    def count_pages(self) -> int:
        specs = self.specs()
        if not specs:
            self.pages.setText("Pages: choose at least one view")
            return 0
        pictures = compose.record_pictures(self.ref, specs, self.user_db)
        doc = compose.compose(self.ref, specs, pictures, self.options(), self.notes)
        n = doc.page_count()
        self.pages.setText(f"Pages: {n}")
        return n

    def choose_and_export(self) -> None:
        if not self.specs():
            QMessageBox.information(self, "Export to PDF", "Choose at least one view.")
            return
        name, _ = QFileDialog.getSaveFileName(
            self, "Export to PDF", str(Path.home() / "khorasan-report.pdf"), "PDF (*.pdf)"
        )
        if name:
            if not name.lower().endswith(".pdf"):
                name += ".pdf"
            self.export_to(Path(name))

    def export_to(self, out: Path) -> Task:
        """Record the pictures here, then write the PDF on a worker thread."""
        specs = self.specs()
        pictures = compose.record_pictures(self.ref, specs, self.user_db)
        task = Task(
            _write_in_worker,
            str(self.ref.path),
            specs,
            pictures,
            self.options(),
            out,
            self.notes,
            with_progress=True,
        )
        self.progress = QProgressDialog("Writing the report…", "Cancel", 0, 0, self)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(task.cancel)
        task.signals.progress.connect(self._progress)
        task.signals.finished.connect(lambda pages: self._done(out, int(pages)))
        task.signals.failed.connect(self._failed)
        self.task = self.runner.start(task)
        return task

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
        QMessageBox.warning(self, "Export to PDF", f"The report was not written.\n\n{message}")
