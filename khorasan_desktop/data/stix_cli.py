"""``export stix`` and ``import stix`` on the command line."""

from __future__ import annotations

import argparse
import contextlib
import os
import tempfile
from pathlib import Path

from khorasan_desktop import paths
from khorasan_desktop.data.errors import DataError
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.data.stix_export import build_bundle, serialize, tlp_level
from khorasan_desktop.data.stix_import import import_bundle
from khorasan_desktop.data.userdb import UserStore

USER_DB = "user.sqlite"


def user_db_path() -> Path:
    return paths.user_data_dir() / USER_DB


def write_atomic(path: Path, text: str) -> None:
    """Write beside the target, then rename: a failed write leaves no partial file."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise DataError(f"Cannot write {path}: folder {folder} does not exist.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise DataError(f"Cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise DataError(f"Cannot write {path}: {exc.strerror or exc}") from None


def export_stix(args: argparse.Namespace) -> int:
    level = tlp_level(getattr(args, "banner", "") or "")  # bad banner: fail before work
    ref = Reference(args.db or paths.reference_db())
    try:
        user_path = user_db_path()
        user = UserStore(user_path) if user_path.exists() else None
        try:
            bundle = build_bundle(ref, user, list(args.selection or []), level)
        finally:
            if user is not None:
                user.close()
        write_atomic(Path(args.output), serialize(bundle))
    finally:
        ref.close()
    n = len(bundle.objects)
    marking = f", marked TLP:{level.upper()}" if level else ""
    print(f"{args.output}: STIX 2.1 bundle, {n} objects{marking}")
    return 0


def import_stix(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise DataError(f"STIX file not found: {path}")
    report = import_bundle(user_db_path(), path)
    for line in report.lines():
        print(line)
    return 0
