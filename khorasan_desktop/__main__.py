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


def main() -> int:
    argv = [a for a in sys.argv[1:] if a not in QT_OPTIONS]
    pack = _pack_argument(argv)
    if not argv or pack is not None:
        # Plain start: go straight to the GUI without loading the command-line parser.
        from khorasan_desktop.app import run_gui

        return run_gui(pack=pack)
    from khorasan_desktop.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
