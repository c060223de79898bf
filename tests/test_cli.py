"""The command line, run as a user would, in a separate process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, db: Path | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "khorasan_desktop"]
    if db is not None:
        cmd += ["--db", str(db)]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, timeout=60)


def test_search_iskp_lists_isis_k_first(ref_path: Path) -> None:
    out = run("search", "ISKP", db=ref_path)
    assert out.returncode == 0, out.stderr
    first = out.stdout.splitlines()[0]
    assert "Islamic State Khorasan Province" in first
    assert "alias: ISKP" in first


def test_search_json_shape(ref_path: Path) -> None:
    out = run("search", "taleban", "--json", "--limit", "3", db=ref_path)
    hits = json.loads(out.stdout)
    assert 1 <= len(hits) <= 3
    assert {"id", "kind", "name", "matched"} <= set(hits[0])
    assert hits[0]["id"] == "actor-taliban"


def test_show_iskp_json(ref_path: Path) -> None:
    out = run("show", "ISIS-K", "--json", db=ref_path)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["id"] == "actor-iskp"
    assert {"ISKP", "IS-K", "ISIS-K"} <= set(data["aliases"])
    others = {r["other"]["id"] for r in data["relations"]}
    for expected in (
        "actor-taliban",
        "actor-al-qaida",
        "actor-islamic-state",
        "actor-shahab-al-muhajir",
        "prov-afg-kunar",
        "prov-afg-nangarhar",
        "prov-afg-kandahar",
    ):
        assert expected in others, expected
    for r in data["relations"]:
        assert {"type", "direction", "start", "end", "other"} <= set(r)
    locators = {c["locator"] for c in data["citations"]}
    assert any(loc.startswith("para. ") for loc in locators)
    assert data["documented_incidents"] == 305


def test_show_event_has_date_place_figures(ref_path: Path) -> None:
    data = json.loads(run("show", "isk-2015-04-18-jalalabad", "--json", db=ref_path).stdout)
    assert data["date"] == "2015-04-18"
    assert data["precision"] == "day"
    assert "Jalalabad" in data["place"]
    assert data["deaths"]["best"] == 33
    assert data["injuries"] == 115
    assert data["attribution"] == "attributed"


def test_show_unknown_is_exit_2(ref_path: Path) -> None:
    out = run("show", "no such group anywhere", db=ref_path)
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1
    assert "Traceback" not in out.stderr


def test_counts_by_year_matches_source_table(ref_path: Path) -> None:
    out = run("counts", "--actor", "ISIS-K", "--by", "year", "--json", db=ref_path)
    data = json.loads(out.stdout)
    per_year = {c["period"]: c["count"] for c in data["counts"]}
    # SOURCE.md of the incidents data set: rows per year.
    assert per_year == {
        "2015": 3,
        "2016": 26,
        "2017": 44,
        "2018": 98,
        "2019": 21,
        "2020": 17,
        "2021": 27,
        "2022": 33,
        "2023": 16,
        "2024": 15,
        "2025": 5,
    }
    assert data["imprecise"] == 0
    assert data["total"] == 305


def test_counts_by_month_reports_imprecise_apart(ref_path: Path) -> None:
    data = json.loads(run("counts", "--by", "month", "--json", db=ref_path).stdout)
    # 4 rows are dated to the month and 1 to the year in the source; one year-only row
    # was corrected to a day (corrections.yaml), so only month-or-better fit monthly bins.
    assert data["imprecise"] == 0
    q = json.loads(run("counts", "--by", "month", "--to", "2016", "--json", db=ref_path).stdout)
    assert q["total"] == 29


def test_counts_carry_the_caveat_and_the_published_figures_of_their_scope(
    ref_path: Path,
) -> None:
    """Issue 14: a count table carries the coverage caveat and the figures published for
    its scope (the UN's 152 attacks in August-December 2021 beside a 2021 count)."""
    args = ("counts", "--country", "Afghanistan", "--from", "2021", "--to", "2021")
    data = json.loads(run(*args, "--json", db=ref_path).stdout)
    assert data["note"].startswith("Documented incidents are a compiled sample")
    un = next(f for f in data["published_figures"] if f["id"] == "stat-001")
    assert un["value"] == 152 and un["period"]["start"] == "2021-08-19" and un["source"]
    assert all(
        f["period"]["end"] >= "2021-01-01" and f["period"]["start"] <= "2021-12-31"
        for f in data["published_figures"]
    )
    text = run(*args, db=ref_path).stdout
    assert "# Coverage caveat: Documented incidents" in text
    assert "# 152 attacks by ISIL-KP in 16 provinces" in text and "Source: UN" in text


def test_counts_filters(ref_path: Path) -> None:
    data = json.loads(
        run(
            "counts", "--province", "Nangarhar", "--attribution", "claimed", "--json", db=ref_path
        ).stdout
    )
    assert 0 < data["total"] < 80


@pytest.mark.parametrize(
    "args",
    [
        ("counts", "--by", "week"),
        ("counts", "--attribution", "rumoured"),
        ("counts", "--from", "yesterday"),
        ("counts", "--country", "Atlantis"),
        ("search",),
        ("frobnicate",),
    ],
)
def test_bad_input_exit_2_one_line(ref_path: Path, args: tuple[str, ...]) -> None:
    out = run(*args, db=ref_path)
    assert out.returncode == 2, out
    assert "Traceback" not in out.stderr
    assert out.stderr.strip() and len(out.stderr.strip().splitlines()) == 1


def test_missing_database_is_a_clear_message(tmp_path: Path) -> None:
    out = run("search", "ISKP", db=tmp_path / "nope.sqlite")
    assert out.returncode == 2
    assert "not found" in out.stderr


def test_corrupt_database_is_a_clear_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    out = run("show", "ISKP", db=bad)
    assert out.returncode == 2
    assert "damaged" in out.stderr


def test_version(ref_path: Path) -> None:
    out = run("--version", db=ref_path)
    assert out.returncode == 0
    assert "khorasan-desktop 0.1.0" in out.stdout and "data 2026" in out.stdout


@pytest.mark.parametrize("view", ["page", "relations", "chart", "map"])
def test_screenshot_writes_a_png(ref_path: Path, tmp_path: Path, view: str) -> None:
    out = tmp_path / f"{view}.png"
    res = run(
        "--user-dir",
        str(tmp_path / "u"),
        "screenshot",
        str(out),
        "--open",
        "ISKP",
        "--view",
        view,
        "--size",
        "1000x700",
        db=ref_path,
    )
    assert res.returncode == 0, res.stderr
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)
    colours = {image.pixel(x, y) for x in range(0, 1000, 37) for y in range(0, 700, 37)}
    assert len(colours) > 8  # not a blank window


