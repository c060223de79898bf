"""Hostile input: files others made, damaged databases, odd strings. Each case gives
results or one clear line, and a refused input changes nothing in the user folder."""

from __future__ import annotations

import contextlib
import csv
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khorasan_desktop import cli
from khorasan_desktop.core.normalize import valid_text
from khorasan_desktop.data import tables
from khorasan_desktop.data.errors import DataError, NotFound
from khorasan_desktop.data.reference import Reference

DATA = Path(__file__).parent / "data"
ACLED = DATA / "acled_SYNTHETIC.csv"
GED = DATA / "GEDEvent_v25_1_SYNTHETIC.csv"


def folder_hash(folder: Path) -> str:
    """One hash over every file's path and bytes under ``folder`` (absent: empty)."""
    h = hashlib.sha256()
    if folder.exists():
        for p in sorted(folder.rglob("*")):
            if p.is_file():
                h.update(str(p.relative_to(folder)).encode())
                h.update(p.read_bytes())
    return h.hexdigest()


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def with_rows(src: Path, out: Path, changes: list[dict[str, str]]) -> Path:
    """``src``'s header and first row, then one copy of that row per change (ids made
    unique), then the first row again: a file whose good rows must still import."""
    with src.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    header, base = rows[0], [c.replace("\n", " ") for c in rows[1]]
    idcol = 0
    body = []
    for i, change in enumerate(changes):
        row = list(base)
        row[idcol] = f"{base[idcol]}X{i}"
        for col, value in change.items():
            row[header.index(col)] = value
        body.append(row)
    with out.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([header, base, *body])
    return out


# -- safe CSV ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+1+2", "'+1+2"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("-3.5", "-3.5"),
        ("+12", "+12"),
        ("-1e3", "-1e3"),
        ("a=b", "a=b"),
        ("", ""),
        (-3.5, -3.5),
        (-7, -7),
        (None, None),
    ],
)
def test_safe_cell(value: object, written: object) -> None:
    assert tables.safe_cell(value) == written


def test_csv_neutralises_formulas_unless_raw(tmp_path: Path) -> None:
    out = tmp_path / "t.csv"
    row = ("=1+1", -3.5, "-3.5", "@x", None)
    tables.write_csv(out, ("=a", "b", "c", "d", "e"), [row])
    with out.open(encoding="utf-8", newline="") as fh:
        assert list(csv.reader(fh)) == [
            ["'=a", "b", "c", "d", "e"],
            ["'=1+1", "-3.5", "-3.5", "'@x", ""],
        ]
    tables.write_table(out, "csv", tables.Table(("a",), [("=1+1",)]), raw_cells=True)
    with out.open(encoding="utf-8", newline="") as fh:
        assert list(csv.reader(fh)) == [["a"], ["=1+1"]]
    tables.write_table(tmp_path / "t.json", "json", tables.Table(("a",), [("=1+1",)]), {})
    assert '"=1+1"' in (tmp_path / "t.json").read_text(encoding="utf-8")


