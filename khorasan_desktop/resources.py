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
# The guide in the interface's other languages (machine-made, awaiting native review);
# each keeps the English guide's headings in the same order (tests/ui/test_guide.py).
GUIDE_TRANSLATIONS = {"fa_AF": "guide.fa_AF.md", "ps": "guide.ps.md"}
DATA_LICENCES = "DATA-LICENCES.md"  # shown in Help > About
FONT_LICENCES = "fonts/LICENSES.md"
ICON_NAME = "khorasan-desktop"  # also the name of the launcher and the .desktop entry
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)  # rendered by packaging/render_icons.py
ICON_SVG = f"icons/{ICON_NAME}.svg"
ICON_PNGS = tuple(f"icons/{ICON_NAME}-{n}.png" for n in ICON_SIZES)
REQUIRED_ASSETS: tuple[str, ...] = (
    MAP_COUNTRIES,
    *MAP_ADMIN1.values(),
    *FONTS,
    GUIDE,
    *GUIDE_TRANSLATIONS.values(),
    DATA_LICENCES,
    FONT_LICENCES,
    ICON_SVG,
    *ICON_PNGS,
)
_VIEW_SYNTAX = ("<!-- view-syntax -->", "<!-- /view-syntax -->")
_LICENCE_LINE = "**Licence:**"


def path(relative: str) -> Path:
    """Absolute path of a shipped resource (raises if the install is incomplete)."""
    full = paths.resources_dir() / relative
    if not full.exists():
        raise FileNotFoundError(f"Missing resource {relative} (looked in {full.parent})")
    return full


def guide_language(language: str) -> str:
    """The language the guide is shown in for interface ``language`` (en, fa_AF, ps): its
    own when the guide is translated into it and installed, else English."""
    name = GUIDE_TRANSLATIONS.get(language)
    if name is not None and (paths.resources_dir() / name).is_file():
        return language
    return "en"


def guide_text(language: str = "en") -> str:
    """The user guide's Markdown in ``language`` (see :func:`guide_language`; the English
    one is written first, shown by F1 and linked from docs/). A translation's empty
    view-syntax section takes the English guide's: it is the command line's own text
    (``export --help``), so it has one copy, in English."""
    name = GUIDE_TRANSLATIONS.get(guide_language(language), GUIDE)
    text = path(name).read_text(encoding="utf-8")
    if name == GUIDE:
        return text
    english = path(GUIDE).read_text(encoding="utf-8")
    start, end = _view_syntax_span(text)
    if text[start:end].strip() == "":
        e_start, e_end = _view_syntax_span(english)
        text = text[:start] + english[e_start:e_end] + text[end:]
    return text


def _view_syntax_span(text: str) -> tuple[int, int]:
    """Where the view-syntax section's content starts and ends (between its markers)."""
    start = text.index(_VIEW_SYNTAX[0]) + len(_VIEW_SYNTAX[0])
    return start, text.index(_VIEW_SYNTAX[1], start)


def view_syntax() -> str:
    """The guide's view-spec section as plain text, for ``export --help``: one text for the
    guide and the command line, so they cannot disagree."""
    text = guide_text()
    start, end = _view_syntax_span(text)
    block = text[start:end].strip()
    return block.removeprefix("```").removesuffix("```").strip("\n")


def licences_text() -> str:
    """The licences of everything shipped (Markdown), fonts' full texts appended."""
    return "\n\n".join(
        path(name).read_text(encoding="utf-8") for name in (DATA_LICENCES, FONT_LICENCES)
    )


def licence_summary() -> list[tuple[str, str]]:
    """(what, licence) for each part of the shipped data: each ``## `` section of
    DATA-LICENCES.md and its ``**Licence:**`` paragraph, for the About box."""
    out: list[tuple[str, str]] = []
    for section in path(DATA_LICENCES).read_text(encoding="utf-8").split("\n## ")[1:]:
        title, _, body = section.partition("\n")
        paragraph = body.strip().split("\n\n")[0]
        if paragraph.startswith(_LICENCE_LINE):
            out.append((title.strip(), " ".join(paragraph[len(_LICENCE_LINE) :].split())))
    return out
