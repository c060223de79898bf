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

After the rows are inserted it runs ``schema.DERIVE`` (``names.kind`` and the event
columns copied onto ``event_actors``), then ANALYZE and VACUUM, exactly as ``build.build``.

Step 2 times each public operation (``Reference.search``, ``Reference.counts``,
``Reference.entity``) and, in the same run on the same connection, the raw SQL it issues:
the same statements, in the same order, replayed without the wrapper's Python. That the
replay issues exactly the wrapper's statements is checked by tracing both
(``sqlite3`` trace callback, values bound); a row whose replay differs is flagged
``RAW≠SQL`` instead of PASS/MISS. It prints median / p95, the wrapper/raw ratio (for search
also a secondary ratio against the single statement that answers the query) and checks
the targets.

Step 3 ("GUI queries") times every repository call the GUI makes, whole (SQL and Python),
marked by the thread the app runs it on; GUI-thread calls have a p95 target of 50 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import itertools
import json
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

from timing import p95  # noqa: E402

from khorasan_desktop.core import dates  # noqa: E402
from khorasan_desktop.core.normalize import compact, normalize, tokens  # noqa: E402
from khorasan_desktop.data import layers  # noqa: E402
from khorasan_desktop.data import search as search_mod  # noqa: E402
from khorasan_desktop.data.connection import SCHEMA_VERSION  # noqa: E402
from khorasan_desktop.data.reference import CountFilter, Reference  # noqa: E402
from khorasan_desktop.data.schema import DERIVE, REFERENCE_SCHEMA  # noqa: E402

GENERATOR_VERSION = 3  # 2: DERIVE as build.py; 3: actor type "group" (the tree's actors/group)
BUSY_ACTOR = "actor-iskp"
NO_USER_DB = Path("/nonexistent/user.sqlite")  # bundled layer only: never opened
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
    ("AFG", "Afghanistan"),
    ("PAK", "Pakistan"),
    ("IRN", "Iran"),
    ("TJK", "Tajikistan"),
    ("UZB", "Uzbekistan"),
    ("TKM", "Turkmenistan"),
    ("KGZ", "Kyrgyzstan"),
    ("KAZ", "Kazakhstan"),
    ("IND", "India"),
    ("CHN", "China"),
    ("RUS", "Russia"),
    ("TUR", "Turkey"),
    ("IRQ", "Iraq"),
    ("SYR", "Syria"),
    ("BGD", "Bangladesh"),
    ("AZE", "Azerbaijan"),
    ("OMN", "Oman"),
    ("ARE", "United Arab Emirates"),
    ("QAT", "Qatar"),
    ("SAU", "Saudi Arabia"),
]
SYLLABLES = [
    "na",
    "kan",
    "dar",
    "bad",
    "gar",
    "han",
    "zar",
    "mir",
    "pur",
    "sha",
    "ba",
    "lo",
    "chi",
    "ta",
    "khu",
    "ra",
    "sa",
    "fa",
    "ri",
    "ku",
    "nar",
    "gha",
    "zi",
    "do",
    "ja",
    "la",
    "mo",
    "ra",
    "he",
    "ka",
    "pa",
    "ya",
    "ge",
    "wa",
    "qa",
    "bu",
]
ATTACK_TYPES = [
    "suicide bombing",
    "armed assault",
    "bombing",
    "IED attack",
    "assassination",
    "rocket attack",
    "kidnapping",
    "grenade attack",
]
TARGETS = [
    "civilians",
    "police",
    "military",
    "government officials",
    "religious figures",
    "civilians - Shia/Hazara",
    "journalists",
    "foreign nationals",
    "checkpoint",
    "school",
    "market",
    "mosque",
]
ATTRIBUTION_PHRASES = {
    "claimed": "claimed by",
    "attributed": "attributed to",
    "disputed": "responsibility contested; also claimed by",
}
ACTOR_HEADS = [
    "Jamaat",
    "Lashkar",
    "Tehrik",
    "Harakat",
    "Jaish",
    "Ansar",
    "Hizb",
    "Katibat",
    "Jabhat",
    "Majlis",
    "Tanzim",
    "Ittehad",
]
ACTOR_TAILS = [
    "Front",
    "Brigade",
    "Movement",
    "Network",
    "Battalion",
    "Group",
    "Council",
    "Army",
    "Organisation",
    "Mujahideen",
]
ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويیکةأإآ"
RELATION_TYPES = [
    "affiliate_of",
    "rival_of",
    "split_from",
    "allied_with",
    "merged_into",
    "successor_of",
    "operates_in",
    "supported_by",
]


# ---------------------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------------------
def _word(rng: random.Random, lo: int = 2, hi: int = 3) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(lo, hi)))


