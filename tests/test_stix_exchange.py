"""STIX that other tools read: MISP's own converter keeps what the export says, and our
importer reads the export back unchanged (export -> import -> export)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from khorasan_desktop.data.reference import Reference
from khorasan_desktop.data.stix_export import build_bundle, serialize
from khorasan_desktop.data.stix_import import import_bundle
from khorasan_desktop.data.userdb import UserStore

CONTAINERS = ("event-container", "relations")


@pytest.fixture(scope="module")
def module_ref(built_db: Path) -> Iterator[Reference]:
    reference = Reference(built_db)
    yield reference
    reference.close()


@pytest.fixture(scope="module")
def bundle_file(module_ref: Reference, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("stix") / "khorasan.json"
    path.write_text(serialize(build_bundle(module_ref, tlp="TLP:GREEN")), encoding="utf-8")
    return path


def _uuid(stix_id: str) -> str:
    return stix_id.split("--", 1)[1]


def misp_events(bundle: Path, out: Path) -> list[dict[str, Any]]:
    """The MISP events misp-stix makes of a bundle (as a MISP instance would import it)."""
    from misp_stix_converter import stix_2_to_misp

    result = stix_2_to_misp(bundle, output_dir=out, overwrite=True)
    events = []
    for name in result.get("results", []):
        data = json.loads(Path(name).read_text(encoding="utf-8"))
        events.append(data.get("Event", data))
    assert events, result.get("errors")
    return events


def _misp_notes(value: Any) -> Iterator[dict[str, Any]]:
    """MISP's analyst notes anywhere in an event (on the event, objects, attributes)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "Note" and isinstance(item, list):
                yield from item
            else:
                yield from _misp_notes(item)
    elif isinstance(value, list):
        for item in value:
            yield from _misp_notes(item)


def survival(bundle: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, tuple[int, int]]:
    """Per STIX type: (kept by MISP, exported). What "kept" means follows what MISP makes:

    * an incident: the MISP event made of its grouping, under the incident's name;
    * a note: an analyst note with its text (on an event or an object: MISP keeps none on
      a galaxy cluster, so a note on an actor also names the actor's grouping);
    * a threat actor: a galaxy cluster of its name; a location: a geolocation object with
      its id or a location cluster of its name;
    * a relationship: from an object MISP reads as one of its objects, an object reference
      or a cluster on that object; from an incident, campaign or actor (MISP has no
      incident and drops links between clusters from bundles it did not write), the event
      made of the source's grouping carries the target.
    """
    objects = {o["id"]: o for o in bundle["objects"]}
    by_uuid = {e["uuid"]: e for e in events}
    carried: dict[str, set[Any]] = {}
    misp_objects: dict[str, dict[str, Any]] = {}
    for event in events:
        have: set[Any] = set()
        for obj in event.get("Object", []):
            have.add(obj["uuid"])
            misp_objects[obj["uuid"]] = obj
            for attribute in obj.get("Attribute", []):
                for galaxy in attribute.get("Galaxy", []):
                    have.update(("on", obj["uuid"], c["value"]) for c in galaxy["GalaxyCluster"])
        for galaxy in event.get("Galaxy", []):
            have.update((galaxy["type"], c["value"]) for c in galaxy["GalaxyCluster"])
        carried[event["uuid"]] = have
    everywhere = set().union(*carried.values())
    noted = {n["note"] for e in events for n in _misp_notes(e)}

    def holds(have: set[Any], obj: dict[str, Any]) -> bool:
        return _uuid(obj["id"]) in have or (f"stix-2.1-{obj['type']}", obj.get("name")) in have

    container = {
        o["object_refs"][0]: _uuid(o["id"])
        for o in objects.values()
        if o["type"] == "grouping" and o.get("x_khorasan_kind") in CONTAINERS
    }
    kept: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for obj in objects.values():
        kind = obj["type"]
        if kind == "incident":
            event = by_uuid.get(container.get(obj["id"], ""))
            ok = event is not None and event["info"] == obj["name"]
        elif kind in ("threat-actor", "location"):
            ok = holds(everywhere, obj)
        elif kind == "note":
            ok = obj["content"] in noted
        elif kind == "relationship":
            source, target = objects[obj["source_ref"]], objects[obj["target_ref"]]
            ok = obj["source_ref"] in container and holds(
                carried.get(container[obj["source_ref"]], set()), target
            )
            as_object = misp_objects.get(_uuid(source["id"]))
            if as_object is not None:
                refs = {r["referenced_uuid"] for r in as_object.get("ObjectReference", [])}
                ok = ok or _uuid(target["id"]) in refs
                ok = ok or ("on", as_object["uuid"], target.get("name")) in everywhere
        else:
            continue
        total[kind] += 1
        kept[kind] += ok
    return {k: (kept[k], total[k]) for k in total}


