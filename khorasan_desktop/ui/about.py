"""About box text: version, data version and every attribution and licence."""

from __future__ import annotations

import html

from khorasan_desktop import resources
from khorasan_desktop.data.reference import Reference


def licences_html() -> str:
    """What each shipped part is licensed under (from resources/DATA-LICENCES.md)."""
    try:
        rows = resources.licence_summary()
    except OSError as exc:
        return f"<p><b>Licences.</b> The licence file is missing: {html.escape(str(exc))}</p>"
    items = "".join(
        f"<li><b>{html.escape(what)}</b>: {html.escape(licence)}</li>" for what, licence in rows
    )
    return (
        f"<p><b>Licences</b> (full texts: Show Details, or {resources.DATA_LICENCES} in the "
        f"installation)</p><ul>{items}</ul>"
    )


def about_html(ref: Reference, version: str, imported: list[str] | None = None) -> str:
    """``imported``: attribution lines of the user's imported data sets (UCDP, ACLED)."""
    meta = ref.meta
    import platform

    import PySide6
    from PySide6 import QtCore

    runtime = (
        f"Qt {QtCore.qVersion()}, PySide6 {PySide6.__version__}, Python {platform.python_version()}"
    )
    items = "".join(f"<li>{html.escape(a)}</li>" for a in [*ref.attributions(), *(imported or [])])
    return (
        f"<h3>Khorasan Desktop {html.escape(version)}</h3>"
        f"<p>Offline reference on ISIS-K and the militant landscape of Afghanistan and its "
        f"neighbours. Reference data {html.escape(meta.get('data_version', '?'))}, as of "
        f"{html.escape(meta.get('as_of', '?'))}. This program never opens a network "
        f"connection.</p>"
        f"<p>Running on {html.escape(runtime)}.</p>"
        f"<p><b>Data and attributions</b></p><ul>{items}</ul>"
        f"<p><b>Grading.</b> {html.escape(meta.get('grading', ''))}</p>"
        f"<p><b>Coverage.</b> {html.escape(meta.get('coverage_caveat', ''))}</p>"
        f"{licences_html()}"
        "<p><b>Keys.</b> Ctrl+K or Ctrl+F search · Enter opens the top hit · Ctrl+click opens "
        "in a new tab · Alt+Left/Right back/forward · Ctrl+W close tab · Ctrl+D bookmark · "
        "Ctrl+G relation graph · Ctrl+Shift+C chart · Ctrl+M map · F1 user guide.</p>"
    )
