"""What the user database's safety checks cost on a large user database: opening a
``UserStore`` (the first open in a process runs SQLite's quick check; later opens of the
unchanged file do not) against a plain
connection that reads one row (the baseline), and one backup through SQLite's backup API.

Usage::

    .venv/bin/python benchmarks/bench_import.py --rows 300000      # makes the user database
    .venv/bin/python benchmarks/bench_userdb.py \\
        --db benchmarks/out/bench_user_GEDEvent_v99_9_SYNTHETIC_300000.sqlite [--repeat 7]

Each run works on a copy of ``--db`` in a temporary folder (the original is not touched),
with the file in the page cache (a warm open, what the GUI's worker threads see after the
first). Prints medians and p95 in milliseconds, and the open's ratio to the baseline.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timing import load, p95, timings  # noqa: E402

from khorasan_desktop.data import backups, userdb  # noqa: E402
from khorasan_desktop.data.userdb import UserStore  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", type=Path, required=True, help="an existing user.sqlite")
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "user.sqlite"
        shutil.copyfile(args.db, db)
        print(f"user database {db.stat().st_size / 1e6:.0f} MB, {args.repeat} runs each")

        def plain() -> None:
            conn = sqlite3.connect(db)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.close()

        def first_open() -> None:  # as when the app starts: the quick check runs
            userdb._CHECKED.clear()
            UserStore(db).close()

        def store_open() -> None:  # a worker thread's or a view query's later open
            UserStore(db).close()

        def one_backup() -> None:
            store = UserStore(db)
            try:
                backups.backup(store.db.conn, db, "bench")
            finally:
                store.close()
            for made in backups.backup_dir(db).glob("*"):
                made.unlink()

        print(load())
        first_open()  # warm the page cache and apply migrations once
        base = timings(plain, args.repeat)
        first = timings(first_open, args.repeat)
        opened = timings(store_open, args.repeat)
        backed = timings(one_backup, args.repeat)
        for name, values in (("plain connect", base), ("first open", first),
                             ("later open", opened), ("open + backup", backed)):  # fmt: skip
            print(f"{name:15s} median {statistics.median(values):8.1f} ms  "
                  f"p95 {p95(values):8.1f} ms")  # fmt: skip
        for name, values in (("first open", first), ("later open", opened)):
            ratio = statistics.median(values) / max(statistics.median(base), 1e-6)
            print(f"{name} / plain connect  {ratio:.0f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
