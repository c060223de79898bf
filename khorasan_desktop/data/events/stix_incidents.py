"""STIX incidents of an imported bundle as event rows, so they are counted like any event.

STIX 2.1 gives an incident no date, place or figures of its own; bundles carry them as
properties and links. Read here, in this order:

* dates: ``x_khorasan_date`` / ``_date_end`` / ``_date_precision`` (our export), else
  ``first_seen`` / ``last_seen`` (OpenCTI), else the object's ``created`` day (MISP writes
  the event date there; the row's source text says the date is the record's), else none
  (the incident is counted apart as too imprecise for any bin, never guessed);
* place: ``located-at`` and ``targets`` links to ``location`` objects. A location carrying
  our region id (``x_khorasan_id``, our export) gives the province or country id, and a
  province's country is the bundle's country location with the same ISO code; its
  coordinates are a region's centre, not where the incident happened, so only the
  incident's own are kept. Any other location is read with the reference
  (:class:`Resolver`): the country from its ISO 3166-1 ``country`` code (or a name that
  is a country's), the province when ``administrative_area``, ``region`` or ``name`` is
  exactly one of our provinces' names or aliases (the UCDP/ACLED place lookup), and its
  ``latitude``/``longitude`` (``precision`` in metres) as the incident's coordinates;
* actors: ``attributed-to`` links to a threat actor, intrusion set or identity, or
  through a campaign to its own attributed actors; claimed before attributed before
  disputed (the first two are kept, as for UCDP/ACLED sides). The actor id is ours where
  the actor carries one, else the one actor its name or an alias names exactly; a shared
  "X and/or Y" name is "attribution uncertain", as in the CSV imports;
* figures, attack type, target and attribution grade from ``x_khorasan_*``.

Without a reference (a user-database migration of bundles imported earlier) only our own
ids are read; the names and texts are kept either way.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from khorasan_desktop.core import dates
from khorasan_desktop.core.sharing import lock_sharer
from khorasan_desktop.data import search
from khorasan_desktop.data.events.fields import RowError, iso_day, span_precision
from khorasan_desktop.data.events.mapping import UNCERTAIN, ActorMapping
from khorasan_desktop.data.events.places import PlaceLookup
from khorasan_desktop.data.reference import Reference

ACTOR_TYPES = ("threat-actor", "intrusion-set", "identity")
ROLE_ORDER = ("claimed", "attributed", "disputed")
PLACE_LINKS = ("located-at", "targets")
# Where producers keep the other names of an object (STIX, OpenCTI, our export, MISP).
ALIAS_KEYS = ("aliases", "x_opencti_aliases", "x_khorasan_aliases", "x_misp_aliases")
# A location's ``precision`` (metres) -> our place precision, on the UCDP/ACLED scale.
_METRES = ((1_000, "exact"), (25_000, "city"), (100_000, "district"))
CREATED_NOTE = "Date: the record's creation day (the bundle gives no incident date)."

Obj = dict[str, Any]


@dataclass
class Placed:
    """How many incidents were placed and attributed, for the import's report."""

    incidents: int = 0
    country: int = 0
    province: int = 0
    coordinates: int = 0
    unplaced: int = 0
    attributed: int = 0
    uncertain: int = 0
    unattributed: int = 0
    created_dates: int = 0
    undated: int = 0
    unmapped_places: Counter[str] = field(default_factory=Counter)
    unmapped_actors: Counter[str] = field(default_factory=Counter)

    def to_json(self) -> dict[str, Any]:
        """Plain values (``asdict`` would rebuild the Counters from pairs)."""
        out: dict[str, Any] = {k: v for k, v in vars(self).items() if isinstance(v, int)}
        out["unmapped_places"] = dict(self.unmapped_places.most_common())
        out["unmapped_actors"] = dict(self.unmapped_actors.most_common())
        return out

    def count(self, row: dict[str, Any]) -> None:
        self.incidents += 1
        self.country += row["country_id"] is not None
        self.province += row["province_id"] is not None
        self.coordinates += row["latitude"] is not None
        placed = row["country_id"] or row["province_id"] or row["latitude"] is not None
        self.unplaced += not placed
        actor = row["actor_id"]
        self.attributed += actor is not None and actor != UNCERTAIN
        self.uncertain += actor == UNCERTAIN
        self.unattributed += actor is None
        if actor is None and row["actor_name"]:
            self.unmapped_actors[row["actor_name"]] += 1


