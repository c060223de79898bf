"""Composition root: QApplication, the two databases, the main window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from khorasan_desktop import paths
from khorasan_desktop.core.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from khorasan_desktop.data.reference import Reference
    from khorasan_desktop.data.userdb import UserStore
    from khorasan_desktop.ui.main_window import MainWindow

STARTUP_PROBE = "KHORASAN_DESKTOP_STARTUP_PROBE"
# Young objects collected every 10,000 allocations, not 700: opening a view at a million
# events makes many short-lived ones, and each full collection stalled the window 45-90 ms.
GC_THRESHOLD = (10_000, 10, 10)


def settle_collector() -> None:
    """Once the window is built, before its first page: what exists now (modules, classes,
    the window) lives as long as the program, so the cycle collector stops walking it
    (``gc.freeze``), and it runs less often. At a million events this took the slowest
    graph openings from 270-300 ms to about 215 ms."""
    import gc

    gc.freeze()
    gc.set_threshold(*GC_THRESHOLD)


def _settings() -> QSettings:
    from PySide6.QtCore import QSettings

    return QSettings(str(paths.user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def build_window(
    db_path: Path | None = None,
    restore: bool = True,
    deferred: bool = False,
    language: str | None = None,
) -> MainWindow:
    """Open the databases and build the main window (raises DataError with a message).

    ``deferred``: the window shows its frame and the top of the browse tree first, and
    the data layer loads after the first paint (``MainWindow.built``). ``language``: en,
    fa_AF or ps instead of the saved View > Language."""
    from khorasan_desktop.ui.main_window import MainWindow

    path = db_path or paths.reference_db()
    if deferred:
        ref: Reference | Path = path
    else:
        from khorasan_desktop.data.reference import Reference

        ref = Reference(path)

    def open_user() -> UserStore:
        from khorasan_desktop.data.userdb import UserStore

        return UserStore(paths.user_db())

    window = MainWindow(ref, open_user, _settings(), language)
    if restore:
        window.restore_geometry()
    return window


def no_display() -> str | None:
    """Why the window cannot open here, or None. On Linux without a display Qt would abort
    with a message about a missing xcb library; say what to do instead."""
    if not sys.platform.startswith("linux") or "-platform" in sys.argv:
        return None
    if any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return None
    return (
        "khorasan-desktop: no display to open the window on (DISPLAY and WAYLAND_DISPLAY "
        "are not set).\n"
        "  On a machine without a screen, run it under a virtual display:  "
        "xvfb-run -a khorasan-desktop\n"
        "  or use the headless commands, e.g.  khorasan-desktop screenshot page.png  "
        "(see khorasan-desktop --help)."
    )


def run_gui(db_path: Path | None = None, pack: Path | None = None) -> int:
    """The window; ``pack``: a data update pack to offer to install once it is up."""
    reason = no_display()
    if reason:
        print(reason, file=sys.stderr)
        return 2
    from PySide6.QtWidgets import QApplication

    from khorasan_desktop.data.errors import DataError

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Khorasan Desktop")
    app.setOrganizationName("KhorasanDesktop")
    from khorasan_desktop import resources
    from khorasan_desktop.ui.icons import app_icon

    QApplication.setWindowIcon(app_icon())
    # Wayland shells match the window to the installed .desktop entry (and its icon) by this.
    QApplication.setDesktopFileName(resources.ICON_NAME)
    try:
        window = build_window(db_path, deferred=True)
    except DataError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, translate("app", "Khorasan Desktop cannot start"), str(exc))
        return 2
    window.show()
    if os.environ.get(STARTUP_PROBE):
        _probe(app, window)
    from PySide6.QtCore import QTimer

    def first_pages() -> None:
        # Pages are built once the window is on screen, not before.
        from khorasan_desktop.data.files import clean_stale_temps

        clean_stale_temps()  # temporary files of a run killed mid-write (kill -9, power loss)
        settle_collector()
        window.restore_tabs()
        if not window.tabs.count():
            window.open_entity("actor-iskp")
        if pack is not None:
            window.offer_pack(pack)
        from khorasan_desktop.ui.warm_up import WARM_UP_MS

        QTimer.singleShot(WARM_UP_MS, window, window.warm_up)  # not after the window has gone

    from khorasan_desktop.ui.main_window import FIRST_FRAME_MS

    window.built.connect(lambda: QTimer.singleShot(FIRST_FRAME_MS, first_pages))
    return int(app.exec())


def _probe(app: object, window: MainWindow) -> None:
    """Start-up benchmark hook: print wall-clock times when the window is shown and when
    its first frame, the browse tree with its rows, has painted, then quit
    (benchmarks/bench_startup.py reads them). It watches the window, not the tree's
    viewport: reaching the viewport costs 6 ms the first time, which the start itself
    does not spend."""
    from PySide6.QtCore import QTimer

    from khorasan_desktop.ui.first_paint import after_first_paint

    print(f"shown {time.time():.6f}", flush=True)
    tree = window.search.tree

    def painted() -> None:
        if tree.model().rowCount() > 0:
            print(f"tree {time.time():.6f}", flush=True)
        # Stay up long enough for the benchmark to see the window mapped.
        QTimer.singleShot(2000, app.quit)  # type: ignore[attr-defined]

    after_first_paint(window, painted)
