"""Benchmark of the UCDP GED importer: time and memory for a synthetic GED-format file.

Usage::

    .venv/bin/python benchmarks/bench_import.py [--rows 30000 300000] [--out DIR]
                                                [--no-tracemalloc]

For each size it writes ``<out>/GEDEvent_v99_9_SYNTHETIC_<rows>.csv`` (every row synthetic,
``where_description`` = ``SYNTHETIC BENCHMARK ROW``, ~850 bytes a row like the real global
file: 300,000 rows ≈ 260 MB; reused if present; ``benchmarks/out/`` is not committed),
then imports it into a fresh user database in a child process and prints wall time, rows
per second, the tracemalloc peak (Python allocations during the import) and the growth of
the process's maximum resident set (``ru_maxrss``) over the import. Flat memory means the
peaks barely change between sizes.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from khorasan_desktop import paths  # noqa: E402
from khorasan_desktop.data.events.writer import import_event_file  # noqa: E402
from khorasan_desktop.data.reference import Reference  # noqa: E402
from khorasan_desktop.data.ucdp import OPTIONAL, REQUIRED  # noqa: E402

COLUMNS = list(dict.fromkeys(["id", "relid", "year", *OPTIONAL, *REQUIRED]))
PROVINCES = ["Nangarhar province", "Kabul province", "Kunar province", "Hilmand province",
             "Hirat province", "Unknown Synthetic province"]  # fmt: skip
SIDES = [("IS", "Civilians"), ("Government of Afghanistan", "Taleban"), ("Taleban", "IS"),
         ("Government of Afghanistan", "IS"), ("Synthetic group", "Civilians")]  # fmt: skip
COUNTRIES = [("Afghanistan", "700"), ("Pakistan", "770"), ("Iraq", "645"), ("Nigeria", "475")]


def generate(path: Path, rows: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\ufeff")
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(COLUMNS)
        for i in range(rows):
            year = 1989 + i * 36 // rows
            month, day = rnd.randint(1, 12), rnd.randint(1, 28)
            prec = rnd.choice("1111123345")
            start = f"{year}-{month:02d}-{day:02d}"
            end = start if prec == "1" else f"{year}-{month:02d}-{min(28, day + 5):02d}"
            side_a, side_b = rnd.choice(SIDES)
            country, gw = rnd.choice(COUNTRIES)
            best = rnd.randint(0, 40)
            rec = {c: "" for c in COLUMNS}
            rec.update(
                id=str(1_000_000 + i),
                relid=f"SYN-{i}",
                year=str(year),
                active_year="1",
                code_status="Clear",
                type_of_violence=rnd.choice("123"),
                conflict_name=f"{country}: synthetic conflict",
                dyad_name=f"{side_a} - {side_b}",
                side_a=side_a,
                side_b=side_b,
                number_of_sources=str(rnd.randint(1, 5)),
                source_article='"Synthetic Agency,' + start + ", synthetic headline " + "x" * 300,
                source_headline="Synthetic headline " + "y" * 80,
                where_prec=rnd.choice("1234567"),
                where_coordinates="Synthetic town, village",
                where_description="SYNTHETIC BENCHMARK ROW",
                adm_1=rnd.choice(PROVINCES),
                adm_2="Synthetic district",
                latitude=f"{rnd.uniform(29, 38):.4f}",
                longitude=f"{rnd.uniform(60, 75):.4f}",
                geom_wkt="POINT (70.1234 34.1234)",
                priogrid_gid=str(rnd.randint(100000, 200000)),
                country=country,
                country_id=gw,
                region="Asia",
                event_clarity="1",
                date_prec=prec,
                date_start=f"{start} 00:00:00.000",
                date_end=f"{end} 00:00:00.000",
                deaths_a="0",
                deaths_b="0",
                deaths_civilians=str(best),
                deaths_unknown="0",
                best=str(best),
                high=str(best + 3),
                low=str(max(0, best - 2)),
                gwnoa=gw,
            )
            w.writerow(rec.values())
    tmp.replace(path)


def maxrss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def child(file: Path, out: Path, use_tracemalloc: bool) -> dict[str, float]:
    user_db = out / f"bench_user_{file.stem}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(user_db) + suffix).unlink(missing_ok=True)
    ref = Reference(paths.reference_db())
    rss0 = maxrss_mb()
    if use_tracemalloc:
        tracemalloc.start()
    t0 = time.perf_counter()
    report = import_event_file(user_db, "ucdp", file, ref)
    seconds = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1] / 1e6 if use_tracemalloc else float("nan")
    if use_tracemalloc:
        tracemalloc.stop()
    rss1 = maxrss_mb()
    ref.close()
    return {
        "rows": report.row_count,
        "file_mb": file.stat().st_size / 1e6,
        "seconds": seconds,
        "rows_per_s": report.row_count / seconds,
        "tracemalloc_peak_mb": peak,
        "maxrss_before_mb": rss0,
        "maxrss_growth_mb": rss1 - rss0,
        "db_mb": user_db.stat().st_size / 1e6,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, nargs="+", default=[30_000, 300_000])
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out")
    ap.add_argument("--no-tracemalloc", action="store_true")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.child:
        print(json.dumps(child(args.child, args.out, not args.no_tracemalloc)))
        return 0
    results = []
    for rows in args.rows:
        file = args.out / f"GEDEvent_v99_9_SYNTHETIC_{rows}.csv"
        if not file.exists():
            t0 = time.perf_counter()
            generate(file, rows)
            print(f"generated {file.name} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
        cmd = [sys.executable, __file__, "--out", str(args.out), "--child", str(file)]
        if args.no_tracemalloc:
            cmd.append("--no-tracemalloc")
        proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
        results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    print(
        f"{'rows':>8} {'file MB':>8} {'s':>7} {'rows/s':>8} {'tracemalloc':>12} "
        f"{'maxrss +MB':>10} {'db MB':>7}"
    )
    for r in results:
        print(
            f"{r['rows']:>8} {r['file_mb']:>8.0f} {r['seconds']:>7.1f} {r['rows_per_s']:>8.0f} "
            f"{r['tracemalloc_peak_mb']:>10.1f}MB {r['maxrss_growth_mb']:>10.1f} "
            f"{r['db_mb']:>7.0f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
