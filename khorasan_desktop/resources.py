"""The one module that knows the files shipped under ``resources/``."""

from __future__ import annotations

from pathlib import Path

from khorasan_desktop import paths

MAP_COUNTRIES = "map/region_countries_50m.geojson"
MAP_ADMIN1 = {
    iso: f"map/ne_10m_admin1_{iso.lower()}.geojson"
    for iso in ("AFG", "PAK", "IRN", "TJK", "UZB", "TKM")
}
FONTS = (
    "fonts/DejaVuSans.ttf",
    "fonts/DejaVuSans-Bold.ttf",
    "fonts/DejaVuSans-Oblique.ttf",
    "fonts/NotoSansArabic-Regular.ttf",
    "fonts/NotoSansArabic-Bold.ttf",
)
GUIDE = "guide.md"  # the user guide (F1), also read by the command line's --help
ICON_NAME = "khorasan-desktop"  # also the name of the launcher and the .desktop entry
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)  # rendered by packaging/render_icons.py
ICON_SVG = f"icons/{ICON_NAME}.svg"
ICON_PNGS = tuple(f"icons/{ICON_NAME}-{n}.png" for n in ICON_SIZES)
REQUIRED_ASSETS: tuple[str, ...] = (
    MAP_COUNTRIES,
    *MAP_ADMIN1.values(),
    *FONTS,
    GUIDE,
    ICON_SVG,
    *ICON_PNGS,
)
_VIEW_SYNTAX = ("<!-- view-syntax -->", "<!-- /view-syntax -->")


def path(relative: str) -> Path:
    """Absolute path of a shipped resource (raises if the install is incomplete)."""
    full = paths.resources_dir() / relative
    if not full.exists():
        raise FileNotFoundError(f"Missing resource {relative} (looked in {full.parent})")
    return full


def guide_text() -> str:
    """The user guide's Markdown (written once, shown by F1 and linked from docs/)."""
    return path(GUIDE).read_text(encoding="utf-8")


def view_syntax() -> str:
    """The guide's view-spec section as plain text, for ``export --help``: one text for the
    guide and the command line, so they cannot disagree."""
    text = guide_text()
    start, end = (text.index(marker) for marker in _VIEW_SYNTAX)
    block = text[start + len(_VIEW_SYNTAX[0]) : end].strip()
    return block.removeprefix("```").removesuffix("```").strip("\n")
