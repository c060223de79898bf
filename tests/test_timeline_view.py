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
