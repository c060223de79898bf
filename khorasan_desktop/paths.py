"""The one place that knows where the bundled database, resources and user data live.

In a source checkout they sit at the repository top (``db/``, ``resources/``); in an
installed wheel they are copied into ``khorasan_desktop/_bundled/``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
_BUNDLED = PACKAGE_DIR / "_bundled"
_CHECKOUT = PACKAGE_DIR.parent

DB_FILENAME = "khorasan.sqlite"
APP_NAME = "KhorasanDesktop"
USER_DIR_ENV = "KHORASAN_DESKTOP_USER_DIR"


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.exists():
            return candidate
    return candidates[0]


def reference_db() -> Path:
    """The bundled, read-only reference database."""
    return _first_existing(_BUNDLED / "db" / DB_FILENAME, _CHECKOUT / "db" / DB_FILENAME)


def resources_dir() -> Path:
    """Folder with map data, fonts and icons shipped with the app."""
    return _first_existing(_BUNDLED / "resources", _CHECKOUT / "resources")


def sources_dir() -> Path:
    """Reviewable text sources of the reference database (only in a source checkout)."""
    return _CHECKOUT / "db" / "sources"


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
