"""Build the reference database from the reviewable text sources in ``db/sources``.

Deterministic: the same sources give the same rows (only ``meta.build_time`` differs).
The database is written to a temporary file and renamed into place when complete; when
its contents equal those of the file already there, that file is left untouched, so a
rebuild from unchanged sources does not modify the committed database.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils
import yaml

from khorasan_desktop.core import brief as brief_text
from khorasan_desktop.core import dates
from khorasan_desktop.core.normalize import compact, normalize
from khorasan_desktop.data.connection import SCHEMA_VERSION
from khorasan_desktop.data.schema import DERIVE, REFERENCE_SCHEMA

BRIEF_ID = "src-brief"
ISKP_ID = "actor-iskp"
KIND_ORDER = {"actor": 0, "region": 1, "event": 2, "source": 3}


class BuildError(Exception):
    """The sources are inconsistent (unknown id, unmapped province ...)."""


def _slug(text: str) -> str:
    return compact(text).replace(" ", "-") or "x"


def _int(value: str | None) -> int | None:
    value = (value or "").strip()
    return int(value) if value else None


def _float(value: str | None) -> float | None:
    value = (value or "").strip()
    return float(value) if value else None


class _Builder:
    def __init__(self, sources: Path, resources: Path) -> None:
        self.sources = sources
        self.resources = resources
        self.entities: dict[str, dict[str, Any]] = {}
        self.actors: list[dict[str, Any]] = []
        self.regions: dict[str, dict[str, Any]] = {}
        self.region_members: set[tuple[str, str]] = set()
        self.events: list[dict[str, Any]] = []
        self.event_actors: set[tuple[str, str, str]] = set()
        self.event_regions: set[tuple[str, str]] = set()
        self.aliases: list[dict[str, Any]] = []
        self.relations: list[dict[str, Any]] = []
        self.sources_rows: dict[str, dict[str, Any]] = {}
        self.citations: list[dict[str, Any]] = []
        self.facts: list[dict[str, Any]] = []
        self.statistics: list[dict[str, Any]] = []
        self.judgements: list[dict[str, Any]] = []
        self.paragraphs: list[dict[str, Any]] = []
        self.vague: list[dict[str, Any]] = []
        self.attributions: list[str] = []
        self.region_by_name: dict[tuple[str, str], str] = {}
        self.config = yaml.safe_load((sources / "sources.yaml").read_text(encoding="utf-8"))

    # -- helpers -------------------------------------------------------------------------
    def entity(
        self,
        id_: str,
        kind: str,
        name: str,
        subtype: str | None,
        summary: str | None,
        vague: bool = False,
        vague_note: str | None = None,
    ) -> None:
        if id_ in self.entities:
            raise BuildError(f"duplicate entity id {id_}")
        self.entities[id_] = {
            "id": id_,
            "kind": kind,
            "subtype": subtype,
            "name": name.strip(),
            "summary": summary.strip() if summary else None,
            "vague": int(bool(vague)),
            "vague_note": vague_note,
            "weight": 0,
        }

    def alias(
        self,
        entity_id: str,
        alias: str,
        script: str | None = None,
        language: str | None = None,
        kind: str | None = None,
    ) -> str:
        """Add an alias; returns its id, the subject id of its citations (``alias``)."""
        alias_id = len(self.aliases) + 1
        self.aliases.append(
            {
                "id": alias_id,
                "entity_id": entity_id,
                "alias": str(alias).strip(),
                "script": script,
                "language": language,
                "kind": kind,
            }
        )
        return str(alias_id)

    def source_alias(self, entity_id: str, al: dict[str, Any]) -> None:
        """An alias from brief.yaml or regions.yaml with its citations: paragraphs of the
        brief (``cite``) and/or other sources (``sources``: source, locator, credibility,
        note, contradicts). An alias citing nothing is a build error: a name nobody uses
        in a source is left out rather than cited to nothing."""
        name = al["alias"]
        if not al.get("cite") and not al.get("sources"):
            raise BuildError(f"alias {name!r} of {entity_id} cites no source")
        aid = self.alias(entity_id, name, al.get("script"), al.get("language"), al.get("kind"))
        if al.get("cite"):
            self.cite_brief("alias", aid, al["cite"], credibility=2)
        for s in al.get("sources") or []:
            sid = s.get("source")
            if sid not in self.sources_rows:
                raise BuildError(f"alias {name!r} of {entity_id}: unknown source {sid!r}")
            if not s.get("locator"):
                raise BuildError(f"alias {name!r} of {entity_id}: no locator in {sid}")
            note = s.get("note")
            if s.get("contradicts"):
                note = f"contradicts the brief: {s['contradicts']}"
            self.cite("alias", aid, sid, str(s["locator"]), s.get("credibility"), note)

    def cite(
        self,
        subject_type: str,
        subject_id: str,
        source_id: str,
        locator: str,
        credibility: int | None = None,
        note: str | None = None,
    ) -> None:
        self.citations.append(
            {
                "subject_type": subject_type,
                "subject_id": subject_id,
                "source_id": source_id,
                "locator": locator,
                "credibility": credibility,
                "note": note,
            }
        )

    def cite_brief(
        self,
        subject_type: str,
        subject_id: str,
        paras: Iterable[int] | int,
        credibility: int = 3,
        note: str | None = None,
    ) -> None:
        if isinstance(paras, int):
            paras = [paras]
        paras = list(paras)
        if not paras:
            raise BuildError(f"{subject_type} {subject_id} cites no paragraph of the brief")
        for p in sorted(set(paras)):
            if not 1 <= p <= len(self.paragraphs):
                raise BuildError(f"{subject_id} cites paragraph {p}, which does not exist")
            self.cite(subject_type, subject_id, BRIEF_ID, f"para. {p}", credibility, note)

    def region_member(self, region: dict[str, Any], member: Any) -> str:
        """One member of a brief region. A historical region's members say how much of
        each the brief puts in it (``{id, extent, cite}``: "parts of the territory of
        Iran", para. 6), stored as a cited note on the membership (subject
        ``region_member``, id ``REGION>MEMBER``): the brief never makes a country wholly
        part of Khorasan or of the caliphate."""
        if not isinstance(member, dict):
            if region.get("type") == "historical":
                raise BuildError(
                    f"region {region['id']} member {member}: a historical region's member "
                    "needs its extent as the brief states it, and the paragraph (id, "
                    "extent, cite)"
                )
            return str(member)
        if not member.get("id") or not member.get("extent") or not member.get("cite"):
            raise BuildError(f"region {region['id']} member {member!r}: give id, extent, cite")
        mid = str(member["id"])
        self.cite_brief(
            "region_member", f"{region['id']}>{mid}", member["cite"], note=str(member["extent"])
        )
        return mid

    def page_source(self, title: str, url: str | None) -> str:
        """Source entity for a cited web page (one per distinct title and address)."""
        key = hashlib.sha256(f"{title}\n{url or ''}".encode()).hexdigest()[:12]
        sid = f"src-page-{key}"
        if sid not in self.sources_rows:
            grade, why = self.page_grade(f"{title} {url or ''}")
            self.entity(sid, "source", title, "page", None)
            self.sources_rows[sid] = {
                "entity_id": sid,
                "kind": "page",
                "title": title,
                "author": None,
                "publisher": None,
                "date_text": None,
                "url": url or None,
                "licence": None,
                "reliability": grade,
                "reliability_note": why,
                "attribution": None,
            }
        return sid

    def page_grade(self, text: str) -> tuple[str, str]:
        low = text.lower()
        for rule in self.config["page_reliability"]:
            if rule["match"].lower() in low:
                return rule["grade"], f"compilers' grade: {rule['why']}"
        return self.config["default_page_reliability"], "compilers' default grade for news pages"

    def require(self, id_: str | None, where: str) -> None:
        if id_ is not None and id_ not in self.entities:
            raise BuildError(f"{where}: unknown entity id {id_!r}")

    # -- steps ---------------------------------------------------------------------------
    def load_brief_text(self) -> None:
        text = (self.sources / "brief.txt").read_text(encoding="utf-8")
        for i, para in enumerate(brief_text.paragraphs(text), start=1):
            self.paragraphs.append({"source_id": BRIEF_ID, "number": i, "text": para})

    def load_datasets(self, brief: dict[str, Any]) -> None:
        src = brief["source"]
        self.entity(
            BRIEF_ID,
            "source",
            src["title"],
            "brief",
            "Policy brief from which Khorasan Desktop grew; its paragraph numbers are "
            "the locators of every citation to it.",
        )
        self.sources_rows[BRIEF_ID] = {
            "entity_id": BRIEF_ID,
            "kind": "brief",
            "title": src["title"],
            "author": src.get("author"),
            "publisher": src.get("publisher"),
            "date_text": src.get("date_text"),
            "url": None,
            "licence": src.get("licence"),
            "reliability": src.get("reliability", "C"),
            "reliability_note": src.get("reliability_note", "compilers' grade"),
            "attribution": f"{src['title']}, {src.get('author')} ({src.get('date_text')})",
        }
        self.cite(
            "alias",
            self.alias(BRIEF_ID, src["author"], "Latn", None, "author"),
            BRIEF_ID,
            "author line",
            1,
        )
        for o in brief.get("outside_sources") or []:
            self.entity(
                o["id"],
                "source",
                o["title"],
                "outside",
                "Cited for names (aliases) only, never for facts; read in a stored copy.",
            )
            self.sources_rows[o["id"]] = {
                "entity_id": o["id"],
                "kind": "outside",
                "title": o["title"],
                "author": o.get("author"),
                "publisher": o.get("publisher"),
                "date_text": o.get("date_text"),
                "url": o.get("url"),
                "licence": o.get("licence"),
                "reliability": o["reliability"],
                "reliability_note": o.get("reliability_note", "compilers' grade"),
                "attribution": None,
            }
        for ds in self.config["datasets"]:
            self.entity(ds["id"], "source", ds["title"], "dataset", ds.get("attribution"))
            self.sources_rows[ds["id"]] = {
                "entity_id": ds["id"],
                "kind": "dataset",
                "title": ds["title"],
                "author": None,
                "publisher": ds.get("publisher"),
                "date_text": None,
                "url": ds.get("url"),
                "licence": ds.get("licence"),
                "reliability": ds.get("reliability"),
                "reliability_note": "compilers' grade",
                "attribution": ds.get("attribution"),
            }
            if ds.get("attribution"):
                self.attributions.append(ds["attribution"])

    def load_regions(self) -> None:
        cfg = yaml.safe_load((self.sources / "regions.yaml").read_text(encoding="utf-8"))
        countries = json.loads(
            (self.resources / "map" / "region_countries_50m.geojson").read_text(encoding="utf-8")
        )
        ne_country = {f["properties"]["iso_a3"]: f["properties"] for f in countries["features"]}
        for c in cfg["countries"]:
            has_geom = c["iso"] in ne_country
            self.entity(c["id"], "region", c["name"], "country", None)
            self.regions[c["id"]] = {
                "entity_id": c["id"],
                "type": "country",
                "parent_id": None,
                "iso_code": c["iso"],
                "geometry_key": f"admin0:{c['iso']}" if has_geom else None,
                "ne_name": ne_country[c["iso"]]["name"] if has_geom else None,
                "latitude": None,
                "longitude": None,
            }
            if has_geom:
                self.cite("entity", c["id"], "src-naturalearth", f"admin-0 {c['iso']}", 1)
            self._config_cites(c)
            for a in c.get("aliases") or []:
                self.source_alias(c["id"], a)
            self.region_by_name[(c["name"], "")] = c["id"]
            if not c.get("admin1"):
                continue
            path = self.resources / "map" / f"ne_10m_admin1_{c['admin1']}.geojson"
            features = json.loads(path.read_text(encoding="utf-8"))["features"]
            renames = cfg["ne"].get(c["admin1"]) or {}
            for f in sorted(features, key=lambda f: f["properties"]["adm1_code"]):
                p = f["properties"]
                if not p.get("name"):
                    continue  # one unnamed Iranian island group: drawn, not an entity
                code = p["adm1_code"]
                name = renames.get(code) or renames.get(p["name"]) or p["name"]
                pid = f"prov-{c['iso'].lower()}-{_slug(name)}"
                subtype = "province"
                self.entity(pid, "region", name, subtype, None)
                self.regions[pid] = {
                    "entity_id": pid,
                    "type": subtype,
                    "parent_id": c["id"],
                    # This Natural Earth edition truncates many codes to "AF-": keep only
                    # complete ones rather than show a code that identifies nothing.
                    "iso_code": p.get("iso_3166_2")
                    if p.get("iso_3166_2") not in (None, "", "-99")
                    and not str(p.get("iso_3166_2")).endswith("-")
                    else None,
                    "geometry_key": f"admin1:{code}",
                    "ne_name": p["name"],
                    "latitude": p.get("latitude"),
                    "longitude": p.get("longitude"),
                }
                if p["name"] != name:
                    aid = self.alias(pid, p["name"], "Latn", None, "Natural Earth name")
                    self.cite("alias", aid, "src-naturalearth", f"admin-1 {code} name", 1)
                if p.get("name_ne_original"):
                    pass  # a Natural Earth mislabel fixed upstream; not a real alias
                elif p.get("gn_name") and p["gn_name"] not in (name, p["name"]):
                    aid = self.alias(pid, p["gn_name"], "Latn", None, "GeoNames name")
                    self.cite("alias", aid, "src-naturalearth", f"admin-1 {code} gn_name", 1)
                self.cite("entity", pid, "src-naturalearth", f"admin-1 {code}", 1)
                self.region_by_name[(c["name"], name)] = pid
                self.region_by_name.setdefault((c["name"], p["name"]), pid)
        for extra in cfg.get("extra_provinces") or []:
            self.entity(extra["id"], "region", extra["name"], "province", None)
            self.regions[extra["id"]] = {
                "entity_id": extra["id"],
                "type": "province",
                "parent_id": extra["country"],
                "iso_code": None,
                "geometry_key": None,
                "ne_name": None,
                "latitude": None,
                "longitude": None,
            }
            self._config_cites(extra)
            country_name = self.entities[extra["country"]]["name"]
            self.region_by_name[(country_name, extra["name"])] = extra["id"]

    def _config_cites(self, item: dict[str, Any]) -> None:
        """Citations given in regions.yaml for units that are not Natural Earth's."""
        if item.get("cite"):
            self.cite("entity", item["id"], item["cite"]["source"], item["cite"]["locator"], 2)
        if item.get("cite_brief"):
            self.cite_brief("entity", item["id"], item["cite_brief"])

    def load_brief(self, brief: dict[str, Any]) -> None:
        for a in brief.get("actors") or []:
            self.entity(
                a["id"],
                "actor",
                a["name"],
                a["type"],
                a.get("summary"),
                a.get("vague", False),
                a.get("vague_note"),
            )
            self.actors.append(
                {
                    "entity_id": a["id"],
                    "type": a["type"],
                    "founded": a.get("founded"),
                    "strength": a.get("strength"),
                    "ucdp_actor_id": a.get("ucdp_actor_id"),
                }
            )
            for al in a.get("aliases") or []:
                self.source_alias(a["id"], al)
            self.cite_brief("entity", a["id"], a["cite"])
        for r in brief.get("regions") or []:
            self.entity(
                r["id"],
                "region",
                r["name"],
                r["type"],
                r.get("summary"),
                r.get("vague", False),
                r.get("vague_note"),
            )
            self.regions[r["id"]] = {
                "entity_id": r["id"],
                "type": r["type"],
                "parent_id": r.get("parent"),
                "iso_code": None,
                "geometry_key": None,
                "ne_name": None,
                "latitude": None,
                "longitude": None,
            }
            for al in r.get("aliases") or []:
                self.source_alias(r["id"], al)
            for m in r.get("members") or []:
                self.region_members.add((r["id"], self.region_member(r, m)))
            self.cite_brief("entity", r["id"], r["cite"])
        for r in brief.get("regions") or []:
            self.require(r.get("parent"), f"region {r['id']} parent")
            for m in r.get("members") or []:
                self.require(m["id"] if isinstance(m, dict) else m, f"region {r['id']} member")
        for e in brief.get("events") or []:
            where = f"brief event {e.get('id')}"
            fd = _date(
                str(e["date_start"]) if e.get("date_start") else None,
                e.get("date_precision"),
                where,
            )
            end_date = _date(str(e["date_end"]), None, where) if e.get("date_end") else None
            self.entity(
                e["id"],
                "event",
                e["name"],
                e.get("type"),
                e.get("summary"),
                e.get("vague", False),
                e.get("vague_note"),
            )
            places = e.get("place") or []
            self.events.append(
                {
                    "entity_id": e["id"],
                    "type": e.get("type"),
                    "is_incident": 0,
                    "date_text": " – ".join(
                        str(x) for x in (e.get("date_start"), e.get("date_end")) if x
                    ),
                    "date_start": fd.start,
                    "date_end": end_date.end if end_date else fd.end,
                    "date_precision": fd.precision
                    if not end_date
                    else (e.get("date_precision") or "period"),
                    "country_id": None,
                    "province_id": None,
                    "place": None,
                    "latitude": None,
                    "longitude": None,
                    "coord_precision": None,
                    "deaths_low": None,
                    "deaths_best": None,
                    "deaths_high": None,
                    "injuries": None,
                    "attack_type": None,
                    "target": None,
                    "attribution": None,
                    "perpetrator_text": None,
                    "original": None,
                    "correction_reason": None,
                }
            )
            for p in places:
                self.require(p, f"event {e['id']} place")
                self.event_regions.add((e["id"], p))
            for act in e.get("actors") or []:
                self.require(act, f"event {e['id']} actor")
                self.event_actors.add((e["id"], act, "participant"))
            self.cite_brief("entity", e["id"], e["cite"])
        for i, rel in enumerate(brief.get("relations") or [], start=1):
            self.require(rel["source"], f"relation {i} source")
            self.require(rel["target"], f"relation {i} target")
            src_key = rel["source"].split("-", 1)[1]
            dst_key = rel["target"].split("-", 1)[1]
            rid = f"rel-{src_key}-{rel['type']}-{dst_key}"
            n = 2
            base = rid
            while any(r["id"] == rid for r in self.relations):
                rid = f"{base}-{n}"
                n += 1
            self.relations.append(
                {
                    "id": rid,
                    "source_id": rel["source"],
                    "target_id": rel["target"],
                    "type": rel["type"],
                    "start": str(rel["start"]) if rel.get("start") else None,
                    "end": str(rel["end"]) if rel.get("end") else None,
                    "summary": rel.get("summary"),
                    "vague": int(bool(rel.get("vague"))),
                }
            )
            self.cite_brief("relation", rid, rel["cite"])
        for f in brief.get("facts") or []:
            self.require(f["subject"], f"fact {f['id']}")
            self.facts.append(
                {
                    "id": f["id"],
                    "entity_id": f["subject"],
                    "statement": f["statement"],
                    "value_text": f.get("value_text"),
                }
            )
            self.cite_brief("fact", f["id"], f["cite"])
        for s in brief.get("statistics") or []:
            self.require(s.get("subject"), f"statistic {s['id']}")
            start, end = _period_bounds(str(s.get("period") or ""))
            kind = s.get("kind") or statistic_kind(s.get("unit"), s["value_text"], start, end)
            if kind not in STATISTIC_KINDS:
                raise BuildError(f"statistic {s['id']}: unknown kind {kind!r}")
            self.statistics.append(
                {
                    "id": s["id"],
                    "series": s["series"],
                    "kind": kind,
                    "period_text": s.get("period"),
                    "period_start": start,
                    "period_end": end,
                    "value": s.get("value"),
                    "value_text": s["value_text"],
                    "unit": s.get("unit"),
                    "scope": s.get("scope"),
                    "scope_region_id": _scope_region(s.get("scope")),
                    "subject_id": s.get("subject"),
                    "note": s.get("note"),
                }
            )
            self.cite_brief("statistic", s["id"], s["cite"])
        for j in brief.get("judgements") or []:
            self.require(j["subject"], f"judgement {j['id']}")
            self.judgements.append(
                {
                    "id": j["id"],
                    "subject_id": j["subject"],
                    "statement": j["statement"],
                    "likelihood": j.get("likelihood") or "stated without a hedge",
                    "horizon": j.get("horizon"),
                }
            )
            self.cite_brief("judgement", j["id"], j["cite"])
        for v in brief.get("vague_mentions") or []:
            self.vague.append(
                {
                    "source_id": BRIEF_ID,
                    "paragraph": int(v["paragraph"]),
                    "text": v["text"],
                    "note": v.get("note"),
                }
            )

    def load_incidents(self) -> None:
        corrections = {
            c["id"]: c
            for c in yaml.safe_load((self.sources / "corrections.yaml").read_text(encoding="utf-8"))
        }
        cred = self.config["credibility_by_attribution"]
        with (self.sources / "incidents.csv").open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        seen: set[str] = set()
        for line, row in enumerate(rows, start=2):
            original = None
            fix = corrections.get(row["id"])
            if fix:
                original = {k: row[k] for k in fix["set"]}
                row = {**row, **{k: str(v) for k, v in fix["set"].items()}}
            if row["id"] in seen:
                raise BuildError(f"duplicate incident id {row['id']}")
            seen.add(row["id"])
            fd = _date(row["date"], row["date_precision"], f"incidents.csv line {line}")
            country = self.region_by_name.get((row["country"], ""))
            if country is None:
                raise BuildError(f"incident {row['id']}: unknown country {row['country']!r}")
            province = None
            if row["province"]:
                province = self.region_by_name.get((row["country"], row["province"]))
                if province is None:
                    raise BuildError(f"incident {row['id']}: unmapped province {row['province']!r}")
            place_parts = [row["city_or_district"], row["province"], row["country"]]
            place = ", ".join(p for p in place_parts if p)
            where = row["city_or_district"] or row["province"] or row["country"]
            when = dates.display(fd.start, fd.precision)
            name = f"{when}: {row['attack_type']} in {where}"
            self.entity(row["id"], "event", name, "attack", row["summary"])
            self.events.append(
                {
                    "entity_id": row["id"],
                    "type": "attack",
                    "is_incident": 1,
                    "date_text": row["date"],
                    "date_start": fd.start,
                    "date_end": fd.end,
                    "date_precision": fd.precision,
                    "country_id": country,
                    "province_id": province,
                    "place": place,
                    "latitude": _float(row["latitude"]),
                    "longitude": _float(row["longitude"]),
                    "coord_precision": row["coord_precision"] or None,
                    "deaths_low": _int(row["deaths_low"]),
                    "deaths_best": _int(row["deaths"]),
                    "deaths_high": _int(row["deaths_high"]),
                    "injuries": _int(row["injuries"]),
                    "attack_type": row["attack_type"] or None,
                    "target": row["target"] or None,
                    "attribution": row["attribution"],
                    "perpetrator_text": row["perpetrator"] or None,
                    "original": json.dumps(original, sort_keys=True) if original else None,
                    "correction_reason": " ".join(fix["reason"].split()) if fix else None,
                }
            )
            self.event_actors.add((row["id"], ISKP_ID, row["attribution"]))
            self.event_regions.add((row["id"], province or country))
            credibility = cred[row["attribution"]]
            self.cite(
                "entity", row["id"], "src-incidents", f"incidents.csv row {row['id']}", credibility
            )
            page = self.page_source(row["source_title"], row["source_url"])
            self.cite(
                "entity", row["id"], page, row["source_url"] or row["source_title"], credibility
            )
            if fix:
                for s in fix["sources"]:
                    psid = self.page_source(s["title"], s.get("url"))
                    self.cite(
                        "entity",
                        row["id"],
                        psid,
                        s.get("url") or s["title"],
                        2,
                        note=f"correction of {', '.join(fix['set'])}: "
                        + " ".join(fix["reason"].split()),
                    )

    def load_statistics(self) -> None:
        with (self.sources / "statistics.csv").open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        by_text = {s["value_text"]: s for s in self.statistics}
        for row in rows:
            start, end = _period_bounds(row["period"])
            scope = row["scope"]
            brief_own = by_text.get(row["value_text"])
            if brief_own is not None and "seed brief" in row["source_title"].lower():
                # The brief's own figure, already a statistic of brief.yaml: kept once,
                # with the data set's note and row cited beside the paragraph.
                if row["note"]:
                    brief_own["note"] = " ".join(filter(None, [brief_own["note"], row["note"]]))
                self.cite(
                    "statistic",
                    brief_own["id"],
                    "src-statistics",
                    f"statistics.csv row {row['id']}",
                    self.config["default_statistic_credibility"],
                )
                continue
            subject = "actor-islamic-state" if scope.lower().startswith("global") else ISKP_ID
            self.statistics.append(
                {
                    "id": row["id"],
                    "series": row["series"],
                    "kind": statistic_kind(row["unit"], row["value_text"], start, end),
                    "period_text": row["period"],
                    "period_start": start,
                    "period_end": end,
                    "value": _float(row["value"]),
                    "value_text": row["value_text"],
                    "unit": row["unit"] or None,
                    "scope": scope,
                    "scope_region_id": _scope_region(scope),
                    "subject_id": subject,
                    "note": row["note"] or None,
                }
            )
            self.cite(
                "statistic",
                row["id"],
                "src-statistics",
                f"statistics.csv row {row['id']}",
                self.config["default_statistic_credibility"],
            )
            if row["source_url"] or "seed brief" not in row["source_title"].lower():
                page = self.page_source(row["source_title"], row["source_url"])
                self.cite(
                    "statistic",
                    row["id"],
                    page,
                    row["source_url"] or row["source_title"],
                    self.config["default_statistic_credibility"],
                )
            else:
                self.cite("statistic", row["id"], BRIEF_ID, "para. 8", 4)

    def check(self) -> None:
        for r in self.regions.values():
            self.require(r["parent_id"], f"region {r['entity_id']} parent")
        for c in self.citations:
            self.require(c["source_id"], "citation source")
        ids = {r["id"] for r in self.relations}
        for c in self.citations:
            if c["subject_type"] == "entity":
                self.require(c["subject_id"], "citation subject")
            elif c["subject_type"] == "relation" and c["subject_id"] not in ids:
                raise BuildError(f"citation of unknown relation {c['subject_id']}")
        cited = {c["subject_id"] for c in self.citations if c["subject_type"] == "alias"}
        for a in self.aliases:
            self.require(a["entity_id"], "alias")
            if str(a["id"]) not in cited:
                raise BuildError(f"alias {a['alias']!r} of {a['entity_id']} has no citation")

    def weights(self) -> None:
        """How central an entity is: ties in search ranking go to the busier one."""
        counts: dict[str, int] = {}
        for r in self.relations:
            for k in (r["source_id"], r["target_id"]):
                counts[k] = counts.get(k, 0) + 3
        for _event, a, _role in self.event_actors:
            counts[a] = counts.get(a, 0) + 1
        for c in self.citations:
            if c["subject_type"] == "entity":
                counts[c["subject_id"]] = counts.get(c["subject_id"], 0) + 1
        for eid, ent in self.entities.items():
            ent["weight"] = counts.get(eid, 0)


