"""The graph, chart and map as tables (Alt+T): same content, selection in step, read by
Qt's accessibility layer cell by cell."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from khorasan_desktop.ui.chart_view import ChartView
from khorasan_desktop.ui.item_tables import ItemTable
from khorasan_desktop.ui.main_window import MainWindow
from khorasan_desktop.ui.map_view import MapView
from khorasan_desktop.ui.relation_graph import RelationGraphView

Make = Callable[..., MainWindow]


def _read(table: ItemTable) -> list[str]:
    """What a screen reader gets from the table through Qt's accessibility interface."""
    iface = QAccessible.queryAccessibleInterface(table)
    assert iface is not None
    return [iface.child(i).text(QAccessible.Text.Name) for i in range(iface.childCount())]


def _shown(qtbot, make_window: Make, location) -> tuple[MainWindow, object]:
    w = make_window(restore=False)
    w.show()
    w.activateWindow()
    qtbot.wait_exposed(w)
    qtbot.wait_until(w.isActiveWindow, timeout=5000)
    w.open_location(location, new_tab=True)
    page = w.current_page()
    qtbot.wait_until(lambda: not w.query.pending, timeout=15000)
    return w, page


def test_graph_as_a_table(qtbot, qtmodeltester, make_window: Make) -> None:
    _w, view = _shown(qtbot, make_window, ("graph", "actor-iskp"))
    assert isinstance(view, RelationGraphView)
    qtbot.wait_until(lambda: not view.is_loading() and view.as_table.table.rows.rowCount() > 0)
    table = view.as_table.table
    qtmodeltester.check(table.rows)
    drawn = {i for i, n in view.scene.nodes.items() if n.isVisible()}
    assert {r for r, _c in table.rows.rows} == drawn
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # one keystroke
    qtbot.wait_until(view.as_table.showing_table, timeout=3000)  # (a button's click animates)
    assert table.hasFocus()
    read = _read(table)
    assert "Taliban" in read and "Drawn relations" in read
    assert any("rival-of Taliban" in t for t in read)
    # a row selects the node, the node selects the row
    row = table.rows.row_of("actor-taliban")
    table.selectRow(row)
    assert view.selected() == "actor-taliban"
    view.scene.clearSelection()
    view.scene.nodes["actor-al-qaida"].setSelected(True)
    assert table.selected_id() == "actor-al-qaida"
    # the table follows the filters
    before = table.rows.rowCount()
    view.set_year(2015)
    after = {r for r, _c in table.rows.rows}
    assert after == {i for i, n in view.scene.nodes.items() if n.isVisible()}
    assert len(after) < before
    qtbot.keyClick(table, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.wait_until(lambda: not view.as_table.showing_table(), timeout=3000)
    assert view.canvas.hasFocus()
    view.as_table.show_table(True)
    table.selectRow(table.rows.row_of("actor-al-qaida"))
    with qtbot.waitSignal(view.entityActivated, timeout=3000) as opened:  # opens its page
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == ["actor-al-qaida"]


def test_chart_as_a_table(qtbot, qtmodeltester, make_window: Make) -> None:
    _w, chart = _shown(qtbot, make_window, ("view", "chart"))
    assert isinstance(chart, ChartView)
    qtbot.wait_until(lambda: chart.data is not None)
    table = chart.as_table.table
    qtmodeltester.check(table.rows)
    cells = table.rows.rows
    assert [c[0] for _r, c in cells[: len(chart.periods)]] == chart.periods
    assert [int(c[1]) for _r, c in cells[: len(chart.periods)]] == chart.totals
    chart.set_stack("country")
    qtbot.wait_until(lambda: table.rows.columnCount() > 2, timeout=5000)
    assert "Afghanistan" in _read(table)
    table.selectRow(3)
    assert chart.chart.focused == 3
    chart.bar_keys.move(1)
    assert table.selected_id() == "1"
    with qtbot.waitSignal(chart.binSelected, timeout=5000) as listed:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert listed.args == [chart.periods[1]]


def test_map_as_a_table(qtbot, qtmodeltester, make_window: Make) -> None:
    _w, view = _shown(qtbot, make_window, ("view", "map"))
    assert isinstance(view, MapView)
    qtbot.wait_until(lambda: not view.is_loading() and view.as_table.table.rows.rowCount() > 0)
    table = view.as_table.table
    qtmodeltester.check(table.rows)
    counts = view.province_counts()
    listed = {r: int(c[2]) for r, c in table.rows.rows}
    assert {r: n for r, n in listed.items() if n} == {r: n for r, n in counts.items() if n}
    top = table.rows.rows[0]
    assert int(top[1][2]) == max(counts.values())  # busiest first
    assert "Nangarhar" in _read(table)
    table.selectRow(0)
    region = view.scene.regions[top[0]]
    assert region.pen().widthF() > 2  # outlined on the map
    with qtbot.waitSignal(view.entityActivated, timeout=3000) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [top[0]]


def test_alt_t_does_not_depend_on_the_buttons_mnemonic(qtbot, monkeypatch) -> None:
    """Translations drop the '&' of "Show as &table"; Alt+T still swaps the picture."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QWidget

    from khorasan_desktop.ui import item_tables

    monkeypatch.setattr(item_tables, "translate", lambda _ctx, text: text.replace("&", ""))
    switch = item_tables.Switch(QWidget(), item_tables.ItemTable(["Name"], "t"), "x")
    qtbot.addWidget(switch)
    assert "&" not in switch.button.text()
    assert switch.button.shortcut() == QKeySequence("Alt+T")
