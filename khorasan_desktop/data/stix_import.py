"""Import any STIX 2.1 bundle (OpenCTI, MISP, our own export) into the user database.

The bundle becomes one *data set*, a layer in the user database beside (never inside) the
reference database. Known types are kept (objects in ``imported_objects``, relationships
in ``imported_relations``); unknown types are counted in the report, not fatal. The whole
file is read and checked before the database is touched, and it is written in one
transaction, so a bad file or a cancel leaves the user database as it was. Importing a
file of the same name again replaces that data set. Its incidents are also written as
event rows (see ``data/events/stix_incidents.py``), their places and actors mapped on the
reference's names when another producer wrote them, so charts, maps and event tables
count them like any imported event; the report says how many were placed and attributed.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from khorasan_desktop.core.sharing import lock_sharer
from khorasan_desktop.data.errors import DataError, write_reason
from khorasan_desktop.data.events.stix_incidents import (
    ALIAS_KEYS,
    Placed,
    Resolver,
    incident_rows,
)
from khorasan_desktop.data.events.stix_incidents import aliases as _aliases
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.data.stix_export import Cancelled, Progress, StixCancelled
from khorasan_desktop.data.userdb import STIX_EVENT_COLUMNS, UserStore

OBJECT_TYPES = (
    "threat-actor",
    "intrusion-set",
    "identity",
    "location",
    "incident",
    "campaign",
    "grouping",
    "note",
    "report",
)
RELATION_TYPES = ("relationship",)
# Not data: definitions that describe or mark the other objects.
META_TYPES = ("marking-definition", "extension-definition", "language-content")
# How deep a bundle may nest (STIX objects need a handful of levels; a hostile file can
# nest 100,000 deep to exhaust the parser).
MAX_DEPTH = 64
# The type of every property the importer reads; anything else is kept as it is.
_TEXT = (
    "name",
    "abstract",
    "value",
    "content",
    "description",
    "created",
    "modified",
    "created_by_ref",
    "start_time",
    "stop_time",
    "first_seen",
    "last_seen",
    "source_ref",
    "target_ref",
    "relationship_type",
)
PROPERTY_TYPES: dict[str, type] = {
    **{k: str for k in _TEXT},
    **{k: list for k in (*ALIAS_KEYS, "object_marking_refs", "object_refs")},
    "definition": dict,
}
_TYPE_NAMES: dict[type, str] = {str: "a string", list: "a list", dict: "an object"}


def _depth_ok(value: Any, limit: int = MAX_DEPTH) -> bool:
    """Whether ``value`` nests at most ``limit`` lists/objects deep (no recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > limit:
            return False
        stack.extend((c, depth + 1) for c in children)
    return True


def _check_properties(name: str, obj: dict[str, Any]) -> None:
    """DataError naming the object and property whose value has the wrong JSON type."""
    for key, want in PROPERTY_TYPES.items():
        value = obj.get(key)
        if value is not None and not isinstance(value, want):
            what = _TYPE_NAMES.get(want, want.__name__)
            raise DataError(
                f"{name}: {_shown(obj['id'])} has a {key!r} that is not {what} "
                f"({type(value).__name__}); the file is not valid STIX 2.1."
            )


@dataclass
class ImportReport:
    dataset: str
    source_file: str
    bundle_id: str
    counts: dict[str, int] = field(default_factory=dict)  # kept, per STIX type
    unknown: dict[str, int] = field(default_factory=dict)  # skipped, per STIX type
    meta: dict[str, int] = field(default_factory=dict)  # markings, extension definitions
    duplicates: int = 0  # older versions of an object that a later one replaced
    revoked: int = 0  # revoked or deprecated objects, not imported
    dangling: int = 0  # relationships with an end not in the bundle, not imported
    replaced: bool = False  # a data set of that name existed and was replaced
    markings: list[str] = field(default_factory=list)
    # Incidents as events: how many got a place and an actor of ours (see Placed).
    incidents: dict[str, Any] = field(default_factory=dict)

    @property
    def objects(self) -> int:
        return sum(n for t, n in self.counts.items() if t not in RELATION_TYPES)

    @property
    def relations(self) -> int:
        return sum(n for t, n in self.counts.items() if t in RELATION_TYPES)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def lines(self) -> list[str]:
        verb = "replaced" if self.replaced else "imported"
        out = [
            f"{verb} data set {self.dataset!r} from {self.source_file}: "
            f"{self.objects} objects, {self.relations} relationships"
        ]
        out += [f"  {t}: {n}" for t, n in sorted(self.counts.items())]
        if self.unknown:
            out.append(
                "not imported (unknown types): "
                + ", ".join(f"{t} {n}" for t, n in sorted(self.unknown.items()))
            )
        if self.meta:
            out.append(
                "definitions read, not stored: "
                + ", ".join(f"{t} {n}" for t, n in sorted(self.meta.items()))
            )
        if self.markings:
            out.append("markings: " + ", ".join(self.markings))
        if self.duplicates:
            out.append(f"older versions skipped: {self.duplicates}")
        if self.revoked:
            out.append(f"revoked or deprecated objects skipped: {self.revoked}")
        if self.dangling:
            out.append(f"relationships skipped (an end is not an imported object): {self.dangling}")
        return out + self.incident_lines()

    def incident_lines(self) -> list[str]:
        """How the incidents became events: placed (country, province, coordinates) and
        attributed to our actors, and how many were not."""
        inc = self.incidents
        if not inc.get("incidents"):
            return []
        out = [
            f"incidents as events: {inc['incidents']}; placed: {inc['country']} in a "
            f"country, {inc['province']} in a province, {inc['coordinates']} with "
            f"coordinates; not placed: {inc['unplaced']}",
            f"  attributed to our actors: {inc['attributed']}; attribution uncertain: "
            f"{inc['uncertain']}; no actor of ours: {inc['unattributed']}",
        ]
        if inc["unmapped_actors"]:
            out.append(
                "  actors kept as named (no exact match): "
                + ", ".join(_shown(n) for n in sorted(inc["unmapped_actors"]))
            )
        if inc["unmapped_places"]:
            out.append(
                "  places kept as stated (no country of ours): "
                + ", ".join(_shown(n) for n in sorted(inc["unmapped_places"]))
            )
        if inc["created_dates"]:
            out.append(f"  dated by the record's creation day only: {inc['created_dates']}")
        if inc["undated"]:
            out.append(f"  without a date (counted apart): {inc['undated']}")
        return out


def read_bundle(path: Path) -> dict[str, Any]:
    """The bundle as JSON, or DataError saying what is wrong with the file."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataError(f"STIX file not found: {path}") from None
    except OSError as exc:
        raise DataError(f"Cannot read {path}: {exc.strerror or exc}") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except RecursionError:
        raise DataError(
            f"{path.name} nests more than {MAX_DEPTH} levels deep; it is not a STIX bundle."
        ) from None
    except UnicodeDecodeError:
        raise DataError(f"{path.name} is not a STIX bundle: not UTF-8 text.") from None
    except json.JSONDecodeError as exc:
        raise DataError(
            f"{path.name} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from None
    if not isinstance(data, dict) or data.get("type") != "bundle":
        raise DataError(f'{path.name} is not a STIX bundle (no top-level "type": "bundle").')
    if not _depth_ok(data):
        raise DataError(
            f"{path.name} nests more than {MAX_DEPTH} levels deep; it is not a STIX bundle."
        )
    objects = data.get("objects", [])
    if not isinstance(objects, list):
        raise DataError(f'{path.name} is not a STIX bundle ("objects" is not a list).')
    if "spec_version" in data and data["spec_version"] != "2.1":
        raise DataError(
            f"{path.name} is a STIX {_shown(data['spec_version'])} bundle; only STIX 2.1 is "
            "supported."
        )
    for i, obj in enumerate(objects):
        if (
            not isinstance(obj, dict)
            or not isinstance(obj.get("type"), str)
            or not isinstance(obj.get("id"), str)
        ):
            raise DataError(f"{path.name}: object {i + 1} has no STIX type and id.")
        version = obj.get("spec_version")
        if version is not None and version != "2.1":
            raise DataError(
                f"{path.name}: {_shown(obj['id'])} is STIX {_shown(version)}; only STIX 2.1 "
                "is supported."
            )
        # In 2.1 every domain object and relationship carries spec_version; 2.0 has none.
        if version is None and "created" in obj and obj["type"] != "marking-definition":
            raise DataError(
                f"{path.name}: {_shown(obj['id'])} has no spec_version (a STIX 2.0 object?); "
                "only STIX 2.1 is supported."
            )
        _check_properties(path.name, obj)
    return data


def _shown(value: object, limit: int = 60) -> str:
    """A value from the file as it goes into a message: strings as they are, anything else
    as its repr, cut at ``limit`` characters so one hostile value cannot flood the line."""
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _marking_label(obj: dict[str, Any]) -> str | None:
    """A marking in words: its name, its TLP level, or its statement (a licence or a
    copyright line, as ATT&CK and MISP bundles carry)."""
    definition: dict[str, Any] = (
        obj["definition"] if isinstance(obj.get("definition"), dict) else {}
    )
    for value in (obj.get("name"), definition.get("tlp"), definition.get("statement")):
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return None


def _name(obj: dict[str, Any]) -> str | None:
    for key in ("name", "abstract", "value"):
        if isinstance(obj.get(key), str) and obj[key].strip():
            return str(obj[key])
    if obj["type"] == "note" and isinstance(obj.get("content"), str):
        return str(obj["content"])[:80]
    if obj["type"] == "location":
        parts = [obj.get(k) for k in ("city", "administrative_area", "country", "region")]
        text = ", ".join(str(p) for p in parts if p)
        return text or None
    return None


def _description(obj: dict[str, Any]) -> str | None:
    for key in ("description", "content"):
        if isinstance(obj.get(key), str):
            return str(obj[key])
    return None


def relation_type(rel: dict[str, Any]) -> str:
    """A relationship's type as its producer meant it: our export writes links STIX has no
    suggested type for as ``related-to`` and keeps ours in ``x_khorasan_relation_type``."""
    own = rel.get("x_khorasan_relation_type")
    if rel["relationship_type"] == "related-to" and isinstance(own, str) and own:
        return own
    return str(rel["relationship_type"])


def _newer(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return str(a.get("modified") or a.get("created") or "") >= str(
        b.get("modified") or b.get("created") or ""
    )


def _incidents(
    ds_id: int, kept: dict[str, dict[str, Any]], ref: Reference | None, report: ImportReport
) -> list[tuple[Any, ...]]:
    """The bundle's incidents as event rows (from the objects just stored), their places
    and actors mapped on the reference; the report says how many were."""
    objects = [
        (o["id"], o["type"], json.dumps(o)) for o in kept.values() if o["type"] != "relationship"
    ]
    relations = [
        (o["source_ref"], o["target_ref"], relation_type(o), json.dumps(o))
        for o in kept.values()
        if o["type"] == "relationship"
    ]
    placed = Placed()
    rows = incident_rows(ds_id, objects, relations, 0, Resolver(ref) if ref else None, placed)
    report.incidents = placed.to_json()
    return rows


def import_bundle(
    user_db_path: Path,
    bundle_path: Path,
    progress: Progress = None,
    cancelled: Cancelled = None,
    ref: Reference | None = None,
) -> ImportReport:
    """Import ``bundle_path`` as the data set named after the file (see module docstring).
    ``ref``: the reference whose names and places a foreign bundle's incidents are mapped
    to (without it, only our own export's ids are read)."""
    bundle_path = Path(bundle_path)
    data = read_bundle(bundle_path)
    name = bundle_path.name
    report = ImportReport(
        dataset=name, source_file=str(bundle_path), bundle_id=str(data.get("id", ""))
    )
    kept: dict[str, dict[str, Any]] = {}
    unknown: Counter[str] = Counter()
    meta: Counter[str] = Counter()
    identities: dict[str, str] = {}
    share = lock_sharer()  # the window keeps its turns through a big bundle
    for obj in data.get("objects", []):
        share()
        stype = obj["type"]
        if stype == "marking-definition":
            meta[stype] += 1
            label = _marking_label(obj)
            if label and label not in report.markings:
                report.markings.append(label)
            continue
        if stype in META_TYPES:
            meta[stype] += 1
            continue
        if stype not in OBJECT_TYPES and stype not in RELATION_TYPES:
            unknown[stype] += 1
            continue
        if stype == "relationship" and not (
            isinstance(obj.get("source_ref"), str)
            and isinstance(obj.get("target_ref"), str)
            and isinstance(obj.get("relationship_type"), str)
        ):
            raise DataError(
                f"{name}: relationship {_shown(obj['id'])} lacks its source, target or type."
            )
        if stype == "identity" and isinstance(obj.get("name"), str):
            identities[obj["id"]] = obj["name"]
        previous = kept.get(obj["id"])
        if previous is not None:
            report.duplicates += 1
            if not _newer(obj, previous):
                continue
        kept[obj["id"]] = obj
    # A later version that is revoked retires the object; a relationship is stored only
    # when both its ends were imported (ATT&CK's links to techniques, tools and the like
    # would otherwise be counted with nothing to point at).
    retired = [
        oid
        for oid, o in kept.items()
        if o.get("revoked") is True or o.get("x_mitre_deprecated") is True
    ]
    for oid in retired:
        del kept[oid]
    report.revoked = len(retired)
    for oid in [o["id"] for o in kept.values() if o["type"] == "relationship"]:
        rel = kept[oid]
        if rel["source_ref"] not in kept or rel["target_ref"] not in kept:
            del kept[oid]
            report.dangling += 1
    counts = Counter(o["type"] for o in kept.values())
    report.counts = dict(sorted(counts.items()))
    report.unknown = dict(sorted(unknown.items()))
    report.meta = dict(sorted(meta.items()))
    creators = sorted(
        {identities[c] for o in kept.values() if (c := o.get("created_by_ref")) in identities}
    )
    release = (
        max((str(o.get("modified") or o.get("created") or "") for o in kept.values()), default="")
        or None
    )

    store = UserStore(Path(user_db_path))
    total = len(kept)
    try:
        db = store.db
        try:
            with db.atomic():
                old = db.execute("SELECT id FROM datasets WHERE name = ?", [name]).fetchone()
                if old is not None:
                    report.replaced = True
                    for table in ("imported_objects", "imported_relations", "imported_events"):
                        db.execute(f"DELETE FROM {table} WHERE dataset_id = ?", [old[0]])
                    db.execute("DELETE FROM datasets WHERE id = ?", [old[0]])
                cur = db.execute(
                    "INSERT INTO datasets (name, kind, release, source_file, imported_at, "
                    "licence, attribution, row_count, report_json) "
                    "VALUES (?, 'stix', ?, ?, ?, ?, ?, ?, ?)",
                    [
                        name,
                        release,
                        str(bundle_path.resolve()),
                        dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                        ", ".join(report.markings) or None,
                        "; ".join(creators) or None,
                        total,
                        json.dumps(report.to_json(), ensure_ascii=False),
                    ],
                )
                ds_id = cur.lastrowid
                for done, obj in enumerate(kept.values(), 1):
                    if cancelled is not None and cancelled():
                        raise StixCancelled("Import cancelled; your data is unchanged.")
                    blob = json.dumps(obj, ensure_ascii=False, sort_keys=True)
                    if obj["type"] == "relationship":
                        db.execute(
                            "INSERT INTO imported_relations (dataset_id, ext_id, source_ref, "
                            "target_ref, type, start_time, stop_time, data_json) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            [
                                ds_id,
                                obj["id"],
                                obj["source_ref"],
                                obj["target_ref"],
                                relation_type(obj),
                                obj.get("start_time"),
                                obj.get("stop_time"),
                                blob,
                            ],
                        )
                    else:
                        aliases = _aliases(obj)
                        db.execute(
                            "INSERT INTO imported_objects (dataset_id, ext_id, type, name, "
                            "aliases_json, description, data_json) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            [
                                ds_id,
                                obj["id"],
                                obj["type"],
                                _name(obj),
                                json.dumps(aliases, ensure_ascii=False) if aliases else None,
                                _description(obj),
                                blob,
                            ],
                        )
                    if progress is not None and (done % 200 == 0 or done == total):
                        progress(done, total)
                rows = _incidents(int(ds_id or 0), kept, ref, report)
                store.upsert_events(rows, STIX_EVENT_COLUMNS)
                db.execute(
                    "UPDATE datasets SET report_json = ? WHERE id = ?",
                    [json.dumps(report.to_json(), ensure_ascii=False), ds_id],
                )
        except sqlite3.Error as exc:
            raise DataError(
                f"Could not save the import to {store.path}: {write_reason(exc)}"
            ) from exc
    finally:
        store.close()
    return report
