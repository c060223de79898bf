"""Help > Install data update: verify and install a reference-data pack in the background;
Help > Trust a publisher key: add a public key to the keyring after the user confirmed its
fingerprint.

The running window keeps reading the database it opened; the new data is used from the
next start, and the user is told so. A refused pack (unsigned, unknown key, altered) is one
line in a warning.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from khorasan_desktop.core.i18n import translate
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
            translate("PackActions", "Install data update"),
            str(Path.home()),
            translate("PackActions", "Khorasan Desktop data pack (*.zip *.kdpack);;All files (*)"),
        )
        if name:
            self.install_from(Path(name))

    def install_from(self, pack: Path) -> Task:
        task = Task(_install_worker, pack)

        def done(lines: Any) -> None:
            text = "\n".join(lines)
            self.finished.emit(
                translate("PackActions", "Data update checked: {name}").format(name=pack.name)
            )
            QMessageBox.information(
                self.parent_widget, translate("PackActions", "Install data update"), text
            )

        task.signals.finished.connect(done)
        task.signals.failed.connect(
            lambda m: QMessageBox.warning(
                self.parent_widget, translate("PackActions", "Install data update"), m
            )
        )
        self.task = self.runner.start(task)
        return task

    def trust_key(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            translate("PackActions", "Trust a publisher key"),
            str(Path.home()),
            translate("PackActions", "Public key (*.pem *.pub);;All files (*)"),
        )
        if name:
            self.trust_key_from(Path(name))

    def trust_key_from(self, path: Path) -> bool:
        """Show the key's fingerprint, ask, and trust it only on Yes; True when trusted."""
        from khorasan_desktop.data import signing
        from khorasan_desktop.data.errors import DataError

        title = translate("PackActions", "Trust a publisher key")
        try:
            fp = signing.fingerprint(signing.load_public_key(path))
        except DataError as exc:
            QMessageBox.warning(self.parent_widget, title, str(exc))
            return False
        answer = QMessageBox.question(
            self.parent_widget,
            title,
            (
                translate(
                    "PackActions",
                    "Trust the key in {name}?\n\nFingerprint:\n{fp}\n\nCompare it with the "
                    "fingerprint the publisher gave you by another way (in person, by "
                    "phone). Packs signed with this key will install on this computer.",
                ).format(name=path.name, fp=fp)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            key = signing.trust_key(path)
        except DataError as exc:
            QMessageBox.warning(self.parent_widget, title, str(exc))
            return False
        self.finished.emit(
            translate("PackActions", "Trusted key {fingerprint}").format(
                fingerprint=key.fingerprint
            )
        )
        QMessageBox.information(
            self.parent_widget,
            title,
            translate("PackActions", "Trusted key {fingerprint}.\nKept in {path}").format(
                fingerprint=key.fingerprint, path=key.path
            ),
        )
        return True
