"""Table exports (CSV/JSON): shapes, round trips, counts agreement, errors and the CLI."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from khorasan_desktop import paths
from khorasan_desktop.cli.tables import output_paths, table_job
from khorasan_desktop.core import viewspec
from khorasan_desktop.data import tables
from khorasan_desktop.data.errors import DataError
from khorasan_desktop.data.reference import CountFilter, Reference
from khorasan_desktop.views import options as views

TRICKY = ("a, b", 'say "hi"', "line one\nline two", "ولایت خراسان", None, 7)


def run(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "khorasan_desktop", "--db", str(db), *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60)


def test_csv_round_trip_keeps_commas_newlines_arabic_and_blanks(tmp_path: Path) -> None:
    out = tmp_path / "t.csv"
    columns = ("c1", "c2", "c3", "c4", "c5", "c6")
    tables.write_csv(out, columns, [TRICKY])
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows == [
        {
            "c1": "a, b",
            "c2": 'say "hi"',
            "c3": "line one\nline two",
            "c4": "ولایت خراسان",
            "c5": "",
            "c6": "7",
        }
    ]
    # (the user folder holds the writer's pending-file notes: see data.files.tracked)
    assert not [p for p in tmp_path.iterdir() if p.name not in ("t.csv", "user")]


def test_json_has_columns_rows_meta_and_nulls(tmp_path: Path, ref: Reference) -> None:
    out = tmp_path / "t.json"
    from khorasan_desktop.views.statistics import scope_figures

    figures = scope_figures(ref, CountFilter())
    meta = tables.table_meta(ref, "events", "all documented incidents", **figures.meta())
    tables.write_json(out, ("a", "b"), [("ولایت", None), ("x, y", 0)], meta)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["columns"] == ["a", "b"]
    assert doc["rows"] == [{"a": "ولایت", "b": None}, {"a": "x, y", "b": 0}]
    m = doc["meta"]
    assert m["data_version"] == ref.meta["data_version"]
    assert m["as_of"] == ref.meta["as_of"]
    assert m["view"] == "events"
    assert m["filter"] == "all documented incidents"
    assert m["coverage_caveat"] == ref.meta["coverage_caveat"]
    assert m["attributions"] and all(isinstance(a, str) for a in m["attributions"])


def test_events_2021_match_counts(ref: Reference) -> None:
    spec = viewspec.parse("events:from=2021,to=2021")
    flt = views.count_filter(ref, spec)
    table = tables.events_table(ref, ref.incident_ids(flt))
    assert table.columns[:2] == ("id", "date")
    assert len(table.rows) == ref.counts(flt).total > 0
    ids = [r[0] for r in table.rows]
    assert len(set(ids)) == len(ids)
    col = {name: i for i, name in enumerate(table.columns)}
    assert all(r[col["sources"]] for r in table.rows), "every incident names its page"
    assert all(r[col["date"]] is None or r[col["date"]].startswith("2021") for r in table.rows)


def test_events_blank_figures_stay_blank(ref: Reference, tmp_path: Path) -> None:
    table = tables.events_table(ref, ref.incident_ids(CountFilter()))
    col = table.columns.index("deaths_low")
    blanks = [r for r in table.rows if r[col] is None]
    assert blanks, "some incidents have no stated low figure"
    out = tmp_path / "e.csv"
    tables.write_csv(out, table.columns, table.rows)
    with out.open(encoding="utf-8", newline="") as fh:
        rows = {r["id"]: r for r in csv.DictReader(fh)}
    assert rows[blanks[0][0]]["deaths_low"] == ""
    tables.write_json(tmp_path / "e.json", table.columns, table.rows, {})
    doc = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    by_id = {r["id"]: r for r in doc["rows"]}
    assert by_id[blanks[0][0]]["deaths_low"] is None


def test_relations_of_iskp_include_taliban_rival(ref: Reference) -> None:
    from khorasan_desktop.cli.tables import table_job

    table = table_job(ref, "relations:ISIS-K").build()
    col = {name: i for i, name in enumerate(table.columns)}
    pairs = {(r[col["subject_id"]], r[col["type"]], r[col["object_id"]]) for r in table.rows}
    assert ("actor-iskp", "rival-of", "actor-taliban") in pairs
    rivals = table_job(ref, "relations:ISIS-K,type=rival-of").build()
    assert rivals.rows and all(r[col["type"]] == "rival-of" for r in rivals.rows)
    assert all(r[col["citations"]] for r in rivals.rows)


def test_search_table(ref: Reference) -> None:
    table = tables.search_table(ref, "ISKP")
    assert table.columns == ("id", "kind", "name", "matched")
    assert table.rows[0][0] == "actor-iskp"


def test_unwritable_path_raises_and_leaves_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    target = blocker / "out.csv"
    with pytest.raises(DataError, match="Cannot write"):
        tables.write_csv(target, ("a",), [("1",)])
    with pytest.raises(DataError, match="does not exist"):
        tables.write_json(tmp_path / "missing" / "out.json", ("a",), [("1",)], {})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_failed_write_keeps_old_file_and_no_temp(tmp_path: Path) -> None:
    out = tmp_path / "t.json"
    out.write_text("old", encoding="utf-8")
    with pytest.raises(TypeError):
        tables.write_json(out, ("a",), [(object(),)], {})
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir() if p.name != "user"] == ["t.json"]
    assert not list((tmp_path / "user" / "pending").glob("*")), "a pending note stayed behind"


def test_specs_resolve_and_reject(ref: Reference) -> None:
    assert table_job(ref, "relations:ISIS-K,type=rival-of,year=2021").text.startswith(
        "relations:ISIS-K"
    )
    assert table_job(ref, "relations:type=rival-of").build().rows
    assert table_job(ref, "search:ISKP,kind=actor").build().rows[0][0] == "actor-iskp"
    for bad in ("entity:ISIS-K", "events:by=year", "relations:ISIS-K,type=nope", "search:"):
        with pytest.raises(viewspec.ViewSpecError):
            table_job(ref, bad)
    assert output_paths(Path("out.csv"), 2, "csv") == [Path("out-1.csv"), Path("out-2.csv")]
    assert output_paths(Path("out.csv"), 1, "csv") == [Path("out.csv")]


def test_cli_export_csv_events_2021(ref_path: Path, ref: Reference, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    res = run("export", "csv", "-o", str(out), "--view", "events:from=2021,to=2021", db=ref_path)
    assert res.returncode == 0, res.stderr
    assert str(out) in res.stdout
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    flt = views.count_filter(ref, viewspec.parse("events:from=2021,to=2021"))
    assert len(rows) == ref.counts(flt).total


def test_cli_export_json_several_views(ref_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    res = run(
        "export",
        "json",
        "-o",
        str(out),
        "--view",
        "chart:by=year",
        "--view",
        "relations:ISIS-K",
        db=ref_path,
    )
    assert res.returncode == 0, res.stderr
    first, second = tmp_path / "out-1.json", tmp_path / "out-2.json"
    assert res.stdout.split() == [str(first), str(second)]
    assert "one file per view" in res.stderr
    chart = json.loads(first.read_text(encoding="utf-8"))
    assert chart["meta"]["view"] == "chart:by=year"
    assert chart["meta"]["coverage_caveat"]
    assert not out.exists()


def test_cli_bad_spec_exits_2_with_one_line(ref_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    for spec in ("events:nonsense", "bogus", "chart:by=week"):
        res = run("export", "csv", "-o", str(out), "--view", spec, db=ref_path)
        assert res.returncode == 2
        assert len(res.stderr.strip().splitlines()) == 1, res.stderr
    assert not out.exists()


FORMULAS = (
    '=HYPERLINK("http://example.invalid","x")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1)",
    "\tTab",
    "\rCR",
)


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(tmp_path: Path) -> None:
    out = tmp_path / "t.csv"
    row = (*FORMULAS, "-3", "-3.5", -4, "ok = fine", None)
    tables.write_csv(out, [f"c{i}" for i in range(len(row))], [row])
    with out.open(encoding="utf-8", newline="") as fh:
        got = list(csv.reader(fh))[1]
    assert got[: len(FORMULAS)] == ["'" + f for f in FORMULAS]
    assert got[len(FORMULAS) :] == ["-3", "-3.5", "-4", "ok = fine", ""]
    raw = tmp_path / "raw.csv"
    tables.write_csv(raw, [f"c{i}" for i in range(len(row))], [row], raw=True)
    with raw.open(encoding="utf-8", newline="") as fh:
        assert list(csv.reader(fh))[1][: len(FORMULAS)] == list(FORMULAS)


def test_imported_formula_names_reach_csv_as_text_and_json_unchanged(
    tmp_path: Path, ref_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A UCDP actor named =HYPERLINK(...) exports as text from the command line; JSON keeps
    the value; --raw-cells writes it as stored."""
    src = Path(__file__).parent / "data" / "GEDEvent_v25_1_SYNTHETIC.csv"
    with src.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    evil = FORMULAS[0]
    for r in rows:
        r["side_a"] = evil
    ged = tmp_path / "GEDEvent_v25_1_EVIL.csv"
    with ged.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    user = tmp_path / "user"
    env_args = ("--user-dir", str(user))
    assert run(*env_args, "import", "ucdp", str(ged), db=ref_path).returncode == 0
    view = "events:source=GEDEvent_v25_1_EVIL"
    out = tmp_path / "e.csv"
    assert (
        run(*env_args, "export", "csv", "-o", str(out), "--view", view, db=ref_path).returncode == 0
    )
    text = out.read_text(encoding="utf-8")
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text and '"=HYPERLINK' not in text
    raw = tmp_path / "raw.csv"
    r = run(*env_args, "export", "csv", "-o", str(raw), "--view", view, "--raw-cells", db=ref_path)
    assert r.returncode == 0, r.stderr
    assert "'=HYPERLINK" not in raw.read_text(encoding="utf-8")
    js = tmp_path / "e.json"
    assert (
        run(*env_args, "export", "json", "-o", str(js), "--view", view, db=ref_path).returncode == 0
    )
    doc = json.loads(js.read_text(encoding="utf-8"))
    cells = [v for row in doc["rows"] for v in row.values() if isinstance(v, str)]
    assert any(v.startswith(evil) for v in cells)
    assert not any(v.startswith("'=") for v in cells)


