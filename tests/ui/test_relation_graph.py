"""Relation graph view: neighbourhood, stable layout, year filter, depth, clicks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from khorasan_desktop.core.models import EntityRef
from khorasan_desktop.data.browse import RelationRow
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.ui.query import QueryRunner
from khorasan_desktop.ui.relation_graph import RelationGraphView
from khorasan_desktop.ui.tasks import TaskRunner
from khorasan_desktop.views.relations import MAX_NODES, busiest, plan

ISKP = "actor-iskp"
LEADER = "rel-shahab-al-muhajir-leader-of-iskp"


@pytest.fixture
def view(qtbot: QtBot, ref: Reference) -> Iterator[RelationGraphView]:
    w = RelationGraphView(ref)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.set_entity(ISKP)
    yield w


def _edges_to(view: RelationGraphView, ref: Reference) -> set[str]:
    rows = {r.id: r for r in ref.neighbourhood(ISKP, view.depth())}
    out = set()
    for rid in view.visible_edges():
        r = rows[rid]
        out |= {r.source.id, r.target.id}
    return out - {ISKP}


def test_depth_one_links_to_the_main_rivals_and_parent(
    view: RelationGraphView, ref: Reference
) -> None:
    assert ref.resolve("ISIS-K") == ISKP
    linked = _edges_to(view, ref)
    assert {"actor-taliban", "actor-al-qaida", "actor-islamic-state"} <= linked
    assert ISKP in view.visible_nodes()
    assert view.node_positions()[ISKP] == (0.0, 0.0)


def test_layout_is_stable(view: RelationGraphView) -> None:
    first = view.node_positions()
    view.set_entity(ISKP)
    assert view.node_positions() == first
    view.set_year(2019)
    assert view.node_positions() == first


def test_year_filter_hides_and_shows_dated_relations(view: RelationGraphView) -> None:
    assert LEADER in view.visible_edges()
    view.set_year(2019)
    assert LEADER not in view.visible_edges()
    assert "actor-shahab-al-muhajir" not in view.visible_nodes()
    assert "rel-iskp-rival-of-taliban" in view.visible_edges()  # undated: always shown
    assert view.all_years.isChecked() is False
    view.set_year(2021)
    assert LEADER in view.visible_edges()
    assert "actor-shahab-al-muhajir" in view.visible_nodes()
    view.all_years.setChecked(True)
    assert view.year() is None


def test_slider_sets_the_year(view: RelationGraphView) -> None:
    assert view.year_slider.minimum() == 1980 and view.year_slider.maximum() == 2025
    view.all_years.setChecked(False)
    view.year_slider.setValue(2019)
    assert view.year() == 2019
    assert LEADER not in view.visible_edges()


def test_depth_two_has_more_nodes(view: RelationGraphView) -> None:
    one = len(view.visible_nodes())
    view.depth_box.setCurrentIndex(1)
    assert view.depth() == 2
    assert len(view.visible_nodes()) > one


def test_edge_tooltip_cites_the_source(view: RelationGraphView) -> None:
    tip = view.edge_tooltip("rel-iskp-rival-of-taliban")
    assert tip.startswith("Islamic State Khorasan Province rival-of Taliban (undated); source:")
    assert "Prospects for ISIS in Afghanistan" in tip and "para. 4" in tip and "(B3)" in tip
    assert "since 2020" in view.edge_tooltip(LEADER)
    assert "actor" in view.node_tooltip("actor-taliban")


def test_double_click_recentres(qtbot: QtBot, view: RelationGraphView) -> None:
    with qtbot.waitSignal(view.recentred) as blocker:
        view.recentre("actor-taliban")
    assert blocker.args == ["actor-taliban"]
    assert view.entity() == "actor-taliban"
    assert view.node_positions()["actor-taliban"] == (0.0, 0.0)


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen platform noise on show()
def test_click_emits_entity_activated(qtbot: QtBot, view: RelationGraphView) -> None:
    view.show()
    qtbot.waitExposed(view)
    x, y = view.node_positions()["actor-taliban"]
    point: QPoint = view.canvas.mapFromScene(x, y)
    with qtbot.waitSignal(view.entityActivated) as blocker:
        qtbot.mouseClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == ["actor-taliban"]
    with qtbot.waitSignal(view.recentred) as blocker:
        qtbot.mouseDClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == ["actor-taliban"]


def _busy_rows(n: int) -> list[RelationRow]:
    """``n`` actors around ISKP; actor k has k % 5 + 1 relations with the centre, and
    actors 1 and 2 are also related to each other."""
    centre = EntityRef(ISKP, "actor", "Islamic State Khorasan Province")
    rows = []
    for k in range(n):
        other = EntityRef(f"actor-fake-{k:03d}", "actor", f"Fake group {k}")
        for j in range(k % 5 + 1):
            rows.append(
                RelationRow(
                    f"rel-fake-{k:03d}-{j}", "ally-of", centre, other, None, None, None, False, ""
                )
            )
    a = EntityRef("actor-fake-001", "actor", "Fake group 1")
    b = EntityRef("actor-fake-002", "actor", "Fake group 2")
    rows.append(RelationRow("rel-fake-pair", "rival-of", a, b, "2019", None, None, False, ""))
    return sorted(rows, key=lambda r: r.id)


def test_busy_entity_is_capped_to_the_busiest(
    view: RelationGraphView, ref: Reference, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = _busy_rows(300)
    by_id = {r.id: r for r in rows}
    links = [(r.id, r.source.id, r.target.id) for r in rows]
    monkeypatch.setattr(view._ref, "link_neighbourhood", lambda entity_id, depth: links)
    monkeypatch.setattr(view._ref, "relations_by_id", lambda ids: [by_id[i] for i in sorted(ids)])
    view.set_entity(ISKP)
    nodes = view.visible_nodes()
    assert len(view.node_positions()) <= MAX_NODES + 1 and ISKP in nodes
    assert "showing 120 of 300 related entities (busiest)" in view.status.text()
    # The most relations first (actor 2 has one more than its k % 5 + 1); ties go by id.
    degree = {f"actor-fake-{k:03d}": k % 5 + 1 + (k in (1, 2)) for k in range(300)}
    expected = sorted(sorted(degree, key=lambda i: (-degree[i], i))[:MAX_NODES])
    assert sorted(set(nodes) - {ISKP}) == expected
    first = view.node_positions()
    view.set_entity(ISKP)
    assert view.node_positions() == first  # deterministic
    assert busiest(rows, ISKP)[1] == 300


def test_plan_keeps_drawn_entities_linked() -> None:
    rows = _busy_rows(300)
    graph = plan(rows, ISKP, limit=10, parallel=2, max_edges=5)
    ends = {e for r in graph.rows for e in (r.source.id, r.target.id)} - {ISKP}
    assert len(ends) == 10  # every kept entity still has a drawn relation
    assert graph.related == 300
    kept = busiest(rows, ISKP, 10)[0]
    assert graph.left_out == len(kept) - len(graph.rows) > 0
    assert plan(rows, ISKP) == plan(list(rows), ISKP)


def test_background_load_emits_refreshed(qtbot: QtBot, ref: Reference) -> None:
    runner = TaskRunner()
    w = RelationGraphView(ref, query=QueryRunner(ref, runner))
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.refreshed, timeout=10000):
        w.set_entity(ISKP)
        assert w.is_loading() and w.status.text() == "Loading…"
    assert not w.is_loading()
    assert {"actor-taliban", "actor-al-qaida"} <= set(w.visible_nodes())
    assert w.node_positions()[ISKP] == (0.0, 0.0)
    assert "relations shown" in w.status.text()
    runner.wait()


def test_sliced_build_draws_what_the_one_pass_build_draws(
    qtbot: QtBot, ref: Reference, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a worker pool the scene is made a slice at a time between turns of the event
    loop; it ends with the same entities, lines, positions and paths as made at once."""
    from khorasan_desktop.render import graph as graph_render

    monkeypatch.setattr(graph_render, "BUILD_SLICE", 3)  # many slices even for this graph
    turns: list[int] = []
    original = graph_render.GraphScene.build_steps

    def counted(self: graph_render.GraphScene, *args: object, **kw: object) -> Iterator[int]:
        kw["slice_size"] = 3
        for made in original(self, *args, **kw):  # type: ignore[arg-type]
            turns.append(made)
            yield made

    monkeypatch.setattr(graph_render.GraphScene, "build_steps", counted)
    inline = RelationGraphView(ref)
    qtbot.addWidget(inline)
    inline.set_entity(ISKP, depth=2)
    one_pass = len(turns)
    turns.clear()
    runner = TaskRunner()
    sliced = RelationGraphView(ref, query=QueryRunner(ref, runner))
    qtbot.addWidget(sliced)
    with qtbot.waitSignal(sliced.refreshed, timeout=10000):
        sliced.set_entity(ISKP, depth=2)
    assert len(turns) == one_pass > 3  # made in slices, each its own turn
    assert turns == sorted(turns) and turns[-1] == len(sliced.scene.edges)
    assert sliced.visible_nodes() == inline.visible_nodes()
    assert sliced.visible_edges() == inline.visible_edges()
    assert sliced.node_positions() == inline.node_positions()
    for rid, edge in sliced.scene.edges.items():
        assert edge.path() == inline.scene.edges[rid].path()
    runner.wait()


