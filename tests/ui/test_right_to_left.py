"""Right-to-left layout: Qt's -reverse option and View > Right-to-left layout."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget

from khorasan_desktop import __main__ as entry
from khorasan_desktop.ui.chart_view import ChartView
from khorasan_desktop.ui.main_window import RTL_SETTING, MainWindow

Make = Callable[..., MainWindow]
RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


def test_reverse_option_starts_the_window(monkeypatch) -> None:
    """`khorasan-desktop -reverse` opens the window (Qt lays it out right to left); it is
    not taken for an unknown subcommand."""
    import khorasan_desktop.app as app

    started: list[object] = []
    monkeypatch.setattr(app, "run_gui", lambda db_path=None, pack=None: started.append(pack) or 0)
    monkeypatch.setattr(sys, "argv", ["khorasan-desktop", "-reverse"])
    assert entry.main() == 0
    assert started == [None]


def _docks(w: MainWindow) -> set[Qt.DockWidgetArea]:
    return {w.dockWidgetArea(d) for d in w.findChildren(QDockWidget)}


def test_the_setting_mirrors_the_window_but_not_the_chart(qtbot, make_window: Make) -> None:
    w = make_window(restore=False)
    assert QApplication.layoutDirection() == LTR
    assert _docks(w) == {Qt.DockWidgetArea.LeftDockWidgetArea}
    w.act_rtl.trigger()
    assert QApplication.layoutDirection() == RTL and w.layoutDirection() == RTL
    assert _docks(w) == {Qt.DockWidgetArea.RightDockWidgetArea}
    assert len(w.tabifiedDockWidgets(w.bookmarks_dock)) == 2  # still one tabbed group
    w.open_view(("view", "chart"))
    chart = w.current_page()
    assert isinstance(chart, ChartView)
    assert chart.filters.layoutDirection() == RTL  # filter rows run right to left
    assert chart.plot.getPlotItem().layoutDirection() == LTR  # time still runs left to right
    assert str(w.settings.value(RTL_SETTING)).lower() == "true"
    w.close()
    QApplication.setLayoutDirection(LTR)
    again = make_window(restore=False)  # the next start reads the setting
    assert QApplication.layoutDirection() == RTL and again.act_rtl.isChecked()
    assert _docks(again) == {Qt.DockWidgetArea.RightDockWidgetArea}
    again.act_rtl.trigger()
    assert QApplication.layoutDirection() == LTR
    assert _docks(again) == {Qt.DockWidgetArea.LeftDockWidgetArea}


def test_a_screenshot_right_to_left_is_not_saved(make_window: Make) -> None:
    w = make_window(restore=False)
    w.set_right_to_left(True, save=False)  # what `screenshot --right-to-left` does
    assert w.act_rtl.isChecked() and QApplication.layoutDirection() == RTL
    assert w.settings.value(RTL_SETTING) is None
