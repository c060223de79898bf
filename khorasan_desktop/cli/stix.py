"""``export stix`` and ``import stix`` on the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from khorasan_desktop import paths
from khorasan_desktop.data.errors import DataError
from khorasan_desktop.data.files import write_text
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.data.stix_export import build_bundle, serialize, tlp_level
from khorasan_desktop.data.stix_import import import_bundle
from khorasan_desktop.data.userdb import UserStore

USER_DB = paths.USER_DB_NAME


def user_db_path() -> Path:
    return paths.user_data_dir() / USER_DB


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
        write_text(Path(args.output), serialize(bundle))
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
    ref = Reference(args.db or paths.reference_db())
    try:
        report = import_bundle(user_db_path(), path, ref=ref)
    finally:
        ref.close()
    for line in report.lines():
        print(line)
    return 0
