"""Every focusable control a screen reader can land on has a name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QTabBar,
    QWidget,
)

from khorasan_desktop.ui.main_window import MainWindow

Make = Callable[..., MainWindow]
PAGES = [("view", "chart"), ("view", "map"), ("graph", "actor-iskp"), ("view", "relations")]


def _internal(widget: QWidget) -> bool:
    """Parts Qt builds inside a control (a combo box's list, a spin box's line edit, a
    scroll area's viewport): the reader names the control, not its parts."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(window: QWidget) -> list[str]:
    out = []
    for w in window.findChildren(QWidget):
        if w.focusPolicy() == Qt.FocusPolicy.NoFocus or _internal(w):
            continue
        if w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()):
            continue
        if isinstance(w, QTabBar) and all(w.tabText(i) for i in range(w.count())):
            continue  # a tab list is read tab by tab, each by its text
        out.append(f"{type(w).__name__} in {type(w.parentWidget()).__name__}")
    return out


def test_every_focusable_control_has_a_name(qtbot, make_window: Make) -> None:
    w = make_window(restore=False)
    w.open_entity("actor-iskp")
    for location in PAGES:
        w.open_location(location, new_tab=True)
    qtbot.wait_until(lambda: not w.query.pending, timeout=15000)
    assert unnamed_controls(w) == []


def test_tab_leaves_a_table_in_one_step(qtbot, make_window: Make) -> None:
    """Tab moves focus out of a table at once (arrows move between its cells)."""
    from PySide6.QtWidgets import QApplication, QTableView

    w = make_window(restore=False)
    w.show()
    w.open_entity("actor-iskp")
    qtbot.wait_until(lambda: not w.query.pending, timeout=15000)
    page = w.current_page()
    tables = [t for t in page.findChildren(QTableView) if t.isVisibleTo(w)]  # type: ignore[union-attr]
    assert tables
    table = tables[0]
    table.setFocus()
    qtbot.wait_until(lambda: QApplication.focusWidget() is table, timeout=5000)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
