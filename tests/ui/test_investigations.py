"""Investigations: the open tabs saved by name with their filters, layouts and scroll
positions, reopened and exported to PDF in one step; Back and Forward keep the scroll."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from khorasan_desktop.core.viewspec import parse
from khorasan_desktop.data.userdb import Investigation, InvestigationTab, UserStore
from khorasan_desktop.ui.chart_view import ChartView
from khorasan_desktop.ui.entity_page import EntityPage
from khorasan_desktop.ui.investigations import InvestigationsDialog
from khorasan_desktop.ui.main_window import MainWindow
from khorasan_desktop.ui.relation_graph import RelationGraphView

Make = Callable[..., MainWindow]
ISKP = "actor-iskp"
TALIBAN = "actor-taliban"


def _scrolled_page(qtbot, w: MainWindow, entity_id: str, value: int) -> EntityPage:
    page = w.current_page()
    assert isinstance(page, EntityPage) and page.entity_id == entity_id
    bar = page.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > value, timeout=5000)
    bar.setValue(value)
    return page


def test_back_and_forward_restore_the_scroll_position(qtbot, make_window: Make) -> None:
    w = make_window(restore=False)
    w.resize(1000, 600)
    w.show()
    w.open_entity(ISKP)
    _scrolled_page(qtbot, w, ISKP, 300)
    w.open_entity(TALIBAN)
    _scrolled_page(qtbot, w, TALIBAN, 120)
    w.back()
    page = w.current_page()
    assert isinstance(page, EntityPage) and page.entity_id == ISKP
    qtbot.waitUntil(lambda: page.browser.verticalScrollBar().value() == 300, timeout=5000)
    w.forward()
    page = w.current_page()
    assert isinstance(page, EntityPage) and page.entity_id == TALIBAN
    qtbot.waitUntil(lambda: page.browser.verticalScrollBar().value() == 120, timeout=5000)
    # A page opened anew (not by Back) starts at the top.
    w.open_entity("actor-al-qaida")
    page = w.current_page()
    assert isinstance(page, EntityPage) and page.browser.verticalScrollBar().value() == 0


def _investigate(qtbot, w: MainWindow) -> tuple[str, dict[str, tuple[float, float]]]:
    """Three tabs: ISIS-K's page scrolled, a filtered chart, a graph with a pin."""
    w.open_entity(ISKP)
    _scrolled_page(qtbot, w, ISKP, 250)
    w.open_view(("view", "chart"))
    chart = w.current_page()
    assert isinstance(chart, ChartView)
    with qtbot.waitSignal(chart.refreshed, timeout=10000):
        chart.apply_spec(parse("chart:actor=ISIS-K,by=quarter,from=2017,to=2019"))
    spec = chart.view_spec().text()
    assert "actor=" in spec and "by=quarter" in spec
    w.open_location(("graph", ISKP), new_tab=True)
    graph = w.current_page()
    assert isinstance(graph, RelationGraphView)
    qtbot.waitUntil(lambda: not graph.is_loading() and bool(graph.visible_nodes()), timeout=10000)
    graph.set_pinned(TALIBAN, True)
    return spec, graph.node_positions()


def test_save_and_reopen_an_investigation(qtbot, make_window: Make, user: UserStore) -> None:
    w = make_window(restore=False)
    w.resize(1000, 600)
    w.show()
    chart_spec, positions = _investigate(qtbot, w)
    assert w.save_investigation("Kabul 2021")
    saved = w.user.investigation("Kabul 2021")
    assert saved is not None and len(saved.tabs) == 3
    assert [t.location for t in saved.tabs] == [f"entity:{ISKP}", "view:chart", f"graph:{ISKP}"]
    assert saved.tabs[0].state["scroll"] == 250 and saved.current == 2
    assert TALIBAN in saved.tabs[2].state["pinned"]

    while w.tabs.count():
        w.close_tab(0)
    assert w.open_investigation("Kabul 2021")
    assert w.tabs.count() == 3 and w.tabs.currentIndex() == 2
    graph = w.current_page()
    assert isinstance(graph, RelationGraphView)
    qtbot.waitUntil(lambda: not graph.is_loading() and bool(graph.visible_nodes()), timeout=10000)
    assert TALIBAN in graph.pinned()
    assert graph.node_positions()[TALIBAN] == pytest.approx(positions[TALIBAN], abs=0.5)
    w.tabs.setCurrentIndex(1)
    chart = w.current_page()
    assert isinstance(chart, ChartView)
    qtbot.waitUntil(lambda: chart.view_spec().text() == chart_spec, timeout=10000)
    w.tabs.setCurrentIndex(0)
    page = w.current_page()
    assert isinstance(page, EntityPage)
    qtbot.waitUntil(lambda: page.browser.verticalScrollBar().value() == 250, timeout=5000)
    assert "Kabul 2021" in w.statusBar().currentMessage()