class Resolver:
    """Our ids for a foreign bundle's places and actors, by the reference's names: the
    UCDP/ACLED place lookup, ISO codes, and exact name/alias search (never a prefix or a
    similar name); ambiguous or unknown names keep their text with no id."""

    def __init__(self, ref: Reference) -> None:
        from khorasan_desktop.data.stix_export import COUNTRIES  # heavy: only when mapping

        self.places = PlaceLookup(ref)
        self.db = ref.db
        self.alpha3 = {a2: a3 for a3, (a2, _sub, _cont) in COUNTRIES.items()}
        self.shared = ActorMapping("stix", [])  # only the "X and/or Y" rule
        self._actors: dict[str, str | None] = {}

    def country(self, code: str | None, name: str | None) -> str | None:
        """Country id from an ISO 3166-1 alpha-2 (STIX) or alpha-3 code, else a name."""
        if code:
            code = code.strip().upper()
            found = self.places.country_by_iso(self.alpha3.get(code, code))
            if found:
                return found
        return self.places.country(name) if name else None

    def province(self, country_id: str | None, texts: list[str]) -> tuple[str | None, str | None]:
        """(country id, province id) of the first text naming exactly one of our provinces
        (in ``country_id``, or in any one country when it is not known)."""
        for text in texts:
            if country_id:
                found = self.places.province(country_id, text)
                if found:
                    return country_id, found
                continue
            hits = {
                (c, p)
                for c in sorted(self.places.with_provinces)
                if (p := self.places.province(c, text))
            }
            if len(hits) == 1:
                return hits.pop()
        return country_id, None

    def actor(self, names: list[str]) -> str | None:
        """The one actor the name or its aliases name exactly; UNCERTAIN for a shared
        attribution; None when they name none, or more than one."""
        key = "\x1f".join(names)
        if key in self._actors:
            return self._actors[key]
        found: set[str] = set()
        if names and self.shared.resolve(names[0], "") == UNCERTAIN:
            found.add(UNCERTAIN)
        else:
            for name in names:
                hit = search.exact(self.db, name, "actor").entity_id
                if hit:
                    found.add(hit)
        result = found.pop() if len(found) == 1 else None
        if len(self._actors) < 10_000:
            self._actors[key] = result
        return result


def incident_rows(
    dataset_id: int,
    objects: Iterable[tuple[str, str, str]],
    relations: Iterable[tuple[str, str, str, str]],
    run: int,
    resolver: Resolver | None = None,
    placed: Placed | None = None,
) -> list[tuple[Any, ...]]:
    """Rows in ``userdb.STIX_EVENT_COLUMNS`` order, one per incident, from stored objects
    (ext id, STIX type, JSON) and relationships (source, target, type, JSON). With a
    ``resolver``, names and places without our ids are mapped; ``placed`` is filled in."""
    by_id: dict[str, Obj] = {}
    incidents: list[Obj] = []
    for ext_id, stype, blob in objects:
        obj = json.loads(blob)
        by_id[ext_id] = obj
        if stype == "incident":
            incidents.append(obj)
    links: dict[str, list[tuple[str, Obj]]] = {}
    for source, target, rtype, blob in relations:
        if rtype in (*PLACE_LINKS, "attributed-to") and target in by_id:
            links.setdefault(source, []).append((rtype, {**json.loads(blob), "_to": target}))
    countries = _countries(by_id.values())
    tally = placed if placed is not None else Placed()
    share = lock_sharer()  # the window keeps its turns through many incidents
    rows = []
    for inc in incidents:
        rows.append(_row(dataset_id, inc, by_id, links, countries, run, resolver, tally))
        share()
    return rows


def _countries(objects: Iterable[Obj]) -> dict[str, Obj]:
    """Country locations of the bundle by ISO code (a province names only its code)."""
    out: dict[str, Obj] = {}
    for obj in objects:
        if obj.get("type") == "location" and _is_country(obj) and obj.get("country"):
            out.setdefault(str(obj["country"]).upper(), obj)
    return out


def _is_country(loc: Obj) -> bool:
    kind = loc.get("x_khorasan_kind") or str(loc.get("x_opencti_location_type") or "").lower()
    if kind:
        return bool(kind == "country")
    return bool(loc.get("country")) and not loc.get("administrative_area") and not loc.get("city")


def _is_province(loc: Obj) -> bool:
    kind = loc.get("x_khorasan_kind")
    return bool(kind == "province") if kind else bool(loc.get("administrative_area"))


def _text(value: Any) -> str | None:
    return str(value) if isinstance(value, str) and value.strip() else None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _coord(value: Any, limit: float) -> float | None:
    ok = isinstance(value, int | float) and not isinstance(value, bool) and -limit <= value <= limit
    return float(value) if ok else None


