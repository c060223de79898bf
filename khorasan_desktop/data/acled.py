"""ACLED event CSV export: columns, row parsing, default actor mapping.

Read by column name (ACLED's columns changed over the years: ``data_id``, ``iso3`` and
``event_id_no_cnty`` went in 2023, ``disorder_type``, ``civilian_targeting`` and ``tags``
came; older exports are upper case and say ``ally_actor_1``, ``geo_precis``). Missing
optional columns are reported.

Required columns: ``event_id_cnty``, ``event_date``, ``country``, ``actor1``,
``fatalities``.

``event_date``: ``2021-08-26``, ``26 August 2021``, ``26-August-2021``, ``26 Aug 2021``,
or day-first numeric ``26/08/2021`` / ``26-08-2021`` (ACLED's documented order).

Date precision (``time_precision``): 1 -> ``day``; 2 (the source gives the week) -> the
week around the coded date (3 days either side), cut at the year's bounds (a week around
2 January never reaches back into the year before, which ACLED does not state), the
smallest calendar period holding it, at least ``month``; 3 (the source gives the month
only) -> ``month``. No column: ``day``. A ``year`` column that disagrees with
``event_date`` refuses the row.

Place precision (``geo_precision``): 1 ``exact`` (the town), 2 ``city`` (near a town or a
part of a region), 3 ``province`` (a larger region; the coordinates are its capital's).

ACLED's terms of use require attribution; its data may not be redistributed. They stay in
the user's own database.
"""

from __future__ import annotations

import datetime as dt
import re

from khorasan_desktop.data.events.fields import (
    RowError,
    checked_day,
    coarser,
    iso_day,
    month_bounds,
    shifted,
    span_precision,
    to_coord,
    to_int,
)
from khorasan_desktop.data.events.formats import Parsed, SourceSpec

REQUIRED = ("event_id_cnty", "event_date", "country", "actor1", "fatalities")
OPTIONAL = (
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "tags",
    "timestamp",
)
ALIASES = {
    "ally_actor_1": "assoc_actor_1",
    "ally_actor_2": "assoc_actor_2",
    "geo_precis": "geo_precision",
    "source scale": "source_scale",
}
PLACE_PRECISION = {"1": "exact", "2": "city", "3": "province"}

# Pattern rules ('re:' = regular expression, case-insensitive; ' @ COUNTRY' = only there).
# Only identities a cited source states: no bundled source says that ACLED's "Turkistan
# Islamic Party" is the East Turkestan Islamic Movement, so it keeps its own name. The
# brief makes ISIS-K the Islamic State's province established in Afghanistan (para. 6);
# in Pakistan the Islamic State also claims as its Pakistan Province, which the bundled
# incidents keep apart from ISKP (data/incidents/SOURCE.md), so an Islamic State actor in
# Pakistan maps to ISKP only when its label names Khorasan.
DEFAULT_RULES = (
    (r"re:^Islamic State\b.*\b(Khorasan|Khurasan)", "actor-iskp"),
    (r"re:^Islamic State \(Afghanistan\)", "actor-iskp"),
    (r"re:^(IS-?KP?|ISIS-?K|ISIL-?K)\b", "actor-iskp"),
    (r"re:^Islamic State\b @ Afghanistan", "actor-iskp"),
    (r"re:^Islamic State\b", "actor-islamic-state"),
    (r"re:^Taliban\b", "actor-taliban"),
    (r"re:^(Government|Military Forces|Police Forces) of Afghanistan\b", "actor-afghan-government"),
    (r"re:^Military Forces of the United States\b", "actor-united-states"),
    ("al-Qaida", "actor-al-qaida"),
    ("Islamic Movement of Uzbekistan", "actor-imu"),
    ("Islamic Jihad Union", "actor-iju"),
    (r"re:\bLashkar[- ]e[- ]Ta[iy]+i?ba\b", "actor-let"),
)

_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        1,
    )
    for m in names
}
_DMY = re.compile(r"^(\d{1,2})[ \-/]+([A-Za-z]+\.?|\d{1,2})[ \-/,]+(\d{4})$")


def event_day(text: str) -> str:
    text = text.strip()
    m = _DMY.match(text)
    if not m:
        return iso_day(text, "event_date")
    day, month_text, year = int(m[1]), m[2].rstrip(".").lower(), int(m[3])
    month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text, 0)
    if not month:
        raise RowError(f"event_date {text[:40]!r} has no month name")
    return checked_day(year, month, day, text, "event_date")


def dated(day: str, time_precision: str, year: str = "") -> tuple[str, str, str]:
    """Start, end and precision of an ACLED date, never outside the year it states."""
    code = time_precision.strip()
    if code == "2":
        start = max(shifted(day, -3, "event_date (a week around it)"), f"{day[:4]}-01-01")
        end = min(shifted(day, 3, "event_date (a week around it)"), f"{day[:4]}-12-31")
        out = start, end, coarser(span_precision(start, end), "month")
    elif code == "3":
        start, end = month_bounds(day)
        out = start, end, "month"
    else:
        out = day, day, "day"
    year = year.strip()
    if year and year != day[:4]:
        raise RowError(f"year {year[:8]!r} does not match event_date {day}")
    return out


def parse(rec: dict[str, str]) -> Parsed:
    get = rec.get
    ext_id = (get("event_id_cnty") or "").strip()
    if not ext_id:
        raise RowError("no event_id_cnty")
    start, end, precision = dated(
        event_day(get("event_date") or ""), get("time_precision") or "", get("year") or ""
    )
    country = (get("country") or "").strip()
    if not country:
        raise RowError("no country")
    actor1 = (get("actor1") or "").strip()
    if not actor1:
        raise RowError("no actor1")
    stamp = None
    ts = (get("timestamp") or "").strip()
    if ts.isdigit():
        try:
            stamp = dt.datetime.fromtimestamp(int(ts), dt.UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            stamp = None
    adm1 = (get("admin1") or "").strip() or None
    return Parsed(
        ext_id=ext_id,
        date_start=start,
        date_end=end,
        date_precision=precision,
        country_name=country,
        adm1_name=adm1,
        place=(get("location") or "").strip() or adm1,
        latitude=to_coord(get("latitude") or "", "latitude", 90),
        longitude=to_coord(get("longitude") or "", "longitude", 180),
        place_precision=PLACE_PRECISION.get((get("geo_precision") or "").strip()),
        deaths_low=None,
        deaths_best=to_int(get("fatalities") or "", "fatalities"),
        deaths_high=None,
        actor_name=actor1,
        actor2_name=(get("actor2") or "").strip() or None,
        event_type=(get("event_type") or "").strip() or None,
        description=(get("notes") or "").strip() or None,
        source_text=(get("source") or "").strip() or None,
        stamp=stamp,
    )


def release(file_name: str) -> str | None:
    return None  # ACLED exports carry no version; the importer uses the newest timestamp


def attribution(version: str | None, file_name: str) -> str:
    return (
        "ACLED (Armed Conflict Location & Event Data), acleddata.com, used under its terms of use"
    )


SPEC = SourceSpec(
    kind="acled",
    title="ACLED",
    required=REQUIRED,
    optional=OPTIONAL,
    aliases=ALIASES,
    parse=parse,
    default_rules=DEFAULT_RULES,
    licence="ACLED terms of use (attribution required; not redistributed)",
    attribution=attribution,
    release=release,
    notes=(
        "ACLED data are used under ACLED's terms of use: attribute ACLED; the data stay in "
        "your user database and are not redistributed.",
    ),
)
