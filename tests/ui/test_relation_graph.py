"""Relation graph view: neighbourhood, stable layout, year filter, depth, clicks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from khorasan_desktop.data.reference import Reference
from khorasan_desktop.ui.relation_graph import RelationGraphView

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
