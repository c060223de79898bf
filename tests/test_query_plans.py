"""No hot view statement scans the big tables, planned as SQLite would plan it at 1M events.

The bundled database is small, so SQLite would happily plan a full scan over it. The
planner decides from ``sqlite_stat1``, though, not from the rows: the test writes the
statistics of ``benchmarks/bench_data.py``'s 1,000,000-event database
(``data/sqlite_stat1_1m.json``, same schema) into a copy of the bundled database, then
traces every statement the views really issue and asks SQLite for each one's plan.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from khorasan_desktop.core.viewspec import parse
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.views import registry

STATS = Path(__file__).parent / "data" / "sqlite_stat1_1m.json"
BIG_TABLES = ("events", "event_actors", "event_regions")
NO_USER_DB = Path("/nonexistent/user.sqlite")  # the bundled layer never opens it

# The views a user opens most, each as its spec (the GUI, the PDF and the exports all
# load these through views.registry), and the searches typed letter by letter.
VIEWS = [
    "entity:ISIS-K",
    "entity:Nangarhar",
    "relations:ISIS-K",
    "relations:ISIS-K,depth=2",
    "chart",  # the chart as it opens: no filter but the year boxes' lower bound
    "chart:from=2015",
    "chart:from=2015,by=month",
    "chart:actor=ISIS-K,by=year",
    "chart:actor=ISIS-K,by=quarter",
    "chart:province=Nangarhar,by=month",
    "chart:country=Afghanistan,by=quarter",
    "chart:by=year,stack=country",
    "chart:actor=ISIS-K,by=quarter,stack=province",
    "map",
    "map:actor=ISIS-K",
    "map:from=2021,to=2021",
    "map:from=2015",
    "map:province=Nangarhar",
    "events:from=2021,to=2021",
    "events:from=2015",
    "events:actor=ISIS-K",
]
SEARCHES = ["i", "is", "isi", "isis", "ISKP", "civilians", "ولایت خراسان", "Nangahar", "Kashmr"]


@pytest.fixture(scope="module")
def big_ref(built_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Reference:
    """The bundled reference carrying the 1M database's planner statistics."""
    path = tmp_path_factory.mktemp("plans") / "khorasan.sqlite"
    path.write_bytes(built_db.read_bytes())
    rows = json.loads(STATS.read_text(encoding="utf-8"))["rows"]
    con = sqlite3.connect(path)
    con.execute("DELETE FROM sqlite_stat1")
    con.executemany("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", rows)
    con.commit()
    con.execute("ANALYZE sqlite_schema")  # reload the statistics just written
    con.close()
    return Reference(path)  # a new connection plans with them from its first statement


def traced(ref: Reference, action: Callable[[], object]) -> list[str]:
    """The statements (values bound) ``action`` runs on the reference connection."""
    seen: list[str] = []
    ref.db.set_trace_callback(seen.append)
    try:
        action()
    finally:
        ref.db.set_trace_callback(None)
    return [s for s in seen if re.match(r"\s*(SELECT|WITH)\b", s, re.IGNORECASE)]


def full_scans(db: sqlite3.Connection, sql: str) -> list[str]:
    """Plan lines that read a whole big table (or a whole index of one)."""
    names = {t: t for t in BIG_TABLES}
    for table, alias in re.findall(
        rf"\b({'|'.join(BIG_TABLES)})\s+(?:AS\s+)?([A-Za-z_]\w*)", sql, re.IGNORECASE
    ):
        names.setdefault(alias, table)
    plan = [row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}")]
    return [line for line in plan if (m := re.match(r"SCAN (\w+)", line)) and m[1] in names]


def test_statistics_are_those_of_a_million_events(big_ref: Reference) -> None:
    stat = dict(
        big_ref.db.execute("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'events'").fetchall()
    )
    assert stat["events_coords"].split()[0] == "1000000"


def test_a_planted_scan_is_caught(big_ref: Reference) -> None:
    """The check itself: a filter no index serves is reported, through its alias."""
    sql = "SELECT count(*) FROM events v WHERE v.injuries > 3"
    assert full_scans(big_ref.db, sql) == ["SCAN v"]


@pytest.mark.parametrize("text", VIEWS)
def test_view_statements_use_indexes(big_ref: Reference, text: str) -> None:
    statements = traced(big_ref, lambda: registry.load(big_ref, parse(text), NO_USER_DB))
    assert statements, "the view issued no statement"
    scans = {sql: found for sql in statements if (found := full_scans(big_ref.db, sql))}
    assert not scans, scans


@pytest.mark.parametrize("text", SEARCHES)
def test_search_statements_use_indexes(big_ref: Reference, text: str) -> None:
    statements = traced(big_ref, lambda: big_ref.search(text, limit=50))
    assert statements
    scans = {sql: found for sql in statements if (found := full_scans(big_ref.db, sql))}
    assert not scans, scans
