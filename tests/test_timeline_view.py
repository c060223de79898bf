"""The timeline view kind: lanes, marks as wide as their dates, relation periods, the
aggregate for large scopes, its spec, and its exports (CSV/JSON, PDF)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from khorasan_desktop.core.viewspec import ViewSpecError, parse
from khorasan_desktop.data.reference import CountFilter, Reference
from khorasan_desktop.views import registry
from khorasan_desktop.views import timeline as timeline_view


def load(ref: Reference, text: str, tmp_path: Path) -> timeline_view.TimelineViewData:
    data = registry.load(ref, parse(text), tmp_path / "user.sqlite").data
    assert isinstance(data, timeline_view.TimelineViewData)
    return data


def test_timeline_of_an_actor_is_its_events_and_relations(ref: Reference, tmp_path: Path) -> None:
    data = load(ref, "timeline:ISIS-K,lanes=province,from=2021,to=2022", tmp_path)
    iskp = ref.resolve("ISIS-K")
    flt = CountFilter(actor_id=iskp, date_from="2021-01-01", date_to="2022-12-31")
    assert data.events == ref.incident_count(flt)
    assert sorted(m.id for m in data.marks) == sorted(ref.incident_ids(flt))
    assert (data.first_day, data.last_day) == ("2021-01-01", "2022-12-31")
    assert sum(lane.count for lane in data.lanes) == len(data.marks)
    assert len(data.lanes) <= timeline_view.MAX_LANES
    # its dated relations, the leadership term among them, as bars within the axis
    assert any(b.leadership and "Shahab" in b.label for b in data.bars)
    assert all(data.first_day <= b.start <= b.end <= data.last_day for b in data.bars)
    assert data.resolved.to_spec().target == iskp
    again = load(ref, data.resolved.to_spec().text(), tmp_path)
    assert again.marks == data.marks


def test_a_mark_spans_every_day_its_date_allows(ref: Reference, tmp_path: Path) -> None:
    data = load(ref, "timeline", tmp_path)
    months = [m for m in data.marks if m.precision == "month"]
    days = [m for m in data.marks if m.precision == "day"]
    assert months and days
    for m in months:
        assert m.start.endswith("-01") and m.start[:7] == m.end[:7] and m.end > m.start
    assert all(m.start == m.end for m in days)


def test_large_scopes_are_counted_per_lane_and_month(
    ref: Reference, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(timeline_view, "MARK_LIMIT", 50)
    monkeypatch.setattr(timeline_view, "MAX_LANES", 3)
    data = load(ref, "timeline:lanes=type", tmp_path)
    assert data.aggregated and not data.marks
    assert sum(c.count for c in data.density) == data.events == ref.incident_count(CountFilter())
    assert [lane.key for lane in data.lanes][-1] == "~other" and len(data.lanes) == 3
    rows = [r for r in data.rows() if r[0] == "events"]
    assert sum(r[-1] for r in rows) == data.events


def test_bad_timeline_specs_are_refused(ref: Reference, tmp_path: Path) -> None:
    with pytest.raises(ViewSpecError, match="lanes must be one of"):
        load(ref, "timeline:ISIS-K,lanes=colour", tmp_path)
    event_id = ref.incident_ids(CountFilter(), limit=1)[0]
    with pytest.raises(ViewSpecError, match="actor or a region"):
        load(ref, f"timeline:{event_id}", tmp_path)


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "khorasan_desktop", "--db", str(db), *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=300)


def test_export_csv_and_json_write_the_views_rows(
    built_db: Path, tmp_path: Path, ref: Reference
) -> None:
    spec = "timeline:ISIS-K,lanes=province,from=2021,to=2022"
    res = run(built_db, "export", "csv", "-o", str(tmp_path / "t.csv"), "--view", spec)
    assert res.returncode == 0, res.stderr
    with (tmp_path / "t.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    data = load(ref, spec, tmp_path)
    assert [r["id"] for r in rows] == [r[6] or "" for r in data.rows()]
    lead = next(r for r in rows if r["kind"] == "leadership")
    assert lead["start"] == "2020-01-01" and lead["end"] == ""  # as stated, not clipped
    res = run(built_db, "export", "json", "-o", str(tmp_path / "t.json"), "--view", spec)
    assert res.returncode == 0, res.stderr
    doc = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    assert doc["meta"]["events"] == data.events
    assert sum(1 for r in doc["rows"] if r["kind"] == "event") == len(data.marks)


def test_pdf_draws_the_timeline_as_a_vector_picture_with_its_table(
    built_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "t.pdf"
    res = run(built_db, "export", "pdf", "-o", str(out), "--view", "timeline:ISIS-K")
    assert res.returncode == 0, res.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Timeline of documented incidents" in text
    assert "Timeline entries" in text and "leadership term" in text
    assert "Shahab al-Muhajir leader-of" in text
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True)
    assert images.stdout.splitlines()[2:] == []  # vector, no raster


GED = Path(__file__).resolve().parent / "data" / "GEDEvent_v25_1_SYNTHETIC.csv"
GED_NAME = "GEDEvent_v25_1_SYNTHETIC"
STIX = "incidents.json"


@pytest.fixture
def user_db(ref: Reference, tmp_path: Path) -> Path:
    """A user database with a UCDP data set and a STIX bundle of incidents imported."""
    from khorasan_desktop import paths
    from khorasan_desktop.data.events.writer import import_event_file
    from khorasan_desktop.data.stix_export import build_bundle, serialize
    from khorasan_desktop.data.stix_import import import_bundle

    db = paths.user_db()
    import_event_file(db, "ucdp", GED, ref)
    bundle = tmp_path / STIX
    bundle.write_text(serialize(build_bundle(ref)), encoding="utf-8")
    import_bundle(db, bundle)
    return db


def load_with(ref: Reference, text: str, user_db: Path) -> timeline_view.TimelineViewData:
    data = registry.load(ref, parse(text), user_db).data
    assert isinstance(data, timeline_view.TimelineViewData)
    return data


def test_timeline_of_an_imported_data_set_draws_its_events(ref: Reference, user_db: Path) -> None:
    from khorasan_desktop.data.events.imported import imported_event_rows

    data = load_with(ref, f"timeline:source={GED_NAME},lanes=type", user_db)
    rows = imported_event_rows(user_db, [GED_NAME], None, CountFilter())
    dated = [r for r in rows if r.date_start]
    assert data.events == len(dated) and data.undated == len(rows) - len(dated)
    assert sorted(m.id for m in data.marks) == sorted(r.id for r in dated)
    by_id = {r.id: r for r in dated}
    for m in data.marks:  # each on its own type's lane, as wide as its dates
        r = by_id[m.id]
        assert (m.lane, m.start, m.end) == (r.attack_type, r.date_start, r.date_end or r.date_start)
    assert f"imported data set {GED_NAME}" in data.counted
    assert any("CC BY 4.0" in a for a in data.attributions)
    assert data.resolved.to_spec().options["source"] == GED_NAME
    again = load_with(ref, data.resolved.to_spec().text(), user_db)
    assert again.marks == data.marks


def test_actor_lanes_hold_both_sides_of_an_imported_event(ref: Reference, user_db: Path) -> None:
    from khorasan_desktop.data.events.imported import imported_event_rows

    data = load_with(ref, f"timeline:source={GED_NAME},lanes=actor", user_db)
    rows = [
        r for r in imported_event_rows(user_db, [GED_NAME], None, CountFilter()) if r.date_start
    ]
    expected = sorted(
        (r.id, lane)
        for r in rows
        for lane in ([a for a in dict.fromkeys((r.actor_id, r.actor2_id)) if a] or ["~none"])
    )
    assert sorted((m.id, m.lane) for m in data.marks) == expected
    assert len(expected) > len(rows)  # some events have a known actor on each side
    assert sum(lane.count for lane in data.lanes) == len(data.marks)


def test_bundled_plus_imported_is_the_sum_of_its_sources(ref: Reference, user_db: Path) -> None:
    scope = "ISIS-K,from=2018,to=2022,lanes=province"
    bundled = load_with(ref, f"timeline:{scope}", user_db)
    stix = load_with(ref, f"timeline:{scope},source={STIX}", user_db)
    ucdp = load_with(ref, f"timeline:{scope},source=ucdp", user_db)
    both = load_with(ref, f"timeline:{scope},source=bundled+ucdp+{STIX}", user_db)
    assert stix.events > 0 and ucdp.events > 0
    assert both.events == bundled.events + stix.events + ucdp.events
    parts = [*bundled.marks, *stix.marks, *ucdp.marks]
    assert sorted(m.id for m in both.marks) == sorted(m.id for m in parts)
    # a lane kept in the merged picture holds the same marks as in each source's own
    kept = {lane.key for lane in both.lanes} - {"~other"}
    assert sorted((m.id, m.lane) for m in both.marks if m.lane in kept) == sorted(
        (m.id, m.lane) for m in parts if m.lane in kept
    )
    assert [m.start for m in both.marks] == sorted(m.start for m in both.marks)
    assert sum(lane.count for lane in both.lanes) == len(both.marks)
    # the entity's relations are drawn whatever events are chosen
    assert both.bars == bundled.bars


def test_imported_events_too_many_to_draw_are_counted_per_month(
    ref: Reference, user_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn = load_with(ref, f"timeline:source=bundled+{STIX}", user_db)
    monkeypatch.setattr(timeline_view, "MARK_LIMIT", 10)
    data = load_with(ref, f"timeline:source=bundled+{STIX}", user_db)
    assert data.aggregated and not data.marks
    assert sum(c.count for c in data.density) == len(drawn.marks)


def test_unknown_data_set_in_a_timeline_is_refused(ref: Reference, user_db: Path) -> None:
    from khorasan_desktop.data.errors import BadQuery

    with pytest.raises(BadQuery, match="No imported data set named 'nope'"):
        load_with(ref, "timeline:source=bundled+nope", user_db)


def test_export_csv_of_an_imported_timeline(
    built_db: Path, ref: Reference, user_db: Path, tmp_path: Path
) -> None:
    spec = f"timeline:source=bundled+{GED_NAME},lanes=actor,from=2018,to=2019"
    out = tmp_path / "t.csv"
    cmd = ["--user-dir", str(user_db.parent), "export", "csv", "-o", str(out), "--view", spec]
    res = run(built_db, *cmd)
    assert res.returncode == 0, res.stderr
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    data = load_with(ref, spec, user_db)
    assert [r["id"] for r in rows] == [r[6] or "" for r in data.rows()]
    assert any(r["id"].startswith(f"imported:{GED_NAME}:") for r in rows)
    json_out = tmp_path / "t.json"
    cmd = ["--user-dir", str(user_db.parent), "export", "json", "-o", str(json_out), "--view", spec]
    res = run(built_db, *cmd)
    assert res.returncode == 0, res.stderr
    meta = json.loads(json_out.read_text(encoding="utf-8"))["meta"]
    assert f"imported data set {GED_NAME}" in meta["filter"]
    assert any("CC BY 4.0" in a for a in meta["imported_attributions"])


def test_an_actors_imported_events_are_those_of_either_side(ref: Reference, user_db: Path) -> None:
    from khorasan_desktop.data.events.imported import imported_event_rows

    iskp = ref.resolve("ISIS-K")
    flt = CountFilter(actor_id=iskp, date_from="2018-01-01", date_to="2022-12-31")
    rows = [r for r in imported_event_rows(user_db, [GED_NAME], None, flt) if r.date_start]
    assert rows and all(iskp in (r.actor_id, r.actor2_id) for r in rows)
    for lanes in ("province", "actor"):
        data = load_with(
            ref, f"timeline:ISIS-K,from=2018,to=2022,source={GED_NAME},lanes={lanes}", user_db
        )
        assert data.events == len(rows)
        assert {m.id for m in data.marks} == {r.id for r in rows}
    by_province = load_with(ref, f"timeline:ISIS-K,from=2018,to=2022,source={GED_NAME}", user_db)
    assert all(lane.key != "~other" for lane in by_province.lanes)  # a few provinces only
    assert sorted((m.id, m.lane) for m in by_province.marks) == sorted(
        (r.id, r.province_id or "~none") for r in rows
    )
