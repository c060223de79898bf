"""Countries and provinces of the reference, found by the names event sources use.

Source spellings differ from the reference's (``Maidan Wardak``, ``Kondoz``); the lookup
folds names and knows the usual variants, and an unmatched province is reported by the
import rather than guessed.
"""

from __future__ import annotations

import re

from khorasan_desktop.core.normalize import compact, normalize
from khorasan_desktop.data.events.mapping import fold_country
from khorasan_desktop.data.reference import Reference

# Spellings used by UCDP/ACLED that the reference's names and aliases do not fold to.
EXTRA_PROVINCE_SPELLINGS = {
    "maidan wardak": "wardak",
    "maydan wardak": "wardak",
    "oruzgan": "uruzgan",
    "urozgan": "uruzgan",
    "kondoz": "kunduz",
    "konar": "kunar",
    "qandahar": "kandahar",
    "zabol": "zabul",
    "parvan": "parwan",
    "ghowr": "ghor",
    "bamiyan": "bamyan",
    "dai kundi": "daykundi",
    "kurdistan": "kordestan",
    "west azerbaijan": "west azarbaijan",
    "east azerbaijan": "east azarbaijan",
    "isfahan": "esfahan",
    "ardabil": "ardebil",
    "kohgiluyeh and boyer ahmad": "kohgiluyeh and buyer ahmad",
    "chaharmahal and bakhtiari": "chahar mahall and bakhtiari",
}
_PROV_PREFIX = re.compile(r"^(wilayat e |wilayat |province of )")
_PROV_SUFFIX = re.compile(r" (province|provinces|prov)$")


def _province_key(name: str) -> str:
    return _PROV_SUFFIX.sub("", _PROV_PREFIX.sub("", normalize(name)))


class PlaceLookup:
    """Countries and provinces of the reference, found by name, alias or spelling variant."""

    def __init__(self, ref: Reference) -> None:
        self.countries: dict[str, str] = {}
        self.provinces: dict[tuple[str, str], str] = {}
        # Names two provinces of one country share ("Tashkent": the city and the region):
        # never matched, the source's text is kept.
        self.ambiguous: set[tuple[str, str]] = set()
        rows = ref.db.execute(
            "SELECT n.entity_id, n.name, e.subtype, r.parent_id FROM names n "
            "JOIN entities e ON e.id = n.entity_id JOIN regions r ON r.entity_id = e.id "
            "WHERE e.kind = 'region' AND e.subtype IN ('country', 'province')"
        ).fetchall()
        for ent_id, name, subtype, parent in rows:
            if subtype == "country":
                self.countries.setdefault(fold_country(name), ent_id)
                self.countries.setdefault(compact(name), ent_id)
            elif parent:
                key = _province_key(name)
                for k in ((parent, key), (parent, key.replace(" ", ""))):
                    if self.provinces.setdefault(k, ent_id) != ent_id:
                        self.ambiguous.add(k)
        self.with_provinces = {c for c, _ in self.provinces}
        self.iso: dict[str, str] = {
            str(code).upper(): ent_id
            for ent_id, code in ref.db.execute(
                "SELECT entity_id, iso_code FROM regions WHERE type = 'country' "
                "AND iso_code IS NOT NULL"
            )
        }
        self._cache: dict[tuple[str, str], str | None] = {}

    def country(self, name: str) -> str | None:
        if not name:
            return None
        return self.countries.get(fold_country(name)) or self.countries.get(compact(name))

    def country_by_iso(self, alpha3: str) -> str | None:
        """The country whose ISO 3166-1 alpha-3 code the reference stores."""
        return self.iso.get(alpha3.strip().upper())

    def province(self, country_id: str, name: str) -> str | None:
        ck = (country_id, name)
        if ck in self._cache:
            return self._cache[ck]
        key = _province_key(name)
        key = EXTRA_PROVINCE_SPELLINGS.get(key, key)
        found = None
        for k in ((country_id, key), (country_id, key.replace(" ", ""))):
            if k in self.ambiguous:
                break
            if k in self.provinces:
                found = self.provinces[k]
                break
        if len(self._cache) < 100_000:
            self._cache[ck] = found
        return found
