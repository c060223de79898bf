"""Help > Install data update: verify and install a reference-data pack in the background.

The running window keeps reading the database it opened; the new data is used from the
next start, and the user is told so.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from khorasan_desktop.ui.tasks import Task, TaskRunner


def _install_worker(pack: Path) -> list[str]:
    from khorasan_desktop.data.pack_report import report_lines
    from khorasan_desktop.data.packs import install_pack

    return report_lines(install_pack(pack))


class PackActions(QObject):
    finished = Signal(str)

    def __init__(self, parent: QWidget, runner: TaskRunner) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.runner = runner
        self.task: Task | None = None

    def install(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            "Install data update",
            str(Path.home()),
            "Khorasan Desktop data pack (*.zip *.kdpack);;All files (*)",
        )
        if name:
            self.install_from(Path(name))

    def install_from(self, pack: Path) -> Task:
        task = Task(_install_worker, pack)

        def done(lines: Any) -> None:
            text = "\n".join(lines)
            self.finished.emit(f"Data update checked: {pack.name}")
            QMessageBox.information(self.parent_widget, "Install data update", text)

        task.signals.finished.connect(done)
        task.signals.failed.connect(
            lambda m: QMessageBox.warning(self.parent_widget, "Install data update", m)
        )
        self.task = self.runner.start(task)
        return task