def test_events_and_relations_exports_are_complete(ref: Reference) -> None:
    """Issue 14: dates with both ends and their precision, coordinates, grades,
    corrections; relations with the vague flag."""
    from khorasan_desktop.cli.tables import table_job

    table = table_job(ref, "events").build()
    rows = [dict(zip(table.columns, r, strict=True)) for r in table.rows]
    assert all(r["date_start"] and r["date_end"] for r in rows if r["date"])
    month = next(r for r in rows if r["date_precision"] == "month")
    assert month["date_end"] > month["date_start"] and len(month["date_end"]) == 10
    located = [r for r in rows if r["latitude"] is not None]
    assert located and all(r["coord_precision"] for r in located)
    assert all(re.search(r"\([A-F?][1-6?]\)", r["sources"]) for r in rows)
    fixed = next(r for r in rows if r["id"] == "isk-2020-kabul")
    assert "date: 2020 -> 2020-02-11" in fixed["correction"] and "Why:" in fixed["correction"]
    assert sum(1 for r in rows if r["correction"]) == 2
    rels = table_job(ref, "relations").build()
    vague = [dict(zip(rels.columns, r, strict=True))["vague"] for r in rels.rows]
    assert True in vague and False in vague


ACLED_ROWS = """event_id_cnty,event_date,year,time_precision,event_type,actor1,actor2,country,\
admin1,location,latitude,longitude,geo_precision,source,notes,fatalities,timestamp
AFG9001,2021-09-01,2021,1,Explosions/Remote violence,Taliban and/or Islamic State Khorasan \
Province (ISKP),Civilians (Afghanistan),Afghanistan,Kabul,Kabul,34.5,69.2,1,Test,SYNTHETIC,3,\
1700000000
AFG9003,2021-10-02,2021,3,Explosions/Remote violence,Islamic State Khorasan Province (ISKP),\
Civilians (Afghanistan),Afghanistan,Nangarhar,Jalalabad,34.4,70.4,2,Test,SYNTHETIC,1,1700000000
"""


