"""Start-up time under Xvfb: Khorasan Desktop next to a bare PySide6 window, a PySide6 window
of the same shape as Khorasan Desktop's first frame with no program code (the floor for
this stack), and DB Browser for SQLite, all measured in the same run.

For every program the clock starts just before the process is spawned and stops when
`xdotool search --onlyvisible` (polled every 10 ms) finds its window mapped on the X server
(the same method for all). Khorasan Desktop also reports when its first frame, the browse
tree with its rows, has painted (its start-up probe prints wall-clock times).
Needs: xvfb, xdotool, sqlitebrowser (Debian).

    .venv/bin/python benchmarks/bench_startup.py [--runs 10] [--db benchmarks/out/synthetic.sqlite]

``--db`` opens that database in both DB Browser for SQLite and Khorasan Desktop (default:
the bundled one). Prints min, median and p95 of "window visible" (and, for Khorasan Desktop,
"tree usable": the browse tree has painted with its first rows), each program's ratio to
DB Browser for SQLite in the same run, and the machine load.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from timing import load, summary

REPO = Path(__file__).resolve().parent.parent
BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv)
w = QMainWindow(); w.setWindowTitle("bare pyside6"); w.setCentralWidget(QLabel("hello"))
w.resize(800, 600); w.show()
sys.exit(app.exec())
"""
# The floor for any PySide6 program with Khorasan Desktop's first frame: the same kinds of
# widgets (a dock holding a search field over a tree with four rows, three tabbed docks
# with lists, a tab widget, eight menus, a toolbar, a status bar) and no program code.
SAME_SHAPE = """
import sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QApplication, QDockWidget, QLabel, QLineEdit, QListWidget,
    QMainWindow, QTabWidget, QTreeView, QVBoxLayout, QWidget)
app = QApplication(sys.argv)
w = QMainWindow(); w.setWindowTitle("same shape pyside6")
panel = QWidget(); box = QVBoxLayout(panel); box.addWidget(QLineEdit())
model = QStandardItemModel()
for name in ("Actors (13)", "Regions (121)", "Events (1000000)", "Sources (40)"):
    item = QStandardItem(name); item.appendRow(QStandardItem("")); model.appendRow(item)
tree = QTreeView(); tree.setHeaderHidden(True); tree.setModel(model); box.addWidget(tree)
left = Qt.DockWidgetArea.LeftDockWidgetArea
search = QDockWidget("Search and browse", w); search.setWidget(panel); w.addDockWidget(left, search)
docks = [QDockWidget(t, w) for t in ("Bookmarks", "Recently viewed", "Imported data sets")]
for d in docks:
    d.setWidget(QListWidget()); w.addDockWidget(left, d)
w.tabifyDockWidget(docks[0], docks[1]); w.tabifyDockWidget(docks[1], docks[2])
w.setCentralWidget(QTabWidget())
bar = w.addToolBar("Main")
for m in ("File", "Edit", "View", "Investigations", "Go", "Bookmarks", "Help", "Tools"):
    menu = w.menuBar().addMenu(m)
    for i in range(5):
        a = QAction(f"{m} {i}", w); menu.addAction(a); bar.addAction(a) if i == 0 else None
w.statusBar().addPermanentWidget(QLabel("Data 1 · as of 2026"))
w.resize(1280, 800); w.show()
sys.exit(app.exec())
"""


def wait_window(name: str, env: dict[str, str], timeout: float = 30.0) -> float:
    """Poll every ~10 ms (xdotool's own --sync polls at 0.5 s, too coarse to compare)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        out = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", name],
            env=env,
            capture_output=True,
            text=True,
        )
        if out.returncode == 0 and out.stdout.strip():
            return time.time()
        time.sleep(0.01)
    raise RuntimeError(f"window {name!r} never appeared")


def run_once(
    cmd: list[str], title: str, env: dict[str, str], probe: bool = False
) -> tuple[float, float | None]:
    t0 = time.time()
    proc = subprocess.Popen(
        cmd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    try:
        shown = wait_window(title, env) - t0
        tree = None
        if probe:
            out, _ = proc.communicate(timeout=30)
            marks = dict(line.split() for line in out.splitlines() if line.count(" ") == 1)
            tree = float(marks["tree"]) - t0
        return shown, tree
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=10)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--db", type=Path, default=REPO / "db" / "khorasan.sqlite")
    args = ap.parse_args()
    for tool in ("Xvfb", "xdotool", "sqlitebrowser"):
        if not shutil.which(tool):
            print(f"missing {tool}: apt-get install xvfb xdotool sqlitebrowser", file=sys.stderr)
            return 2
    display = ":97"
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):  # wait until the X server answers
        ok = (
            subprocess.run(
                ["xdotool", "getmouselocation"],
                env={**os.environ, "DISPLAY": display},
                capture_output=True,
            ).returncode
            == 0
        )
        if ok:
            break
        time.sleep(0.05)
    user = Path(tempfile.mkdtemp(prefix="kd-startup-"))
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "KHORASAN_DESKTOP_USER_DIR": str(user),
        "KHORASAN_DESKTOP_STARTUP_PROBE": "1",
    }
    env.pop("WAYLAND_DISPLAY", None)
    # An installed build loads compiled modules; a checkout run with this set would
    # compile every module on every start and time the compiler, not the start-up.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    py = sys.executable
    db = str(args.db.resolve())
    programs = {
        "bare PySide6 window": ([py, "-c", BARE], "bare pyside6", False),
        "same-shape PySide6": ([py, "-c", SAME_SHAPE], "same shape pyside6", False),
        "DB Browser for SQLite": (["sqlitebrowser", "-R", db], "DB Browser for SQLite", False),
        "Khorasan Desktop": ([py, "-m", "khorasan_desktop", "--db", db], "Khorasan Desktop", True),
    }
    results: dict[str, list[tuple[float, float | None]]] = {k: [] for k in programs}
    load_before = load()
    try:
        for cmd, title, probe in programs.values():  # untimed: writes the compiled modules
            with contextlib.suppress(RuntimeError):
                run_once(cmd, title, env, probe)
        for _ in range(args.runs):  # interleaved so drift hits every program alike
            for name, (cmd, title, probe) in programs.items():
                try:
                    results[name].append(run_once(cmd, title, env, probe))
                except RuntimeError as exc:  # a run that never showed a window is reported
                    print(f"  {name}: {exc}; run skipped", file=sys.stderr)
    finally:
        xvfb.terminate()
        shutil.rmtree(user, ignore_errors=True)
    print(f"Start-up under Xvfb, {args.runs} runs each, interleaved; {db}")
    print(f"  {load_before} before, {load()} after")
    base = statistics.median(s for s, _ in results["DB Browser for SQLite"])
    for name, runs in results.items():
        for label, values in (
            ("window visible", [s for s, _ in runs]),
            ("tree usable", [t for _, t in runs if t is not None]),
        ):
            if not values:
                continue
            ms = [v * 1000 for v in values]
            med = statistics.median(values)
            print(
                f"  {name:<22} {label:<15} min {min(ms):5.0f} ms, {summary(ms)}, "
                f"{med / base:4.2f}x DB Browser"
            )
    trees = [t for _, t in results["Khorasan Desktop"] if t is not None]
    ratio = statistics.median(trees) / base if trees else float("nan")
    verdict = "PASS" if ratio <= 1.2 else "MISS"
    print(f"  target: tree usable <= 1.2x DB Browser for SQLite: {verdict} ({ratio:.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
