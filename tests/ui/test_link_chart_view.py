"""The link chart in the window: legend filters, drag and pin, expand and collapse, find,
shortest path, grade and source filters, saving and reopening, by mouse and keyboard."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from khorasan_desktop import paths
from khorasan_desktop.core.viewspec import parse
from khorasan_desktop.data.reference import Reference
from khorasan_desktop.data.userdb import UserStore
from khorasan_desktop.ui.link_charts import LinkChartsDialog
from khorasan_desktop.ui.main_window import MainWindow
from khorasan_desktop.ui.relation_graph import RelationGraphView
from khorasan_desktop.views import registry
from khorasan_desktop.views.relations import RelationsViewData

ISKP, AQ, TALIBAN = "actor-iskp", "actor-al-qaida", "actor-taliban"


@pytest.fixture
def store(tmp_path) -> Iterator[UserStore]:  # type: ignore[no-untyped-def]
    s = UserStore(tmp_path / "charts.sqlite")
    yield s
    s.close()


@pytest.fixture
def view(qtbot: QtBot, ref: Reference, store: UserStore) -> RelationGraphView:
    w = RelationGraphView(ref, user=store)
    qtbot.addWidget(w)
    w.resize(1300, 800)
    w.set_entity(ISKP)
    return w


def test_legend_entry_hides_a_group_and_keeps_the_layout(view: RelationGraphView) -> None:
    before = view.node_positions()
    item = view.legend.entry("Operates / located in, recruits from")
    assert "(13)" in item.text()
    item.setCheckState(Qt.CheckState.Unchecked)
    hidden = view.resolved().hidden  # type: ignore[union-attr]
    assert {"operates-in", "recruits-from"} <= hidden
    assert "rel-iskp-operates-in-afg" not in view.visible_edges()
    assert view.node_positions() == before  # hidden, not laid out again
    regions = view.legend.entry("region")
    regions.setCheckState(Qt.CheckState.Unchecked)
    assert "country-afg" not in view.visible_nodes()
    item.setCheckState(Qt.CheckState.Checked)
    regions.setCheckState(Qt.CheckState.Checked)
    assert "rel-iskp-operates-in-afg" in view.visible_edges()
    assert view.view_spec().text() == "relations:actor-iskp,depth=1"  # type: ignore[union-attr]


def test_legend_is_keyboard_operable(qtbot: QtBot, view: RelationGraphView) -> None:
    view.show()
    qtbot.waitExposed(view)
    view.legend.setFocus()
    row = view.legend.row(view.legend.entry("Rival of / threatens"))
    view.legend.setCurrentRow(row)
    qtbot.keyClick(view.legend, Qt.Key.Key_Space)
    assert "rival-of" in view.resolved().hidden  # type: ignore[union-attr]
    assert "rel-iskp-rival-of-taliban" not in view.visible_edges()
    qtbot.keyClick(view.legend, Qt.Key.Key_Space)
    assert "rival-of" not in view.resolved().hidden  # type: ignore[union-attr]


def test_drag_pins_a_node_and_its_lines_follow(qtbot: QtBot, view: RelationGraphView) -> None:
    view.show()
    qtbot.waitExposed(view)
    x, y = view.node_positions()[TALIBAN]
    start: QPoint = view.canvas.mapFromScene(x, y)
    end = start + QPoint(60, 40)
    vp = view.canvas.viewport()
    edge = view.scene.edges["rel-iskp-rival-of-taliban"]
    line_before = edge.path().pointAtPercent(1.0)
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    for k in range(1, 6):
        qtbot.mouseMove(vp, start + (end - start) * (k / 5))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=end)
    assert view.node_positions()[TALIBAN] != (x, y)
    assert TALIBAN in view.pinned()
    assert view.scene.nodes[TALIBAN].pinned
    assert edge.path().pointAtPercent(1.0) != line_before
    # unpin from the node's menu
    actions = {a.text(): a for a in view.node_actions(TALIBAN)}
    actions["Unpin"].trigger()
    assert TALIBAN not in view.pinned() and not view.scene.nodes[TALIBAN].pinned


def test_relayout_keeps_pins(view: RelationGraphView) -> None:
    view.scene.nodes[TALIBAN].setPos(900.0, 900.0)
    view.set_pinned(TALIBAN, True)
    view.scene.nodes[AQ].setPos(-900.0, 900.0)
    view.relayout()
    assert view.node_positions()[TALIBAN] == (900.0, 900.0)
    assert view.node_positions()[AQ] != (-900.0, 900.0)


def test_expand_and_collapse_with_keys(qtbot: QtBot, view: RelationGraphView) -> None:
    view.show()
    qtbot.waitExposed(view)
    before = view.node_positions()
    assert view.find_node("al-qa")  # prefix, case-insensitive
    assert view.selected() in (AQ, "actor-al-qaida-in-iraq")
    assert view.find_node("Al-Qaida")
    assert view.selected() == AQ
    qtbot.keyClick(view.canvas, Qt.Key.Key_E)
    assert view.resolved().expanded == (AQ,)  # type: ignore[union-attr]
    assert "actor-united-states" in view.visible_nodes()
    after = view.node_positions()
    assert all(after[i] == p for i, p in before.items())  # only the new ones were placed
    qtbot.keyClick(view.canvas, Qt.Key.Key_C)
    assert "actor-united-states" not in view.visible_nodes()
    assert AQ in view.visible_nodes()
    qtbot.keyClick(view.canvas, Qt.Key.Key_P)
    assert AQ in view.pinned()


def test_find_box_completes_and_centres(qtbot: QtBot, view: RelationGraphView) -> None:
    names = view._find_completer.model().stringList()  # type: ignore[attr-defined]
    assert "Taliban" in names and "Islamic State Khorasan Province" in names
    view.find_box.setText("taliban")
    qtbot.keyClick(view.find_box, Qt.Key.Key_Return)
    assert view.selected() == TALIBAN
    assert not view.find_node("Nowhere")
    assert "No entity in the graph matches" in view.status.text()


def test_path_box_shows_the_path_and_a_clear_no_path(view: RelationGraphView) -> None:
    view.legend.entry("Rival of / threatens").setCheckState(Qt.CheckState.Unchecked)
    view.path_box.setText("Al-Qaida")
    view.set_path(view.path_box.text())
    data = view.data
    assert data is not None and data.path is not None
    # rival-of and threatens hidden: through Afghanistan (ISIS-K operates in it, Al-Qaida
    # too; the brief gives no part-of link from Al-Qaida in Iraq to Al-Qaida)
    assert [e.id for e in data.path.entities()] == [ISKP, "country-afg", AQ]
    on_path = [i for i, e in view.scene.edges.items() if e.on_path]
    assert sorted(on_path) == sorted(r.id for r in data.path.rows)
    assert all(view.scene.nodes[e.id].on_path for e in data.path.entities())
    assert "Shortest path (2 relations)" in view.status.text()
    assert view.view_spec().options["path"] == AQ  # type: ignore[union-attr]
    view.grade_box.setCurrentIndex(view.grade_box.findData("A"))
    assert view.data is not None and view.data.path is not None
    assert not view.data.path.found
    assert "No path from Islamic State Khorasan Province to Al-Qaida" in view.status.text()
    view.set_path("")
    assert not any(e.on_path for e in view.scene.edges.values())


def test_grade_and_source_boxes_filter(view: RelationGraphView) -> None:
    shown = len(view.visible_edges())
    view.grade_box.setCurrentIndex(view.grade_box.findData("A"))
    assert view.visible_edges() == []
    assert view.view_spec().options["grade"] == "A"  # type: ignore[union-attr]
    view.grade_box.setCurrentIndex(view.grade_box.findData("B"))
    assert len(view.visible_edges()) == shown
    brief = view.source_box.findData("src-brief")
    assert brief > 0
    view.source_box.setCurrentIndex(brief)
    assert len(view.visible_edges()) == shown
    assert view.view_spec().options["source"] == "src-brief"  # type: ignore[union-attr]


def test_save_and_reopen_a_chart(
    qtbot: QtBot, ref: Reference, view: RelationGraphView, store: UserStore
) -> None:
    view.legend.entry("event").setCheckState(Qt.CheckState.Unchecked)
    view.scene.nodes[TALIBAN].setPos(500.0, -300.0)
    view.set_pinned(TALIBAN, True)
    view.expand(AQ)
    chart = view.save_chart("Rivals")
    assert view.view_spec().options["layout"] == "Rivals"  # type: ignore[union-attr]
    saved = store.link_chart("Rivals")
    assert saved is not None and saved.pinned == (TALIBAN,)
    assert saved.positions[TALIBAN] == (500.0, -300.0)
    assert "expand=actor-al-qaida" in saved.spec and "hide=event" in saved.spec
    other = RelationGraphView(ref, user=store)
    qtbot.addWidget(other)
    other.open_saved(chart)
    assert other.node_positions()[TALIBAN] == (500.0, -300.0)
    assert other.pinned() == {TALIBAN}
    assert other.resolved().hidden == {"event"}  # type: ignore[union-attr]
    assert "actor-united-states" in other.visible_nodes()
    assert other.legend.entry("event").checkState() == Qt.CheckState.Unchecked
    # the report draws the saved positions: the view data carries them
    data = registry.load(ref, parse("relations:ISIS-K,layout=Rivals"), store.path).data
    assert isinstance(data, RelationsViewData)
    assert data.layout.positions[TALIBAN] == (500.0, -300.0)
    from khorasan_desktop.render.graph import scene_for

    scene = scene_for(data)
    assert scene.nodes[TALIBAN].pos().toTuple() == (500.0, -300.0)
    assert scene.nodes[TALIBAN].pinned


def test_window_menu_reopens_a_saved_chart(
    qtbot: QtBot, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    w = make_window(restore=False)
    w.open_location(("graph", TALIBAN), new_tab=True)
    qtbot.wait_until(lambda: not w.query.pending, timeout=15000)
    page = w.current_page()
    assert isinstance(page, RelationGraphView)
    qtbot.wait_until(lambda: not page.is_loading(), timeout=15000)
    page.save_chart("Taliban chart")
    dialog = LinkChartsDialog(w.user)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and dialog.selected_name() == "Taliban chart"
    assert dialog.list.accessibleName() and dialog.delete_button.accessibleName()
    w.close_current()
    assert w.open_link_chart("Taliban chart")
    reopened = w.current_page()
    assert isinstance(reopened, RelationGraphView)
    qtbot.wait_until(lambda: not reopened.is_loading(), timeout=15000)
    assert reopened.entity() == TALIBAN
    assert reopened.resolved().layout == "Taliban chart"  # type: ignore[union-attr]
    dialog.delete_selected()
    assert dialog.list.count() == 0 and not dialog.open_button.isEnabled()
    assert w.user.link_charts() == [] and paths.user_db() == w.user.path
    assert w.act_open_chart.shortcut().toString() == "Ctrl+Shift+L"


@pytest.mark.parametrize(
    "text", ["relations:ISIS-K,path=Al-Qaida", "relations:Islamic State,depth=2"]
)
def test_printed_graph_names_are_at_least_7_pt(qapp: object, ref: Reference, text: str) -> None:
    """(``qapp``: the scene needs an application even when this test runs alone.)"""
    from khorasan_desktop.render.graph import MIN_PRINT_PT, scene_for
    from khorasan_desktop.report import compose

    data = registry.load(ref, parse(text), paths.user_db()).data
    assert isinstance(data, RelationsViewData)
    w, h = compose.GRAPH_SIZE
    scene = scene_for(
        data, frame=(w, h), max_scale=compose.GRAPH_MAX_SCALE, aspect=compose.GRAPH_ASPECT
    )
    rect = scene.sceneRect()
    scale = min(w / rect.width(), h / rect.height(), compose.GRAPH_MAX_SCALE)
    smallest = min(n.font.pointSizeF() for n in scene.nodes.values())
    assert smallest * scale >= MIN_PRINT_PT - 0.1 >= 7.0


def test_legend_model_and_undated_pen(qtmodeltester, view: RelationGraphView) -> None:  # type: ignore[no-untyped-def]
    from khorasan_desktop.render.graph import edge_pen

    qtmodeltester.check(view.legend.model())
    undated, dated = edge_pen("rival-of", True), edge_pen("rival-of", False)
    assert undated.dashPattern() and not dated.dashPattern()
    assert undated.color().alpha() < dated.color().alpha()
    edge = view.scene.edges["rel-iskp-rival-of-taliban"]  # undated
    assert edge.undated and edge.pen().dashPattern()


def test_pdf_of_a_path_names_it_and_its_steps(ref: Reference, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from khorasan_desktop.report import compose

    loaded = registry.load_all(
        ref, [parse("relations:ISIS-K,path=Al-Qaida,hide=rival-of+threatens")], paths.user_db()
    )
    pictures = compose.record_pictures(ref, loaded)
    assert {"view0", "view0-legend"} <= set(pictures)
    assert pictures["view0"].width == compose.GRAPH_SIZE[0]  # the legend is under, not beside
    doc = compose.compose(ref, loaded, pictures, compose.ReportOptions())
    html = "".join(doc.html)
    assert "Shortest path (2 relations)" in html and "Shortest path (2 steps)" in html
    none = registry.load_all(
        ref, [parse("relations:ISIS-K,path=Al-Qaida,grade=A")], paths.user_db()
    )
    html = "".join(compose.compose(ref, none, {}, compose.ReportOptions()).html)
    assert "No path from Islamic State Khorasan Province to Al-Qaida" in html


def test_menu_key_opens_the_selected_entitys_menu(qtbot: QtBot, view: RelationGraphView) -> None:
    from PySide6.QtCore import QPoint as _P
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    assert view.find_node("Taliban")
    view.canvas.nodeMenu.disconnect(view._node_menu)  # the real menu would wait for a click
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, _P(0, 0), _P(0, 0))
    with qtbot.waitSignal(view.canvas.nodeMenu) as blocker:
        QApplication.sendEvent(view.canvas, event)
    assert blocker.args[0] == TALIBAN
    texts = [a.text() for a in view.node_actions(TALIBAN)]
    assert texts[:3] == ["Pin here", "Expand Taliban's neighbours", "Collapse Taliban's neighbours"]
    assert all(a.shortcut().toString() for a in view.node_actions(TALIBAN)[:3])


def test_a_click_on_a_legend_entry_toggles_it(qtbot: QtBot, view: RelationGraphView) -> None:
    view.show()
    qtbot.waitExposed(view)
    item = view.legend.entry("Leader / member of")
    rect = view.legend.visualItemRect(item)
    for where in (rect.center(), QPoint(rect.left() + 8, rect.center().y())):  # text, box
        qtbot.mouseClick(view.legend.viewport(), Qt.MouseButton.LeftButton, pos=where)
        assert "leader-of" in view.resolved().hidden  # type: ignore[union-attr]
        assert "rel-shahab-al-muhajir-leader-of-iskp" not in view.visible_edges()
        qtbot.mouseClick(view.legend.viewport(), Qt.MouseButton.LeftButton, pos=where)
        assert "leader-of" not in view.resolved().hidden  # type: ignore[union-attr]


def test_a_print_frames_what_is_shown(ref: Reference) -> None:
    from khorasan_desktop.render.graph import scene_for

    data = registry.load(ref, parse("relations:ISIS-K,hide=region"), paths.user_db()).data
    assert isinstance(data, RelationsViewData)
    scene = scene_for(data)
    shown = scene.sceneRect()
    everything = scene.itemsBoundingRect()  # the hidden regions too
    assert shown.width() * shown.height() < 0.8 * everything.width() * everything.height()
    for node in scene.nodes.values():
        if node.isVisible():
            assert shown.contains(node.sceneBoundingRect())


def _drag(qtbot: QtBot, view: RelationGraphView, node: str, by: QPoint) -> tuple[float, float]:
    """Drag a glyph with the mouse, as a user does; its new scene position."""
    x, y = view.node_positions()[node]
    start: QPoint = view.canvas.mapFromScene(x, y)
    vp = view.canvas.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    for k in range(1, 6):
        qtbot.mouseMove(vp, start + by * (k / 5))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=start + by)
    moved = view.node_positions()[node]
    assert moved != (x, y) and node in view.pinned()
    return moved


def _printed_scenes(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The scenes the report draws its relation graphs from (recorded as they are made)."""
    from khorasan_desktop.render import graph as graph_render

    made: list[object] = []
    real = graph_render.scene_for

    def spy(*args: object, **kwargs: object) -> object:
        scene = real(*args, **kwargs)  # type: ignore[arg-type]
        made.append(scene)
        return scene

    monkeypatch.setattr(graph_render, "scene_for", spy)
    return made