def _date(text: str | None, precision: str | None, where: str) -> dates.FuzzyDate:
    """A source date, or a build error naming the file and row of an impossible one."""
    try:
        return dates.parse(text, precision)
    except ValueError as exc:
        raise BuildError(f"{where}: {exc}") from None


def _period_bounds(period: str) -> tuple[str | None, str | None]:
    if not period:
        return None, None
    first, _, last = period.partition("/")
    start = _date(first, None, f"period {period!r}").start
    end = _date(last or first, None, f"period {period!r}").end
    return start, end


STOCK_UNITS = {"fighters", "people", "members", "provinces"}
STATISTIC_KINDS = ("point", "period", "cumulative", "rate", "change")


def statistic_kind(unit: str | None, value_text: str, start: str | None, end: str | None) -> str:
    """What a published figure is, so it is drawn and labelled as such (issue 14):

    - ``change``: a trend or a percentage change, not a count;
    - ``rate``: a count for each year of its span ("more than a dozen ... each year");
    - ``point``: an estimate at a moment (fighters, people) or a count on a single day;
    - ``cumulative``: a count over a span longer than a year ("306 attacks 2021-2024");
    - ``period``: a count over its period, a year or less."""
    unit_l = (unit or "").lower()
    if "percent" in unit_l or not unit_l:
        return "change"
    if "per year" in unit_l or "each year" in value_text.lower():
        return "rate"
    if unit_l in STOCK_UNITS or (start is not None and start == end):
        return "point"
    if (
        start
        and end
        and dt.date.fromisoformat(end) - dt.date.fromisoformat(start) > dt.timedelta(days=366)
    ):
        return "cumulative"
    return "period"


