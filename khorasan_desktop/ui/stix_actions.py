"""File > Export > STIX 2.1 and File > Import > STIX 2.1, run in the background."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog, QWidget

from khorasan_desktop.core.i18n import translate
from khorasan_desktop.core.markings import TLP_PRESETS
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.ui.tasks import Task, TaskRunner


class _NotesSnapshot:
    """The user's notes read on the GUI thread, handed to the exporter's worker thread."""

    def __init__(self, notes: list[tuple[str, str, str]]) -> None:
        self._notes = notes

    def notes(self) -> list[tuple[str, str, str]]:
        return self._notes


def _export_worker(
    db_path: str,
    notes: list[tuple[str, str, str]],
    level: str | None,
    out: Path,
    *,
    progress: Any,
    cancelled: Any,
) -> int:
    from khorasan_desktop.data.files import write_text
    from khorasan_desktop.data.stix_export import build_bundle, serialize
    from khorasan_desktop.ui.query import thread_reference

    ref = thread_reference(db_path)
    bundle = build_bundle(
        ref,
        _NotesSnapshot(notes),  # type: ignore[arg-type]
        None,
        level,
        progress,
        cancelled,
    )
    write_text(out, serialize(bundle))
    return len(bundle.objects)


def _import_worker(
    db_path: str, user_db: Path, bundle: Path, *, progress: Any, cancelled: Any
) -> list[str]:
    from khorasan_desktop.data.stix_import import import_bundle
    from khorasan_desktop.ui.query import thread_reference

    ref = thread_reference(db_path)
    return import_bundle(user_db, bundle, progress, cancelled, ref).lines()


class StixActions(QObject):
    """Owns the dialogs and the background tasks of STIX export and import."""

    finished = Signal(str)  # a one-line summary for the status bar
    imported = Signal(str)  # a bundle was imported: its incidents are a new event source

    def __init__(self, parent: QWidget, ref: Reference, runner: TaskRunner) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.ref = ref
        self.runner = runner
        self.task: Task | None = None

    def _progress_dialog(self, text: str, task: Task) -> QProgressDialog:
        dialog = QProgressDialog(text, translate("StixActions", "Cancel"), 0, 0, self.parent_widget)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(task.cancel)

        def step(done: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)

        task.signals.progress.connect(step)
        task.signals.done.connect(dialog.reset)
        return dialog

    def export(self, notes: list[tuple[str, str, str]]) -> None:
        choices = [translate("StixActions", "(no marking)"), *TLP_PRESETS]
        label, ok = QInputDialog.getItem(
            self.parent_widget,
            translate("StixActions", "Export STIX 2.1"),
            translate("StixActions", "TLP marking for the bundle:"),
            choices,
            0,
            False,
        )
        if not ok:
            return
        name, _ = QFileDialog.getSaveFileName(
            self.parent_widget,
            translate("StixActions", "Export STIX 2.1"),
            str(Path.home() / "khorasan-stix.json"),
            translate("StixActions", "STIX bundle (*.json)"),
        )
        if name:
            level = None if label.startswith("(") else label
            self.export_to(Path(name), notes, level)

    def export_to(self, out: Path, notes: list[tuple[str, str, str]], level: str | None) -> Task:
        task = Task(_export_worker, str(self.ref.path), notes, level, out, with_progress=True)
        self._dialog = self._progress_dialog(
            translate("StixActions", "Building the STIX bundle…"), task
        )
        task.signals.finished.connect(
            lambda n: self.finished.emit(f"STIX bundle saved: {out} ({n} objects)")
        )
        task.signals.failed.connect(
            lambda m: QMessageBox.warning(
                self.parent_widget,
                translate("StixActions", "Export STIX 2.1"),
                translate("StixActions", "The bundle was not written.\n\n{message}").format(
                    message=m
                ),
            )
        )
        self.task = self.runner.start(task)
        return task

    def import_(self, user_db: Path) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            translate("StixActions", "Import STIX 2.1"),
            str(Path.home()),
            translate("StixActions", "STIX bundle (*.json);;All files (*)"),
        )
        if name:
            self.import_from(Path(name), user_db)

    def import_from(self, bundle: Path, user_db: Path) -> Task:
        task = Task(_import_worker, str(self.ref.path), user_db, bundle, with_progress=True)
        self._dialog = self._progress_dialog(
            translate("StixActions", "Importing the STIX bundle…"), task
        )

        def done(lines: list[str]) -> None:
            self.finished.emit(
                translate("StixActions", "Imported {name} into your data").format(name=bundle.name)
            )
            self.imported.emit(bundle.name)
            QMessageBox.information(
                self.parent_widget, translate("StixActions", "Import STIX 2.1"), "\n".join(lines)
            )

        task.signals.finished.connect(done)
        task.signals.failed.connect(
            lambda m: QMessageBox.warning(
                self.parent_widget,
                translate("StixActions", "Import STIX 2.1"),
                translate("StixActions", "Nothing was imported.\n\n{message}").format(message=m),
            )
        )
        self.task = self.runner.start(task)
        return task
