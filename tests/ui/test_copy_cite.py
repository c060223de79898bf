"""Copy with source from entity pages and tables: plain text and HTML on the clipboard."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor

from khorasan_desktop.data.reference import Reference
from khorasan_desktop.data.userdb import UserStore
from khorasan_desktop.ui.entity_page import EntityPage
from khorasan_desktop.ui.table_export import export_menu

EXPECTED = "Source: Legieć, Prospects for ISIS in Afghanistan, para. 7 [B"


@pytest.fixture(autouse=True)
def _clear_clipboard() -> Iterator[None]:
    """The offscreen platform's clipboard crashes at interpreter exit while it holds
    QMimeData (X11 does not): leave it empty after each test."""
    yield
    QGuiApplication.clipboard().clear()


@pytest.fixture
def page(qtbot, ref: Reference) -> EntityPage:
    user = UserStore.in_memory()
    p = EntityPage(ref, user, "actor-iskp")
    qtbot.addWidget(p)
    return p


def _clipboard() -> tuple[str, str]:
    data = QGuiApplication.clipboard().mimeData()
    return data.text(), data.html()


def test_ctrl_c_on_a_selected_fact_copies_it_with_its_source(qtbot, page: EntityPage) -> None:
    QGuiApplication.clipboard().clear()
    doc = page.browser.document()
    found = doc.find("ISIS-K has about 2,000")
    cursor = QTextCursor(doc)
    cursor.setPosition(found.selectionStart())
    cursor.setPosition(found.selectionStart() + 60, QTextCursor.MoveMode.KeepAnchor)
    page.browser.setTextCursor(cursor)
    page.browser.setFocus()
    qtbot.keyClick(page.browser, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text, html = _clipboard()
    assert text.startswith("ISIS-K has about 2,000 fighters in Afghanistan")
    assert EXPECTED in text and "[" not in text.split("Source:")[0]  # no bare markers
    assert "<i>Prospects for ISIS in Afghanistan</i>" in html


def test_copy_with_source_menu_copies_the_fact_under_the_mouse(qtbot, page: EntityPage) -> None:
    QGuiApplication.clipboard().clear()
    page.resize(900, 700)
    page.show()
    doc = page.browser.document()
    cursor = QTextCursor(doc)
    cursor.setPosition(doc.find("ISIS-K has about 2,000").selectionStart() + 3)
    page.browser.setTextCursor(cursor)
    page.browser.ensureCursorVisible()
    pos = page.browser.cursorRect(cursor).center()
    menu = page.browser.context_menu(pos)
    first = menu.actions()[0]
    assert first.text() == "Copy with source"
    first.trigger()
    text, _html = _clipboard()
    assert text.startswith("ISIS-K has about 2,000") and EXPECTED in text
    assert len(text.splitlines()) == 1
    # From the keyboard (Shift+F10): the passage at the caret.
    QGuiApplication.clipboard().clear()
    page.browser.context_menu(pos, by_mouse=False).actions()[0].trigger()
    assert _clipboard()[0] == text


def test_relations_rows_copy_with_their_sources(qtbot, page: EntityPage) -> None:
    qtbot.waitUntil(lambda: page.relations_model.rowCount() > 0, timeout=5000)
    view = page.relations.view
    model = view.model()
    view.selectionModel().select(
        model.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text, html = _clipboard()
    lines = text.splitlines()
    assert lines[0].split("\t")[:3] == ["Subject", "Relation", "Object"]
    assert lines[0].endswith("\tSource")
    assert "Prospects for ISIS in Afghanistan" in lines[1] and "[B" in lines[1]
    assert "<table" in html
    menu = export_menu(view, lambda: "relations")
    assert menu.actions()[0].text() == "Copy with source" and menu.actions()[0].isEnabled()


def test_events_rows_copy_with_their_sources(qtbot, page: EntityPage) -> None:
    qtbot.waitUntil(lambda: page.events_model.rowCount() > 1, timeout=5000)
    view = page.events_view
    model = view.model()
    for row in (0, 1):
        view.selectionModel().select(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    QGuiApplication.clipboard().clear()
    export_menu(view, lambda: "events").actions()[0].trigger()
    lines = _clipboard()[0].splitlines()
    assert len(lines) == 3 and lines[0].startswith("Date\tEvent") and lines[0].endswith("Source")
    assert all("[" in line.split("\t")[-1] for line in lines[1:])  # each row graded
