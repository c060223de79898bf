"""UCDP GED and ACLED CSV import: parsing, mapping, streaming safety, counting, CLI.

All rows in tests/data are synthetic test data (see tests/data/README.md).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from khorasan_desktop import cli
from khorasan_desktop.core.normalize import normalize
from khorasan_desktop.data.errors import DataError
from khorasan_desktop.data.events import mapping as ei_mapping
from khorasan_desktop.data.events import writer as ei_writer
from khorasan_desktop.data.events.imported import (
    imported_counts,
    imported_event_rows,
    imported_province_counts,
)
from khorasan_desktop.data.events.mapping import actor_mapping
from khorasan_desktop.data.events.writer import ImportCancelled, import_event_file
from khorasan_desktop.data.reference import CountFilter, Reference
from khorasan_desktop.data.ucdp import date_precision, release
from khorasan_desktop.data.userdb import UserStore

DATA = Path(__file__).parent / "data"
GED = DATA / "GEDEvent_v25_1_SYNTHETIC.csv"
GED_OLD = DATA / "ged_old_release_SYNTHETIC.csv"
ACLED = DATA / "acled_SYNTHETIC.csv"
ISKP = CountFilter(actor_id="actor-iskp")


def dump(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def bins(counts: object) -> dict[str, int]:
    return {b.period: b.count for b in counts.bins}  # type: ignore[attr-defined]


@pytest.fixture
def user_db(tmp_path: Path) -> Path:
    return tmp_path / "user" / "user.sqlite"


def test_ucdp_import_report(ref: Reference, user_db: Path) -> None:
    report = import_event_file(user_db, "ucdp", GED, ref)
    assert report.dataset == "GEDEvent_v25_1_SYNTHETIC"
    assert (report.inserted, report.updated, report.row_count) == (8, 0, 8)
    assert report.skipped == 1
    assert report.skipped_lines == [(11, "date_start '2019-13-45' is not a calendar day")]
    assert report.duplicates == 1 and report.duplicate_lines == [12]
    assert report.unmapped_provinces == {"Afghanistan / Imaginary province": 1}
    assert report.release == "25.1"
    assert report.attribution == (
        "UCDP Georeferenced Event Dataset (GED) Global version 25.1, "
        "Uppsala Conflict Data Program, CC BY 4.0"
    )
    assert report.columns_missing == []
    assert (report.date_from, report.date_to) == ("2018-03-04", "2021-02-28")
    store = UserStore(user_db)
    try:
        rows = {
            r[0]: r[1:]
            for r in store.db.execute(
                "SELECT ext_id, place, source_text, province_id, actor_id, actor2_id, "
                "deaths_low, deaths_best, deaths_high, date_precision, place_precision "
                "FROM imported_events"
            )
        }
        ds = store.event_datasets()[0]
    finally:
        store.close()
    # quoted field with a comma; a field with quotes, commas and a line break; BOM'd header
    assert rows["900001"][0] == "Jalalabad, city"
    assert rows["900001"][1] == (
        'Line one, with "quotes", commas\nline two of the same field (SYNTHETIC)'
    )
    assert rows["900001"][2:8] == ("prov-afg-nangarhar", "actor-iskp", None, 4, 5, 7)
    assert rows["900001"][8:] == ("day", "exact")
    assert rows["900002"][6] == 9  # the later duplicate row won
    assert rows["900003"][2:4] == ("prov-afg-helmand", "actor-afghan-government")
    assert rows["900003"][4] == "actor-iskp"  # IS as side_b
    assert rows["900003"][8:] == ("month", "province")
    assert rows["900004"][2] == "prov-pak-khyberpakhtunkhwa"
    assert rows["900004"][8] == "quarter"
    assert rows["900005"][2:5] == (None, None, "actor-islamic-state")  # IS in Iraq
    assert rows["900006"][2] is None  # unknown province kept, without an id
    assert rows["900008"][8] == "period"
    assert ds.licence and "CC BY 4.0" in ds.licence
    assert ds.mapping["IS @ Afghanistan"] == "actor-iskp"
    assert (ds.date_from, ds.date_to, ds.row_count) == ("2018-03-04", "2021-02-28", 8)


def test_imported_counts_match_the_file(ref: Reference, user_db: Path) -> None:
    import_event_file(user_db, "ucdp", GED, ref)
    by_year = imported_counts(user_db, None, "ucdp", ISKP, "year")
    assert bins(by_year) == {"2018": 2, "2019": 2, "2020": 1}
    assert (by_year.imprecise, by_year.total) == (1, 6)
    by_month = imported_counts(user_db, ["GEDEvent_v25_1_SYNTHETIC"], None, ISKP, "month")
    assert bins(by_month) == {"2018-03": 1, "2018-07": 1, "2019-05": 1}
    assert by_month.imprecise == 3
    quarter = imported_counts(user_db, None, None, ISKP, "quarter")
    assert bins(quarter) == {"2018-Q1": 1, "2018-Q3": 1, "2019-Q1": 1, "2019-Q2": 1, "2020-Q4": 1}
    taliban = imported_counts(user_db, None, None, CountFilter(actor_id="actor-taliban"))
    assert bins(taliban) == {"2020": 1}
    afg_2019 = CountFilter(country_id="country-afg", date_from="2019-01-01", date_to="2019-12-31")
    assert bins(imported_counts(user_db, None, None, afg_2019)) == {"2019": 1}
    claimed = CountFilter(actor_id="actor-iskp", attributions=("claimed",))
    assert imported_counts(user_db, None, None, claimed).total == 0
    provinces = imported_province_counts(user_db, None, None, ISKP)
    assert provinces == {
        "prov-afg-nangarhar": 2,
        "prov-afg-kabul": 1,
        "prov-afg-helmand": 1,
        "prov-afg-kunar": 1,
        "prov-pak-khyberpakhtunkhwa": 1,
    }
    rows = imported_event_rows(user_db, None, None, ISKP, by="year", period="2019")
    assert [r.ext_id for r in rows] == ["900004", "900003"]
    imprecise = imported_event_rows(user_db, None, None, ISKP, by="year", period="imprecise")
    assert [r.ext_id for r in imprecise] == ["900008"]
    page = imported_event_rows(user_db, None, None, ISKP, limit=2, offset=1)
    assert [r.ext_id for r in page] == ["900002", "900004"]
    assert page[0].date_display == "10 Jul 2018"
    with pytest.raises(DataError):
        imported_counts(user_db, ["no such set"], None, ISKP)
    # no user database yet: empty, and nothing created
    missing = user_db.parent / "none.sqlite"
    assert imported_counts(missing, None, None, ISKP).total == 0
    assert not missing.exists()


def test_reimport_updates_in_place(ref: Reference, user_db: Path, tmp_path: Path) -> None:
    import_event_file(user_db, "ucdp", GED, ref)
    again = import_event_file(user_db, "ucdp", GED, ref)
    assert again.replaced and (again.inserted, again.updated, again.removed) == (0, 8, 0)
    # a newer copy: one row gone, one changed
    lines = GED.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    newer = tmp_path / GED.name
    kept = [ln for ln in lines if not ln.startswith("900006,")]
    newer.write_text("".join(kept).replace(",Kunar province,", ",Kunar province,"), "utf-8")
    text = newer.read_text("utf-8")
    newer.write_text(text.replace("SYN-900007,2020", "SYN-900007,2020", 1), "utf-8")
    third = import_event_file(user_db, "ucdp", newer, ref)
    assert (third.inserted, third.updated, third.removed, third.row_count) == (0, 7, 1, 7)
    store = UserStore(user_db)
    try:
        n = store.db.execute("SELECT count(*) FROM imported_events").fetchone()[0]
        assert n == 7 and len(store.datasets()) == 1
    finally:
        store.close()


def _broken_files(tmp_path: Path) -> dict[str, Path]:
    raw = GED.read_bytes()
    out = {}
    out["wrong header"] = tmp_path / "wrong.csv"
    out["wrong header"].write_text("name,value\nSYNTHETIC,1\n", "utf-8")
    out["truncated"] = tmp_path / "truncated.csv"
    out["truncated"].write_bytes(raw[: raw.rindex(b"\n900002") + 40])
    out["bad encoding"] = tmp_path / "latin1.csv"
    out["bad encoding"].write_bytes(raw.replace(b"Synthetic place", b"Synth\xe9tic place", 1))
    out["huge field"] = tmp_path / "huge.csv"
    out["huge field"].write_bytes(raw.replace(b"Synthetic place", b'"' + b"x\n" * 700 + b'"', 1))
    out["not utf-8 at all"] = tmp_path / "utf16.csv"
    out["not utf-8 at all"].write_bytes(GED.read_text("utf-8-sig").encode("utf-16"))
    out["empty"] = tmp_path / "empty.csv"
    out["empty"].write_bytes(b"")
    out["header only"] = tmp_path / "header.csv"
    out["header only"].write_bytes(raw.split(b"\n")[0] + b"\n")
    return out


def test_malformed_files_are_refused_and_change_nothing(
    ref: Reference, user_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ei_writer, "FIELD_LIMIT", 1000)
    import_event_file(user_db, "ucdp", GED, ref, name="base")
    before = dump(user_db)
    expected = {
        "wrong header": "is not a UCDP GED CSV: the header lacks id, date_start",
        "truncated": "the file ends inside a row",
        "bad encoding": "line 4 is not UTF-8 text (byte 0xe9",
        "huge field": "a field is larger than",
        "not utf-8 at all": "UTF-16",
        "empty": "is empty",
        "header only": "no row could be imported",
    }
    for what, path in _broken_files(tmp_path).items():
        for name in ("base", None):  # into the existing data set, and as a new one
            with pytest.raises(DataError) as err:
                import_event_file(user_db, "ucdp", path, ref, name=name)
            assert expected[what] in str(err.value), (what, str(err.value))
            assert "\n" not in str(err.value)
            assert dump(user_db) == before, what


def test_truncated_outside_quotes_and_bad_rows(
    ref: Reference, user_db: Path, tmp_path: Path
) -> None:
    raw = GED.read_bytes()
    cut = tmp_path / "cut.csv"
    cut.write_bytes(raw[: raw.rstrip(b"\n").rindex(b"\n") + 30])  # last line cut after a few fields
    with pytest.raises(DataError, match="truncated"):
        import_event_file(user_db, "ucdp", cut, ref)
    no_newline = tmp_path / "nonl.csv"
    no_newline.write_bytes(raw.rstrip(b"\n"))  # complete, just no final line break
    report = import_event_file(user_db, "ucdp", no_newline, ref)
    assert report.row_count == 8 and any("line break" in w for w in report.warnings)
    short = tmp_path / "short.csv"
    short.write_bytes(raw.replace(b"\n900005,", b"\n900005,1,2\n900055,", 1))
    report = import_event_file(user_db, "ucdp", short, ref, name="short")
    assert (7, "3 fields where the header has 49") in report.skipped_lines


def test_cancel_leaves_database_unchanged(ref: Reference, user_db: Path) -> None:
    import_event_file(user_db, "ucdp", GED_OLD, ref)
    before = dump(user_db)
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    seen: list[tuple[int, int]] = []
    for name in ("GEDEvent_v25_1_SYNTHETIC", "ged_old_release_SYNTHETIC"):
        calls["n"] = 0
        with pytest.raises(ImportCancelled):
            import_event_file(
                user_db,
                "ucdp",
                GED,
                ref,
                name=name,
                cancelled=cancelled,
                progress=lambda d, t: seen.append((d, t)),
                batch_size=2,
            )
        assert dump(user_db) == before
    assert seen and all(0 < d <= t == GED.stat().st_size for d, t in seen)


def test_old_release_missing_columns(ref: Reference, user_db: Path) -> None:
    report = import_event_file(user_db, "ucdp", GED_OLD, ref)
    assert report.row_count == 2 and report.release is None
    assert "geom_wkt" in report.columns_missing and "best" not in report.columns_missing
    assert report.columns_extra == ["extra_col"]
    assert report.unmapped_provinces == {}
    rows = imported_event_rows(user_db, None, None, CountFilter())
    assert [(r.deaths_low, r.deaths_best, r.deaths_high) for r in rows] == [(5, 7, 9), (10, 12, 30)]
    assert rows[1].province_id == "prov-afg-jowzjan"
    assert rows[1].precision == "month" and rows[0].place_precision == "city"


def test_mapping_default_and_custom(ref: Reference, user_db: Path, tmp_path: Path) -> None:
    default = actor_mapping("ucdp", ref)
    as_json = default.to_json()
    assert as_json["IS @ Afghanistan"] == as_json["IS @ Pakistan"] == "actor-iskp"
    assert as_json["IS"] == "actor-islamic-state" and as_json["Taleban"] == "actor-taliban"
    assert set(as_json.values()) <= set(ei_mapping.reference_actors(ref))
    assert any("IS @ Afghanistan" in line for line in default.lines())
    custom = tmp_path / "mapping.json"
    custom.write_text(json.dumps({"IS": "ISKP", "Taleban": None, "Civilians": None}), "utf-8")
    mapping = actor_mapping("ucdp", ref, ei_mapping.load_mapping_file(custom))
    assert mapping.to_json()["IS"] == "actor-iskp"  # a name, resolved
    report = import_event_file(user_db, "ucdp", GED, ref, mapping=mapping)
    assert "Taleban" in report.actors_unmapped
    assert imported_counts(user_db, None, None, ISKP).total == 7  # Iraq's IS too now
    stored = UserStore(user_db)
    try:
        assert stored.event_datasets()[0].mapping["Taleban"] is None
    finally:
        stored.close()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"IS": "actor-nobody"}), "utf-8")
    with pytest.raises(DataError, match="not in the reference"):
        actor_mapping("ucdp", ref, ei_mapping.load_mapping_file(bad))
    bad.write_text("[1, 2]", "utf-8")
    with pytest.raises(DataError, match="JSON object"):
        ei_mapping.load_mapping_file(bad)


def test_acled_basics(ref: Reference, user_db: Path) -> None:
    report = import_event_file(user_db, "acled", ACLED, ref)
    assert report.row_count == 5 and report.skipped == 1
    assert report.skipped_lines == [(7, "event_date '31 February 2022' is not a calendar day")]
    assert report.attribution == (
        "ACLED (Armed Conflict Location & Event Data), acleddata.com, used under its terms of use"
    )
    assert report.release == "data as of 2024-03-09"
    assert any("not redistributed" in w for w in report.warnings)
    # PAK1004 is "Islamic State (Pakistan)": the Islamic State, not ISKP (no source makes
    # them one; the label does not name Khorasan).
    assert bins(imported_counts(user_db, None, "acled", ISKP)) == {"2021": 2, "2022": 1}
    rows = {r.ext_id: r for r in imported_event_rows(user_db, None, "acled", CountFilter())}
    assert rows["AFG1001"].date_start == "2021-08-26" and rows["AFG1001"].precision == "day"
    assert (rows["AFG1002"].date_start, rows["AFG1002"].date_end) == ("2021-09-02", "2021-09-08")
    assert rows["AFG1002"].precision == "month"
    assert (rows["AFG1003"].date_start, rows["AFG1003"].precision) == ("2022-03-01", "month")
    assert rows["AFG1003"].actor_id == "actor-taliban"
    assert rows["AFG1003"].actor2_id == "actor-iskp"
    assert rows["PAK1004"].province_id == "prov-pak-khyberpakhtunkhwa"
    assert rows["PAK1004"].actor_id == "actor-islamic-state"
    assert rows["IRQ1005"].actor_id == "actor-islamic-state"
    assert rows["AFG1001"].deaths_best == 170
    assert imported_counts(user_db, None, "ucdp", ISKP).total == 0
    with pytest.raises(DataError, match="It looks like UCDP GED"):
        import_event_file(user_db, "acled", GED, ref)
    store = UserStore(user_db)
    try:
        assert store.remove_dataset("acled_SYNTHETIC")
        assert store.db.execute("SELECT count(*) FROM imported_events").fetchone()[0] == 0
    finally:
        store.close()


def test_precision_and_release_helpers() -> None:
    assert date_precision("1", "2018-03-30", "2018-04-02") == "day"
    assert date_precision("2", "2018-03-02", "2018-03-06") == "month"
    assert date_precision("3", "2018-04-29", "2018-05-04") == "quarter"
    assert date_precision("3", "2018-03-29", "2018-04-04") == "year"
    assert date_precision("3", "2018-03-29", "2018-03-29") == "month"
    assert date_precision("4", "2018-06-01", "2018-06-30") == "month"
    assert date_precision("5", "2018-06-01", "2018-06-30") == "quarter"
    assert date_precision("5", "2018-01-01", "2018-12-31") == "year"
    assert date_precision("", "2018-01-01", "2018-01-01") == "day"
    assert date_precision("5", "2018-12-01", "2019-01-31") == "period"
    assert release("GEDEvent_v25_1.csv") == "25.1"
    assert release("GEDEvent_v25_0_3.csv") == "25.0.3"
    assert release("ged251-csv.csv") == "25.1"
    assert release("events.csv") is None


def test_cli_import_datasets_remove(
    ref_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    user = tmp_path / "cli-user"
    base = ["--db", str(ref_path), "--user-dir", str(user)]
    assert cli.main([*base, "import", "ucdp", str(GED), "--show-mapping"]) == 0
    out = capsys.readouterr().out
    assert "IS @ Afghanistan" in out and '"IS @ Pakistan": "actor-iskp"' in out
    assert not (user / "user.sqlite").exists()
    assert cli.main([*base, "import", "ucdp", str(GED), "--name", "ged"]) == 0
    out = capsys.readouterr().out
    assert "8 events (8 new, 0 updated)" in out and "line 11: date_start" in out
    assert "Afghanistan / Imaginary province: 1" in out
    mapping = tmp_path / "m.json"
    mapping.write_text('{"Islamic State (Iraq)": "actor-iskp"}', "utf-8")
    assert cli.main([*base, "import", "acled", str(ACLED), "--mapping", str(mapping)]) == 0
    capsys.readouterr()
    assert cli.main([*base, "datasets", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(d["name"], d["kind"], d["rows"]) for d in listed] == [
        ("acled_SYNTHETIC", "acled", 5),
        ("ged", "ucdp", 8),
    ]
    assert listed[1]["release"] == "25.1" and listed[1]["date_from"] == "2018-03-04"
    assert cli.main([*base, "datasets"]) == 0
    assert "ged  [ucdp]  release 25.1  8 rows" in capsys.readouterr().out
    before = dump(user / "user.sqlite")
    assert cli.main([*base, "import", "ucdp", str(ACLED), "--name", "ged"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "use 'import acled'" in err
    assert dump(user / "user.sqlite") == before
    assert cli.main([*base, "remove-dataset", "ged"]) == 0
    assert cli.main([*base, "remove-dataset", "ged"]) == 2
    capsys.readouterr()
    assert cli.main([*base, "datasets", "--json"]) == 0
    assert [d["name"] for d in json.loads(capsys.readouterr().out)] == ["acled_SYNTHETIC"]


ACLED_EDGES = """event_id_cnty,event_date,year,time_precision,event_type,actor1,actor2,country,\
admin1,location,latitude,longitude,geo_precision,source,notes,fatalities,timestamp
AFG9001,2021-09-01,2021,1,Explosions/Remote violence,Taliban and/or Islamic State Khorasan \
Province (ISKP),Civilians (Afghanistan),Afghanistan,Kabul,Kabul,34.5,69.2,1,Test,SYNTHETIC,3,\
1700000000
AFG77,2017-01-02,2017,2,Explosions/Remote violence,Islamic State Khorasan Province (ISKP),\
Civilians (Afghanistan),Afghanistan,Nangarhar,Jalalabad,34.4,70.4,1,Test,SYNTHETIC,1,1700000000
AFG9002,2019-05-01,2018,1,Battles,Taliban,Military Forces of Afghanistan,Afghanistan,Kabul,\
Kabul,34.5,69.2,1,Test,SYNTHETIC,0,1700000000
"""


def test_acled_shared_attribution_and_dates_within_their_year(
    ref: Reference, user_db: Path, tmp_path: Path
) -> None:
    """Issue 14: ACLED's "Taliban and/or ISKP" goes to neither actor; a week-precision date
    on 2 January stays in its year; a ``year`` that disagrees with the date is refused."""
    path = tmp_path / "acled_edges.csv"
    path.write_text(ACLED_EDGES, encoding="utf-8")
    report = import_event_file(user_db, "acled", path, ref)
    assert report.row_count == 2
    assert report.skipped_lines == [(4, "year '2018' does not match event_date 2019-05-01")]
    rows = {r.ext_id: r for r in imported_event_rows(user_db, None, "acled", CountFilter())}
    assert rows["AFG9001"].actor_id == ei_mapping.UNCERTAIN
    assert (rows["AFG77"].date_start, rows["AFG77"].date_end) == ("2017-01-01", "2017-01-05")
    taliban = CountFilter(actor_id="actor-taliban")
    assert imported_counts(user_db, None, "acled", taliban).total == 0
    assert bins(imported_counts(user_db, None, "acled", ISKP)) == {"2017": 1}
    uncertain = CountFilter(actor_id=ei_mapping.UNCERTAIN)
    assert bins(imported_counts(user_db, None, "acled", uncertain)) == {"2021": 1}
    # A rule naming the label exactly still wins, when the user decides it.
    custom = {"Taliban and/or Islamic State Khorasan Province (ISKP)": "actor-taliban"}
    chosen = actor_mapping("acled", ref, custom)
    assert (
        chosen.resolve("Taliban and/or Islamic State Khorasan Province (ISKP)", "afghanistan")
        == "actor-taliban"
    )


def test_acled_defaults_merge_only_names_a_source_gives(ref: Reference) -> None:
    """Issue 14: no cited source says ACLED's "Turkistan Islamic Party" is the East
    Turkestan Islamic Movement, so it keeps its source name; every other exact default
    rule is the actor's own name or one of its cited aliases."""
    acled = actor_mapping("acled", ref)
    assert acled.resolve("Turkistan Islamic Party", "afghanistan") is None
    # In Pakistan only a label naming Khorasan is ISKP (the Pakistan Province is not).
    assert acled.resolve("Islamic State (Pakistan)", "pakistan") == "actor-islamic-state"
    assert acled.resolve("Islamic State Khorasan Province (ISKP)", "pakistan") == "actor-iskp"
    assert acled.resolve("Islamic State (Afghanistan)", "afghanistan") == "actor-iskp"
    assert "Turkistan Islamic Party" not in acled.to_json()
    for rule in acled.rules:
        if rule.pattern is not None or rule.actor_id is None:
            continue
        ent = ref.entity(rule.actor_id)
        names = {ent.name, *(a.alias for a in ent.aliases if a.citations)}
        assert rule.name_norm in {normalize(n) for n in names}, rule.key


