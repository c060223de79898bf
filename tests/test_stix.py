"""STIX 2.1 export and import: valid bundles, stable ids, round trip, bad files."""

from __future__ import annotations

import json
import os
import re
import socket
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from stix2validator import ValidationOptions, validate_instance

from khorasan_desktop.data.errors import DataError
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.data.stix_export import (
    TLP2_IDS,
    StixCancelled,
    build_bundle,
    serialize,
    stix_id,
    tlp_level,
)
from khorasan_desktop.data.stix_import import import_bundle
from khorasan_desktop.data.userdb import UserStore

ISKP_ALIASES = {"ISKP", "ISIS-K", "IS-K", "ISIL-K"}


@pytest.fixture(scope="module")
def module_ref(built_db: Path) -> Iterator[Reference]:
    reference = Reference(built_db)
    yield reference
    reference.close()


@pytest.fixture(scope="module")
def amber_json(module_ref: Reference) -> dict[str, Any]:
    """The full export with a TLP:AMBER banner, as JSON."""
    data: dict[str, Any] = json.loads(serialize(build_bundle(module_ref, tlp="TLP:AMBER")))
    return data


def by_type(bundle: dict[str, Any], stix_type: str) -> list[dict[str, Any]]:
    return [o for o in bundle["objects"] if o["type"] == stix_type]


def named(bundle: dict[str, Any], name: str) -> dict[str, Any]:
    hits = [o for o in bundle["objects"] if o.get("name") == name]
    assert len(hits) == 1, name
    return hits[0]


def dump_user_db(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            t: sorted(conn.execute(f"SELECT * FROM [{t}]").fetchall(), key=repr) for t in tables
        }
    finally:
        conn.close()


# -- export ---------------------------------------------------------------------------------


def _validate(bundle: dict[str, Any], **options: Any) -> tuple[list[str], Counter[str]]:
    """The validator's errors, and its warnings counted by check code."""
    result = validate_instance(bundle, ValidationOptions(version="2.1", **options))
    warnings: Counter[str] = Counter(
        re.sub(r"^.*?(\{\d+\}).*$", r"\1", str(w)) for w in result.warnings or []
    )
    return [str(e) for e in result.errors or []], warnings


