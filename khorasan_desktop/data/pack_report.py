"""What an installed data pack changed, as lines for the command line and the GUI."""

from __future__ import annotations

from khorasan_desktop.data.packs import (
    Changes,
    EntityName,
    InstallResult,
    UserItem,
)

MAX_NAMES = 20  # orphaned notes/bookmarks listed by name before '… and N more'


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