def _arabic(rng: random.Random) -> str:
    return " ".join(
        "".join(rng.choice(ARABIC_LETTERS) for _ in range(rng.randint(3, 6)))
        for _ in range(rng.randint(2, 3))
    )


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

    def __init__(
        self, conn: sqlite3.Connection, events: int, actors: int, relations: int, seed: int
    ) -> None:
        self.conn = conn
        self.n_events = events
        self.n_actors = actors
        self.n_relations = relations
        self.rng = random.Random(seed)
        self.rowid = 0
        self.names_rows = 0

    # rows of one entity: entities + names + FTS, exactly like build._index
    def _entity(
        self,
        ent_id: str,
        kind: str,
        subtype: str | None,
        name: str,
        summary: str | None,
        weight: int,
        aliases: list[str],
        place: str | None = None,
    ) -> tuple[tuple[Any, ...], list[tuple[Any, ...]], tuple[Any, ...]]:
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
        fts = (
            self.rowid,
            f"kind_{kind}",
            " ".join(norms),
            normalize(summary or ""),
            normalize(place or ""),
        )
        return ent, names, fts

    def _flush(
        self, ents: list[tuple[Any, ...]], names: list[tuple[Any, ...]], fts: list[tuple[Any, ...]]
    ) -> None:
        c = self.conn
        c.executemany(
            "INSERT INTO entities (rowid, id, kind, subtype, name, summary, vague, "
            "vague_note, weight) VALUES (?,?,?,?,?,?,?,?,?)",
            ents,
        )
        c.executemany(
            "INSERT INTO names (entity_id, name, is_alias, norm, compact) VALUES (?,?,?,?,?)", names
        )
        c.executemany(
            "INSERT INTO search_fts (rowid, kind, names, summary, place) VALUES (?,?,?,?,?)", fts
        )
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
            actor_names.append(
                _unique(
                    rng,
                    lambda: " ".join(
                        [
                            rng.choice(ACTOR_HEADS),
                            *(["e-" + _word(rng).capitalize()] if rng.random() < 0.5 else []),
                            _word(rng).capitalize(),
                            rng.choice(ACTOR_TAILS),
                        ]
                    ),
                    seen,
                )
            )
        actor_aliases: list[list[tuple[str, str, str | None, str]]] = [
            [
                ("ISKP", "Latn", "en", "acronym"),
                ("IS-K", "Latn", "en", "acronym"),
                ("ISIS-K", "Latn", "en", "acronym"),
                ("ISIL-KP", "Latn", "en", "acronym"),
                ("Wilayat Khurasan", "Latn", "ar", "transliteration"),
                ("ولایت خراسان", "Arab", "fa", "native"),
                ("داعش خراسان", "Arab", "ar", "native"),
            ]
        ]
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
                al.append(
                    (
                        _word(rng).capitalize() + " " + rng.choice(ACTOR_TAILS),
                        "Latn",
                        None,
                        "former name",
                    )
                )
            actor_aliases.append(al)

        countries = [(f"country-{iso.lower()}", iso, name) for iso, name in COUNTRIES]
        provinces: list[tuple[str, str, str, str]] = []  # id, name, country id, country name
        seen = set()
        for i in range(N_PROVINCES):
            cid, iso, cname = countries[i % N_COUNTRIES]
            pname = _unique(
                rng,
                lambda: (
                    _word(rng, 2, 3).capitalize()
                    + rng.choice(["", "", "abad", "stan", " Province"])
                ),
                seen,
            )
            provinces.append((f"prov-{iso.lower()}-{compact(pname)}", pname, cid, cname))
        cities = {
            p[0]: [_word(rng, 2, 3).capitalize() for _ in range(rng.randint(2, 6))]
            for p in provinces
        }
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
            relations.append(
                (
                    f"rel-{i:06d}",
                    a,
                    b,
                    rtype,
                    start,
                    end,
                    f"{rtype.replace('_', ' ')} relation recorded by synthetic "
                    f"source {rng.randrange(N_SOURCES)}",
                    0,
                )
            )
            weight[a] += 3
            weight[b] += 3

        # ---- events plan: actor per event (skewed), province per event (skewed) ---------
        n = self.n_events
        ev_rng = random.Random(rng.random())
        busy_n = int(n * BUSY_EVENT_SHARE)
        ev_actor = [BUSY_ACTOR] * busy_n + ev_rng.choices(
            others, cum_weights=actor_cum, k=n - busy_n
        )
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
                citations.append(
                    (
                        stype,
                        sid,
                        rng.choice(source_ids),
                        f"p. {rng.randint(1, 300)}",
                        rng.randint(1, 6),
                        None,
                    )
                )
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
            "schema_version": str(SCHEMA_VERSION),
            "data_version": "synthetic",
            "as_of": "2025-12-31",
            "as_of_note": "synthetic data for benchmarks",
            "build_time": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "synthetic": "1",
            "attributions": "[]",
            "coverage_caveat": "SYNTHETIC benchmark data: random names, places and events; "
            "not a record of anything.",
            "grading": "synthetic",
            "synthetic_params": json.dumps(params, sort_keys=True),
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
            summary = (
                f"{actor_names[i]} is a synthetic armed group active since "
                f"{rng.randint(1980, 2022)} ({rng.choice(vocab)} {rng.choice(vocab)})."
            )
            add(
                aid,
                "actor",
                "group",
                actor_names[i],
                summary,
                weight[aid],
                [a[0] for a in actor_aliases[i]],
            )
            for al in actor_aliases[i]:
                aliases.append((aid, *al))
            actor_rows.append((aid, "group", str(rng.randint(1980, 2022)), None, None))
        c.executemany(
            "INSERT INTO actors (entity_id, type, founded, strength, ucdp_actor_id) "
            "VALUES (?,?,?,?,?)",
            actor_rows,
        )
        # regions
        region_rows = []
        for rid, iso, cname in countries:
            region_rows.append((rid, "country", None, iso, f"admin0:{iso}", cname, None, None))
        for pid, pname, cid, _ in provinces:
            region_rows.append(
                (
                    pid,
                    "province",
                    cid,
                    None,
                    f"admin1:{pid}",
                    pname,
                    round(rng.uniform(25, 45), 3),
                    round(rng.uniform(45, 90), 3),
                )
            )
        region_rows.sort()
        for r in region_rows:
            kind_name = r[5]
            al = [_arabic(rng)] if rng.random() < 0.2 else []
            add(r[0], "region", r[1], kind_name, None, weight[r[0]], al)
            for a in al:
                aliases.append((r[0], a, "Arab", "fa", "native"))
        c.executemany(
            "INSERT INTO regions (entity_id, type, parent_id, iso_code, geometry_key, "
            "ne_name, latitude, longitude) VALUES (?,?,?,?,?,?,?,?)",
            region_rows,
        )
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
            summary = (
                f"{atype.capitalize()} against {target} in {city} ({deaths} killed, "
                f"{inj} injured); {ATTRIBUTION_PHRASES[attribution]} "
                f"{actor_names[0] if actor == BUSY_ACTOR else 'a local group'}. "
                f"{ev_rng.choice(vocab)} {ev_rng.choice(vocab)} {ev_rng.choice(vocab)}."
            )
            add(eid, "event", "attack", name, summary, 0, [], place=place)
            ev_rows.append(
                (
                    eid,
                    "attack",
                    1,
                    fd.text,
                    fd.start,
                    fd.end,
                    fd.precision,
                    cid,
                    pid,
                    place,
                    round(ev_rng.uniform(25, 45), 4),
                    round(ev_rng.uniform(45, 90), 4),
                    "city",
                    deaths,
                    deaths,
                    deaths,
                    inj,
                    atype,
                    target,
                    attribution,
                    "ISKP" if actor == BUSY_ACTOR else None,
                    None,
                )
            )
            ea_rows.append((eid, actor, attribution))
            er_rows.append((eid, pid))
            if len(ev_rows) >= CHUNK or i == n - 1:
                c.executemany(
                    "INSERT INTO events (entity_id, type, is_incident, date_text, date_start, "
                    "date_end, date_precision, country_id, province_id, place, latitude, "
                    "longitude, coord_precision, deaths_low, deaths_best, deaths_high, injuries, "
                    "attack_type, target, attribution, perpetrator_text, original) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    ev_rows,
                )
                c.executemany(
                    "INSERT INTO event_actors (event_id, actor_id, role) VALUES (?,?,?)", ea_rows
                )
                c.executemany(
                    "INSERT INTO event_regions (event_id, region_id) VALUES (?,?)", er_rows
                )
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
            src_rows.append(
                (
                    sid,
                    "page",
                    title,
                    None,
                    "Synthetic Press",
                    "2024",
                    None,
                    None,
                    rng.choice("ABCDEF"),
                    "synthetic grade",
                    None,
                )
            )
        c.executemany("INSERT INTO sources VALUES (?,?,?,?,?,?,?,?,?,?,?)", src_rows)
        self._flush(ents, names, fts)

        c.executemany(
            "INSERT INTO aliases (entity_id, alias, script, language, kind) VALUES (?,?,?,?,?)",
            aliases,
        )
        c.executemany(
            'INSERT INTO relations (id, source_id, target_id, type, start, "end", '
            "summary, vague) VALUES (?,?,?,?,?,?,?,?)",
            relations,
        )
        c.executemany(
            "INSERT INTO citations (subject_type, subject_id, source_id, locator, "
            "credibility, note) VALUES (?,?,?,?,?,?)",
            citations,
        )
        c.executemany(
            "INSERT INTO facts (id, entity_id, statement, value_text) VALUES (?,?,?,?)",
            [(f"fact-synth-{i:02d}", BUSY_ACTOR, f"Synthetic fact {i}", None) for i in range(20)],
        )
        c.executemany(
            "INSERT INTO judgements (id, subject_id, statement, likelihood, horizon) "
            "VALUES (?,?,?,?,?)",
            [
                (f"jdg-synth-{i}", BUSY_ACTOR, f"Synthetic judgement {i}", "likely", "2026")
                for i in range(5)
            ],
        )
        c.execute("COMMIT")


