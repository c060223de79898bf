"""``import ucdp|acled FILE``, ``datasets`` and ``remove-dataset`` on the command line."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from khorasan_desktop import paths
from khorasan_desktop.data.errors import DataError
from khorasan_desktop.data.events.mapping import actor_mapping, load_mapping_file
from khorasan_desktop.data.events.writer import import_event_file
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.data.userdb import UserStore

USER_DB = paths.USER_DB_NAME


def user_db_path() -> Path:
    return paths.user_data_dir() / USER_DB


class _ProgressPrinter:
    """Progress on stderr, at most every 2 seconds."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.last = time.monotonic()

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self.last < 2.0:
            return
        self.last = now
        pct = 100 * done / total if total else 100.0
        print(
            f"importing {self.label}: {pct:.0f}% ({done / 1e6:.0f} of {total / 1e6:.0f} MB)",
            file=sys.stderr,
            flush=True,
        )


def import_events(args: argparse.Namespace) -> int:
    kind = args.format
    ref = Reference(args.db or paths.reference_db())
    try:
        custom = load_mapping_file(args.mapping) if args.mapping else None
        mapping = actor_mapping(kind, ref, custom)
        if args.show_mapping:
            for line in mapping.lines():
                print(line)
            print("As JSON (save, edit, pass back with --mapping FILE):")
            print(json.dumps(mapping.to_json(), ensure_ascii=False, indent=2))
            return 0
        path = Path(args.file)
        if not path.is_file():
            raise DataError(f"File not found: {path}")
        try:
            report = import_event_file(
                user_db_path(),
                kind,
                path,
                ref,
                name=args.name,
                mapping=mapping,
                progress=_ProgressPrinter(path.name),
            )
        except KeyboardInterrupt:
            raise DataError("Import interrupted; your data is unchanged.") from None
    finally:
        ref.close()
    for line in report.lines():
        print(line)
    return 0


def datasets_command(args: argparse.Namespace) -> int:
    path = user_db_path()
    if args.command == "remove-dataset":
        if not path.exists():
            raise DataError(f"No imported data set named {args.name!r}.")
        store = UserStore(path)
        try:
            rows = next((d.row_count for d in store.datasets() if d.name == args.name), None)
            if not store.remove_dataset(args.name):
                raise DataError(f"No imported data set named {args.name!r}.")
        finally:
            store.close()
        print(f"removed data set {args.name!r} ({rows} rows)")
        return 0
    if not path.exists():
        items: list[dict[str, object]] = []
    else:
        store = UserStore(path)
        try:
            ranges = {d.name: (d.date_from, d.date_to) for d in store.event_datasets()}
            items = [
                {
                    "name": d.name,
                    "kind": d.kind,
                    "release": d.release,
                    "rows": d.row_count,
                    "date_from": ranges.get(d.name, (None, None))[0],
                    "date_to": ranges.get(d.name, (None, None))[1],
                    "licence": d.licence,
                    "attribution": d.attribution,
                    "imported_at": d.imported_at,
                    "source_file": d.source_file,
                }
                for d in store.datasets()
            ]
        finally:
            store.close()
    if args.json:
        print(json.dumps(items, ensure_ascii=False, indent=2))
        return 0
    if not items:
        print("No imported data sets.", file=sys.stderr)
        return 0
    for d in items:
        span = f"{d['date_from'] or '?'} to {d['date_to'] or '?'}" if d["date_from"] else "—"
        print(
            f"{d['name']}  [{d['kind']}]  release {d['release'] or '—'}  {d['rows']} rows  "
            f"{span}  licence: {d['licence'] or '—'}"
        )
        if d["attribution"]:
            print(f"    {d['attribution']}")
    return 0
