"""Keyboard-only use of the page, the graph and the chart (arrows, Enter, Escape, Tab)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTextBrowser, QWidget

from khorasan_desktop.ui.chart_view import ChartView
from khorasan_desktop.ui.main_window import MainWindow
from khorasan_desktop.ui.relation_graph import RelationGraphView

Make = Callable[..., MainWindow]


def _focus(qtbot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.wait_until(lambda: QApplication.focusWidget() is widget, timeout=5000)


def _window(qtbot, make_window: Make) -> MainWindow:
    w = make_window(restore=False)
    w.show()
    w.activateWindow()
    qtbot.wait_exposed(w)
    return w


def test_tab_leaves_the_page_text_and_links_have_their_own_keys(qtbot, make_window) -> None:
    w = _window(qtbot, make_window)
    w.open_entity("actor-iskp")
    qtbot.wait_until(lambda: not w.query.pending, timeout=15000)
    page = w.current_page()
    browser = page.findChild(QTextBrowser)  # type: ignore[union-attr]
    assert browser is not None
    _focus(qtbot, browser)
    qtbot.keyClick(browser, Qt.Key.Key_Tab)
    after = QApplication.focusWidget()
    assert after is not browser and after is not None
    assert not browser.isAncestorOf(after)

    _focus(qtbot, browser)
    qtbot.keyClick(browser, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    first = page.link_keys.current()  # type: ignore[union-attr]
    assert first is not None and browser.textCursor().hasSelection()
    assert "Link" in browser.accessibleDescription()
    # walk to the first link to another entity and open it with Enter
    for _ in range(300):
        link = page.link_keys.current()  # type: ignore[union-attr]
        if link is not None and link[2].startswith("entity:"):
            break
        qtbot.keyClick(browser, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    else:
        raise AssertionError("no entity link reached")
    target = link[2][len("entity:") :]
    with qtbot.waitSignal(w.pageOpened, timeout=5000) as opened:
        qtbot.keyClick(browser, Qt.Key.Key_Return)
    assert opened.args == [f"entity:{target}"]


def test_arrows_walk_the_graph_along_its_relations(qtbot, make_window) -> None:
    w = _window(qtbot, make_window)
    w.open_location(("graph", "actor-iskp"), new_tab=True)
    view = w.current_page()
    assert isinstance(view, RelationGraphView)
    qtbot.wait_until(lambda: not view.is_loading() and bool(view.scene.nodes), timeout=15000)
    canvas = view.canvas
    _focus(qtbot, canvas)
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert view.selected() == "actor-iskp"
    assert "Islamic State Khorasan Province" in canvas.accessibleName()
    assert "Taliban" in canvas.accessibleDescription()  # its relations are read out
    linked = {r.target.id for r in view.data.shown if r.source.id == "actor-iskp"} | {  # type: ignore[union-attr]
        r.source.id
        for r in view.data.shown
        if r.target.id == "actor-iskp"  # type: ignore[union-attr]
    }
    visited = set()
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Down):
        qtbot.keyClick(canvas, Qt.Key.Key_Home)
        qtbot.keyClick(canvas, key)
        if view.selected() != "actor-iskp":
            assert view.selected() in linked  # along a relation, never a jump
            visited.add(view.selected())
    assert len(visited) >= 3
    name = canvas.accessibleName()
    assert view.scene.nodes[view.selected()].ref.name in name  # type: ignore[index]
    with qtbot.waitSignal(view.entityActivated, timeout=3000) as opened:
        qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert opened.args == [view.selected()]
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert view.selected() is None
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is view.depth_box


def test_arrows_walk_the_chart_bars_and_enter_lists_one(qtbot, make_window) -> None:
    w = _window(qtbot, make_window)
    w.open_view(("view", "chart"))
    chart = w.current_page()
    assert isinstance(chart, ChartView)
    qtbot.wait_until(lambda: chart.data is not None, timeout=15000)
    plot = chart.plot
    _focus(qtbot, plot)
    assert chart.chart.focused == 0  # focus lands on the first bar
    first, total = chart.periods[0], chart.totals[0]
    assert f"{first}, {total} counted" in plot.accessibleName()
    qtbot.keyClick(plot, Qt.Key.Key_Right)
    qtbot.keyClick(plot, Qt.Key.Key_Right)
    assert chart.chart.focused == 2
    assert chart.chart.focus.opts["x"] == [2]  # the visible mark sits on that bar
    assert f"{chart.periods[2]}, {chart.totals[2]} counted" in plot.accessibleName()
    qtbot.keyClick(plot, Qt.Key.Key_End)
    qtbot.keyClick(plot, Qt.Key.Key_Left)
    qtbot.keyClick(plot, Qt.Key.Key_Home)
    qtbot.keyClick(plot, Qt.Key.Key_Right)
    with qtbot.waitSignal(chart.binSelected, timeout=5000) as listed:
        qtbot.keyClick(plot, Qt.Key.Key_Return)
    assert listed.args == [chart.periods[1]]
    qtbot.wait_until(lambda: chart.events_model.rowCount() == chart.totals[1], timeout=5000)
    qtbot.keyClick(plot, Qt.Key.Key_Escape)
    assert chart.chart.focused is None
    assert chart.filters.isAncestorOf(QApplication.focusWidget())


def test_menus_and_the_shortcut_sheet_share_one_table(qtbot, make_window) -> None:
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QAbstractButton, QTableWidget

    from khorasan_desktop import resources
    from khorasan_desktop.ui import shortcuts

    w = make_window(restore=False)
    for location in (("graph", "actor-iskp"), ("view", "chart"), ("view", "map")):
        w.open_location(location, new_tab=True)
    qtbot.wait_until(lambda: not w.query.pending, timeout=15000)
    portable = QKeySequence.SequenceFormat.PortableText
    bound: dict[str, str] = {}
    for act in w.actions():
        for seq in act.shortcuts():
            key = seq.toString(portable)
            assert key not in bound, f"{key} is bound twice: {bound[key]}, {act.text()}"
            bound[key] = act.text()
    table = {k for s in shortcuts.WINDOW for k in s.keys}
    assert set(bound) == table  # every menu key is in the table, every table key in a menu
    buttons = {  # a button's own key, not the Alt+letter of its label's mnemonic
        b.shortcut().toString(portable)
        for b in w.findChildren(QAbstractButton)
        if not b.shortcut().isEmpty() and not b.shortcut().toString(portable).startswith("Alt+")
    }
    assert buttons <= {k for s in shortcuts.ALL for k in s.keys}
    every_key = (
        set(bound)
        | buttons
        | {
            a.shortcut().toString(portable)
            for a in w.findChildren(QAction)
            if not a.shortcut().isEmpty()
        }
    )
    assert not every_key & set(shortcuts.RESERVED), "a shortcut takes a key with a common meaning"

    w.act_shortcuts.trigger()
    sheet = w.shortcut_sheet.findChild(QTableWidget)
    assert sheet is not None and sheet.rowCount() == len(shortcuts.ALL)
    keys_column = " ".join(sheet.item(r, 0).text() for r in range(sheet.rowCount()))
    for key in table:
        assert QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) in keys_column
    w.shortcut_sheet.close()
    guide = resources.guide_text().split("## Keyboard shortcuts", 1)[1].split("\n## ", 1)[0]
    for s in shortcuts.ALL:
        assert ", ".join(s.keys) in guide, f"the guide does not list {s.keys}"


def _press(qtbot, key: str) -> None:
    """A shortcut as the user presses it: to whatever has the focus."""
    from PySide6.QtGui import QKeySequence

    combo = QKeySequence(key)[0]
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())


def test_search_from_the_keyboard_only(qtbot, make_window) -> None:
    """Ctrl+F, type, Down into the hits, Down to the second, Enter opens it."""
    w = _window(qtbot, make_window)
    w.open_entity("actor-iskp")
    qtbot.wait_until(lambda: not w.query.pending, timeout=15000)
    _focus(qtbot, w.current_page().findChild(QTextBrowser))  # type: ignore[union-attr]
    _press(qtbot, "Ctrl+F")
    panel = w.search
    assert QApplication.focusWidget() is panel.field
    with qtbot.waitSignal(panel.resultsShown, timeout=5000):
        qtbot.keyClicks(panel.field, "taliban")
    hits = panel.current_hits()
    assert len(hits) >= 2
    qtbot.keyClick(panel.field, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is panel.results
    if not panel.results.currentIndex().isValid():
        qtbot.keyClick(panel.results, Qt.Key.Key_Down)
    assert panel.results.currentIndex().row() == 0
    qtbot.keyClick(panel.results, Qt.Key.Key_Down)
    with qtbot.waitSignal(w.pageOpened, timeout=5000) as opened:
        qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert opened.args == [f"entity:{hits[1].id}"]


def test_browse_the_tree_from_the_keyboard_only(qtbot, make_window) -> None:
    """From the empty search field Down enters the tree; Right opens a branch, Down walks
    into it, Enter opens the entity the line names."""
    from khorasan_desktop.ui.tree_model import EntityIdRole

    w = _window(qtbot, make_window)
    panel = w.search
    _focus(qtbot, panel.field)
    qtbot.keyClick(panel.field, Qt.Key.Key_Down)
    tree = panel.tree
    assert QApplication.focusWidget() is tree
    if not tree.currentIndex().isValid():
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentIndex().isValid()
    for _ in range(60):  # open branches until the current line is an entity
        index = tree.currentIndex()
        if index.data(EntityIdRole):
            break
        qtbot.keyClick(tree, Qt.Key.Key_Right)  # open the branch
        qtbot.wait_until(lambda: tree.model().rowCount(tree.currentIndex()) > 0, timeout=5000)
        qtbot.keyClick(tree, Qt.Key.Key_Down)  # its first line
    else:
        raise AssertionError("no entity reached in the tree")
    entity = tree.currentIndex().data(EntityIdRole)
    with qtbot.waitSignal(w.pageOpened, timeout=5000) as opened:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert opened.args == [f"entity:{entity}"]
    qtbot.keyClick(tree, Qt.Key.Key_Left)  # back up the tree: the branch closes
    qtbot.keyClick(tree, Qt.Key.Key_Left)
    assert not tree.isExpanded(tree.currentIndex())


# The save dialog's name completer pops up a list; the offscreen platform says it cannot
# raise it or grab the keyboard for it.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_export_a_pdf_from_the_keyboard_only(qtbot, make_window, tmp_path) -> None:
    """Ctrl+P, a title typed, Tab to the list, Space leaves a view out, Enter to Export,
    the file name typed into the save dialog, Enter: the report is written."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFileDialog, QLineEdit, QListWidget

    w = _window(qtbot, make_window)
    w.open_entity("actor-iskp")
    w.open_location(("view", "chart"), new_tab=True)
    qtbot.wait_until(lambda: not w.query.pending, timeout=15000)
    _press(qtbot, "Ctrl+P")
    qtbot.wait_until(lambda: w.export_dialog is not None and w.export_dialog.isVisible())
    dialog = w.export_dialog
    qtbot.wait_until(lambda: dialog.isAncestorOf(QApplication.focusWidget()), timeout=5000)
    assert QApplication.focusWidget() is dialog.title  # the first field has the focus
    dialog.title.selectAll()
    qtbot.keyClicks(dialog.title, "Keyboard report")
    items = dialog.findChild(QListWidget)
    for _ in range(8):  # Tab through the form to the list of views
        if QApplication.focusWidget() is items:
            break
        _press(qtbot, "Tab")
    assert QApplication.focusWidget() is items
    before = dialog.specs()
    if not items.currentIndex().isValid():
        qtbot.keyClick(items, Qt.Key.Key_Down)
    qtbot.keyClick(items, Qt.Key.Key_Space)  # the first view in or out of the report
    after = dialog.specs()
    assert abs(len(after) - len(before)) == 1
    if not after:
        qtbot.keyClick(items, Qt.Key.Key_Space)
    out = tmp_path / "keyboard.pdf"

    def type_the_name() -> None:
        chooser = QApplication.activeModalWidget()
        if not isinstance(chooser, QFileDialog):
            QTimer.singleShot(50, type_the_name)
            return
        edit = chooser.findChild(QLineEdit, "fileNameEdit")
        edit.selectAll()
        qtbot.keyClicks(edit, str(out))
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    QTimer.singleShot(50, type_the_name)
    with qtbot.waitSignal(dialog.exported, timeout=60000) as done:
        qtbot.keyClick(items, Qt.Key.Key_Return)
    assert done.args[0] == str(out) and out.stat().st_size > 1000