def test_a_newer_entity_ends_a_build_in_slices(qtbot: QtBot, ref: Reference) -> None:
    runner = TaskRunner()
    w = RelationGraphView(ref, query=QueryRunner(ref, runner))
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.refreshed, timeout=10000):
        w.set_entity(ISKP, depth=2)
        w.set_entity("actor-taliban")
    assert w.node_positions()["actor-taliban"] == (0.0, 0.0)
    qtbot.wait_until(lambda: not w.is_loading(), timeout=10000)
    assert "actor-taliban" in w.visible_nodes()
    runner.wait()


def _lines_through_entities(scene: object) -> list[tuple[str, str]]:
    """(relation, entity) for every drawn line that passes through the glyph or the name
    of an entity it does not join: the drawn path, flattened into straight pieces, against
    each shown entity's rectangle."""
    from itertools import pairwise

    from khorasan_desktop.core.graph_layout import segment_hits_rect
    from khorasan_desktop.render.graph import GraphScene

    assert isinstance(scene, GraphScene)
    out = []
    for rid, edge in scene.edges.items():
        if not edge.isVisible() or edge.ends is None:
            continue
        pieces = [
            [(p.x(), p.y()) for p in (edge.mapToScene(q) for q in poly)]
            for poly in edge.path().toSubpathPolygons()
        ]
        for nid, node in scene.nodes.items():
            if not node.isVisible() or node in edge.ends:
                continue
            r = node.glyph_rect().united(node.label_rect).translated(node.pos())
            rect = (r.left(), r.top(), r.right(), r.bottom())
            if any(segment_hits_rect(p, q, rect) for piece in pieces for p, q in pairwise(piece)):
                out.append((rid, nid))
    return out


