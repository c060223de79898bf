"""Event sources: bundled incidents, imported data sets and STIX-imported incidents answer
the same questions, and a selection of several is exactly the sum of its parts."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from khorasan_desktop.core import dates
from khorasan_desktop.data import layers
from khorasan_desktop.data.errors import BadQuery
from khorasan_desktop.data.events.sources import BundledSource, ImportedSource, StixSource
from khorasan_desktop.data.events.stix_incidents import incident_dates, incident_rows
from khorasan_desktop.data.events.writer import import_event_file
from khorasan_desktop.data.reference import CountFilter, Reference
from khorasan_desktop.data.stix_export import build_bundle, serialize
from khorasan_desktop.data.stix_import import import_bundle
from khorasan_desktop.data.userdb import STIX_EVENT_COLUMNS, UserStore, migrations

GED = Path(__file__).parent / "data" / "GEDEvent_v25_1_SYNTHETIC.csv"
UCDP = "GEDEvent_v25_1_SYNTHETIC"
STIX = "khorasan.json"
FILTERS = [
    CountFilter(),
    CountFilter(actor_id="actor-iskp"),
    CountFilter(country_id="country-afg"),
    CountFilter(attributions=("claimed",)),
    CountFilter(date_from="2021-06-01", date_to="2021-12-31"),
]


@pytest.fixture(scope="module")
def bundle(built_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Our own full STIX export: its incidents are the bundled ones, so they must count
    the same once imported."""
    ref = Reference(built_db)
    try:
        out = tmp_path_factory.mktemp("stix") / STIX
        out.write_text(serialize(build_bundle(ref)), encoding="utf-8")
    finally:
        ref.close()
    return out


@pytest.fixture
def user_db(ref: Reference, bundle: Path, tmp_path: Path) -> Path:
    """A user database with a UCDP data set and the STIX bundle imported."""
    db = tmp_path / "user" / "user.sqlite"
    import_event_file(db, "ucdp", GED, ref)
    import_bundle(db, bundle, ref=ref)
    return db


def test_own_export_rows_are_the_same_with_or_without_the_reference(
    ref: Reference, user_db: Path, bundle: Path, tmp_path: Path
) -> None:
    """Our export carries our ids: mapping names on the reference changes no row of it
    (so bundles migrated without a reference count the same)."""
    plain = tmp_path / "plain.sqlite"
    import_bundle(plain, bundle)

    def rows(path: Path) -> list[tuple[object, ...]]:
        store = UserStore(path)
        try:
            cols = ", ".join("v." + c for c in STIX_EVENT_COLUMNS if c != "dataset_id")
            return store.db.execute(
                f"SELECT {cols} FROM imported_events v JOIN datasets d ON d.id = v.dataset_id "
                "WHERE d.kind = 'stix' ORDER BY ext_id"
            ).fetchall()
        finally:
            store.close()

    mapped = rows(user_db)
    assert len(mapped) >= 305
    assert mapped == rows(plain)


def test_stix_incidents_count_like_the_bundled_ones(ref: Reference, user_db: Path) -> None:
    stix, bundled = layers.parse_source(STIX), layers.parse_source("bundled")
    for flt in FILTERS:
        for by in ("year", "quarter", "month"):
            want = layers.counts(ref, user_db, bundled, flt, by)
            assert want.total > 0, flt
            assert layers.counts(ref, user_db, stix, flt, by) == want, (flt, by)
        assert layers.province_counts(ref, user_db, stix, flt) == layers.province_counts(
            ref, user_db, bundled, flt
        )
    # The same incidents in one chart bin, and with coordinates on the map.
    ids, _ = layers.bin_rows(ref, user_db, bundled, CountFilter(), "year", "2021")
    _, rows = layers.bin_rows(ref, user_db, stix, CountFilter(), "year", "2021")
    assert len(rows) == len(ids) > 0
    b_places, _ = layers.places(ref, user_db, bundled, CountFilter(), 0.5, 2000)
    s_places, _ = layers.places(ref, user_db, stix, CountFilter(), 0.5, 2000)
    assert sum(p.count for p in s_places) == sum(p.count for p in b_places)