def _graph_tab(qtbot: QtBot, w: MainWindow, entity_id: str) -> RelationGraphView:
    w.open_location(("graph", entity_id), new_tab=True)
    page = w.current_page()
    assert isinstance(page, RelationGraphView)
    qtbot.wait_until(lambda: not page.is_loading() and bool(page.node_positions()), timeout=15000)
    w.show()
    qtbot.waitExposed(w)
    return page


def test_pdf_of_an_unsaved_dragged_chart_draws_it_as_on_screen(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    import subprocess

    from khorasan_desktop.ui.export_dialog import ExportDialog

    w = make_window(restore=False)
    w.resize(1300, 800)
    page = _graph_tab(qtbot, w, ISKP)
    moved = _drag(qtbot, page, TALIBAN, QPoint(-90, 70))
    screen = page.node_positions()
    printed = _printed_scenes(monkeypatch)
    w.export_pdf()
    dialog = w.export_dialog
    assert isinstance(dialog, ExportDialog)
    qtbot.addWidget(dialog)
    [spec] = [s for s in dialog.specs() if s.kind == "relations"]
    assert "layout" not in spec.options  # not saved as a chart
    assert spec.layout is not None and TALIBAN in spec.layout.pinned
    out = tmp_path / "arranged.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        dialog.export_to(out)
    [scene] = printed
    pos = scene.nodes  # type: ignore[attr-defined]
    assert pos[TALIBAN].pos().toTuple() == pytest.approx(moved, abs=0.01)
    assert pos[TALIBAN].pinned
    for node_id, item in pos.items():  # every glyph where the window has it
        assert item.pos().toTuple() == pytest.approx(screen[node_id], abs=0.01)
    text = " ".join(
        subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split()
    )
    assert "Laid out as arranged in the window (1 pinned)" in text


def test_investigation_export_prints_each_graph_as_arranged(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    import subprocess

    w = make_window(restore=False)
    w.resize(1300, 800)
    page = _graph_tab(qtbot, w, ISKP)
    page.save_chart("Before the drag")  # a saved chart, then moved: printed as moved
    moved = _drag(qtbot, page, AQ, QPoint(80, -60))
    assert w.save_investigation("Arranged")
    printed = _printed_scenes(monkeypatch)
    dialog = w.export_investigation("Arranged", tmp_path / "inv.pdf")
    assert dialog is not None
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        pass
    [scene] = printed
    nodes = scene.nodes  # type: ignore[attr-defined]
    assert nodes[AQ].pos().toTuple() == pytest.approx(moved, abs=0.01) and nodes[AQ].pinned
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(tmp_path / "inv.pdf"), "-"], capture_output=True, text=True
        ).stdout.split()
    )
    assert "Laid out as arranged in the window (1 pinned)" in text
    assert "as saved in the link chart" not in text  # it was moved after it was saved
    # the saved chart itself still prints as saved (the drag came after it)
    spec = parse("relations:ISIS-K,layout=Before the drag")
    data = registry.load(w.ref, spec, w.user.path).data
    assert isinstance(data, RelationsViewData)
    assert data.layout.positions[AQ] != pytest.approx(moved, abs=0.01)
    assert data.resolved.layout == "Before the drag"


