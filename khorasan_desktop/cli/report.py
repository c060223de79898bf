"""``khorasan-desktop export pdf``: the same report the GUI makes, from the command line."""

from __future__ import annotations

import argparse
import os
import sys

from khorasan_desktop import paths
from khorasan_desktop.core import viewspec
from khorasan_desktop.data.reference import Reference


def export_pdf(args: argparse.Namespace) -> int:
    from khorasan_desktop.cli import UsageError

    if not args.view and not args.investigation:
        raise UsageError("give at least one --view, e.g. --view entity:ISIS-K --view chart")
    ref = Reference(args.db or paths.reference_db())
    specs = _investigation_specs(ref, args) + [viewspec.parse(v) for v in args.view]
    from khorasan_desktop.views import notes as notes_kind
    from khorasan_desktop.views import registry

    user_db = paths.user_db()
    notes = notes_kind.UserContent()
    if any(s.kind in ("notes", "bookmarks") for s in specs):
        from khorasan_desktop.data.userdb import UserStore

        user = UserStore(user_db)
        notes = notes_kind.read(user)
        user.close()
    # Every view resolved (bad names and options refused) and loaded once, before Qt starts.
    from khorasan_desktop.views.events import REPORT_MAX_ROWS

    max_rows = REPORT_MAX_ROWS if args.max_rows is None else args.max_rows
    if max_rows < 0:
        raise UsageError("--max-rows takes 0 (no cap) or a positive number")
    # Long tables loaded only as far as they are printed (the count comes with them).
    loaded = registry.load_all(ref, specs, user_db, notes, max_rows=max_rows or None)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from khorasan_desktop.report import compose
    from khorasan_desktop.ui.qt_messages import quiet_known_noise

    quiet_known_noise()
    app = QApplication.instance() or QApplication([])
    from khorasan_desktop.ui import i18n

    i18n.apply(args.language)
    from khorasan_desktop.core.i18n import translate

    default_title = translate("ExportDialog", "Khorasan Desktop report")
    title = args.title or args.investigation or default_title
    pictures = compose.record_pictures(ref, loaded)
    options = compose.ReportOptions(title, args.author, args.banner, user_db, max_rows)
    from khorasan_desktop.report.document import ExportFailed

    try:
        pages = compose.write_report(ref, loaded, pictures, options, args.output)
    except ExportFailed as exc:
        raise UsageError(str(exc)) from exc
    del app
    print(f"{args.output}: {pages} pages", file=sys.stdout)
    return 0


def _investigation_specs(ref: Reference, args: argparse.Namespace) -> list[viewspec.ViewSpec]:
    """The views of a saved investigation as the GUI's one-step export lists them (a
    chart brings its events table)."""
    if not args.investigation:
        return []
    from khorasan_desktop.cli import UsageError
    from khorasan_desktop.data.userdb import UserStore
    from khorasan_desktop.ui.pages import spec_entries

    user = UserStore(paths.user_db())
    try:
        inv = user.investigation(args.investigation)
        saved = [i.name for i in user.investigations()]
    finally:
        user.close()
    if inv is None:
        known = f" (saved: {', '.join(saved)})" if saved else " (none is saved)"
        raise UsageError(f"no investigation named {args.investigation!r}{known}")
    return [  # graphs with their tabs' positions and pins, as the GUI's export prints them
        spec
        for tab in inv.tabs
        if (tab_spec := tab.view_spec()) is not None
        for _label, spec in spec_entries(ref, tab_spec, tab.title)
    ]
