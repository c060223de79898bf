"""PDF reports: the multi-view report an analyst sends, checked the way a reader sees it."""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from khorasan_desktop.core.viewspec import parse
from khorasan_desktop.data.reference import Reference

DONE_WHEN_VIEWS = [
    "entity:ISIS-K",
    "relations:ISIS-K,year=2021",
    "chart:province=Nangarhar,by=quarter",
    "map",
    "events:from=2021,to=2021",
]


def export(
    out: Path, db: Path, *views: str, banner: str = "TLP:AMBER", extra: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    cmd = [
        sys.executable,
        "-m",
        "khorasan_desktop",
        "--db",
        str(db),
        "export",
        "pdf",
        "-o",
        str(out),
        "--title",
        "ISIS-K in 2021",
        "--author",
        "Test analyst",
        "--banner",
        banner,
    ]
    for v in views:
        cmd += ["--view", v]
    return subprocess.run([*cmd, *extra], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory, built_db: Path) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.pdf"
    res = export(out, built_db, *DONE_WHEN_VIEWS)
    assert res.returncode == 0, res.stderr
    return out


def pages_text(pdf: Path) -> list[str]:
    n = int(
        re.search(
            r"Pages:\s+(\d+)",
            subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout,
        ).group(1)
    )  # type: ignore[union-attr]
    return [
        subprocess.run(
            ["pdftotext", "-f", str(i), "-l", str(i), "-layout", str(pdf), "-"],
            capture_output=True,
            text=True,
        ).stdout.replace("\ufb01", "fi")  # the "fi" ligature the text layout uses
        for i in range(1, n + 1)
    ]


def test_banner_and_page_numbers_on_every_page(report: Path) -> None:
    pages = pages_text(report)
    assert len(pages) >= 6
    for i, text in enumerate(pages, start=1):
        assert text.count("TLP:AMBER") >= 2, f"page {i} lacks top and bottom banner"
        assert f"page {i} of {len(pages)}" in text


def test_cover_sections_sources_legends(report: Path) -> None:
    text = "\n".join(pages_text(report))
    for needle in (
        "ISIS-K in 2021",
        "Test analyst",
        "Reference data",
        "Contents",
        "Islamic State Khorasan Province",
        "Relations of",
        "as of 2021",
        "Events per quarter",
        "Counted: bundled documented incidents",
        "province: Nangarhar",
        "Coverage caveat",
        "Incidents per province",
        "Sources",
        "Prospects for ISIS in Afghanistan, para. 7",
        "Source reliability",
        "Information credibility",
        "Likelihood wording",
        "Natural Earth",
        "UCDP",
        "chart:province=Nangarhar,by=quarter",
    ):
        assert needle in text, needle


def test_incident_tables_carry_caveat_and_published_figures(report: Path) -> None:
    """Issue 14: the entity section of a "2021" report lists 2021's events, and every
    incident table says what the sample is and what was published for its scope."""
    pages = pages_text(report)
    text = "\n".join(pages)
    assert "Related events in 2021-01-01 – 2021-12-31" in text
    entity_part = text.split("Related events in")[1].split("2. Relations of")[0]
    assert "Coverage caveat" in entity_part
    table = entity_part.split("Coverage caveat")[0]
    years = set(re.findall(r"\b\d{1,2} \w{3} (20\d\d)\b", table))
    assert years == {"2021"}, years
    events_part = text.split("5. Documented incidents")[-1].split("Every citation used")[0]
    assert "Coverage caveat" in events_part
    assert "152 attacks by ISIL-KP" in events_part  # the UN's Aug-Dec 2021 count
    assert "over 2021-08-19" in events_part


def test_fonts_embedded(report: Path) -> None:
    out = subprocess.run(["pdffonts", str(report)], capture_output=True, text=True).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    assert rows
    for row in rows:
        assert row[-5] == "yes", f"font not embedded: {row}"


def test_charts_maps_graphs_are_vector(report: Path) -> None:
    out = subprocess.run(["pdfimages", "-list", str(report)], capture_output=True, text=True)
    images = out.stdout.splitlines()[2:]
    assert images == [], "raster images found:\n" + "\n".join(images)


def test_no_text_outside_the_page(report: Path) -> None:
    xml = subprocess.run(
        ["pdftotext", "-bbox", str(report), "-"], capture_output=True, text=True
    ).stdout
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', xml, re.S):
        width, height = float(page.group(1)), float(page.group(2))
        for m in re.finditer(
            r'xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" '
            r'yMax="([-\d.]+)">([^<]*)<',
            page.group(3),
        ):
            x0, y0, x1, y1 = map(float, m.groups()[:4])
            assert x0 >= 0 and y0 >= 0 and x1 <= width and y1 <= height, m.group(5)


def test_arabic_names_survive(report: Path) -> None:
    text = unicodedata.normalize("NFKC", "\n".join(pages_text(report)))
    assert "خراسان" in text or "ناسارخ" in text  # logical or visual order, shaped or not


def test_cancel_and_failure_leave_no_file(qtbot, ref: Reference, tmp_path: Path) -> None:
    from khorasan_desktop.report import compose
    from khorasan_desktop.report.document import Cancelled, ExportFailed

    specs = [parse("entity:ISIS-K"), parse("chart")]
    from khorasan_desktop import paths
    from khorasan_desktop.views import registry

    loaded = registry.load_all(ref, specs, paths.user_db())
    pictures = compose.record_pictures(ref, loaded)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "r.pdf"
    with pytest.raises(Cancelled):
        compose.write_report(
            ref, loaded, pictures, compose.ReportOptions(), out, cancelled=lambda: True
        )
    assert list(folder.iterdir()) == []
    with pytest.raises(ExportFailed, match="does not exist"):
        compose.write_report(
            ref, loaded, pictures, compose.ReportOptions(), tmp_path / "missing" / "r.pdf"
        )
    pages = compose.write_report(ref, loaded, pictures, compose.ReportOptions(), out)
    assert pages >= 3 and out.exists()
    assert [p.name for p in folder.iterdir()] == ["r.pdf"]


def test_cli_bad_input_is_exit_2(tmp_path: Path, built_db: Path) -> None:
    res = export(tmp_path / "x.pdf", built_db, "chart:colour=red")
    assert res.returncode == 2 and "unknown option" in res.stderr
    res = export(tmp_path / "nope" / "x.pdf", built_db, "entity:ISIS-K")
    assert res.returncode == 2 and "does not exist" in res.stderr
    res = export(tmp_path / "x.pdf", built_db, "entity:Atlantis")
    assert res.returncode == 2 and "Atlantis" in res.stderr
    assert not (tmp_path / "x.pdf").exists()


def _cli(db: Path, *args: str) -> str:
    cmd = [sys.executable, "-m", "khorasan_desktop", "--db", str(db), *args]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    return res.stdout


def test_long_tables_capped_with_first_n_of_m(tmp_path: Path, built_db: Path) -> None:
    """The PDF prints the first N events and says how many there are; the exports and the
    counts hold them all, and the number agrees with them."""
    import json

    view = "events:from=2016,to=2019"
    _cli(built_db, "export", "json", "-o", str(tmp_path / "events.json"), "--view", view)
    rows = json.loads((tmp_path / "events.json").read_text(encoding="utf-8"))["rows"]
    counted = json.loads(_cli(built_db, "counts", "--from", "2016", "--to", "2019", "--json"))
    total = len(rows)
    assert total == counted["total"] > 30  # the export is complete

    out = tmp_path / "capped.pdf"
    res = export(out, built_db, view, extra=("--max-rows", "30"))
    assert res.returncode == 0, res.stderr
    text = " ".join(" ".join(pages_text(out)).split())
    assert f"first 30 of {total:,}; the full list is in the CSV/JSON export" in text
    assert f"{total:,} documented incidents" in text
    assert "13 Jan 2016" in text and rows[0]["id"] == "isk-2016-01-13-jalalabad"  # oldest first
    assert "Dec 2019" not in text  # the newest are left to the exports

    whole = tmp_path / "whole.pdf"
    res = export(whole, built_db, view, extra=("--max-rows", "0"))
    assert res.returncode == 0, res.stderr
    assert "the full list is in the CSV/JSON export" not in " ".join(pages_text(whole))
    assert len(pages_text(whole)) > len(pages_text(out))

    res = export(tmp_path / "bad.pdf", built_db, view, extra=("--max-rows", "-1"))
    assert res.returncode == 2 and "--max-rows" in res.stderr


def _word_heights(pdf: Path) -> list[tuple[float, str]]:
    """(height in points, word) of every word pdftotext finds, smallest first."""
    xml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True)
    words = [
        (float(m.group(2)) - float(m.group(1)), m.group(3))
        for m in re.finditer(
            r'yMin="([-\d.]+)" xMax="[-\d.]+" yMax="([-\d.]+)">([^<]*)<', xml.stdout
        )
    ]
    return sorted(words)


