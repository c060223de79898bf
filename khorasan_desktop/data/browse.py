"""Queries behind the GUI's tree, tables, graph, chart and map (read-only)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from khorasan_desktop.core import dates
from khorasan_desktop.core.events import Event
from khorasan_desktop.core.i18n import QT_TRANSLATE_NOOP
from khorasan_desktop.core.models import Citation, EntityRef
from khorasan_desktop.data.connection import in_chunks
from khorasan_desktop.data.schema import STORED_CELLS
from khorasan_desktop.data.tree_rows import TreeRow, root_rows

if TYPE_CHECKING:
    import sqlite3

    from khorasan_desktop.core.models import Counts
    from khorasan_desktop.data.reference import CountFilter


# Sort keys of the relation table's columns, in its column order (Subject, Relation,
# Object, Period, Source, Note); undated periods sort first.
RELATION_SORT = (
    "s.name COLLATE NOCASE",
    "r.type",
    "t.name COLLATE NOCASE",
    "coalesce(r.start, r.\"end\", '')",
    "(SELECT group_concat(locator, '; ') FROM citations c "
    "WHERE c.subject_type = 'relation' AND c.subject_id = r.id)",
    "coalesce(r.summary, '') COLLATE NOCASE",
)
# The year of a relation date, as views.relations._year reads it (None unless 4 digits).
_YEAR_SQL = (
    "CASE WHEN substr({col}, 1, 4) GLOB '[0-9][0-9][0-9][0-9]' "
    "THEN CAST(substr({col}, 1, 4) AS INTEGER) END"
)


RelationLink = tuple[str, str, str]  # a relation's id, source id and target id


@dataclass(frozen=True)
class RelationRow:
    id: str
    type: str
    source: EntityRef
    target: EntityRef
    start: str | None
    end: str | None
    summary: str | None
    vague: bool
    citation: str


@dataclass(frozen=True)
class Grade:
    """One citation's grading: the source's reliability (A-F) and the claim's credibility
    (1-6), either possibly unknown."""

    source_id: str
    reliability: str | None
    credibility: str | None


@dataclass(frozen=True)
class Statistic:
    """A published figure: what it counts (kind), over which period, where, and who says so."""

    id: str
    series: str
    period_text: str | None
    period_start: str | None
    period_end: str | None
    value: float | None
    value_text: str
    unit: str | None
    scope: str | None
    source: str
    note: str | None
    kind: str = "period"  # point | period | cumulative | rate | change
    subject_id: str | None = None

    @property
    def kind_label(self) -> str:
        """The kind in words, with its period: how the figure must be read."""
        span = period_phrase(self.period_start, self.period_end)
        return {
            "point": f"on {span}"
            if self.period_start and self.period_start == self.period_end
            else f"at a point in time within {span}",
            "period": f"over {span}",
            "cumulative": f"cumulative over {span}",
            "rate": f"each year of {span}",
            "change": f"change over {span}",
        }.get(self.kind, span)


def period_phrase(start: str | None, end: str | None) -> str:
    """``2021-08-19 – 2021-12-31``, one date when both are the same, or "period not stated"."""
    if not start and not end:
        return "period not stated"
    if start == end:
        return str(start)
    return f"{start or '?'} – {end or '?'}"


@dataclass(frozen=True)
class IncidentPoint:
    id: str
    name: str
    latitude: float
    longitude: float
    exact: bool


@dataclass(frozen=True)
class ChartData:
    """The counts the chart draws for one filter, fetched in one call (the published
    figures beside them are the view layer's: ``views.statistics.scope_figures``)."""

    counts: Counts
    stacked: dict[str, dict[str, int]] | None


@dataclass(frozen=True)
class PlaceIncident:
    id: str
    name: str
    date_display: str
    place: str | None


@dataclass(frozen=True)
class IncidentPlace:
    """Incidents in one cell of the map's grid (see :func:`cells_sql`): how many, where
    they lie (their mean position and their bounding box), ``exact`` when any of them has
    exact coordinates. ``recent`` names the incident of a one-incident cell (what a click
    opens); a busier cell's incidents are listed on demand, by its ``cell`` key."""

    latitude: float
    longitude: float
    exact: bool
    count: int
    recent: tuple[PlaceIncident, ...]
    cell: tuple[int, int] = (0, 0)  # (row, column) of the grid the map was loaded with
    bounds: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # S, W, N, E


@dataclass(frozen=True)
class RegionShape:
    id: str
    name: str
    geometry_key: str
    parent_id: str | None


ACTOR_GROUPS = (
    ("group", QT_TRANSLATE_NOOP("tree_model", "Groups")),
    ("person", QT_TRANSLATE_NOOP("tree_model", "People")),
    ("state", QT_TRANSLATE_NOOP("tree_model", "States")),
    ("government", QT_TRANSLATE_NOOP("tree_model", "Governments")),
)
REGION_GROUPS = (
    ("country", QT_TRANSLATE_NOOP("tree_model", "Countries")),
    ("historical", QT_TRANSLATE_NOOP("tree_model", "Historical regions")),
    ("macro", QT_TRANSLATE_NOOP("tree_model", "Macro-regions")),
    ("area", QT_TRANSLATE_NOOP("tree_model", "Areas")),
)
SOURCE_GROUPS = (
    ("brief", QT_TRANSLATE_NOOP("tree_model", "Brief")),
    ("dataset", QT_TRANSLATE_NOOP("tree_model", "Data sets")),
    ("page", QT_TRANSLATE_NOOP("tree_model", "Cited pages")),
    ("outside", QT_TRANSLATE_NOOP("tree_model", "Sources of names")),
)
_MONTHS = [
    QT_TRANSLATE_NOOP("tree_model", "January"),
    QT_TRANSLATE_NOOP("tree_model", "February"),
    QT_TRANSLATE_NOOP("tree_model", "March"),
    QT_TRANSLATE_NOOP("tree_model", "April"),
    QT_TRANSLATE_NOOP("tree_model", "May"),
    QT_TRANSLATE_NOOP("tree_model", "June"),
    QT_TRANSLATE_NOOP("tree_model", "July"),
    QT_TRANSLATE_NOOP("tree_model", "August"),
    QT_TRANSLATE_NOOP("tree_model", "September"),
    QT_TRANSLATE_NOOP("tree_model", "October"),
    QT_TRANSLATE_NOOP("tree_model", "November"),
    QT_TRANSLATE_NOOP("tree_model", "December"),
]

# The map's grid: a coordinate's cell is (row, column) = the whole number of cells north of
# the South Pole and east of the antimeridian. Both expressions are total on valid
# coordinates (no negative operand, so CAST truncation is floor) and every query that
# groups or lists by cell uses them, so a cluster's list holds exactly what it counted.
CELL_ROW = "CAST((v.latitude + 90.0) / :cell AS INTEGER)"
CELL_COL = "CAST((v.longitude + 180.0) / :cell AS INTEGER)"

# How map cells are ranked: busiest first, and among equally busy ones the most recent,
# so a cap keeps what matters now; then by position, so the order is total.
CELL_ORDER = "n DESC, latest DESC, row, col"

Box = tuple[float, float, float, float]  # south, west, north, east (degrees)


def _box_clause(bbox: Box | None, params: dict[str, Any]) -> str:
    """Coordinates inside ``bbox`` (a range on the indexed latitude first)."""
    if bbox is None:
        return ""
    params.update(south=bbox[0], west=bbox[1], north=bbox[2], east=bbox[3])
    return " AND v.latitude BETWEEN :south AND :north AND v.longitude BETWEEN :west AND :east"


def cells_sql(
    *, source: str, where: str, precision: str, bbox: Box | None, params: dict[str, Any]
) -> str:
    """One statement for the map's markers over ``source`` (alias ``v``) filtered by
    ``where`` (and ``bbox`` when given): events grouped in SQL by their cell of a
    ``:cell``-degree grid, the ``:limit`` busiest kept (:data:`CELL_ORDER`). Columns: row,
    col, count, exact, mean latitude and longitude, bounding box (S, W, N, E), the
    smallest rowid (a one-incident cell's event), the newest date and the number of cells
    in all. However many events there are, at most ``:limit`` rows reach Python."""
    box = _box_clause(bbox, params)
    return (
        f"WITH cells AS (SELECT {CELL_ROW} AS row, {CELL_COL} AS col, count(*) AS n,"
        f" max(v.{precision} IS 'exact') AS exact, avg(v.latitude), avg(v.longitude),"
        " min(v.latitude), min(v.longitude), max(v.latitude), max(v.longitude),"
        " min(v.rowid), max(v.date_start) AS latest"
        f" FROM {source} {where} AND v.latitude IS NOT NULL AND v.longitude IS NOT NULL{box}"
        " GROUP BY row, col)"
        f" SELECT *, count(*) OVER () FROM cells ORDER BY {CELL_ORDER} LIMIT :limit"
    )


def in_cells_clause(cell: float, cells: Iterable[tuple[int, int]], params: dict[str, Any]) -> str:
    """SQL (over alias ``v``) keeping the events of these cells of a ``cell``-degree grid,
    by the same expressions the grouping used; the cells' latitude band is also given as
    a range, so the coordinate index narrows the rows before the exact test."""
    keys = sorted(set(cells))
    if not keys:
        return " AND 0"
    params["cell"] = cell
    marks = []
    for i, (row, col) in enumerate(keys):
        params[f"cr{i}"], params[f"cc{i}"] = row, col
        marks.append(f"(:cr{i}, :cc{i})")
    rows = [k[0] for k in keys]
    # one cell of slack on either side: the range only narrows, the cell test decides
    params["band_lo"] = (min(rows) - 1) * cell - 90.0
    params["band_hi"] = (max(rows) + 2) * cell - 90.0
    return (
        " AND v.latitude BETWEEN :band_lo AND :band_hi AND v.longitude IS NOT NULL"
        f" AND ({CELL_ROW}, {CELL_COL}) IN (VALUES {', '.join(marks)})"
    )


def collect_cells(
    rows: list[Any], singles: dict[Any, PlaceIncident]
) -> tuple[list[IncidentPlace], int]:
    """Markers from the rows of :func:`cells_sql` (in its order) and the number of cells
    in all; ``singles`` maps the key (column 10) of each one-incident cell's event to its
    entry."""
    out = []
    for r in rows:
        one = singles.get(r[10]) if r[2] == 1 else None
        s, w, n, e = r[6], r[7], r[8], r[9]
        out.append(
            IncidentPlace(  # the mean, kept inside the box against rounding
                latitude=min(max(r[4], s), n),
                longitude=min(max(r[5], w), e),
                exact=bool(r[3]),
                count=r[2],
                recent=(one,) if one else (),
                cell=(r[0], r[1]),
                bounds=(s, w, n, e),
            )
        )
    return out, int(rows[0][12]) if rows else 0


def single_rowids(rows: list[Any]) -> list[Any]:
    """Keys of the events of one-incident cells (to name them in one more query)."""
    return [r[10] for r in rows if r[2] == 1]


class BrowseQueries:
    """Mixed into :class:`Reference`; ``self.db`` is the read-only connection."""

    db: sqlite3.Connection
    meta: dict[str, str]
    _relation_years: tuple[int, int] | None = None  # kept once asked (read-only data)
    _has_cells: bool | None = None  # the database stores per-cell map totals
    _filter_options: dict[str, list[tuple[str, str]]] | None = None

    @property
    def last_year(self) -> int:
        """The last year the reference documents (the year of its ``as_of`` date): the top
        of every year control and chart axis unless data runs later."""
        as_of = str(self.meta.get("as_of") or "")
        return int(as_of[:4]) if as_of[:4].isdigit() else dt.date.today().year

    # -- tree ----------------------------------------------------------------------------
    def tree_children(self, key: str) -> list[TreeRow]:
        """Children of a tree node. Keys: ``root``, ``actors``, ``actors/group``, ..."""
        db = self.db
        if key == "root":
            return root_rows(db)
        if key == "actors":
            counts = dict(db.execute("SELECT type, count(*) FROM actors GROUP BY type"))
            return [
                TreeRow(f"actors/{t}", label, None, None, True, counts[t])
                for t, label in ACTOR_GROUPS
                if counts.get(t)
            ]
        if key.startswith("actors/"):
            rows = db.execute(
                "SELECT e.id, e.name FROM actors a JOIN entities e ON e.id = a.entity_id "
                "WHERE a.type = ? ORDER BY e.name COLLATE NOCASE",
                [key.split("/", 1)[1]],
            )
            return [TreeRow(f"e/{i}", n, i, "actor", False) for i, n in rows]
        if key == "regions":
            counts = dict(
                db.execute(
                    "SELECT type, count(*) FROM regions "
                    "WHERE parent_id IS NULL OR type = 'country' GROUP BY type"
                )
            )
            return [
                TreeRow(f"regions/{t}", label, None, None, True, counts[t])
                for t, label in REGION_GROUPS
                if counts.get(t)
            ]
        if key.startswith("regions/"):
            rows = db.execute(
                "SELECT e.id, e.name, (SELECT count(*) FROM regions c WHERE c.parent_id = e.id) "
                "FROM regions r JOIN entities e ON e.id = r.entity_id "
                "WHERE r.type = ? AND (r.parent_id IS NULL OR r.type = 'country') "
                "ORDER BY e.name COLLATE NOCASE",
                [key.split("/", 1)[1]],
            )
            return [TreeRow(f"e/{i}", n, i, "region", c > 0, c or None) for i, n, c in rows]
        if key == "events":
            years = db.execute(
                "SELECT value, n FROM summary_counts WHERE key = 'event-year' ORDER BY value"
            ).fetchall()
            out = [
                TreeRow(f"events/{y}", y, None, None, True, n) for y, n in years if y != "undated"
            ]
            out += [
                TreeRow(
                    "events/undated",
                    QT_TRANSLATE_NOOP("tree_model", "Undated"),
                    None,
                    None,
                    True,
                    n,
                )
                for y, n in years
                if y == "undated"
            ]
            return out
        if key == "events/undated":
            rows = db.execute(
                "SELECT e.id, e.name FROM events v JOIN entities e ON e.id = v.entity_id "
                "WHERE v.date_start IS NULL ORDER BY e.name"
            )
            return [TreeRow(f"e/{i}", n, i, "event", False) for i, n in rows]
        if key.startswith("events/") and key.count("/") == 1:
            year = key.split("/")[1]
            rows = db.execute(
                "SELECT value, n FROM summary_counts WHERE key = ? ORDER BY value",
                [f"event-month:{year}"],
            )
            out = []
            for m, n in rows:
                label = (
                    _MONTHS[int(m) - 1]
                    if m != "year"
                    else QT_TRANSLATE_NOOP("tree_model", "Month unknown")
                )
                out.append(TreeRow(f"events/{year}/{m}", label, None, None, True, n))
            return out
        if key.startswith("events/"):
            _, year, month = key.split("/")
            if month == "year":
                where = (
                    "date_start >= :lo AND date_start < :hi AND date_precision NOT IN "
                    "('day', 'month')"
                )
                lo, hi = f"{year}-01-01", f"{int(year) + 1:04d}-01-01"
            else:
                where = (
                    "date_start >= :lo AND date_start < :hi AND date_precision IN ('day', 'month')"
                )
                lo = f"{year}-{month}-01"
                hi = (
                    f"{year}-{int(month) + 1:02d}-01"
                    if month != "12"
                    else f"{int(year) + 1:04d}-01-01"
                )
            rows = db.execute(
                "SELECT e.id, e.name FROM events v JOIN entities e ON e.id = v.entity_id "
                f"WHERE {where} ORDER BY v.date_start, e.name",
                {"lo": lo, "hi": hi},
            )
            return [TreeRow(f"e/{i}", n, i, "event", False) for i, n in rows]
        if key == "sources":
            counts = dict(db.execute("SELECT kind, count(*) FROM sources GROUP BY kind"))
            return [
                TreeRow(f"sources/{k}", label, None, None, True, counts[k])
                for k, label in SOURCE_GROUPS
                if counts.get(k)
            ]
        if key.startswith("sources/"):
            rows = db.execute(
                "SELECT entity_id, title FROM sources WHERE kind = ? ORDER BY title COLLATE NOCASE",
                [key.split("/", 1)[1]],
            )
            return [TreeRow(f"e/{i}", n, i, "source", False) for i, n in rows]
        if key.startswith("e/"):
            rows = db.execute(
                "SELECT e.id, e.name FROM regions r JOIN entities e ON e.id = r.entity_id "
                "WHERE r.parent_id = ? ORDER BY e.name COLLATE NOCASE",
                [key[2:]],
            )
            return [TreeRow(f"e/{i}", n, i, "region", False) for i, n in rows]
        return []

    # -- events tables -------------------------------------------------------------------
    def event_ids_for_entity(self, entity_id: str) -> list[str]:
        """Events linked to an actor, a region (with its sub-regions) or a source, newest
        first; never the entity itself."""
        rows = self.db.execute(
            "SELECT v.entity_id FROM events v WHERE v.entity_id IN ("
            " SELECT event_id FROM event_actors WHERE actor_id = :id"
            " UNION SELECT event_id FROM event_regions WHERE region_id = :id"
            " UNION SELECT event_id FROM event_regions WHERE region_id IN"
            "  (SELECT entity_id FROM regions WHERE parent_id = :id)"
            " UNION SELECT entity_id FROM events WHERE country_id = :id OR province_id = :id"
            " UNION SELECT subject_id FROM citations WHERE source_id = :id"
            "  AND subject_type = 'entity')"
            " AND v.entity_id != :id"  # an event is not listed among its own events
            " ORDER BY v.date_start DESC, v.entity_id",
            {"id": entity_id},
        )
        return [r[0] for r in rows]

    def events_in_period(
        self, ids: list[str], date_from: str | None, date_to: str | None
    ) -> list[str]:
        """Those of ``ids`` whose dates overlap the period (undated ones are left out: they
        cannot be placed in it), in the given order."""
        keep: set[str] = set()
        for chunk, marks in in_chunks(ids):
            rows = self.db.execute(
                f"SELECT entity_id FROM events WHERE entity_id IN ({marks}) "
                "AND date_start IS NOT NULL AND coalesce(date_end, date_start) >= ? "
                "AND date_start <= ?",
                [*chunk, date_from or "0000-01-01", date_to or "9999-12-31"],
            )
            keep.update(r[0] for r in rows)
        return [i for i in ids if i in keep]

    def incident_count(self, flt: CountFilter) -> int:
        """How many incidents a count scope holds (what :meth:`incident_ids` would list)."""
        where, params = self._incident_where(flt)  # type: ignore[attr-defined]
        return int(self.db.execute(f"SELECT count(*) FROM events v {where}", params).fetchone()[0])

    def incident_ids(
        self,
        flt: CountFilter,
        by: str | None = None,
        period: str | None = None,
        limit: int | None = None,
    ) -> list[str]:
        """Incidents in a count scope, oldest first, optionally only one bin (``period``)
        of it; ``limit``: only the first so many (a report's capped table)."""
        from khorasan_desktop.data.reference import _FITS, _PERIOD_SQL, _contained

        where, params = self._incident_where(flt)  # type: ignore[attr-defined]
        sql = f"SELECT v.entity_id FROM events v {where}"
        if by and period is not None:
            fits = ",".join(f"'{p}'" for p in _FITS[by])
            if period == "imprecise":
                sql += f" AND NOT (v.date_precision IN ({fits}) AND {_contained(flt)})"
            else:
                sql += (
                    f" AND v.date_precision IN ({fits}) AND {_contained(flt)} "
                    f"AND {_PERIOD_SQL[by]} = :period"
                )
                params["period"] = period
        sql += " ORDER BY v.date_start, v.entity_id"
        if limit is not None:
            sql += " LIMIT :limit"
            params["limit"] = limit
        return [r[0] for r in self.db.execute(sql, params)]

    def event_rows(self, ids: list[str]) -> dict[str, Event]:
        """Events for a page of ids (the table models fetch lazily through this)."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(
            "SELECT v.entity_id, e.name, v.date_start, v.date_precision, v.date_end, v.place, "
            "v.country_id, c.name, v.province_id, p.name, v.attack_type, v.target, "
            "v.deaths_best, v.deaths_low, v.deaths_high, v.injuries, v.attribution, "
            "v.latitude, v.longitude, v.coord_precision "
            "FROM events v JOIN entities e ON e.id = v.entity_id "
            "LEFT JOIN entities c ON c.id = v.country_id "
            "LEFT JOIN entities p ON p.id = v.province_id "
            f"WHERE v.entity_id IN ({marks})",
            ids,
        )
        out = {}
        for r in rows:
            out[r[0]] = Event(
                id=r[0],
                name=r[1],
                date_start=r[2],
                precision=r[3],
                date_end=r[4],
                place=r[5],
                country_id=r[6],
                country_name=r[7],
                province_id=r[8],
                province_name=r[9],
                attack_type=r[10],
                target=r[11],
                deaths_best=r[12],
                deaths_low=r[13],
                deaths_high=r[14],
                injuries=r[15],
                attribution=r[16],
                latitude=r[17],
                longitude=r[18],
                place_precision=r[19],
            )
        return out

    # -- relations -----------------------------------------------------------------------
    def likelihood_words(self) -> list[str]:
        """The wordings of likelihood used by the judgements (for report legends)."""
        return [
            r[0] for r in self.db.execute("SELECT DISTINCT likelihood FROM judgements ORDER BY 1")
        ]

    def relation_types(self, entity_id: str | None = None) -> list[str]:
        """Relation types in use (of one entity's relations when ``entity_id`` is given)."""
        if entity_id is None:
            return [r[0] for r in self.db.execute("SELECT DISTINCT type FROM relations ORDER BY 1")]
        return [
            r[0]
            for r in self.db.execute(
                "SELECT type FROM relations WHERE source_id = :id UNION "
                "SELECT type FROM relations WHERE target_id = :id ORDER BY 1",
                {"id": entity_id},
            )
        ]

    def relation_ids(
        self,
        entity_id: str | None = None,
        rel_type: str | None = None,
        year: int | None = None,
        sort: int = 0,
        descending: bool = False,
    ) -> list[str]:
        """Ids of the relations a table lists, filtered and sorted here in SQL so that a
        table of thousands of rows holds only ids and fetches its visible rows (see
        :meth:`relation_rows_by_id`). ``year`` applies the as-of rule of
        :func:`views.relations.visible_in`; ``sort`` is a column of :data:`RELATION_SORT`."""
        where: list[str] = []
        params: dict[str, Any] = {}
        if entity_id is not None:
            where.append("(r.source_id = :id OR r.target_id = :id)")
            params["id"] = entity_id
        if rel_type is not None:
            where.append("r.type = :type")
            params["type"] = rel_type
        if year is not None:
            start = _YEAR_SQL.format(col="r.start")
            end = _YEAR_SQL.format(col='r."end"')
            where.append(
                f"(({start}) IS NULL OR ({start}) <= :year) "
                f"AND (({end}) IS NULL OR ({end}) >= :year)"
            )
            params["year"] = year
        key = RELATION_SORT[sort if 0 <= sort < len(RELATION_SORT) else 0]
        direction = "DESC" if descending else "ASC"
        sql = (
            "SELECT r.id FROM relations r JOIN entities s ON s.id = r.source_id "
            "JOIN entities t ON t.id = r.target_id "
            + (f"WHERE {' AND '.join(where)} " if where else "")
            + f"ORDER BY {key} {direction}, s.name, r.type, t.name, r.id"
        )
        return [r[0] for r in self.db.execute(sql, params)]

    def relation_rows_by_id(self, ids: list[str]) -> dict[str, RelationRow]:
        """Rows for a page of relation ids (lazy table models fetch through this)."""
        out: dict[str, RelationRow] = {}
        for chunk, marks in in_chunks(ids):
            rows = self._relation_rows(f"WHERE r.id IN ({marks})", chunk)
            out.update((row.id, row) for row in rows)
        return out

    def relation_rows(self, entity_id: str | None = None) -> list[RelationRow]:
        if entity_id:
            return self._relation_rows(
                "WHERE r.source_id = :id OR r.target_id = :id", {"id": entity_id}
            )
        return self._relation_rows("", {})

    def relation_years(self) -> tuple[int, int]:
        """The years an "as of" control offers: from the earliest year a relation starts
        to the later of the reference's last year and the last year a relation starts or
        ends (the relation tables and the graph's year slider span exactly this). The
        reference is read-only, so the answer is kept: every page asks for it."""
        if self._relation_years is not None:
            return self._relation_years
        first, top = self.db.execute(
            "SELECT min(substr(start, 1, 4)), max(max(coalesce(substr(start, 1, 4), ''), "
            "coalesce(substr(\"end\", 1, 4), ''))) FROM relations"
        ).fetchone()
        last = max(self.last_year, int(top) if top and top.isdigit() else 0)
        years = (int(first) if first and first.isdigit() else last), last
        self._relation_years = years
        return years

    def _relation_rows(
        self, where: str, params: Sequence[Any] | dict[str, Any]
    ) -> list[RelationRow]:
        rows = self.db.execute(
            "SELECT r.id, r.type, s.id, s.kind, s.name, t.id, t.kind, t.name, r.start, "
            "r.\"end\", r.summary, r.vague, (SELECT group_concat(locator, '; ') FROM citations "
            "c WHERE c.subject_type = 'relation' AND c.subject_id = r.id) "
            "FROM relations r JOIN entities s ON s.id = r.source_id "
            f"JOIN entities t ON t.id = r.target_id {where} ORDER BY s.name, r.type, t.name",
            params,
        )
        return [
            RelationRow(
                r[0],
                r[1],
                EntityRef(r[2], r[3], r[4]),
                EntityRef(r[5], r[6], r[7]),
                r[8],
                r[9],
                r[10],
                bool(r[11]),
                r[12] or "",
            )
            for r in rows
        ]

    def neighbourhood(self, entity_id: str, depth: int = 1) -> list[RelationRow]:
        """Relations within ``depth`` steps of an entity, by id, read whole (the graph
        reads the links first and only the relations it draws)."""
        return self.relations_by_id(link[0] for link in self.link_neighbourhood(entity_id, depth))

    def relation_links(self, entity_ids: Iterable[str]) -> list[RelationLink]:
        """(id, source id, target id) of every relation with one end among ``entity_ids``:
        all that choosing a graph's busiest neighbours needs, without the joins for names
        and citations (the busiest actor at a million events has 10,042)."""
        ids = sorted(set(entity_ids))
        links: dict[str, RelationLink] = {}
        for chunk, marks in in_chunks(ids, 400):  # two lists of marks
            rows = self.db.execute(
                "SELECT id, source_id, target_id FROM relations "
                f"WHERE source_id IN ({marks}) OR target_id IN ({marks})",
                [*chunk, *chunk],
            ).fetchall()
            links.update((row[0], row) for row in rows)  # rows are (id, source, target)
        return sorted(links.values())

    def link_neighbourhood(self, entity_id: str, depth: int = 1) -> list[RelationLink]:
        """:meth:`neighbourhood` as links, by id."""
        seen = {entity_id}
        frontier = [entity_id]
        edges: dict[str, RelationLink] = {}
        for _ in range(max(1, depth)):
            nxt: set[str] = set()
            for link in self.relation_links(frontier):
                edges[link[0]] = link
                nxt.update(other for other in link[1:] if other not in seen)
            seen |= nxt
            frontier = sorted(nxt)
        return sorted(edges.values())

    def relations_by_id(self, relation_ids: Iterable[str]) -> list[RelationRow]:
        """The relations with these ids, by id (unknown ids are left out)."""
        ids = sorted(set(relation_ids))
        out: list[RelationRow] = []
        for chunk, marks in in_chunks(ids):
            out += self._relation_rows(f"WHERE r.id IN ({marks})", chunk)
        return sorted(out, key=lambda r: r.id)

    def relations_touching(self, entity_ids: Iterable[str]) -> list[RelationRow]:
        """Every relation with one end among ``entity_ids`` (one query per 400 ids), by id:
        one step of a neighbourhood or of a path search."""
        ids = sorted(set(entity_ids))
        edges: dict[str, RelationRow] = {}
        for chunk, marks in in_chunks(ids, 400):  # two lists of marks
            for rel in self._relation_rows(
                f"WHERE r.source_id IN ({marks}) OR r.target_id IN ({marks})", [*chunk, *chunk]
            ):
                edges[rel.id] = rel
        return sorted(edges.values(), key=lambda r: r.id)

    def relation_grades(self, relation_ids: Iterable[str]) -> dict[str, tuple[Grade, ...]]:
        """Each relation's citations as (source id, reliability, credibility), in citation
        order; relations without a citation are left out. The graph's grade and source
        filters read this."""
        ids = sorted(set(relation_ids))
        out: dict[str, list[Grade]] = {}
        for chunk, marks in in_chunks(ids):
            for rel_id, source_id, reliability, credibility in self.db.execute(
                "SELECT c.subject_id, c.source_id, s.reliability, c.credibility "
                "FROM citations c JOIN sources s ON s.entity_id = c.source_id "
                f"WHERE c.subject_type = 'relation' AND c.subject_id IN ({marks}) "
                "ORDER BY c.subject_id, c.id",
                chunk,
            ):
                out.setdefault(rel_id, []).append(
                    Grade(source_id, reliability or None, str(credibility or "") or None)
                )
        return {k: tuple(v) for k, v in out.items()}

    def relation_sources(self) -> list[EntityRef]:
        """The sources that cite at least one relation, by name (the graph's source list)."""
        rows = self.db.execute(
            "SELECT e.id, e.kind, e.name FROM entities e WHERE e.id IN (SELECT DISTINCT "
            "source_id FROM citations WHERE subject_type = 'relation') ORDER BY e.name"
        ).fetchall()
        return [EntityRef(*r) for r in rows]

    def relation_citations(self, relation_id: str) -> tuple[Citation, ...]:
        return self.citations("relation", relation_id)  # type: ignore[attr-defined]

    # -- chart and map -------------------------------------------------------------------
    def stacked(self, flt: CountFilter, by: str, stack: str) -> dates.Stacked:
        """Counts per period and per country or province id (None: not known)."""
        col = {"country": "country_id", "province": "province_id"}[stack]
        table, n, use_links = self.count_table(flt, by_country=stack == "country")  # type: ignore[attr-defined]
        if stack == "province" and not use_links:
            table, n = "events v", "count(*)"  # the per-date totals hold no province
        where, params = self._incident_where(flt, actor_table=use_links)  # type: ignore[attr-defined]
        rows = self.db.execute(
            f"SELECT v.{col}, v.date_start, v.date_end, v.date_precision, {n} "
            f"FROM {table} {where} GROUP BY v.{col}, v.date_start, v.date_end, v.date_precision",
            params,
        ).fetchall()
        return dates.stack_bins(rows, by, flt.date_from, flt.date_to)

    def entity_names(self, ids: Iterable[str]) -> dict[str, str]:
        """Names of the given entity ids (ids not found are left out)."""
        wanted = sorted(set(ids))
        out: dict[str, str] = {}
        for chunk, marks in in_chunks(wanted):
            out.update(
                self.db.execute(f"SELECT id, name FROM entities WHERE id IN ({marks})", chunk)
            )
        return out

    def scoped_statistics(self, flt: CountFilter) -> list[Statistic]:
        """Statistics whose scope matches a chart: a province chart only gets figures that
        name that province, since a country-wide figure would dwarf it and mislead."""
        stats = self.statistics_for(flt.country_id, flt.actor_id)
        if flt.province_id:
            row = self.db.execute(
                "SELECT name FROM entities WHERE id = ?", [flt.province_id]
            ).fetchone()
            name = (row[0] if row else flt.province_id).lower()
            stats = [s for s in stats if name in (s.scope or "").lower()]
        return stats

    def statistics_for(self, country_id: str | None, actor_id: str | None) -> list[Statistic]:
        """Published statistics relevant to a chart scope (same country, or no country)."""
        return self.statistics(country_id=country_id, actor_id=actor_id, unscoped=True)

    def statistics(
        self,
        *,
        actor_id: str | None = None,
        country_id: str | None = None,
        place: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        kind: str | None = None,
        unscoped: bool = False,
    ) -> list[Statistic]:
        """Published statistics by subject, country, place named in the scope, overlap with
        a period (ISO days; a figure without a stated period is then left out) and kind.
        ``unscoped`` also keeps figures with no country or no subject (the chart's rule: a
        figure that names no country may still apply)."""
        clauses: list[str] = []
        params: list[Any] = []
        if country_id:
            clauses.append(
                "(s.scope_region_id = ?" + (" OR s.scope_region_id IS NULL)" if unscoped else ")")
            )
            params.append(country_id)
        if actor_id:
            clauses.append("(s.subject_id = ?" + (" OR s.subject_id IS NULL)" if unscoped else ")"))
            params.append(actor_id)
        if place:
            clauses.append("lower(s.scope) LIKE ? ESCAPE '\\'")
            params.append("%" + place.lower().replace("%", "\\%").replace("_", "\\_") + "%")
        if date_from:
            clauses.append("s.period_end >= ?")
            params.append(date_from)
        if date_to:
            clauses.append("s.period_start <= ?")
            params.append(date_to)
        if kind:
            clauses.append("s.kind = ?")
            params.append(kind)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self.db.execute(
            "SELECT s.id, s.series, s.period_text, s.period_start, s.period_end, s.value, "
            "s.value_text, s.unit, s.scope, (SELECT group_concat(src.title, ' | ') FROM "
            "citations c JOIN sources src ON src.entity_id = c.source_id WHERE "
            "c.subject_type = 'statistic' AND c.subject_id = s.id AND src.kind != 'dataset'), "
            f"s.note, s.kind, s.subject_id FROM statistics s {where} "
            "ORDER BY s.period_start, s.id",
            params,
        )
        return [
            Statistic(
                id=r[0],
                series=r[1],
                period_text=r[2],
                period_start=r[3],
                period_end=r[4],
                value=r[5],
                value_text=r[6],
                unit=r[7],
                scope=r[8],
                source=r[9] or "",
                note=r[10],
                kind=r[11],
                subject_id=r[12],
            )
            for r in rows
        ]

    def province_counts(self, flt: CountFilter) -> dict[str, int]:
        where, params = self._incident_where(flt)  # type: ignore[attr-defined]
        rows = self.db.execute(
            f"SELECT v.province_id, count(*) FROM events v {where} "
            "AND v.province_id IS NOT NULL GROUP BY v.province_id",
            params,
        )
        return {r[0]: r[1] for r in rows}

    def incident_points(self, flt: CountFilter) -> list[IncidentPoint]:
        where, params = self._incident_where(flt)  # type: ignore[attr-defined]
        rows = self.db.execute(
            "SELECT v.entity_id, e.name, v.latitude, v.longitude, v.coord_precision "
            f"FROM events v JOIN entities e ON e.id = v.entity_id {where} "
            "AND v.latitude IS NOT NULL AND v.longitude IS NOT NULL ORDER BY v.entity_id",
            params,
        )
        return [IncidentPoint(r[0], r[1], r[2], r[3], r[4] == "exact") for r in rows]

    def incident_places(
        self, flt: CountFilter, cell: float, limit: int = 2000, bbox: Box | None = None
    ) -> tuple[list[IncidentPlace], int]:
        """Incidents grouped by cell of a ``cell``-degree grid (busiest first, at most
        ``limit`` cells; only inside ``bbox`` when given) and the number of cells in all.
        The whole reference at a stored grid size reads the build's per-cell totals."""
        params: dict[str, Any] = {"cell": cell, "limit": limit}
        if bbox is None and self._stored_cells(flt, cell):
            sql = (
                "SELECT row, col, n, exact, latitude, longitude, south, west, north, east,"
                " first_id, latest, count(*) OVER () FROM incident_cells WHERE cell = :cell"
                f" ORDER BY {CELL_ORDER} LIMIT :limit"
            )
            key = "entity_id"  # the stored cells name their first event by id
        else:
            where, more = self._incident_where(flt)  # type: ignore[attr-defined]
            params.update(more)
            sql = cells_sql(
                source="events v",
                where=where,
                precision="coord_precision",
                bbox=bbox,
                params=params,
            )
            key = "rowid"
        rows = self.db.execute(sql, params).fetchall()
        singles: dict[Any, PlaceIncident] = {}
        wanted = single_rowids(rows)
        for part, marks in in_chunks(wanted):
            for r in self.db.execute(
                f"SELECT v.{key}, v.entity_id, e.name, v.date_start, v.date_precision, "
                "v.date_end, v.place FROM events v LEFT JOIN entities e ON e.id = v.entity_id "
                f"WHERE v.{key} IN ({marks})",
                part,
            ):
                singles[r[0]] = PlaceIncident(r[1], r[2], dates.display(r[3], r[4], r[5]), r[6])
        return collect_cells(rows, singles)

    def _stored_cells(self, flt: CountFilter, cell: float) -> bool:
        """Whether the build's per-cell totals answer: no filter at all, a stored size,
        and a database built with them."""
        from khorasan_desktop.data.reference import ATTRIBUTIONS  # (it imports this module)

        narrowed = (
            flt.actor_id,
            flt.country_id,
            flt.province_id,
            flt.attack_type,
            flt.target,
            flt.date_from,
            flt.date_to,
        )
        if any(narrowed) or sorted(flt.attributions) != sorted(ATTRIBUTIONS):
            return False
        if cell not in STORED_CELLS:
            return False
        if self._has_cells is None:
            row = self.db.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'incident_cells'"
            ).fetchone()
            self._has_cells = row is not None
        return self._has_cells

    def incident_ids_in_cells(
        self, flt: CountFilter, cell: float, cells: list[tuple[int, int]]
    ) -> list[str]:
        """Every incident of a scope in these cells of the map's grid (a clicked marker),
        newest first: the ids only, so a table fetches the rows page by page."""
        where, params = self._incident_where(flt)  # type: ignore[attr-defined]
        where += in_cells_clause(cell, cells, params)
        rows = self.db.execute(
            f"SELECT v.entity_id FROM events v {where} ORDER BY v.date_start DESC, v.entity_id",
            params,
        )
        return [r[0] for r in rows]

    def region_shapes(self) -> list[RegionShape]:
        rows = self.db.execute(
            "SELECT e.id, e.name, r.geometry_key, r.parent_id FROM regions r "
            "JOIN entities e ON e.id = r.entity_id WHERE r.geometry_key IS NOT NULL "
            "ORDER BY r.geometry_key"
        )
        return [RegionShape(*r) for r in rows]

    def filter_options(self) -> dict[str, list[tuple[str, str]]]:
        """Choices for the chart/map filters: (id or value, label), from the build's facets
        (read once: every chart and map opens a filter bar, 10,000 actors at scale)."""
        if self._filter_options is None:
            self._filter_options = self._read_filter_options()
        return {k: list(v) for k, v in self._filter_options.items()}

    def _read_filter_options(self) -> dict[str, list[tuple[str, str]]]:
        out: dict[str, list[tuple[str, str]]] = {
            k: [] for k in ("actor", "country", "province", "attack_type", "target")
        }
        for facet, value, label in self.db.execute(
            "SELECT facet, value, label FROM incident_facets ORDER BY facet, label COLLATE NOCASE"
        ):
            out.setdefault(facet, []).append((value, label))
        return out
