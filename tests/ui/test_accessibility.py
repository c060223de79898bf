"""Every focusable control a screen reader can land on has a name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
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
        if w.accessibleName() or (isinstance(w, QAbstractButton | QLabel) and w.text()):
            continue  # a button or a label is read by its text
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


def _named_in(dialog: QWidget) -> list[str]:
    return [f"{dialog.windowTitle()}: {c}" for c in unnamed_controls(dialog)]


def test_the_timeline_tables_and_docks_name_every_control(qtbot, make_window: Make) -> None:
    """The views the first walk leaves out: the timeline, each picture's table (Alt+T) and
    the data sets dock."""
    from khorasan_desktop.ui.item_tables import Switch

    w = make_window(restore=False)
    w.show()
    for location in (("view", "timeline"), ("view", "chart"), ("view", "map")):
        w.open_location(location, new_tab=True)
    w.open_location(("graph", "actor-iskp"), new_tab=True)
    qtbot.wait_until(lambda: not w.query.pending, timeout=15000)
    switches = w.findChildren(Switch)
    assert len(switches) >= 3  # chart, map and graph each offer their table
    for switch in switches:
        switch.button.setChecked(True)
    w.datasets_dock.show()
    assert unnamed_controls(w) == []


def test_every_dialog_names_every_control(qtbot, make_window: Make) -> None:
    """Export, import, restore, saved investigations and link charts, the guide and the
    shortcut sheet: each opened as the menus open it, then walked."""
    from khorasan_desktop.ui.backup_dialog import RestoreBackupDialog
    from khorasan_desktop.ui.investigations import InvestigationsDialog
    from khorasan_desktop.ui.link_charts import LinkChartsDialog

    w = make_window(restore=False)
    w.show()
    w.open_entity("actor-iskp")
    w.open_location(("view", "chart"), new_tab=True)
    qtbot.wait_until(lambda: not w.query.pending, timeout=15000)
    w.export_pdf()
    w.import_dataset()
    w.show_guide()
    w.show_shortcuts()
    dialogs: list[QWidget] = [w.export_dialog, w.import_dialog, w.guide, w.shortcut_sheet]
    for made in (
        RestoreBackupDialog(w.user.path, w),
        InvestigationsDialog(w.user, "open", w),
        LinkChartsDialog(w.user, w),
    ):
        made.show()
        dialogs.append(made)
    missing = [line for d in dialogs for line in _named_in(d)]
    for d in dialogs:
        d.close()
    assert missing == [], "\n".join(missing)
