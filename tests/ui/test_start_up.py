"""The start in two steps: the window's frame with the top of the browse tree first, the
data layer after the first paint. Timing is for benchmarks/bench_startup.py; these tests
hold the structure that makes it fast."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from khorasan_desktop import paths
from khorasan_desktop.data.errors import DataError
from khorasan_desktop.data.userdb import UserStore
from khorasan_desktop.ui.main_window import MainWindow


def _window(path: Path) -> MainWindow:
    settings = QSettings(str(paths.user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    return MainWindow(path, lambda: UserStore(paths.user_db()), settings)


def test_the_frame_shows_the_tree_before_the_data_layer_loads(
    qtbot, ref_path: Path, _isolated_user_dir: Path
) -> None:
    window = _window(ref_path)
    qtbot.addWidget(window)
    tree = window.search.tree_model
    assert not window.is_built and window.search.ref is None
    labels = [str(tree.index(r, 0).data()).split(" (")[0] for r in range(tree.rowCount())]
    assert labels == ["Actors", "Regions", "Events", "Sources"]
    assert window.menuBar().actions() and window.statusBar().findChildren(object)
    with qtbot.waitSignal(window.built, timeout=10000):
        window.show()  # the data layer loads after the first paint
    assert window.is_built and window.search.ref is window.ref
    actors = tree.index(0, 0)
    assert tree.canFetchMore(actors)
    tree.fetchMore(actors)
    assert str(tree.index(0, 0, actors).data()).startswith("Groups")
    window.search.field.setText("ISKP")  # searching works once attached
    with qtbot.waitSignal(window.search.resultsShown, timeout=10000):
        pass
    assert window.search.current_hits()
    window.close()
    window.runner.wait(3000)


def test_a_window_never_shown_loads_its_data_all_the_same(
    qtbot, ref_path: Path, _isolated_user_dir: Path
) -> None:
    window = _window(ref_path)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.built, timeout=5000):
        pass
    assert window.is_built
    window.runner.wait(3000)


def test_a_database_that_cannot_be_opened_stops_the_frame(
    tmp_path: Path, ref_path: Path, _isolated_user_dir: Path
) -> None:
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database at all" * 100)
    with pytest.raises(DataError, match=r"broken\.sqlite"):
        _window(broken)
    with pytest.raises(DataError, match="not found"):
        _window(tmp_path / "missing.sqlite")
    import shutil
    import sqlite3

    no_counts = tmp_path / "no_counts.sqlite"
    shutil.copy(ref_path, no_counts)
    with sqlite3.connect(no_counts) as db:
        db.execute("DROP TABLE summary_counts")
    with pytest.raises(DataError, match=r"no_counts\.sqlite.*summary_counts"):
        _window(no_counts)


# Loaded by the second step, never by the first frame: the core models and the queries of
# the data layer (about 20 ms of imports), sqlite-utils, the command line and every page.
NOT_IN_THE_FRAME = (
    "khorasan_desktop.core.models",
    "khorasan_desktop.data.reference",
    "khorasan_desktop.data.browse",
    "khorasan_desktop.data.search",
    "khorasan_desktop.data.userdb",
    "khorasan_desktop.cli",
    "khorasan_desktop.ui.datasets_panel",
    "khorasan_desktop.ui.entity_page",
    "sqlite_utils",
    "pyqtgraph",
)


def test_the_first_frame_loads_none_of_the_data_layer(ref_path: Path, tmp_path: Path) -> None:
    """What the process has imported when the frame first paints, in a start as
    ``khorasan-desktop --db FILE`` makes it."""
    code = f"""
import sys
sys.argv = ["khorasan-desktop", "--db", {str(ref_path)!r}]
import khorasan_desktop.app as app

def probe(qt_app, window):
    from khorasan_desktop.ui.first_paint import after_first_paint

    def painted():
        rows = window.search.tree_model.rowCount()
        print("ROWS", rows, "BUILT", window.is_built)
        print("LOADED", " ".join(sorted(sys.modules)))
        qt_app.exit(0)

    after_first_paint(window, painted)

app._probe = probe
from khorasan_desktop.__main__ import main
raise SystemExit(main())
"""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "KHORASAN_DESKTOP_STARTUP_PROBE": "1",
        paths.USER_DIR_ENV: str(tmp_path / "user"),
    }
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env
    )
    assert out.returncode == 0, out.stderr
    lines = dict(line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)
    assert lines["ROWS"] == "4 BUILT False"
    loaded = set(lines["LOADED"].split())
    assert "khorasan_desktop.data.tree_rows" in loaded  # the probe did see the frame
    assert sorted(m for m in NOT_IN_THE_FRAME if m in loaded) == []


def test_the_warm_up_imports_pyqtgraph_off_the_gui_thread(ref_path: Path, tmp_path: Path) -> None:
    """pyqtgraph's import walks every Qt class (a 150 ms stall when the first chart
    opened): the warm-up imports it on a worker thread, before any chart is opened."""
    code = f"""
import sys, threading
from pathlib import Path
seen = []

class Watch:
    def find_spec(self, name, path=None, target=None):
        if name == "pyqtgraph":
            seen.append(threading.current_thread() is threading.main_thread())
        return None

sys.meta_path.insert(0, Watch())
from PySide6.QtWidgets import QApplication
app = QApplication([])
from khorasan_desktop.app import build_window
window = build_window(Path({str(ref_path)!r}), restore=False)
assert "pyqtgraph" not in sys.modules
task = window.warm_up()
window.runner.wait(60000)
print("ON_MAIN_THREAD", seen)
"""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        paths.USER_DIR_ENV: str(tmp_path / "user"),
    }
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env
    )
    assert out.returncode == 0, out.stderr
    assert "ON_MAIN_THREAD [False]" in out.stdout
