"""Reading imported events (UCDP GED, ACLED and STIX-imported incidents): counts per
period and per province, table rows and map places, for one filter.

All of them live in the user database's ``imported_events`` table, so :func:`where` is
the one translation of a :class:`CountFilter` into SQL for them. Imported events carry no
claim/attribution grade unless the source gives one (STIX incidents do): the source
attributes each event to its actors, so they count as 'attributed'.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from khorasan_desktop.core import dates
from khorasan_desktop.core.events import IMPORTED_PREFIX, Event
from khorasan_desktop.core.models import Counts
from khorasan_desktop.data.browse import (
    Box,
    IncidentPlace,
    PlaceIncident,
    cells_sql,
    collect_cells,
    in_cells_clause,
    single_rowids,
)
from khorasan_desktop.data.connection import in_chunks
from khorasan_desktop.data.errors import BadQuery, DataError
from khorasan_desktop.data.reference import _FITS, _PERIOD_SQL, ATTRIBUTIONS, BINS, CountFilter
from khorasan_desktop.data.userdb import UserStore

EVENT_KINDS = ("ucdp", "acled", "stix")  # data set kinds that hold events


# The columns of a table row (see :func:`_event`), over ``imported_events v`` and ``datasets d``
_ROW_COLS = (
    "d.name, d.kind, v.ext_id, v.date_start, v.date_end, v.date_precision, "
    "v.country_id, v.country_name, v.province_id, v.adm1_name, v.place, v.latitude, "
    "v.longitude, v.place_precision, v.deaths_low, v.deaths_best, v.deaths_high, "
    "v.actor_id, v.actor_name, v.actor2_id, v.actor2_name, v.event_type, v.description, "
    "v.attribution, v.target"
)


def _event(r: tuple[Any, ...]) -> Event:
    """An imported row as the one event shape; its place falls back to the source's
    first-level unit, then its country, as every table shows it."""
    (
        dataset,
        kind,
        ext_id,
        start,
        end,
        precision,
        country_id,
        country,
        province_id,
        adm1,
        place,
        lat,
        lon,
        place_precision,
        low,
        best,
        high,
        actor_id,
        actor,
        actor2_id,
        actor2,
        event_type,
        description,
        attribution,
        target,
    ) = r
    who = actor or ""
    if actor2:
        who += f" vs {actor2}"
    return Event(
        id=f"{IMPORTED_PREFIX}{dataset}:{ext_id}",
        name=f"[{dataset}] {who}",
        date_start=start,
        precision=precision,
        date_end=end,
        place=place or adm1 or country,
        country_id=country_id,
        country_name=country,
        province_id=province_id,
        province_name=adm1,
        attack_type=event_type,
        target=target,
        deaths_best=best,
        deaths_low=low,
        deaths_high=high,
        attribution=attribution,
        source=dataset,
        source_kind=kind,
        ext_id=ext_id,
        latitude=lat,
        longitude=lon,
        place_precision=place_precision,
        actor_id=actor_id,
        actor_name=actor,
        actor2_id=actor2_id,
        actor2_name=actor2,
        description=description,
    )


def where(
    flt: CountFilter, ids: list[int], actor_col: str | None, targets: bool
) -> tuple[str, dict[str, Any]]:
    """WHERE over ``imported_events v`` for the data sets ``ids``. ``actor_col`` counts
    one actor side (``actor2_id`` leaves out events with the actor on both sides), None
    either side; ``targets``: the data sets record a target (else a target filter is
    refused rather than silently matching nothing)."""
    if flt.target and not targets:
        raise BadQuery("Imported event data have no target field; clear the target filter.")
    params: dict[str, Any] = {f"ds{i}": d for i, d in enumerate(ids)}
    clauses = [f"v.dataset_id IN ({', '.join(':' + k for k in params)})"]
    if sorted(flt.attributions) != sorted(ATTRIBUTIONS):
        grades = {f"att{i}": a for i, a in enumerate(flt.attributions)}
        marks = ", ".join(":" + k for k in grades)
        clauses.append(f"coalesce(v.attribution, 'attributed') IN ({marks})" if grades else "0")
        params.update(grades)
    if flt.actor_id and actor_col:
        clauses.append(f"v.{actor_col} = :actor")
        if actor_col == "actor2_id":
            clauses.append("v.actor_id IS NOT :actor")
        params["actor"] = flt.actor_id
    elif flt.actor_id:
        clauses.append("(v.actor_id = :actor OR v.actor2_id = :actor)")
        params["actor"] = flt.actor_id
    for col, value in (
        ("country_id", flt.country_id),
        ("province_id", flt.province_id),
        ("event_type", flt.attack_type),
        ("target", flt.target),
    ):
        if value:
            clauses.append(f"v.{col} = :{col}")
            params[col] = value
    if flt.date_from:
        clauses.append("v.date_end >= :dfrom")
        params["dfrom"] = flt.date_from
    if flt.date_to:
        clauses.append("v.date_start <= :dto")
        params["dto"] = flt.date_to
    return " WHERE " + " AND ".join(clauses), params


def _actor_cols(flt: CountFilter) -> tuple[str | None, ...]:
    """One query per actor side lets each use its index; the second skips the first's."""
    return ("actor_id", "actor2_id") if flt.actor_id else (None,)


