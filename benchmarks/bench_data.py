"""Benchmark of the data layer (khorasan_desktop.data) on a synthetic, reference-shaped database.

Usage::

    .venv/bin/python benchmarks/bench_data.py [--events N] [--actors N] [--relations N]
                                              [--out DIR] [--repeat N] [--seed N]
                                              [--json FILE] [--regenerate]

Step 1 generates (or reuses) ``<out>/synthetic.sqlite``: the real schema
(``REFERENCE_SCHEMA``), filled deterministically from a seeded random generator, with the
``names`` table and the ``search_fts`` rows produced exactly as ``build._index`` produces
them (``normalize``/``compact`` of names, aliases, summaries and places). The database is
marked ``synthetic = '1'`` in ``meta``; the generation parameters are stored in ``meta``
(``synthetic_params``) and the file is reused when they match.

Step 2 times each public operation (``Reference.search``, ``Reference.counts``,
``Reference.entity``) and, in the same run on the same connection, the raw SQLite query it
wraps; it prints median / p95 and the wrapper/raw ratio, and checks the targets.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import math
import os
import platform
import random
import sqlite3
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from khorasan_desktop.core import dates  # noqa: E402
from khorasan_desktop.core.normalize import compact, normalize, tokens  # noqa: E402
from khorasan_desktop.data import search as search_mod  # noqa: E402
from khorasan_desktop.data.connection import SCHEMA_VERSION  # noqa: E402
from khorasan_desktop.data.reference import (  # noqa: E402
    _FITS,
    _PERIOD_SQL,
    CountFilter,
    Reference,
)
from khorasan_desktop.data.schema import REFERENCE_SCHEMA  # noqa: E402

GENERATOR_VERSION = 1
BUSY_ACTOR = "actor-iskp"
BUSY_EVENT_SHARE = 0.30  # share of all events linked to the busy actor
BUSY_RELATION_SHARE = 0.10  # share of all relations touching the busy actor
N_COUNTRIES = 20
N_PROVINCES = 580  # ~600 regions in all
N_SOURCES = 200
CHUNK = 50_000

# Queries used by the benchmark (see README.md).
EXACT_ALIAS = "ISKP"
BROAD_PREFIX = "1"  # every event named "1 Jan ...", "1x ..." : hundreds of thousands of names
TEXT_WORD = "civilians"  # in summaries (target), never the first word of a name
SEARCH_TARGET_MS = 16.0
SEARCH_TARGET_RATIO = 1.5
COUNTS_TARGET_MS = 50.0

COUNTRIES = [
    ("AFG", "Afghanistan"), ("PAK", "Pakistan"), ("IRN", "Iran"), ("TJK", "Tajikistan"),
    ("UZB", "Uzbekistan"), ("TKM", "Turkmenistan"), ("KGZ", "Kyrgyzstan"),
    ("KAZ", "Kazakhstan"), ("IND", "India"), ("CHN", "China"), ("RUS", "Russia"),
    ("TUR", "Turkey"), ("IRQ", "Iraq"), ("SYR", "Syria"), ("BGD", "Bangladesh"),
    ("AZE", "Azerbaijan"), ("OMN", "Oman"), ("ARE", "United Arab Emirates"),
    ("QAT", "Qatar"), ("SAU", "Saudi Arabia"),
]
SYLLABLES = ["na", "kan", "dar", "bad", "gar", "han", "zar", "mir", "pur", "sha", "ba", "lo",
             "chi", "ta", "khu", "ra", "sa", "fa", "ri", "ku", "nar", "gha", "zi", "do", "ja",
             "la", "mo", "ra", "he", "ka", "pa", "ya", "ge", "wa", "qa", "bu"]
ATTACK_TYPES = ["suicide bombing", "armed assault", "bombing", "IED attack", "assassination",
                "rocket attack", "kidnapping", "grenade attack"]
TARGETS = ["civilians", "police", "military", "government officials", "religious figures",
           "civilians - Shia/Hazara", "journalists", "foreign nationals", "checkpoint",
           "school", "market", "mosque"]
ATTRIBUTION_PHRASES = {
    "claimed": "claimed by",
    "attributed": "attributed to",
    "disputed": "responsibility contested; also claimed by",
}
ACTOR_HEADS = ["Jamaat", "Lashkar", "Tehrik", "Harakat", "Jaish", "Ansar", "Hizb", "Katibat",
               "Jabhat", "Majlis", "Tanzim", "Ittehad"]
ACTOR_TAILS = ["Front", "Brigade", "Movement", "Network", "Battalion", "Group", "Council",
               "Army", "Organisation", "Mujahideen"]
ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويیکةأإآ"
RELATION_TYPES = ["affiliate_of", "rival_of", "split_from", "allied_with", "merged_into",
                  "successor_of", "operates_in", "supported_by"]


# ---------------------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------------------
def _word(rng: random.Random, lo: int = 2, hi: int = 3) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(lo, hi)))


def _arabic(rng: random.Random) -> str:
    return " ".join("".join(rng.choice(ARABIC_LETTERS) for _ in range(rng.randint(3, 6)))
                    for _ in range(rng.randint(2, 3)))


def _zipf_cum(n: int, s: float) -> list[float]:
    return list(itertools.accumulate(1.0 / (i + 1) ** s for i in range(n)))


def _unique(rng: random.Random, make: Callable[[], str], seen: set[str]) -> str:
    while True:
        v = make()
        if v not in seen:
            seen.add(v)
            return v


class _Gen:
    """Writes the synthetic database; mirrors build.build/_index for names and FTS rows."""

    def __init__(self, conn: sqlite3.Connection, events: int, actors: int, relations: int,
                 seed: int) -> None:
        self.conn = conn
        self.n_events = events
        self.n_actors = actors
        self.n_relations = relations
        self.rng = random.Random(seed)
        self.rowid = 0
        self.names_rows = 0

    # rows of one entity: entities + names + FTS, exactly like build._index
    def _entity(self, ent_id: str, kind: str, subtype: str | None, name: str,
                summary: str | None, weight: int, aliases: list[str],
                place: str | None = None) -> tuple[tuple[Any, ...], list[tuple[Any, ...]],
                                                   tuple[Any, ...]]:
        self.rowid += 1
        ent = (self.rowid, ent_id, kind, subtype, name, summary, 0, None, weight)
        all_names = [name, *aliases]
        names = []
        norms = []
        for i, n in enumerate(all_names):
            nn = normalize(n)
            norms.append(nn)
            if nn:
                names.append((ent_id, n, int(i > 0), nn, compact(n)))
        fts = (self.rowid, f"kind_{kind}", " ".join(norms), normalize(summary or ""),
               normalize(place or ""))
        return ent, names, fts

    def _flush(self, ents: list[tuple[Any, ...]], names: list[tuple[Any, ...]],
               fts: list[tuple[Any, ...]]) -> None:
        c = self.conn
        c.executemany("INSERT INTO entities (rowid, id, kind, subtype, name, summary, vague, "
                      "vague_note, weight) VALUES (?,?,?,?,?,?,?,?,?)", ents)
        c.executemany("INSERT INTO names (entity_id, name, is_alias, norm, compact) "
                      "VALUES (?,?,?,?,?)", names)
        c.executemany("INSERT INTO search_fts (rowid, kind, names, summary, place) "
                      "VALUES (?,?,?,?,?)", fts)
        self.names_rows += len(names)
        ents.clear()
        names.clear()
        fts.clear()

    def run(self, params: dict[str, Any]) -> None:
        rng = self.rng
        c = self.conn
        # ---- plan: actors, regions, sources -------------------------------------------
        actor_ids = [BUSY_ACTOR] + [f"actor-{i:05d}" for i in range(1, self.n_actors)]
        seen: set[str] = {"Islamic State Khorasan Province"}
        actor_names = ["Islamic State Khorasan Province"]
        for _ in range(1, self.n_actors):
            actor_names.append(_unique(rng, lambda: " ".join([
                rng.choice(ACTOR_HEADS), *(["e-" + _word(rng).capitalize()]
                                           if rng.random() < 0.5 else []),
                _word(rng).capitalize(), rng.choice(ACTOR_TAILS)]), seen))
        actor_aliases: list[list[tuple[str, str, str | None, str]]] = [[
            ("ISKP", "Latn", "en", "acronym"), ("IS-K", "Latn", "en", "acronym"),
            ("ISIS-K", "Latn", "en", "acronym"), ("ISIL-KP", "Latn", "en", "acronym"),
            ("Wilayat Khurasan", "Latn", "ar", "transliteration"),
            ("ولایت خراسان", "Arab", "fa", "native"), ("داعش خراسان", "Arab", "ar", "native"),
        ]]
        for name in actor_names[1:]:
            al: list[tuple[str, str, str | None, str]] = []
            if rng.random() < 0.6:
                initials = "".join(w[0] for w in name.replace("e-", "").split()).upper()
                al.append((initials, "Latn", None, "acronym"))
                if rng.random() < 0.3:
                    al.append(("-".join([initials[:2], initials[2:]]), "Latn", None, "acronym"))
            if rng.random() < 0.3:
                al.append((_arabic(rng), "Arab", rng.choice(["ar", "fa", "ps"]), "native"))
            if rng.random() < 0.2:
                al.append((_word(rng).capitalize() + " " + rng.choice(ACTOR_TAILS), "Latn",
                           None, "former name"))
            actor_aliases.append(al)

        countries = [(f"country-{iso.lower()}", iso, name) for iso, name in COUNTRIES]
        provinces: list[tuple[str, str, str, str]] = []  # id, name, country id, country name
        seen = set()
        for i in range(N_PROVINCES):
            cid, iso, cname = countries[i % N_COUNTRIES]
            pname = _unique(rng, lambda: _word(rng, 2, 3).capitalize()
                            + rng.choice(["", "", "abad", "stan", " Province"]), seen)
            provinces.append((f"prov-{iso.lower()}-{compact(pname)}", pname, cid, cname))
        cities = {p[0]: [_word(rng, 2, 3).capitalize() for _ in range(rng.randint(2, 6))]
                  for p in provinces}
        source_ids = [f"src-synth-{i:04d}" for i in range(N_SOURCES)]
        vocab = [_word(rng, 3, 4) for _ in range(5000)]

        # ---- relations (planned first: weights need them) -------------------------------
        weight: Counter[str] = Counter()
        relations = []
        actor_cum = _zipf_cum(self.n_actors - 1, 1.0)
        others = actor_ids[1:]
        region_ids = [x[0] for x in countries] + [p[0] for p in provinces]
        for i in range(self.n_relations):
            rtype = rng.choice(RELATION_TYPES)
            if rng.random() < BUSY_RELATION_SHARE:
                a, b = BUSY_ACTOR, rng.choices(others, cum_weights=actor_cum)[0]
                if rtype != "operates_in" and rng.random() < 0.5:
                    a, b = b, a
            else:
                a = rng.choices(others, cum_weights=actor_cum)[0]
                b = rng.choices(others, cum_weights=actor_cum)[0]
            if rtype == "operates_in":
                b = rng.choice(region_ids)
            start = str(rng.randint(1990, 2024)) if rng.random() < 0.7 else None
            end = str(rng.randint(int(start), 2025)) if start and rng.random() < 0.3 else None
            relations.append((f"rel-{i:06d}", a, b, rtype, start, end,
                              f"{rtype.replace('_', ' ')} relation recorded by synthetic "
                              f"source {rng.randrange(N_SOURCES)}", 0))
            weight[a] += 3
            weight[b] += 3

        # ---- events plan: actor per event (skewed), province per event (skewed) ---------
        n = self.n_events
        ev_rng = random.Random(rng.random())
        busy_n = int(n * BUSY_EVENT_SHARE)
        ev_actor = [BUSY_ACTOR] * busy_n + ev_rng.choices(others, cum_weights=actor_cum,
                                                          k=n - busy_n)
        ev_rng.shuffle(ev_actor)
        for a, k in Counter(ev_actor).items():
            weight[a] += k
        prov_order = provinces[:]
        ev_rng.shuffle(prov_order)
        ev_prov = ev_rng.choices(prov_order, cum_weights=_zipf_cum(len(prov_order), 0.8), k=n)

        # ---- citations -------------------------------------------------------------------
        citations: list[tuple[Any, ...]] = []

        def cite(stype: str, sid: str, k: int) -> None:
            for _ in range(k):
                citations.append((stype, sid, rng.choice(source_ids),
                                  f"p. {rng.randint(1, 300)}", rng.randint(1, 6), None))
                if stype == "entity":
                    weight[sid] += 1

        top_actors = [a for a, _ in weight.most_common() if a.startswith("actor-")][:50]
        for a in top_actors:
            cite("entity", a, 5 if a == BUSY_ACTOR else 3)
        for p, _ in Counter(p[0] for p in ev_prov).most_common(20):
            cite("entity", p, 2)
        for r in relations:
            cite("relation", r[0], 1)

        # ---- write ------------------------------------------------------------------------
        c.execute("BEGIN")
        meta = {
            "schema_version": str(SCHEMA_VERSION), "data_version": "synthetic",
            "as_of": "2025-12-31", "as_of_note": "synthetic data for benchmarks",
            "build_time": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "synthetic": "1", "attributions": "[]",
            "coverage_caveat": "SYNTHETIC benchmark data: random names, places and events; "
                               "not a record of anything.",
            "grading": "synthetic", "synthetic_params": json.dumps(params, sort_keys=True),
        }
        c.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", sorted(meta.items()))
        ents: list[tuple[Any, ...]] = []
        names: list[tuple[Any, ...]] = []
        fts: list[tuple[Any, ...]] = []
        aliases: list[tuple[Any, ...]] = []

        def add(*args: Any, **kw: Any) -> None:
            e, nm, f = self._entity(*args, **kw)
            ents.append(e)
            names.extend(nm)
            fts.append(f)

        # actors (KIND_ORDER: actors, regions, events, sources; by id within a kind)
        order = sorted(range(self.n_actors), key=lambda i: actor_ids[i])
        actor_rows = []
        for i in order:
            aid = actor_ids[i]
            summary = (f"{actor_names[i]} is a synthetic armed group active since "
                       f"{rng.randint(1980, 2022)} ({rng.choice(vocab)} {rng.choice(vocab)}).")
            add(aid, "actor", "militant group", actor_names[i], summary, weight[aid],
                [a[0] for a in actor_aliases[i]])
            for al in actor_aliases[i]:
                aliases.append((aid, *al))
            actor_rows.append((aid, "militant group", str(rng.randint(1980, 2022)),
                               None, None))
        c.executemany("INSERT INTO actors (entity_id, type, founded, strength, ucdp_actor_id) "
                      "VALUES (?,?,?,?,?)", actor_rows)
        # regions
        region_rows = []
        for rid, iso, cname in countries:
            region_rows.append((rid, "country", None, iso, f"admin0:{iso}", cname, None, None))
        for pid, pname, cid, _ in provinces:
            region_rows.append((pid, "province", cid, None, f"admin1:{pid}", pname,
                                round(rng.uniform(25, 45), 3), round(rng.uniform(45, 90), 3)))
        region_rows.sort()
        for r in region_rows:
            kind_name = r[5]
            al = [_arabic(rng)] if rng.random() < 0.2 else []
            add(r[0], "region", r[1], kind_name, None, weight[r[0]], al)
            for a in al:
                aliases.append((r[0], a, "Arab", "fa", "native"))
        c.executemany("INSERT INTO regions (entity_id, type, parent_id, iso_code, geometry_key, "
                      "ne_name, latitude, longitude) VALUES (?,?,?,?,?,?,?,?)", region_rows)
        self._flush(ents, names, fts)

        # events, in chunks (ids are zero-padded so index order == id order)
        start_day = dt.date(2014, 1, 1).toordinal()
        span = dt.date(2025, 12, 31).toordinal() - start_day
        ev_rows: list[tuple[Any, ...]] = []
        ea_rows: list[tuple[Any, ...]] = []
        er_rows: list[tuple[Any, ...]] = []
        for i in range(n):
            eid = f"evt-{i:07d}"
            day = dt.date.fromordinal(start_day + ev_rng.randrange(span + 1))
            r = ev_rng.random()
            if r < 0.90:
                fd = dates.parse(day.isoformat(), "day")
            elif r < 0.97:
                fd = dates.parse(day.isoformat()[:7], "month")
            else:
                fd = dates.parse(day.isoformat()[:4], "year")
            pid, pname, cid, cname = ev_prov[i]
            city = ev_rng.choice(cities[pid])
            place = f"{city}, {pname}, {cname}"
            atype = ev_rng.choice(ATTACK_TYPES)
            target = ev_rng.choice(TARGETS)
            ra = ev_rng.random()
            attribution = "claimed" if ra < 0.40 else "attributed" if ra < 0.85 else "disputed"
            actor = ev_actor[i]
            deaths = int(ev_rng.expovariate(0.15))
            inj = int(ev_rng.expovariate(0.08))
            name = f"{dates.display(fd.start, fd.precision)}: {atype} in {city}"
            summary = (f"{atype.capitalize()} against {target} in {city} ({deaths} killed, "
                       f"{inj} injured); {ATTRIBUTION_PHRASES[attribution]} "
                       f"{actor_names[0] if actor == BUSY_ACTOR else 'a local group'}. "
                       f"{ev_rng.choice(vocab)} {ev_rng.choice(vocab)} {ev_rng.choice(vocab)}.")
            add(eid, "event", "attack", name, summary, 0, [], place=place)
            ev_rows.append((eid, "attack", 1, fd.text, fd.start, fd.end, fd.precision, cid, pid,
                            place, round(ev_rng.uniform(25, 45), 4),
                            round(ev_rng.uniform(45, 90), 4), "city", deaths, deaths, deaths,
                            inj, atype, target, attribution,
                            "ISKP" if actor == BUSY_ACTOR else None, None))
            ea_rows.append((eid, actor, attribution))
            er_rows.append((eid, pid))
            if len(ev_rows) >= CHUNK or i == n - 1:
                c.executemany(
                    "INSERT INTO events (entity_id, type, is_incident, date_text, date_start, "
                    "date_end, date_precision, country_id, province_id, place, latitude, "
                    "longitude, coord_precision, deaths_low, deaths_best, deaths_high, injuries, "
                    "attack_type, target, attribution, perpetrator_text, original) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", ev_rows)
                c.executemany("INSERT INTO event_actors (event_id, actor_id, role) "
                              "VALUES (?,?,?)", ea_rows)
                c.executemany("INSERT INTO event_regions (event_id, region_id) VALUES (?,?)",
                              er_rows)
                self._flush(ents, names, fts)
                ev_rows.clear()
                ea_rows.clear()
                er_rows.clear()
                print(f"  events {i + 1:>9,} / {n:,}", end="\r", flush=True)
        print()

        # sources
        src_rows = []
        for sid in source_ids:
            title = f"Synthetic {rng.choice(['report', 'dataset', 'article'])} {sid[-4:]}"
            add(sid, "source", "page", title, None, weight[sid], [])
            src_rows.append((sid, "page", title, None, "Synthetic Press", "2024", None, None,
                             rng.choice("ABCDEF"), "synthetic grade", None))
        c.executemany("INSERT INTO sources VALUES (?,?,?,?,?,?,?,?,?,?,?)", src_rows)
        self._flush(ents, names, fts)

        c.executemany("INSERT INTO aliases (entity_id, alias, script, language, kind) "
                      "VALUES (?,?,?,?,?)", aliases)
        c.executemany("INSERT INTO relations (id, source_id, target_id, type, start, \"end\", "
                      "summary, vague) VALUES (?,?,?,?,?,?,?,?)", relations)
        c.executemany("INSERT INTO citations (subject_type, subject_id, source_id, locator, "
                      "credibility, note) VALUES (?,?,?,?,?,?)", citations)
        c.executemany("INSERT INTO facts (id, entity_id, statement, value_text) VALUES "
                      "(?,?,?,?)", [(f"fact-synth-{i:02d}", BUSY_ACTOR,
                                     f"Synthetic fact {i}", None) for i in range(20)])
        c.executemany("INSERT INTO judgements (id, subject_id, statement, likelihood, horizon) "
                      "VALUES (?,?,?,?,?)", [(f"jdg-synth-{i}", BUSY_ACTOR,
                                              f"Synthetic judgement {i}", "likely", "2026")
                                             for i in range(5)])
        c.execute("COMMIT")


def generate(path: Path, events: int, actors: int, relations: int, seed: int,
             vacuum: bool = True) -> None:
    params = {"events": events, "actors": actors, "relations": relations, "seed": seed,
              "generator_version": GENERATOR_VERSION}
    if path.exists():
        try:
            con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            stored = dict(con.execute("SELECT key, value FROM meta").fetchall())
            con.close()
            if stored.get("synthetic_params") == json.dumps(params, sort_keys=True):
                print(f"Reusing {path} ({params})")
                return
        except sqlite3.DatabaseError:
            pass
        print(f"{path} has other parameters: regenerating")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    for p in (tmp, Path(str(tmp) + "-journal")):
        if p.exists():
            p.unlink()
    t0 = time.perf_counter()
    print(f"Generating {path} ({params}) ...")
    conn = sqlite3.connect(tmp, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -2000000")  # 2 GB: the random-order indexes stay cached
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.executescript(REFERENCE_SCHEMA)
    _Gen(conn, events, actors, relations, seed).run(params)
    t1 = time.perf_counter()
    print(f"  rows written in {t1 - t0:.0f} s; ANALYZE ...")
    conn.execute("ANALYZE")
    if vacuum:  # build.build does ANALYZE then VACUUM: same page layout as a real build
        print("  VACUUM ...")
        conn.execute("VACUUM")
    conn.close()
    os.replace(tmp, path)
    print(f"  done in {time.perf_counter() - t0:.0f} s, "
          f"{path.stat().st_size / 1e6:.0f} MB")


# ---------------------------------------------------------------------------------------
# measurement
# ---------------------------------------------------------------------------------------
def _p95(xs: list[float]) -> float:
    s = sorted(xs)
    return s[max(0, math.ceil(0.95 * len(s)) - 1)]


def measure(fn: Callable[[], object], repeat: int, warmup: int = 3) -> dict[str, float]:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000.0)
    return {"median_ms": statistics.median(times), "p95_ms": _p95(times),
            "min_ms": min(times), "max_ms": max(times), "n": repeat}


def _counts_sql(by: str, join: str, where: str) -> str:
    fits = ",".join(f"'{p}'" for p in _FITS[by])
    return (f"SELECT CASE WHEN v.date_precision IN ({fits}) THEN {_PERIOD_SQL[by]} END AS p, "
            f"count(*) FROM events v {join} WHERE v.is_incident = 1 {where} "
            f"GROUP BY p ORDER BY p")


def _plan(conn: sqlite3.Connection, sql: str, params: Any) -> list[str]:
    return [r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql, params)]


def raw_pipeline(conn: sqlite3.Connection, text: str, limit: int = 20) -> None:
    """The SQL statements search.search issues for ``text`` (same tiers, same bounds),
    fetched, with none of its Python post-processing: isolates SQL cost from Python cost."""
    words = tokens(text)
    norm, comp = " ".join(words), "".join(words)
    p = {"norm": norm, "comp": comp, "hi": search_mod._bump(norm),
         "chi": search_mod._bump(comp)}
    base = ("SELECT e.id, e.kind, e.subtype, e.name, e.weight, n.name, n.is_alias "
            "FROM names n JOIN entities e ON e.id = n.entity_id ")
    ids = {r[0] for r in conn.execute(
        base + "WHERE (n.norm = :norm OR n.compact = :comp) LIMIT 200", p).fetchall()}
    k = search_mod.PREFIX_CANDIDATES
    ids |= {r[0] for r in conn.execute(
        f"SELECT * FROM ({base} WHERE n.norm >= :norm AND n.norm < :hi LIMIT {k}) "
        f"UNION ALL SELECT * FROM ({base} WHERE n.compact >= :comp AND n.compact < :chi "
        f"LIMIT {k})", p).fetchall()}
    if len(ids) >= limit:
        return
    rows = conn.execute(
        "SELECT f.rowid, bm25(search_fts, 0.0, 10.0, 2.0, 4.0) FROM search_fts f WHERE "
        f"search_fts MATCH ? LIMIT {search_mod.TEXT_CANDIDATES}",
        [search_mod._fts_expression(words, None)]).fetchall()
    if rows:
        q = ",".join("?" * len(rows))
        rid = [r[0] for r in rows]
        conn.execute(f"SELECT rowid, id, kind, subtype, name, summary, weight FROM entities "
                     f"WHERE rowid IN ({q})", rid).fetchall()
        conn.execute(f"SELECT e.id, v.place FROM events v JOIN entities e ON "
                     f"e.id = v.entity_id WHERE e.rowid IN ({q})", rid).fetchall()


def run_bench(path: Path, repeat: int) -> dict[str, Any]:
    ref = Reference(path)
    conn = ref.db.conn
    assert ref.meta.get("synthetic") == "1"
    res: dict[str, Any] = {"operations": [], "plans": {}, "facts": {}}
    facts = res["facts"]

    def one(name: str, group: str, wrapper: Callable[[], object] | None,
            raw: Callable[[], object] | None, reps: int = repeat,
            note: str = "") -> dict[str, Any]:
        row: dict[str, Any] = {"operation": name, "group": group, "note": note}
        if wrapper is not None:
            row["wrapper"] = measure(wrapper, reps)
        if raw is not None:
            row["raw"] = measure(raw, reps)
        if wrapper is not None and raw is not None:
            row["ratio"] = row["wrapper"]["median_ms"] / max(row["raw"]["median_ms"], 1e-6)
        p95 = (row.get("wrapper") or row["raw"])["p95_ms"]
        if group == "search":
            ok = p95 <= SEARCH_TARGET_MS and row.get("ratio", 0) <= SEARCH_TARGET_RATIO
            row["status"] = "PASS" if ok else "MISS"
        elif group == "counts":
            row["status"] = "PASS" if p95 <= COUNTS_TARGET_MS else "MISS"
        else:
            row["status"] = "info"
        res["operations"].append(row)
        w = row.get("wrapper", {})
        print(f"  {name:<58} {w.get('median_ms', float('nan')):8.2f} ms  raw "
              f"{row.get('raw', {}).get('median_ms', float('nan')):8.2f} ms  {row['status']}",
              flush=True)
        return row

    # -- exact alias ---------------------------------------------------------------------
    q = EXACT_ALIAS
    norm, comp = normalize(q), compact(q)
    hits = ref.search(q).hits
    facts["exact_alias_top_hit"] = f"{hits[0].id} ({hits[0].matched})" if hits else None
    sql = "SELECT entity_id, name, is_alias FROM names WHERE norm = ? OR compact = ? LIMIT 200"
    res["plans"]["exact"] = _plan(conn, sql, [norm, comp])
    one(f"search exact alias {q!r}", "search", lambda: ref.search(q),
        lambda: conn.execute(sql, [norm, comp]).fetchall())
    one("  diag: raw pipeline (the wrapper's SQL, all tiers, no Python)", "diag", None,
        lambda: raw_pipeline(conn, q))

    # -- broad prefix ----------------------------------------------------------------------
    p = BROAD_PREFIX
    pn = normalize(p)
    hi = search_mod._bump(pn)
    facts["broad_prefix_matching_names"] = conn.execute(
        "SELECT count(*) FROM names WHERE norm >= ? AND norm < ?", [pn, hi]).fetchone()[0]
    sqlp = ("SELECT entity_id, name, is_alias FROM names WHERE norm >= ? AND norm < ? "
            f"LIMIT {search_mod.PREFIX_CANDIDATES}")
    res["plans"]["prefix"] = _plan(conn, sqlp, [pn, hi])
    one(f"search broad prefix {p!r} ({facts['broad_prefix_matching_names']:,} names)",
        "search", lambda: ref.search(p), lambda: conn.execute(sqlp, [pn, hi]).fetchall())
    one("  diag: raw pipeline (the wrapper's SQL, all tiers, no Python)", "diag", None,
        lambda: raw_pipeline(conn, p))

    # -- full text -------------------------------------------------------------------------
    w = TEXT_WORD
    words = tokens(w)
    expr = search_mod._fts_expression(words, None)
    expr_exact = expr.replace('"*', '"')
    facts["text_word_matching_docs"] = conn.execute(
        "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?", [expr_exact]).fetchone()[0]
    facts["text_word_exact_names"] = conn.execute(
        "SELECT count(*) FROM names WHERE norm = ? OR compact = ?",
        [normalize(w), compact(w)]).fetchone()[0]
    hits = ref.search(w).hits
    facts["text_first_page_tiers"] = sorted({h.tier for h in hits})
    sqlf = ("SELECT rowid, bm25(search_fts, 0.0, 10.0, 2.0, 4.0) FROM search_fts "
            f"WHERE search_fts MATCH ? LIMIT {search_mod.TEXT_CANDIDATES}")
    one(f"search full text {w!r} ({facts['text_word_matching_docs']:,} docs)", "search",
        lambda: ref.search(w), lambda: conn.execute(sqlf, [expr]).fetchall(),
        note=f"raw uses the wrapper's own expression {expr!r}")
    one("  diag: raw pipeline (the wrapper's SQL, all tiers, no Python)", "diag", None,
        lambda: raw_pipeline(conn, w))
    one("  diag: raw FTS LIMIT 400, same word without '*'", "diag", None,
        lambda: conn.execute(sqlf, [expr_exact]).fetchall())
    naive = "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT 20"
    one("  ref: naive FTS ORDER BY rank LIMIT 20 (what bounding avoids)", "ref", None,
        lambda: conn.execute(naive, [expr_exact]).fetchall(), reps=max(5, repeat // 5))

    # -- counts ----------------------------------------------------------------------------
    prov_counts = conn.execute(
        "SELECT province_id, count(*) FROM events GROUP BY province_id ORDER BY 2 DESC"
    ).fetchall()
    busy_prov, busy_prov_n = prov_counts[0]
    mid_prov, mid_prov_n = prov_counts[len(prov_counts) // 2]
    actor_n = conn.execute("SELECT count(*) FROM event_actors WHERE actor_id = ?",
                           [BUSY_ACTOR]).fetchone()[0]
    facts.update(busiest_province=[busy_prov, busy_prov_n], median_province=[mid_prov, mid_prov_n],
                 busy_actor_events=actor_n)
    cases = [
        (f"province {busy_prov} ({busy_prov_n:,} ev, busiest)", CountFilter(province_id=busy_prov),
         "", "AND v.province_id = ?", [busy_prov]),
        (f"province ({mid_prov_n:,} ev, median)", CountFilter(province_id=mid_prov),
         "", "AND v.province_id = ?", [mid_prov]),
        (f"actor {BUSY_ACTOR} ({actor_n:,} ev)", CountFilter(actor_id=BUSY_ACTOR),
         "JOIN event_actors ea ON ea.event_id = v.entity_id AND ea.actor_id = ?", "",
         [BUSY_ACTOR]),
    ]
    for label, flt, join, where, params in cases:
        for by in ("year", "month"):
            sqlc = _counts_sql(by, join, where)
            res["plans"][f"counts {label} {by}"] = _plan(conn, sqlc, params)
            one(f"counts by {by}, {label}", "counts",
                lambda flt=flt, by=by: ref.counts(flt, by),
                lambda sqlc=sqlc, params=params: conn.execute(sqlc, params).fetchall(),
                reps=max(5, repeat // 2) if "actor" in label else repeat)

    # -- entity show -----------------------------------------------------------------------
    n_rel = conn.execute("SELECT (SELECT count(*) FROM relations WHERE source_id = :a) + "
                         "(SELECT count(*) FROM relations WHERE target_id = :a)",
                         {"a": BUSY_ACTOR}).fetchone()[0]
    facts["busy_actor_relations"] = n_rel

    def raw_show() -> None:
        conn.execute("SELECT * FROM entities WHERE id = ?", [BUSY_ACTOR]).fetchall()
        conn.execute("SELECT r.*, t.kind, t.name FROM relations r JOIN entities t "
                     "ON t.id = r.target_id WHERE r.source_id = :a UNION ALL "
                     "SELECT r.*, s.kind, s.name FROM relations r JOIN entities s "
                     "ON s.id = r.source_id WHERE r.target_id = :a", {"a": BUSY_ACTOR}
                     ).fetchall()

    def raw_show_cit() -> None:
        raw_show()
        conn.execute("SELECT c.subject_id, c.source_id, s.title, c.locator FROM relations r "
                     "JOIN citations c ON c.subject_type = 'relation' AND c.subject_id = r.id "
                     "JOIN sources s ON s.entity_id = c.source_id "
                     "WHERE r.source_id = :a OR r.target_id = :a", {"a": BUSY_ACTOR}).fetchall()

    one(f"entity(show) {BUSY_ACTOR} ({n_rel:,} relations)", "show",
        lambda: ref.entity(BUSY_ACTOR), raw_show, reps=max(5, repeat // 5))
    one("  diag: raw row + relations + their citations in one query", "diag", None,
        raw_show_cit, reps=max(5, repeat // 5))
    ref.close()
    return res


def machine() -> dict[str, Any]:
    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "cpu_count": os.cpu_count(), "cpu": _cpu_model(), "platform": platform.platform(),
        "python": sys.version.split()[0], "sqlite": sqlite3.sqlite_version,
    }


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def print_table(res: dict[str, Any]) -> None:
    print()
    head = (f"{'operation':<64} {'median':>8} {'p95':>8} {'raw med':>8} {'raw p95':>8} "
            f"{'ratio':>6}  target")
    print(head)
    print("-" * len(head))
    for r in res["operations"]:
        w, raw = r.get("wrapper"), r.get("raw")
        f = lambda d, k: f"{d[k]:8.2f}" if d else f"{'-':>8}"  # noqa: E731
        ratio = f"{r['ratio']:6.2f}" if "ratio" in r else f"{'-':>6}"
        if r["group"] == "search":
            tgt = f"p95<={SEARCH_TARGET_MS:g}ms & <={SEARCH_TARGET_RATIO}x raw: {r['status']}"
        elif r["group"] == "counts":
            tgt = f"p95<={COUNTS_TARGET_MS:g}ms: {r['status']}"
        else:
            tgt = "(no target)"
        print(f"{r['operation']:<64} {f(w, 'median_ms')} {f(w, 'p95_ms')} "
              f"{f(raw, 'median_ms')} {f(raw, 'p95_ms')} {ratio}  {tgt}")
    print("\nAll times in ms (time.perf_counter). 'ratio' = wrapper median / raw median.")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--actors", type=int, default=10_000)
    ap.add_argument("--relations", type=int, default=100_000)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out")
    ap.add_argument("--repeat", type=int, default=50)
    ap.add_argument("--seed", type=int, default=20240501)
    ap.add_argument("--json", type=Path, help="write the figures to this JSON file")
    ap.add_argument("--regenerate", action="store_true", help="rebuild the database anyway")
    ap.add_argument("--no-vacuum", action="store_true", help="skip VACUUM after generation")
    a = ap.parse_args(argv)
    if a.actors < 2 or a.events < 1 or a.relations < 1:
        ap.error("need at least 2 actors, 1 event and 1 relation")
    path = a.out / "synthetic.sqlite"
    if a.regenerate and path.exists():
        path.unlink()
    t = time.perf_counter()
    generate(path, a.events, a.actors, a.relations, a.seed, vacuum=not a.no_vacuum)
    gen_s = time.perf_counter() - t
    info = machine()
    print(f"\nMachine: {info['cpu_count']} CPU ({info['cpu']}), {info['platform']}, "
          f"Python {info['python']}, SQLite {info['sqlite']}")
    print(f"Database: {path} ({path.stat().st_size / 1e6:.0f} MB); repeat={a.repeat}\n")
    res = run_bench(path, a.repeat)
    print_table(res)
    print("\nFacts:", json.dumps(res["facts"], ensure_ascii=False))
    print("\nQuery plans (raw queries):")
    for k, v in res["plans"].items():
        print(f"  {k}: {' | '.join(v)}")
    out = {"machine": info, "params": {"events": a.events, "actors": a.actors,
                                       "relations": a.relations, "seed": a.seed,
                                       "repeat": a.repeat},
           "generation_or_reuse_s": round(gen_s, 1), **res}
    if a.json:
        a.json.parent.mkdir(parents=True, exist_ok=True)
        a.json.write_text(json.dumps(out, indent=2, ensure_ascii=False), encoding="utf-8")
        print(f"\nFigures written to {a.json}")
    misses = [r["operation"] for r in res["operations"] if r["status"] == "MISS"]
    print(f"\n{len(misses)} target(s) missed" + (": " + "; ".join(misses) if misses else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
