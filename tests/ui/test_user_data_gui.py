"""The window with a damaged or read-only user database, and File > Restore backup…"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from khorasan_desktop import paths
from khorasan_desktop.data import backups, userdb
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.data.userdb import UserStore
from khorasan_desktop.ui import backup_dialog
from khorasan_desktop.ui.main_window import MainWindow


def _window(qtbot, ref_path: Path) -> tuple[MainWindow, Reference]:
    ref = Reference(ref_path)
    settings = QSettings(str(paths.user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ref, lambda: UserStore(paths.user_db()), settings)
    qtbot.addWidget(window)
    return window, ref


def _notes(path: Path) -> None:
    store = UserStore(path)
    for i in range(300):
        store.set_note(f"actor-{i:04d}", f"note {i} " + "x" * 200)
    store.set_note("actor-iskp", "my ISIS-K note")
    store.close()


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for page in range(2, 7):  # b-tree pages: their headers overwritten (file header intact)
        data[4096 * page : 4096 * page + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


def test_damaged_user_db_warns_then_restore_brings_notes_back(
    qtbot, ref_path: Path, _isolated_user_dir: Path, monkeypatch
) -> None:
    path = paths.user_db()
    _notes(path)
    store = UserStore(path)
    store.backup_now()
    store.close()
    _damage(path)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    window, ref = _window(qtbot, ref_path)
    try:
        assert str(window.user.path) == ":memory:"
        assert window.user_problem and "damaged" in window.user_problem
        qtbot.waitUntil(lambda: bool(warned))
        assert "Restore backup" in warned[0]

        dialog = backup_dialog.RestoreBackupDialog(path, window)
        assert dialog.list.count() == 1 and dialog.restore_button.isEnabled()
        assert dialog.list.accessibleName() == "Backups"
        chosen = dialog.chosen()
        assert chosen is not None
        aside = backup_dialog.restore_into(window.user, path, chosen)
        window.after_restore()
        assert aside is not None and aside.exists()
        assert window.user.path == path and window.user.note("actor-iskp") == "my ISIS-K note"
        assert window.user_problem is None
        window.user.set_note("actor-iskp", "saved again")
        assert UserStore(path).note("actor-iskp") == "saved again"
    finally:
        window.close()
        window.runner.wait(3000)
        ref.close()


def test_restore_dialog_without_backups(qtbot, _isolated_user_dir: Path) -> None:
    dialog = backup_dialog.RestoreBackupDialog(paths.user_db())
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 0 and not dialog.restore_button.isEnabled()
    assert dialog.chosen() is None
    assert backups.list_backups(paths.user_db()) == []


def test_read_only_user_folder_shows_notes_and_says_why(
    qtbot, ref_path: Path, _isolated_user_dir: Path, monkeypatch
) -> None:
    path = paths.user_db()
    _notes(path)
    before = path.read_bytes()
    real = os.access
    monkeypatch.setattr(
        userdb.os,
        "access",
        lambda p, mode, **kw: False if mode & os.W_OK else real(p, mode, **kw),
    )
    window, ref = _window(qtbot, ref_path)
    try:
        window.open_entity("actor-iskp")
        page = window.current_page()
        assert page is not None
        assert page.notes_edit.toPlainText() == "my ISIS-K note"  # type: ignore[union-attr]
        assert page.notes_edit.isReadOnly()  # type: ignore[union-attr]
        assert "Read-only" in page.notes_state.text()  # type: ignore[union-attr]
        assert window.user_problem and "read-only" in window.user_problem
        assert window.act_restore_backup.text().replace("&", "") == "Restore backup…"
    finally:
        window.close()
        window.runner.wait(3000)
        ref.close()
    assert path.read_bytes() == before


def test_daily_backup_is_made_off_the_gui_thread_at_start(qtbot, ref_path: Path) -> None:
    """The first note of the day does not wait for the copy: the window makes the day's
    backup in a worker soon after it starts, and the note then makes none."""
    path = paths.user_db()
    _notes(path)
    assert backups.list_backups(path) == []
    w, ref = _window(qtbot, ref_path)
    try:
        qtbot.wait_until(lambda: w.daily_backup_task is not None, timeout=10000)
        qtbot.wait_until(lambda: len(backups.list_backups(path)) == 1, timeout=15000)
        assert backups.list_backups(path)[0].reason == "daily"
        w.user.set_note("actor-iskp", "first note of the day")
        assert len(backups.list_backups(path)) == 1  # made already: the note did not copy
    finally:
        w.close()
        w.runner.wait(3000)
        ref.close()
