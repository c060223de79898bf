"""One view, one story: the chart picture (GUI and PDF), the PDF table, ``export json`` and
``counts`` all come from the same view data, for every spec in the table below."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from khorasan_desktop import cli, paths
from khorasan_desktop.cli.tables import table_job
from khorasan_desktop.core.viewspec import ViewSpec, ViewSpecError, parse
from khorasan_desktop.data.events.writer import import_event_file
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.render.chart import ChartPlot
from khorasan_desktop.render.map import MapScene
from khorasan_desktop.report import compose
from khorasan_desktop.report.document import ReportDocument
from khorasan_desktop.ui.chart_view import ChartView
from khorasan_desktop.views import chart as chart_view
from khorasan_desktop.views import map as map_kind
from khorasan_desktop.views import registry

GED = Path(__file__).resolve().parents[1] / "data" / "GEDEvent_v25_1_SYNTHETIC.csv"
OLD_SET = "GED_with_2010_row"

SPECS = [
    "chart:actor=Taliban",
    "chart:from=2021-06,to=2021-12",
    "chart:from=2021-06,to=2021-12,by=month",
    "chart:by=quarter,province=Nangarhar",
    "chart:stack=country",
    f"chart:source={OLD_SET}",
    f"chart:source=bundled+{OLD_SET},by=year",
    f"chart:source=bundled+{OLD_SET},stack=country",
    f"chart:source={OLD_SET},stack=province,by=quarter",
]


@pytest.fixture
def user_db(ref: Reference, tmp_path: Path) -> Path:
    """An imported UCDP set whose first row is moved to 2010, before the bundled span."""
    text = GED.read_text(encoding="utf-8-sig")
    text = text.replace(",2018,1,Clear", ",2010,1,Clear", 1).replace(
        "2018-03-04 00:00:00.000,2018-03-04 00:00:00.000",
        "2010-03-04 00:00:00.000,2010-03-04 00:00:00.000",
        1,
    )
    old = tmp_path / f"{OLD_SET}.csv"
    old.write_text(text, encoding="utf-8")
    db = paths.user_db()
    import_event_file(db, "ucdp", old, ref, name=OLD_SET)
    return db


def _report_data(ref: Reference, spec: ViewSpec, user_db: Path, expected: Any) -> Any:
    """The data a report loads for ``spec`` (through the view registry), checked equal to
    the view data the test computed: the sections print exactly that."""
    data = registry.load(ref, spec, user_db).data
    assert data == expected
    return data


def _pdf_table(html: str) -> list[tuple[str, int]]:
    """(period, count) rows of the chart section's table, as the PDF prints them."""
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    rows = re.findall(r"<tr><td>([^<]*)</td><td>(\d+)</td></tr>", body)
    return [(p, int(n)) for p, n in rows if p != "date too imprecise"]


def spy_chart_drawing(
    monkeypatch: pytest.MonkeyPatch,
) -> list[tuple[chart_view.ChartViewData, list[str], list[float]]]:
    """Record what the shared chart drawing is given and the bar heights it then sets
    (stacks summed), wherever it draws: the page or the report."""
    drawn: list[tuple[chart_view.ChartViewData, list[str], list[float]]] = []
    original = ChartPlot.draw

    def spy(self: ChartPlot, d: chart_view.ChartViewData) -> None:
        original(self, d)
        heights = [0.0] * len(self.periods)
        for bar in self.bars:
            if bar.isVisible():
                heights = [a + b for a, b in zip(heights, bar.opts["height"], strict=True)]
        drawn.append((d, self.periods, heights))

    monkeypatch.setattr(ChartPlot, "draw", spy)
    return drawn


def spy_map_shading(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, int]]:
    """Record the counts the shared map scene shades (and lists as off the map)."""
    drawn: list[dict[str, int]] = []
    original = MapScene.show

    def spy(self: MapScene, d: map_kind.MapViewData) -> None:
        original(self, d)
        drawn.append({**self.counts, **self.off_map})

    monkeypatch.setattr(MapScene, "show", spy)
    return drawn