def test_misp_keeps_incidents_actors_places_and_relationships(
    bundle_file: Path, module_ref: Reference, tmp_path: Path
) -> None:
    """Issue 14: misp-stix keeps at least 95% of each (it kept no incident before)."""
    bundle = json.loads(bundle_file.read_text(encoding="utf-8"))
    figures = survival(bundle, misp_events(bundle_file, tmp_path))
    db = module_ref.db
    # Measured against the reference data, not only against what was exported.
    (incidents,) = db.execute("SELECT count(*) FROM events WHERE is_incident = 1").fetchone()
    (regions,) = db.execute("SELECT count(*) FROM entities WHERE kind = 'region'").fetchone()
    exported = Counter(o["type"] for o in bundle["objects"])
    assert exported["incident"] == incidents
    # Relations to the places STIX cannot locate are left out of the export: count them.
    placed = {o["x_khorasan_id"] for o in bundle["objects"] if o["type"] == "location"}
    unplaced = [
        r for (r,) in db.execute("SELECT id FROM entities WHERE kind = 'region'") if r not in placed
    ]
    assert len(unplaced) <= 2
    marks = ",".join("?" * len(unplaced))
    (left_out,) = db.execute(
        f"SELECT count(*) FROM relations WHERE source_id IN ({marks}) OR target_id IN ({marks})",
        unplaced + unplaced,
    ).fetchone()
    reference = {
        "incident": incidents,
        "location": regions,
        "relationship": exported["relationship"] + left_out,
    }
    print()
    for kind, (kept, total) in sorted(figures.items()):
        base = max(total, reference.get(kind, 0))
        print(f"misp-stix keeps {kind}: {kept} of {total} exported ({base} in the data)")
        # Notes on countries and macro-regions (galaxy clusters, no grouping) are lost.
        assert kept >= (0.9 if kind == "note" else 0.95) * base, kind
    assert set(figures) == {"incident", "threat-actor", "location", "relationship", "note"}


def test_round_trip_export_import_export(
    bundle_file: Path, module_ref: Reference, tmp_path: Path
) -> None:
    """Every exported object is stored as it was written, our own relation types are kept,
    incidents become events, and exporting again gives the same bytes."""
    text = bundle_file.read_text(encoding="utf-8")
    bundle = json.loads(text)
    db_path = tmp_path / "user.sqlite"
    report = import_bundle(db_path, bundle_file, ref=module_ref)
    assert report.unknown == {} and report.dangling == 0 and report.revoked == 0
    assert report.incidents["incidents"] == report.counts["incident"]
    definitions = ("marking-definition", "extension-definition")
    exported = {o["id"]: o for o in bundle["objects"] if o["type"] not in definitions}
    store = UserStore(db_path)
    try:
        stored = {o.ext_id: o.data for o in store.imported_objects("khorasan.json")}
        relations = store.imported_relations("khorasan.json")
        stored.update({r.ext_id: r.data for r in relations})
        assert stored == exported
        # related-to in STIX, our type in the data set.
        types = Counter(r.type for r in relations)
        assert types["related-to"] == 0
        assert types["attributed-to"] >= 305 and types["rival-of"] >= 1
        (events, placed, with_actor) = store.db.execute(
            "SELECT count(*), count(coalesce(province_id, country_id)), "
            "count(coalesce(actor_id, actor_name)) FROM imported_events"
        ).fetchone()
        assert events == sum(1 for o in exported.values() if o["type"] == "incident")
        assert placed == events and with_actor == events
        again = serialize(build_bundle(module_ref, store, tlp="TLP:GREEN"))
    finally:
        store.close()
    assert again == text