class ImportedEvents:
    """Queries over some imported data sets of one open user store."""

    def __init__(self, store: UserStore, ids: list[int], targets: bool = False) -> None:
        self.store = store
        self.ids = ids
        self.targets = targets

    def years(self) -> tuple[int, int] | None:
        """First and last year of a dated event in these data sets (index lookups)."""
        spans = []
        for dataset_id in self.ids:
            row = self.store.db.execute(
                "SELECT (SELECT date_start FROM imported_events WHERE dataset_id = :d "
                "AND date_start IS NOT NULL ORDER BY date_start LIMIT 1), "
                "(SELECT date_start FROM imported_events WHERE dataset_id = :d "
                "AND date_start IS NOT NULL ORDER BY date_start DESC LIMIT 1)",
                {"d": dataset_id},
            ).fetchone()
            if row and row[0] and row[1]:
                spans.append((int(row[0][:4]), int(row[1][:4])))
        if not spans:
            return None
        return min(s[0] for s in spans), max(s[1] for s in spans)

    def counts(self, flt: CountFilter, by: str) -> Counts:
        """Events per period, as :meth:`Reference.counts`: an event whose date is too
        imprecise for ``by`` (or not wholly inside the date range) is counted apart."""
        if by not in BINS:
            raise BadQuery(f"Unknown bin {by!r}: use year, quarter or month.")
        rows: list[tuple[str | None, str | None, str, int]] = []
        for col in _actor_cols(flt) if self.ids else ():
            sql_where, params = where(flt, self.ids, col, self.targets)
            rows += self.store.db.execute(
                "SELECT v.date_start, v.date_end, v.date_precision, count(*) "
                f"FROM imported_events v {sql_where} "
                "GROUP BY v.dataset_id, v.date_start, v.date_end, v.date_precision",
                params,
            ).fetchall()
        return dates.count_bins(rows, by, flt.date_from, flt.date_to)

    def stacked(self, flt: CountFilter, by: str, stack: str) -> dates.Stacked:
        """Events per period and per reference country or province id (None: the
        importer could not place the event in the reference)."""
        col = {"country": "country_id", "province": "province_id"}[stack]
        rows: list[tuple[str | None, str | None, str | None, str, int]] = []
        for actor_col in _actor_cols(flt) if self.ids else ():
            sql_where, params = where(flt, self.ids, actor_col, self.targets)
            rows += self.store.db.execute(
                f"SELECT v.{col}, v.date_start, v.date_end, v.date_precision, count(*) "
                f"FROM imported_events v {sql_where} "
                f"GROUP BY v.{col}, v.date_start, v.date_end, v.date_precision",
                params,
            ).fetchall()
        return dates.stack_bins(rows, by, flt.date_from, flt.date_to)

    def province_counts(self, flt: CountFilter) -> dict[str, int]:
        """Events per reference province id (events without one are left out)."""
        out: dict[str, int] = {}
        for col in _actor_cols(flt) if self.ids else ():
            sql_where, params = where(flt, self.ids, col, self.targets)
            for prov, n in self.store.db.execute(
                f"SELECT v.province_id, count(*) FROM imported_events v {sql_where} "
                "AND v.province_id IS NOT NULL GROUP BY v.province_id",
                params,
            ):
                out[prov] = out.get(prov, 0) + n
        return out

    def count(self, flt: CountFilter) -> int:
        """How many events :meth:`rows` lists for ``flt`` (all pages); an actor is
        counted side by side, each side on its own index."""
        total = 0
        for col in _actor_cols(flt) if self.ids else ():
            sql_where, params = where(flt, self.ids, col, self.targets)
            row = self.store.db.execute(
                f"SELECT count(*) FROM imported_events v {sql_where}", params
            ).fetchone()
            total += int(row[0])
        return total

    def rows(
        self,
        flt: CountFilter,
        *,
        by: str | None = None,
        period: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Event]:
        """Rows for tables, by date then data set and id; ``by``/``period`` select one chart
        bin (``period='imprecise'``: the events counted apart), ``limit``/``offset`` a page."""
        if not self.ids:
            return []
        sql_where, params = where(flt, self.ids, None, self.targets)
        if by and period is not None:
            sql_where += _bin_clause(flt, by, period, params)
        params["limit"] = -1 if limit is None else limit
        params["offset"] = offset
        rows = self.store.db.execute(
            f"SELECT {_ROW_COLS} "
            f"FROM imported_events v JOIN datasets d ON d.id = v.dataset_id {sql_where} "
            "ORDER BY v.date_start, d.name, v.ext_id LIMIT :limit OFFSET :offset",
            params,
        ).fetchall()
        return [_event(r) for r in rows]

    def places(
        self, flt: CountFilter, cell: float, limit: int = 2000, bbox: Box | None = None
    ) -> tuple[list[IncidentPlace], int]:
        """Events grouped by cell of the map's grid, busiest first (at most ``limit``
        cells), as :meth:`Reference.incident_places`; second value: the number of cells.
        Place precision 'exact' is drawn as exact, anything coarser as approximate."""
        if not self.ids:
            return [], 0
        sql_where, params = where(flt, self.ids, None, self.targets)
        sql = cells_sql(
            source="imported_events v",
            where=sql_where,
            precision="place_precision",
            bbox=bbox,
            params=params,
        )
        db = self.store.db
        rows = db.execute(sql, {**params, "cell": cell, "limit": limit}).fetchall()
        singles: dict[int, PlaceIncident] = {}
        wanted = single_rowids(rows)
        for part, marks in in_chunks(wanted):
            for r in db.execute(
                "SELECT r.rowid, d.name, r.ext_id, r.actor_name, r.actor2_name, r.date_start, "
                "r.date_precision, r.date_end, r.place FROM imported_events r "
                "JOIN datasets d ON d.id = r.dataset_id "
                f"WHERE r.rowid IN ({marks})",
                part,
            ):
                singles[r[0]] = _place_incident(tuple(r[1:]))
        return collect_cells(rows, singles)

    def rows_in_cells(
        self, flt: CountFilter, cell: float, cells: list[tuple[int, int]], limit: int | None
    ) -> list[Event]:
        """Table rows of the events in these cells of the map's grid (a clicked marker),
        newest first, at most ``limit`` (None: all)."""
        if not self.ids:
            return []
        sql_where, params = where(flt, self.ids, None, self.targets)
        sql_where += in_cells_clause(cell, cells, params)
        params["limit"] = -1 if limit is None else limit
        rows = self.store.db.execute(
            f"SELECT {_ROW_COLS} "
            f"FROM imported_events v JOIN datasets d ON d.id = v.dataset_id {sql_where} "
            "ORDER BY v.date_start DESC, d.name, v.ext_id LIMIT :limit",
            params,
        ).fetchall()
        return [_event(r) for r in rows]


