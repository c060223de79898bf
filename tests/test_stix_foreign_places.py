"""Incidents of other producers' STIX bundles (OpenCTI and MISP shapes) become events that
counts, charts and maps use: places and actors mapped on the reference's names, exactly
or not at all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from khorasan_desktop.core.viewspec import parse
from khorasan_desktop.data import layers
from khorasan_desktop.data.events.mapping import UNCERTAIN
from khorasan_desktop.data.reference import CountFilter, Reference
from khorasan_desktop.data.stix_import import import_bundle
from khorasan_desktop.data.userdb import UserStore
from khorasan_desktop.views import map as map_view
from khorasan_desktop.views import registry

T = "2024-05-01T00:00:00.000Z"


def _sdo(stype: str, key: str, **props: Any) -> dict[str, Any]:
    return {
        "type": stype,
        "spec_version": "2.1",
        "id": f"{stype}--{key}",
        "created": props.pop("created", T),
        "modified": props.pop("modified", T),
        **props,
    }


def _rel(n: int, source: str, rtype: str, target: str) -> dict[str, Any]:
    return _sdo(
        "relationship",
        f"00000000-0000-4000-8000-{n:012d}",
        relationship_type=rtype,
        source_ref=source,
        target_ref=target,
    )


def _bundle(objects: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "type": "bundle",
        "id": "bundle--9f0e0e0e-0000-4000-8000-000000000001",
        "objects": objects,
    }


def opencti_bundle() -> dict[str, Any]:
    """OpenCTI's shapes: a City and a Country location (with its centre), an intrusion
    set known to us only by an alias, first_seen/last_seen dates, a shared attribution."""
    a, b = (
        "incident--a0000000-0000-4000-8000-000000000001",
        "incident--a0000000-0000-4000-8000-000000000002",
    )
    city = "location--b0000000-0000-4000-8000-000000000001"
    country = "location--b0000000-0000-4000-8000-000000000002"
    mazar = "location--b0000000-0000-4000-8000-000000000003"
    group = "intrusion-set--c0000000-0000-4000-8000-000000000001"
    shared = "threat-actor--c0000000-0000-4000-8000-000000000002"
    objects = [
        _sdo(
            "incident",
            a[10:],
            name="Hospital attack",
            first_seen="2021-11-02T09:00:00.000Z",
            last_seen="2021-11-02T12:00:00.000Z",
        ),
        _sdo("incident", b[10:], name="Mosque bombing", first_seen="2022-04-21T00:00:00.000Z"),
        _sdo(
            "location",
            city[10:],
            name="Kabul",
            country="AF",
            latitude=34.53,
            longitude=69.17,
            x_opencti_location_type="City",
        ),
        _sdo(
            "location",
            country[10:],
            name="Afghanistan",
            country="AF",
            latitude=33.9,
            longitude=67.7,
            x_opencti_location_type="Country",
        ),
        _sdo(
            "location",
            mazar[10:],
            name="Mazar-i-Sharif",
            administrative_area="Balkh",
            country="AF",
            latitude=36.7,
            longitude=67.1,
            precision=5000.0,
        ),
        _sdo(
            "intrusion-set",
            group[15:],
            name="Kabul cell",
            aliases=["ISIS-K"],
            x_opencti_aliases=["Kabul network"],
        ),
        _sdo(
            "threat-actor",
            shared[14:],
            name="Taliban and/or Islamic State Khorasan Province (ISKP)",
        ),
    ]
    objects += [
        _rel(1, a, "located-at", city),
        _rel(2, a, "located-at", country),
        _rel(3, a, "attributed-to", group),
        _rel(4, b, "targets", mazar),
        _rel(5, b, "attributed-to", shared),
    ]
    return _bundle(objects)


def misp_bundle() -> dict[str, Any]:
    """MISP's shapes: the event date only in ``created``, a geolocation with city and
    precision, the actor through a campaign; plus an ambiguous place (Tashkent is a city
    and a region of ours), a province named with no country, and an unknown actor."""
    c, d, e = (f"incident--d0000000-0000-4000-8000-00000000000{i}" for i in (1, 2, 3))
    airport = "location--e0000000-0000-4000-8000-000000000001"
    tashkent = "location--e0000000-0000-4000-8000-000000000002"
    nangarhar = "location--e0000000-0000-4000-8000-000000000003"
    campaign = "campaign--f0000000-0000-4000-8000-000000000001"
    actor = "threat-actor--f0000000-0000-4000-8000-000000000002"
    nobody = "intrusion-set--f0000000-0000-4000-8000-000000000003"
    objects = [
        _sdo(
            "incident",
            c[10:],
            name="Airport gate bombing",
            created="2021-08-26T15:00:00.000Z",
            x_misp_category="Attribution",
        ),
        _sdo("incident", d[10:], name="Market attack", first_seen="2022-02-10T00:00:00.000Z"),
        _sdo("incident", e[10:], name="Checkpoint raid", first_seen="2020-03-01T00:00:00.000Z"),
        _sdo(
            "location",
            airport[10:],
            name="Kabul airport",
            city="Kabul",
            country="AF",
            latitude=34.565,
            longitude=69.212,
            precision=100.0,
        ),
        _sdo("location", tashkent[10:], name="Tashkent", country="UZ"),
        _sdo("location", nangarhar[10:], name="Nangarhar"),
        _sdo("campaign", campaign[10:], name="August 2021 attacks"),
        _sdo("threat-actor", actor[14:], name="ISIS-K", x_misp_aliases=["Wilayat Khorasan"]),
        _sdo("intrusion-set", nobody[15:], name="Group Nobody"),
    ]
    objects += [
        _rel(11, c, "located-at", airport),
        _rel(12, c, "attributed-to", campaign),
        _rel(13, campaign, "attributed-to", actor),
        _rel(14, d, "located-at", tashkent),
        _rel(15, d, "attributed-to", nobody),
        _rel(16, e, "located-at", nangarhar),
    ]
    return _bundle(objects)


def _write(tmp_path: Path, name: str, bundle: dict[str, Any]) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(bundle), encoding="utf-8")
    return path


def _events(db: Path, dataset: str) -> dict[str, dict[str, Any]]:
    store = UserStore(db)
    try:
        cur = store.db.execute(
            "SELECT v.* FROM imported_events v JOIN datasets d ON d.id = v.dataset_id "
            "WHERE d.name = ?",
            [dataset],
        )
        cols = [c[0] for c in cur.description]
        return {r[cols.index("ext_id")]: dict(zip(cols, r, strict=True)) for r in cur}
    finally:
        store.close()


def test_opencti_incidents_are_placed_and_attributed(ref: Reference, tmp_path: Path) -> None:
    db = tmp_path / "user.sqlite"
    report = import_bundle(db, _write(tmp_path, "opencti.json", opencti_bundle()), ref=ref)
    rows = _events(db, "opencti.json")
    hospital = rows["incident--a0000000-0000-4000-8000-000000000001"]
    mosque = rows["incident--a0000000-0000-4000-8000-000000000002"]
    # A city named like its province: both ids, the city's point (not the country's centre).
    assert (hospital["country_id"], hospital["province_id"]) == ("country-afg", "prov-afg-kabul")
    assert (hospital["country_name"], hospital["place"]) == ("Afghanistan", "Kabul")
    assert (hospital["latitude"], hospital["longitude"], hospital["place_precision"]) == (
        34.53,
        69.17,
        "city",
    )
    assert (hospital["date_start"], hospital["date_precision"]) == ("2021-11-02", "day")
    assert (hospital["actor_id"], hospital["actor_name"]) == ("actor-iskp", "Kabul cell")
    assert (mosque["province_id"], mosque["adm1_name"], mosque["place"]) == (
        "prov-afg-balkh",
        "Balkh",
        "Mazar-i-Sharif",
    )
    assert mosque["place_precision"] == "city"  # 5 km
    assert mosque["actor_id"] == UNCERTAIN
    assert report.incidents["incidents"] == 2
    assert (report.incidents["country"], report.incidents["province"]) == (2, 2)
    assert (report.incidents["attributed"], report.incidents["uncertain"]) == (1, 1)
    lines = "\n".join(report.lines())
    assert (
        "incidents as events: 2; placed: 2 in a country, 2 in a province, "
        "2 with coordinates; not placed: 0" in lines
    )
    assert "attributed to our actors: 1; attribution uncertain: 1; no actor of ours: 0" in lines

    source = layers.parse_source("opencti.json")
    assert layers.counts(ref, db, source, CountFilter(country_id="country-afg"), "year").total == 2
    assert layers.counts(ref, db, source, CountFilter(actor_id="actor-iskp"), "year").total == 1
    assert layers.counts(ref, db, source, CountFilter(actor_id="actor-taliban"), "year").total == 0
    assert layers.province_counts(ref, db, source, CountFilter()) == {
        "prov-afg-kabul": 1,
        "prov-afg-balkh": 1,
    }


def test_misp_incidents_ambiguous_place_and_unknown_actor(ref: Reference, tmp_path: Path) -> None:
    db = tmp_path / "user.sqlite"
    report = import_bundle(db, _write(tmp_path, "misp.json", misp_bundle()), ref=ref)
    rows = _events(db, "misp.json")
    airport, market, raid = (
        rows[f"incident--d0000000-0000-4000-8000-00000000000{i}"] for i in (1, 2, 3)
    )
    assert (airport["country_id"], airport["province_id"], airport["place"]) == (
        "country-afg",
        None,
        "Kabul airport, Kabul",
    )
    assert airport["place_precision"] == "exact"  # 100 m
    assert (airport["date_start"], airport["date_end"]) == ("2021-08-26", "2021-08-26")
    assert airport["source_text"].startswith("Date: the record's creation day")
    assert (airport["actor_id"], airport["actor_name"]) == ("actor-iskp", "ISIS-K")
    # Tashkent names both the city and the region: the country, never a guessed province.
    assert (market["country_id"], market["province_id"], market["place"]) == (
        "country-uzb",
        None,
        "Tashkent",
    )
    assert market["latitude"] is None
    assert (market["actor_id"], market["actor_name"]) == (None, "Group Nobody")
    # A province named alone is one of ours in one country only.
    assert (raid["country_id"], raid["province_id"]) == ("country-afg", "prov-afg-nangarhar")
    assert raid["actor_id"] is None and raid["actor_name"] is None
    inc = report.incidents
    assert (inc["incidents"], inc["country"], inc["province"], inc["coordinates"]) == (3, 3, 1, 1)
    assert (inc["attributed"], inc["uncertain"], inc["unattributed"]) == (1, 0, 2)
    assert inc["created_dates"] == 1 and inc["unmapped_actors"] == {"Group Nobody": 1}
    assert "  actors kept as named (no exact match): Group Nobody" in report.lines()

    data = registry.load(ref, parse("map:source=misp.json"), db).data
    assert isinstance(data, map_view.MapViewData)
    assert [(p.latitude, p.longitude, p.count) for p in data.places] == [(34.565, 69.212, 1)]
    assert dict(data.province_counts) == {"prov-afg-nangarhar": 1}


def test_without_a_reference_names_are_kept_unmapped(tmp_path: Path) -> None:
    """The user-database migration has no reference: texts are kept, no id is guessed."""
    db = tmp_path / "user.sqlite"
    import_bundle(db, _write(tmp_path, "opencti.json", opencti_bundle()))
    hospital = _events(db, "opencti.json")["incident--a0000000-0000-4000-8000-000000000001"]
    assert (hospital["country_id"], hospital["province_id"], hospital["actor_id"]) == (
        None,
        None,
        None,
    )
    assert (hospital["country_name"], hospital["place"], hospital["actor_name"]) == (
        "Afghanistan",
        "Kabul",
        "Kabul cell",
    )


@pytest.mark.parametrize("name", ["opencti.json", "misp.json"])
def test_cli_counts_the_imported_incidents(ref_path: Path, tmp_path: Path, name: str) -> None:
    path = _write(tmp_path, name, opencti_bundle() if name == "opencti.json" else misp_bundle())
    user = tmp_path / "cli-user"

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "khorasan_desktop",
                "--db",
                str(ref_path),
                "--user-dir",
                str(user),
                *args,
            ],
            capture_output=True,
            text=True,
            timeout=120,
            env=dict(os.environ),
        )

    done = cli("import", "stix", str(path))
    assert done.returncode == 0, done.stderr
    assert "incidents as events:" in done.stdout
    done = cli("counts", "--source", name, "--country", "Afghanistan", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["total"] == 2


def test_exact_names_only_never_a_prefix(ref: Reference) -> None:
    """The importers' rule: an exact name or alias maps; a prefix the search list would
    pick (a user's typing) does not."""
    from khorasan_desktop.data import search

    assert search.exact(ref.db, "ISIS-K", "actor").entity_id == "actor-iskp"
    assert search.exact(ref.db, "Islamic State Khorasan Prov", "actor").entity_id is None
    assert search.lookup(ref.db, "Islamic State Khorasan Prov", "actor").entity_id == "actor-iskp"
    assert search.exact(ref.db, "Kabul cell", "actor").entity_id is None


def test_a_country_we_do_not_hold_gets_none_of_our_provinces(
    ref: Reference, tmp_path: Path
) -> None:
    inc = "incident--a1000000-0000-4000-8000-000000000001"
    loc = "location--b1000000-0000-4000-8000-000000000001"
    bundle = _bundle(
        [
            _sdo("incident", inc[10:], name="Abroad", first_seen="2022-01-01T00:00:00.000Z"),
            _sdo("location", loc[10:], name="Kabul", country="FR", latitude=1.0, longitude=2.0),
            _rel(21, inc, "located-at", loc),
        ]
    )
    db = tmp_path / "user.sqlite"
    report = import_bundle(db, _write(tmp_path, "abroad.json", bundle), ref=ref)
    row = _events(db, "abroad.json")[inc]
    assert (row["country_id"], row["province_id"], row["country_name"]) == (None, None, "FR")
    assert (row["latitude"], row["place"]) == (1.0, "Kabul")
    assert report.incidents["unmapped_places"] == {"Kabul": 1}


def test_a_name_two_provinces_share_matches_neither(ref: Reference) -> None:
    """The place lookup every importer uses: Tashkent is the alias of the city and of the
    region; their own names still match, as do the usual spelling variants."""
    from khorasan_desktop.data.events.places import PlaceLookup

    places = PlaceLookup(ref)
    assert places.province("country-uzb", "Tashkent") is None
    assert places.province("country-uzb", "Tashkent City") == "prov-uzb-tashkentcity"
    assert places.province("country-uzb", "Tashkent Region") == "prov-uzb-tashkentregion"
    assert places.province("country-afg", "Maidan Wardak") == "prov-afg-wardak"
