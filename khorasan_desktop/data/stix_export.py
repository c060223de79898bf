"""The reference data (and the user's notes) as a STIX 2.1 bundle.

Mapping (see also docs and the report of the export):

- actors: groups and people become ``threat-actor`` (``threat_actor_types: terrorist``;
  people also carry ``resource_level: individual`` and ``roles: director``, the hint
  OpenCTI reads as "Threat-Actor-Individual"). People are threat actors rather than
  ``identity`` objects because STIX identities have no ``aliases`` and the people in the
  data are militant leaders. States and governments become ``identity`` objects with
  ``identity_class: organization`` and ``sectors: government-national``.
- regions become ``location`` objects: countries by ISO 3166-1 alpha-2 code, provinces as
  ``administrative_area`` within their country with coordinates where known (both with
  the country's UN M49 sub-region), macro and historical regions by the STIX region
  vocabulary where it fits (from the name, or the regions of their member countries). A
  vague region with no region, country or coordinates is left out with its links (a STIX
  location needs one) rather than given a place the source does not state.
- incidents become ``incident`` objects; STIX 2.1 gives incidents no date, so dates,
  figures and attribution are in the description and in ``x_khorasan_*`` properties
  declared by a top-level property extension. They link to their actor and to their
  province or country (our types ``attributed-to`` and ``located-at``; see relations).
- other events of the brief: campaigns and attack series become ``campaign`` objects
  (``first_seen``/``last_seen``); wars, agreements, foundings etc. become ``grouping``
  objects (context ``unspecified``) that group their participants and places.
- every incident and campaign, and every actor or state with relations, is also a
  ``grouping`` of itself, the other ends and the relationships: MISP reads groupings as
  its events (it has no incident object and drops links between its galaxy clusters from
  bundles it did not write), OpenCTI as containers. Places and actors that no grouping or
  report holds share one more grouping (MISP would copy them into every event).
- relations become ``relationship`` objects with our type in ``x_khorasan_relation_type``.
  The STIX type is the suggested one that says the same where STIX suggests one for the
  two ends (``located-in``/``operates-in`` -> ``located-at``, ``threatens`` ->
  ``targets``), else ``related-to``: the validator's strict mode fails on any other.
  ``start_time`` is the first day of the start, ``stop_time`` the day after the end
  (a relation "2013-2019" stops at 2020-01-01T00:00:00Z).
- the brief becomes a ``report`` (published 2021-07-01, approximate) whose
  ``object_refs`` are the exported objects that cite it; facts and judgements become
  ``note`` objects, so do the user's own notes.
- citations become ``external_references`` (source title, locator, grades and address in
  the text: a ``url`` would need the hash of what it served). Each object also carries
  the licence marking (a ``statement`` marking definition) of every data set that it or
  its names cite.
- a TLP banner marks every object with the TLP 2.0 marking definition published by
  OASIS (fixed ids; TLP:WHITE is read as TLP:CLEAR).

Ids are uuid5 over a fixed namespace and our ids, with the version bits set to 4 (STIX
asks for UUIDv4 ids on domain objects); ``created``/``modified`` come from the data's
``as_of`` date, so the same data and options give a byte-identical file.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Callable, Iterable
from typing import Any

from khorasan_desktop.core.models import Citation, Entity
from khorasan_desktop.data.errors import DataError
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.data.stix_lib import stix2
from khorasan_desktop.data.userdb import UserStore

NAMESPACE = uuid.UUID("5b0f3c1e-8a43-5d0e-9c61-4b7a2f1d9e70")
BRIEF_SOURCE_ID = "src-brief"
BRIEF_PUBLISHED = "2021-07-01T00:00:00Z"

EXTENSION_ID = "extension-definition--6f3c9a52-1d7e-4b8a-9f0e-2c5d7a1b3e48"  # fixed for good
EXTENSION_PROPERTIES = [
    "x_khorasan_id",
    "x_khorasan_kind",
    "x_khorasan_aliases",
    "x_khorasan_date",
    "x_khorasan_date_end",
    "x_khorasan_date_precision",
    "x_khorasan_place",
    "x_khorasan_latitude",
    "x_khorasan_longitude",
    "x_khorasan_deaths_low",
    "x_khorasan_deaths_best",
    "x_khorasan_deaths_high",
    "x_khorasan_injuries",
    "x_khorasan_attack_type",
    "x_khorasan_target",
    "x_khorasan_attribution",
    "x_khorasan_perpetrator_text",
    "x_khorasan_relation_type",
    "x_khorasan_period",
    "x_khorasan_vague",
    "x_khorasan_iso_code",
    "x_khorasan_note_kind",
]

# TLP 2.0 marking definitions as published by the OASIS CTI TC (cti-stix-common-objects,
# extension-definition-specifications/tlp-2.0): ids and "created" are fixed.
TLP2_EXTENSION_ID = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"
TLP2_CREATED = "2022-10-01T00:00:00.000Z"
TLP2_IDS = {
    "clear": "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
    "green": "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
    "amber": "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
    "amber+strict": "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
    "red": "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
}
_TLP_RE = re.compile(r"TLP\s*:?\s*(CLEAR|WHITE|GREEN|AMBER\s*\+\s*STRICT|AMBER|RED)\b", re.I)

# ISO 3166-1 alpha-3 -> (alpha-2, UN M49 sub-region as STIX region-ov, continent).
COUNTRIES: dict[str, tuple[str, str, str]] = {
    "AFG": ("AF", "southern-asia", "asia"),
    "BGD": ("BD", "southern-asia", "asia"),
    "CHN": ("CN", "eastern-asia", "asia"),
    "IND": ("IN", "southern-asia", "asia"),
    "IRN": ("IR", "southern-asia", "asia"),
    "IRQ": ("IQ", "western-asia", "asia"),
    "KAZ": ("KZ", "central-asia", "asia"),
    "KGZ": ("KG", "central-asia", "asia"),
    "PAK": ("PK", "southern-asia", "asia"),
    "RUS": ("RU", "eastern-europe", "europe"),
    "SYR": ("SY", "western-asia", "asia"),
    "TJK": ("TJ", "central-asia", "asia"),
    "TKM": ("TM", "central-asia", "asia"),
    "TUR": ("TR", "western-asia", "asia"),
    "USA": ("US", "northern-america", "americas"),
    "UZB": ("UZ", "central-asia", "asia"),
}
# Region names in the data -> STIX region-ov (UN M49 names).
REGION_NAMES = {
    "central asia": "central-asia",
    "south asia": "southern-asia",
    "southern asia": "southern-asia",
    "eastern asia": "eastern-asia",
    "east asia": "eastern-asia",
    "western asia": "western-asia",
    "middle east": "western-asia",
    "asia": "asia",
    "europe": "europe",
    "eastern europe": "eastern-europe",
    "western europe": "western-europe",
    "africa": "africa",
}
_CONTINENT = {
    "central-asia": "asia",
    "southern-asia": "asia",
    "eastern-asia": "asia",
    "western-asia": "asia",
    "asia": "asia",
    "europe": "europe",
    "eastern-europe": "europe",
    "western-europe": "europe",
    "africa": "africa",
    "northern-america": "americas",
}
CAMPAIGN_SUBTYPES = ("campaign", "attack")
# (source type, relationship type, target type) that STIX 2.1 suggests and our data uses;
# any other link is exported as the common ``related-to`` with our own type kept in
# ``x_khorasan_relation_type`` (the validator's strict mode fails on unsuggested types).
SUGGESTED_RELATIONSHIPS = frozenset(
    {
        ("threat-actor", "located-at", "location"),
        ("threat-actor", "targets", "location"),
        ("threat-actor", "targets", "identity"),
        ("threat-actor", "attributed-to", "identity"),
        ("identity", "located-at", "location"),
        ("campaign", "attributed-to", "threat-actor"),
        ("campaign", "targets", "location"),
        ("campaign", "targets", "identity"),
        ("campaign", "originates-from", "location"),
    }
)
# Our relation types -> the STIX type that says the same, where one does.
STIX_RELATION_NAMES = {
    "located-in": "located-at",
    "operates-in": "located-at",
    "threatens": "targets",
}
LICENCE_MARKING_NAME = "Licence"
Progress = Callable[[int, int], None] | None
Cancelled = Callable[[], bool] | None


class StixCancelled(DataError):
    """The user cancelled a STIX export or import; nothing was written."""


def _uuid(key: str) -> uuid.UUID:
    """uuid5 over our namespace, with the version bits set to 4: STIX asks for UUIDv4 in
    SDO/SRO ids (the validator warns on every v5 id), and the value stays a pure function
    of the key, so re-exports give the same ids."""
    return uuid.UUID(bytes=uuid.uuid5(NAMESPACE, key).bytes, version=4)


def stix_id(stix_type: str, key: str) -> str:
    """Deterministic STIX id: the same key always gives the same id."""
    return f"{stix_type}--{_uuid(f'{stix_type}:{key}')}"


def tlp_level(banner: str | None) -> str | None:
    """``TLP:AMBER`` (any case, TLP 1.0 or 2.0 names) -> ``amber``; empty -> None."""
    if not banner or not banner.strip():
        return None
    text = banner.strip()
    if text.lower() in TLP2_IDS:
        return text.lower()
    match = _TLP_RE.search(text)
    if match is None:
        raise DataError(
            f"Banner {banner!r} is not a TLP marking: use TLP:CLEAR, TLP:GREEN, TLP:AMBER, "
            "TLP:AMBER+STRICT or TLP:RED."
        )
    level = re.sub(r"\s+", "", match.group(1).lower())
    return "clear" if level == "white" else level


def tlp_marking(level: str) -> stix2.MarkingDefinition:
    return stix2.MarkingDefinition(
        id=TLP2_IDS[level],
        created=TLP2_CREATED,
        name=f"TLP:{level.upper()}",
        extensions={TLP2_EXTENSION_ID: {"extension_type": "property-extension", "tlp_2_0": level}},
    )


def _iso_ts(day: str) -> str:
    return f"{day}T00:00:00Z"


def _day_after(day: str) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()


def _year_bounds(text: str | None) -> tuple[str, str] | None:
    """First and last day of ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (None if unparseable)."""
    if not text:
        return None
    from khorasan_desktop.core import dates

    try:
        fd = dates.parse(text.strip())
    except (ValueError, IndexError):
        return None
    if fd.start is None or fd.end is None:
        return None
    return fd.start, fd.end


def _external_references(citations: Iterable[Citation]) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    seen: set[tuple[str, str, str]] = set()
    for c in citations:
        grades = f"source grade {c.reliability or '?'}, information grade {c.credibility or '?'}"
        # The address goes in the text, not in ``url``: STIX asks a referenced URL to carry
        # the hash of what it served, and a web page read once has none to give.
        where = f"; {c.url}" if c.url else ""
        ref = {"source_name": c.source_title, "description": f"{c.locator} ({grades}){where}"}
        key = (ref["source_name"], ref["description"], "")
        if key not in seen:
            seen.add(key)
            out.append(ref)
    return out


def _alias_references(ent: Entity) -> list[dict[str, str]]:
    """Where each alias comes from, as external references (``alias "ISKP": locator``), so
    the names keep their sources in platforms that show references but not our notes."""
    out: list[dict[str, str]] = []
    for a in ent.aliases:
        for c in a.citations:
            ref = _external_references([c])[0]
            ref["description"] = f'alias "{a.alias}": {ref["description"]}'
            if c.note:
                ref["description"] += f"; {c.note}"
            out.append(ref)
    return out


def _aliases(ent: Entity) -> list[str]:
    seen: set[str] = {ent.name}
    out: list[str] = []
    for a in ent.aliases:
        if a.alias and a.alias not in seen:
            seen.add(a.alias)
            out.append(a.alias)
    return out


def _first_year(text: Any) -> str | None:
    match = re.search(r"\b(1[89]\d\d|20\d\d)\b", str(text or ""))
    return f"{match.group(1)}-01-01T00:00:00Z" if match else None


def _licences(ref: Reference) -> dict[str, tuple[str, str]]:
    """Source id -> (marking id, statement) for the data sets with a stated licence, so
    every object carries the licence of the data it comes from (resources/DATA-LICENCES)."""
    out: dict[str, tuple[str, str]] = {}
    for source_id, title, licence, attribution in ref.db.execute(
        "SELECT entity_id, title, licence, attribution FROM sources "
        "WHERE licence IS NOT NULL AND licence != '' ORDER BY entity_id"
    ):
        statement = f"{title}: {licence}."
        if attribution:
            statement += f" {attribution}"
        out[source_id] = (stix_id("marking-definition", f"licence:{source_id}"), statement)
    return out


class _Builder:
    def __init__(
        self,
        ref: Reference,
        user: UserStore | None,
        tlp: str | None,
        progress: Progress,
        cancelled: Cancelled,
    ) -> None:
        self.ref = ref
        self.user = user
        self.level = tlp_level(tlp)
        self.progress = progress
        self.cancelled = cancelled
        as_of = ref.meta.get("as_of") or "2021-07-01"
        self.created = _iso_ts(as_of[:10])
        self.producer_id = stix_id("identity", "producer:khorasan-desktop")
        self.objects: dict[str, stix2.base._STIXBase] = {}
        self.stix_ids: dict[str, str] = {}  # our entity id -> STIX id
        self.cites_brief: set[str] = set()  # STIX ids of objects citing the brief
        self.entities: dict[str, Entity] = {}
        self.links: dict[str, list[tuple[str, str]]] = {}  # source -> (relationship, target)
        self.licences = _licences(ref)  # source id -> (marking id, statement)
        self.licences_used: set[str] = set()
        self.containers: dict[str, str] = {}  # STIX id -> the grouping that carries it

    # -- common --------------------------------------------------------------------------
    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise StixCancelled("Export cancelled.")

    def common(
        self, citations: Iterable[Citation] = (), entity: Entity | None = None
    ) -> dict[str, Any]:
        """Properties every object has; ``entity`` adds the sources of its aliases."""
        cites = list(citations)
        out: dict[str, Any] = {
            "created": self.created,
            "modified": self.created,
            "created_by_ref": self.producer_id,
        }
        refs = _external_references(cites) + (_alias_references(entity) if entity else [])
        if refs:
            out["external_references"] = refs
        markings = [TLP2_IDS[self.level]] if self.level else []
        # Names come from data sets too (UCDP's actor names): their licences apply.
        named = [c for a in entity.aliases for c in a.citations] if entity else []
        used = {c.source_id for c in cites + named if c.source_id in self.licences}
        for source_id in sorted(used):
            self.licences_used.add(source_id)
            markings.append(self.licences[source_id][0])
        if markings:
            out["object_marking_refs"] = markings
        return out

    def custom(self, props: dict[str, Any]) -> dict[str, Any]:
        """x_khorasan_* properties (None dropped) with the extension that declares them."""
        kept = {k: v for k, v in props.items() if v is not None and v != ""}
        if not kept:
            return {}
        kept["extensions"] = {EXTENSION_ID: {"extension_type": "toplevel-property-extension"}}
        kept["allow_custom"] = True
        return kept

    def add(self, obj: Any, cites: Iterable[Citation] = ()) -> None:
        self.objects[obj.id] = obj
        if any(c.source_id == BRIEF_SOURCE_ID for c in cites):
            self.cites_brief.add(obj.id)

    def meta_objects(self) -> list[Any]:
        producer = stix2.Identity(
            id=self.producer_id,
            created_by_ref=self.producer_id,  # the producer vouches for itself (interop)
            created=self.created,
            modified=self.created,
            name="Khorasan Desktop",
            identity_class="system",
            description="Offline reference on ISIS-K; this bundle was exported from its "
            f"reference data version {self.ref.meta.get('data_version', '?')}.",
            object_marking_refs=[TLP2_IDS[self.level]] if self.level else None,
        )
        ext = stix2.ExtensionDefinition(
            id=EXTENSION_ID,
            created_by_ref=self.producer_id,
            created=self.created,
            modified=self.created,
            name="Khorasan Desktop properties",
            description="Top-level x_khorasan_* properties: our ids, event dates with their "
            "precision, casualty figures, attribution and places.",
            schema="x_khorasan_id: Khorasan Desktop entity id; x_khorasan_date / _date_end: ISO "
            "day bounds and x_khorasan_date_precision (day, month, year, decade, unknown); "
            "x_khorasan_deaths_low/_best/_high, x_khorasan_injuries: integers; "
            "x_khorasan_attribution: claimed, attributed or disputed; other properties are "
            "text copied from the reference database.",
            version="1.0.0",
            extension_types=["toplevel-property-extension"],
            extension_properties=EXTENSION_PROPERTIES,
            object_marking_refs=[TLP2_IDS[self.level]] if self.level else None,
        )
        out: list[Any] = [producer, ext]
        if self.level:
            out.append(tlp_marking(self.level))
        for source_id in sorted(self.licences_used):
            marking_id, statement = self.licences[source_id]
            out.append(
                stix2.MarkingDefinition(
                    id=marking_id,
                    created=self.created,
                    created_by_ref=self.producer_id,
                    name=f"{LICENCE_MARKING_NAME}: {statement.split(':', 1)[0]}",
                    definition_type="statement",
                    definition={"statement": statement},
                )
            )
        return out

    # -- entities ------------------------------------------------------------------------
    def actor(self, ent: Entity) -> None:
        kind = str(ent.details.get("type") or ent.subtype or "group")
        summary = ent.summary or ""
        strength = ent.details.get("strength")
        if strength:
            summary = f"{summary}\n\nStrength: {strength}".strip()
        if kind in ("state", "government"):
            sid = stix_id("identity", ent.id)
            obj = stix2.Identity(
                id=sid,
                name=ent.name,
                description=summary or None,
                identity_class="organization",
                sectors=["government-national"],
                **self.common(ent.citations, ent),
                **self.custom(
                    {
                        "x_khorasan_id": ent.id,
                        "x_khorasan_kind": kind,
                        "x_khorasan_aliases": _aliases(ent) or None,
                    }
                ),
            )
        else:
            sid = stix_id("threat-actor", ent.id)
            person = kind == "person"
            obj = stix2.ThreatActor(
                id=sid,
                name=ent.name,
                description=summary or None,
                threat_actor_types=["terrorist"],
                aliases=_aliases(ent) or None,
                first_seen=_first_year(ent.details.get("founded")),
                resource_level="individual" if person else None,
                roles=["director"] if person else None,
                **self.common(ent.citations, ent),
                **self.custom({"x_khorasan_id": ent.id, "x_khorasan_kind": kind}),
            )
        self.stix_ids[ent.id] = sid
        self.add(obj, ent.citations)

    def region_values(self, ent_id: str, depth: int = 0) -> set[str]:
        """STIX region-ov values of a region: from its name, ISO code or members."""
        ent = self.entities.get(ent_id) or self.ref.entity(ent_id)
        name = REGION_NAMES.get(ent.name.lower())
        if name:
            return {name}
        iso = str(ent.details.get("iso_code") or "")
        if ent.subtype == "country" and iso.upper() in COUNTRIES:
            return {COUNTRIES[iso.upper()][1]}
        out: set[str] = set()
        if depth < 3:
            members = ent.details.get("members")
            for member in members if isinstance(members, list) else []:
                out |= self.region_values(str(member["id"]), depth + 1)
        return out

    def country_code(self, ent_id: str | None) -> str | None:
        if not ent_id:
            return None
        ent = self.entities.get(ent_id) or self.ref.entity(ent_id)
        iso = str(ent.details.get("iso_code") or "").upper()
        if ent.subtype == "country" and iso in COUNTRIES:
            return COUNTRIES[iso][0]
        return None

    def region(self, ent: Entity) -> None:
        sid = stix_id("location", ent.id)
        d = ent.details
        props: dict[str, Any] = {}
        rtype = str(d.get("type") or ent.subtype or "")
        parent = d.get("parent_id")
        iso = str(d.get("iso_code") or "")
        if rtype == "country":
            code = self.country_code(ent.id)
            if code:
                props["country"] = code
        elif rtype == "province":
            props["administrative_area"] = ent.name
            code = self.country_code(str(parent) if parent else None)
            if code:
                props["country"] = code
        elif parent and self.country_code(str(parent)):
            props["country"] = self.country_code(str(parent))
        lat, lon = d.get("latitude"), d.get("longitude")
        if isinstance(lat, int | float) and isinstance(lon, int | float):
            props["latitude"] = float(lat)
            props["longitude"] = float(lon)
        if "country" in props:
            # The UN M49 sub-region of the country: a classification, not a claim.
            props["region"] = next(v[1] for v in COUNTRIES.values() if v[0] == props["country"])
        else:
            values = self.region_values(ent.id)
            if len(values) > 1:
                values = {_CONTINENT.get(v, v) for v in values}
            if len(values) == 1:
                props["region"] = next(iter(values))
            elif "latitude" not in props:
                # A STIX location needs a region, a country or coordinates; the brief's
                # vaguest places ("the region") have none, and guessing one would add a
                # claim the source does not make. Left out, with their links (which need
                # both ends exported).
                return
        description = ent.summary or ""
        if ent.details.get("vague"):
            description = f"{description}\n\nVague: {ent.details['vague']}".strip()
        obj = stix2.Location(
            id=sid,
            name=ent.name,
            description=description or None,
            **props,
            **self.common(ent.citations, ent),
            **self.custom(
                {
                    "x_khorasan_id": ent.id,
                    "x_khorasan_kind": rtype,
                    "x_khorasan_aliases": _aliases(ent) or None,
                    "x_khorasan_iso_code": iso if re.fullmatch(r"[A-Z]{2}-\w+", iso) else None,
                }
            ),
        )
        self.stix_ids[ent.id] = sid
        self.add(obj, ent.citations)

    def incident(self, ent: Entity) -> None:
        ev = ent.event
        assert ev is not None
        lines = [ent.summary or ""]
        lines.append(f"Date: {ev.date_display} (precision: {ev.date_precision}).")
        if ev.place:
            lines.append(f"Place: {ev.place}.")
        figures = []
        if ev.deaths_best is not None or ev.deaths_low is not None or ev.deaths_high is not None:
            figures.append(
                f"deaths best {_num(ev.deaths_best)} (low {_num(ev.deaths_low)}, "
                f"high {_num(ev.deaths_high)})"
            )
        if ev.injuries is not None:
            figures.append(f"injuries {ev.injuries}")
        if figures:
            lines.append("Figures: " + "; ".join(figures) + ".")
        if ev.attack_type or ev.target:
            lines.append(f"Attack: {ev.attack_type or '—'}; target: {ev.target or '—'}.")
        if ev.attribution:
            reported = f" (as reported: {ev.perpetrator_text})" if ev.perpetrator_text else ""
            lines.append(f"Attribution: {ev.attribution}{reported}.")
        sid = stix_id("incident", ent.id)
        obj = stix2.Incident(
            id=sid,
            name=ent.name,
            description="\n".join(line for line in lines if line),
            **self.common(ent.citations),
            **self.custom(
                {
                    "x_khorasan_id": ent.id,
                    "x_khorasan_kind": ev.type,
                    "x_khorasan_date": ev.date_start,
                    "x_khorasan_date_end": ev.date_end,
                    "x_khorasan_date_precision": ev.date_precision,
                    "x_khorasan_place": ev.place,
                    "x_khorasan_latitude": ev.latitude,
                    "x_khorasan_longitude": ev.longitude,
                    "x_khorasan_deaths_low": ev.deaths_low,
                    "x_khorasan_deaths_best": ev.deaths_best,
                    "x_khorasan_deaths_high": ev.deaths_high,
                    "x_khorasan_injuries": ev.injuries,
                    "x_khorasan_attack_type": ev.attack_type,
                    "x_khorasan_target": ev.target,
                    "x_khorasan_attribution": ev.attribution,
                    "x_khorasan_perpetrator_text": ev.perpetrator_text,
                }
            ),
        )
        self.stix_ids[ent.id] = sid
        self.add(obj, ent.citations)

    def brief_event(self, ent: Entity, participants: list[str], places: list[str]) -> None:
        ev = ent.event
        assert ev is not None
        when = (
            f"Date: {ev.date_display} (precision: {ev.date_precision})."
            if ev.date_start
            else "Date: not given in the source."
        )
        description = f"{ent.summary or ''}\n\n{when}".strip()
        custom = self.custom(
            {
                "x_khorasan_id": ent.id,
                "x_khorasan_kind": ev.type or ent.subtype,
                "x_khorasan_date": ev.date_start,
                "x_khorasan_date_end": ev.date_end,
                "x_khorasan_date_precision": ev.date_precision,
            }
        )
        if (ent.subtype or ev.type) in CAMPAIGN_SUBTYPES:
            sid = stix_id("campaign", ent.id)
            timing: dict[str, Any] = {}
            if ev.date_start and ev.date_precision not in ("unknown",):
                timing["first_seen"] = _iso_ts(ev.date_start)
                if ev.date_end:
                    timing["last_seen"] = _iso_ts(ev.date_end)
            obj: Any = stix2.Campaign(
                id=sid,
                name=ent.name,
                description=description,
                **timing,
                **self.common(ent.citations),
                **custom,
            )
        else:
            sid = stix_id("grouping", ent.id)
            refs = [self.stix_ids[i] for i in participants + places if i in self.stix_ids]
            obj = stix2.Grouping(
                id=sid,
                name=ent.name,
                description=description,
                context="unspecified",
                object_refs=refs or [self.producer_id],
                **self.common(ent.citations),
                **custom,
            )
        self.stix_ids[ent.id] = sid
        self.add(obj, ent.citations)

    # -- relationships -------------------------------------------------------------------
    def relationship(
        self,
        key: str,
        source: str,
        rel_type: str,
        target: str,
        *,
        description: str | None = None,
        start: tuple[str, str] | None = None,
        end: tuple[str, str] | None = None,
        citations: Iterable[Citation] = (),
        custom: dict[str, Any] | None = None,
    ) -> None:
        cites = list(citations)
        timing: dict[str, Any] = {}
        if start:
            timing["start_time"] = _iso_ts(start[0])
        if end:
            stop = _day_after(end[1])
            if not start or stop > start[0]:
                timing["stop_time"] = _iso_ts(stop)
        source_ref, target_ref = self.stix_ids[source], self.stix_ids[target]
        stix_type = stix_relationship_type(
            rel_type, source_ref.split("--", 1)[0], target_ref.split("--", 1)[0]
        )
        obj = stix2.Relationship(
            id=stix_id("relationship", key),
            relationship_type=stix_type,
            source_ref=source_ref,
            target_ref=target_ref,
            description=description or None,
            **timing,
            **self.common(cites),
            **self.custom({**(custom or {}), "x_khorasan_relation_type": rel_type}),
        )
        self.add(obj, cites)
        self.links.setdefault(source_ref, []).append((obj.id, target_ref))

    def container(self, ent: Entity, sid: str, *, relations: bool = False) -> None:
        """The grouping that carries an incident, campaign or an actor's relations to
        platforms that read groupings as their events (see ``build_bundle``)."""
        links = sorted(self.links.get(sid, []))
        refs = [sid] + sorted({t for _r, t in links}) + [r for r, _t in links]
        if relations:
            name = f"{ent.name}: relations"
            lines = []
            for rel_id, target in links:
                rel = self.objects[rel_id]
                other = self.objects[target].get("name", target)
                when = rel.get("x_khorasan_period")
                text = f"- {rel['x_khorasan_relation_type']} {other}"
                text += f" ({when})" if when else ""
                if rel.get("description"):
                    text += f": {rel['description']}"
                lines.append(text)
            description = f"Relations of {ent.name} in the reference data:\n" + "\n".join(lines)
        else:
            name, description = ent.name, self.objects[sid].get("description")
        gid = stix_id("grouping", f"{'relations' if relations else 'event'}:{ent.id}")
        self.containers[sid] = gid
        self.add(
            stix2.Grouping(
                id=gid,
                name=name,
                description=description,
                context="unspecified",
                object_refs=refs,
                **self.common(ent.citations),
                **self.custom(
                    {
                        "x_khorasan_id": ent.id,
                        "x_khorasan_kind": "relations" if relations else "event-container",
                    }
                ),
            ),
            ent.citations,
        )

    def note_refs(self, ent_id: str) -> list[str]:
        """What a note on an entity applies to: the entity, and its grouping where it has
        one (MISP keeps notes only on its events and objects, not on galaxy clusters)."""
        sid = self.stix_ids[ent_id]
        return [sid] + ([self.containers[sid]] if sid in self.containers else [])

    def note(
        self,
        key: str,
        abstract: str,
        content: str,
        refs: list[str],
        citations: Iterable[Citation] = (),
        *,
        authors: list[str] | None = None,
        created: str | None = None,
        kind: str,
    ) -> None:
        cites = list(citations)
        common = self.common(cites)
        if created:
            common["created"] = common["modified"] = created
        obj = stix2.Note(
            id=stix_id("note", key),
            abstract=abstract,
            content=content,
            authors=authors,
            object_refs=refs,
            **common,
            **self.custom({"x_khorasan_note_kind": kind}),
        )
        self.add(obj, cites)


def _num(value: int | None) -> str:
    return "—" if value is None else str(value)


def stix_relationship_type(raw: str, source_type: str, target_type: str) -> str:
    """The STIX type for one of our relations: the suggested one that says the same
    (``located-in``/``operates-in`` -> ``located-at``, ``threatens`` -> ``targets``), else
    ``related-to`` (our own type travels in ``x_khorasan_relation_type``)."""
    name = STIX_RELATION_NAMES.get(raw, raw)
    if (source_type, name, target_type) in SUGGESTED_RELATIONSHIPS:
        return name
    return "related-to"


def _user_time(text: str) -> str | None:
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _selection(ref: Reference, selection: list[str] | None) -> tuple[set[str], set[str]] | None:
    """(selected ids, included ids) for a selection; None means everything."""
    names = [s for s in (selection or []) if s and s.strip()]
    if not names:
        return None
    selected: set[str] = set()
    for name in names:
        selected.add(ref.resolve(name.strip()))
    db = ref.db
    include: set[str] = set()
    for ent_id in sorted(selected):
        kind = ref.ref(ent_id).kind
        if kind == "source":
            for subject_type, subject_id in db.execute(
                "SELECT subject_type, subject_id FROM citations WHERE source_id = ?", [ent_id]
            ):
                if subject_type == "entity":
                    include.add(subject_id)
                elif subject_type == "relation":
                    for s, t in db.execute(
                        "SELECT source_id, target_id FROM relations WHERE id = ?", [subject_id]
                    ):
                        include.update((s, t))
                elif subject_type in ("fact", "judgement"):
                    table, col = (
                        ("facts", "entity_id")
                        if subject_type == "fact"
                        else ("judgements", "subject_id")
                    )
                    for (owner,) in db.execute(
                        f"SELECT {col} FROM {table} WHERE id = ?", [subject_id]
                    ):
                        include.add(owner)
            continue
        include.add(ent_id)
        for s, t in db.execute(
            "SELECT source_id, target_id FROM relations WHERE source_id = :id OR target_id = :id",
            {"id": ent_id},
        ):
            include.update((s, t))
        for e, a in db.execute(
            "SELECT event_id, actor_id FROM event_actors WHERE event_id = :id OR actor_id = :id",
            {"id": ent_id},
        ):
            include.update((e, a))
        for e, r in db.execute(
            "SELECT event_id, region_id FROM event_regions WHERE event_id = :id OR region_id = :id",
            {"id": ent_id},
        ):
            include.update((e, r))
    # Events keep their places.
    for ent_id in sorted(include):
        for (r,) in db.execute(
            "SELECT region_id FROM event_regions WHERE event_id = ? UNION "
            "SELECT country_id FROM events WHERE entity_id = ? AND country_id IS NOT NULL UNION "
            "SELECT province_id FROM events WHERE entity_id = ? AND province_id IS NOT NULL",
            [ent_id, ent_id, ent_id],
        ):
            include.add(r)
    kinds = dict(db.execute("SELECT id, kind FROM entities").fetchall())
    include = {i for i in include if kinds.get(i) in ("actor", "region", "event")}
    return selected, include


def build_bundle(
    ref: Reference,
    user: UserStore | None = None,
    selection: list[str] | None = None,
    tlp: str | None = None,
    progress: Progress = None,
    cancelled: Cancelled = None,
) -> stix2.Bundle:
    """The reference data as a STIX 2.1 bundle (see the module docstring for the mapping).

    ``selection``: names or ids (resolved like the search box) to export with their
    relations and the other ends; a source exports what cites it. Default: everything.
    ``tlp``: a banner such as ``TLP:AMBER`` (DataError if it names no TLP level).
    """
    b = _Builder(ref, user, tlp, progress, cancelled)
    db = ref.db
    chosen = _selection(ref, selection)
    rows = db.execute(
        "SELECT e.id, e.kind FROM entities e WHERE e.kind IN ('actor', 'region', 'event') "
        "ORDER BY CASE e.kind WHEN 'actor' THEN 0 WHEN 'region' THEN 1 ELSE 2 END, e.id"
    ).fetchall()
    if chosen is not None:
        rows = [r for r in rows if r[0] in chosen[1]]
    selected = chosen[0] if chosen else None
    included = {r[0] for r in rows}
    total = len(rows) + 4  # relations, event links, groupings, notes and report
    done = 0

    def step() -> None:
        nonlocal done
        b.check()
        done += 1
        if progress is not None:
            progress(done, total)

    for ent_id, _kind in rows:
        b.entities[ent_id] = ref.entity(ent_id)
    participants: dict[str, list[str]] = {}
    places: dict[str, list[str]] = {}
    for e, a in db.execute("SELECT event_id, actor_id FROM event_actors ORDER BY 1, 2"):
        participants.setdefault(e, []).append(a)
    for e, r in db.execute("SELECT event_id, region_id FROM event_regions ORDER BY 1, 2"):
        places.setdefault(e, []).append(r)

    # Actors and regions first (events refer to them), then events.
    for ent_id, kind in rows:
        ent = b.entities[ent_id]
        if kind == "actor":
            b.actor(ent)
        elif kind == "region":
            b.region(ent)
        else:
            continue
        step()
    for ent_id, kind in rows:
        if kind != "event":
            continue
        ent = b.entities[ent_id]
        if ent.event is None:
            continue
        row = db.execute("SELECT is_incident FROM events WHERE entity_id = ?", [ent_id]).fetchone()
        if row and row[0]:
            b.incident(ent)
        else:
            b.brief_event(ent, participants.get(ent_id, []), places.get(ent_id, []))
        step()

    def linked(a: str, c: str, place_link: bool = False) -> bool:
        if a not in b.stix_ids or c not in b.stix_ids:
            return False
        return selected is None or place_link or a in selected or c in selected

    def stype(ent_id: str) -> str:
        return b.stix_ids[ent_id].split("--", 1)[0]

    # Reference relations.
    for rel_id, s, t, rtype, start, end, summary, vague in db.execute(
        'SELECT id, source_id, target_id, type, start, "end", summary, vague FROM relations '
        "ORDER BY id"
    ).fetchall():
        if not linked(s, t):
            continue
        b.check()
        period = "–".join(p for p in (start, end) if p) if (start or end) else None
        b.relationship(
            rel_id,
            s,
            rtype,
            t,
            description=(summary or "") + (" (vague in the source)" if vague else ""),
            start=_year_bounds(start),
            end=_year_bounds(end),
            citations=ref.citations("relation", rel_id),
            custom={
                "x_khorasan_id": rel_id,
                "x_khorasan_relation_type": rtype,
                "x_khorasan_period": period,
                "x_khorasan_vague": bool(vague) or None,
            },
        )
    step()

    # Event links: attribution and participation, places.
    for e, a, role in db.execute(
        "SELECT event_id, actor_id, role FROM event_actors ORDER BY 1, 2, 3"
    ).fetchall():
        if not linked(e, a):
            continue
        kind = stype(e)
        if kind == "grouping":
            continue  # the grouping's object_refs already name its participants
        ev = b.entities[e].event
        description = (
            f"{b.entities[e].name}: {role} ({ev.perpetrator_text})"
            if ev is not None and ev.perpetrator_text
            else f"{b.entities[e].name}: {role}"
        )
        b.relationship(
            f"{e}|{role}|{a}",
            e,
            "attributed-to",
            a,
            description=description,
            custom={"x_khorasan_attribution": role},
        )
    for e in sorted(included):
        if e not in b.stix_ids or b.entities[e].kind != "event" or stype(e) == "grouping":
            continue
        ev = b.entities[e].event
        targets = list(places.get(e, []))
        if ev is not None:
            if ev.province:
                targets.append(ev.province.id)
            elif ev.country:
                targets.append(ev.country.id)
        rel = "targets" if stype(e) == "campaign" else "located-at"
        for r in sorted(set(targets)):
            if linked(e, r, place_link=True):
                b.relationship(f"{e}|{rel}|{r}", e, rel, r)
    step()

    # Each incident and campaign also as a grouping of itself, its actors, places and the
    # links between them: MISP reads a grouping as one of its events (it has no incident
    # object), and OpenCTI shows it as the incident's container.
    # Actors with relations get one too ("ISIS-K: relations"): MISP drops relationships
    # between its galaxy clusters from bundles it did not write, so the actor's event
    # carrying the other ends (and the relations in its text) is what keeps them there.
    for ent_id in sorted(included):
        sid = b.stix_ids.get(ent_id)
        if sid is None or not b.links.get(sid):
            continue
        kind = sid.split("--", 1)[0]
        if kind in ("incident", "campaign", "threat-actor", "identity"):
            b.check()
            b.container(b.entities[ent_id], sid, relations=kind in ("threat-actor", "identity"))
    step()

    # Facts and judgements as notes on their entity.
    for ent_id, ent in b.entities.items():
        if ent_id not in b.stix_ids:
            continue
        for f in ent.facts:
            text = f.statement + (f" ({f.value_text})" if f.value_text else "")
            b.note(
                f.id,
                f"Fact: {ent.name}",
                text,
                b.note_refs(ent_id),
                f.citations,
                kind="fact",
            )
        for j in ent.judgements:
            horizon = f", {j.horizon}" if j.horizon else ""
            b.note(
                j.id,
                f"Judgement ({j.likelihood}{horizon}): {ent.name}",
                j.statement,
                b.note_refs(ent_id),
                j.citations,
                kind="judgement",
            )

    # The user's notes.
    if user is not None:
        for ent_id, body, updated in user.notes():
            if ent_id not in b.stix_ids:
                continue
            b.note(
                f"user-note:{ent_id}",
                f"My note: {b.entities[ent_id].name}",
                body,
                b.note_refs(ent_id),
                authors=["Khorasan Desktop user"],
                created=_user_time(updated),
                kind="user",
            )

    # The brief as a report of everything that cites it.
    brief_refs = sorted(b.cites_brief)
    if brief_refs:
        src = ref.entity(BRIEF_SOURCE_ID)
        d = src.details
        author = d.get("author")
        b.add(
            stix2.Report(
                id=stix_id("report", BRIEF_SOURCE_ID),
                name=str(d.get("title") or src.name),
                description=(
                    f"{d.get('title') or src.name}"
                    + (f", by {author}" if author else "")
                    + ". The brief is undated: the published date (1 July 2021) is approximate; "
                    "the content places it in the second half of 2021."
                ),
                report_types=["threat-report"],
                published=BRIEF_PUBLISHED,
                object_refs=brief_refs,
                **b.common(),
                **b.custom({"x_khorasan_id": BRIEF_SOURCE_ID}),
            )
        )
    # Places and actors no grouping or report holds: MISP copies such objects into every
    # event it makes, so they get a grouping of their own.
    containers = [o for o in b.objects.values() if o.type in ("grouping", "report")]
    held = {r for o in containers for r in o.object_refs}
    loose = sorted(
        i
        for i, o in b.objects.items()
        if o.type in ("location", "threat-actor", "identity") and i not in held
    )
    if loose:
        b.add(
            stix2.Grouping(
                id=stix_id("grouping", "reference:loose"),
                name="Khorasan Desktop: other places and actors",
                description="Places and actors of the reference data that no incident, event, "
                "relation or the brief groups.",
                context="unspecified",
                object_refs=loose,
                **b.common(),
                **b.custom({"x_khorasan_kind": "other"}),
            )
        )
    step()

    objects = b.meta_objects() + [b.objects[k] for k in sorted(b.objects, key=_order)]
    bundle_key = "|".join(
        [ref.meta.get("data_version", ""), b.level or "", *(o.id for o in objects)]
    )
    return stix2.Bundle(objects=objects, id=f"bundle--{_uuid(bundle_key)}", allow_custom=True)


_TYPE_ORDER = {
    t: i
    for i, t in enumerate(
        (
            "threat-actor",
            "identity",
            "location",
            "campaign",
            "grouping",
            "incident",
            "relationship",
            "note",
            "report",
        )
    )
}


def _order(stix_ref: str) -> tuple[int, str]:
    return _TYPE_ORDER.get(stix_ref.split("--", 1)[0], 99), stix_ref


def serialize(bundle: stix2.Bundle) -> str:
    """The bundle as stable, pretty JSON text (UTF-8, non-ASCII kept)."""
    # stix2's own pretty printer sorts properties slowly (a minute for the full data);
    # its compact output keeps a fixed property order, so re-indenting it is stable.
    # Custom x_ properties come out in set order (varies with the hash seed): sort them.
    data = json.loads(bundle.serialize())
    data["objects"] = [
        {
            **{k: v for k, v in obj.items() if not k.startswith("x_")},
            **{k: obj[k] for k in sorted(obj) if k.startswith("x_")},
        }
        for obj in data["objects"]
    ]
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