def test_screenshot_bad_size_is_exit_2(ref_path: Path, tmp_path: Path) -> None:
    res = run("screenshot", str(tmp_path / "x.png"), "--size", "big", db=ref_path)
    assert res.returncode == 2 and "WIDTHxHEIGHT" in res.stderr


def test_search_forgives_a_typo(ref_path: Path) -> None:
    out = run("search", "Kandhar", db=ref_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[0].startswith("Kandahar  [region/province]")
    assert "Did you mean Kandahar?" in out.stderr


def test_show_typo_suggests_and_exits_2(ref_path: Path) -> None:
    out = run("show", "Nangahar", db=ref_path)
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == [
        "khorasan-desktop: No entity matches 'Nangahar'. Did you mean Nangarhar?"
    ]
    assert out.stdout.splitlines() == ["Nangarhar  [region/province]  prov-afg-nangarhar"]


def test_show_ambiguous_lists_candidates_one_per_line(ref_path: Path) -> None:
    out = run("show", "Kashmir", db=ref_path)
    assert out.returncode == 2
    assert len(out.stderr.strip().splitlines()) == 1 and "may mean 2" in out.stderr
    names = [line.split("  ")[0] for line in out.stdout.splitlines()]
    assert names == ["Azad Kashmir", "Indian Kashmir"]


@pytest.mark.parametrize("limit", ["0", "-3", "501", "many"])
def test_search_limit_is_checked(ref_path: Path, limit: str) -> None:
    out = run("search", "isis", "--limit", limit, db=ref_path)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.count("\n") == 1 and "--limit" in out.stderr and "1 to 500" in out.stderr


def test_cut_search_says_how_many_more(ref_path: Path) -> None:
    out = run("search", "Kashmir", "--limit", "1", db=ref_path)
    assert out.returncode == 0 and len(out.stdout.splitlines()) == 1
    assert "… 2 more hits not listed; --limit 3 lists them" in out.stderr
    full = run("search", "Kashmir", "--limit", "3", db=ref_path)
    assert "more hit" not in full.stderr and len(full.stdout.splitlines()) == 3
    # a broad word cuts the candidates: still the real number, which --limit then lists
    cut = run("search", "a", db=ref_path)
    more = int(cut.stderr.split("… ")[1].split(" more hits")[0])
    assert "at least" not in cut.stderr and more > 20
    assert f"; --limit {20 + more} lists them" in cut.stderr
    every = run("search", "a", "--limit", str(20 + more), db=ref_path)
    assert len(every.stdout.splitlines()) == 20 + more and "more hit" not in every.stderr
