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
        "import khorasan_desktop.views as v\n"
        "for pkg in (c, d, v):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "import khorasan_desktop.cli\n"
        "qt = ('PySide6', 'pyqtgraph', 'shiboken6')\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in qt]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_import_contracts_hold() -> None:
    """The layering declared in pyproject.toml (import-linter), checked on the real graph."""
    exe = Path(sys.executable).with_name("lint-imports")
    root = PKG.parent
    out = subprocess.run(
        [str(exe), "--no-cache"], capture_output=True, text=True, cwd=root, timeout=300
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "0 broken" in out.stdout


# SQL is written in capitals here: a string that opens with a statement's keyword, a
# statement on one line, or a call to a database API. (Case-insensitive matching across
# lines took docstrings such as "Select the row ... from" for SQL.)
SQL = re.compile(
    r"""[rbf]?["']\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|WITH|PRAGMA)\s"""
    r"|\b(SELECT\s[^\n]*\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)\b"
    r"|\.execute\(|sqlite3|sqlite_utils"
)


def test_the_sql_check_catches_sql() -> None:
    planted = 'rows = db.query(\n    "SELECT id, name\n    FROM entities WHERE kind = ?", [k])'
    assert SQL.search(planted)
    assert SQL.search("q = 'DELETE FROM notes'")
    assert not SQL.search('"""Select the row of ``row_id`` from the table."""')


def test_ui_writes_no_sql() -> None:
    for f in (PKG / "ui").rglob("*.py"):
        match = SQL.search(f.read_text(encoding="utf-8"))
        assert match is None, f"{f.name}: {match.group(0) if match else ''}"
