"""Entry point: no arguments starts the GUI, a subcommand runs headless, and a data update
pack as the only argument (a double click on it in the file manager) starts the GUI and
offers to install it."""

from __future__ import annotations

import sys
from pathlib import Path

from khorasan_desktop import QT_OPTIONS

PACK_SUFFIXES = (".kdpack", ".zip")  # what Help > Install data update opens


def _pack_argument(argv: list[str]) -> Path | None:
    if len(argv) != 1 or argv[0].startswith("-"):
        return None
    path = Path(argv[0])
    return path if path.suffix.lower() in PACK_SUFFIXES and path.is_file() else None


def _database_argument(argv: list[str]) -> Path | None:
    """``--db PATH`` (or ``--db=PATH``) alone: the window on another database. Every other
    form (a command, ``--help``, a second option) goes to the command-line parser, which
    reads ``--db`` the same way; this only spares a plain start loading that parser."""
    if len(argv) == 2 and argv[0] == "--db" and argv[1] and not argv[1].startswith("-"):
        return Path(argv[1])
    if len(argv) == 1 and argv[0].startswith("--db=") and len(argv[0]) > len("--db="):
        return Path(argv[0].removeprefix("--db="))
    return None


def main() -> int:
    argv = [a for a in sys.argv[1:] if a not in QT_OPTIONS]
    pack = _pack_argument(argv)
    db = _database_argument(argv)
    if not argv or pack is not None or db is not None:
        # A plain start: straight to the window, without loading the command line (its
        # parser and the modules its commands import cost ~35 ms before the first frame).
        from khorasan_desktop.app import run_gui

        return run_gui(db_path=db, pack=pack)
    from khorasan_desktop.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
