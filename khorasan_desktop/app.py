"""Composition root: QApplication, the two databases, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from khorasan_desktop import paths


def _settings() -> object:
    from PySide6.QtCore import QSettings

    return QSettings(str(paths.user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def build_window(db_path: Path | None = None, restore: bool = True) -> object:
    """Open the databases and build the main window (raises DataError with a message)."""
    from khorasan_desktop.data.reference import Reference
    from khorasan_desktop.data.userdb import UserStore
    from khorasan_desktop.ui.main_window import MainWindow

    ref = Reference(db_path or paths.reference_db())
    user = UserStore(paths.user_data_dir() / "user.sqlite")
    window = MainWindow(ref, user, _settings())  # type: ignore[arg-type]
    if restore:
        window.restore_state()
    return window


def run_gui(db_path: Path | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from khorasan_desktop.data.errors import DataError

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Khorasan Desktop")
    app.setOrganizationName("KhorasanDesktop")
    try:
        window = build_window(db_path)
    except DataError as exc:
        QMessageBox.critical(None, "Khorasan Desktop cannot start", str(exc))
        return 2
    window.show()  # type: ignore[attr-defined]
    if not window.tabs.count():  # type: ignore[attr-defined]
        window.open_entity("actor-iskp")  # type: ignore[attr-defined]
    return int(app.exec())