def _exported(
    fmt: str, view: str, base: list[str], out: Path
) -> tuple[list[dict[str, str]], dict[str, object]]:
    """Export one view with the command line and read the file (and for a CSV its
    sidecar) back: the rows as the file holds them and the metadata."""
    from khorasan_desktop import cli

    assert cli.main([*base, "export", fmt, "-o", str(out), "--view", view]) == 0
    if fmt == "json":
        doc = json.loads(out.read_text(encoding="utf-8"))
        return doc["rows"], doc["meta"]
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    side = json.loads(tables.sidecar_path(out).read_text(encoding="utf-8"))
    assert side["table"] == out.name
    assert not rows or side["columns"] == list(rows[0])
    return rows, side["meta"]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_exported_event_files_are_complete(
    ref_path: Path, ref: Reference, tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 14, read back from the files: both ends of every date and its precision,
    place with coordinates, deaths low/best/high, injuries, attribution and actors (an
    ACLED "X and/or Y" row as "attribution uncertain"), sources with both grades,
    corrections; the coverage caveat and the published figures as metadata."""
    from khorasan_desktop import cli

    user = tmp_path / "user"
    base = ["--db", str(ref_path), "--user-dir", str(user)]
    acled = tmp_path / "acled_test.csv"
    acled.write_text(ACLED_ROWS, encoding="utf-8")
    assert cli.main([*base, "import", "acled", str(acled), "--name", "acled_test"]) == 0
    capsys.readouterr()
    view = "events:source=bundled+acled_test,from=2021,to=2021"
    rows, meta = _exported(fmt, view, base, tmp_path / f"ev.{fmt}")
    blank = None if fmt == "json" else ""
    by_id = {r["id"]: r for r in rows}
    assert len(rows) == len(by_id) > 2
    for r in rows:
        assert r["date_start"] and r["date_end"] and r["date_precision"], r["id"]
        assert r["date_start"] <= r["date_end"]
    # 26 Aug 2021, Kabul airport: a day, its place with coordinates, graded sources.
    day = next(r for r in rows if r["date_precision"] == "day" and r["id"].startswith("isk-"))
    assert day["date_end"] == day["date_start"]
    fields = ("deaths_best", "deaths_low", "deaths_high", "injuries", "latitude", "longitude")
    for column in (*fields, "place", "coord_precision", "attribution", "actors", "sources"):
        assert column in day
    located = next(r for r in rows if r["latitude"] not in (None, ""))
    assert located["longitude"] not in (None, "") and located["coord_precision"]
    ranged = [r for r in rows if r["deaths_low"] not in (None, "")]
    assert all(r["deaths_high"] not in (None, "") for r in ranged)
    bundled = [r for r in rows if r["id"].startswith("isk-")]
    assert all(re.search(r"\([A-F?][1-6?]\)", r["sources"]) for r in bundled)
    assert all(r["attribution"] in ("claimed", "attributed", "disputed") for r in bundled)
    assert all(
        f"Islamic State Khorasan Province ({r['attribution']})" in r["actors"] for r in bundled
    )
    assert all(r["actor_ids"] == "actor-iskp" and r["perpetrator_as_stated"] for r in bundled)
    # ACLED: the shared label goes to neither actor; a month-precision row spans its month.
    shared = by_id["acled_test:AFG9001"]
    assert shared["actor_ids"] == "attribution-uncertain"
    assert "attribution uncertain" in shared["actors"]
    assert shared["perpetrator_as_stated"].startswith("Taliban and/or Islamic State")
    assert shared["attribution"] == blank  # ACLED grades no claim
    month = by_id["acled_test:AFG9003"]
    assert (month["date_start"], month["date_end"], month["date_precision"]) == (
        "2021-10-01",
        "2021-10-31",
        "month",
    )
    assert month["actor_ids"] == "actor-iskp" and month["coord_precision"] == "city"
    assert str(month["deaths_best"]) == "1"
    # The caveat and the very figures the PDF prints for this scope.
    from khorasan_desktop.views import events as events_kind

    user_db = user / paths.USER_DB_NAME
    data = events_kind.load(ref, events_kind.resolve(ref, viewspec.parse(view), user_db), user_db)
    assert meta["coverage_caveat"] == ref.meta["coverage_caveat"]
    published = meta["published_figures"]
    assert isinstance(published, list) and published
    assert [f["id"] for f in published] == [s.id for s in data.figures.statistics]
    # Only the imported set: no caveat of the bundled sample, the scope's figures still.
    _rows, alone = _exported(
        fmt, "events:source=acled_test,from=2021,to=2021", base, tmp_path / f"a.{fmt}"
    )
    assert alone["coverage_caveat"] is None and alone["published_figures"] == published
    un = next(f for f in published if f["id"] == "stat-001")
    assert un["value_text"].startswith("152 attacks") and un["source"]
    assert un["period"] == {
        "text": un["period"]["text"],
        "start": "2021-08-19",
        "end": "2021-12-31",
    }


def test_corrections_reach_the_exported_file(ref_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "ev.csv"
    base = ["--db", str(ref_path), "--user-dir", str(tmp_path / "user")]
    rows, _meta = _exported("csv", "events:from=2020,to=2020", base, out)
    fixed = next(r for r in rows if r["id"] == "isk-2020-kabul")
    assert "date: 2020 -> 2020-02-11" in fixed["correction"] and "Why:" in fixed["correction"]


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_exported_chart_has_every_period_and_the_imprecise_count_as_metadata(
    ref_path: Path, ref: Reference, tmp_path: Path, fmt: str
) -> None:
    base = ["--db", str(ref_path), "--user-dir", str(tmp_path / "user")]
    view = "chart:province=Kunar,by=quarter,from=2016,to=2021"
    rows, meta = _exported(fmt, view, base, tmp_path / f"chart.{fmt}")
    periods = [r["period"] for r in rows]
    assert periods[0] == "2016-Q1" and periods[-1] == "2021-Q4" and len(periods) == 24
    assert "imprecise" not in periods
    counts = [int(r["count"]) for r in rows]
    assert 0 in counts  # empty quarters are rows, not gaps
    flt = views.count_filter(ref, viewspec.parse(view))
    truth = ref.counts(flt, "quarter")
    assert sum(counts) + truth.imprecise == truth.total == meta["total"]
    assert meta["imprecise"] == truth.imprecise and "imprecise_note" in meta
    assert meta["coverage_caveat"] and "published_figures" in meta


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_exported_relations_have_period_and_vague_flag(
    ref_path: Path, tmp_path: Path, fmt: str
) -> None:
    base = ["--db", str(ref_path), "--user-dir", str(tmp_path / "user")]
    rows, _meta = _exported(fmt, "relations", base, tmp_path / f"rel.{fmt}")
    assert {"start", "end", "vague"} <= set(rows[0])
    assert {str(r["vague"]) for r in rows} == {"True", "False"}
    assert any(r["start"] not in (None, "") for r in rows)


def test_exported_timeline_carries_its_views_caveat_and_figures(
    ref_path: Path, ref: Reference, tmp_path: Path
) -> None:
    from khorasan_desktop.views import timeline as timeline_kind

    base = ["--db", str(ref_path), "--user-dir", str(tmp_path / "user")]
    view = "timeline:ISIS-K,from=2021,to=2021"
    rows, meta = _exported("csv", view, base, tmp_path / "tl.csv")
    user_db = tmp_path / "user" / "user.sqlite"
    data = timeline_kind.load(
        ref, timeline_kind.resolve(ref, viewspec.parse(view), user_db), user_db
    )
    assert len(rows) == len(data.rows())
    assert meta["coverage_caveat"] == ref.meta["coverage_caveat"]
    assert [f["id"] for f in meta["published_figures"]] == [s.id for s in data.figures.statistics]
