"""The one place that knows where the bundled database, resources and user data live.

In a source checkout they sit at the repository top (``db/``, ``resources/``); in an
installed wheel they are copied into ``khorasan_desktop/_bundled/``.
"""

from __future__ import annotations

import os
import re
import sqlite3
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
_BUNDLED = PACKAGE_DIR / "_bundled"
_CHECKOUT = PACKAGE_DIR.parent

DB_FILENAME = "khorasan.sqlite"
APP_NAME = "KhorasanDesktop"
USER_DIR_ENV = "KHORASAN_DESKTOP_USER_DIR"
PACKS_DIRNAME = "reference"
POINTER_FILENAME = "current.json"
_VERSION = re.compile(r"\d+(\.\d+)*")


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.exists():
            return candidate
    return candidates[0]


def bundled_reference_db() -> Path:
    """The reference database shipped with the app (read-only)."""
    return _first_existing(_BUNDLED / "db" / DB_FILENAME, _CHECKOUT / "db" / DB_FILENAME)


def reference_db() -> Path:
    """The reference database to open: the installed data pack if usable, else the bundled.

    See :func:`installed_reference_db`. Costs one small file read when no pack is installed.
    """
    return installed_reference_db() or bundled_reference_db()


def packs_dir() -> Path:
    """Folder in the user's data folder holding installed data packs and ``current.json``."""
    return user_data_dir() / PACKS_DIRNAME


def pack_pointer() -> Path:
    """The small JSON file naming the installed pack in use (switched atomically)."""
    return packs_dir() / POINTER_FILENAME


def data_version_key(version: str) -> tuple[int, ...]:
    """``"2026.11.1"`` -> ``(2026, 11, 1)`` for comparing data versions part by part.

    Trailing zero parts are dropped, so ``2026.11`` equals ``2026.11.0``. Raises
    ``ValueError`` for anything but numbers separated by dots.
    """
    text = str(version).strip()
    if not _VERSION.fullmatch(text):
        raise ValueError(f"bad data version {version!r}: expected numbers like 2026.11.1")
    parts = [int(p) for p in text.split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def read_db_meta(path: Path) -> dict[str, str] | None:
    """The ``meta`` table of a reference database opened read-only, or None if unreadable."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return None
    try:
        return {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM meta")}
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def installed_reference_db() -> Path | None:
    """The installed data pack named by ``current.json``, or None to use the bundled one.

    Used only when the file exists and is readable, its schema version is the one this app
    reads, and its data is newer than the bundled database (an app update that ships newer
    data wins over an older pack). Plain sqlite3, no Qt: two ``meta`` reads at start-up.
    """
    from khorasan_desktop.data.connection import SCHEMA_VERSION  # plain sqlite3, no cycle

    folder = packs_dir()
    try:
        text = (folder / POINTER_FILENAME).read_text(encoding="utf-8")
    except OSError:
        return None  # no pack installed: the usual start, without loading json
    import json

    try:
        pointer = json.loads(text)
        name = pointer["file"]
    except (ValueError, KeyError, TypeError):
        return None
    if not isinstance(name, str) or not name or Path(name).name != name:
        return None
    path = folder / name
    if not path.is_file() or not os.access(path, os.R_OK):
        return None
    info = read_db_meta(path)
    if info is None or info.get("schema_version") != str(SCHEMA_VERSION):
        return None
    try:
        mine = data_version_key(info.get("data_version", ""))
    except ValueError:
        return None
    bundled = read_db_meta(bundled_reference_db()) or {}
    try:
        if data_version_key(bundled.get("data_version", "")) >= mine:
            return None
    except ValueError:
        pass  # bundled database missing or unversioned: the pack is the better choice
    return path


def resources_dir() -> Path:
    """Folder with map data, fonts and icons shipped with the app."""
    return _first_existing(_BUNDLED / "resources", _CHECKOUT / "resources")


def sources_dir() -> Path:
    """Reviewable text sources of the reference database (only in a source checkout)."""
    return _CHECKOUT / "db" / "sources"


USER_DB_NAME = "user.sqlite"  # the one place that names the user database


def user_data_dir() -> Path:
    """The user's data folder (notes, bookmarks, history, imports).

    Follows the platform convention (what Qt calls AppDataLocation) without importing Qt,
    so the command line and tests can use it headless. ``KHORASAN_DESKTOP_USER_DIR``
    overrides it (tests, portable installs).
    """
    override = os.environ.get(USER_DIR_ENV)
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def user_db() -> Path:
    """The user database (notes, bookmarks, history, imported data sets)."""
    return user_data_dir() / USER_DB_NAME