def test_cli_export_csv_of_imported_formula_names(
    ref_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    user = tmp_path / "u"
    base = ["--db", str(ref_path), "--user-dir", str(user)]
    evil = with_rows(
        ACLED,
        tmp_path / "evil.csv",
        [
            {"actor1": '=HYPERLINK("http://example.invalid","click")'},
            {"actor1": "+cmd|' /C calc'!A0"},
            {"actor1": "@SUM(1+1)"},
        ],
    )
    assert cli.main([*base, "import", "acled", str(evil)]) == 0
    capsys.readouterr()
    out = tmp_path / "e.csv"
    view = "events:source=evil"
    assert cli.main([*base, "export", "csv", "-o", str(out), "--view", view]) == 0
    with out.open(encoding="utf-8", newline="") as fh:
        cells = [c for row in csv.reader(fh) for c in row]
    risky = [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")]
    assert not risky
    assert any(c.startswith("'=HYPERLINK") for c in cells)
    raw = tmp_path / "raw.csv"
    assert cli.main([*base, "export", "csv", "-o", str(raw), "--view", view, "--raw-cells"]) == 0
    assert '=HYPERLINK(""http://example.invalid' in raw.read_text(encoding="utf-8")


# -- import rows out of range --------------------------------------------------------------
ACLED_BAD = [
    ({"fatalities": "inf"}, "out of range"),
    ({"fatalities": "-inf"}, "out of range"),
    ({"fatalities": "nan"}, "out of range"),
    ({"fatalities": "1e400"}, "out of range"),
    ({"fatalities": str(2**63)}, "out of range"),
    ({"fatalities": str(2**64 + 1)}, "out of range"),
    ({"fatalities": "1e20"}, "out of range"),
    ({"fatalities": "-1"}, "not a whole number"),
    ({"fatalities": "2.5"}, "not a whole number"),
    ({"latitude": "inf"}, "out of range"),
    ({"longitude": "nan"}, "out of range"),
    ({"event_date": "0001-01-01", "time_precision": "2"}, "edge of the calendar"),
    ({"event_date": "9999-12-31", "time_precision": "2"}, "edge of the calendar"),
    ({"event_date": "1 January 0001", "time_precision": "2"}, "edge of the calendar"),
    ({"event_date": "0000-01-01"}, "not a calendar day"),
    ({"event_date": "31 Smarch 2021"}, "no month name"),
    ({"timestamp": "9" * 40}, None),  # an absurd timestamp is ignored, the row imports
]
GED_BAD = [
    ({"best": "inf"}, "out of range"),
    ({"best": "1e400"}, "out of range"),
    ({"best": str(2**63)}, "out of range"),
    ({"low": "9" * 30}, "out of range"),
    ({"high": "NaN"}, "out of range"),
    ({"date_start": "0001-01-01", "date_end": "9999-12-31"}, None),
    ({"date_start": "9999-12-31 00:00:00.000", "date_prec": "3"}, "before date_start"),
    ({"date_start": "9999-12-31", "date_end": "9999-12-31", "date_prec": "3"}, None),
    ({"latitude": "1e400"}, "out of range"),
]


@pytest.mark.parametrize(
    ("kind", "src", "cases"), [("acled", ACLED, ACLED_BAD), ("ucdp", GED, GED_BAD)]
)
def test_out_of_range_rows_are_refused_with_line_and_reason(
    kind: str,
    src: Path,
    cases: list[tuple[dict[str, str], str | None]],
    ref_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    f = with_rows(src, tmp_path / f"{kind}-hostile.csv", [c for c, _ in cases])
    base = ["--db", str(ref_path), "--user-dir", str(tmp_path / "u")]
    assert cli.main([*base, "import", kind, str(f)]) == 0
    out = capsys.readouterr().out
    refused = [(i, why) for i, (_, why) in enumerate(cases) if why]
    assert f"skipped {len(refused)} bad rows" in out
    for i, why in refused:
        assert f"line {i + 3}: " in out  # header, the good row, then the cases
        line = next(ln for ln in out.splitlines() if f"line {i + 3}: " in ln)
        assert why in line, line
    imported = len(cases) - len(refused) + 1
    assert f"{imported} events ({imported} new" in out


# -- hostile STIX bundles ------------------------------------------------------------------
def _bundle(*objects: dict[str, object]) -> dict[str, object]:
    return {"type": "bundle", "id": "bundle--1", "objects": list(objects)}


_ACTOR = {
    "type": "threat-actor",
    "spec_version": "2.1",
    "id": "threat-actor--11111111-1111-4111-8111-111111111111",
    "created": "2021-01-01T00:00:00.000Z",
    "modified": "2021-01-01T00:00:00.000Z",
    "name": "Test actor",
}
_MARKING = {
    "type": "marking-definition",
    "spec_version": "2.1",
    "id": "marking-definition--22222222-2222-4222-8222-222222222222",
    "created": "2021-01-01T00:00:00.000Z",
    "definition_type": "statement",
}
HOSTILE_BUNDLES: list[tuple[str, object, str]] = [
    ("deep-list", None, "levels deep"),  # built in the test: 100,000 nested lists
    ("deep-dict", None, "levels deep"),
    ("marking-string", _bundle({**_MARKING, "definition": "TLP:RED"}), "'definition'"),
    ("marking-list", _bundle({**_MARKING, "definition": ["x"]}), "'definition'"),
    ("created-by-list", _bundle({**_ACTOR, "created_by_ref": ["identity--x"]}), "created_by_ref"),
    ("name-object", _bundle({**_ACTOR, "name": {"en": "x"}}), "'name'"),
    ("aliases-string", _bundle({**_ACTOR, "aliases": "ISKP"}), "'aliases'"),
    ("modified-number", _bundle({**_ACTOR, "modified": 12}), "'modified'"),
    ("description-list", _bundle({**_ACTOR, "description": ["a"]}), "'description'"),
    (
        "relationship-start-object",
        _bundle(
            _ACTOR,
            {
                **_ACTOR,
                "type": "relationship",
                "id": "relationship--33333333-3333-4333-8333-333333333333",
                "relationship_type": "related-to",
                "source_ref": _ACTOR["id"],
                "target_ref": _ACTOR["id"],
                "start_time": {"x": 1},
            },
        ),
        "'start_time'",
    ),
    ("objects-object", {"type": "bundle", "id": "bundle--1", "objects": {}}, "not a list"),
    ("top-list", [1, 2], "not a STIX bundle"),
    ("no-id", _bundle({"type": "threat-actor"}), "no STIX type and id"),
    ("id-number", _bundle({**_ACTOR, "id": 5}), "no STIX type and id"),
    ("stix20", _bundle({**_ACTOR, "spec_version": "2.0"}), "only STIX 2.1"),
    ("not-json", "{", "not valid JSON"),
    ("not-utf8", b"\xff\xfe{", "not UTF-8"),
]


@pytest.mark.parametrize(
    ("label", "content", "why"), HOSTILE_BUNDLES, ids=[c[0] for c in HOSTILE_BUNDLES]
)
def test_hostile_stix_bundles_give_one_line_and_change_nothing(
    label: str,
    content: object,
    why: str,
    ref_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import json

    f = tmp_path / f"{label}.json"
    if label == "deep-list":
        f.write_text('{"type": "bundle", "objects": [' + "[" * 100_000 + "]" * 100_001 + "}")
    elif label == "deep-dict":
        f.write_text('{"type": "bundle", "x": ' + '{"a": ' * 200 + "1" + "}" * 200 + "}")
    elif isinstance(content, bytes):
        f.write_bytes(content)
    elif isinstance(content, str):
        f.write_text(content)
    else:
        f.write_text(json.dumps(content))
    user = tmp_path / "u"
    base = ["--db", str(ref_path), "--user-dir", str(user)]
    # a first good import, so the user database exists and must stay as it was
    good = tmp_path / "good.json"
    good.write_text(json.dumps(_bundle(_ACTOR)))
    assert cli.main([*base, "import", "stix", str(good)]) == 0
    capsys.readouterr()
    before = folder_hash(user)
    assert cli.main([*base, "import", "stix", str(f)]) == 2
    line = one_line(capsys.readouterr().err)
    assert why in line, line
    assert folder_hash(user) == before


# -- odd strings ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text", ["\ud800", "a\udfffb", "ISKP\ud83d", "\udcff\udcfe", "\ud83d\ude00"]
)
def test_lone_surrogates_search_and_resolve(text: str, ref: Reference) -> None:
    result = ref.search(text)
    assert isinstance(result.hits, tuple)
    try:
        assert ref.resolve(text).startswith("actor-")
    except NotFound as exc:
        assert "No entity matches" in str(exc)
    hits = ref.search("ISKP" + text).hits
    if not any(ch.isalnum() for ch in valid_text(text)):
        assert hits[0].id == "actor-iskp"


def test_cli_search_with_undecodable_argument(ref_path: Path, tmp_path: Path) -> None:
    res = subprocess.run(
        [sys.executable, "-m", "khorasan_desktop", "--db", str(ref_path), "search", "ISKP\udcff"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert res.returncode == 0, res.stderr
    assert "actor-iskp" in res.stdout or "Islamic State Khorasan" in res.stdout


# -- damaged reference databases -----------------------------------------------------------
def _damaged_copies(src: Path, folder: Path) -> list[tuple[str, Path, str]]:
    """(label, file, text the one line must contain) per kind of damage."""
    out: list[tuple[str, Path, str]] = []

    def copy(label: str) -> Path:
        p = folder / f"{label}.sqlite"
        shutil.copy(src, p)
        return p

    for table in ("names", "entities", "meta", "events"):
        p = copy(f"no-{table}")
        with sqlite3.connect(p) as c:
            c.execute("PRAGMA foreign_keys = OFF")
            c.execute(f"DROP TABLE {table}")
        out.append((f"no-{table}", p, table))
    for value in ("one", "", "2", "-1"):
        p = copy(f"version-{value or 'empty'}")
        with sqlite3.connect(p) as c:
            c.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [value])
        out.append((f"version-{value or 'empty'}", p, "schema version"))
    size = src.stat().st_size
    for i, frac in enumerate((0.0, 0.02, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99)):
        p = copy(f"flipped-{i}")
        data = bytearray(p.read_bytes())
        at = max(100, int(size * frac)) if frac else 0
        for j in range(at, min(at + 64, size)):
            data[j] ^= 0xFF
        p.write_bytes(bytes(data))
        out.append((f"flipped-{i}", p, p.name))
    p = folder / "empty.sqlite"
    p.write_bytes(b"")
    out.append(("empty", p, p.name))
    p = folder / "text.sqlite"
    p.write_text("not a database at all\n" * 100)
    out.append(("text", p, p.name))
    p = copy("truncated")
    p.write_bytes(p.read_bytes()[: size // 3])
    out.append(("truncated", p, p.name))
    return out


def test_damaged_reference_databases_give_one_line(
    built_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = _damaged_copies(built_db, tmp_path)
    out = tmp_path / "o.csv"
    commands = [
        ["search", "ISKP"],
        ["show", "ISIS-K", "--json"],
        ["counts", "--actor", "ISIS-K", "--by", "year"],
        ["export", "csv", "-o", str(out), "--view", "events"],
    ]
    user = tmp_path / "u"
    failures = []
    runs = refused = 0
    for label, path, must in cases:
        for cmd in commands:
            before = folder_hash(user)
            out.unlink(missing_ok=True)
            rc = cli.main(["--db", str(path), "--user-dir", str(user), *cmd])
            err = capsys.readouterr().err.strip()
            runs += 1
            assert folder_hash(user) == before
            if rc == 0:
                continue  # the damage is in a page this command does not read
            refused += 1
            if rc != 2 or len(err.splitlines()) != 1 or must not in err:
                failures.append((label, cmd[0], rc, err[-300:]))
            assert not out.exists()
    assert not failures, failures
    assert refused >= len(cases), (runs, refused)


# -- files that cannot be written ----------------------------------------------------------
def test_build_db_to_missing_or_unwritable_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    for out, why in (
        (tmp_path / "missing" / "k.sqlite", "does not exist"),
        (blocker / "k.sqlite", "is not a folder"),
    ):
        assert cli.main(["build-db", "--out", str(out)]) == 2
        assert why in one_line(capsys.readouterr().err)
        assert not out.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_build_db_to_read_only_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        assert cli.main(["build-db", "--out", str(ro / "k.sqlite")]) == 2
        assert "no permission" in one_line(capsys.readouterr().err)
    finally:
        ro.chmod(0o755)


def test_build_db_write_failure_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A read-only mount (or a folder root cannot write either): the build's own open fails."""
    from khorasan_desktop.data import build as build_mod

    real_connect = sqlite3.connect

    def refuse(path: object, *a: object, **k: object) -> sqlite3.Connection:
        if str(path).endswith(".tmp"):
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return real_connect(path, *a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(build_mod.sqlite3, "connect", refuse)
    assert cli.main(["build-db", "--out", str(tmp_path / "k.sqlite")]) == 2
    assert "read-only" in one_line(capsys.readouterr().err)


def test_disk_full_during_import_says_disk_full(
    ref_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from khorasan_desktop.data import userdb

    user = tmp_path / "u"
    base = ["--db", str(ref_path), "--user-dir", str(user)]
    assert cli.main([*base, "import", "acled", str(ACLED)]) == 0
    capsys.readouterr()
    before = folder_hash(user)
    big = with_rows(ACLED, tmp_path / "big.csv", [{"notes": "x" * 2000} for _ in range(400)])
    real_init = userdb.UserStore.__init__

    def small_disk(self: userdb.UserStore, path: Path) -> None:
        real_init(self, path)
        pages = self.db.execute("PRAGMA page_count").fetchone()[0]
        self.db.execute(f"PRAGMA max_page_count = {pages + 5}")

    monkeypatch.setattr(userdb.UserStore, "__init__", small_disk)
    assert cli.main([*base, "import", "acled", str(big)]) == 2
    line = one_line(capsys.readouterr().err)
    assert "disk is full" in line and "no transaction" not in line
    monkeypatch.undo()
    # the user database is as it was (WAL files may differ; compare the data)
    assert cli.main([*base, "datasets", "--json"]) == 0
    assert '"acled_SYNTHETIC"' in capsys.readouterr().out
    del before


# -- fuzzed search strings and view specs --------------------------------------------------
_SPEC_WORDS = st.sampled_from(
    [
        "entity",
        "relations",
        "chart",
        "map",
        "events",
        "notes",
        "bookmarks",
        "ISIS-K",
        "ISKP",
        "Nangarhar",
        "actor=",
        "country=",
        "province=",
        "from=",
        "to=",
        "by=",
        "year",
        "quarter",
        "month",
        "week",
        "source=",
        "stack=",
        "depth=",
        "year=",
        "attribution=",
        "claimed+attributed",
        "bundled+all",
        "2021",
        "0000",
        "99999999999999999999",
        "-1",
        ":",
        ",",
        "=",
        "+",
        " ",
    ]
)
# Any code point, lone surrogates included (the default alphabet leaves them out).
_ANY_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(exclude_categories=()),
        st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
    ),
    max_size=60,
)
_SPEC_TEXT = st.one_of(
    st.lists(_SPEC_WORDS, max_size=8).map("".join),
    _ANY_TEXT,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=_ANY_TEXT)
def test_fuzzed_search_gives_results_or_a_message(ref: Reference, text: str) -> None:
    result = ref.search(text)
    assert isinstance(result.hits, tuple)
    with contextlib.suppress(NotFound):
        ref.resolve(text)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=_SPEC_TEXT)
def test_fuzzed_view_specs_load_or_give_a_clear_error(
    ref: Reference, tmp_path: Path, text: str
) -> None:
    from khorasan_desktop.core import viewspec
    from khorasan_desktop.views import registry

    try:
        spec = viewspec.parse(text)
        loaded = registry.load(ref, spec, tmp_path / "user.sqlite")
    except (viewspec.ViewSpecError, DataError) as exc:
        msg = str(exc).strip()
        assert msg and "\n" not in msg, msg
        return
    assert loaded.spec == spec
