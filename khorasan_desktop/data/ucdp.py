"""UCDP Georeferenced Event Dataset (GED) CSV: columns, row parsing, default actor mapping.

Read by column name, as UCDP publishes it (global ``GEDEvent_v25_1.csv``, per-country
extracts, monthly candidate files ``GEDEvent_v25_0_3.csv``). Older releases name a few
columns differently (``best_est``, ``low_est``, ``high_est``); those are read as the new
names.

Required columns: ``id``, ``date_start``, ``country``, ``side_a``, ``side_b`` and ``best``
(or ``best_est``). Everything else is optional (missing ones are reported, left empty).

Date precision (UCDP ``date_prec``: 1 exact day; 2 a range of 2-6 days; 3 the week;
4 the month, 8-30 days; 5 more than a month, up to a year) becomes our precision:

* 1 -> ``day`` (a multi-day event with exact dates bins by its first day, as UCDP does);
* 2, 3, 4 -> the smallest calendar period holding ``date_start``..``date_end``, at least
  ``month``: a 2-6 day or one-week range inside one month is ``month``-precise (it counts
  in monthly bins), one that crosses a month end is ``quarter`` (or ``year``) precise;
* 5 -> the smallest calendar period holding the range, at least ``quarter``;
* no ``date_prec`` column: the smallest calendar period holding the range.

Ranges crossing a year end are ``period`` and are counted apart in every bin.

Place precision (``where_prec``) -> our ``place_precision``: 1 ``exact`` (the location),
2 ``city`` (within about 25 km of a known point), 3 ``district`` (second-order
administrative division), 4 ``province`` (first-order division), 5 ``approximate`` (a
linear feature such as a road or border, or an estimated area), 6 ``country``, 7 ``none``
(international waters or airspace).
"""

from __future__ import annotations

import re

from khorasan_desktop.data.events.fields import (
    RowError,
    coarser,
    iso_day,
    span_precision,
    to_coord,
    to_int,
)
from khorasan_desktop.data.events.formats import Parsed, SourceSpec

REQUIRED = ("id", "date_start", "country", "side_a", "side_b", "best")
OPTIONAL = (
    "relid",
    "year",
    "active_year",
    "code_status",
    "type_of_violence",
    "conflict_dset_id",
    "conflict_new_id",
    "conflict_name",
    "dyad_dset_id",
    "dyad_new_id",
    "dyad_name",
    "side_a_dset_id",
    "side_a_new_id",
    "side_b_dset_id",
    "side_b_new_id",
    "number_of_sources",
    "source_article",
    "source_office",
    "source_date",
    "source_headline",
    "source_original",
    "where_prec",
    "where_coordinates",
    "where_description",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "geom_wkt",
    "priogrid_gid",
    "country_id",
    "region",
    "event_clarity",
    "date_prec",
    "date_end",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "high",
    "low",
    "gwnoa",
    "gwnob",
)
ALIASES = {"best_est": "best", "low_est": "low", "high_est": "high"}

VIOLENCE = {"1": "state-based", "2": "non-state", "3": "one-sided"}
PLACE_PRECISION = {
    "1": "exact",
    "2": "city",
    "3": "district",
    "4": "province",
    "5": "approximate",
    "6": "country",
    "7": "none",
}
_FLOOR = {"2": "month", "3": "month", "4": "month", "5": "quarter"}

# UCDP codes ISKP as part of "IS" (actor 234): IS events in Afghanistan and Pakistan are
# ISKP's; elsewhere they are the Islamic State's. Only rules whose actor exists in the
# reference are used.
DEFAULT_RULES = (
    ("IS @ Afghanistan", "actor-iskp"),
    ("IS @ Pakistan", "actor-iskp"),
    ("IS", "actor-islamic-state"),
    ("Taleban", "actor-taliban"),
    ("al-Qaida", "actor-al-qaida"),
    ("IMU", "actor-imu"),
    ("Government of Afghanistan", "actor-afghan-government"),
    ("Government of United States of America", "actor-united-states"),
)


def date_precision(date_prec: str, start: str, end: str) -> str:
    code = date_prec.strip().split(".")[0]
    if code == "1":
        return "day"
    span = span_precision(start, end)
    floor = _FLOOR.get(code)
    return coarser(span, floor) if floor else span


def parse(rec: dict[str, str]) -> Parsed:
    get = rec.get
    ext_id = (get("id") or "").strip()
    if not ext_id:
        raise RowError("no id")
    start = iso_day(get("date_start") or "", "date_start")
    end_text = (get("date_end") or "").strip()
    end = iso_day(end_text, "date_end") if end_text else start
    if end < start:
        raise RowError(f"date_end {end} is before date_start {start}")
    country = (get("country") or "").strip()
    if not country:
        raise RowError("no country")
    side_a = (get("side_a") or "").strip()
    if not side_a:
        raise RowError("no side_a")
    adm1 = (get("adm_1") or "").strip() or None
    place = (get("where_coordinates") or "").strip() or (get("adm_2") or "").strip() or adm1
    headline = (get("source_headline") or "").strip()
    return Parsed(
        ext_id=ext_id,
        date_start=start,
        date_end=end,
        date_precision=date_precision(get("date_prec") or "", start, end),
        country_name=country,
        adm1_name=adm1,
        place=place,
        latitude=to_coord(get("latitude") or "", "latitude", 90),
        longitude=to_coord(get("longitude") or "", "longitude", 180),
        place_precision=PLACE_PRECISION.get((get("where_prec") or "").strip()),
        deaths_low=to_int(get("low") or "", "low"),
        deaths_best=to_int(get("best") or "", "best"),
        deaths_high=to_int(get("high") or "", "high"),
        actor_name=side_a,
        actor2_name=(get("side_b") or "").strip() or None,
        event_type=VIOLENCE.get((get("type_of_violence") or "").strip()),
        description=headline or (get("dyad_name") or "").strip() or None,
        source_text=(get("source_article") or "").strip() or None,
    )


_RELEASE = re.compile(r"ged(?:event)?[_-]?v?(\d{2})[_.-](\d{1,2})(?:[_.-](\d{1,2}))?", re.I)
_RELEASE_PACKED = re.compile(r"ged(\d{2})(\d)\b", re.I)


def release(file_name: str) -> str | None:
    """``GEDEvent_v25_1.csv`` -> ``25.1``; candidate ``GEDEvent_v25_0_3.csv`` -> ``25.0.3``;
    ``ged251-csv`` -> ``25.1``; None when the name carries no version."""
    m = _RELEASE.search(file_name)
    if m:
        return ".".join(str(int(p)) for p in m.groups() if p is not None)
    m = _RELEASE_PACKED.search(file_name.replace("-", " ").replace("_", " "))
    return f"{int(m[1])}.{m[2]}" if m else None


def attribution(version: str | None, file_name: str) -> str:
    if version and (version.count(".") == 2 or "candidate" in file_name.lower()):
        title = f"UCDP Candidate Events Dataset (GED Candidate) version {version}"
    else:
        title = "UCDP Georeferenced Event Dataset (GED) Global" + (
            f" version {version}" if version else ""
        )
    return f"{title}, Uppsala Conflict Data Program, CC BY 4.0"


SPEC = SourceSpec(
    kind="ucdp",
    title="UCDP GED",
    required=REQUIRED,
    optional=OPTIONAL,
    aliases=ALIASES,
    parse=parse,
    default_rules=DEFAULT_RULES,
    licence="CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
    attribution=attribution,
    release=release,
)
