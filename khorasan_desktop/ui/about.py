"""About box text: version, data version and every attribution and licence."""

from __future__ import annotations

import html

from khorasan_desktop import resources
from khorasan_desktop.core.i18n import translate
from khorasan_desktop.data.reference import Reference


def licences_html() -> str:
    """What each shipped part is licensed under (from resources/DATA-LICENCES.md)."""
    try:
        rows = resources.licence_summary()
    except OSError as exc:
        missing = translate("about", "<b>Licences.</b> The licence file is missing: {problem}")
        return f"<p>{missing.format(problem=html.escape(str(exc)))}</p>"
    items = "".join(
        f"<li><b>{html.escape(what)}</b>: {html.escape(licence)}</li>" for what, licence in rows
    )
    heading = translate(
        "about", "<b>Licences</b> (full texts: Show Details, or {file} in the installation)"
    ).format(file=resources.DATA_LICENCES)
    return f"<p>{heading}</p><ul>{items}</ul>"


def translation_note() -> str:
    """Said in the language shown: the Dari and Pashto words are not yet reviewed."""
    from khorasan_desktop.ui import i18n

    if i18n.language() == "en":
        return translate(
            "about",
            "The interface is also available in Dari and Pashto (View > Language); those "
            "translations await review by native speakers.",
        )
    return translate(
        "about",
        "This translation of the interface awaits review by native speakers; names, "
        "sources and quotations stay as the sources give them.",
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
    intro = translate(
        "about",
        "Offline reference on ISIS-K and the militant landscape of Afghanistan and its "
        "neighbours. Reference data {data_version}, as of {as_of}. This program never "
        "opens a network connection.",
    ).format(
        data_version=html.escape(meta.get("data_version", "?")),
        as_of=html.escape(meta.get("as_of", "?")),
    )
    running = translate("about", "Running on {runtime}.").format(runtime=html.escape(runtime))
    # The grading and coverage texts are the data's own (reference metadata): as stored.
    name = translate("about", "Khorasan Desktop")
    data_heading = translate("about", "Data and attributions")
    grading, coverage = translate("about", "Grading."), translate("about", "Coverage.")
    return (
        f"<h3>{name} {html.escape(version)}</h3>"
        f"<p>{intro}</p>"
        f"<p>{running}</p>"
        f"<p><i>{translation_note()}</i></p>"
        f"<p><b>{data_heading}</b></p><ul>{items}</ul>"
        f"<p><b>{grading}</b> {html.escape(meta.get('grading', ''))}</p>"
        f"<p><b>{coverage}</b> "
        f"{html.escape(meta.get('coverage_caveat', ''))}</p>"
        f"{licences_html()}"
        "<p>"
        + translate(
            "about",
            "<b>Keys.</b> Ctrl+K or Ctrl+F search · Enter opens the top hit · Ctrl+click "
            "opens in a new tab · Alt+Left/Right back/forward · Ctrl+W close tab · Ctrl+D "
            "bookmark · Ctrl+G relation graph · Ctrl+Shift+C chart · Ctrl+M map · F1 user "
            "guide.",
        )
        + "</p>"
    )