def test_investigation_exports_to_pdf_in_one_step(qtbot, make_window: Make, tmp_path: Path) -> None:
    w = make_window(restore=False)
    w.open_entity(ISKP)
    w.open_view(("view", "chart"))
    assert w.save_investigation("ISIS-K overview")
    out = tmp_path / "overview.pdf"
    dialog = w.export_investigation("ISIS-K overview", out)
    assert dialog is not None
    assert dialog.title.text() == "ISIS-K overview"
    assert [s.kind for s in dialog.specs()] == ["entity", "chart", "events"]
    with qtbot.waitSignal(dialog.exported, timeout=60000) as sig:
        pass
    assert sig.args[0] == str(out) and out.stat().st_size > 10_000
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "ISIS-K overview" in text and "Islamic State Khorasan Province" in text


def test_dialog_lists_opens_and_deletes(qtbot, user: UserStore, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    tab = InvestigationTab(f"entity:{ISKP}", "ISIS-K", f"entity:{ISKP}", {"scroll": 10})
    user.save_investigation(Investigation("First", (tab,)))
    user.save_investigation(Investigation("Second", (tab, tab)))
    dialog = InvestigationsDialog(user, "export")
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2 and dialog.list.accessibleName()
    assert dialog.accept_button.text() == "&Export to PDF…"
    assert "ISIS-K" in dialog.details.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.list.setCurrentRow(0)
    first = dialog.selected_name()
    dialog.delete_selected()
    assert dialog.list.count() == 1 and user.investigation(first or "") is None
    dialog.accept()
    assert dialog.chosen is not None and dialog.chosen.name != first


def test_store_round_trip_and_checks(user: UserStore) -> None:
    from khorasan_desktop.data.errors import DataError

    tabs = (
        InvestigationTab("view:chart", "Chart", "chart:by=quarter", {"bin": "2019-Q1"}),
        InvestigationTab("view:relations", "All relations", None, {"type": None}),
    )
    user.save_investigation(Investigation("  Case 7 ", tabs, current=1))
    back = user.investigation("Case 7")
    assert back is not None and back.tabs == tabs and back.current == 1
    assert back.specs() == ["chart:by=quarter"]
    user.save_investigation(Investigation("Case 7", tabs[:1]))  # replaced, not added
    assert [i.name for i in user.investigations()] == ["Case 7"]
    assert len(user.investigation("Case 7").tabs) == 1  # type: ignore[union-attr]
    with pytest.raises(DataError):
        user.save_investigation(Investigation(" ", tabs))


def test_cli_exports_a_saved_investigation(ref_path: Path, tmp_path: Path) -> None:
    user_dir = tmp_path / "ud"
    store = UserStore(user_dir / "user.sqlite")
    store.save_investigation(
        Investigation(
            "Nangarhar",
            (InvestigationTab("view:chart", "Chart", "chart:province=Nangarhar", {}),),
        )
    )
    store.close()
    cmd = [sys.executable, "-m", "khorasan_desktop", "--db", str(ref_path)]
    cmd += ["--user-dir", str(user_dir), "export", "pdf", "-o", str(tmp_path / "n.pdf")]
    out = subprocess.run([*cmd, "--investigation", "Nangarhar"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "n.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert text.lstrip().startswith("Nangarhar") and "Nangarhar" in text
    bad = subprocess.run([*cmd, "--investigation", "Nope"], capture_output=True, text=True)
    assert bad.returncode == 2 and "no investigation named 'Nope' (saved: Nangarhar)" in bad.stderr


def test_map_state_round_trips_through_its_filter_bar(qtbot, make_window: Make) -> None:
    from khorasan_desktop.ui.map_view import MapView

    w = make_window(restore=False)
    w.open_view(("view", "map"))
    page = w.current_page()
    assert isinstance(page, MapView)
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        page.restore_page_state({"spec": "map:actor=ISIS-K,from=2018,to=2019"})
    spec = page.view_spec().text()
    assert "actor=" in spec and "from=2018" in spec
    assert page.filters.filter() == page.current_filter()  # the bar shows what is drawn
    state = page.page_state()
    assert state["spec"] == spec