@pytest.mark.parametrize("text", SPECS)
def test_chart_picture_table_pdf_and_json_agree(
    qtbot: object,
    ref: Reference,
    user_db: Path,
    text: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    spec = parse(text)
    data = chart_view.load(ref, chart_view.resolve(ref, spec, user_db), user_db)
    assert sum(data.totals) == sum(n for _, n in data.rows())
    if spec.options.get("stack"):  # the stacks of every source add up to the bars
        assert len(data.series) > 1
        stacked = [sum(h) for h in zip(*(heights for _, heights in data.series), strict=True)]
        assert stacked == [float(t) for t in data.totals]

    # GUI: the bars drawn are the view data's.
    gui = ChartView(ref, user_db=user_db)
    qtbot.addWidget(gui)  # type: ignore[attr-defined]
    gui.show_data(data)
    assert gui.bar_data() == (list(data.periods), list(data.totals))
    assert sum(gui.totals) == sum(n for _, n in data.rows())

    # PDF picture: the report paints with the page's own chart drawing, from equal data,
    # and the bars it sets are the table's numbers.
    assert isinstance(gui.chart, ChartPlot)
    drawn = spy_chart_drawing(monkeypatch)
    pictures = compose.record_pictures(ref, registry.load_all(ref, [spec], user_db))
    assert "view0" in pictures
    assert drawn and drawn[-1][0] == data
    assert drawn[-1][1:] == (list(data.periods), [float(n) for n in data.totals])

    # PDF table.
    doc = ReportDocument("t", "")
    section = compose._chart_section(
        ref, _report_data(ref, spec, user_db, data), doc, None, "view0"
    )
    assert _pdf_table(section) == data.rows()
    assert f"{data.counts.total} in all" in section

    # export json / csv.
    job = table_job(ref, text)
    # Every period of the axis, zeros included; the imprecise ones only in the metadata.
    rows = [tuple(r) for r in job.build().rows]
    assert rows == list(zip(data.periods, data.totals, strict=True))
    assert [r for r in rows if r[1]] == data.rows()
    assert job.meta()["total"] == data.counts.total
    assert job.meta()["imprecise"] == data.counts.imprecise

    # counts --json on the command line (same options, flag by flag).
    flags = {"actor": "--actor", "province": "--province", "from": "--from", "to": "--to"}
    argv = ["--db", str(ref.path), "counts", "--json", "--by", data.resolved.by]
    argv += ["--source", spec.options.get("source", "bundled")]
    for key, flag in flags.items():
        if key in spec.options:
            argv += [flag, spec.options[key]]
    capsys.readouterr()
    assert cli.main(argv) == 0
    printed = json.loads(capsys.readouterr().out)
    assert [(c["period"], c["count"]) for c in printed["counts"]] == data.rows()
    assert printed["total"] == data.counts.total


def test_regressions_from_the_issue(ref: Reference, user_db: Path) -> None:
    """The three disagreements measured before the view layer."""
    taliban = chart_view.load(ref, chart_view.resolve(ref, parse(SPECS[0]), user_db), user_db)
    everything = chart_view.load(ref, chart_view.resolve(ref, parse("chart"), user_db), user_db)
    # The bundled incidents name no Taliban perpetrator: an empty chart, not all 305.
    assert taliban.counts.total == 0 and not any(taliban.totals)
    assert everything.counts.total > 0
    month = chart_view.load(ref, chart_view.resolve(ref, parse(SPECS[2]), user_db), user_db)
    assert month.periods[0] == "2021-06" and month.periods[-1] == "2021-12"
    old = chart_view.load(ref, chart_view.resolve(ref, parse(SPECS[5]), user_db), user_db)
    assert old.periods[0] == "2010" and old.totals[0] >= 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("chart:from=2021-02-30", "bad date"),
        ("chart:from=2021-13", "bad date"),
        ("chart:from=2022,to=2021", "after"),
        ("chart:by=week", "by must be"),
        ("chart:stack=district", "stack must be"),
        ("chart:source=nope", "No imported data set"),
    ],
)
def test_bad_specs_get_one_clear_message(
    ref: Reference, user_db: Path, text: str, message: str
) -> None:
    with pytest.raises((ViewSpecError, Exception), match=message):
        chart_view.resolve(ref, parse(text), user_db)


MAP_SPECS = [
    "map",
    "map:from=2021-06,to=2021-12",
    "map:actor=ISIS-K,country=Afghanistan",
    f"map:source={OLD_SET}",
    f"map:source=bundled+{OLD_SET}",
]


