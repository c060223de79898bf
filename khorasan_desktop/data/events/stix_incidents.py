"""STIX incidents of an imported bundle as event rows, so they are counted like any event.

STIX 2.1 gives an incident no date, place or figures of its own; bundles carry them as
properties and links. Read here, in this order:

* dates: ``x_khorasan_date`` / ``_date_end`` / ``_date_precision`` (our export), else
  ``first_seen`` / ``last_seen`` (OpenCTI), else none (the incident is counted apart as
  too imprecise for any bin, never guessed);
* place: ``located-at`` links to ``location`` objects; a location carrying our region id
  (``x_khorasan_id``) gives the province or country id, and a province's country is the
  bundle's country location with the same ISO code; coordinates only from the incident
  itself (a province's centre is not where an incident happened; the map shades the
  province instead, as for the bundled incidents);
* actors: ``attributed-to`` links, claimed before attributed before disputed (the first
  two are kept, as for UCDP/ACLED sides), with our actor id where the actor carries one;
* figures, attack type, target and attribution grade from ``x_khorasan_*``.

Nothing here needs the reference database, so the rows can be written at import time
(and for bundles imported earlier, by a user-database migration).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from khorasan_desktop.core import dates
from khorasan_desktop.data.events.fields import RowError, iso_day, span_precision

ACTOR_TYPES = ("threat-actor", "intrusion-set", "identity")
ROLE_ORDER = ("claimed", "attributed", "disputed")

Obj = dict[str, Any]


def incident_rows(
    dataset_id: int,
    objects: Iterable[tuple[str, str, str]],
    relations: Iterable[tuple[str, str, str, str]],
    run: int,
) -> list[tuple[Any, ...]]:
    """Rows in ``userdb.STIX_EVENT_COLUMNS`` order, one per incident, from stored objects
    (ext id, STIX type, JSON) and relationships (source, target, type, JSON)."""
    by_id: dict[str, Obj] = {}
    incidents: list[Obj] = []
    for ext_id, stype, blob in objects:
        obj = json.loads(blob)
        by_id[ext_id] = obj
        if stype == "incident":
            incidents.append(obj)
    links: dict[str, list[tuple[str, Obj]]] = {}
    for source, target, rtype, blob in relations:
        if rtype in ("located-at", "attributed-to") and target in by_id:
            links.setdefault(source, []).append((rtype, {**json.loads(blob), "_to": target}))
    countries = _countries(by_id.values())
    return [
        _row(dataset_id, inc, by_id, links.get(inc["id"], []), countries, run) for inc in incidents
    ]


def _countries(objects: Iterable[Obj]) -> dict[str, Obj]:
    """Country locations of the bundle by ISO code (a province names only its code)."""
    out: dict[str, Obj] = {}
    for obj in objects:
        if obj.get("type") == "location" and _is_country(obj) and obj.get("country"):
            out.setdefault(str(obj["country"]).upper(), obj)
    return out


def _is_country(loc: Obj) -> bool:
    kind = loc.get("x_khorasan_kind")
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


def _place(
    inc: Obj, links: list[tuple[str, Obj]], by_id: dict[str, Obj], countries: dict[str, Obj]
) -> dict[str, Any]:
    """Country and province (our ids where the bundle carries them), names, coordinates."""
    locations = [by_id[link["_to"]] for rtype, link in links if rtype == "located-at"]
    locations = [loc for loc in locations if loc.get("type") == "location"]
    province = next((loc for loc in locations if _is_province(loc)), None)
    country = next((loc for loc in locations if _is_country(loc)), None)
    if country is None and province is not None and province.get("country"):
        country = countries.get(str(province["country"]).upper())
    lat = _coord(inc.get("x_khorasan_latitude"), 90)
    lon = _coord(inc.get("x_khorasan_longitude"), 180)
    located = lat is not None and lon is not None
    return {
        "country_id": _text(country.get("x_khorasan_id")) if country else None,
        "country_name": _text(country.get("name")) if country else None,
        "province_id": _text(province.get("x_khorasan_id")) if province else None,
        "adm1_name": (
            _text(province.get("administrative_area")) or _text(province.get("name"))
            if province
            else None
        ),
        "place": _text(inc.get("x_khorasan_place")),
        "latitude": lat if located else None,
        "longitude": lon if located else None,
        # STIX does not say how precise the coordinates are: drawn as approximate.
        "place_precision": str(inc.get("x_khorasan_coord_precision") or "reported")
        if located
        else None,
    }


def _actors(links: list[tuple[str, Obj]], by_id: dict[str, Obj]) -> list[tuple[str | None, str]]:
    """(our actor id or None, name) of the attributed actors, claimed ones first."""
    found = []
    for rtype, link in links:
        actor = by_id[link["_to"]]
        if rtype != "attributed-to" or actor.get("type") not in ACTOR_TYPES:
            continue
        role = str(link.get("x_khorasan_attribution") or "attributed")
        rank = ROLE_ORDER.index(role) if role in ROLE_ORDER else len(ROLE_ORDER)
        name = _text(actor.get("name")) or str(actor["id"])
        found.append((rank, name, _text(actor.get("x_khorasan_id"))))
    found.sort()
    return [(aid, name) for _rank, name, aid in found]


def _row(
    dataset_id: int,
    inc: Obj,
    by_id: dict[str, Obj],
    links: list[tuple[str, Obj]],
    countries: dict[str, Obj],
    run: int,
) -> tuple[Any, ...]:
    start, end, precision = incident_dates(inc)
    place = _place(inc, links, by_id, countries)
    actors = [*_actors(links, by_id), (None, None), (None, None)]
    attribution = _text(inc.get("x_khorasan_attribution"))
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
        None,  # source text: the bundle's citations stay in the raw object
        json.dumps(inc, ensure_ascii=False, sort_keys=True),
        run,
        attribution if attribution in ROLE_ORDER else None,
        _text(inc.get("x_khorasan_target")),
    )
