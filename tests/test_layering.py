"""core and data never load Qt; ui is the only layer that may, and never writes SQL."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "khorasan_desktop"


def test_core_data_cli_import_without_qt() -> None:
    code = (
        "import sys, importlib, pkgutil\n"
        "import khorasan_desktop.core as c, khorasan_desktop.data as d\n"
        "for pkg in (c, d):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "import khorasan_desktop.cli\n"
        "qt = ('PySide6', 'pyqtgraph', 'shiboken6')\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in qt]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_core_imports_nothing_from_data_or_ui() -> None:
    for f in (PKG / "core").rglob("*.py"):
        text = f.read_text(encoding="utf-8")
        assert "khorasan_desktop.data" not in text and "khorasan_desktop.ui" not in text, f


def test_data_does_not_import_ui() -> None:
    for f in (PKG / "data").rglob("*.py"):
        assert "khorasan_desktop.ui" not in f.read_text(encoding="utf-8"), f


SQL = re.compile(
    r"\b(SELECT\s+.+\s+FROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
    r"CREATE\s+TABLE)\b|\.execute\(|sqlite3|sqlite_utils",
    re.I | re.S,
)


def test_ui_writes_no_sql() -> None:
    for f in (PKG / "ui").rglob("*.py"):
        match = SQL.search(f.read_text(encoding="utf-8"))
        assert match is None, f"{f.name}: {match.group(0) if match else ''}"
