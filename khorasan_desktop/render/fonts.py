"""The shipped fonts: DejaVu Sans for text, Noto Sans Arabic for Arabic-script names.

Registered once per process so windows and PDF reports render the same glyphs on every
machine, whatever fonts the system has.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from khorasan_desktop import resources

FAMILIES = ("DejaVu Sans", "Noto Sans Arabic")
# The smallest text a printed picture may show (graph names, timeline lanes, axes,
# legends), measured on the page after the report scales the picture to fit.
MIN_PRINT_PT = 7.2
_loaded: list[str] = []


def load() -> list[str]:
    """Register the shipped fonts (idempotent); returns the families now available."""
    if not _loaded:
        for rel in resources.FONTS:
            font_id = QFontDatabase.addApplicationFont(str(resources.path(rel)))
            if font_id >= 0:
                _loaded.extend(QFontDatabase.applicationFontFamilies(font_id))
        # Arabic-script text in any face, italic too (DejaVu Sans Oblique has no Arabic
        # letters and italic text showed boxes): the shipped Arabic face fills in.
        for family in ("DejaVu Sans",):
            if "Noto Sans Arabic" not in QFont.substitutes(family):
                QFont.insertSubstitution(family, "Noto Sans Arabic")
    return sorted(set(_loaded))


def font(point_size: float = 10, bold: bool = False, arabic_first: bool = False) -> QFont:
    """A font that falls back to the Arabic face for Arabic-script characters;
    ``arabic_first``: Noto Sans Arabic before DejaVu Sans (whose own few Arabic glyphs
    lack letters of Pashto), for text mostly in Dari or Pashto."""
    load()
    f = QFont()
    f.setFamilies(list(reversed(FAMILIES)) if arabic_first else list(FAMILIES))
    f.setPointSizeF(point_size)
    f.setBold(bold)
    return f
