"""Entry point: no arguments starts the GUI, a subcommand runs headless."""

from __future__ import annotations

import sys


def main() -> int:
    if len(sys.argv) == 1:
        # Plain start: go straight to the GUI without loading the command-line parser.
        from khorasan_desktop.app import run_gui

        return run_gui()
    from khorasan_desktop.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
