"""The committed reference database: built from its sources, complete, read-only."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest

from khorasan_desktop import paths
from khorasan_desktop.data.build import table_rows
from khorasan_desktop.data.reference import Reference


def table_contents(path: Path) -> dict[str, list[tuple[object, ...]]]:
    out = table_rows(path)
    conn = sqlite3.connect(path)
    # The contentless FTS index is checked through what it finds.
    out["fts"] = conn.execute(
        "SELECT rowid FROM search_fts WHERE search_fts MATCH 'names : iskp' ORDER BY rowid"
    ).fetchall()
    conn.close()
    return out


def test_committed_database_matches_its_sources(built_db: Path) -> None:
    committed = paths.reference_db()
    assert committed.exists(), "db/khorasan.sqlite is missing: run khorasan-desktop build-db"
    a, b = table_contents(committed), table_contents(built_db)
    stale = [t for t in b if a.get(t) != b[t]]
    assert not stale, f"db/khorasan.sqlite is stale in {stale}: run khorasan-desktop build-db"


def test_meta_records_versions_and_attributions(ref: Reference) -> None:
    for key in ("data_version", "as_of", "schema_version", "build_time", "attributions"):
        assert ref.meta.get(key), key
    attributions = json.loads(ref.meta["attributions"])
    assert any("Natural Earth" in a for a in attributions)
    assert any("UCDP" in a for a in attributions)
    assert any("Prospects for ISIS in Afghanistan" in a for a in attributions)


def test_opened_read_only(ref: Reference) -> None:
    with pytest.raises(sqlite3.OperationalError):
        ref.db.execute("UPDATE entities SET name = 'x'")


def test_every_incident_row_is_an_event(ref: Reference) -> None:
    with (paths.sources_dir() / "incidents.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 305
    db = ref.db
    for row in rows:
        ev = db.execute(
            "SELECT country_id, province_id, attribution FROM events "
            "WHERE entity_id = ? AND is_incident = 1",
            [row["id"]],
        ).fetchone()
        assert ev is not None, row["id"]
        assert ev[0] is not None
        if row["province"]:
            assert ev[1] is not None, row["id"]
        actors = db.execute(
            "SELECT actor_id FROM event_actors WHERE event_id = ?", [row["id"]]
        ).fetchall()
        assert ("actor-iskp",) in actors
        cites = ref.citations("entity", row["id"])
        assert any(c.source_id == "src-incidents" for c in cites)
        assert any(c.url == (row["source_url"] or None) for c in cites if c.url)


def test_afghan_provinces_match_natural_earth(ref: Reference) -> None:
    rows = ref.db.execute(
        "SELECT e.name, r.geometry_key, r.parent_id FROM regions r "
        "JOIN entities e ON e.id = r.entity_id WHERE r.parent_id = 'country-afg' "
        "AND r.type = 'province'"
    ).fetchall()
    assert len(rows) == 34
    assert all(g and g.startswith("admin1:AFG-") for _, g, _ in rows)
    used = ref.db.execute(
        "SELECT DISTINCT province_id FROM events WHERE country_id = "
        "'country-afg' AND province_id IS NOT NULL"
    ).fetchall()
    keys = dict(ref.db.execute("SELECT entity_id, geometry_key FROM regions").fetchall())
    assert all(keys[p] for (p,) in used)


def test_flagged_rows_corrected_with_original_kept(ref: Reference) -> None:
    ev = ref.entity("isk-2020-kabul").event
    assert ev is not None
    assert (ev.date_start, ev.date_precision, ev.attribution) == ("2020-02-11", "day", "disputed")
    original = ref.db.execute(
        "SELECT original FROM events WHERE entity_id = 'isk-2020-kabul'"
    ).fetchone()[0]
    assert json.loads(original) == {
        "attribution": "claimed",
        "date": "2020",
        "date_precision": "year",
    }
    eid = ref.entity("isk-2021-10-03-kabul").event
    assert eid is not None
    assert (eid.deaths_low, eid.deaths_best, eid.deaths_high) == (2, None, 8)


def test_statistics_keep_their_sources(ref: Reference) -> None:
    # 24 rows in statistics.csv; stat-018 is the brief's own figure, kept once as the
    # brief's statistic with the data set's row cited beside the paragraph.
    n = ref.db.execute("SELECT count(*) FROM statistics WHERE id LIKE 'stat-0%'").fetchone()[0]
    assert n == 23
    for (sid,) in ref.db.execute("SELECT id FROM statistics"):
        assert ref.citations("statistic", sid), sid
    rows = ref.db.execute(
        "SELECT id, value FROM statistics WHERE value_text = ?",
        ["more than a dozen attacks in Afghanistan each year"],
    ).fetchall()
    assert len(rows) == 1 and rows[0][1] is None  # once, and no number invented
    locators = [c.locator for c in ref.citations("statistic", rows[0][0])]
    assert "statistics.csv row stat-018" in locators


def test_missing_figures_stay_blank(ref: Reference) -> None:
    blank = ref.db.execute(
        "SELECT count(*) FROM events WHERE is_incident = 1 AND deaths_best IS NULL"
    ).fetchone()[0]
    with (paths.sources_dir() / "incidents.csv").open(encoding="utf-8") as fh:
        expected = sum(1 for r in csv.DictReader(fh) if not r["deaths"])
    assert blank == expected


def test_every_fact_row_is_cited(ref: Reference) -> None:
    for table, subject in (
        ("facts", "fact"),
        ("judgements", "judgement"),
        ("relations", "relation"),
    ):
        for (fid,) in ref.db.execute(f"SELECT id FROM {table}"):
            assert ref.citations(subject, fid), (table, fid)
    uncited = ref.db.execute(
        "SELECT id FROM entities e WHERE kind != 'source' AND NOT EXISTS "
        "(SELECT 1 FROM citations c WHERE c.subject_type = 'entity' AND c.subject_id = e.id)"
    ).fetchall()
    assert uncited == []


@pytest.mark.parametrize(
    "flt",
    [
        {},
        {"date_from": "2016-03-01"},
        {"date_from": "2017-01-01", "date_to": "2021-06-30"},
        {"attributions": ("claimed",)},
        {"country_id": "country-afg", "date_from": "2019-01-01"},
        {"country_id": "country-pak", "attributions": ("attributed", "disputed")},
    ],
)
@pytest.mark.parametrize("by", ["year", "quarter", "month"])
def test_stored_date_totals_count_what_the_events_count(
    ref: Reference, flt: dict[str, object], by: str
) -> None:
    """The per-date totals the build stores answer like the events table they sum."""
    from khorasan_desktop.data.reference import CountFilter

    f = CountFilter(**flt)  # type: ignore[arg-type]
    assert ref.count_table(f)[0].startswith("incident_")  # the totals are used
    stored, stacked = ref.counts(f, by), ref.stacked(f, by, "country")
    ref._date_counts = False  # as a database built before the totals would count
    try:
        assert ref.count_table(f)[0] == "events v"
        assert ref.counts(f, by) == stored
        assert ref.stacked(f, by, "country") == stacked
    finally:
        ref._date_counts = None
    assert stored.total > 0