def test_printed_timeline_text_is_at_least_7_pt(tmp_path: Path, built_db: Path) -> None:
    """Lane names, dates and the legend of the timeline print no smaller than the graph's
    names (render.fonts.MIN_PRINT_PT): a word box is about 1.16 times the type size."""
    from khorasan_desktop.render.fonts import MIN_PRINT_PT

    out = tmp_path / "timeline.pdf"
    res = export(out, built_db, "timeline:ISIS-K")
    assert res.returncode == 0, res.stderr
    words = _word_heights(out)
    assert any(w == "Kabul" for _h, w in words)  # a lane name is text in the PDF
    small = [(round(h / 1.16, 1), w) for h, w in words if h / 1.16 < MIN_PRINT_PT - 0.3]
    assert small == []


def test_a_heading_starts_the_page_its_table_starts(tmp_path: Path, built_db: Path) -> None:
    """ "Shortest path (1 step)" sat at the foot of a page and its table on the next: a
    heading now moves with the first rows (or the picture) that follow it."""
    out = tmp_path / "path.pdf"
    res = export(out, built_db, "relations:ISIS-K,path=Al-Qaida")
    assert res.returncode == 0, res.stderr
    for page in pages_text(out):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        heads = [i for i, line in enumerate(lines) if line.startswith("Shortest path (1 step)")]
        for i in heads:
            assert lines[i + 1].startswith("Step"), lines[i : i + 3]  # its table's header
    assert any("Shortest path (1 step)" in page for page in pages_text(out))
