"""Imported data sets beside the bundled incidents: counts, tables and reports say which."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from khorasan_desktop import paths
from khorasan_desktop.data import layers
from khorasan_desktop.data.errors import BadQuery
from khorasan_desktop.data.events.writer import import_event_file
from khorasan_desktop.data.reference import CountFilter, Reference

GED = Path(__file__).resolve().parent / "data" / "GEDEvent_v25_1_SYNTHETIC.csv"
NAME = "GEDEvent_v25_1_SYNTHETIC"


@pytest.fixture
def imported(ref: Reference, _isolated_user_dir: Path) -> Path:
    user_db = paths.user_db()
    import_event_file(user_db, "ucdp", GED, ref)
    return user_db


def run(db: Path, user: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "khorasan_desktop", "--db", str(db), "--user-dir", str(user)]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (None, layers.Layers()),
        ("bundled", layers.Layers()),
        ("ucdp", layers.Layers(False, ("ucdp",), ())),
        ("all", layers.Layers(True, ("ucdp", "acled", "stix"), ())),
        ("stix+bundled", layers.Layers(True, ("stix",), ())),
        ("bundled+MySet", layers.Layers(True, (), ("MySet",))),
    ],
)
def test_parse_source(text: str | None, expected: layers.Layers) -> None:
    assert layers.parse_source(text) == expected


def test_counts_add_up_layer_by_layer(ref: Reference, imported: Path) -> None:
    flt = CountFilter(actor_id="actor-iskp")
    bundled = layers.counts(ref, imported, layers.parse_source("bundled"), flt, "year")
    ucdp = layers.counts(ref, imported, layers.parse_source("ucdp"), flt, "year")
    both = layers.counts(ref, imported, layers.parse_source("all"), flt, "year")
    assert ucdp.total > 0
    assert both.total == bundled.total + ucdp.total
    assert both.imprecise == bundled.imprecise + ucdp.imprecise
    assert "imported data set" in layers.describe(imported, layers.parse_source("all"))
    assert any("CC BY 4.0" in a for a in layers.attributions(imported, layers.parse_source(NAME)))


def test_unknown_data_set_is_a_clear_error(ref: Reference, imported: Path) -> None:
    with pytest.raises(BadQuery, match="No imported data set named 'nope'"):
        layers.counts(ref, imported, layers.parse_source("nope"), CountFilter(), "year")


def test_cli_counts_tables_and_pdf_with_source(
    ref_path: Path, imported: Path, tmp_path: Path
) -> None:
    user = imported.parent
    out = run(ref_path, user, "counts", "--actor", "ISIS-K", "--source", "all", "--json")
    data = json.loads(out.stdout)
    assert "imported data set" in data["source"] and data["attributions"]
    csv_path = tmp_path / "events.csv"
    res = run(
        ref_path, user, "export", "csv", "-o", str(csv_path), "--view", f"events:source={NAME}"
    )
    assert res.returncode == 0, res.stderr
    assert f"imported data set {NAME}" in csv_path.read_text(encoding="utf-8")
    pdf = tmp_path / "r.pdf"
    res = run(
        ref_path,
        user,
        "export",
        "pdf",
        "-o",
        str(pdf),
        "--view",
        "chart:source=all",
        "--view",
        "events:from=2018,to=2021,source=ucdp",
    )
    assert res.returncode == 0, res.stderr
    text = " ".join(
        subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout.split()
    )
    assert "Imported events" in text, text[-3000:]
    assert "Uppsala" in text and "CC BY 4.0" in text
    bad = run(ref_path, user, "counts", "--source", "nope")
    assert bad.returncode == 2 and "nope" in bad.stderr