def generate(
    path: Path, events: int, actors: int, relations: int, seed: int, vacuum: bool = True
) -> None:
    params = {
        "events": events,
        "actors": actors,
        "relations": relations,
        "seed": seed,
        "generator_version": GENERATOR_VERSION,
        # Any change of the schema or of the derived tables makes the file stale.
        "schema_sha": hashlib.sha256((REFERENCE_SCHEMA + DERIVE).encode()).hexdigest()[:16],
    }
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
    print(f"  rows written in {t1 - t0:.0f} s; DERIVE ...", flush=True)
    conn.executescript(DERIVE)  # exactly as build.build: after the rows, before ANALYZE
    print(f"  derived in {time.perf_counter() - t1:.0f} s; ANALYZE ...", flush=True)
    conn.execute("ANALYZE")
    if vacuum:  # build.build does ANALYZE then VACUUM: same page layout as a real build
        print("  VACUUM ...")
        conn.execute("VACUUM")
    conn.close()
    os.replace(tmp, path)
    print(f"  done in {time.perf_counter() - t0:.0f} s, {path.stat().st_size / 1e6:.0f} MB")


# ---------------------------------------------------------------------------------------
# measurement
# ---------------------------------------------------------------------------------------
def measure(fn: Callable[[], object], repeat: int, warmup: int = 3) -> dict[str, float]:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000.0)
    return {
        "median_ms": statistics.median(times),
        "p95_ms": p95(times),
        "min_ms": min(times),
        "max_ms": max(times),
        "n": repeat,
    }


def _plan(conn: sqlite3.Connection, sql: str, params: Any) -> list[str]:
    return [r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql, params)]


def trace(conn: sqlite3.Connection, fn: Callable[[], object]) -> list[str]:
    """Every SQL statement ``fn`` runs on ``conn``, values bound (sqlite3 expanded SQL),
    whitespace collapsed: used to check that a raw function issues exactly the wrapper's SQL."""
    seen: list[str] = []

    def cb(sql: str) -> None:
        if not sql.startswith("--"):  # "-- ..." = statements run inside FTS5 itself
            seen.append(" ".join(sql.split()))

    conn.set_trace_callback(cb)
    try:
        fn()
    finally:
        conn.set_trace_callback(None)
    return seen


