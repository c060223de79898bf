"""The map's grid: markers are cells grouped in SQL, their counts add up to the scope, a
marker's list holds exactly what it counted (bundled and imported), and the queries read
indexes."""

from __future__ import annotations

from pathlib import Path

import pytest

from khorasan_desktop.data import layers
from khorasan_desktop.data.events.writer import import_event_file
from khorasan_desktop.data.reference import CountFilter, Reference
from khorasan_desktop.data.schema import STORED_CELLS
from khorasan_desktop.views import map as map_kind
from tests.test_query_plans import big_ref, full_scans, traced  # noqa: F401

GED = Path(__file__).parent / "data" / "GEDEvent_v25_1_SYNTHETIC.csv"
UCDP = "GEDEvent_v25_1_SYNTHETIC"
SCOPES = [
    CountFilter(),
    CountFilter(actor_id="actor-iskp"),
    CountFilter(country_id="country-afg"),
    CountFilter(attributions=("claimed",)),
    CountFilter(date_from="2021-06-01", date_to="2021-12-31"),
]
CELLS = [4.0, 0.5, 1 / 16, 1 / 512]


@pytest.fixture
def user_db(ref: Reference, tmp_path: Path) -> Path:
    db = tmp_path / "user" / "user.sqlite"
    import_event_file(db, "ucdp", GED, ref)
    return db


def test_grid_cell_follows_the_scale_in_powers_of_two() -> None:
    sizes = [map_kind.grid_cell(px) for px in (1, 10, 45, 100, 1000, 10**6)]
    assert sizes == sorted(sizes, reverse=True)  # finer as the map is drawn larger
    assert all(2 ** round(__import__("math").log2(s)) == s for s in sizes)
    assert map_kind.grid_cell(45) == map_kind.HOME_CELL  # the report's map picture
    assert map_kind.HOME_CELL in STORED_CELLS  # the map as it opens reads stored totals
    assert map_kind.grid_cell(0) == map_kind.MAX_CELL
    assert map_kind.grid_cell(10**9) == map_kind.MIN_CELL


@pytest.mark.parametrize("cell", CELLS)
@pytest.mark.parametrize("flt", SCOPES, ids=str)
def test_cell_counts_add_up_to_the_scope(ref: Reference, flt: CountFilter, cell: float) -> None:
    points = ref.incident_points(flt)
    assert points, flt
    places, total = ref.incident_places(flt, cell)
    assert sum(p.count for p in places) == len(points)
    by_cell: dict[tuple[int, int], int] = {}
    for p in points:
        key = map_kind.cell_of(p.latitude, p.longitude, cell)
        by_cell[key] = by_cell.get(key, 0) + 1
    assert {p.cell: p.count for p in places} == by_cell  # the SQL groups by the same rule
    assert total == len(by_cell)
    counts = [p.count for p in places]
    assert counts == sorted(counts, reverse=True)
    for p in places:
        s, w, n, e = p.bounds
        assert s <= p.latitude <= n and w <= p.longitude <= e
        assert (p.count == 1) == bool(p.recent)  # one-incident cells name their incident


@pytest.mark.parametrize("cell", STORED_CELLS)
def test_stored_cells_are_the_grouping_of_the_events(ref: Reference, cell: float) -> None:
    """The map as it opens reads the build's per-cell totals: they are what grouping the
    incidents gives (a box around the world makes the query group them live)."""
    stored, n = ref.incident_places(CountFilter(), cell)
    live, m = ref.incident_places(CountFilter(), cell, bbox=(-90.0, -180.0, 90.0, 180.0))
    assert n == m and [p.cell for p in stored] == [p.cell for p in live]
    for a, b in zip(stored, live, strict=True):
        assert (a.count, a.exact, a.bounds, a.recent) == (b.count, b.exact, b.bounds, b.recent)
        assert a.latitude == pytest.approx(b.latitude) and a.longitude == pytest.approx(b.longitude)
    with_filter, _ = ref.incident_places(CountFilter(date_from="2000-01-01"), cell)
    assert sum(p.count for p in with_filter) == sum(p.count for p in stored)


def test_limit_keeps_the_busiest_and_reports_all(ref: Reference) -> None:
    every, total = ref.incident_places(CountFilter(), 1 / 64)
    top, same_total = ref.incident_places(CountFilter(), 1 / 64, limit=3)
    assert same_total == total > 3
    assert top == every[:3]