def test_export_passes_the_strict_validator_offline(
    amber_json: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 14: no error in strict mode, where every best-practice warning is an error
    (1,085 before: unsuggested relationship types, URLs without hashes, region values)."""

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the validator tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    errors, warnings = _validate(amber_json, strict=True)
    print(f"\nSTIX validator --strict: {len(errors)} errors, {sum(warnings.values())} warnings")
    assert errors[:5] == []
    assert warnings == Counter()
    # Deterministic ids are shaped as UUIDv4 and every custom property is declared by
    # the extension definition, so the default mode has nothing to say either.
    errors, warnings = _validate(amber_json)
    assert errors == [] and warnings == Counter()


def test_custom_properties_are_declared(amber_json: dict[str, Any]) -> None:
    """Every x_khorasan_* property is listed by the extension each object names."""
    [ext] = by_type(amber_json, "extension-definition")
    declared = set(ext["extension_properties"])
    assert ext["extension_types"] == ["toplevel-property-extension"]
    for obj in amber_json["objects"]:
        custom = {k for k in obj if k.startswith("x_")}
        if custom:
            assert custom <= declared, obj["id"]
            assert obj["extensions"][ext["id"]] == {"extension_type": "toplevel-property-extension"}


def test_export_contents(amber_json: dict[str, Any]) -> None:
    types = Counter(o["type"] for o in amber_json["objects"])
    assert types["threat-actor"] >= 10
    assert types["identity"] >= 3  # producer, states, government
    assert types["location"] >= 100
    assert types["incident"] >= 300
    assert types["relationship"] >= 500
    assert types["report"] == 1
    afg = named(amber_json, "Afghanistan")
    assert afg["type"] == "location" and afg["country"] == "AF"
    kunar = named(amber_json, "Kunar")
    assert kunar["administrative_area"] == "Kunar" and kunar["country"] == "AF"
    assert isinstance(kunar["latitude"], float)
    assert named(amber_json, "Central Asia")["region"] == "central-asia"
    assert named(amber_json, "Europe")["region"] == "europe"
    us = named(amber_json, "United States")
    assert us["type"] == "identity" and us["identity_class"] == "organization"
    leader = named(amber_json, "Shahab al-Muhajir")
    assert leader["type"] == "threat-actor" and leader["resource_level"] == "individual"


def test_iskp_threat_actor_aliases_and_brief_citations(amber_json: dict[str, Any]) -> None:
    iskp = named(amber_json, "Islamic State Khorasan Province")
    assert iskp["type"] == "threat-actor"
    assert iskp["threat_actor_types"] == ["terrorist"]
    assert set(iskp["aliases"]) >= ISKP_ALIASES
    assert iskp["first_seen"].startswith("2015-01-01")
    brief = [
        r
        for r in iskp["external_references"]
        if r["source_name"] == "Prospects for ISIS in Afghanistan"
    ]
    assert brief and all(r["description"].startswith(("para. ", 'alias "')) for r in brief)
    # Every alias keeps the sources that use it.
    alias_refs = [r for r in iskp["external_references"] if r["description"].startswith("alias")]
    named_in_refs = {r["description"].split('"')[1] for r in alias_refs}
    assert named_in_refs == set(iskp["aliases"])
    iskp_ref = next(r for r in alias_refs if r["description"].startswith('alias "ISKP"'))
    assert iskp_ref["source_name"].startswith("ISIS-K (Islamic State")
    report = by_type(amber_json, "report")[0]
    assert report["published"].startswith("2021-07-01")
    assert "approximate" in report["description"]
    assert iskp["id"] in report["object_refs"]


def test_incidents_relationships_and_dates(amber_json: dict[str, Any]) -> None:
    iskp = named(amber_json, "Islamic State Khorasan Province")
    incidents = {o["id"]: o for o in by_type(amber_json, "incident")}
    rels = by_type(amber_json, "relationship")
    # STIX suggests no relationship types for incidents: the links are related-to, with
    # our own type kept beside.
    attributed = [
        r
        for r in rels
        if r.get("x_khorasan_relation_type") == "attributed-to" and r["source_ref"] in incidents
    ]
    assert {r["relationship_type"] for r in attributed} == {"related-to"}
    assert len({r["source_ref"] for r in attributed}) == len(incidents)
    assert any(r["target_ref"] == iskp["id"] for r in attributed)
    located = {r["source_ref"] for r in rels if r.get("x_khorasan_relation_type") == "located-at"}
    assert set(incidents) <= located
    # Every incident travels in a grouping of itself, its actors, places and links.
    containers = {
        g["object_refs"][0]: g
        for g in by_type(amber_json, "grouping")
        if g.get("x_khorasan_kind") == "event-container"
    }
    assert set(incidents) <= set(containers)
    for rel in attributed:
        refs = containers[rel["source_ref"]]["object_refs"]
        assert rel["id"] in refs and rel["target_ref"] in refs
    one = next(iter(incidents.values()))
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", one["x_khorasan_date"])
    assert one["x_khorasan_date_precision"] in ("day", "month", "year", "unknown")
    assert "Date:" in one["description"]
    # A relation 2013-2019 runs from the start of 2013 to the start of 2020.
    spans = [r for r in rels if r.get("x_khorasan_period") == "2013–2019"]
    assert spans and spans[0]["start_time"].startswith("2013-01-01")
    assert spans[0]["stop_time"].startswith("2020-01-01")
    only_start = [r for r in rels if r.get("x_khorasan_period") == "2015"]
    assert only_start and all("stop_time" not in r for r in only_start)
    assert {"rival-of", "operates-in", "pledged-allegiance-to"} <= {
        r["x_khorasan_relation_type"] for r in rels
    }
    # operates-in says what STIX's located-at says; rival-of has no STIX type.
    kinds = {(r["x_khorasan_relation_type"], r["relationship_type"]) for r in rels}
    assert ("operates-in", "located-at") in kinds and ("rival-of", "related-to") in kinds


def test_tlp_amber_marks_every_object(amber_json: dict[str, Any]) -> None:
    amber = TLP2_IDS["amber"]
    markings = {m["id"]: m for m in by_type(amber_json, "marking-definition")}
    assert markings[amber]["name"] == "TLP:AMBER"
    licences = {i for i, m in markings.items() if m.get("definition_type") == "statement"}
    assert set(markings) == {amber} | licences
    for obj in amber_json["objects"]:
        if obj["type"] != "marking-definition":
            assert obj["object_marking_refs"][0] == amber, obj["id"]
            assert set(obj["object_marking_refs"][1:]) <= licences, obj["id"]


def test_licence_markings_follow_the_sources(amber_json: dict[str, Any]) -> None:
    """Objects carry the licence of the data set they cite, as DATA-LICENCES.md states it."""
    statements = {
        m["id"]: m["definition"]["statement"]
        for m in by_type(amber_json, "marking-definition")
        if m.get("definition_type") == "statement"
    }

    def licences(obj: dict[str, Any]) -> list[str]:
        return [statements[m] for m in obj.get("object_marking_refs", []) if m in statements]

    incident = by_type(amber_json, "incident")[0]
    assert any("CC BY-SA Wikipedia" in s for s in licences(incident))
    assert any("Public domain" in s for s in licences(named(amber_json, "Kunar")))
    # The brief states no licence: an object citing only the brief carries none.
    report = by_type(amber_json, "report")[0]
    assert licences(report) == []


def test_tlp_banner_parsing() -> None:
    assert tlp_level("") is None
    assert tlp_level("TLP:WHITE") == "clear"
    assert tlp_level("tlp: amber+strict") == "amber+strict"
    assert tlp_level("TLP:RED  (named recipients)") == "red"
    with pytest.raises(DataError):
        tlp_level("CONFIDENTIAL")


def test_export_is_deterministic(ref: Reference) -> None:
    first = serialize(build_bundle(ref, tlp="TLP:GREEN"))
    second = serialize(build_bundle(ref, tlp="TLP:GREEN"))
    assert first == second
    iskp = stix_id("threat-actor", "actor-iskp")
    assert f'"id": "{iskp}"' in first


def test_selection_takes_neighbourhood(ref: Reference) -> None:
    data = json.loads(serialize(build_bundle(ref, selection=["Taliban"])))
    names = {o.get("name") for o in data["objects"]}
    assert {"Taliban", "Islamic State Khorasan Province", "Al-Qaida"} <= names
    assert "Lashkar-e-Taiba" in names  # ally of the Taliban
    assert "Islamic Movement of Uzbekistan" in names
    # ISIS-K's own relations to others are not pulled in through the Taliban.
    iskp = named(data, "Islamic State Khorasan Province")
    taliban = named(data, "Taliban")
    for rel in by_type(data, "relationship"):
        assert taliban["id"] in (rel["source_ref"], rel["target_ref"]) or rel[
            "relationship_type"
        ] in ("located-at", "targets"), rel
    assert any(
        r["source_ref"] == iskp["id"] and r["target_ref"] == taliban["id"]
        for r in by_type(data, "relationship")
    )
    assert len(data["objects"]) < 400
    with pytest.raises(DataError):
        build_bundle(ref, selection=["no such thing at all"])


def test_user_notes_exported(ref: Reference, tmp_path: Path) -> None:
    user = UserStore(tmp_path / "u.sqlite")
    user.set_note("actor-iskp", "Check the 2024 figures.")
    try:
        data = json.loads(serialize(build_bundle(ref, user)))
    finally:
        user.close()
    notes = [o for o in by_type(data, "note") if o.get("x_khorasan_note_kind") == "user"]
    assert len(notes) == 1
    assert notes[0]["content"] == "Check the 2024 figures."
    # On the actor, and on the grouping of its relations (where MISP keeps notes).
    assert notes[0]["object_refs"] == [
        stix_id("threat-actor", "actor-iskp"),
        stix_id("grouping", "relations:actor-iskp"),
    ]


def test_export_cancel(ref: Reference) -> None:
    calls: list[int] = []
    with pytest.raises(StixCancelled):
        build_bundle(ref, progress=lambda d, t: calls.append(d), cancelled=lambda: len(calls) > 5)


# -- import ---------------------------------------------------------------------------------


def test_round_trip(ref: Reference, tmp_path: Path) -> None:
    bundle_file = tmp_path / "khorasan.json"
    bundle_file.write_text(serialize(build_bundle(ref, tlp="TLP:AMBER")), encoding="utf-8")
    exported = json.loads(bundle_file.read_text(encoding="utf-8"))
    db_path = tmp_path / "user.sqlite"
    report = import_bundle(db_path, bundle_file)
    assert report.unknown == {}
    want_meta = Counter(
        o["type"]
        for o in exported["objects"]
        if o["type"] in ("extension-definition", "marking-definition")
    )
    assert report.meta == dict(want_meta)
    assert report.markings[0] == "TLP:AMBER"
    assert any(m.startswith("Licence: ") for m in report.markings)
    want = Counter(o["type"] for o in exported["objects"])
    for stix_type in ("threat-actor", "identity", "location", "incident", "relationship"):
        assert report.counts[stix_type] == want[stix_type], stix_type

    store = UserStore(db_path)
    try:
        [ds] = store.datasets()
        assert ds.name == "khorasan.json" and ds.kind == "stix"
        assert ds.row_count == sum(report.counts.values())
        assert ds.licence is not None and ds.licence.startswith("TLP:AMBER, Licence: ")
        actors = {o.name: o for o in store.imported_objects("khorasan.json", "threat-actor")}
        assert {"Islamic State Khorasan Province", "Taliban", "Al-Qaida"} <= set(actors)
        assert set(actors["Islamic State Khorasan Province"].aliases) >= ISKP_ALIASES
        locations = {o.name for o in store.imported_objects("khorasan.json", "location")}
        assert {"Afghanistan", "Kunar", "Khorasan"} <= locations
        rels = store.imported_relations("khorasan.json")
        assert len(rels) == want["relationship"]
        ids = {o.ext_id: o.name for o in store.imported_objects("khorasan.json")}
        pairs = {(ids.get(r.source_ref), r.type, ids.get(r.target_ref)) for r in rels}
        assert ("Islamic State Khorasan Province", "rival-of", "Taliban") in pairs
        assert ("Islamic State Khorasan Province", "branch-of", "Islamic State") in pairs
    finally:
        store.close()

    # Importing the same file name again replaces the data set.
    again = import_bundle(db_path, bundle_file)
    assert again.replaced
    store = UserStore(db_path)
    try:
        assert len(store.datasets()) == 1
        assert len(store.imported_relations("khorasan.json")) == want["relationship"]
        assert store.remove_dataset("khorasan.json")
        assert store.datasets() == []
        assert not store.remove_dataset("khorasan.json")
    finally:
        store.close()


def _foreign_bundle() -> dict[str, Any]:
    ts = "2024-01-01T00:00:00.000Z"

    def sdo(stix_type: str, n: int, **props: Any) -> dict[str, Any]:
        return {
            "type": stix_type,
            "spec_version": "2.1",
            "id": f"{stix_type}--00000000-0000-4000-8000-{n:012d}",
            "created": ts,
            "modified": ts,
            **props,
        }

    actor = sdo("intrusion-set", 1, name="Foreign set", aliases=["FS"])
    malware = sdo("malware", 2, name="Thing", is_family=False)
    rel = sdo(
        "relationship",
        3,
        relationship_type="uses",
        source_ref=actor["id"],
        target_ref=malware["id"],
    )
    return {
        "type": "bundle",
        "id": "bundle--00000000-0000-4000-8000-000000000009",
        "objects": [
            actor,
            malware,
            sdo("malware", 4, name="Other", is_family=True),
            {"type": "x-custom-thing", "id": "x-custom-thing--1", "spec_version": "2.1"},
            sdo("location", 5, country="AF", name="Afghanistan"),
            {
                "type": "ipv4-addr",
                "id": "ipv4-addr--00000000-0000-4000-8000-000000000006",
                "value": "192.0.2.1",
            },
            rel,
        ],
    }


def test_unknown_types_are_counted_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "opencti.json"
    path.write_text(json.dumps(_foreign_bundle()), encoding="utf-8")
    report = import_bundle(tmp_path / "user.sqlite", path)
    # The relationship points at a malware object that is not imported: not stored.
    assert report.counts == {"intrusion-set": 1, "location": 1}
    assert report.dangling == 1
    assert report.unknown == {"ipv4-addr": 1, "malware": 2, "x-custom-thing": 1}
    assert any("malware 2" in line for line in report.lines())
    assert any("relationships skipped" in line for line in report.lines())
    store = UserStore(tmp_path / "user.sqlite")
    try:
        [obj] = store.imported_objects("opencti.json", "intrusion-set")
        assert obj.name == "Foreign set" and obj.aliases == ["FS"]
    finally:
        store.close()


def test_revoked_deprecated_and_licence_markings(tmp_path: Path) -> None:
    """Issue 14: revoked and deprecated objects are not imported as live ones (reported),
    relationships need both ends, and a statement marking is the data set's licence."""
    bundle = _foreign_bundle()
    ts = "2024-01-01T00:00:00.000Z"
    objs = bundle["objects"]
    actor, location = objs[0], objs[4]
    objs.append(
        {
            "type": "intrusion-set",
            "spec_version": "2.1",
            "id": "intrusion-set--00000000-0000-4000-8000-000000000011",
            "created": ts,
            "modified": ts,
            "name": "Retired set",
            "revoked": True,
        }
    )
    objs.append(
        {
            "type": "intrusion-set",
            "spec_version": "2.1",
            "id": "intrusion-set--00000000-0000-4000-8000-000000000012",
            "created": ts,
            "modified": ts,
            "name": "Deprecated set",
            "x_mitre_deprecated": True,
        }
    )
    for n, target in (
        (13, location["id"]),
        (14, "intrusion-set--00000000-0000-4000-8000-000000000011"),
    ):
        objs.append(
            {
                "type": "relationship",
                "spec_version": "2.1",
                "id": f"relationship--00000000-0000-4000-8000-{n:012d}",
                "created": ts,
                "modified": ts,
                "relationship_type": "targets",
                "source_ref": actor["id"],
                "target_ref": target,
            }
        )
    objs.append(
        {
            "type": "marking-definition",
            "spec_version": "2.1",
            "id": "marking-definition--00000000-0000-4000-8000-000000000015",
            "created": ts,
            "definition_type": "statement",
            "definition": {"statement": "Copyright 2024, Example Corp. CC BY 4.0"},
        }
    )
    path = tmp_path / "attack.json"
    path.write_text(json.dumps(bundle), encoding="utf-8")
    user = tmp_path / "user.sqlite"
    report = import_bundle(user, path)
    assert report.counts == {"intrusion-set": 1, "location": 1, "relationship": 1}
    assert report.revoked == 2 and report.dangling == 2
    assert "Copyright 2024, Example Corp. CC BY 4.0" in report.markings
    assert any("revoked or deprecated objects skipped: 2" in line for line in report.lines())
    store = UserStore(user)
    try:
        names = {o.name for o in store.imported_objects("attack.json", "intrusion-set")}
        assert names == {"Foreign set"}
        (licence,) = store.db.execute(
            "SELECT licence FROM datasets WHERE name = 'attack.json'"
        ).fetchone()
        assert "CC BY 4.0" in licence
    finally:
        store.close()


@pytest.mark.parametrize(
    ("label", "text", "message"),
    [
        ("truncated", '{"type": "bundle", "id": "bundle--1", "objects": [{"type": "ind', "JSON"),
        ("list", "[1, 2, 3]", "not a STIX bundle"),
        (
            "stix20",
            json.dumps(
                {
                    "type": "bundle",
                    "id": "bundle--00000000-0000-4000-8000-000000000001",
                    "spec_version": "2.0",
                    "objects": [],
                }
            ),
            "2.0",
        ),
        (
            "stix20-objects",
            json.dumps(
                {
                    "type": "bundle",
                    "id": "bundle--00000000-0000-4000-8000-000000000001",
                    "objects": [
                        {
                            "type": "threat-actor",
                            "id": "threat-actor--00000000-0000-4000-8000-000000000002",
                            "created": "2017-01-01T00:00:00.000Z",
                            "modified": "2017-01-01T00:00:00.000Z",
                            "name": "Old",
                            "labels": ["terrorist"],
                        }
                    ],
                }
            ),
            "2.1",
        ),
        ("not-utf8", "\udcff", "UTF-8"),
    ],
)
def test_malformed_files_change_nothing(
    tmp_path: Path, label: str, text: str, message: str
) -> None:
    db_path = tmp_path / "user.sqlite"
    good = tmp_path / "good.json"
    good.write_text(json.dumps(_foreign_bundle()), encoding="utf-8")
    import_bundle(db_path, good)
    store = UserStore(db_path)
    store.set_note("actor-iskp", "keep me")
    store.close()
    before = dump_user_db(db_path)

    bad = tmp_path / "good.json"  # same name: a successful import would replace the set
    bad.write_bytes(text.encode("utf-8", "surrogateescape"))
    with pytest.raises(DataError, match=re.escape(message)):
        import_bundle(db_path, bad)
    assert dump_user_db(db_path) == before


def test_cancelled_import_rolls_back(ref: Reference, tmp_path: Path) -> None:
    bundle_file = tmp_path / "k.json"
    bundle_file.write_text(serialize(build_bundle(ref)), encoding="utf-8")
    db_path = tmp_path / "user.sqlite"
    UserStore(db_path).close()
    before = dump_user_db(db_path)
    seen: list[int] = []
    with pytest.raises(StixCancelled):
        import_bundle(
            db_path, bundle_file, progress=lambda d, t: seen.append(d), cancelled=lambda: bool(seen)
        )
    assert seen
    assert dump_user_db(db_path) == before


# -- command line ---------------------------------------------------------------------------


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "khorasan_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_cli_export_and_import(ref_path: Path, tmp_path: Path) -> None:
    user_dir = tmp_path / "cli-user"
    out = tmp_path / "bundle.json"
    args = ["--db", str(ref_path), "--user-dir", str(user_dir), "export", "stix"]
    done = cli(*args, "-o", str(out), "--banner", "TLP:AMBER", env={"PYTHONHASHSEED": "1"})
    assert done.returncode == 0, done.stderr
    assert "TLP:AMBER" in done.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "bundle"
    assert TLP2_IDS["amber"] in {o["id"] for o in data["objects"]}
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]

    # Another process with another hash seed writes the same bytes.
    out2 = tmp_path / "bundle2.json"
    done = cli(*args, "-o", str(out2), "--banner", "TLP:AMBER", env={"PYTHONHASHSEED": "2"})
    assert done.returncode == 0, done.stderr
    assert out2.read_bytes() == out.read_bytes()

    done = cli("--user-dir", str(user_dir), "import", "stix", str(out))
    assert done.returncode == 0, done.stderr
    assert "threat-actor: 10" in done.stdout
    assert (user_dir / "user.sqlite").exists()


def test_cli_errors_are_one_line(ref_path: Path, tmp_path: Path) -> None:
    missing = cli("--user-dir", str(tmp_path / "u"), "import", "stix", str(tmp_path / "nope.json"))
    assert missing.returncode == 2
    assert len(missing.stderr.strip().splitlines()) == 1
    assert "not found" in missing.stderr

    unwritable = cli(
        "--db",
        str(ref_path),
        "--user-dir",
        str(tmp_path / "u"),
        "export",
        "stix",
        "-o",
        str(tmp_path / "no" / "such" / "dir" / "b.json"),
    )
    assert unwritable.returncode == 2
    assert len(unwritable.stderr.strip().splitlines()) == 1
    assert "Cannot write" in unwritable.stderr

    banner = cli(
        "--db",
        str(ref_path),
        "export",
        "stix",
        "-o",
        str(tmp_path / "b.json"),
        "--banner",
        "SECRET",
    )
    assert banner.returncode == 2
    assert "TLP" in banner.stderr
