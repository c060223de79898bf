"""Hostile input: files others made, damaged databases, odd strings. Each case gives
results or one clear line, and a refused input changes nothing in the user folder."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest

from khorasan_desktop import cli
from khorasan_desktop.data import tables

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
    header, base = rows[0], rows[1]
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