# -- search: the statements search.search issues, without its Python ---------------------
_BASE = (
    "SELECT e.id, e.kind, e.subtype, e.name, e.weight, n.name, n.is_alias "
    "FROM names n JOIN entities e ON e.id = n.entity_id "
)
_BM25 = "SELECT rowid, bm25(search_fts, 0.0, 10.0, 2.0, 4.0) FROM search_fts "
_EXPLAIN = (
    "SELECT e.id, e.summary, v.place FROM entities e LEFT JOIN events v "
    "ON v.entity_id = e.id WHERE e.id IN ({marks})"
)
_BROAD_ENTS = (
    "SELECT rowid, id, kind, subtype, name, weight FROM entities WHERE rowid IN "
    "({marks}) ORDER BY CASE kind WHEN 'actor' THEN 0 WHEN 'region' THEN 1 "
    "WHEN 'event' THEN 2 ELSE 3 END, weight DESC, name LIMIT ?"
)


def search_statements(text: str, kind: str | None) -> dict[str, Any]:
    """SQL text and parameters of every statement search.search may issue for ``text``."""
    words = tokens(text)
    norm, comp = " ".join(words), "".join(words)
    k = "n.kind = :kind AND " if kind else ""
    params = {
        "norm": norm,
        "comp": comp,
        "kind": kind,
        "hi": search_mod._bump(norm),
        "chi": search_mod._bump(comp),
    }
    exact = (
        f"SELECT * FROM ({_BASE} WHERE {k}n.norm = :norm LIMIT 200) UNION ALL "
        f"SELECT * FROM ({_BASE} WHERE {k}n.compact = :comp LIMIT 200)"
    )
    prefix = (
        f"SELECT * FROM ({_BASE} WHERE {k}n.compact >= :comp AND n.compact < :chi "
        f"LIMIT {search_mod.PREFIX_CANDIDATES})"
    )
    if len(words) > 1:
        prefix += (
            f" UNION ALL SELECT * FROM ({_BASE} WHERE {k}n.norm >= :norm "
            f"AND n.norm < :hi LIMIT {search_mod.PREFIX_CANDIDATES})"
        )
    whole = (
        "SELECT rowid FROM search_fts WHERE search_fts MATCH ? "
        f"LIMIT {search_mod.TEXT_CANDIDATES + 1}"
    )
    ranked = _BM25 + f"WHERE search_fts MATCH ? LIMIT {search_mod.TEXT_CANDIDATES}"
    use_prefix = len(words[-1]) >= search_mod.MIN_FTS_PREFIX
    return {
        "params": params,
        "exact": exact,
        "prefix": prefix,
        "whole": whole,
        "whole_expr": search_mod._fts_expression(words, kind, prefix=False),
        "ranked": ranked,
        "ranked_expr": search_mod._fts_expression(words, kind, prefix=use_prefix),
    }


def raw_pipeline(
    conn: sqlite3.Connection, text: str, kind: str | None, page_text_ids: list[str], limit: int = 20
) -> Callable[[], None]:
    """A function running the SQL statements search.search issues for ``text`` (same
    statements, same order, same bounds, rows fetched) with none of its Python ranking,
    dedup or labelling; the only Python left is what decides which statement comes next.
    ``page_text_ids`` are the text-tier hits on the wrapper's returned page, in page order
    (labelled by one ``IN (...)`` query); which hits make the page is the wrapper's Python,
    so it is taken from a wrapper run made beforehand."""
    st = search_statements(text, kind)
    p, cap = st["params"], search_mod.TEXT_CANDIDATES

    def run() -> None:
        ids = {r[0] for r in conn.execute(st["exact"], p).fetchall()}
        ids.update(r[0] for r in conn.execute(st["prefix"], p).fetchall())
        if len(ids) < limit:
            whole = conn.execute(st["whole"], [st["whole_expr"]]).fetchall()
            broad = len(whole) > cap
            if broad:
                rowids = [r[0] for r in whole[:cap]]
            else:
                rowids = [r[0] for r in conn.execute(st["ranked"], [st["ranked_expr"]]).fetchall()]
            if rowids and broad:  # broad: SQL orders and cuts to what can reach the page
                conn.execute(
                    _BROAD_ENTS.format(marks=",".join("?" * len(rowids))),
                    [
                        *rowids,
                        limit + len(ids),
                    ],
                ).fetchall()
            elif rowids:
                conn.execute(
                    "SELECT rowid, id, kind, subtype, name, weight FROM entities "
                    f"WHERE rowid IN ({','.join('?' * len(rowids))})",
                    rowids,
                ).fetchall()
        if page_text_ids:  # one labelling query for the page's text hits
            marks = ",".join("?" * len(page_text_ids))
            conn.execute(_EXPLAIN.format(marks=marks), page_text_ids).fetchall()

    return run


# -- counts: the one statement Reference.counts issues ------------------------------------
_COUNTS_GROUP = " GROUP BY v.date_start, v.date_end, v.date_precision"


def counts_statement(table: str, where: str) -> str:
    return (
        f"SELECT v.date_start, v.date_end, v.date_precision, count(*) FROM {table} "
        f"WHERE {where}{_COUNTS_GROUP}"
    )


# -- entity show: every statement Reference.entity issues for an actor --------------------
_CITES = (
    "SELECT c.source_id, s.title, c.locator, s.reliability, c.credibility, s.url "
    "FROM citations c JOIN sources s ON s.entity_id = c.source_id "
    "WHERE c.subject_type = ? AND c.subject_id = ? ORDER BY c.id"
)


