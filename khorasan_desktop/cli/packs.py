"""``build-pack`` and ``install-pack`` on the command line.

Errors are :class:`~khorasan_desktop.data.packs.PackError` (a ``DataError``): the command
line prints them as one line on stderr and exits 2.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from khorasan_desktop import paths
from khorasan_desktop.data.pack_report import report_lines
from khorasan_desktop.data.packs import (
    build_pack,
    install_pack,
)


def packs_command(args: argparse.Namespace) -> int:
    if args.command == "build-pack":
        return _build(args)
    return _install(args)


def _build(args: argparse.Namespace) -> int:
    db = Path(args.db) if getattr(args, "db", None) else paths.bundled_reference_db()
    m = build_pack(db, Path(args.output), changes=args.changes or "")
    print(
        f"built {args.output}: data {m.data_version} (as of {m.as_of}), "
        f"schema {m.schema_version}, {m.size} bytes, sha256 {m.sha256}"
    )
    return 0


def _install(args: argparse.Namespace) -> int:
    result = install_pack(Path(args.file))
    for line in report_lines(result):
        print(line)
    return 0