def test_bbox_keeps_the_cells_inside(ref: Reference) -> None:
    box = (33.0, 68.0, 36.0, 72.0)  # around Kabul and Nangarhar
    inside, _ = ref.incident_places(CountFilter(), 1 / 16, bbox=box)
    assert inside
    want = [
        p
        for p in ref.incident_points(CountFilter())
        if box[0] <= p.latitude <= box[2] and box[1] <= p.longitude <= box[3]
    ]
    assert sum(p.count for p in inside) == len(want)


@pytest.mark.parametrize("flt", SCOPES[:3], ids=str)
def test_a_cell_lists_exactly_what_it_counted(ref: Reference, flt: CountFilter) -> None:
    cell = 0.5
    places, _ = ref.incident_places(flt, cell)
    points = {p.id: p for p in ref.incident_points(flt)}
    for place in places[:5]:
        ids = ref.incident_ids_in_cells(flt, cell, [place.cell])
        assert len(ids) == len(set(ids)) == place.count
        for i in ids:
            p = points[i]
            assert map_kind.cell_of(p.latitude, p.longitude, cell) == place.cell
        rows = ref.event_rows(ids)
        starts = [rows[i].date_start or "" for i in ids]
        assert starts == sorted(starts, reverse=True)  # newest first
    several = [p.cell for p in places[:3]]
    listed = ref.incident_ids_in_cells(flt, cell, several)
    assert len(listed) == sum(p.count for p in places[:3])


def test_imported_cells_list_their_events(ref: Reference, user_db: Path) -> None:
    """A marker of an imported data set lists that set's events of its cell (rows)."""
    chosen = layers.parse_source(UCDP)
    cell = 0.5
    places, total = layers.places(ref, user_db, chosen, CountFilter(), cell, 2000)
    assert places and total == len(places)
    for place in places[:5]:
        ids, rows = layers.cell_events(ref, user_db, chosen, CountFilter(), cell, [place.cell])
        assert ids == [] and len(rows) == place.count
        for row in rows.values():
            assert row.id.startswith("imported:")
            assert row.latitude is not None and row.longitude is not None
            assert map_kind.cell_of(row.latitude, row.longitude, cell) == place.cell
        starts = [r.date_start or "" for r in rows.values()]
        assert starts == sorted(starts, reverse=True)
    single = next((p for p in places if p.count == 1), None)
    if single is not None:
        assert single.recent[0].id.startswith("imported:")


def test_cells_of_several_sources_merge(ref: Reference, user_db: Path) -> None:
    cell = 1.0
    everything = layers.parse_source("bundled+" + UCDP)
    merged, _ = layers.places(ref, user_db, everything, CountFilter(), cell, 2000)
    summed: dict[tuple[int, int], int] = {}
    seen: list[set[tuple[int, int]]] = []
    for part in ("bundled", UCDP):
        found, _ = layers.places(ref, user_db, layers.parse_source(part), CountFilter(), cell, 2000)
        seen.append({p.cell for p in found})
        for p in found:
            summed[p.cell] = summed.get(p.cell, 0) + p.count
    assert {p.cell: p.count for p in merged} == summed
    both = next(p for p in merged if p.cell in seen[0] & seen[1])  # a cell of both sources
    ids, rows = layers.cell_events(ref, user_db, everything, CountFilter(), cell, [both.cell])
    assert len(ids) + len(rows) == both.count


# An attribution grade alone is left out: no coordinate index holds it, and SQLite reads
# the table in order rather than look up every row from the index (see the README).
@pytest.mark.parametrize("flt", [f for f in SCOPES if len(f.attributions) > 1], ids=str)
def test_grid_statements_read_indexes(big_ref: Reference, flt: CountFilter) -> None:  # noqa: F811
    """Grouping and listing by cell at 1M events' statistics: no scan of a big table."""

    def run() -> None:
        places, _ = big_ref.incident_places(flt, 0.5)
        big_ref.incident_places(flt, 1 / 64, bbox=(34.0, 69.0, 35.0, 71.0))
        big_ref.incident_ids_in_cells(flt, 0.5, [p.cell for p in places[:3]])

    statements = traced(big_ref, run)
    assert len(statements) >= 3
    scans = {sql: found for sql in statements if (found := full_scans(big_ref.db, sql))}
    assert not scans, scans
