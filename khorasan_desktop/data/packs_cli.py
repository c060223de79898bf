"""``build-pack`` and ``install-pack`` on the command line.

Errors are :class:`~khorasan_desktop.data.packs.PackError` (a ``DataError``): the command
line prints them as one line on stderr and exits 2.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from khorasan_desktop import paths
from khorasan_desktop.data.packs import (
    Changes,
    EntityName,
    InstallResult,
    UserItem,
    build_pack,
    install_pack,
)

MAX_NAMES = 20


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


def report_lines(result: InstallResult) -> list[str]:
    """What ``install-pack`` prints: the outcome, what changed, notes kept on removed items."""
    m = result.manifest
    if result.status == "already-installed":
        return [f"Data version {m.data_version} is already installed; nothing to do."]
    replacing = f", replacing {result.previous_version}" if result.previous_version else ""
    lines = [f"Installed data version {m.data_version} (as of {m.as_of}){replacing}."]
    if m.changes.strip():
        lines.append(f"Pack notes: {' '.join(m.changes.split())}")
    if result.changes is not None:
        lines += changes_lines(result.changes)
    lines += _items("Your notes on entities no longer in the data", result.orphaned_notes)
    lines += _items("Your bookmarks on entities no longer in the data", result.orphaned_bookmarks)
    lines += [f"Warning: {w}" for w in result.warnings]
    lines.append(f"Reference data in use: {result.path}")
    lines.append("Your notes, bookmarks and imports were not touched. Restart to use the new data.")
    return lines


def changes_lines(changes: Changes) -> list[str]:
    lines = [
        f"What changed since version {changes.old_version}: {len(changes.added)} added, "
        f"{len(changes.removed)} removed, {len(changes.changed)} changed."
    ]
    for title, names in (
        ("Added", changes.added),
        ("Removed", changes.removed),
        ("Changed", changes.changed),
    ):
        if names:
            lines.append(f"  {title} ({len(names)}):")
            lines += [f"    {_name(n)}" for n in names[:MAX_NAMES]]
            if len(names) > MAX_NAMES:
                lines.append(f"    … and {len(names) - MAX_NAMES} more")
    return lines


def _name(n: EntityName) -> str:
    return f"{n.name}  [{n.kind}]  {n.id}"


def _items(title: str, items: list[UserItem]) -> list[str]:
    if not items:
        return []
    lines = [f"{title} (kept, {len(items)}):"]
    lines += [f"    {i.label}  {i.entity_id}" for i in items]
    return lines
