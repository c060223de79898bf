"""The timeline's SQL: lanes, event marks, per-lane density and dated relations.

Every query is bounded by its answer, not by the data: lanes are one GROUP BY, marks come
by ``LIMIT``, and a scope too large to draw event by event is counted per lane and month
in SQL (at most lanes x months rows). So a 1,000,000-event reference gives the timeline a
few thousand rows at most.

Two kinds of event answer the same questions here: the bundled incidents (``lanes``,
``marks``, ``density`` over the reference) and imported events (the ``imported_*``
functions over the user database's ``imported_events``, filtered by
:func:`~khorasan_desktop.data.events.imported.where`). Each event source of
``data/events/sources.py`` calls its own pair; ``data/layers.py`` merges their answers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from khorasan_desktop.core.events import IMPORTED_PREFIX
from khorasan_desktop.data.browse import RelationRow
from khorasan_desktop.data.events.imported import ImportedEvents, where
from khorasan_desktop.data.events.mapping import UNCERTAIN, UNCERTAIN_NAME
from khorasan_desktop.data.reference import CountFilter, Reference

LANE_KINDS = ("actor", "province", "type")
OTHER = "~other"  # the lane of everything outside the busiest lanes
NONE = "~none"  # the lane of events without a province, type or actor

# (lane expression, extra join) per lane kind; alias v is the events table.
_LANE_SQL = {
    "province": ("v.province_id", ""),
    "type": ("v.attack_type", ""),
    "actor": ("la.actor_id", " JOIN event_actors la ON la.event_id = v.entity_id"),
}


@dataclass(frozen=True)
class TimelineMark:
    """One event on its lane: its possible days (``start``..``end``) and precision."""

    id: str
    name: str
    start: str
    end: str
    precision: str
    lane: str


@dataclass(frozen=True)
class DensityCell:
    """Events of one lane whose date falls in one month (or, coarser dates, one year)."""

    lane: str
    period: str  # YYYY-MM or YYYY
    count: int


def _scope(
    ref: Reference, flt: CountFilter, lanes: str, named: bool = False
) -> tuple[str, str, dict[str, Any]]:
    """(lane column, FROM ... WHERE ..., params) of one scope, dated events only, alias v.
    Actor lanes of an unscoped actor read the actor links table alone (it carries copies
    of the event columns, as the counts do); ``named`` joins the entities for names."""
    if lanes not in _LANE_SQL:
        raise ValueError(f"lanes must be one of {', '.join(LANE_KINDS)}")
    links = lanes == "actor" and not (named or flt.actor_id or flt.attack_type or flt.target)
    if links:
        where, params = ref._incident_where(flt, actor_table=True)
        return "v.actor_id", f"FROM event_actors v {where} AND v.date_start IS NOT NULL", params
    lane, join = _LANE_SQL[lanes]
    if named:
        join += " JOIN entities e ON e.id = v.entity_id"
    where, params = ref._incident_where(flt)
    return lane, f"FROM events v{join} {where} AND v.date_start IS NOT NULL", params


def lanes(ref: Reference, flt: CountFilter, lanes: str) -> dict[str, int]:
    """(Event, lane) marks per lane key. Grouped on the bare column, so SQLite reads the
    covering index in order (no sort of the events)."""
    col, body, params = _scope(ref, flt, lanes)
    return {
        NONE if r[0] is None else r[0]: int(r[1])
        for r in ref.db.execute(f"SELECT {col}, count(*) {body} GROUP BY {col}", params)
    }


def busiest(per_lane: dict[str, int], limit: int) -> tuple[list[tuple[str, int]], int, int]:
    """The busiest lanes first, (key, marks), at most ``limit``; how many lanes there are
    and how many marks they hold in all."""
    rows = sorted(per_lane.items(), key=lambda r: (-r[1], r[0]))
    return rows[:limit], len(rows), sum(n for _k, n in rows)


def event_count(ref: Reference, flt: CountFilter) -> int:
    """Dated incidents of the scope (each once, whatever its lanes)."""
    where, params = ref._incident_where(flt)
    row = ref.db.execute(
        f"SELECT count(*) FROM events v {where} AND v.date_start IS NOT NULL", params
    ).fetchone()
    return int(row[0])


def marks(
    ref: Reference, flt: CountFilter, lanes: str, keep: list[str], limit: int
) -> list[TimelineMark]:
    """The first ``limit`` (event, lane) marks by date; lanes outside ``keep`` are OTHER."""
    col, body, params = _scope(ref, flt, lanes, named=True)
    lane = _folded(f"coalesce({col}, '{NONE}')", keep, params)
    rows = ref.db.execute(
        f"SELECT DISTINCT v.entity_id, e.name, v.date_start, coalesce(v.date_end, v.date_start), "
        f"v.date_precision, {lane} {body} "
        "ORDER BY v.date_start, v.entity_id LIMIT :limit",
        {**params, "limit": limit},
    )
    return [TimelineMark(*r) for r in rows]


def density(ref: Reference, flt: CountFilter, lanes: str, keep: list[str]) -> list[DensityCell]:
    """Events per lane and month (per year for dates coarser than a month), counted in
    SQL: what a scope too large for one mark per event is drawn as. SQL groups by the bare
    columns (lanes x months rows at most); lanes outside ``keep`` fold into OTHER here."""
    col, body, params = _scope(ref, flt, lanes)
    rows = ref.db.execute(
        f"SELECT {col}, substr(v.date_start, 1, 7), v.date_precision IN ('day', 'month'), "
        f"count(*) {body} GROUP BY 1, 2, 3",
        params,
    )
    return _cells(rows, keep)


def _cells(rows: Any, keep: list[str]) -> list[DensityCell]:
    """Density cells from (lane, month, fits a month, count) rows, folded into ``keep``."""
    kept = set(keep)
    cells: dict[tuple[str, str], int] = {}
    for key, month, fits, n in rows:
        lane = NONE if key is None else key
        lane = lane if lane in kept else OTHER
        period = month if fits else month[:4]
        cells[(period, lane)] = cells.get((period, lane), 0) + int(n)
    return [DensityCell(lane, period, n) for (period, lane), n in sorted(cells.items())]


def merge_density(parts: list[list[DensityCell]]) -> list[DensityCell]:
    """Density cells of several sources, added cell by cell (lanes already folded)."""
    cells: dict[tuple[str, str], int] = {}
    for part in parts:
        for c in part:
            cells[(c.period, c.lane)] = cells.get((c.period, c.lane), 0) + c.count
    return [DensityCell(lane, period, n) for (period, lane), n in sorted(cells.items())]


# -- imported events ------------------------------------------------------------------------
def _imported_parts(
    events: ImportedEvents, flt: CountFilter, lanes: str
) -> tuple[list[tuple[str, str]], dict[str, Any]]:
    """The (lane expression, FROM ... WHERE ...) queries whose rows are the (event, lane)
    marks of imported events, dated only, alias v, and their shared parameters. An actor
    lane is either side of an event (UCDP side_a/side_b, ACLED actor1/actor2), as the
    bundled incidents' actor lanes are every actor an incident names, so actor lanes are
    three queries: first side, second side (unless the same actor), neither side known
    (the NONE lane). Plain queries on the bare columns, each answered from the
    (data set, column, dates) index the import built where the filter allows, instead of
    one derived table SQLite would have to build row by row."""
    if lanes not in LANE_KINDS:
        raise ValueError(f"lanes must be one of {', '.join(LANE_KINDS)}")
    out: list[tuple[str, str]] = []
    params: dict[str, Any] = {}
    # A filter on an indexed column (actor, country, province) should pick that index;
    # "+" keeps SQLite from reading the lane's index whole just to group in its order.
    plus = "+" if (flt.actor_id or flt.country_id or flt.province_id) else ""
    for side in _sides(flt):
        sql_where, params = where(flt, events.ids, side, events.targets)
        body = f"FROM imported_events v {sql_where} AND v.date_start IS NOT NULL"
        if lanes != "actor":
            lane = {"province": "v.province_id", "type": "v.event_type"}[lanes]
            out.append((plus + lane, body))
            continue
        out += [
            (plus + "v.actor_id", f"{body} AND v.actor_id IS NOT NULL"),
            (
                plus + "v.actor2_id",
                f"{body} AND v.actor2_id IS NOT NULL AND v.actor2_id IS NOT v.actor_id",
            ),
            ("NULL", f"{body} AND v.actor_id IS NULL AND v.actor2_id IS NULL"),
        ]
    return out, params  # the sides' parameters are the same names and values


def _sides(flt: CountFilter) -> tuple[str | None, ...]:
    """An actor filter is asked side by side (first side, then second side without the
    first), each query on its own actor index; an "either side" OR would read every
    event of the data set."""
    return ("actor_id", "actor2_id") if flt.actor_id else (None,)


def imported_lanes(events: ImportedEvents, flt: CountFilter, lanes: str) -> dict[str, int]:
    """(Event, lane) marks per lane key of imported events (see :func:`lanes`)."""
    if not events.ids:
        return {}
    parts, params = _imported_parts(events, flt, lanes)
    out: dict[str, int] = {}
    for lane, body in parts:
        for key, n in events.store.db.execute(f"SELECT {lane}, count(*) {body} GROUP BY 1", params):
            k = NONE if key is None else key
            out[k] = out.get(k, 0) + int(n)
    return out


def imported_marks(
    events: ImportedEvents, flt: CountFilter, lanes: str, keep: list[str], limit: int
) -> list[TimelineMark]:
    """The first ``limit`` (event, lane) marks of imported events by date; ids as every
    table shows imported events (``imported:<data set>:<id>``)."""
    if not events.ids:
        return []
    parts, params = _imported_parts(events, flt, lanes)
    name = (
        "'[' || d.name || '] ' || coalesce(v.actor_name, '')"
        " || coalesce(' vs ' || v.actor2_name, '')"
    )
    rows: list[tuple[str, ...]] = []
    for expr, body in parts:
        lane = _folded(f"coalesce({expr}, '{NONE}')", keep, params)
        joined = body.replace(
            "FROM imported_events v",
            "FROM imported_events v JOIN datasets d ON d.id = v.dataset_id",
            1,
        )
        rows += events.store.db.execute(
            f"SELECT '{IMPORTED_PREFIX}' || d.name || ':' || v.ext_id, {name}, v.date_start, "
            f"coalesce(v.date_end, v.date_start), v.date_precision, {lane} {joined} "
            "ORDER BY v.date_start, d.name, v.ext_id LIMIT :limit",
            {**params, "limit": limit},
        ).fetchall()
    rows.sort(key=lambda r: (r[2], r[0]))
    return [TimelineMark(*r) for r in rows[:limit]]


def imported_density(
    events: ImportedEvents, flt: CountFilter, lanes: str, keep: list[str]
) -> list[DensityCell]:
    """Imported events per lane and month (see :func:`density`)."""
    if not events.ids:
        return []
    parts, params = _imported_parts(events, flt, lanes)
    rows: list[tuple[Any, ...]] = []
    for lane, body in parts:
        rows += events.store.db.execute(
            f"SELECT {lane}, substr(v.date_start, 1, 7), v.date_precision IN ('day', 'month'), "
            f"count(*) {body} GROUP BY 1, 2, 3",
            params,
        ).fetchall()
    return _cells(rows, keep)


def imported_dated(events: ImportedEvents, flt: CountFilter) -> int:
    """Dated imported events of the scope (each once, whatever its lanes)."""
    if not events.ids:
        return 0
    total = 0
    for side in _sides(flt):
        sql_where, params = where(flt, events.ids, side, events.targets)
        row = events.store.db.execute(
            f"SELECT count(*) FROM imported_events v {sql_where} AND v.date_start IS NOT NULL",
            params,
        ).fetchone()
        total += int(row[0])
    return total


def _folded(expr: str, keep: list[str], params: dict[str, Any]) -> str:
    """``expr``, with lanes not in ``keep`` folded into OTHER (keys bound as parameters)."""
    if not keep:
        return f"'{OTHER}'"
    names = []
    for i, key in enumerate(keep):
        params[f"lane{i}"] = key
        names.append(f":lane{i}")
    return f"CASE WHEN {expr} IN ({', '.join(names)}) THEN {expr} ELSE '{OTHER}' END"


def relations(ref: Reference, entity_id: str | None, limit: int) -> tuple[list[RelationRow], int]:
    """Dated relations to draw as periods: an entity's own (its leadership terms among
    them), or without an entity every dated leadership term; at most ``limit``, with the
    number there are in all."""
    dated = '(r.start IS NOT NULL OR r."end" IS NOT NULL)'
    if entity_id is not None:
        where = f"WHERE (r.source_id = :id OR r.target_id = :id) AND {dated}"
        params: dict[str, Any] = {"id": entity_id}
    else:
        where = f"WHERE r.type = 'leader-of' AND {dated}"
        params = {}
    total = ref.db.execute(f"SELECT count(*) FROM relations r {where}", params).fetchone()[0]
    rows = ref._relation_rows(
        f"{where} AND r.id IN (SELECT r.id FROM relations r {where} "
        "ORDER BY r.type = 'leader-of' DESC, coalesce(r.start, r.\"end\"), r.id LIMIT :limit)",
        {**params, "limit": limit},
    )
    return rows, int(total)


def names(ref: Reference, lanes: str, keys: list[str], imported: bool = False) -> dict[str, str]:
    """Lane labels: entity names for actor and province lanes, the value for types. With
    ``imported`` events drawn, the NONE lane also holds events whose actor or province the
    importer could not match to the reference, and says so."""
    unknown = {"province": "province not known", "type": "type not known"}
    none = unknown.get(lanes, "no actor named")
    if imported and lanes != "type":
        none = {"province": "province not known or not matched"}.get(
            lanes, "no actor named or matched"
        )
    out = {OTHER: "other", NONE: none}
    if lanes == "type":
        out.update({k: k for k in keys if k not in out})
    else:
        out.update(ref.entity_names(k for k in keys if k not in out and k != UNCERTAIN))
        if UNCERTAIN in keys:
            out[UNCERTAIN] = UNCERTAIN_NAME
    return out