def test_the_import_shares_the_interpreter_with_the_window_every_row(
    ref: Reference, user_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The row loop gives the lock sharer a call per row, so the window's thread gets its
    turns while a big file is parsed (benchmarks/bench_gui.py measures the ticks)."""
    calls: list[None] = []
    monkeypatch.setattr(ei_writer, "lock_sharer", lambda: lambda: calls.append(None))
    report = import_event_file(user_db, "ucdp", GED, ref)
    assert len(calls) == report.rows_read > 0  # every row of the file, one call each


def test_the_lock_sharer_sleeps_only_once_its_interval_has_passed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from khorasan_desktop.core import sharing

    now = [0.0]
    slept: list[float] = []
    monkeypatch.setattr(sharing.time, "perf_counter", lambda: now[0])
    monkeypatch.setattr(sharing.time, "sleep", slept.append)
    share = sharing.lock_sharer(0.01)
    for _ in range(5):
        now[0] += 0.003
        share()
    assert slept == [0]  # once 10 ms had passed (at 12 ms), not before


def test_after_an_import_the_next_open_skips_the_whole_file_check(
    ref: Reference, user_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The import checks the file it wrote on its own thread, so the window's next open
    of the store does not read the whole file again (400 ms at 300,000 rows)."""
    from khorasan_desktop.data import userdb

    UserStore(user_db).close()  # the file exists, as the window's store made it
    import_event_file(user_db, "ucdp", GED, ref)
    checks: list[object] = []
    real = userdb.quick_check
    monkeypatch.setattr(userdb, "quick_check", lambda conn: checks.append(conn) or real(conn))
    UserStore(user_db).close()
    assert checks == []
    with sqlite3.connect(user_db) as conn:  # written by someone else: checked again
        conn.execute("CREATE TABLE other (x)")
    conn.close()
    UserStore(user_db).close()
    assert len(checks) == 1
