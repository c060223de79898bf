"""Published statistics as what they are (kind, period, scope, source), reachable from the
command line; tables of documented incidents carry the coverage caveat and the figures of
their scope; a report's entity section follows the report's period; corrections show
(issue 14)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from khorasan_desktop import cli
from khorasan_desktop.core.viewspec import parse
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.views import registry
from khorasan_desktop.views import statistics as stats_view


def _stats(ref: Reference, capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    assert cli.main(["--db", str(ref.path), "stats", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_each_figure_has_its_kind_and_period(ref: Reference) -> None:
    kinds = {s.id: s for s in ref.statistics()}
    assert kinds["stat-009"].kind == "cumulative"  # 306 attacks 2021-08 to 2024-12
    assert kinds["stat-015"].kind == "point"  # seven claims on one day
    assert kinds["stat-001"].kind == "period"  # 152 attacks, Aug-Dec 2021
    assert kinds["stat-012"].kind == "change"  # a 90 per cent decrease
    assert kinds["stat-013"].kind == "point"  # 4,000 to 6,000 people
    assert kinds["stat-brief-attacks-per-year"].kind == "rate"
    assert kinds["stat-brief-regional-fighters-with-is"].kind == "cumulative"
    assert kinds["stat-009"].kind_label == "cumulative over 2021-08-01 – 2024-12-11"
    assert kinds["stat-015"].kind_label == "on 2021-09-19"


def test_the_brief_figures_appear_once(ref: Reference) -> None:
    stats = ref.statistics()
    texts = [s.value_text for s in stats]
    assert len(texts) == len(set(texts))
    assert "stat-018" not in {s.id for s in stats}  # the data set's copy of the brief's figure
    own = ref.citations("statistic", "stat-brief-attacks-per-year")
    assert {c.source_id for c in own} == {"src-brief", "src-statistics"}
    (row,) = [s for s in stats if s.id == "stat-brief-attacks-per-year"]
    assert row.note and "Not verified" in row.note


def test_stats_command_filters_and_labels(
    ref: Reference, capsys: pytest.CaptureFixture[str]
) -> None:
    everything = _stats(ref, capsys)["statistics"]
    assert len(everything) == 28
    assert all(s["kind"] in stats_view.KINDS and "period" in s for s in everything)
    year = _stats(ref, capsys, "--actor", "ISKP", "--from", "2021", "--to", "2021")
    ids = {s["id"] for s in year["statistics"]}
    assert "stat-001" in ids and "stat-009" in ids
    assert "stat-003" not in ids  # 2022
    assert "stat-brief-etim-members-joined-is" not in ids  # another actor, no period
    bajaur = _stats(ref, capsys, "--place", "Bajaur")["statistics"]
    assert [s["id"] for s in bajaur] == ["stat-020"]
    cumulative = _stats(ref, capsys, "--kind", "cumulative")["statistics"]
    assert cumulative and all(s["kind"] == "cumulative" for s in cumulative)
    assert cli.main(["--db", str(ref.path), "stats"]) == 0
    text = capsys.readouterr().out
    assert "stat-009\tcumulative over 2021-08-01 – 2024-12-11\t306 recorded attacks" in text
    assert cli.main(["--db", str(ref.path), "stats", "--from", "2023", "--to", "2021"]) == 2


def test_report_period_and_entity_section(ref: Reference, tmp_path: Path) -> None:
    specs = [parse(t) for t in ("entity:ISIS-K", "chart:by=year", "events:from=2021,to=2021")]
    assert registry.report_period(specs) == ("2021", "2021")
    assert registry.report_period([parse("relations:ISIS-K,year=2020")]) == ("2020", "2020")
    timeline = parse("timeline:ISIS-K,from=2019,to=2022")
    assert registry.report_period([timeline, parse("chart:by=year")]) == ("2019", "2022")
    assert registry.report_period([parse("entity:ISIS-K"), parse("chart:by=year")]) is None
    loaded = registry.load_all(ref, specs, tmp_path / "user.sqlite")
    entity = loaded[0].data
    assert loaded[0].spec.options == {"from": "2021", "to": "2021"}
    ids = list(entity.event_ids)  # type: ignore[union-attr]
    assert ids and entity.events_outside > 0  # type: ignore[union-attr]
    rows = ref.event_rows(ids)
    assert all(rows[i].date_start[:4] <= "2021" <= (rows[i].date_end or "")[:4] for i in ids)
    # Without a period, the 40 most recent would have come from 2022-2025.
    alone = registry.load_all(ref, [parse("entity:ISIS-K")], tmp_path / "user.sqlite")
    first = ref.event_rows([alone[0].data.event_ids[0]])  # type: ignore[union-attr]
    assert next(iter(first.values())).date_start[:4] > "2021"


def test_figures_for_an_events_table_follow_its_scope(ref: Reference) -> None:
    loaded = registry.load(ref, parse("events:from=2021,to=2021"), Path("/nonexistent.sqlite"))
    flt = loaded.data.resolved.flt  # type: ignore[union-attr]
    ids = {s.id for s in stats_view.for_scope(ref, flt)}
    assert "stat-001" in ids  # the UN's 152 attacks, Aug-Dec 2021
    assert "stat-003" not in ids and "stat-brief-etim-members-joined-is" not in ids


def test_corrections_show_their_original_values(
    ref: Reference, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--db", str(ref.path), "show", "isk-2020-kabul", "--json"]) == 0
    fix = json.loads(capsys.readouterr().out)["correction"]
    assert fix["original"]["date"] == "2020" and fix["corrected"]["date"] == "2020-02-11"
    assert fix["original"]["attribution"] == "claimed"
    assert fix["corrected"]["attribution"] == "disputed"
    assert "11 February 2020" in fix["reason"]
    from khorasan_desktop.render.page_html import entity_html

    page = entity_html(ref.entity("isk-2021-10-03-kabul"))
    assert "<th>Corrected</th>" in page and "deaths_low: (blank) → 2" in page
    assert cli.main(["--db", str(ref.path), "show", "isk-2019-05-30-kabul", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["correction"] is None


def test_scope_figures_caption_details_and_meta(ref: Reference) -> None:
    """Beside a 2021 Afghanistan table: the caveat, then counts of attacks first (the UN's
    152), every figure with its kind and source on hover, and the same in the metadata."""
    from khorasan_desktop.data.reference import CountFilter

    flt = CountFilter(country_id="country-afg", date_from="2021-01-01", date_to="2021-12-31")
    figures = stats_view.scope_figures(ref, flt)
    assert [s.id for s in figures.statistics] == [s.id for s in stats_view.for_scope(ref, flt)]
    caption = figures.caption()
    assert caption.startswith("Coverage caveat: Documented incidents are a compiled sample")
    named = caption.split("): ", 1)[1]
    first = named.split("; ")[0]
    assert any(w in first for w in ("attack", "operations", "events")), first
    assert caption.endswith("more.") and f"({len(figures.statistics)} figures" in caption
    details = figures.details()
    assert details[0] == f"Coverage caveat: {ref.meta['coverage_caveat']}"
    assert details[1] == stats_view.NOTE
    assert len(details) == 2 + len(figures.statistics)
    assert all("Source: " in d for d in details[2:])
    meta = figures.meta()
    assert meta["coverage_caveat"] == ref.meta["coverage_caveat"]
    assert [f["id"] for f in meta["published_figures"]] == [s.id for s in figures.statistics]
    json.dumps(meta)  # plain data
    # Only imported data sets counted: the same figures, no caveat of the bundled sample.
    imported_only = stats_view.scope_figures(ref, flt, bundled=False)
    assert imported_only.caveat is None and imported_only.statistics == figures.statistics
    assert imported_only.caption().startswith("Published for this scope")
    # A scope nobody published for still says so beside its table.
    none = stats_view.scope_figures(ref, CountFilter(date_from="1990-01-01", date_to="1990-12-31"))
    assert not none.statistics and none.caption().endswith("No published figures for this scope.")


def test_renderers_take_caveat_and_figures_from_the_view_data() -> None:
    """One truth per view: no page, report section or command reads the caveat or the
    scope's figures from the reference itself; only the report's cover and the About box
    (which describe the data, not a table) quote the caveat."""
    import khorasan_desktop

    package = Path(khorasan_desktop.__file__).parent
    words = ("coverage_caveat", "for_scope(", "scoped_statistics(")
    found = [
        f"{folder}/{path.name}"
        for folder in ("ui", "report", "cli", "render")
        for path in sorted((package / folder).glob("*.py"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if any(w in line for w in words)
    ]
    assert sorted(found) == ["report/compose.py", "ui/about.py"]