def _place_incident(r: tuple[Any, ...]) -> PlaceIncident:
    """A map tooltip's entry for an imported event (its id opens no page)."""
    return PlaceIncident(
        f"imported:{r[0]}:{r[1]}",
        f"[{r[0]}] {r[2] or '?'}" + (f" vs {r[3]}" if r[3] else ""),
        dates.display(r[4], r[5], r[6]),
        r[7],
    )


def _bin_clause(flt: CountFilter, by: str, period: str, params: dict[str, Any]) -> str:
    """SQL selecting one chart bin, by the rule :func:`core.dates.bin_of` counts with."""
    if by not in BINS:
        raise BadQuery(f"Unknown bin {by!r}: use year, quarter or month.")
    fits = ",".join(f"'{p}'" for p in _FITS[by])
    inside = ["1"]
    if flt.date_from:
        inside.append("v.date_start >= :dfrom")
    if flt.date_to:
        inside.append("v.date_end <= :dto")
    contained = " AND ".join(inside)
    if period == "imprecise":
        return f" AND NOT (v.date_precision IN ({fits}) AND {contained})"
    params["period"] = period
    return f" AND v.date_precision IN ({fits}) AND {contained} AND {_PERIOD_SQL[by]} = :period"


# -- by data set names, for callers that hold a path ----------------------------------------
UserDb = Path | str | UserStore


