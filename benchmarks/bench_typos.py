"""Typo-tolerant search at scale: how fast, and how often the meant name comes first.

Usage::

    .venv/bin/python benchmarks/bench_typos.py [--db benchmarks/out/synthetic.sqlite]
                                               [--queries 200] [--repeat 5] [--seed 1]

It reads a database with the reference schema (``bench_data.py``'s synthetic one by
default; never written to). A database made before the trigram index existed gets one in
a side file in the temporary folder (built from its names as ``schema.DERIVE`` builds
it, reused while the database keeps its size), attached to the read-only connection.
Queries are names and aliases of actors and regions with one typo each (a letter
dropped, doubled, swapped with its neighbour or replaced), as ``search Kandhar`` or
``show Nangahar`` are; each is timed through ``search.search``, whole (SQL and Python),
after one warm-up run. It prints median and p95 time, and how often the name the typo
was made from is the first hit and among the first three.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from khorasan_desktop.data import search as search_mod  # noqa: E402

TRIGRAM_TABLE = (
    "CREATE VIRTUAL TABLE names_trigram USING fts5 (compact, content = '', tokenize = 'trigram')"
)


def open_db(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    has = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'names_trigram'").fetchone()
    if has:
        return conn
    size = path.resolve().stat().st_size
    side = Path(tempfile.gettempdir()) / f"{path.stem}-{size}.trigram.sqlite"
    if not side.exists():
        print(f"building the trigram index of {path.name}'s names in {side.name}…")
        build = sqlite3.connect(side)
        build.execute(f"ATTACH '{path.resolve().as_uri()}?mode=ro' AS b")
        build.execute(TRIGRAM_TABLE)
        build.execute(
            "INSERT INTO names_trigram (rowid, compact) SELECT id, compact FROM b.names "
            "WHERE kind IN ('actor', 'region') AND length(compact) >= 3"
        )
        build.commit()
        build.close()
    conn.execute(f"ATTACH '{side.resolve().as_uri()}?mode=ro' AS t")
    return conn


def typo(name: str, rng: random.Random) -> str:
    """One typo: drop, double, swap with the next letter, or replace a letter."""
    i = rng.randrange(1, len(name) - 1)
    kind = rng.choice(("drop", "double", "swap", "replace"))
    if kind == "drop":
        return name[:i] + name[i + 1 :]
    if kind == "double":
        return name[:i] + name[i] + name[i:]
    if kind == "swap":
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    return name[:i] + rng.choice("aeiouklmnrst") + name[i + 1 :]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--db", type=Path, default=ROOT / "benchmarks" / "out" / "synthetic.sqlite")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    conn = open_db(args.db)
    rng = random.Random(args.seed)
    names = [
        (r[0], r[1])
        for r in conn.execute(
            "SELECT entity_id, name FROM names WHERE kind IN ('actor', 'region') "
            "AND length(name) BETWEEN 6 AND 40 AND name GLOB '*[a-zA-Z]*' ORDER BY id"
        )
    ]
    sample = rng.sample(names, min(args.queries, len(names)))
    times: list[float] = []
    first = top3 = 0
    for entity_id, name in sample:
        query = typo(name, rng)
        search_mod.search(conn, query)  # warm-up
        for _ in range(args.repeat):
            t = time.perf_counter()
            result = search_mod.search(conn, query)
            times.append((time.perf_counter() - t) * 1000)
        ids = [h.id for h in result.hits[:3]]
        first += bool(ids) and ids[0] == entity_id
        top3 += entity_id in ids
    n_names = conn.execute(
        "SELECT count(*) FROM names WHERE kind IN ('actor', 'region')"
    ).fetchone()[0]
    times.sort()
    p95 = times[max(0, int(len(times) * 0.95) - 1)]
    print(f"{args.db.name}: {n_names:,} actor and region names; {len(sample)} typo queries")
    print(f"time per search: median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms")
    print(
        f"meant name first: {first / len(sample):.0%}; among the first three: "
        f"{top3 / len(sample):.0%}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