def test_layout_from_a_page_state_skips_what_is_not_a_position() -> None:
    from khorasan_desktop.core.viewspec import Layout

    state = {
        "positions": {"a": [1, 2.5], "b": ["x", 1], "c": [1], "d": [3.0, 4.0]},
        "pinned": ["a", "gone"],
    }
    layout = Layout.from_state(state)
    assert layout is not None
    assert dict(layout.positions) == {"a": (1.0, 2.5), "d": (3.0, 4.0)}
    assert layout.pinned == {"a"}
    assert Layout.from_state({}) is None and Layout.from_state({"positions": []}) is None
    spec = parse("relations:ISIS-K").with_layout(layout)
    assert spec.layout == layout and spec.text() == "relations:ISIS-K"
    assert parse("chart:by=year").with_layout(layout).layout is None


def test_cli_export_of_an_investigation_prints_its_graph_as_arranged(
    ref_path,  # type: ignore[no-untyped-def]
    tmp_path,
) -> None:
    import subprocess
    import sys

    from khorasan_desktop.data.userdb import Investigation, InvestigationTab

    user_dir = tmp_path / "ud"
    store = UserStore(user_dir / "user.sqlite")
    state = {
        "spec": "relations:actor-iskp",
        "positions": {ISKP: [0.0, 0.0], TALIBAN: [640.0, -410.0]},
        "pinned": [TALIBAN],
    }
    tab = InvestigationTab("graph:actor-iskp", "Relations", "relations:actor-iskp,depth=1", state)
    store.save_investigation(Investigation("Arranged", (tab,)))
    spec = store.investigation("Arranged").tabs[0].view_spec()  # type: ignore[union-attr]
    store.close()
    assert spec is not None and spec.layout is not None
    assert dict(spec.layout.positions)[TALIBAN] == (640.0, -410.0)
    assert spec.layout.pinned == {TALIBAN}
    out = tmp_path / "inv.pdf"
    cmd = [sys.executable, "-m", "khorasan_desktop", "--db", str(ref_path)]
    cmd += ["--user-dir", str(user_dir), "export", "pdf", "-o", str(out)]
    res = subprocess.run([*cmd, "--investigation", "Arranged"], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    text = " ".join(
        subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split()
    )
    assert "Laid out as arranged in the window (1 pinned)" in text


@pytest.mark.parametrize(
    ("size", "colours"), [((1366, 768), "light"), ((1024, 600), "dark")], ids=["1366", "1024-dark"]
)
def test_legend_entries_read_whole(
    qtbot: QtBot, ref: Reference, store: UserStore, size: tuple[int, int], colours: str
) -> None:
    """No entry is cut ("Branch / splin…"): a long group name wraps onto more lines, and
    its hover text and accessible name are the whole entry."""
    from PySide6.QtGui import QAccessible

    from khorasan_desktop.ui import theme

    theme.apply(colours)
    w = RelationGraphView(ref, user=store)
    qtbot.addWidget(w)
    w.resize(size[0] - 360, size[1] - 120)  # the window's tab beside the browse panel
    w.set_entity(ISKP, depth=2)
    w.show()
    qtbot.waitExposed(w)
    legend = w.legend
    line = legend.fontMetrics().lineSpacing()
    room = legend.viewport().width() - legend.iconSize().width() - 30  # box, icon, margins
    shown = [legend.item(i) for i in range(legend.count()) if not legend.item(i).isHidden()]
    long_ones = [i for i in shown if legend.fontMetrics().horizontalAdvance(i.text()) > room]
    assert long_ones, "the depth-2 chart has group names longer than the column"
    for item in shown:
        rect = legend.visualItemRect(item)
        if item in long_ones:
            assert rect.height() >= 2 * line, item.text()  # wrapped, not elided
        assert item.text() in item.toolTip()
        assert item.data(Qt.ItemDataRole.AccessibleTextRole) == item.text()
    iface = QAccessible.queryAccessibleInterface(legend)
    assert iface is not None
    names = [iface.child(i).text(QAccessible.Text.Name) for i in range(iface.childCount())]
    assert all(i.text() in names for i in shown)
    rival = legend.entry("Rival of / threatens")
    assert "rival-of, threatens" in rival.toolTip()  # what the entry groups


def test_legend_entries_are_the_view_layers_groups(view: RelationGraphView) -> None:
    """One definition of the legend groups: the GUI's entries hide what ``hide=`` and the
    path search hide for any of their types."""
    from khorasan_desktop.render import graph as graph_render
    from khorasan_desktop.views import relations as rv

    assert [(g.label, g.types) for g in graph_render.EDGE_GROUPS] == [
        (g.label, g.types) for g in rv.LEGEND_GROUPS
    ]
    view.legend.entry("Rival of / threatens").setCheckState(Qt.CheckState.Unchecked)
    hidden = view.resolved().hidden  # type: ignore[union-attr]
    assert {"rival-of", "threatens"} <= hidden
    view.open_spec(parse("relations:ISIS-K,hide=rival-of"))
    assert view.legend.entry("Rival of / threatens").checkState() == Qt.CheckState.Unchecked
