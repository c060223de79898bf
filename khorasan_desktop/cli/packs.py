"""``build-pack`` and ``install-pack`` on the command line.

Errors are :class:`~khorasan_desktop.data.packs.PackError` (a ``DataError``): the command
line prints them as one line on stderr and exits 2.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from khorasan_desktop import paths
from khorasan_desktop.data import signing
from khorasan_desktop.data.pack_report import report_lines
from khorasan_desktop.data.packs import (
    build_pack,
    install_pack,
)


def packs_command(args: argparse.Namespace) -> int:
    if args.command == "build-pack":
        return _build(args)
    if args.command == "trust-key":
        return _trust(args)
    if args.command == "make-key":
        return _make_key(args)
    return _install(args)


def _build(args: argparse.Namespace) -> int:
    db = Path(args.db) if getattr(args, "db", None) else paths.bundled_reference_db()
    key = signing.load_private_key(Path(args.key))
    m = build_pack(db, Path(args.output), key, changes=args.changes or "")
    print(
        f"built {args.output}: data {m.data_version} (as of {m.as_of}), "
        f"schema {m.schema_version}, {m.size} bytes, sha256 {m.sha256}, "
        f"signed by key {signing.fingerprint(key.public_key())}"
    )
    return 0


def _trust(args: argparse.Namespace) -> int:
    if args.remove:
        gone = signing.untrust_key(args.remove)
        print(f"no longer trusted: {gone.name}")
        return 0
    if args.list or args.file is None:
        keys = signing.keyring()
        if not keys:
            print("no trusted keys: no pack can be installed")
        for k in keys:
            where = "ships with the app" if k.bundled else "added by you"
            print(f"{k.fingerprint}  {where}  {k.path}")
        return 0
    key = signing.trust_key(Path(args.file))
    print(f"trusted key {key.fingerprint} ({key.path}); packs signed with it will install")
    return 0


def _make_key(args: argparse.Namespace) -> int:
    public, fp = signing.make_key(Path(args.file))
    print(f"private key {args.file} (keep it secret), public key {public}, fingerprint {fp}")
    return 0


def _install(args: argparse.Namespace) -> int:
    result = install_pack(Path(args.file))
    for line in report_lines(result):
        print(line)
    return 0