def incident_dates(inc: Obj) -> tuple[str | None, str | None, str]:
    """(first day, last day, precision) of an incident; (None, None, 'unknown') when the
    bundle gives no readable date."""
    start, end = _text(inc.get("x_khorasan_date")), _text(inc.get("x_khorasan_date_end"))
    precision = _text(inc.get("x_khorasan_date_precision"))
    try:
        if start:
            start = iso_day(start)
            end = iso_day(end) if end else start
            if precision not in dates.PRECISIONS:
                precision = span_precision(start, end)
            return start, end, str(precision)
        seen = _text(inc.get("first_seen"))
        if seen:
            start = iso_day(seen)
            last = _text(inc.get("last_seen"))
            end = iso_day(last) if last else start
            return start, end, span_precision(start, end)
    except RowError:
        pass
    return None, None, "unknown"


def _own(loc: Obj) -> bool:
    """A location of our export: it names our region, and its coordinates are the region's."""
    return bool(loc.get("x_khorasan_kind") or loc.get("x_khorasan_id"))


def _place(
    inc: Obj,
    links: list[tuple[str, Obj]],
    by_id: dict[str, Obj],
    countries: dict[str, Obj],
    resolver: Resolver | None,
) -> dict[str, Any]:
    """Country and province (our ids where the bundle carries them or the reference names
    them), names as stated, coordinates."""
    locations = [by_id[link["_to"]] for rtype, link in links if rtype in PLACE_LINKS]
    locations = [loc for loc in locations if loc.get("type") == "location"]
    own = [loc for loc in locations if _own(loc)]
    province = next((loc for loc in own if _is_province(loc)), None)
    country = next((loc for loc in own if _is_country(loc)), None)
    if country is None and province is not None and province.get("country"):
        country = countries.get(str(province["country"]).upper())
    out: dict[str, Any] = {
        "country_id": _text(country.get("x_khorasan_id")) if country else None,
        "country_name": _text(country.get("name")) if country else None,
        "province_id": _text(province.get("x_khorasan_id")) if province else None,
        "adm1_name": (
            _text(province.get("administrative_area")) or _text(province.get("name"))
            if province
            else None
        ),
        "place": _text(inc.get("x_khorasan_place")),
        "latitude": None,
        "longitude": None,
        "place_precision": None,
    }
    lat = _coord(inc.get("x_khorasan_latitude"), 90)
    lon = _coord(inc.get("x_khorasan_longitude"), 180)
    if lat is not None and lon is not None:
        # STIX does not say how precise the coordinates are: drawn as approximate.
        precision = str(inc.get("x_khorasan_coord_precision") or "reported")
        out.update(latitude=lat, longitude=lon, place_precision=precision)
    for loc in (loc for loc in locations if not _own(loc)):
        _foreign_place(loc, out, resolver, countries)
    return out


def _foreign_place(
    loc: Obj, out: dict[str, Any], resolver: Resolver | None, countries: dict[str, Obj]
) -> None:
    """Fill what ``out`` still lacks from a location of another producer, its texts as
    stated and our ids only where the reference names them exactly."""
    name, code = _text(loc.get("name")), _text(loc.get("country"))
    area, city = _text(loc.get("administrative_area")), _text(loc.get("city"))
    kind = str(loc.get("x_opencti_location_type") or "").lower()
    country_id = resolver.country(code, None) if resolver and code else None
    named_country = resolver.country(None, name) if resolver and name else None
    country_only = (
        kind in ("country", "region")
        or (not area and not city and (name is None or name == code or named_country))
        or (not code and not area and not city and named_country is not None)
    )
    country_id = country_id or (named_country if country_only else None)
    if out["country_name"] is None:
        bundled = countries.get(code.upper()) if code else None
        stated = _text(bundled.get("name")) if bundled and bundled is not loc else None
        if (
            stated
            and resolver
            and (country_id is None or resolver.country(None, stated) != country_id)
        ):
            stated = None  # a place that only carries a country code, not the country
        out["country_name"] = ((name if country_only else None) or stated) or code
    if out["country_id"] is None:
        out["country_id"] = country_id
    if country_only:
        return
    texts = [t for t in (area, _text(loc.get("region")), name) if t]
    province_id = None
    # A stated country we do not hold: none of our provinces (never another country's).
    if resolver and out["province_id"] is None and (out["country_id"] or not code):
        country_id, province_id = resolver.province(out["country_id"], texts)
        if province_id is not None:
            out["province_id"] = province_id
            out["country_id"] = out["country_id"] or country_id
    if out["adm1_name"] is None:
        out["adm1_name"] = area or (name if province_id and not city else None)
    if out["place"] is None:
        out["place"] = ", ".join(dict.fromkeys(t for t in (name, city) if t)) or None
    lat, lon = _coord(loc.get("latitude"), 90), _coord(loc.get("longitude"), 180)
    if out["latitude"] is None and lat is not None and lon is not None:
        out.update(latitude=lat, longitude=lon, place_precision=_loc_precision(loc, province_id))


