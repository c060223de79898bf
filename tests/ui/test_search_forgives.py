"""The search field forgives typos, offers a choice for ambiguous names and says when its
list is cut."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt

from khorasan_desktop.ui.main_window import MainWindow

Make = Callable[..., MainWindow]


def _type(qtbot, panel, text: str) -> None:
    with qtbot.waitSignal(panel.resultsShown, timeout=5000):
        panel.field.setText(text)


def test_typo_offers_did_you_mean_and_enter_opens_it(qtbot, make_window: Make) -> None:
    w = make_window(restore=False)
    panel = w.search
    _type(qtbot, panel, "Nangahar")
    assert panel.current_hits()[0].id == "prov-afg-nangarhar"
    assert panel.message.isVisible() or not w.isVisible()
    assert 'Did you mean <a href="suggest:Nangarhar">Nangarhar</a>?' in panel.message.text()
    with qtbot.waitSignal(w.pageOpened, timeout=5000) as sig:
        qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    assert sig.args == ["entity:prov-afg-nangarhar"]


def test_did_you_mean_link_searches_for_the_name(qtbot, make_window: Make) -> None:
    w = make_window(restore=False)
    panel = w.search
    _type(qtbot, panel, "Kandhar")
    with qtbot.waitSignal(panel.resultsShown, timeout=5000):
        panel.message.linkActivated.emit("suggest:Kandahar")
    assert panel.field.text() == "Kandahar"
    assert panel.current_hits()[0].tier == 0
    flags = panel.message.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    assert panel.message.accessibleName() == "Search message"


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: menu popups
def test_ambiguous_name_offers_a_choice(qtbot, make_window: Make) -> None:
    w = make_window(restore=False)
    w.show()
    panel = w.search
    _type(qtbot, panel, "Kashmir")
    opened: list[str] = []
    w.pageOpened.connect(opened.append)
    qtbot.keyClick(panel.field, Qt.Key.Key_Return)
    menu = panel.choice_menu
    assert menu is not None and menu.accessibleName()
    labels = [a.text() for a in menu.actions()]
    assert labels[0].endswith("may mean:") and not menu.actions()[0].isEnabled()
    assert [t.split("  ")[0] for t in labels[1:]] == ["Azad Kashmir", "Indian Kashmir"]
    assert opened == []  # nothing opened without a choice
    assert menu.activeAction() is menu.actions()[1]  # Enter takes the first candidate
    with qtbot.waitSignal(w.pageOpened, timeout=5000) as sig:
        menu.actions()[2].trigger()
    assert sig.args == ["entity:region-indian-kashmir"]


def test_cut_list_says_how_many_more(qtbot, make_window: Make) -> None:
    w = make_window(restore=False)
    panel = w.search
    _type(qtbot, panel, "a")
    assert len(panel.current_hits()) == 50
    every = w.ref.search("a", limit=500)  # the bundled data lists them all at 500
    assert every.more == 0
    assert f"{len(every.hits) - 50} more hits not shown" in panel.message.text()
    assert "at least" not in panel.message.text()
