"""The timeline's SQL: lanes, event marks, per-lane density and dated relations.

Every query is bounded by its answer, not by the data: lanes are the busiest few (one
GROUP BY), marks come by ``LIMIT``, and a scope too large to draw event by event is
counted per lane and month in SQL (at most lanes x months rows). So a 1,000,000-event
reference gives the timeline a few thousand rows at most.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from khorasan_desktop.data.browse import RelationRow
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


def lanes(
    ref: Reference, flt: CountFilter, lanes: str, limit: int
) -> tuple[list[tuple[str, int]], int, int]:
    """The busiest lanes first, (key, marks), at most ``limit``; how many lanes there are
    and how many (event, lane) marks they hold in all. Grouped on the bare column, so
    SQLite reads the covering index in order (no sort of the events)."""
    col, body, params = _scope(ref, flt, lanes)
    rows = [
        (NONE if r[0] is None else r[0], int(r[1]))
        for r in ref.db.execute(f"SELECT {col}, count(*) {body} GROUP BY {col}", params)
    ]
    rows.sort(key=lambda r: (-r[1], r[0]))
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
    kept = set(keep)
    cells: dict[tuple[str, str], int] = {}
    for key, month, fits, n in rows:
        lane = NONE if key is None else key
        lane = lane if lane in kept else OTHER
        period = month if fits else month[:4]
        cells[(period, lane)] = cells.get((period, lane), 0) + int(n)
    return [DensityCell(lane, period, n) for (period, lane), n in sorted(cells.items())]


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


def names(ref: Reference, lanes: str, keys: list[str]) -> dict[str, str]:
    """Lane labels: entity names for actor and province lanes, the value for types."""
    unknown = {"province": "province not known", "type": "type not known"}
    out = {OTHER: "other", NONE: unknown.get(lanes, "no actor named")}
    if lanes == "type":
        out.update({k: k for k in keys if k not in out})
    else:
        out.update(ref.entity_names(k for k in keys if k not in out))
    return out