def _loc_precision(loc: Obj, province_id: str | None) -> str:
    """Our place precision for a location's coordinates: from its ``precision`` (metres);
    a city (OpenCTI's location type, or a ``city``) is a city's point; a location that
    names only a province is the province's point; else as reported."""
    metres = loc.get("precision")
    if isinstance(metres, int | float) and not isinstance(metres, bool) and metres >= 0:
        return next((label for limit, label in _METRES if metres <= limit), "province")
    if loc.get("city") or str(loc.get("x_opencti_location_type") or "").lower() == "city":
        return "city"
    if province_id:
        return "province"
    return "reported"


def _actors(
    links: dict[str, list[tuple[str, Obj]]],
    inc_id: str,
    by_id: dict[str, Obj],
    resolver: Resolver | None,
) -> list[tuple[str | None, str]]:
    """(our actor id or None, name) of the attributed actors, claimed ones first; a
    campaign stands for the actors it is attributed to."""
    found = []
    for rtype, link in links.get(inc_id, []):
        target = by_id[link["_to"]]
        if rtype != "attributed-to":
            continue
        role = str(link.get("x_khorasan_attribution") or "attributed")
        rank = ROLE_ORDER.index(role) if role in ROLE_ORDER else len(ROLE_ORDER)
        actors = [target]
        if target.get("type") == "campaign":
            actors = [
                by_id[c["_to"]] for r, c in links.get(str(target["id"]), []) if r == "attributed-to"
            ]
        for actor in actors:
            if actor.get("type") not in ACTOR_TYPES:
                continue
            name = _text(actor.get("name")) or str(actor["id"])
            actor_id = _text(actor.get("x_khorasan_id"))
            if actor_id is None and resolver is not None:
                actor_id = resolver.actor([name, *aliases(actor)])
            found.append((rank, name, actor_id))
    found.sort(key=lambda f: f[0])
    return [(aid, name) for _rank, name, aid in found]


def aliases(obj: Obj) -> list[str]:
    """The object's other names, in the order its producer gives them."""
    out: list[str] = []
    for key in ALIAS_KEYS:
        values = obj.get(key)
        if isinstance(values, list):
            out += [str(v) for v in values if isinstance(v, str) and v.strip() and v not in out]
    return out


def _row(
    dataset_id: int,
    inc: Obj,
    by_id: dict[str, Obj],
    links: dict[str, list[tuple[str, Obj]]],
    countries: dict[str, Obj],
    run: int,
    resolver: Resolver | None,
    tally: Placed,
) -> tuple[Any, ...]:
    start, end, precision = incident_dates(inc)
    source_text = None  # the bundle's citations stay in the raw object
    foreign = not any(k.startswith("x_khorasan_") for k in inc)
    if start is None and foreign and _text(inc.get("created")):
        try:
            start = end = iso_day(str(inc["created"]))
            precision = "day"
            source_text = CREATED_NOTE
            tally.created_dates += 1
        except RowError:
            pass
    tally.undated += start is None
    place = _place(inc, links.get(inc["id"], []), by_id, countries, resolver)
    actors = [*_actors(links, inc["id"], by_id, resolver), (None, None), (None, None)]
    attribution = _text(inc.get("x_khorasan_attribution"))
    tally.count({**place, "actor_id": actors[0][0], "actor_name": actors[0][1]})
    if place["country_id"] is None and (place["country_name"] or place["place"]):
        tally.unmapped_places[place["place"] or place["country_name"]] += 1
    return (
        dataset_id,
        inc["id"],
        start,
        end,
        precision,
        place["country_id"],
        place["country_name"],
        place["province_id"],
        place["adm1_name"],
        place["place"],
        place["latitude"],
        place["longitude"],
        place["place_precision"],
        _int(inc.get("x_khorasan_deaths_low")),
        _int(inc.get("x_khorasan_deaths_best")),
        _int(inc.get("x_khorasan_deaths_high")),
        actors[0][0],
        actors[0][1],
        actors[1][0],
        actors[1][1],
        _text(inc.get("x_khorasan_attack_type")),
        _text(inc.get("description")),
        source_text,
        json.dumps(inc, ensure_ascii=False, sort_keys=True),
        run,
        attribution if attribution in ROLE_ORDER else None,
        _text(inc.get("x_khorasan_target")),
    )