def test_fan_out_is_the_sum_of_each_source(ref: Reference, user_db: Path) -> None:
    everything = layers.parse_source("all")
    parts = [layers.parse_source(t) for t in ("bundled", UCDP, STIX)]
    for flt in (CountFilter(), CountFilter(actor_id="actor-iskp")):
        each = [layers.counts(ref, user_db, p, flt, "year") for p in parts]
        assert all(c.total > 0 for c in each)
        merged = layers.counts(ref, user_db, everything, flt, "year")
        # The STIX set is our own export of the bundled incidents: each of its incidents is
        # a possible duplicate of a bundled one, counted once (issue 14).
        assert merged.overlaps >= each[2].total > 0
        assert merged.total + merged.overlaps == sum(c.total for c in each)
        found = layers.overlaps(ref, user_db, everything, flt)
        assert len(found) == merged.overlaps
        dup_bins: dict[str | None, int] = {}
        for o in found:
            d = o.duplicate
            key = dates.bin_of(d.date_start, d.date_end, d.precision, "year")
            dup_bins[key] = dup_bins.get(key, 0) + 1
        assert merged.imprecise + dup_bins.get(None, 0) == sum(c.imprecise for c in each)
        for b in merged.bins:
            assert b.count + dup_bins.get(b.period, 0) == sum(
                x.count for c in each for x in c.bins if x.period == b.period
            ), b.period
        provinces = [layers.province_counts(ref, user_db, p, flt) for p in parts]
        summed: dict[str, int] = {}
        for found in provinces:
            for prov, n in found.items():
                summed[prov] = summed.get(prov, 0) + n
        assert layers.province_counts(ref, user_db, everything, flt) == summed
        # map cells: a cell two sources share is one marker, its counts added
        cells: dict[tuple[int, int], int] = {}
        for p in parts:
            for place in layers.places(ref, user_db, p, flt, 0.5, 2000)[0]:
                cells[place.cell] = cells.get(place.cell, 0) + place.count
        merged_places, n_cells = layers.places(ref, user_db, everything, flt, 0.5, 2000)
        assert n_cells == len(cells) == len(merged_places)
        assert {p.cell: p.count for p in merged_places} == cells
    ids, rows = layers.bin_rows(ref, user_db, everything, CountFilter(), "year", "2021")
    part_rows = [layers.bin_rows(ref, user_db, p, CountFilter(), "year", "2021") for p in parts]
    assert ids == part_rows[0][0]
    assert set(rows) == set(part_rows[1][1]) | set(part_rows[2][1])
    described = layers.describe(user_db, everything)
    assert described == (
        f"bundled documented incidents + imported data set {UCDP} + "
        f"STIX-imported incidents of {STIX}"
    )
    lines = layers.attributions(user_db, everything)
    assert len(lines) == 2 and "CC BY 4.0" in lines[0] and lines[1].startswith(f"{STIX}: STIX")


def test_sources_by_kind_and_their_filters(ref: Reference, user_db: Path) -> None:
    store = UserStore(user_db)
    try:
        sets = {d.name: d for d in store.event_datasets()}
        assert sets[STIX].kind == "stix" and sets[STIX].row_count == ref.counts(CountFilter()).total
        assert [d.name for d in store.event_datasets("stix")] == [STIX]
        with layers.open_sources(ref, user_db, layers.parse_source("all")) as sources:
            kinds = [type(s) for s in sources]
            assert kinds == [BundledSource, ImportedSource, StixSource]
            stix_source, ucdp_source = sources[2], sources[1]
            targets = ref.filter_options()["target"]
            assert targets
            target = targets[0][0]
            flt = CountFilter(target=target)
            # STIX incidents keep their target, so the filter applies as for the bundled;
            # UCDP/ACLED have no target field, and say so.
            assert stix_source.counts(flt, "year") == sources[0].counts(flt, "year")
            with pytest.raises(BadQuery, match="no target field"):
                ucdp_source.counts(flt, "year")
    finally:
        store.close()


def test_a_bundle_without_incidents_is_no_event_source(tmp_path: Path) -> None:
    path = tmp_path / "actors.json"
    bundle = {
        "type": "bundle",
        "id": "bundle--0b6a3f2e-8a9e-4c1e-9d3a-1f4b5c6d7e8f",
        "objects": [
            {
                "type": "threat-actor",
                "spec_version": "2.1",
                "id": "threat-actor--1b6a3f2e-8a9e-4c1e-9d3a-1f4b5c6d7e8f",
                "created": "2024-01-01T00:00:00Z",
                "modified": "2024-01-01T00:00:00Z",
                "name": "Someone",
            }
        ],
    }
    path.write_text(json.dumps(bundle), encoding="utf-8")
    db = tmp_path / "user.sqlite"
    import_bundle(db, path)
    store = UserStore(db)
    try:
        assert [d.name for d in store.datasets()] == ["actors.json"]
        assert store.event_datasets() == []
    finally:
        store.close()
    with pytest.raises(BadQuery, match=r"No imported data set named 'actors\.json'"):
        layers.dataset_names(db, layers.parse_source("actors.json"))


