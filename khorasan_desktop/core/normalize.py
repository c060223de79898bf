"""Search-text normalisation shared by the index builder and the query side.

Names reach analysts in many spellings: ISKP / IS-KP / IS–KP, Khorasan / Khurasan,
Taliban / Taleban, al-Qaida / al Qaeda, Arabic and Persian letter forms. Both the
index and every query go through :func:`normalize` so the spellings meet.
"""

from __future__ import annotations

import re
import unicodedata

# Arabic / Persian letter variants folded to one form (Persian yeh and keheh to the
# Arabic letters, alef variants to bare alef, teh marbuta to heh, alef maqsura to yeh).
_ARABIC_FOLD = str.maketrans(
    {
        "ی": "ي",
        "ى": "ي",
        "ئ": "ي",
        "ې": "ي",
        "ۍ": "ي",
        "ک": "ك",
        "ڪ": "ك",
        "ة": "ه",
        "ۀ": "ه",
        "ہ": "ه",
        "ھ": "ه",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
        "ـ": "",  # tatweel
        "ء": "",
    }
)

# Characters that only steer layout or joining: dropped, never turned into spaces.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad\u0000-\u001f\u007f]")
# Apostrophe-like marks inside transliterations: Da'esh, Qa'ida, ʿAbd.
_APOSTROPHES = re.compile("['’‘`ʼʻʿʾ´]")
# Anything that is neither a letter nor a digit separates words (hyphens, dashes, dots ...).
_SEPARATORS = re.compile(r"[^\w]+|_+")

# Whole-word transliteration variants, mapped to one spelling.
_TOKEN_VARIANTS: dict[str, str] = {
    "khurasan": "khorasan",
    "khorassan": "khorasan",
    "khorasaan": "khorasan",
    "xurasan": "khorasan",
    "taleban": "taliban",
    "talebans": "taliban",
    "talibans": "taliban",
    "qaeda": "qaida",
    "qaede": "qaida",
    "qaidah": "qaida",
    "quaida": "qaida",
    "qaida's": "qaida",
    "daish": "daesh",
    "daeesh": "daesh",
    "wilayah": "wilayat",
    "vilayat": "wilayat",
    "velayat": "wilayat",
    "welayat": "wilayat",
    "vilayet": "wilayat",
    "el": "al",
    "ul": "al",
    "turkistan": "turkestan",
    "toiba": "taiba",
    "tayyiba": "taiba",
    "tayiba": "taiba",
    "tayyaba": "taiba",
    "taibah": "taiba",
    "mohajir": "muhajir",
    "mohajer": "muhajir",
    "muhajer": "muhajir",
    "shihab": "shahab",
    "hilmand": "helmand",
    "hirat": "herat",
    "jawzjan": "jowzjan",
    "paktya": "paktia",
    "nimruz": "nimroz",
    "daikundi": "daykundi",
    "panjsher": "panjshir",
    "baluchistan": "balochistan",
    "afganistan": "afghanistan",
}


_SURROGATE = re.compile("[\ud800-\udfff]")


def valid_text(text: str) -> str:
    """``text`` as valid Unicode: surrogate pairs joined, lone surrogates (from a broken
    clipboard or undecodable command-line bytes) dropped, so it can be encoded as UTF-8."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "ignore")


def fold(text: str) -> str:
    """Case-fold, strip diacritics and tashkeel, unify Arabic-script letter forms."""
    text = _INVISIBLE.sub("", text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.translate(_ARABIC_FOLD)
    return text.casefold()


def tokens(text: str) -> list[str]:
    """Normalised words of ``text``, with transliteration variants unified."""
    text = _APOSTROPHES.sub("", fold(text))
    words = [w for w in _SEPARATORS.split(text) if w]
    return [_TOKEN_VARIANTS.get(w, w) for w in words]


def normalize(text: str) -> str:
    """Normalised form used for both indexing and querying (words joined by one space)."""
    return " ".join(tokens(text))


def compact(text: str) -> str:
    """Normalised form without separators, so acronyms match however they are split.

    ``ISKP``, ``IS-KP``, ``IS–KP`` and ``is kp`` all give ``iskp``; the article ``al``
    is kept, so ``al qaeda`` and ``alqaeda`` agree.
    """
    return "".join(tokens(text))
