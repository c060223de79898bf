"""GUI fixtures: a main window over a fresh reference copy and an isolated user folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from khorasan_desktop import paths
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.data.userdb import UserStore
from khorasan_desktop.ui.main_window import MainWindow


@pytest.fixture
def user(_isolated_user_dir: Path) -> Iterator[UserStore]:
    store = UserStore(paths.user_db())
    yield store
    store.close()


@pytest.fixture
def make_window(
    qtbot: object, ref_path: Path, _isolated_user_dir: Path
) -> Iterator[Callable[..., MainWindow]]:
    """Builds main windows the way app.build_window does; closes them after the test."""
    made: list[tuple[MainWindow, Reference, UserStore]] = []

    def make(restore: bool = True) -> MainWindow:
        ref = Reference(ref_path)
        user = UserStore(paths.user_db())
        settings = QSettings(
            str(paths.user_data_dir() / "settings.ini"), QSettings.Format.IniFormat
        )
        window = MainWindow(ref, user, settings)
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        if restore:
            window.restore_state()
        made.append((window, ref, user))
        return window

    yield make
    for window, ref, user in made:
        window.close()
        window.runner.wait(3000)
        user.close()
        ref.close()


@pytest.fixture(autouse=True)
def _system_theme() -> Iterator[None]:
    """A test that switches the theme leaves the next one with the system's colours."""
    yield
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from khorasan_desktop.ui import theme

    theme.apply("system")
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