def _scope_region(scope: str | None) -> str | None:
    if not scope:
        return None
    low = scope.lower()
    if low.startswith("afghanistan and pakistan") or low.startswith("global"):
        return None
    if low.startswith("afghanistan"):
        return "country-afg"
    if low.startswith("pakistan"):
        return "country-pak"
    return None


VOLATILE_META = ("build_time",)  # differs between two builds of the same sources


@dataclass(frozen=True)
class BuildResult:
    counts: dict[str, int]  # rows per table
    written: bool  # False: ``out`` already held exactly this data and was left as it was


def table_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows (the full-text index's own tables too), sorted, without the
    volatile meta keys: what two builds of the same sources share."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT IN ('search_fts', 'names_trigram') "
                "ORDER BY name"
            )
        ]
        out: dict[str, list[tuple[object, ...]]] = {}
        for name in names:
            rows = conn.execute(f'SELECT * FROM "{name}"').fetchall()
            if name == "meta":
                rows = [r for r in rows if r[0] not in VOLATILE_META]
            out[name] = sorted(rows, key=repr)
        out["(schema)"] = sorted(conn.execute("SELECT type, name, sql FROM sqlite_master"))
        return out
    finally:
        conn.close()


def _same_data(a: Path, b: Path) -> bool:
    try:
        return table_rows(a) == table_rows(b)
    except sqlite3.Error:
        return False  # the old file is damaged or not a database: replace it


