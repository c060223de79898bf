"""Possible duplicates between event sources are found and counted once (issue 14)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from khorasan_desktop.core.events import Event
from khorasan_desktop.data import layers
from khorasan_desktop.data.events.overlaps import deaths_compatible, find_overlaps
from khorasan_desktop.data.events.writer import import_event_file
from khorasan_desktop.data.reference import CountFilter, Reference

GED = Path(__file__).parent / "data" / "GEDEvent_v25_1_SYNTHETIC.csv"


def ev(
    i: str,
    day: str,
    end: str | None = None,
    prov: str | None = "p1",
    best: int | None = 2,
    precision: str = "day",
    source: str = "a",
) -> Event:
    return Event(
        id=i,
        name=i,
        date_start=day,
        date_end=end or day,
        precision=precision,
        country_id="c1",
        province_id=prov,
        deaths_best=best,
        source=source,
    )


def test_rules_for_a_possible_duplicate() -> None:
    a = [ev("a1", "2017-07-31"), ev("a2", "2017-08-05", best=40)]
    b = [
        ev("b1", "2017-07-31", best=3, source="b"),  # same day, place, compatible deaths
        ev("b2", "2017-08-05", best=2, source="b"),  # same day and place, 2 against 40
        ev("b3", "2017-07-31", prov="p2", source="b"),  # another province
        ev("b4", "2017-07-01", "2017-07-31", precision="month", prov=None, source="b"),
    ]
    found = find_overlaps([a, b])
    assert [(o.kept.id, o.duplicate.id) for o in found] == [("a1", "b1")]
    # A month-precision event without a province meets a day inside it, once a1 is free.
    found = find_overlaps([a, [b[3]]])
    assert [(o.kept.id, o.duplicate.id) for o in found] == [("a1", "b4")]
    assert deaths_compatible(ev("x", "2020-01-01", best=None), ev("y", "2020-01-01", best=99))
    assert deaths_compatible(ev("x", "2020-01-01", best=100), ev("y", "2020-01-01", best=80))
    assert not deaths_compatible(ev("x", "2020-01-01", best=100), ev("y", "2020-01-01", best=60))


def _ged_with_embassy_row(tmp_path: Path) -> Path:
    rows = list(csv.DictReader(io.StringIO(GED.read_text(encoding="utf-8-sig"))))
    base = rows[0]
    embassy = {
        **base,
        "id": "244657",
        "relid": "SYN-244657",
        "year": "2017",
        "adm_1": "Kabul province",
        "date_start": "2017-07-31 00:00:00.000",
        "date_end": "2017-07-31 00:00:00.000",
        "best": "3",
        "low": "2",
        "high": "3",
    }
    other = {
        **embassy,
        "id": "244658",
        "relid": "SYN-244658",
        "best": "40",
        "low": "40",
        "high": "40",
    }
    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=list(base), lineterminator="\n")
    w.writeheader()
    w.writerows([embassy, other])
    path = tmp_path / "ged_embassy.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def test_source_all_counts_the_embassy_attack_once(ref: Reference, tmp_path: Path) -> None:
    user_db = tmp_path / "user.sqlite"
    import_event_file(user_db, "ucdp", _ged_with_embassy_row(tmp_path), ref)
    flt = CountFilter(date_from="2017-01-01", date_to="2017-12-31")
    bundled = layers.counts(ref, user_db, layers.BUNDLED, flt, "year")
    every = layers.counts(ref, user_db, layers.parse_source("all"), flt, "year")
    assert bundled.overlaps == 0
    assert every.overlaps == 1
    assert every.total == bundled.total + 2 - 1
    assert sum(b.count for b in every.bins) + every.imprecise == every.total
    (o,) = layers.overlaps(ref, user_db, layers.parse_source("all"), flt)
    assert o.kept.id == "isk-2017-07-31-kabul" and o.duplicate.ext_id == "244657"


def test_cli_says_how_many_overlaps_it_merged(
    ref: Reference, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from khorasan_desktop import cli

    user = tmp_path / "ud"
    base = ["--db", str(ref.path), "--user-dir", str(user)]
    assert cli.main([*base, "import", "ucdp", str(_ged_with_embassy_row(tmp_path))]) == 0
    capsys.readouterr()
    assert (
        cli.main([*base, "counts", "--from", "2017", "--to", "2017", "--source", "all", "--json"])
        == 0
    )
    assert json.loads(capsys.readouterr().out)["overlaps_merged"] == 1
