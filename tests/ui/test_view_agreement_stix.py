"""STIX-imported incidents tell one story everywhere: the chart view data, the GUI chart,
the PDF (picture, table and the file itself), ``export json`` and ``counts --json`` give
the same numbers, and the map's shading equals its PDF table.

The bundle is our own full export, a selection of it and a foreign-style bundle would
only change the numbers: the STIX import turns its incidents into events, and every view
reads them through the same event source.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from khorasan_desktop import cli, paths
from khorasan_desktop.core.viewspec import parse
from khorasan_desktop.data.events.writer import import_event_file
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.data.stix_export import build_bundle, serialize
from khorasan_desktop.data.stix_import import import_bundle
from khorasan_desktop.render.chart import ChartPlot
from khorasan_desktop.report import compose
from khorasan_desktop.report.document import ReportDocument
from khorasan_desktop.ui.chart_view import ChartView
from khorasan_desktop.views import chart as chart_view
from khorasan_desktop.views import map as map_kind
from khorasan_desktop.views import registry
from tests.ui.test_view_agreement import (
    _pdf_table,
    _report_data,
    spy_chart_drawing,
    spy_map_shading,
)

STIX = "incidents.json"
GED = Path(__file__).resolve().parents[1] / "data" / "GEDEvent_v25_1_SYNTHETIC.csv"

CHART_SPECS = [
    f"chart:source={STIX}",
    f"chart:source={STIX},by=month,from=2021-06,to=2021-12",
    f"chart:source={STIX},actor=ISIS-K,by=quarter",
    f"chart:source={STIX},province=Nangarhar",
    f"chart:source=bundled+{STIX}",
    "chart:source=stix+ucdp,from=2018",
]
MAP_SPECS = [
    f"map:source={STIX}",
    f"map:source={STIX},from=2021-06,to=2021-12",
    f"map:source=bundled+{STIX},actor=ISIS-K",
]


@pytest.fixture
def user_db(ref: Reference, tmp_path: Path) -> Path:
    """The user database with a STIX bundle of incidents and a UCDP set imported."""
    bundle = tmp_path / STIX
    bundle.write_text(serialize(build_bundle(ref)), encoding="utf-8")
    db = paths.user_db()
    import_bundle(db, bundle)
    import_event_file(db, "ucdp", GED, ref)
    return db


def _pdf_rows(pdf: Path) -> list[tuple[str, int]]:
    """(period, count) lines of a one-chart PDF's table, as printed in the file."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    # the table under the chart picture: after its header (the picture's right scale
    # prints four-digit ticks beside the left scale's, which are no rows)
    table = re.split(r"^\s*Period\s{2,}", text, maxsplit=1, flags=re.M)[-1]
    rows = re.findall(r"^\s*(\d{4}(?:-Q\d|-\d\d)?)\s+(\d+)\s*$", table, re.M)
    return [(p, int(n)) for p, n in rows]


@pytest.mark.parametrize("text", CHART_SPECS)
def test_stix_chart_everywhere_agrees(
    qtbot: object,
    ref: Reference,
    user_db: Path,
    text: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    spec = parse(text)
    data = chart_view.load(ref, chart_view.resolve(ref, spec, user_db), user_db)
    assert data.counts.total > 0 and STIX in data.counted
    assert sum(data.totals) == sum(n for _, n in data.rows())

    # GUI chart: the bars drawn are the view data's.
    gui = ChartView(ref, user_db=user_db)
    qtbot.addWidget(gui)  # type: ignore[attr-defined]
    gui.show_data(data)
    assert gui.bar_data() == (list(data.periods), list(data.totals))

    # PDF picture: painted from view data equal to ours.
    unspied = ChartPlot.draw
    drawn = spy_chart_drawing(monkeypatch)
    assert "view0" in compose.record_pictures(ref, registry.load_all(ref, [spec], user_db))
    assert drawn and drawn[-1][0] == data
    assert drawn[-1][1:] == (list(data.periods), [float(n) for n in data.totals])
    monkeypatch.setattr(ChartPlot, "draw", unspied)  # the real export below draws again

    # PDF table, as composed and as printed in the file.
    doc = ReportDocument("t", "")
    section = compose._chart_section(
        ref, _report_data(ref, spec, user_db, data), doc, None, "view0"
    )
    assert _pdf_table(section) == data.rows()
    assert f"{data.counts.total} in all" in section
    pdf = tmp_path / "chart.pdf"
    capsys.readouterr()
    assert cli.main(["--db", str(ref.path), "export", "pdf", "-o", str(pdf), "--view", text]) == 0
    assert _pdf_rows(pdf) == data.rows()

    # export json.
    out = tmp_path / "chart.json"
    assert cli.main(["--db", str(ref.path), "export", "json", "-o", str(out), "--view", text]) == 0
    doc_json = json.loads(out.read_text(encoding="utf-8"))
    # every period of the axis, zeros included (issue 14); the counted ones as the chart's
    rows = [(r["period"], r["count"]) for r in doc_json["rows"]]
    assert rows == list(zip(data.periods, data.totals, strict=True))
    assert [r for r in rows if r[1]] == data.rows()
    assert STIX in json.dumps(doc_json["meta"])

    # counts --json, flag by flag.
    flags = {"actor": "--actor", "province": "--province", "from": "--from", "to": "--to"}
    argv = ["--db", str(ref.path), "counts", "--json", "--by", data.resolved.by]
    argv += ["--source", spec.options["source"]]
    for key, flag in flags.items():
        if key in spec.options:
            argv += [flag, spec.options[key]]
    capsys.readouterr()
    assert cli.main(argv) == 0
    printed = json.loads(capsys.readouterr().out)
    assert [(c["period"], c["count"]) for c in printed["counts"]] == data.rows()
    assert printed["total"] == data.counts.total
    assert STIX in printed["source"]


def test_stix_chart_adds_to_the_bundled(ref: Reference, user_db: Path) -> None:
    """Our own export imported: the same numbers as the bundled incidents; counted with
    them, every STIX incident is a possible duplicate of its bundled original and is
    counted once (issue 14: overlaps between sources are merged and reported)."""
    load = chart_view.load
    bundled = load(ref, chart_view.resolve(ref, parse("chart"), user_db), user_db)
    stix = load(ref, chart_view.resolve(ref, parse(CHART_SPECS[0]), user_db), user_db)
    both = load(ref, chart_view.resolve(ref, parse(CHART_SPECS[4]), user_db), user_db)
    assert stix.rows() == bundled.rows()
    assert both.rows() == bundled.rows()
    assert both.counts.overlaps == stix.counts.total


@pytest.mark.parametrize("text", MAP_SPECS)
def test_stix_map_shading_and_pdf_table_agree(
    qtbot: object, ref: Reference, user_db: Path, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:

    spec = parse(text)
    data = map_kind.load(ref, map_kind.resolve(ref, spec, user_db), user_db)
    assert data.rows() and STIX in data.counted

    drawn = spy_map_shading(monkeypatch)
    assert "view0" in compose.record_pictures(ref, registry.load_all(ref, [spec], user_db))
    assert drawn and drawn[-1] == dict(data.rows())

    doc = ReportDocument("t", "")
    reported = _report_data(ref, spec, user_db, data)
    section = compose._map_section(ref, reported, doc, None, "view0")
    body = section.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    printed = [int(n) for n in re.findall(r"<td>(\d+)</td></tr>", body)]
    assert printed == [n for _, n in data.rows()]