def _obj(stype: str, key: str, **props: object) -> tuple[str, str, str]:
    ext = f"{stype}--{key}"
    return ext, stype, json.dumps({"type": stype, "id": ext, **props})


def _rel(source: str, rtype: str, target: str) -> tuple[str, str, str, str]:
    return source, target, rtype, json.dumps({"type": "relationship", "relationship_type": rtype})


def test_foreign_bundle_incident_rows() -> None:
    """An OpenCTI-style incident without a reference to map on: dates from
    first_seen/last_seen, place and actor names kept (no ids of ours), the location's
    coordinates as reported."""
    objects = [
        _obj(
            "incident",
            "a",
            name="Raid",
            first_seen="2022-03-04T10:00:00Z",
            last_seen="2022-03-20T00:00:00Z",
        ),
        _obj("incident", "b", name="Undated"),
        _obj(
            "location",
            "kabul",
            name="Kabul",
            administrative_area="Kabul",
            country="AF",
            latitude=34.5,
            longitude=69.2,
        ),
        _obj("location", "af", name="Afghanistan", country="AF"),
        _obj("threat-actor", "x", name="Group X"),
        _obj("note", "n", content="not an incident"),
    ]
    relations = [
        _rel("incident--a", "located-at", "location--kabul"),
        _rel("incident--a", "attributed-to", "threat-actor--x"),
        _rel("incident--b", "attributed-to", "threat-actor--missing"),
    ]
    rows = [
        dict(zip(STIX_EVENT_COLUMNS, r, strict=True))
        for r in incident_rows(7, objects, relations, 3)
    ]
    assert [r["ext_id"] for r in rows] == ["incident--a", "incident--b"]
    raid, undated = rows
    assert (raid["date_start"], raid["date_end"], raid["date_precision"]) == (
        "2022-03-04",
        "2022-03-20",
        "month",
    )
    assert (raid["country_name"], raid["adm1_name"], raid["country_id"]) == (
        "Afghanistan",
        "Kabul",
        None,
    )
    assert raid["actor_name"] == "Group X" and raid["actor_id"] is None
    assert (raid["latitude"], raid["longitude"], raid["place_precision"]) == (
        34.5,
        69.2,
        "reported",
    )
    assert raid["place"] == "Kabul"
    assert (raid["dataset_id"], raid["import_run"]) == (7, 3)
    assert (undated["date_start"], undated["date_precision"]) == (None, "unknown")
    assert undated["actor_name"] is None


@pytest.mark.parametrize(
    ("props", "expected"),
    [
        (
            {"x_khorasan_date": "2021-08-26", "x_khorasan_date_precision": "day"},
            ("2021-08-26", "2021-08-26", "day"),
        ),
        (
            {
                "x_khorasan_date": "2019-01-01",
                "x_khorasan_date_end": "2019-12-31",
                "x_khorasan_date_precision": "year",
            },
            ("2019-01-01", "2019-12-31", "year"),
        ),
        ({"x_khorasan_date": "2021-02-30"}, (None, None, "unknown")),
        ({"first_seen": "not a date"}, (None, None, "unknown")),
    ],
)
def test_incident_dates(props: dict[str, str], expected: tuple[object, ...]) -> None:
    assert incident_dates(props) == expected


def test_bundles_imported_before_are_migrated(
    ref: Reference, user_db: Path, tmp_path: Path
) -> None:
    """A user database from before STIX incidents were events gets them on opening."""
    old = tmp_path / "old.sqlite"
    db = sqlite_utils.Database(sqlite3.connect(old))
    migrations.apply(db, stop_before="m004_stix_incidents_as_events")
    db.conn.execute("ATTACH DATABASE ? AS new", [str(user_db)])
    for table in ("datasets", "imported_objects", "imported_relations"):
        db.conn.execute(
            f"INSERT INTO {table} SELECT * FROM new.{table} WHERE "
            + (
                "kind = 'stix'"
                if table == "datasets"
                else "dataset_id IN (SELECT id FROM new.datasets WHERE kind = 'stix')"
            )
        )
    db.conn.commit()
    db.conn.close()
    stix = layers.parse_source(STIX)
    assert layers.counts(ref, old, stix, CountFilter(), "month") == layers.counts(
        ref, user_db, stix, CountFilter(), "month"
    )