@pytest.mark.parametrize("text", MAP_SPECS)
def test_map_shading_and_pdf_table_agree(
    qtbot: object, ref: Reference, user_db: Path, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from khorasan_desktop.ui.map_view import MapView
    from khorasan_desktop.views import map as map_kind

    spec = parse(text)
    data = map_kind.load(ref, map_kind.resolve(ref, spec, user_db), user_db)

    # The page and the report shade one MapScene class from equal data.
    gui = MapView(ref, user_db=user_db)
    qtbot.addWidget(gui)  # type: ignore[attr-defined]
    gui.show_data(data)
    assert {**gui.province_counts(), **gui.off_map_counts()} == dict(data.rows())

    drawn = spy_map_shading(monkeypatch)
    shaded: list[int] = []
    original_show = MapScene.show

    def shade(self: MapScene, d: map_kind.MapViewData) -> None:
        original_show(self, d)
        shaded.append(sum(r.count for r in self.regions.values() if r.is_province))

    monkeypatch.setattr(MapScene, "show", shade)
    assert "view0" in compose.record_pictures(ref, registry.load_all(ref, [spec], user_db))
    assert drawn and drawn[-1] == dict(data.rows())
    assert shaded[-1] == sum(drawn[-1][k] for k in drawn[-1] if k not in gui.off_map_counts())

    doc = ReportDocument("t", "")
    reported = _report_data(ref, spec, user_db, data)
    section = compose._map_section(ref, reported, doc, None, "view0")
    body = section.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    printed = [int(n) for n in re.findall(r"<td>(\d+)</td></tr>", body)]
    assert printed == [n for _, n in data.rows()]


@pytest.mark.parametrize("text", SPECS)
def test_open_chart_reproduces_itself_in_a_report(
    qtbot: object, ref: Reference, user_db: Path, text: str
) -> None:
    """The spec the export dialog offers for an open chart resolves to what it shows."""
    data = chart_view.load(ref, chart_view.resolve(ref, parse(text), user_db), user_db)
    gui = ChartView(ref, user_db=user_db)
    qtbot.addWidget(gui)  # type: ignore[attr-defined]
    gui.show_data(data)
    again = chart_view.resolve(ref, parse(gui.view_spec().text()), user_db)
    assert again == data.resolved


RELATION_SPECS = [
    "relations:ISKP",
    "relations:ISKP,year=2021",
    "relations:ISKP,depth=2,year=2018",
    "relations:Taliban,year=2010",
]


@pytest.mark.parametrize("text", RELATION_SPECS)
def test_relation_graph_pdf_table_and_json_agree(
    qtbot: object, ref: Reference, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from khorasan_desktop.render.graph import GraphScene
    from khorasan_desktop.ui.relation_graph import RelationGraphView
    from khorasan_desktop.views import relations as relations_kind

    spec = parse(text)
    data = relations_kind.load(ref, relations_kind.resolve(ref, spec))
    shown = sorted(r.id for r in data.shown)
    assert shown, "each spec should show something, or the test proves little"

    # GUI: the page's graph hides and shows by the same rule.
    gui = RelationGraphView(ref)
    qtbot.addWidget(gui)  # type: ignore[attr-defined]
    gui.set_entity(data.resolved.entity_id, data.resolved.depth)
    gui.set_year(data.resolved.year)
    assert gui.visible_edges() == shown
    assert set(gui.visible_nodes()) == set(data.reached)

    # PDF picture: the report's scene shows exactly those relations.
    drawn: list[list[str]] = []
    original = GraphScene.apply

    def spy(self: GraphScene, d: relations_kind.RelationsViewData) -> None:
        original(self, d)
        drawn.append(sorted(i for i, e in self.edges.items() if e.isVisible()))

    monkeypatch.setattr(GraphScene, "apply", spy)
    assert "view0" in compose.record_pictures(ref, registry.load_all(ref, [spec], paths.user_db()))
    assert drawn and drawn[-1] == shown

    # PDF table: one row per relation shown.
    doc = ReportDocument("t", "")
    section = compose._relations_section(
        ref, _report_data(ref, spec, paths.user_db(), data), compose.Citations(), doc, {}, "view0"
    )
    assert f"Relations shown ({len(shown)})" in section
    body = section.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    assert body.count("<tr>") == len(shown)

    # export json: the same relations.
    table = table_job(ref, text).build()
    col = {name: i for i, name in enumerate(table.columns)}
    exported = sorted(
        (r[col["subject_id"]], r[col["type"]], r[col["object_id"]]) for r in table.rows
    )
    assert exported == sorted((r.source.id, r.type, r.target.id) for r in data.shown)


def test_relations_spec_refuses_bad_depth_and_missing_entity(ref: Reference) -> None:
    from khorasan_desktop.views import relations as relations_kind

    with pytest.raises(ViewSpecError, match="depth"):
        relations_kind.resolve(ref, parse("relations:ISKP,depth=3"))
    with pytest.raises(ViewSpecError, match="needs a name"):
        relations_kind.resolve(ref, parse("relations"))


EVENT_SPECS = [
    "events:from=2021,to=2021",
    "events:actor=ISIS-K,province=Nangarhar",
    f"events:source={OLD_SET}",
    f"events:source=bundled+{OLD_SET},from=2018-01-01,to=2018-12-31",
]


@pytest.mark.parametrize("text", EVENT_SPECS)
def test_events_pdf_and_json_list_the_same_events(ref: Reference, user_db: Path, text: str) -> None:
    from khorasan_desktop.views import events as events_kind

    spec = parse(text)
    data = events_kind.load(ref, events_kind.resolve(ref, spec, user_db), user_db)
    assert data.total > 0, "each spec should list something, or the test proves little"
    if data.resolved.layers.bundled:
        chart = chart_view.load(
            ref, chart_view.resolve(ref, parse("chart" + text[6:]), user_db), user_db
        )
        assert len(data.incident_ids) + len(data.imported) == chart.counts.total

    section = compose._events_section(
        ref, _report_data(ref, spec, user_db, data), compose.Citations()
    )
    # The events tables; the published figures of the scope follow them (issue 14).
    tables_printed = section.split("<h3>Published figures")[0].split("<tbody>")[1:]
    assert ("Coverage caveat" in section) == data.resolved.layers.bundled
    printed = [t.split("</tbody>", 1)[0].count("<tr>") for t in tables_printed]
    from khorasan_desktop.views import statistics as stats_view

    # Bundled incidents, then imports; after them the published figures of the scope,
    # those the view's data carries (the same the exports write), whatever the layers.
    expected = [n for n in (len(data.incident_ids), len(data.imported)) if n]
    published = data.figures.statistics
    assert published == tuple(stats_view.for_scope(ref, data.resolved.flt))
    assert (f"Published figures for this scope ({len(published)})" in section) == bool(published)
    for s in published:
        assert compose.esc(s.value_text) in section
    if data.resolved.layers.bundled and not data.incident_ids:
        expected.insert(0, 0)
    assert printed == expected
    if data.imported:
        assert f"Imported events ({len(data.imported)})" in section

    table = table_job(ref, text).build()
    ids = [r[0] for r in table.rows]
    assert ids == [*data.incident_ids, *(f"{r.source}:{r.ext_id}" for r in data.imported)]


@pytest.mark.parametrize("text", ["entity:ISIS-K", "entity:Nangarhar", "entity:Taliban"])
def test_entity_page_and_pdf_list_the_same_events(
    qtbot: object, ref: Reference, text: str, tmp_path: Path
) -> None:
    from khorasan_desktop.data.userdb import UserStore
    from khorasan_desktop.ui.entity_page import EntityPage
    from khorasan_desktop.views import entity as entity_kind

    spec = parse(text)
    data = entity_kind.load(ref, entity_kind.resolve(ref, spec))
    assert data.event_ids and data.entity.id not in data.event_ids

    user = UserStore(tmp_path / "user.sqlite")
    page = EntityPage(ref, user, data.entity.id)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    assert page.events_model.ids == list(data.event_ids)

    section = compose._entity_section(
        ref, _report_data(ref, spec, paths.user_db(), data), compose.Citations()
    )
    assert f"Related events ({len(data.event_ids)})" in section
    user.close()


def test_notes_and_bookmarks_sections_show_the_user_content(ref: Reference, tmp_path: Path) -> None:
    from khorasan_desktop.data.userdb import UserStore
    from khorasan_desktop.views import notes as notes_kind

    user = UserStore(tmp_path / "user.sqlite")
    user.set_note("actor-iskp", "first line\nsecond <line>")
    user.set_note("actor-gone", "about something removed")
    user.add_bookmark("actor-taliban", "Taliban")
    content = notes_kind.read(user)
    user.close()

    data = notes_kind.load_notes(ref, content)
    assert {n.entity_id: n.missing for n in data.notes} == {
        "actor-iskp": False,
        "actor-gone": True,
    }
    section = compose._notes_section(data)
    assert "second &lt;line&gt;" in section and "no longer in the reference data" in section
    assert "Islamic State Khorasan Province" in section
    marks = compose._bookmarks_section(notes_kind.load_bookmarks(content))
    assert marks.count("<li>") == 1 and "Taliban" in marks


def test_registry_covers_every_view_kind(ref: Reference, user_db: Path) -> None:
    from khorasan_desktop.core.viewspec import VIEW_KINDS
    from khorasan_desktop.views import registry

    assert set(registry.KINDS) == set(VIEW_KINDS)
    for text in ("entity:ISIS-K", "relations:ISIS-K,year=2021", "chart:by=month", "map", "events"):
        resolved = registry.resolve(ref, parse(text), user_db)
        assert resolved is not None
        again = registry.resolve(ref, resolved.to_spec(), user_db)
        assert again == resolved
    assert registry.resolve(ref, parse("notes"), user_db) is None
    with pytest.raises(ViewSpecError):
        registry.resolve(ref, parse("events:from=2021-02-30"), user_db)