class _Scope:
    """The user store (opened if a path was given) and the data sets in scope."""

    def __init__(self, user: UserDb, names: list[str] | None, kind: str | None) -> None:
        if kind is not None and kind not in EVENT_KINDS:
            raise BadQuery(f"Unknown event data kind {kind!r}: use ucdp, acled or stix.")
        self.own = not isinstance(user, UserStore)
        self.store: UserStore | None
        if isinstance(user, UserStore):
            self.store = user
        else:
            self.store = UserStore(Path(user)) if Path(user).exists() else None
        self.events: ImportedEvents | None = None
        if self.store is not None:
            ids = self.store.event_dataset_ids(names, kind)
            stix = {d.id for d in self.store.event_datasets("stix")}
            self.events = ImportedEvents(self.store, ids, bool(ids) and set(ids) <= stix)
        elif names:
            raise DataError(f"No event data set named {', '.join(map(repr, names))}.")

    def __enter__(self) -> ImportedEvents | None:
        return self.events

    def __exit__(self, *exc: object) -> None:
        if self.own and self.store is not None:
            self.store.close()


def imported_counts(
    user: UserDb,
    dataset_names: list[str] | None,
    kind: str | None,
    flt: CountFilter,
    by: str = "year",
) -> Counts:
    """Imported events per period (see :meth:`ImportedEvents.counts`). Data sets: those
    named (all of ``kind`` when None). Ids in ``flt`` are our entity ids; an actor matches
    either side of an event (UCDP side_a/side_b, ACLED actor1/actor2)."""
    if by not in BINS:
        raise BadQuery(f"Unknown bin {by!r}: use year, quarter or month.")
    with _Scope(user, dataset_names, kind) as events:
        return events.counts(flt, by) if events else Counts(by, (), 0, 0)


def imported_province_counts(
    user: UserDb, dataset_names: list[str] | None, kind: str | None, flt: CountFilter
) -> dict[str, int]:
    """Imported events per reference province id (events without one are left out)."""
    with _Scope(user, dataset_names, kind) as events:
        return events.province_counts(flt) if events else {}


def imported_event_count(
    user: UserDb, dataset_names: list[str] | None, kind: str | None, flt: CountFilter
) -> int:
    """How many imported events a scope holds (see :meth:`ImportedEvents.count`)."""
    with _Scope(user, dataset_names, kind) as events:
        return events.count(flt) if events is not None else 0


def imported_event_rows(
    user: UserDb,
    dataset_names: list[str] | None,
    kind: str | None,
    flt: CountFilter,
    *,
    by: str | None = None,
    period: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[Event]:
    """Rows for tables (see :meth:`ImportedEvents.rows`)."""
    with _Scope(user, dataset_names, kind) as events:
        if events is None:
            return []
        return events.rows(flt, by=by, period=period, limit=limit, offset=offset)