@pytest.mark.parametrize("where", ["pdf", "window"])
def test_path_chart_draws_no_line_through_an_entity(
    qtbot: QtBot, ref: Reference, tmp_path, where: str
) -> None:
    """relations:ISIS-K,path=Al-Qaida as printed and as on screen: no relation line
    crosses an entity it does not join (ISIS-K -> Afghanistan used to cross Taliban)."""
    from khorasan_desktop.core.viewspec import parse
    from khorasan_desktop.render import graph as graph_render
    from khorasan_desktop.report import compose
    from khorasan_desktop.views import registry

    spec = parse("relations:ISIS-K,path=Al-Qaida")
    if where == "pdf":
        data = registry.load(ref, spec, tmp_path / "u.sqlite").data
        scene = graph_render.scene_for(
            data,  # type: ignore[arg-type]
            frame=compose.GRAPH_SIZE,
            max_scale=compose.GRAPH_MAX_SCALE,
            aspect=compose.GRAPH_ASPECT,
        )
    else:
        w = RelationGraphView(ref)
        qtbot.addWidget(w)
        w.resize(1000, 650)
        w.open_spec(spec)
        scene = w.scene
    assert "actor-taliban" in {i for i, n in scene.nodes.items() if n.isVisible()}
    assert _lines_through_entities(scene) == []


def test_a_line_bows_around_a_box_in_its_way() -> None:
    from khorasan_desktop.core.graph_layout import curve_points, detour, line_hits

    box = (40.0, -8.0, 60.0, 8.0)  # straddles the straight line from (0, 0) to (100, 0)
    assert line_hits(curve_points((0, 0), (100, 0), 0.0), [box])
    bow = detour((0, 0), (100, 0), 0.0, [box])
    assert bow != 0.0 and not line_hits(curve_points((0, 0), (100, 0), bow), [box])
    assert abs(bow) <= 18.0  # just far enough, not around the world
    assert detour((0, 0), (100, 0), 0.0, [(40.0, 5.0, 60.0, 20.0)]) == 0.0  # clear already


def test_a_busy_graph_reads_only_the_relations_it_draws(
    view: RelationGraphView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The busiest neighbours are chosen from the links (ids and ends) alone; names and
    citations are read for the drawn relations only (10,042 at a million events, 720
    drawn), and the plan is the one the whole rows give."""
    rows = _busy_rows(300)
    by_id = {r.id: r for r in rows}
    links = [(r.id, r.source.id, r.target.id) for r in rows]
    read: list[str] = []

    def relations_by_id(ids):  # type: ignore[no-untyped-def]
        ids = sorted(ids)
        read.extend(ids)
        return [by_id[i] for i in ids]

    monkeypatch.setattr(view._ref, "link_neighbourhood", lambda entity_id, depth: links)
    monkeypatch.setattr(view._ref, "relations_by_id", relations_by_id)
    view.set_entity(ISKP)
    assert view._graph is not None
    drawn = {r.id for r in view._graph.rows}
    assert set(read) == drawn and len(read) < len(rows)
    assert view._graph == plan(rows, ISKP)


def test_gather_plans_as_the_whole_neighbourhood_does(ref: Reference) -> None:
    from khorasan_desktop.core.viewspec import parse
    from khorasan_desktop.views import relations as rv

    for depth in (1, 2):
        resolved = rv.resolve(ref, parse(f"relations:{ISKP},depth={depth}"))
        gathered = rv.gather(ref, resolved)
        assert gathered.graph == plan(ref.neighbourhood(ISKP, depth), ISKP)
        assert set(gathered.grades) <= {r.id for r in gathered.graph.rows}