def build(sources: Path, resources: Path, out: Path, build_time: str | None = None) -> BuildResult:
    """Build the reference database at ``out`` (unless it already holds the same data)."""
    b = _Builder(sources, resources)
    brief = yaml.safe_load((sources / "brief.yaml").read_text(encoding="utf-8"))
    meta_cfg = yaml.safe_load((sources / "meta.yaml").read_text(encoding="utf-8"))
    b.load_brief_text()
    b.load_datasets(brief)
    b.load_regions()
    b.load_brief(brief)
    b.load_incidents()
    b.load_statistics()
    b.check()
    b.weights()

    tmp = out.with_name(out.name + ".tmp")
    if tmp.exists():
        tmp.unlink()
    conn = sqlite3.connect(tmp)
    db = sqlite_utils.Database(conn)
    conn.executescript(REFERENCE_SCHEMA)
    now = build_time or dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    meta = {
        "schema_version": str(SCHEMA_VERSION),
        "data_version": str(meta_cfg["data_version"]),
        "as_of": str(meta_cfg["as_of"]),
        "as_of_note": meta_cfg.get("as_of_note", ""),
        "build_time": now,
        "synthetic": "0",
        "attributions": json.dumps(
            [b.sources_rows[BRIEF_ID]["attribution"], *b.attributions], ensure_ascii=False
        ),
        "coverage_caveat": " ".join(str(meta_cfg["coverage_caveat"]).split()),
        "grading": " ".join(str(meta_cfg["grading"]).split()),
    }
    with db.conn:
        db.table("meta").insert_all({"key": k, "value": v} for k, v in sorted(meta.items()))
        ordered = sorted(b.entities.values(), key=lambda e: (KIND_ORDER[e["kind"]], e["id"]))
        db.table("entities").insert_all(ordered)
        db.table("actors").insert_all(sorted(b.actors, key=lambda r: r["entity_id"]))
        db.table("regions").insert_all(sorted(b.regions.values(), key=lambda r: r["entity_id"]))
        db.table("region_members").insert_all(
            {"region_id": r, "member_id": m} for r, m in sorted(b.region_members)
        )
        db.table("events").insert_all(sorted(b.events, key=lambda r: r["entity_id"]))
        db.table("event_actors").insert_all(
            {"event_id": e, "actor_id": a, "role": r} for e, a, r in sorted(b.event_actors)
        )
        db.table("event_regions").insert_all(
            {"event_id": e, "region_id": r} for e, r in sorted(b.event_regions)
        )
        db.table("aliases").insert_all(b.aliases)
        db.table("relations").insert_all(b.relations)
        source_rows = sorted(b.sources_rows.values(), key=lambda r: r["entity_id"])
        db.table("sources").insert_all(source_rows)
        db.table("citations").insert_all(b.citations)
        db.table("facts").insert_all(b.facts)
        db.table("statistics").insert_all(sorted(b.statistics, key=lambda r: r["id"]))
        db.table("judgements").insert_all(b.judgements)
        db.table("paragraphs").insert_all(b.paragraphs)
        db.table("vague_mentions").insert_all(b.vague)
        _index(db, b)
    conn.executescript(DERIVE)
    conn.execute("ANALYZE")
    conn.execute("VACUUM")
    conn.close()
    written = not (out.exists() and _same_data(out, tmp))
    if written:
        os.replace(tmp, out)
    else:
        tmp.unlink()
    counts = {
        "entities": len(b.entities),
        "aliases": len(b.aliases),
        "relations": len(b.relations),
        "events": len(b.events),
        "citations": len(b.citations),
        "statistics": len(b.statistics),
        "judgements": len(b.judgements),
    }
    return BuildResult(counts, written)