def raw_show_actor(conn: sqlite3.Connection, ent_id: str) -> None:
    conn.execute(
        "SELECT id, kind, subtype, name, summary, vague, vague_note FROM entities WHERE id = ?",
        [ent_id],
    ).fetchone()
    conn.execute(
        "SELECT alias, script, language, kind FROM aliases WHERE entity_id = ? ORDER BY id",
        [ent_id],
    ).fetchall()
    conn.execute("SELECT * FROM actors WHERE entity_id = ?", [ent_id]).fetchall()  # _row
    conn.execute(_CITES, ["entity", ent_id]).fetchall()
    rels = conn.execute(
        "SELECT r.id, r.type, 'out', t.id, t.kind, t.name, r.start, r.\"end\", r.summary, "
        "r.vague FROM relations r JOIN entities t ON t.id = r.target_id "
        "WHERE r.source_id = :id UNION ALL "
        "SELECT r.id, r.type, 'in', s.id, s.kind, s.name, r.start, r.\"end\", r.summary, "
        "r.vague FROM relations r JOIN entities s ON s.id = r.source_id "
        "WHERE r.target_id = :id ORDER BY 2, 6 LIMIT :limit",
        {"id": ent_id, "limit": -1},  # entity() without relations_limit: no cap
    ).fetchall()
    rel_ids = [r[0] for r in rels]
    for start in range(0, len(rel_ids), 500):
        chunk = rel_ids[start : start + 500]
        conn.execute(
            "SELECT c.subject_id, c.source_id, s.title, c.locator, s.reliability, "
            "c.credibility, s.url FROM citations c JOIN sources s ON s.entity_id = "
            f"c.source_id WHERE c.subject_type = ? AND c.subject_id IN "
            f"({','.join('?' * len(chunk))}) ORDER BY c.id",
            ["relation", *chunk],
        ).fetchall()
    facts = conn.execute(
        "SELECT id, statement, value_text FROM facts WHERE entity_id = ? ORDER BY rowid", [ent_id]
    ).fetchall()
    for f in facts:
        conn.execute(_CITES, ["fact", f[0]]).fetchall()
    judg = conn.execute(
        "SELECT id, statement, likelihood, horizon FROM judgements "
        "WHERE subject_id = ? ORDER BY rowid",
        [ent_id],
    ).fetchall()
    for j in judg:
        conn.execute(_CITES, ["judgement", j[0]]).fetchall()


def statement_breakdown(
    conn: sqlite3.Connection, statements: list[str], repeat: int
) -> list[dict[str, Any]]:
    """Median time of each traced statement (values inlined), identical ones merged."""
    out: list[dict[str, Any]] = []
    for sql, n in Counter(statements).items():
        m = measure(lambda sql=sql: conn.execute(sql).fetchall(), repeat, warmup=1)
        out.append(
            {
                "sql": sql if len(sql) <= 160 else sql[:157] + "...",
                "times": n,
                "median_ms": m["median_ms"],
            }
        )
    return out


