"""Entry point: no arguments starts the GUI, a subcommand runs headless."""

from __future__ import annotations

import sys

from khorasan_desktop.cli import main as _cli_main


def main() -> int:
    return _cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
