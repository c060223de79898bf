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
REQUIRED_ASSETS: tuple[str, ...] = (MAP_COUNTRIES, *MAP_ADMIN1.values(), *FONTS)


def path(relative: str) -> Path:
    """Absolute path of a shipped resource (raises if the install is incomplete)."""
    full = paths.resources_dir() / relative
    if not full.exists():
        raise FileNotFoundError(f"Missing resource {relative} (looked in {full.parent})")
    return full
