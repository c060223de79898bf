"""The timeline over an imported UCDP GED data set: loading (worker thread) and drawing.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_timeline_imported.py
[--rows 300000] [--db db/khorasan.sqlite] [--out DIR]

Writes a synthetic GED file of ``--rows`` rows (bench_import.py's generator; reused if
present under ``--out``), imports it into a fresh user database beside the bundled
reference, then times ``views.timeline.load`` for imported-only and bundled + imported
scopes, and the GUI thread's drawing of each answer.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=300_000)
    ap.add_argument("--db", type=Path, default=ROOT / "db" / "khorasan.sqlite")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out")
    args = ap.parse_args()

    from PySide6.QtWidgets import QApplication

    app = QApplication([])  # noqa: F841  (the plot measures text)
    from bench_import import generate
    from bench_timeline_map import time_timelines
    from timing import load

    from khorasan_desktop.data.events.writer import import_event_file
    from khorasan_desktop.data.reference import Reference

    args.out.mkdir(parents=True, exist_ok=True)
    csv_path = args.out / f"GEDEvent_v99_9_SYNTHETIC_{args.rows}.csv"
    if not csv_path.exists():
        generate(csv_path, args.rows)
    ref = Reference(args.db)
    user = Path(tempfile.mkdtemp()) / "user.sqlite"
    t0 = time.perf_counter()
    import_event_file(user, "ucdp", csv_path, ref)
    print(f"import {args.rows:,} rows: {time.perf_counter() - t0:.0f} s (not the subject)")
    name = csv_path.stem
    print(load(), flush=True)
    texts = (
        f"timeline:source={name}",
        f"timeline:source={name},lanes=actor",
        f"timeline:source={name},lanes=type",
        f"timeline:source=bundled+{name}",
        f"timeline:ISIS-K,source=bundled+{name}",
        f"timeline:source=bundled+{name},province=Nangarhar,from=2020,to=2020",
    )
    for _ in time_timelines(ref, user, texts):
        pass


if __name__ == "__main__":
    main()