def run_bench(path: Path, repeat: int) -> dict[str, Any]:
    ref = Reference(path)
    db: Any = ref.db  # a sqlite3.Connection (a sqlite_utils.Database before 2026-11-25)
    conn: sqlite3.Connection = db if isinstance(db, sqlite3.Connection) else db.conn
    assert ref.meta.get("synthetic") == "1"
    derived = conn.execute("SELECT count(*) FROM names WHERE kind = ''").fetchone()[0]
    assert derived == 0, "names.kind not derived: regenerate (--regenerate)"
    res: dict[str, Any] = {"operations": [], "plans": {}, "facts": {}, "breakdown": {}}
    facts = res["facts"]

    def one(
        name: str,
        group: str,
        wrapper: Callable[[], object] | None,
        raw: Callable[[], object] | None,
        reps: int = repeat,
        single: Callable[[], object] | None = None,
        note: str = "",
    ) -> dict[str, Any]:
        """``raw`` must issue exactly the wrapper's statements (checked by tracing);
        ``single`` is one statement of it, reported as a secondary ratio (search rows)."""
        row: dict[str, Any] = {"operation": name, "group": group, "note": note}
        if wrapper is not None and raw is not None:
            tw, tr = trace(conn, wrapper), trace(conn, raw)
            row["statements"] = len(tw)
            row["raw_is_wrapper_sql"] = tw == tr
            if tw != tr:
                bad = next(
                    (i for i, (a, b) in enumerate(zip(tw, tr, strict=False)) if a != b),
                    min(len(tw), len(tr)),
                )
                print(
                    f"  !! raw SQL differs from the wrapper's ({len(tw)} vs {len(tr)} "
                    f"statements; first difference at #{bad}):\n     wrapper: "
                    f"{tw[bad] if bad < len(tw) else '-'}\n     raw:     "
                    f"{tr[bad] if bad < len(tr) else '-'}"
                )
            if group == "search":
                res["breakdown"][name] = statement_breakdown(conn, tw, max(5, reps // 5))
        if wrapper is not None:
            row["wrapper"] = measure(wrapper, reps)
        if raw is not None:
            row["raw"] = measure(raw, reps)
        if single is not None:
            row["single"] = measure(single, reps)
        if wrapper is not None and raw is not None:
            row["ratio"] = row["wrapper"]["median_ms"] / max(row["raw"]["median_ms"], 1e-6)
        if wrapper is not None and single is not None:
            row["ratio_single"] = row["wrapper"]["median_ms"] / max(
                row["single"]["median_ms"], 1e-6
            )
        p95 = (row.get("wrapper") or row["raw"])["p95_ms"]
        if row.get("raw_is_wrapper_sql") is False:
            row["status"] = "RAW≠SQL"
        elif group == "search":
            ok = p95 <= SEARCH_TARGET_MS and row.get("ratio", 0) <= SEARCH_TARGET_RATIO
            row["status"] = "PASS" if ok else "MISS"
        elif group == "counts":
            row["status"] = "PASS" if p95 <= COUNTS_TARGET_MS else "MISS"
        else:
            row["status"] = "info"
        res["operations"].append(row)
        w = row.get("wrapper", {})
        print(
            f"  {name:<58} {w.get('median_ms', float('nan')):8.2f} ms  raw "
            f"{row.get('raw', {}).get('median_ms', float('nan')):8.2f} ms  {row['status']}",
            flush=True,
        )
        return row

    def search_row(label: str, text: str, kind: str | None = None, note: str = "") -> None:
        hits = ref.search(text, kind=kind).hits
        page_text = [h.id for h in hits if h.tier == 3]
        st = search_statements(text, kind)
        best = min((h.tier for h in hits), default=3)  # the tier that answers the query
        key = "exact" if best <= 1 else "prefix" if best == 2 else "whole"
        single_sql, single_p = (
            (st[key], st["params"]) if key != "whole" else (st["whole"], [st["whole_expr"]])
        )
        res["plans"][label] = _plan(conn, single_sql, single_p)
        one(
            label,
            "search",
            lambda: ref.search(text, kind=kind),
            raw_pipeline(conn, text, kind, page_text),
            single=lambda: conn.execute(single_sql, single_p).fetchall(),
            note=f"1-stmt = the wrapper's {key} statement. {note}".strip(),
        )
        facts[f"{label}: first page tiers"] = sorted({h.tier for h in hits})

    # -- search ----------------------------------------------------------------------------
    q = EXACT_ALIAS
    hits = ref.search(q).hits
    facts["exact_alias_top_hit"] = f"{hits[0].id} ({hits[0].matched})" if hits else None
    search_row(f"search exact alias {q!r}", q)

    p = BROAD_PREFIX
    pn = normalize(p)
    facts["broad_prefix_matching_names"] = conn.execute(
        "SELECT count(*) FROM names WHERE norm >= ? AND norm < ?", [pn, search_mod._bump(pn)]
    ).fetchone()[0]
    facts["broad_prefix_matching_actor_names"] = conn.execute(
        "SELECT count(*) FROM names WHERE kind = 'actor' AND norm >= ? AND norm < ?",
        [pn, search_mod._bump(pn)],
    ).fetchone()[0]
    search_row(f"search broad prefix {p!r} ({facts['broad_prefix_matching_names']:,} names)", p)
    search_row(
        f"search broad prefix {p!r}, kind='actor' "
        f"({facts['broad_prefix_matching_actor_names']:,} actor names)",
        p,
        kind="actor",
    )
    ka = search_statements(p, "actor")
    facts["kind_actor_whole_word_fts_docs"] = conn.execute(
        "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?", [ka["whole_expr"]]
    ).fetchone()[0]

    w = TEXT_WORD
    st = search_statements(w, None)
    facts["text_word_matching_docs"] = conn.execute(
        "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?", [st["whole_expr"]]
    ).fetchone()[0]
    facts["text_word_exact_names"] = conn.execute(
        "SELECT count(*) FROM names WHERE norm = ? OR compact = ?", [normalize(w), compact(w)]
    ).fetchone()[0]
    search_row(f"search full text {w!r} ({facts['text_word_matching_docs']:,} docs)", w)
    naive = "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT 20"
    one(
        "  ref: naive FTS ORDER BY rank LIMIT 20 (what bounding avoids)",
        "ref",
        None,
        lambda: conn.execute(naive, [st["whole_expr"]]).fetchall(),
        reps=max(5, repeat // 5),
    )

    # -- counts ----------------------------------------------------------------------------
    prov_counts = conn.execute(
        "SELECT province_id, count(*) FROM events GROUP BY province_id ORDER BY 2 DESC"
    ).fetchall()
    busy_prov, busy_prov_n = prov_counts[0]
    mid_prov, mid_prov_n = prov_counts[len(prov_counts) // 2]
    actor_n = conn.execute(
        "SELECT count(*) FROM event_actors WHERE actor_id = ?", [BUSY_ACTOR]
    ).fetchone()[0]
    claimed_n = conn.execute(
        "SELECT count(*) FROM event_actors WHERE actor_id = ? AND attribution = 'claimed'",
        [BUSY_ACTOR],
    ).fetchone()[0]
    facts.update(
        busiest_province=[busy_prov, busy_prov_n],
        median_province=[mid_prov, mid_prov_n],
        busy_actor_events=actor_n,
        busy_actor_claimed_events=claimed_n,
    )
    prov_where = "v.is_incident = 1 AND v.province_id = :province"
    cases = [
        (
            f"province {busy_prov} ({busy_prov_n:,} ev, busiest)",
            CountFilter(province_id=busy_prov),
            "events v",
            prov_where,
            {"province": busy_prov},
        ),
        (
            f"province ({mid_prov_n:,} ev, median)",
            CountFilter(province_id=mid_prov),
            "events v",
            prov_where,
            {"province": mid_prov},
        ),
        (
            f"actor {BUSY_ACTOR} ({actor_n:,} ev)",
            CountFilter(actor_id=BUSY_ACTOR),
            "event_actors v",
            "v.actor_id = :actor AND v.is_incident = 1",
            {"actor": BUSY_ACTOR},
        ),
        (
            f"actor {BUSY_ACTOR} + claimed ({claimed_n:,} ev)",
            CountFilter(actor_id=BUSY_ACTOR, attributions=("claimed",)),
            "event_actors v",
            "v.actor_id = :actor AND v.is_incident = 1 AND v.attribution IN (:att0)",
            {"actor": BUSY_ACTOR, "att0": "claimed"},
        ),
    ]
    for label, flt, table, where, params in cases:
        sqlc = counts_statement(table, where)
        res["plans"][f"counts {label}"] = _plan(conn, sqlc, params)
        for by in ("year", "month"):
            one(
                f"counts by {by}, {label}",
                "counts",
                lambda flt=flt, by=by: ref.counts(flt, by),
                lambda sqlc=sqlc, params=params: conn.execute(sqlc, params).fetchall(),
            )

    # -- entity show -----------------------------------------------------------------------
    n_rel = conn.execute(
        "SELECT (SELECT count(*) FROM relations WHERE source_id = :a) + "
        "(SELECT count(*) FROM relations WHERE target_id = :a)",
        {"a": BUSY_ACTOR},
    ).fetchone()[0]
    facts["busy_actor_relations"] = n_rel

    def one_query_show() -> None:
        conn.execute("SELECT * FROM entities WHERE id = ?", [BUSY_ACTOR]).fetchall()
        conn.execute(
            "SELECT c.subject_id, c.source_id, s.title, c.locator FROM relations r "
            "JOIN citations c ON c.subject_type = 'relation' AND c.subject_id = r.id "
            "JOIN sources s ON s.entity_id = c.source_id "
            "WHERE r.source_id = :a OR r.target_id = :a",
            {"a": BUSY_ACTOR},
        ).fetchall()

    one(
        f"entity(show) {BUSY_ACTOR} ({n_rel:,} relations)",
        "show",
        lambda: ref.entity(BUSY_ACTOR),
        lambda: raw_show_actor(conn, BUSY_ACTOR),
        reps=max(5, repeat // 5),
    )
    one(
        "  ref: row + relations' citations in one OR query",
        "ref",
        None,
        one_query_show,
        reps=max(5, repeat // 5),
    )
    # -- GUI queries -------------------------------------------------------------------------
    print("\nGUI queries:")
    res["gui"] = run_gui(ref, conn, repeat)
    ref.close()
    return res


# -- GUI queries: every repository call the GUI makes, by the thread it runs on ----------
GUI_TARGET_MS = 50.0  # GUI-thread calls: p95 <= this (a longer call freezes the window)
GUI = "GUI thread"
BACKGROUND = "background"


def _size(result: object) -> str:
    """Short description of what a call returned (rows, bins, ...)."""
    if isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], int):
        return f"{len(result[0]):,} of {result[1]:,} cells"  # incident_places
    if hasattr(result, "hits"):
        return f"{len(result.hits)} hits"
    if hasattr(result, "relations"):
        total = result.details.get("relations_total")
        return f"{len(result.relations)} of {total:,} relations"
    if hasattr(result, "counts"):
        c = result.counts
        stacked = (
            f", {sum(len(v) for v in result.stacked.values())} stacks" if result.stacked else ""
        )
        return f"{len(c.bins)} bins{stacked}"
    if isinstance(result, dict) and all(isinstance(v, list) for v in result.values()):
        return f"{sum(len(v) for v in result.values()):,} options"  # filter_options
    if isinstance(result, dict | list):
        return f"{len(result):,} rows"
    return type(result).__name__


def run_gui(ref: Reference, conn: sqlite3.Connection, repeat: int) -> list[dict[str, Any]]:
    """Times each repository call the GUI makes; GUI-thread calls have the 50 ms target."""
    page_ids = ref.event_ids_for_entity(BUSY_ACTOR)[:200]  # first page of the actor's table
    year = "2018"  # events span 2014-2025
    flt = CountFilter()
    from khorasan_desktop.views import relations as relations_view

    quiet = [r[0] for r in conn.execute("SELECT id FROM entities WHERE kind = 'actor' ORDER BY id")]
    a, b = quiet[len(quiet) // 2], quiet[len(quiet) // 2 + len(quiet) // 10]
    quiet_path = relations_view.ResolvedRelations(a, 1, None, a, path_id=b)
    busy_path = relations_view.ResolvedRelations(BUSY_ACTOR, 1, None, BUSY_ACTOR, path_id=a)
    calls: list[tuple[str, str, Callable[[], object]]] = [
        (GUI, "tree_children('root')", lambda: ref.tree_children("root")),
        (GUI, "tree_children('events')", lambda: ref.tree_children("events")),
        (GUI, f"tree_children('events/{year}')", lambda: ref.tree_children(f"events/{year}")),
        (
            GUI,
            f"tree_children('events/{year}/03') (leaf list)",
            lambda: ref.tree_children(f"events/{year}/03"),
        ),
        (GUI, "tree_children('actors/group')", lambda: ref.tree_children("actors/group")),
        (GUI, "tree_children('regions/country')", lambda: ref.tree_children("regions/country")),
        (GUI, "filter_options()", ref.filter_options),
        (
            GUI,
            f"entity({BUSY_ACTOR!r}, relations_limit=150)",
            lambda: ref.entity(BUSY_ACTOR, relations_limit=150),
        ),
        (GUI, "event_rows(200 ids) (one table page)", lambda: ref.event_rows(page_ids)),
        (GUI, "search('kabul')", lambda: ref.search("kabul")),
        (
            BACKGROUND,
            "chart_data(CountFilter(), 'year', None)",
            lambda: layers.chart_data(ref, NO_USER_DB, layers.BUNDLED, flt, "year", None),
        ),
        (
            BACKGROUND,
            "chart_data(CountFilter(), 'year', 'country')",
            lambda: layers.chart_data(ref, NO_USER_DB, layers.BUNDLED, flt, "year", "country"),
        ),
        (
            BACKGROUND,
            f"event_ids_for_entity({BUSY_ACTOR!r})",
            lambda: ref.event_ids_for_entity(BUSY_ACTOR),
        ),
        (BACKGROUND, f"relation_rows({BUSY_ACTOR!r})", lambda: ref.relation_rows(BUSY_ACTOR)),
        (BACKGROUND, "relation_rows() (all)", ref.relation_rows),
        (
            BACKGROUND,
            f"incident_ids(CountFilter(), 'year', '{year}')",
            lambda: ref.incident_ids(flt, "year", year),
        ),
        (
            BACKGROUND,
            "incident_places(CountFilter(), 0.5)",
            lambda: ref.incident_places(flt, 0.5),
        ),
        (BACKGROUND, "province_counts(CountFilter())", lambda: ref.province_counts(flt)),
        (BACKGROUND, f"neighbourhood({BUSY_ACTOR!r}, 1)", lambda: ref.neighbourhood(BUSY_ACTOR, 1)),
        (
            BACKGROUND,
            "relations.find_path(two quiet actors) (link chart path=)",
            lambda: relations_view.find_path(ref, quiet_path),
        ),
        (
            BACKGROUND,
            f"relations.find_path({BUSY_ACTOR!r} -> a quiet actor)",
            lambda: relations_view.find_path(ref, busy_path),
        ),
    ]
    rows: list[dict[str, Any]] = []
    for thread, name, fn in calls:
        t = time.perf_counter()
        statements = trace(conn, fn)  # also the first (cold-ish) run
        first_ms = (time.perf_counter() - t) * 1000.0
        result = fn()
        # slow calls get fewer repetitions: a background call may take seconds
        reps = repeat if first_ms < 100 else max(5, repeat // 10)
        m = measure(fn, reps, warmup=1 if first_ms >= 100 else 3)
        row: dict[str, Any] = {
            "call": name,
            "thread": thread,
            "statements": len(statements),
            "returns": _size(result),
            "first_ms": first_ms,
            **m,
        }
        if thread == GUI:
            row["status"] = "PASS" if m["p95_ms"] <= GUI_TARGET_MS else "MISS"
        else:
            row["status"] = "info"
        rows.append(row)
        print(
            f"  {thread:<10} {name:<52} {m['median_ms']:9.2f} ms  p95 {m['p95_ms']:9.2f} ms  "
            f"{row['status']}",
            flush=True,
        )
    return rows


def print_gui_table(rows: list[dict[str, Any]]) -> None:
    print(
        "\nGUI queries (full repository call, Python included; target: GUI-thread calls "
        f"p95 <= {GUI_TARGET_MS:g} ms)\n"
    )
    head = (
        f"{'call':<52} {'thread':<10} {'median':>9} {'p95':>9} {'stmts':>5}  {'returns':<30} target"
    )
    print(head)
    print("-" * len(head))
    for r in rows:
        tgt = f"p95<={GUI_TARGET_MS:g}ms: {r['status']}" if r["thread"] == GUI else "(no target)"
        print(
            f"{r['call']:<52} {r['thread']:<10} {r['median_ms']:9.2f} {r['p95_ms']:9.2f} "
            f"{r['statements']:>5}  {r['returns']:<30} {tgt}"
        )


def machine() -> dict[str, Any]:
    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "cpu_count": os.cpu_count(),
        "cpu": _cpu_model(),
        "platform": platform.platform(),
        "python": sys.version.split()[0],
        "sqlite": sqlite3.sqlite_version,
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
    head = (
        f"{'operation':<72} {'median':>8} {'p95':>8} {'raw med':>8} {'raw p95':>8} "
        f"{'ratio':>6} {'stmts':>5} {'1st med':>8} {'ratio1':>6}  target"
    )
    print(head)
    print("-" * len(head))
    for r in res["operations"]:
        w, raw, one_ = r.get("wrapper"), r.get("raw"), r.get("single")
        f = lambda d, k: f"{d[k]:8.2f}" if d else f"{'-':>8}"  # noqa: E731
        ratio = f"{r['ratio']:6.2f}" if "ratio" in r else f"{'-':>6}"
        ratio1 = f"{r['ratio_single']:6.2f}" if "ratio_single" in r else f"{'-':>6}"
        stmts = f"{r['statements']:>5}" if "statements" in r else f"{'-':>5}"
        if r["group"] == "search":
            tgt = f"p95<={SEARCH_TARGET_MS:g}ms & <={SEARCH_TARGET_RATIO}x raw: {r['status']}"
        elif r["group"] == "counts":
            tgt = f"p95<={COUNTS_TARGET_MS:g}ms: {r['status']}"
        else:
            tgt = "(no target)"
        print(
            f"{r['operation']:<72} {f(w, 'median_ms')} {f(w, 'p95_ms')} "
            f"{f(raw, 'median_ms')} {f(raw, 'p95_ms')} {ratio} {stmts} "
            f"{f(one_, 'median_ms')} {ratio1}  {tgt}"
        )
    print(
        "\nAll times in ms (time.perf_counter). 'raw' = every SQL statement the wrapper "
        "issues, replayed without its Python\n(checked statement by statement by tracing "
        "both; 'stmts' = how many). 'ratio' = wrapper median / raw median: the\nsearch "
        "target applies to it. '1st med' / 'ratio1' (search only, secondary) = the one "
        "statement that answers\nthe query (see notes in --json) and wrapper median / "
        "its median."
    )
    for name, rows in res.get("breakdown", {}).items():
        print(f"\nStatements of {name}:")
        for b in rows:
            print(f"  {b['median_ms']:8.3f} ms x{b['times']:<3} {b['sql']}")


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
    print(
        f"\nMachine: {info['cpu_count']} CPU ({info['cpu']}), {info['platform']}, "
        f"Python {info['python']}, SQLite {info['sqlite']}"
    )
    print(f"Database: {path} ({path.stat().st_size / 1e6:.0f} MB); repeat={a.repeat}\n")
    res = run_bench(path, a.repeat)
    print_table(res)
    print_gui_table(res["gui"])
    print("\nFacts:", json.dumps(res["facts"], ensure_ascii=False))
    print("\nQuery plans (raw queries):")
    for k, v in res["plans"].items():
        print(f"  {k}: {' | '.join(v)}")
    out = {
        "machine": info,
        "params": {
            "events": a.events,
            "actors": a.actors,
            "relations": a.relations,
            "seed": a.seed,
            "repeat": a.repeat,
        },
        "generation_or_reuse_s": round(gen_s, 1),
        **res,
    }
    if a.json:
        a.json.parent.mkdir(parents=True, exist_ok=True)
        a.json.write_text(json.dumps(out, indent=2, ensure_ascii=False), encoding="utf-8")
        print(f"\nFigures written to {a.json}")
    misses = [r["operation"] for r in res["operations"] if r["status"] == "MISS"]
    misses += [r["call"] for r in res["gui"] if r["status"] == "MISS"]
    print(f"\n{len(misses)} target(s) missed" + (": " + "; ".join(misses) if misses else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