def _index(db: sqlite_utils.Database, b: _Builder) -> None:
    """Fill the names table and the full-text index from what was just inserted."""
    aliases_by_entity: dict[str, list[str]] = {}
    for a in b.aliases:
        aliases_by_entity.setdefault(a["entity_id"], []).append(a["alias"])
    names: list[dict[str, Any]] = []
    places = {e["entity_id"]: e["place"] for e in b.events if e["place"]}
    fts_rows = []
    for rowid, ent_id, kind in db.execute("SELECT rowid, id, kind FROM entities ORDER BY rowid"):
        ent = b.entities[ent_id]
        all_names = [ent["name"], *aliases_by_entity.get(ent_id, [])]
        for i, n in enumerate(all_names):
            if normalize(n):
                names.append(
                    {
                        "entity_id": ent_id,
                        "name": n,
                        "is_alias": int(i > 0),
                        "norm": normalize(n),
                        "compact": compact(n),
                    }
                )
        fts_rows.append(
            (
                rowid,
                f"kind_{kind}",
                " ".join(normalize(n) for n in all_names),
                normalize(ent["summary"] or ""),
                normalize(places.get(ent_id, "")),
            )
        )
    db.table("names").insert_all(names)
    db.conn.executemany(
        "INSERT INTO search_fts (rowid, kind, names, summary, place) VALUES (?, ?, ?, ?, ?)",
        fts_rows,
    )
